/* import_internal.h — shared by the GIFT importer's files (import_gift.c, import_text.c,
 * import_pack.c). Not for use elsewhere. */
#ifndef BYLINE_IMPORT_INTERNAL_H
#define BYLINE_IMPORT_INTERNAL_H
#include "export_internal.h"
#include "import_gift.h"
#include <cjson/cJSON.h>

/* A piece of the input: s[0..n), not NUL-terminated. */
typedef struct Span {
    const char *s;
    size_t n;
} Span;

/* --- text (import_text.c) ------------------------------------------------------------------- */

/* A block of text from HTML: a paragraph, heading or list item, tags dropped, entities decoded,
 * white space collapsed. `cls` is the class of the nearest enclosing element that has one. */
typedef struct TextBlock {
    char *text;
    char cls[32];
    bool heading, quote; /* inside h1..h6; inside a blockquote */
} TextBlock;
typedef struct TextBlocks {
    TextBlock *items;
    size_t count, cap;
    bool oom;
} TextBlocks;

/* GIFT escapes undone: \~ \= \# \{ \} \: \\ become the character, \n a line break; any other
 * backslash stays. Returns a malloc'd string (NULL when out of memory). */
char *import_unescape(Span s);
/* `html` true: splits s into blocks (see TextBlock). false: one block of plain text. Blocks that
 * are empty after cleaning are dropped. */
void import_text_blocks(const char *s, size_t n, bool html, TextBlocks *out);
void import_blocks_free(TextBlocks *b);
/* Makes s valid UTF-8 (bad bytes dropped), control characters spaces, runs of white space
 * one space, and trims it. In place: the result is never longer. */
void import_clean(char *s);
/* An id from free text: [A-Za-z0-9._-], other runs as one '-', at most PACK_MAX_ID_CHARS;
 * "" when nothing is left. Writes into buf (size > PACK_MAX_ID_CHARS). */
void import_slug(const char *s, char *buf, size_t size);

/* --- the pack being built (import_pack.c) ---------------------------------------------------- */

typedef struct ImportPack {
    cJSON *root, *articles, *events, *questions;
    ExportWarnings *warnings;
    bool has_article;
    char category[128];
    size_t n_questions;
    bool oom;
} ImportPack;

bool import_pack_init(ImportPack *ip, ExportWarnings *w);
/* Adds an article from a description item's blocks: a heading is the headline, Byline's date
 * line and attribution are read back, the other blocks are paragraphs. `headline` (may be NULL)
 * is used when there is no heading. */
void import_pack_article(ImportPack *ip, const TextBlocks *b, const char *headline, int line);
/* A unique question id: `wanted` when free (made unique with -2, -3…), else q<N>. */
void import_pack_question_id(ImportPack *ip, const char *wanted, char *buf, size_t size);
/* Adds explanation and evidence from the general feedback (NULL when none), with TODOs when
 * missing, and the tags (may be NULL), then appends q. Takes ownership of q and tags. */
void import_pack_add(ImportPack *ip, cJSON *q, const TextBlocks *feedback, cJSON *tags);
/* Marks the last question added "cite": true (its evidence part came next); false when there is
 * no question yet, or the last one is an evidence question (which cannot cite). */
bool import_pack_cite_last(ImportPack *ip);
/* Adds an event (text, TODO date) and returns its id in buf. */
void import_pack_event(ImportPack *ip, const char *qid, size_t k, const char *text, char *buf,
                       size_t size);
/* The finished JSON text (malloc'd) with placeholders for what is missing; frees the builder. */
char *import_pack_finish(ImportPack *ip, const char *source);
void import_pack_free(ImportPack *ip);

/* --- warnings ---------------------------------------------------------------------------------- */
#define import_warn(ip, line, ...)                                                          \
    do {                                                                                    \
        char msg_[512];                                                                     \
        snprintf(msg_, sizeof msg_, __VA_ARGS__);                                           \
        if (!export_warn((ip)->warnings, "line %d: %s", (line), msg_)) (ip)->oom = true;    \
    } while (0)

#endif
