/* cmd_import.c — `byline import [--format gift] FILE`: GIFT questions as a pack skeleton. The
 * reading is in game/core/import_gift.c; this file handles options and files. */
#include "cli_io.h"
#include "commands.h"
#include "import_gift.h"
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void help(FILE *out)
{
    fputs("Usage: byline import [--format gift] [-o PACK.json] FILE.gift\n\n"
          "Turns Moodle GIFT questions into the skeleton of a Byline pack (JSON). GIFT has\n"
          "no article, evidence or question kind, so the skeleton says TODO where a teacher\n"
          "must fill in: paste the article, quote the evidence, add dates to timeline events,\n"
          "then run 'byline check' until it passes. Description items become the article;\n"
          "feedback that quotes the article in <blockquote> (as 'byline export' writes it)\n"
          "becomes the evidence. Questions are read as Moodle reads them; those Byline\n"
          "cannot hold with the same meaning (essays, most matching, numbers with a\n"
          "tolerance, several fully right choices) are skipped, and every skip or change\n"
          "(lost partial credit, text that was not UTF-8 read as Latin-1) is a warning on\n"
          "standard error naming its line. docs/export.md has the whole table.\n\n"
          "Options:\n"
          "  -f, --format gift    the input format (only gift so far, the default)\n"
          "  -o, --output FILE    where to write the pack (default: standard output)\n"
          "  -h, --help           show this help\n\n"
          "FILE may be - for standard input.\n\n"
          "Exit status: 0 written (warnings allowed), 1 no question could be imported,\n"
          "2 usage or I/O error.\n", out);
}

typedef struct Options {
    const char *format, *output, *input;
} Options;

static int parse_options(int argc, char **argv, Options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *v;
        if ((v = cli_option_value(argc, argv, &i, "-f", "--format"))) o->format = v;
        else if ((v = cli_option_value(argc, argv, &i, "-o", "--output"))) o->output = v;
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "byline import: unknown option '%s' (see 'byline help import')\n",
                    argv[i]);
            return 2;
        } else if (o->input) {
            fputs("byline import: give one file\n", stderr);
            return 2;
        } else {
            o->input = argv[i];
        }
    }
    /* GIFT is the only format, so it is the default; the option stays for scripts (and for a
     * second format one day). */
    if (o->format && strcmp(o->format, "gift") != 0) {
        fprintf(stderr, "byline import: unknown format '%s' (only --format gift is supported)\n",
                cli_shown(o->format));
        return 2;
    }
    if (!o->input) {
        fputs("byline import: no file given\nUsage: byline import [--format gift] FILE.gift\n",
              stderr);
        return 2;
    }
    if (o->output && !*o->output) {
        fputs("byline import: -o needs a file\n", stderr);
        return 2;
    }
    return 0;
}


static int run(int argc, char **argv)
{
    Options o = {0};
    int status = parse_options(argc, argv, &o);
    if (status) return status;
    size_t len = 0;
    char *text = cli_read_file("import", o.input, IMPORT_MAX_GIFT_BYTES, &len);
    if (!text) return 2;
    ImportResult r;
    bool ok = import_gift(text, len, o.input, &r);
    free(text);
    for (size_t i = 0; i < r.warnings.count; i++)
        fprintf(stderr, "%s: %s%s\n", o.input, ok ? "warning: " : "", r.warnings.items[i]);
    if (!ok) {
        if (!r.warnings.count) fputs("byline import: out of memory\n", stderr);
        status = 2;
    } else if (!r.n_questions) {
        fprintf(stderr, "byline import: %s: no question could be imported\n", o.input);
        status = 1;
    } else {
        status = cli_write_text("import", o.output, r.json) ? 0 : 2;
        if (!status)
            fprintf(stderr, "byline import: %zu question%s; fill in the TODOs, then run "
                            "'byline check'\n", r.n_questions, r.n_questions == 1 ? "" : "s");
    }
    import_result_free(&r);
    return status;
}

const Command cmd_import = {"import", "turn Moodle GIFT questions into a pack skeleton", run, help};
