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
 * its first CMP_MAX_PEOPLE people and CMP_MAX_SENTENCES sentences are compared, and a sentence
 * or quoted passage longer than CMP_MAX_SENTENCE_WORDS is not: the work stays small on a hostile
 * text (a 4 MiB sentence, thousands of quote marks). Real articles are far below (the longest
 * PolNeAR article has 5,513 words, about 250 sentences). */
#define CMP_MAX_ITEMS 64
#define CMP_MAX_PEOPLE 256
#define CMP_MAX_SENTENCES 2000
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

/* A set of 32-bit hashes (open addressing; 0 is stored as 1). */
typedef struct CmpSet {
    uint32_t *slot;
    size_t mask;
} CmpSet;

/* One article's words and sentences (both over its body, as offsets in the file), with sets of
 * its words and of its runs of CMP_MIN_QUOTE_WORDS words, and each sentence's content words
 * (sorted stems; see cmp_content), so that every look-up is a probe, not a scan. */
typedef struct CmpText {
    const CompareArticle *art;
    CmpWord *w;
    size_t n;
    TextSpan *sent;
    size_t n_sent;
    CmpSet words, grams;
    uint32_t *content;    /* CMP_MAX_SENTENCE_WORDS per sentence */
    uint16_t *n_content;  /* per sentence; 0 for a sentence too long to compare */
    size_t n_compared;    /* sentences with content: min(n_sent, CMP_MAX_SENTENCES) */
} CmpText;

bool cmp_text_init(CmpText *t, const CompareArticle *art);
bool cmp_set_has(const CmpSet *s, uint32_t h);
/* The hash of the run of CMP_MIN_QUOTE_WORDS words starting at w. */
uint32_t cmp_gram(const CmpWord *w);
/* The distinct content stems (not function words, speech verbs or date words) of words [a, b),
 * sorted, at most CMP_MAX_SENTENCE_WORDS, into out; returns the count. */
size_t cmp_content(const CmpText *t, size_t a, size_t b, uint32_t *out);
/* How many values two sorted lists share. */
size_t cmp_shared(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
void cmp_text_free(CmpText *t);
/* Index of the first word starting at or after offset (n when none). */
size_t cmp_word_from(const CmpText *t, size_t offset);
/* The sentence holding offset, or NULL. */
const TextSpan *cmp_sentence_at(const CmpText *t, size_t offset);
uint32_t cmp_hash(const char *s, size_t n);
/* For the tests: the word lists are sorted, as their binary search needs. */
bool cmp_lists_sorted(void);

/* Appends to a growing array (*arr of *n items of `size` bytes); false when out of memory. */
bool cmp_push(void **arr, size_t *n, size_t size, const void *item);

bool cmp_claims(Comparison *c, const CmpText *t);
bool cmp_dates(Comparison *c, const CmpText *t);
bool cmp_numbers(Comparison *c, const CmpText *t);

#endif
