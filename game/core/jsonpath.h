/* jsonpath.h — the JSON path ("questions[3].choices[1]") of the value being written at a byte
 * offset of raw JSON text, found by a light scan of the text alone: it works on text that cJSON
 * cannot parse (cut short, a syntax error, bad bytes), so those errors can name where in the pack
 * they are, as the others do. */
#ifndef BYLINE_JSONPATH_H
#define BYLINE_JSONPATH_H
#include <stddef.h>

/* Writes into out (n bytes, always terminated) the path of the innermost value open at offset
 * `off` of buf[0..len): "$" at the top level, else members as "name" (or ["odd name"]) joined by
 * '.', and array items as [i]. Within an object before a member's name is read, the object's own
 * path. Deeper than JSONPATH_SHOWN_DEPTH levels, the path shows those levels, then "… (N levels)"
 * with the whole depth; a path that does not fit in out ends with "…". */
#define JSONPATH_MAX_DEPTH 64
#define JSONPATH_SHOWN_DEPTH 8
void jsonpath_at(const char *buf, size_t len, size_t off, char *out, size_t n);

#endif
