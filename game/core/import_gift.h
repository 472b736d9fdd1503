/* import_gift.h — Moodle GIFT questions as the skeleton of a Byline pack.
 *
 * GIFT is read as Moodle's importer (question/format/gift/format.php) reads it: the question type
 * comes from the answer block (empty: essay; "#": numerical; any "~": multiple choice, single
 * answer when an "=" is there; "=" with "->": matching; T/TRUE/F/FALSE: true-false; else short
 * answer), weights are Moodle's grades. Each question becomes the Byline format with the same
 * meaning (partial credit, which Byline lacks, is dropped with a warning) or is skipped with a
 * warning naming its line: essays, matching other than to positions 1..n, several fully right
 * answers in a single-answer question, more choices than Byline holds. Also read: ::title::,
 * [format] markers, per-answer #feedback, #### general feedback, // comments with [id:…] and
 * [tag:…], $CATEGORY, the escapes \~ \= \# \{ \} \: \\ \n, and Latin-1 bytes (warned).
 *
 * GIFT has no article, evidence or kind, so the skeleton marks what the teacher must fill in
 * with "TODO" (run `byline check` to list them). Feedback quoting the article in <blockquote>
 * (as `byline export` writes it) becomes the evidence. Any input, however broken, gives a
 * result or a clean failure: the parser never reads outside the buffer. */
#ifndef BYLINE_IMPORT_GIFT_H
#define BYLINE_IMPORT_GIFT_H
#include "export.h"
#include <stdbool.h>
#include <stddef.h>

#define IMPORT_MAX_GIFT_BYTES (16u * 1024u * 1024u) /* as PACK_MAX_FILE_BYTES */

typedef struct ImportResult {
    char *json;               /* the pack, UTF-8 JSON text; malloc'd, owned by the result */
    size_t n_questions;       /* questions in it */
    ExportWarnings warnings;  /* "line N: …" for everything skipped or changed */
} ImportResult;

/* Reads GIFT text (len bytes; need not be NUL-terminated). `source` names the input in the pack
 * (its title when there is no $CATEGORY). Returns false only when the input is too large or
 * memory runs out; otherwise out->json is set, even when no question was found (n_questions 0).
 * The caller frees *out with import_result_free in every case. */
bool import_gift(const char *text, size_t len, const char *source, ImportResult *out);
void import_result_free(ImportResult *r);

#endif
