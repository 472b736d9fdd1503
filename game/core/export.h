/* export.h — a loaded pack as Moodle GIFT, Moodle XML or QTI 2.1, so it can run in a learning
 * management system (Moodle, Canvas, Blackboard). What each format carries and loses is in
 * docs/export.md.
 *
 * An export is a list of files in memory (GIFT and Moodle XML: one; QTI: one assessmentItem per
 * question, an assessmentTest and imsmanifest.xml) plus warnings naming every question that the
 * target cannot express as it is in Byline (converted or skipped: never dropped silently).
 * export_result_free releases everything in an ExportResult. */
#ifndef BYLINE_EXPORT_H
#define BYLINE_EXPORT_H
#include "pack.h"
#include <stdbool.h>
#include <stddef.h>

typedef enum { EXPORT_GIFT, EXPORT_MOODLE_XML, EXPORT_QTI, EXPORT_FORMAT_COUNT } ExportFormat;

/* Evidence questions become multiple choice over the article's sentences in GIFT and Moodle XML;
 * an article with more sentences than this makes an unusable question, so it is skipped. */
#define EXPORT_MAX_SENTENCE_CHOICES 60

/* One exported file at most: a pack near every limit (10,000 questions, each QTI item with its
 * article) could otherwise ask for more memory than a school computer has. */
#define EXPORT_MAX_FILE_BYTES (256u * 1024u * 1024u)

/* A growable byte buffer, always NUL-terminated when data is not NULL. After an allocation
 * failure, or when it would pass EXPORT_MAX_FILE_BYTES, `oom` is set and further appends do
 * nothing. Release with exbuf_free. */
typedef struct ExBuf {
    char *data;
    size_t len, cap;
    bool oom;
} ExBuf;

/* A list of messages, each malloc'd; owned by the list. */
typedef struct ExportWarnings {
    char **items;
    size_t count, cap;
} ExportWarnings;

typedef struct ExportFile {
    char *name; /* a plain file name (no directories), e.g. "q0001-who.xml" */
    ExBuf content;
} ExportFile;

typedef struct ExportResult {
    ExportFile *files;
    size_t n_files;
    ExportWarnings warnings;
} ExportResult;

/* "gift", "moodle-xml" (also "moodle", "xml") or "qti"; returns false when unknown. */
bool export_format_parse(const char *name, ExportFormat *out);
const char *export_format_name(ExportFormat f);

/* Exports pack p into *out (which the caller frees with export_result_free, also on failure).
 * Returns false only when out of memory. */
bool export_pack(const Pack *p, ExportFormat f, ExportResult *out);
void export_result_free(ExportResult *r);

/* The format-specific exporters behind export_pack; each appends its files to `out`. */
bool export_gift(const Pack *p, ExportResult *out);
bool export_moodle_xml(const Pack *p, ExportResult *out);
bool export_qti(const Pack *p, ExportResult *out);

/* The files of r as one ZIP archive (stored, not compressed), for LMS importers that want a
 * package (Canvas, Blackboard). Returns false when out of memory or too large for ZIP (4 GiB). */
bool export_zip(const ExportResult *r, ExBuf *zip);

void exbuf_free(ExBuf *b);
void export_warnings_free(ExportWarnings *w);
/* Adds a formatted message; returns false when out of memory. */
bool export_warn(ExportWarnings *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
