/* helpers.h — helpers shared by the unit tests. */
#ifndef BYLINE_TEST_HELPERS_H
#define BYLINE_TEST_HELPERS_H
#include <stddef.h>

/* Reads a whole file (malloc'd, NUL-terminated; caller frees); NULL on failure. */
char *tu_read_file(const char *path, size_t *len);
/* BYLINE_SOURCE_DIR "/" rel, in a static buffer. */
const char *tu_source_path(const char *rel);
/* Loads and checks the pack at BYLINE_SOURCE_DIR "/" rel (diagnostics name rel); NULL when it
 * does not load. Free with pack_free. */
struct Pack *tu_load_pack(const char *rel);
/* Writes text to a fresh temporary file; returns its path (static buffer). */
const char *tu_write_temp(const char *text, size_t len);

#endif
