/* import_gift_internal.h — shared by the files of the GIFT import: import_gift.c (lines, items
 * and the entry point), import_gift_scan.c (the lexer: spans, escapes, format markers and the
 * answers of an answer block) and import_gift_map.c (answers mapped to Byline's question
 * formats). Not for use outside them. */
#ifndef BYLINE_IMPORT_GIFT_INTERNAL_H
#define BYLINE_IMPORT_GIFT_INTERNAL_H
#include "import_internal.h"
#include <stdbool.h>
#include <stddef.h>

typedef struct Answer {
    char marker;     /* '=' or '~' */
    bool has_weight;
    double weight;   /* percent */
    Span text;       /* without weight and feedback */
    Span right;      /* matching: the part after "->" */
    bool match;
} Answer;

typedef struct Item {
    int line;
    Span id;                    /* [id:…] from a comment; n == 0 when none */
    Span tags[PACK_MAX_TAGS];
    size_t n_tags;
    ExBuf text;                 /* the item's lines, comments left out */
} Item;

typedef struct Reader {
    ImportPack pack;
    Item item;
    bool sentence_note;         /* the stem says "Choose the sentence of the article…" */
    bool full;                  /* PACK_MAX_QUESTIONS reached */
} Reader;

/* --- the lexer (import_gift_scan.c) ---------------------------------------------------------- */

/* s without leading and trailing spaces, tabs and line breaks. */
Span gift_trim(Span s);
/* s[from, to), clamped to s. */
Span gift_sub(Span s, size_t from, size_t to);
bool gift_starts_with(Span s, const char *p);
/* Offset of the first unescaped occurrence of `what` at or after `from`, or s.n. */
size_t gift_find_unescaped(Span s, size_t from, const char *what);
/* Offset of the first unescaped = or ~ at or after `from`, or s.n. */
size_t gift_find_marker(Span s, size_t from);
/* "[html]" and friends at the start of s: removes it, and says whether the text is HTML. */
bool gift_take_format(Span *s, bool inherited);
/* The answers of an answer block (malloc'd, *count of them); NULL when out of memory. Text
 * before the first = or ~ is an answer too, marked `lead`. */
Answer *gift_parse_answers(Reader *r, Span s, char lead, size_t *count);

/* --- mapping to Byline's formats (import_gift_map.c) ----------------------------------------- */

/* Unescapes a span and reads it into blocks. */
void gift_span_blocks(Reader *r, Span s, bool html, TextBlocks *out);
/* The blocks of s joined by spaces, less Byline's own labels (malloc'd; "" when empty). */
char *gift_span_text(Reader *r, Span s, bool html);
/* Appends text (taken, freed) to arr as a string. */
void gift_append_text(Reader *r, cJSON *arr, char *text);
/* A question object with id, kind, format and prompt (taken, freed); NULL when out of memory. */
cJSON *gift_new_question(Reader *r, const char *id, const char *kind, const char *format,
                         char *prompt);
/* Fills q's format, choices and answer from the answer block s (feedback removed): multiple
 * choice, multiple answers, true/false, short answer, numerical, matching as order. False when
 * the question is skipped (a warning says why). */
bool gift_fill_answers(Reader *r, cJSON *q, Span s, bool html);

#endif
