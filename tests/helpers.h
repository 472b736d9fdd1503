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


/* ---- `byline annotate` (game/core/annotate.h) ---- */
struct Annotation;
struct AnnQuote;
/* Annotates the article at BYLINE_SOURCE_DIR "/" rel (date_override as in annotate_text); NULL
 * when it cannot be read or annotated. The caller frees it with annotation_free. */
struct Annotation *tu_annotate_file(const char *rel, const char *date_override);
/* The first quotation whose text contains needle, or NULL. */
const struct AnnQuote *tu_quote_with(const struct Annotation *a, const char *needle);
/* Its speaker's name; "(nobody)" without one, "(no such quotation)" without a quotation. */
const char *tu_speaker_of(const struct Annotation *a, const char *needle);
/* The index of the person with that name, or -1. */
int tu_person(const struct Annotation *a, const char *name);
/* The value (YYYY-MM-DD, in a static buffer) of the date whose text is `text`, or NULL. */
const char *tu_date_value(const struct Annotation *a, const char *text);

#endif
