/* cmd_annotate.c — `byline annotate ARTICLE.txt`: the quotations (with speakers), dates, people
 * and claims of a plain-text article, as JSON on standard output. */
#include "annotate.h"
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
          "  quotes  every direct quotation, its speaker (full name), the cue that names them\n"
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

/* Prints "byline annotate: <what> '<arg>'" and the usage line; returns the usage status. */
static int usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "byline annotate: %s", what);
    if (arg) fprintf(stderr, " '%s'", arg);
    fputs("\nUsage: byline annotate [--date YYYY-MM-DD] [--compact] [-o FILE] ARTICLE.txt\n", stderr);
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
            if (!has_value) return usage_error("this option needs a value:", a);
            if (is_date) o->date = argv[++i];
            else o->output = argv[++i];
        } else if (strncmp(a, "--date=", 7) == 0) {
            o->date = a + 7;
        } else if (strcmp(a, "--compact") == 0) {
            o->compact = true;
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option (see 'byline help annotate'):", a);
        } else if (o->file) {
            return usage_error("one article at a time; also got", a);
        } else {
            o->file = a;
        }
    }
    if (!o->file) return usage_error("no article given", NULL);
    return 0;
}

/* Reads all of f (at most ANNOTATE_MAX_BYTES); malloc'd, NUL-terminated. NULL on error, with
 * errno set (EFBIG when too large). */
static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 64 * 1024, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        if (cap > ANNOTATE_MAX_BYTES) {
            free(buf);
            errno = EFBIG;
            return NULL;
        }
        char *nb = realloc(buf, cap * 2 + 1);
        if (!nb) free(buf);
        buf = nb;
        cap *= 2;
    }
    if (buf && ferror(f)) {
        int e = errno;
        free(buf);
        errno = e ? e : EIO;
        return NULL;
    }
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

static char *read_article(const char *path, size_t *len)
{
    bool std_in = strcmp(path, "-") == 0;
    FILE *f = std_in ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "byline annotate: cannot open '%s': %s\n", path, strerror(errno));
        return NULL;
    }
    char *text = read_all(f, len);
    if (!text)
        fprintf(stderr, "byline annotate: cannot read '%s': %s\n", path,
                errno == EFBIG ? "larger than the 4 MiB limit" : strerror(errno));
    if (!std_in) fclose(f);
    return text;
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

static int write_json(const Options *o, const char *json)
{
    FILE *out = o->output ? fopen(o->output, "w") : stdout;
    if (!out) {
        fprintf(stderr, "byline annotate: cannot write '%s': %s\n", o->output, strerror(errno));
        return 2;
    }
    bool ok = fputs(json, out) >= 0 && fputc('\n', out) != EOF;
    ok = (o->output ? fclose(out) == 0 : fflush(out) == 0) && ok;
    if (!ok) {
        fprintf(stderr, "byline annotate: cannot write '%s'\n", o->output ? o->output : "stdout");
        return 2;
    }
    return 0;
}

static int run(int argc, char **argv)
{
    Options o = {0};
    int status = parse(argc, argv, &o);
    if (status) return status;
    size_t len = 0;
    char *text = read_article(o.file, &len), *json = NULL;
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
        status = write_json(&o, json);
    }
    free(json);
    annotation_free(a);
    free(text);
    return status;
}

const Command cmd_annotate = {"annotate", "find quotes, speakers, dates and claims in an article",
                              run, help};
