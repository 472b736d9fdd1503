/* cmd_draft.c — `byline draft ARTICLE.txt`: a draft quiz pack for a teacher to review. */
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
    fputs("Usage: byline draft ARTICLE.txt [--date YYYY-MM-DD] [--title T] [--outlet O] [--cite]\n"
          "                    [-o PACK.json]\n\n"
          "Reads a plain-text article (UTF-8; paragraphs separated by blank lines; an optional\n"
          "leading 'date YYYY-MM-DD' token) and writes a draft quiz pack: speaker questions for\n"
          "attributed quotes, claim questions for reported statements, timeline questions for\n"
          "dates, each with its evidence passage and an explanation. The draft always passes\n"
          "'byline check'; review, edit and delete from there.\n\n"
          "Options:\n"
          "  --date D    the article's date, if the file has no date line\n"
          "  --title T   the headline (default: the first words of the article)\n"
          "  --outlet O  the publication\n"
          "  --min-confidence high|medium|low\n"
          "              the least sure attribution that may become a speaker answer key\n"
          "              (default medium: a speaker named in the cue, a pronoun with one\n"
          "              candidate, a quotation carried over; low adds guesses)\n"
          "  --cite      speaker and claim questions also ask for the sentence that shows\n"
          "              the answer (\"cite\": the drafted passage is their evidence)\n"
          "  -o FILE     write the pack to FILE instead of standard output\n", out);
}

static int run(int argc, char **argv)
{
    DraftOptions opt = {0};
    const char *in = NULL, *out = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc;
        if (strcmp(a, "--date") == 0 && has_value) opt.date = argv[++i];
        else if (strcmp(a, "--title") == 0 && has_value) opt.title = argv[++i];
        else if (strcmp(a, "--outlet") == 0 && has_value) opt.outlet = argv[++i];
        else if (strcmp(a, "-o") == 0 && has_value) out = argv[++i];
        else if (strcmp(a, "--cite") == 0) opt.cite = true;
        else if (strcmp(a, "--min-confidence") == 0 && has_value) {
            const char *v = argv[++i];
            opt.min_confidence = strcmp(v, "high") == 0     ? ANN_CONF_HIGH
                                 : strcmp(v, "medium") == 0 ? ANN_CONF_MEDIUM
                                 : strcmp(v, "low") == 0    ? ANN_CONF_LOW
                                                            : ANN_CONF_NONE;
            if (!opt.min_confidence) {
                fprintf(stderr, "byline draft: --min-confidence takes high, medium or low, not '%s'\n", v);
                return 2;
            }
        }
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "byline draft: unknown or incomplete option '%s' (see 'byline help draft')\n", cli_shown(a));
            return 2;
        } else if (!in) in = a;
        else {
            fprintf(stderr, "byline draft: one article at a time\n");
            return 2;
        }
    }
    if (!in) {
        fputs("byline draft: no article given\nUsage: byline draft ARTICLE.txt [-o PACK.json]\n", stderr);
        return 2;
    }
    size_t len = 0;
    char *text = cli_read_file("draft", in, ANNOTATE_MAX_BYTES, &len);
    if (!text) return 2;
    if (!cli_expect_text("draft", in, text, len)) {
        free(text);
        return 2;
    }
    opt.source = in;
    char err[300] = "";
    DraftReport r;
    char *json = draft_pack(text, len, &opt, &r, err, sizeof err);
    free(text);
    if (!json) {
        fprintf(stderr, "byline draft: %s: %s\n", cli_shown(in), cli_shown(err));
        return 2;
    }
    bool written = cli_write_text("draft", out, json);
    free(json);
    if (!written) return 2;
    fprintf(stderr, "byline draft: %zu questions (%zu speaker, %zu claim, %zu timeline)%s%s\n",
            r.questions, r.speaker, r.claim, r.timeline, out ? " written to " : "", out ? out : "");
    if (r.cited)
        fprintf(stderr, "byline draft: %zu question%s also ask%s for the sentence that shows the "
                        "answer (\"cite\")\n", r.cited, r.cited == 1 ? "" : "s",
                r.cited == 1 ? "s" : "");
    if (r.unsure)
        fprintf(stderr, "byline draft: left out %zu quotation%s whose speaker annotate was not sure "
                        "of (see --min-confidence)\n", r.unsure, r.unsure == 1 ? "" : "s");
    if (r.dropped)
        fprintf(stderr, "byline draft: left out %zu candidate question%s the checker rejected\n",
                r.dropped, r.dropped == 1 ? "" : "s");
    return 0;
}

const Command cmd_draft = {"draft", "draft a quiz pack from an article for a teacher to review",
                           run, help};
