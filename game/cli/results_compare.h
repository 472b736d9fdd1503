/* results_compare.h — which saved answers were given to comparison questions.
 *
 * The progress store keeps each answer's pack id, question id and kind, but not the question's
 * tags. `byline results --summary` reports questions tagged "compare" (docs/pack-format.md) on
 * their own, so it reads the tags from the packs themselves: a pack file, a folder of packs, or by
 * default the bundled packs. */
#ifndef BYLINE_RESULTS_COMPARE_H
#define BYLINE_RESULTS_COMPARE_H
#include <stdbool.h>
#include <stddef.h>

#define RESULTS_COMPARE_TAG "compare"

typedef struct CompareSet CompareSet;

/* The compare-tagged questions of the packs at `path` (a pack file or a folder of *.json packs);
 * NULL means the bundled packs (quizzes/ in the data folder). Packs that do not load are skipped:
 * their answers simply count as not comparison questions. Returns NULL only when out of memory.
 * Free with compare_set_free. */
CompareSet *compare_set_load(const char *path);
/* True when question_id of pack_id is tagged "compare". */
bool compare_set_has(const CompareSet *s, const char *pack_id, const char *question_id);
void compare_set_free(CompareSet *s);

/* Calls fn with each pack file at `path` (a pack file, or the *.json packs of a folder; NULL
 * means the bundled packs); stops and returns false when fn does. Shared with results_cite.c. */
bool results_each_pack_file(const char *path, bool (*fn)(const char *file, void *ctx), void *ctx);

#endif
