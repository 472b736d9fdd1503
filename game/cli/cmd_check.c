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
          "(a file that cannot be read as FILE: message, e.g. \"cannot open: No such\n"
          "file or directory\"; in --json its line, column and path are null)\n"
          "and a summary; with several articles, the summary counts the passages found\n"
          "in each.\n\n"
          "Options:\n"
          "  --json     print the findings as a JSON array of objects instead, with the\n"
          "             article each evidence passage was found in (\"passages\")\n"
          "  --quiet    print only problems, no summary\n"
          "  -h, --help show this help\n\n"
          "Exit status: 0 all packs valid (warnings allowed), 1 a pack is invalid,\n"
          "2 usage error.\n", out);
}

static void json_string(const char *s, FILE *out)
{
    fputc('"', out);
    for (const char *c = s; *c; c++) {
        if (*c == '"' || *c == '\\') fputc('\\', out);
        if ((unsigned char)*c < 0x20) fprintf(out, "\\u%04x", (unsigned char)*c);
        else fputc(*c, out);
    }
    fputc('"', out);
}

/* Where each evidence passage was found: {"path", "article", "start", "end"} per passage, so a
 * teacher (or a tool) comparing two outlets sees which article each quotation came from. */
static void passages_json(const Passage *ev, size_t n, const char *owner, size_t index,
                          const Pack *p, bool *first, FILE *out)
{
    for (size_t k = 0; k < n; k++) {
        if (ev[k].article < 0 || (size_t)ev[k].article >= p->n_articles) continue;
        fprintf(out, "%s{\"path\":\"%s[%zu].evidence[%zu]\",\"article\":", *first ? "" : ",",
                owner, index, k);
        json_string(p->articles[ev[k].article].id, out);
        fprintf(out, ",\"start\":%zu,\"end\":%zu}", ev[k].start, ev[k].end);
        *first = false;
    }
}

static void print_passages_json(const Pack *p, FILE *out)
{
    bool first = true;
    fputs(",\"passages\":[", out);
    for (size_t i = 0; p && i < p->n_events; i++)
        passages_json(p->events[i].evidence, p->events[i].n_evidence, "events", i, p, &first, out);
    for (size_t i = 0; p && i < p->n_questions; i++)
        passages_json(p->questions[i].evidence, p->questions[i].n_evidence, "questions", i, p,
                      &first, out);
    fputs("]", out);
}

/* With several articles, how many passages each one supplied ("20 in \"herald\", 17 in …"):
 * a quick sign that every article is really used and that no passage went to the wrong one. */
static void passage_counts(const Pack *p, FILE *out)
{
    if (p->n_articles < 2) return;
    fputs("; passages found:", out);
    for (size_t a = 0; a < p->n_articles; a++) {
        size_t n = 0;
        for (size_t i = 0; i < p->n_events; i++)
            for (size_t k = 0; k < p->events[i].n_evidence; k++)
                n += p->events[i].evidence[k].article == (int)a;
        for (size_t i = 0; i < p->n_questions; i++)
            for (size_t k = 0; k < p->questions[i].n_evidence; k++)
                n += p->questions[i].evidence[k].article == (int)a;
        fprintf(out, "%s %zu in \"%s\"", a ? "," : "", n, p->articles[a].id);
    }
}

static void summary_line(const Diagnostics *d, const Pack *p, FILE *out)
{
    if (p)
        fprintf(out, "%s: ok: \"%s\", %zu question%s, %zu article%s", cli_shown(d->file), cli_shown(p->title),
                p->n_questions, p->n_questions == 1 ? "" : "s", p->n_articles,
                p->n_articles == 1 ? "" : "s");
    if (p) passage_counts(p, out);
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
            json_string(argv[i], stdout);
            fprintf(stdout, ",\"valid\":%s,\"errors\":%zu,\"warnings\":%zu,\"findings\":",
                    p ? "true" : "false", d.errors, d.warnings);
            diag_print_json(&d, stdout);
            print_passages_json(p, stdout);
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
