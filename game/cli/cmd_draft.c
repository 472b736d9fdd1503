/* cmd_draft.c — `byline draft ARTICLE.txt [ARTICLE2.txt …]`: a draft quiz pack for a teacher to
 * review; from several articles about one event, with comparison questions. */
#include "cli_io.h"
#include "commands.h"
#include "annotate.h"
#include "draft.h"
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void help(FILE *out)
{
    fputs("Usage: byline draft ARTICLE.txt [ARTICLE2.txt ...] [--date YYYY-MM-DD] [--title T]\n"
          "                    [--outlet O] [--min-confidence LEVEL] [--cite] [-o PACK.json]\n\n"
          "Reads a plain-text article (UTF-8; paragraphs separated by blank lines; an optional\n"
          "leading 'date YYYY-MM-DD' token) and writes a draft quiz pack: speaker questions for\n"
          "attributed quotes, claim questions for reported statements, timeline questions for\n"
          "dates, each with its evidence passage and an explanation. The draft always passes\n"
          "'byline check'; review, edit and delete from there.\n\n"
          "Two or more articles about one event (up to 8) make one pack with every article, each\n"
          "one's own questions, and comparison questions tagged 'compare': which article quotes\n"
          "whom, who is quoted in one but not the other, words only one prints, a statement one\n"
          "reports as fact and the other attributes, dates and numbers that differ.\n\n"
          "Options (--date, --title and --outlet may be repeated: the first applies to the first\n"
          "article, the second to the second, and so on):\n"
          "  --date D    the article's date, if the file has no date line\n"
          "  --title T   the headline (default: the first words of the article)\n"
          "  --outlet O  the publication (default: 'Unknown outlet'; with several articles, the\n"
          "              file's name, since comparison questions name the outlets)\n"
          "  --min-confidence high|medium|low\n"
          "              the least sure attribution that may become a speaker answer key\n"
          "              (default medium: a speaker named in the cue, a pronoun with one\n"
          "              candidate, a quotation carried over; low adds guesses)\n"
          "  --cite      speaker and claim questions also ask for the sentence that shows\n"
          "              the answer (\"cite\": the drafted passage is their evidence)\n"
          "  -o FILE     write the pack to FILE instead of standard output\n", out);
}

typedef struct Args {
    const char *files[DRAFT_MAX_ARTICLES];
    const char *dates[DRAFT_MAX_ARTICLES], *titles[DRAFT_MAX_ARTICLES], *outlets[DRAFT_MAX_ARTICLES];
    size_t n_files, n_dates, n_titles, n_outlets;
    const char *out;
    AnnConfidence min_confidence;
    bool cite;
} Args;

/* Appends a repeatable option's value; false (with a message) when there are too many. */
static bool push(const char **list, size_t *n, const char *opt, const char *value)
{
    if (*n >= DRAFT_MAX_ARTICLES) {
        fprintf(stderr, "byline draft: %s given more than %d times\n", opt, DRAFT_MAX_ARTICLES);
        return false;
    }
    list[(*n)++] = value;
    return true;
}

