/* diag.h — diagnostics: what is wrong with an input, and exactly where.
 * Every problem names the file, line:column (1-based, columns count characters) and the JSON path. */
#ifndef BYLINE_DIAG_H
#define BYLINE_DIAG_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { DIAG_ERROR, DIAG_WARNING } DiagSeverity;

typedef struct Diagnostic {
    DiagSeverity severity;
    int line, column;  /* 0 when unknown (e.g. an I/O error) */
    char *path;        /* JSON path such as "questions[3].answer", or "$" for the root */
    char *message;
} Diagnostic;

typedef struct Diagnostics {
    char *file;        /* the file name the diagnostics are about */
    Diagnostic *items;
    size_t count, cap;
    size_t errors, warnings;
    bool truncated;    /* PACK_MAX_DIAGNOSTICS reached; later ones were dropped */
} Diagnostics;

/* Initialise for one file. `file` is copied. Release with diag_free. */
void diag_init(Diagnostics *d, const char *file);
void diag_free(Diagnostics *d);
/* Adds one diagnostic; `path` and the formatted message are copied. */
void diag_add(Diagnostics *d, DiagSeverity sev, int line, int column, const char *path,
              const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* Sorts by position (stable), so output reads top to bottom. */
void diag_sort(Diagnostics *d);
/* One line each: FILE:LINE:COL: PATH: [warning: ]message */
void diag_print(const Diagnostics *d, FILE *out);
/* The same as a JSON array of objects (for `byline check --json`); `out` gets no trailing newline. */
void diag_print_json(const Diagnostics *d, FILE *out);

#endif
