/* text.h — UTF-8 and text utilities shared by the loader, scoring, analysis and the UI. */
#ifndef BYLINE_TEXT_H
#define BYLINE_TEXT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Validates UTF-8 (no overlongs, no surrogates, max U+10FFFF). Returns true when valid; otherwise
 * *bad_offset is the byte offset of the first invalid sequence. */
bool text_utf8_valid(const char *s, size_t len, size_t *bad_offset);
/* Decodes one code point at s (len bytes available); returns its byte length (>= 1), and
 * U+FFFD for invalid input (consuming one byte). */
size_t text_utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Encodes cp into out (4 bytes room); returns the byte count. */
size_t text_utf8_encode(uint32_t cp, char *out);
/* Number of code points in s[0..len). */
size_t text_utf8_count(const char *s, size_t len);

/* Control characters — C0 (U+0000..U+001F), DEL and C1 (U+0080..U+009F) — make a terminal clear
 * the screen, retitle itself or beep instead of showing text. text_find_control returns the byte
 * offset of the first one in s[0..len) other than newline and tab (and the code point in *cp,
 * when cp is not NULL), or len when there is none. */
size_t text_find_control(const char *s, size_t len, uint32_t *cp);
/* s with every control character (newline and tab too) written as \xHH or \uHHHH, for one line
 * of a message to a terminal; into out (cap bytes, always NUL-terminated, cut to fit). Returns
 * out. Invalid UTF-8 is copied as it is. */
const char *text_escape_controls(const char *s, char *out, size_t cap);

/* Line and column (1-based; columns count code points) of byte offset `off` in buf. */
void text_line_col(const char *buf, size_t len, size_t off, int *line, int *col);

/* Quotation matching: a normalised copy of a text in which typographic quotes become straight
 * ones and every run of white space becomes one space; map[i] is the byte offset in the original
 * of normalised byte i (map[len] is the original length). */
typedef struct NormText {
    char *text;
    size_t len;
    size_t *map;
} NormText;
/* Returns false when out of memory. Release with text_norm_free. */
bool text_norm_quotes(const char *s, size_t len, NormText *out);
void text_norm_free(NormText *n);

/* Typed answers: lower-case, fold accented Latin letters (Latin-1 Supplement and Latin
 * Extended-A) to their base letters (ß → ss, æ → ae, œ → oe, þ → th), drop apostrophes of every
 * kind (' ’ ‘ ʼ ′ ` ´) and soft hyphens, turn other punctuation, hyphens and dashes (‐ ‑ ‒ – — −)
 * into word breaks, collapse spaces, trim. Returns a malloc'd string the caller frees, or NULL
 * when out of memory. */
char *text_fold_answer(const char *s);
/* The same into out (cap bytes, always NUL-terminated); returns the length, or cap when the
 * folded text did not fit. */
size_t text_fold_into(const char *s, char *out, size_t cap);
/* True when two typed answers are equal after text_fold_answer. */
bool text_answers_match(const char *typed, const char *accepted);

/* Scripts (`--script "a; b"`): the next command of text from *pos, trimmed, into out (cap bytes,
 * cut to fit); commands are separated by ';' or newlines, empty ones and '#' comments skipped.
 * Advances *pos; false at the end. */
bool text_next_command(const char *text, size_t *pos, char *out, size_t cap);

/* Numbers in script commands, bounded so that hostile scripts cannot overflow what is computed
 * from them. text_parse_longs reads exactly `n` decimal integers separated by spaces, each within
 * [min, max], into out; false (out partly written) for fewer, more, non-numbers or out-of-range
 * values. text_parse_double reads one finite number within [min, max]. */
bool text_parse_longs(const char *s, int n, long min, long max, long *out);
bool text_parse_double(const char *s, double min, double max, double *out);

/* Levenshtein distance of two short ASCII-ish strings, capped at `cap` (returns cap when larger). */
int text_edit_distance(const char *a, const char *b, int cap);

/* Sentences of a text, as byte ranges [start, end) with surrounding space trimmed. A sentence ends
 * at . ! ? (followed by closing quotes or brackets) before white space and an upper-case letter,
 * digit or opening quote, or at a paragraph break; common abbreviations (Mr., Sept., U.S.) and
 * initials do not end one. Returns the count; *out is malloc'd (caller frees), NULL when empty. */
typedef struct TextSpan {
    size_t start, end;
} TextSpan;
size_t text_sentences(const char *s, size_t len, TextSpan **out);

#endif