/* Returns 0 when the arguments parsed, else the exit status. */
static int parse(int argc, char **argv, Args *g)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc, ok = true;
        if (strcmp(a, "--date") == 0 && has_value) ok = push(g->dates, &g->n_dates, a, argv[++i]);
        else if (strcmp(a, "--title") == 0 && has_value) ok = push(g->titles, &g->n_titles, a, argv[++i]);
        else if (strcmp(a, "--outlet") == 0 && has_value) ok = push(g->outlets, &g->n_outlets, a, argv[++i]);
        else if (strcmp(a, "-o") == 0 && has_value) g->out = argv[++i];
        else if (strcmp(a, "--cite") == 0) g->cite = true;
        else if (strcmp(a, "--min-confidence") == 0 && has_value) {
            const char *v = argv[++i];
            g->min_confidence = strcmp(v, "high") == 0     ? ANN_CONF_HIGH
                                : strcmp(v, "medium") == 0 ? ANN_CONF_MEDIUM
                                : strcmp(v, "low") == 0    ? ANN_CONF_LOW
                                                           : ANN_CONF_NONE;
            if (!g->min_confidence) {
                fprintf(stderr, "byline draft: --min-confidence takes high, medium or low, not '%s'\n", v);
                return 2;
            }
        }
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "byline draft: unknown or incomplete option '%s' (see 'byline help "
                            "draft')\n", cli_shown(a));
            return 2;
        } else if (g->n_files >= DRAFT_MAX_ARTICLES) {
            fprintf(stderr, "byline draft: at most %d articles in one draft\n", DRAFT_MAX_ARTICLES);
            return 2;
        } else g->files[g->n_files++] = a;
        if (!ok) return 2;
    }
    if (!g->n_files) {
        fputs("byline draft: no article given\nUsage: byline draft ARTICLE.txt [ARTICLE2.txt ...] "
              "[-o PACK.json]\n", stderr);
        return 2;
    }
    const char *extra = g->n_dates > g->n_files ? "--date" : g->n_titles > g->n_files ? "--title"
                        : g->n_outlets > g->n_files ? "--outlet" : NULL;
    if (extra) {
        fprintf(stderr, "byline draft: more %s options than articles (%zu); each applies to one "
                        "article, in file order\n", extra, g->n_files);
        return 2;
    }
    return 0;
}

static void report(const Args *g, const DraftReport *r)
{
    fprintf(stderr, "byline draft: %zu questions (%zu speaker, %zu claim, %zu timeline", r->questions,
            r->speaker, r->claim, r->timeline);
    if (g->n_files > 1) fprintf(stderr, ", %zu compare", r->compare);
    fprintf(stderr, ")%s%s\n", g->out ? " written to " : "", g->out ? g->out : "");
    if (g->n_files > 1 && g->n_outlets < g->n_files)
        fprintf(stderr, "byline draft: %zu of %zu articles have no --outlet; comparison questions "
                        "call them by their file names\n", g->n_files - g->n_outlets, g->n_files);
    if (r->cited)
        fprintf(stderr, "byline draft: %zu question%s also ask%s for the sentence that shows the "
                        "answer (\"cite\")\n", r->cited, r->cited == 1 ? "" : "s", r->cited == 1 ? "s" : "");
    if (r->unsure)
        fprintf(stderr, "byline draft: left out %zu quotation%s whose speaker annotate was not sure "
                        "of (see --min-confidence)\n", r->unsure, r->unsure == 1 ? "" : "s");
    if (r->dropped)
        fprintf(stderr, "byline draft: left out %zu candidate question%s the checker rejected\n",
                r->dropped, r->dropped == 1 ? "" : "s");
}

static int run(int argc, char **argv)
{
    Args g = {0};
    int status = parse(argc, argv, &g);
    if (status) return status;
    DraftArticle arts[DRAFT_MAX_ARTICLES] = {0};
    char *texts[DRAFT_MAX_ARTICLES] = {0};
    char *json = NULL;
    status = 2;
    for (size_t k = 0; k < g.n_files; k++) {
        size_t len = 0;
        texts[k] = cli_read_file("draft", g.files[k], ANNOTATE_MAX_BYTES, &len);
        if (!texts[k] || !cli_expect_text("draft", g.files[k], texts[k], len)) goto done;
        arts[k] = (DraftArticle){texts[k], len, k < g.n_dates ? g.dates[k] : NULL,
                                 k < g.n_titles ? g.titles[k] : NULL,
                                 k < g.n_outlets ? g.outlets[k] : NULL, g.files[k]};
    }
    char err[300] = "";
    DraftReport r;
    int which = -1;
    json = draft_pack_articles(arts, g.n_files, g.min_confidence, g.cite, &r, &which, err, sizeof err);
    if (!json) {
        if (which >= 0) fprintf(stderr, "byline draft: %s: %s\n", cli_shown(g.files[which]), cli_shown(err));
        else fprintf(stderr, "byline draft: %s\n", cli_shown(err));
        goto done;
    }
    if (!cli_write_text("draft", g.out, json)) goto done;
    report(&g, &r);
    status = 0;
done:
    free(json);
    for (size_t k = 0; k < g.n_files; k++) free(texts[k]);
    return status;
}

const Command cmd_draft = {"draft", "draft a quiz pack from an article (or several about one event)",
                           run, help};
