/* compare_internal.h — shared by compare.c (words, people, quotations) and compare_facts.c
 * (claims, dates, numbers). Not for use outside the compare module. */
#ifndef BYLINE_COMPARE_INTERNAL_H
#define BYLINE_COMPARE_INTERNAL_H
#include "compare.h"
#include "text.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Each article contributes at most this many quotations, claims and dates to the comparison,
 * and a sentence longer than CMP_MAX_SENTENCE_WORDS is not compared: the work stays small on
 * a hostile text (a 4 MiB sentence, thousands of quote marks). Real articles are far below. */
#define CMP_MAX_ITEMS 64
#define CMP_MAX_SENTENCE_WORDS 200
/* Quoted words shorter than this are a phrase two outlets may share by chance. */
#define CMP_MIN_QUOTE_WORDS 4

/* A word of an article: letters and digits, apostrophes dropped ("don’t" → "dont"; a possessive
 * "’s" goes with its apostrophe: "city’s" → "city"), ASCII lower-cased. exact hashes the word; stem hashes it without a plural "s". */
typedef struct CmpWord {
    size_t start, end;
    uint32_t exact, stem;
    bool stop;  /* a function word or a speech verb: carries no content */
    bool datey; /* a weekday, month, number, "yesterday": the date, not the event */
    bool speech; /* said, says, according, told, reported …: an attribution */
} CmpWord;

/* One article's words and sentences (both over its body, as offsets in the file). */
typedef struct CmpText {
    const CompareArticle *art;
    CmpWord *w;
    size_t n;
    TextSpan *sent;
    size_t n_sent;
} CmpText;

bool cmp_text_init(CmpText *t, const CompareArticle *art);
void cmp_text_free(CmpText *t);
/* Index of the first word starting at or after offset (n when none). */
size_t cmp_word_from(const CmpText *t, size_t offset);
/* The sentence holding offset, or NULL. */
const TextSpan *cmp_sentence_at(const CmpText *t, size_t offset);
uint32_t cmp_hash(const char *s, size_t n);

/* Appends to a growing array (*arr of *n items of `size` bytes); false when out of memory. */
bool cmp_push(void **arr, size_t *n, size_t size, const void *item);

bool cmp_claims(Comparison *c, const CmpText *t);
bool cmp_dates(Comparison *c, const CmpText *t);
bool cmp_numbers(Comparison *c, const CmpText *t);

#endif
