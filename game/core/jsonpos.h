/* jsonpos.h — where each cJSON node came from in the source text.
 *
 * cJSON keeps no source positions. After a successful parse we walk the text and the tree side by
 * side (both are in document order) and record each node's value offset and, for object members,
 * its key offset, so a semantic error can name line:column. Built only when a diagnostic needs
 * it, so a valid pack pays nothing for it. */
#ifndef BYLINE_JSONPOS_H
#define BYLINE_JSONPOS_H
#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct JsonPosMap JsonPosMap;

/* `buf` must be exactly the text `root` was parsed from. Returns NULL when out of memory.
 * Free with jsonpos_free. */
JsonPosMap *jsonpos_build(const char *buf, size_t len, const cJSON *root);
void jsonpos_free(JsonPosMap *m);
/* Byte offset of the node's value (its first character); false when unknown. */
bool jsonpos_value(const JsonPosMap *m, const cJSON *node, size_t *offset);
/* Byte offset of the member's key (its opening quote); falls back to the value offset. */
bool jsonpos_key(const JsonPosMap *m, const cJSON *node, size_t *offset);

#endif
