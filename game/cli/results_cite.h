/* results_cite.h — the two parts of saved answers to cite questions, for `byline results`.
 *
 * The store keeps each answer's code (answer_data) but not its two parts: they are graded again
 * against the pack (answer_grade_code), read from the packs as for comparison questions (a pack
 * file, a folder of packs, or by default the bundled packs; see results_compare.h). */
#ifndef BYLINE_RESULTS_CITE_H
#define BYLINE_RESULTS_CITE_H
#include "answer.h"
#include <stdbool.h>
#include <stddef.h>

typedef struct CiteSet CiteSet;

/* The packs at `path` that have cite questions (NULL: the bundled packs). Packs that do not load
 * are skipped. NULL only when out of memory. Free with cite_set_free. */
CiteSet *cite_set_load(const char *path);
void cite_set_free(CiteSet *s);

typedef struct CiteParts {
    bool cite;          /* the question asks for its evidence (false: not a known cite question) */
    bool graded;        /* the stored code fits the question (false: damaged, another pack) */
    Grade grade;        /* both parts (answer_correct, evidence_correct, answer_cite_outcome) */
    char sentence[512]; /* the cited sentence, "" when none */
} CiteParts;
/* The parts of the stored answer `code` to question_id of pack_id. */
void cite_set_parts(const CiteSet *s, const char *pack_id, const char *question_id,
                    const char *code, CiteParts *out);

#endif
