/* cmd_check.c — `byline check PACK.json...`: validate packs and report every problem. */
#include "cli_io.h"
#include "commands.h"
#include "limits.h"
#include "pack.h"
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void help(FILE *out)
{
    fputs("Usage: byline check [--json] [--quiet] PACK.json...\n\n"
          "A PACK.json of - reads the pack from standard input.\n\n"
          "Checks quiz packs against the pack format (docs/pack-format.md): JSON syntax,\n"
          "fields and types, ids, answers, and that every evidence passage is really in its\n"
          "article. Prints every problem found as\n"
          "  FILE:LINE:COL: JSON.PATH: message\n"
          "and a summary.\n\n"
          "Options:\n"
          "  --json     print the findings as a JSON array of objects instead\n"
          "  --quiet    print only problems, no summary\n"
          "  -h, --help show this help\n\n"
          "Exit status: 0 all packs valid (warnings allowed), 1 a pack is invalid,\n"
          "2 usage error.\n", out);
}

static void summary_line(const Diagnostics *d, const Pack *p, FILE *out)
{
    if (p)
        fprintf(out, "%s: ok: \"%s\", %zu question%s, %zu article%s", cli_shown(d->file), cli_shown(p->title),
                p->n_questions, p->n_questions == 1 ? "" : "s", p->n_articles,
                p->n_articles == 1 ? "" : "s");
    else
        fprintf(out, "%s: invalid: %zu error%s", cli_shown(d->file), d->errors, d->errors == 1 ? "" : "s");
    if (d->warnings) fprintf(out, ", %zu warning%s", d->warnings, d->warnings == 1 ? "" : "s");
    fputc('\n', out);
}

/* `check -`: the pack on standard input (an editor's buffer, a pipe). */
static Pack *load_stdin(Diagnostics *d)
{
    size_t len = 0;
    char *text = cli_read_file("check", "-", PACK_MAX_FILE_BYTES, &len);
    if (!text) {
        diag_add(d, DIAG_ERROR, 0, 0, "$", "cannot read standard input");
        return NULL;
    }
    Pack *p = pack_load_buffer(text, len, d);
    free(text);
    return p;
}

static int run(int argc, char **argv)
{
    bool json = false, quiet = false;
    int first = 1;
    for (; first < argc && argv[first][0] == '-' && argv[first][1]; first++) {
        if (strcmp(argv[first], "--json") == 0) json = true;
        else if (strcmp(argv[first], "--quiet") == 0 || strcmp(argv[first], "-q") == 0) quiet = true;
        else if (strcmp(argv[first], "--") == 0) {
            first++;
            break;
        } else {
            fprintf(stderr, "byline check: unknown option '%s' (see 'byline help check')\n",
                    cli_shown(argv[first]));
            return 2;
        }
    }
    if (first >= argc) {
        fputs("byline check: no pack given\nUsage: byline check [--json] PACK.json...\n", stderr);
        return 2;
    }
    int invalid = 0, files = argc - first;
    if (json) fputs("[", stdout);
    for (int i = first; i < argc; i++) {
        Diagnostics d;
        bool std_in = strcmp(argv[i], "-") == 0;
        diag_init(&d, std_in ? "<stdin>" : argv[i]);
        Pack *p = std_in ? load_stdin(&d) : pack_load_file(argv[i], &d);
        if (!p) invalid++;
        if (json) {
            fprintf(stdout, "%s{\"file\":", i > first ? "," : "");
            fputs("\"", stdout);
            for (const char *c = argv[i]; *c; c++) {
                if (*c == '"' || *c == '\\') fputc('\\', stdout);
                if ((unsigned char)*c < 0x20) fprintf(stdout, "\\u%04x", (unsigned char)*c);
                else fputc(*c, stdout);
            }
            fprintf(stdout, "\",\"valid\":%s,\"errors\":%zu,\"warnings\":%zu,\"findings\":",
                    p ? "true" : "false", d.errors, d.warnings);
            diag_print_json(&d, stdout);
            fputs("}", stdout);
        } else {
            diag_print(&d, stdout);
            if (!quiet) summary_line(&d, p, stdout);
        }
        pack_free(p);
        diag_free(&d);
    }
    if (json) fputs("]\n", stdout);
    else if (!quiet && files > 1)
        printf("%d pack%s checked: %d valid, %d invalid\n", files, files == 1 ? "" : "s",
               files - invalid, invalid);
    return invalid ? 1 : 0;
}

const Command cmd_check = {"check", "validate quiz packs and report every problem", run, help};
