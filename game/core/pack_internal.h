/* pack_internal.h — shared by the pack loader's files (pack_load.c, pack_fields.c, pack_read.c,
 * pack_evidence.c, pack_check.c). Not for use outside the loader. */
#ifndef BYLINE_PACK_INTERNAL_H
#define BYLINE_PACK_INTERNAL_H
#include "arena.h"
#include "jsonpos.h"
#include "pack.h"
#include "text.h"
#include "limits.h"
#include <cjson/cJSON.h>

#define PATH_MAX_LEN 160

typedef struct Loader {
    const char *buf;       /* the file's bytes */
    size_t len;
    const cJSON *root;
    JsonPosMap *pos;       /* built on the first diagnostic that needs a position */
    Diagnostics *diags;
    Arena *arena;
    Pack *pack;
    NormText norm[PACK_MAX_ARTICLES]; /* each article body with quotes and spaces normalised */
    struct GramIndex *grams[PACK_MAX_ARTICLES]; /* search index of each, built when worth it */
    unsigned searches[PACK_MAX_ARTICLES];
    /* the last diagnostic position found: the next one (usually further on) counts lines from
     * there, not from the start of a 16 MiB file */
    size_t lc_off, lc_line_start;
    int lc_line;
    bool oom;
} Loader;

/* A JSON path such as "questions[3].evidence[0]", kept as a chain of stack frames and only
 * formatted when a diagnostic needs it: building paths costs nothing on a valid pack. A child
 * points at its parent, so it must not outlive it (paths live in the reader's call stack). */
typedef struct JPath {
    const struct JPath *parent; /* NULL for the root */
    const char *key;            /* member name, or NULL for an array index */
    size_t index;
} JPath;
JPath jpath_key(const JPath *parent, const char *key);
JPath jpath_index(const JPath *parent, size_t i);
JPath jpath_root(void);
/* Writes the path ("$" for the root) into buf. */
void jpath_format(const JPath *p, char *buf, size_t size);

/* Diagnostics at a node's value (or key, for unknown-key warnings). */
void ld_error(Loader *L, const cJSON *node, const JPath *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void ld_warning(Loader *L, const cJSON *node, const JPath *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void ld_error_at_key(Loader *L, const cJSON *node, const JPath *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Field readers. Each reports a missing (when required) or ill-typed field and returns a
 * default. Strings are copied into the arena. */
const char *ld_text(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool required);
const char *ld_id(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool required);
bool ld_int(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool required,
            int min, int max, int *out);
bool ld_bool(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool required,
             bool *out);
/* The array member `key`, checked for min..max items; NULL when absent or wrong. */
const cJSON *ld_array(Loader *L, const cJSON *obj, const JPath *path, const char *key,
                      bool required, int min, int max);
/* An enum member: returns the index in names[], or -1 (reported). */
int ld_enum(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool required,
            const char *const *names);
/* A string that must be a text (non-empty, within limits); copied into the arena. */
const char *ld_text_value(Loader *L, const cJSON *node, const JPath *path);
/* Warns about members not in `known` (NULL-terminated), with a "did you mean". Also reports
 * duplicate keys as errors. */
void ld_check_keys(Loader *L, const cJSON *obj, const JPath *path, const char *const *known);
/* Requires `node` to be an object; reports otherwise. */
bool ld_expect_object(Loader *L, const cJSON *node, const JPath *path, const char *what);
/* A list of texts (aliases, tags, choices, accept); NULL-free array in the arena. */
const char **ld_text_list(Loader *L, const cJSON *obj, const JPath *path, const char *key,
                          bool required, int min, int max, size_t *count);

/* pack_read.c: the JSON tree to the model (structure and types only). */
void pack_read(Loader *L, const cJSON *root);
/* pack_evidence.c: finds one passage in the pack's articles. `node` is the passage's JSON. */
bool pack_locate_passage(Loader *L, const cJSON *node, const JPath *path, Passage *out);
/* pack_evidence.c: builds each article's body, paragraph offsets and sentences. */
void pack_build_bodies(Loader *L);
/* pack_evidence.c: frees a search index (NULL is fine). */
void pack_gram_index_free(struct GramIndex *g);
/* pack_cite.c: the pack-level "cite" and "cite_share" (read before the questions) … */
void pack_read_cite_defaults(Loader *L, const cJSON *root);
/* … and a question's, resolved against the pack's default (after its evidence is read). */
void pack_read_question_cite(Loader *L, const cJSON *n, const JPath *path, Question *q);
/* pack_check.c: cross-checks between questions, people, events and articles. */
void pack_cross_check(Loader *L, const cJSON *root);

#endif
