/* import_gift.h — Moodle GIFT questions as the skeleton of a Byline pack.
 *
 * The common subset of GIFT is read: ::title::, [format] markers, {=right ~wrong}, weights
 * (~%50%…), {T}/{F}/{TRUE}/{FALSE}, short answers {=a =b}, numerical {#…} (as text), matching
 * whose right sides are the positions 1..n (as an order question), per-answer #feedback, ####
 * general feedback, // comments with [id:…] and [tag:…], $CATEGORY, and the escapes \~ \= \# \{
 * \} \: \\ \n. A description item becomes the article. What Byline cannot hold (essays, other
 * matching, wildcards) is skipped or changed with a warning.
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
