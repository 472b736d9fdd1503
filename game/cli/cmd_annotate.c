/* cmd_annotate.c — `byline annotate ARTICLE.txt`: the quotations (with speakers), dates, people
 * and claims of a plain-text article, as JSON on standard output. */
#include "annotate.h"
#include "cli_io.h"
#include "commands.h"
#include "text.h"
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Options {
    const char *file;   /* "-" for standard input */
    const char *date;   /* --date, or NULL */
    const char *output; /* -o, or NULL for standard output */
    bool compact;
} Options;

static void help(FILE *out)
{
    fputs("Usage: byline annotate [--date YYYY-MM-DD] [--compact] [-o FILE] ARTICLE.txt\n\n"
          "Reads a plain-text article (UTF-8; paragraphs separated by blank lines; an optional\n"
          "leading 'date YYYY-MM-DD' token gives its date) and prints JSON with:\n"
          "  quotes  every direct quotation, its speaker (full name), the cue that names them,\n"
          "          why and how sure (reason, confidence: an unsure speaker is only a \"guess\")\n"
          "          and byte offsets in the file\n"
          "  dates   time expressions, resolved against the article date (\"on Tuesday\",\n"
          "          \"March 31\", \"last year\")\n"
          "  people  everyone named, with the role the article gives them\n"
          "  claims  reported statements and who holds them (\"X said that ...\")\n"
          "ARTICLE may be '-' for standard input. See docs/annotate.md for what it finds and\n"
          "where it fails.\n\n"
          "Options:\n"
          "  --date YYYY-MM-DD  the article date (overrides the date token)\n"
          "  --compact          one line of JSON instead of indented output\n"
          "  -o, --output FILE  write the JSON to FILE\n"
          "  -h, --help         show this help\n\n"
          "Exit status: 0 done, 2 usage or I/O error.\n", out);
}

/* Prints "byline annotate: <what> '<arg>'<after>" and the usage line; returns the usage status. */
static int usage_error(const char *what, const char *arg, const char *after)
{
    fprintf(stderr, "byline annotate: %s", what);
    if (arg) fprintf(stderr, " '%s'", arg);
    fprintf(stderr, "%s\nUsage: byline annotate [--date YYYY-MM-DD] [--compact] [-o FILE] "
                    "ARTICLE.txt\n", after);
    return 2;
}

/* Returns 0 when the options parsed, else the exit status. */
static int parse(int argc, char **argv, Options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc;
        bool is_date = strcmp(a, "--date") == 0;
        if (is_date || strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
            if (!has_value) return usage_error("option", a, " needs a value");
            if (is_date) o->date = argv[++i];
            else o->output = argv[++i];
        } else if (strncmp(a, "--date=", 7) == 0) {
            o->date = a + 7;
        } else if (strcmp(a, "--compact") == 0) {
            o->compact = true;
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option", a, " (see 'byline help annotate')");
        } else if (o->file) {
            return usage_error("one article at a time; also got", a, "");
        } else {
            o->file = a;
        }
    }
    if (!o->file) return usage_error("no article given", NULL, "");
    return 0;
}

static void warn_about(const Options *o, const char *text, size_t len, const Annotation *a)
{
    size_t bad;
    if (!text_utf8_valid(text, len, &bad))
        fprintf(stderr, "byline annotate: %s: warning: invalid UTF-8 at byte %zu (read as U+FFFD)\n",
                o->file, bad);
    if (!date_is_set(a->date))
        fprintf(stderr, "byline annotate: %s: warning: no article date (no leading 'date "
                        "YYYY-MM-DD' and no --date): relative dates are null\n", o->file);
}

static int run(int argc, char **argv)
{
    Options o = {0};
    int status = parse(argc, argv, &o);
    if (status) return status;
    size_t len = 0;
    char *text = cli_read_file("annotate", o.file, ANNOTATE_MAX_BYTES, &len), *json = NULL;
    if (!text) return 2;
    char err[200];
    Annotation *a = annotate_text(text, len, o.date, err, sizeof err);
    status = 2;
    if (!a) {
        fprintf(stderr, "byline annotate: %s: %s\n", o.date && strstr(err, o.date) ? "--date" : o.file,
                err);
    } else if (!(json = annotation_to_json(a, !o.compact))) {
        fputs("byline annotate: out of memory\n", stderr);
    } else {
        warn_about(&o, text, len, a);
        status = cli_write_text("annotate", o.output, json) ? 0 : 2;
    }
    free(json);
    annotation_free(a);
    free(text);
    return status;
}

const Command cmd_annotate = {"annotate", "find quotes, speakers, dates and claims in an article",
                              run, help};
