/* cmd_annotate.c — `byline annotate ARTICLE.txt [ARTICLE2.txt …]`: the quotations (with speakers),
 * dates, people and claims of a plain-text article, as JSON on standard output; for several
 * articles about one event, each one's and a comparison of them. */
#include "annotate.h"
#include "compare.h"
#include "cli_io.h"
#include "commands.h"
#include "text.h"
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Options {
    const char *files[COMPARE_MAX_ARTICLES]; /* "-" for standard input */
    size_t n_files;
    const char *dates[COMPARE_MAX_ARTICLES]; /* --date, in file order */
    size_t n_dates;
    const char *output; /* -o, or NULL for standard output */
    bool compact;
} Options;

static void help(FILE *out)
{
    fputs("Usage: byline annotate [--date YYYY-MM-DD] [--compact] [-o FILE] ARTICLE.txt\n"
          "                       [ARTICLE2.txt ...]\n\n"
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
          "Two or more articles about one event (up to 8) give {\"articles\": [...], \"compare\":\n"
          "{...}}: each article's analysis with its file name, and what differs between them:\n"
          "people quoted in one and not named in another, quoted words only one prints, a\n"
          "statement one attributes and another states as fact, dates of one event and counts\n"
          "of one thing that disagree.\n\n"
          "Options:\n"
          "  --date YYYY-MM-DD  the article date (overrides the date token); repeat it for\n"
          "                     several articles: the first applies to the first, and so on\n"
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
                    "ARTICLE.txt [ARTICLE2.txt ...]\n", after);
    return 2;
}

static int add_date(Options *o, const char *d)
{
    if (o->n_dates >= COMPARE_MAX_ARTICLES) return usage_error("too many", "--date", " options");
    o->dates[o->n_dates++] = d;
    return 0;
}

/* Returns 0 when the options parsed, else the exit status. */
static int parse(int argc, char **argv, Options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc;
        bool is_date = strcmp(a, "--date") == 0;
        int st = 0;
        if (is_date || strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
            if (!has_value) return usage_error("option", a, " needs a value");
            if (is_date) st = add_date(o, argv[++i]);
            else o->output = argv[++i];
        } else if (strncmp(a, "--date=", 7) == 0) {
            st = add_date(o, a + 7);
        } else if (strcmp(a, "--compact") == 0) {
            o->compact = true;
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option", a, " (see 'byline help annotate')");
        } else if (o->n_files >= COMPARE_MAX_ARTICLES) {
            return usage_error("at most 8 articles at a time; also got", a, "");
        } else {
            o->files[o->n_files++] = a;
        }
        if (st) return st;
    }
    if (!o->n_files) return usage_error("no article given", NULL, "");
    if (o->n_dates > o->n_files)
        return usage_error("more --date options than articles", NULL,
                           " (each applies to one article, in file order)");
    return 0;
}

static void warn_about(const char *file, const char *text, size_t len, const Annotation *a)
{
    size_t bad;
    if (!text_utf8_valid(text, len, &bad))
        fprintf(stderr, "byline annotate: %s: warning: invalid UTF-8 at byte %zu (read as U+FFFD)\n",
                file, bad);
    if (!date_is_set(a->date))
        fprintf(stderr, "byline annotate: %s: warning: no article date (no leading 'date "
                        "YYYY-MM-DD' and no --date): relative dates are null\n", file);
}

/* Reads and annotates article k; false after saying why. */
static bool load(const Options *o, size_t k, char **text, size_t *len, Annotation **a)
{
    *text = cli_read_file("annotate", o->files[k], ANNOTATE_MAX_BYTES, len);
    if (!*text) return false;
    char err[200];
    const char *date = k < o->n_dates ? o->dates[k] : NULL;
    *a = annotate_text(*text, *len, date, err, sizeof err);
    if (!*a)
        fprintf(stderr, "byline annotate: %s: %s\n", date && strstr(err, date) ? "--date" : o->files[k],
                err);
    return *a != NULL;
}

/* The JSON of one article (as it has always been), or of several with their comparison. */
static char *to_json(const Options *o, Annotation **a, char **texts, const size_t *lens)
{
    if (o->n_files == 1) return annotation_to_json(a[0], !o->compact);
    CompareArticle arts[COMPARE_MAX_ARTICLES];
    for (size_t k = 0; k < o->n_files; k++) arts[k] = (CompareArticle){texts[k], lens[k], a[k]};
    Comparison *c = compare_articles(arts, o->n_files, ANN_CONF_NONE);
    char *json = c ? compare_report_json(arts, o->files, o->n_files, c, !o->compact) : NULL;
    comparison_free(c);
    return json;
}

static int run(int argc, char **argv)
{
    Options o = {0};
    int status = parse(argc, argv, &o);
    if (status) return status;
    char *texts[COMPARE_MAX_ARTICLES] = {0}, *json = NULL;
    size_t lens[COMPARE_MAX_ARTICLES] = {0};
    Annotation *a[COMPARE_MAX_ARTICLES] = {0};
    status = 2;
    for (size_t k = 0; k < o.n_files; k++)
        if (!load(&o, k, &texts[k], &lens[k], &a[k])) goto done;
    if (!(json = to_json(&o, a, texts, lens))) {
        fputs("byline annotate: out of memory\n", stderr);
        goto done;
    }
    for (size_t k = 0; k < o.n_files; k++) warn_about(o.files[k], texts[k], lens[k], a[k]);
    status = cli_write_text("annotate", o.output, json) ? 0 : 2;
done:
    free(json);
    for (size_t k = 0; k < o.n_files; k++) {
        annotation_free(a[k]);
        free(texts[k]);
    }
    return status;
}

const Command cmd_annotate = {"annotate",
                              "find quotes, speakers, dates and claims; compare articles",
                              run, help};
