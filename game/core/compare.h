/* compare.h — how two or more articles about one event differ: who each quotes, which quoted
 * words only one prints, what one states as fact and another attributes, dates of the same event
 * that disagree, and numbers that differ. Used by `byline annotate A B …` (the "compare" section)
 * and by `byline draft A B …` (comparison questions).
 *
 * Everything reported is meant to be certain enough to become an answer key: where the texts
 * leave room for doubt (a person named but not quoted, words that appear in part, two sentences
 * that might tell different events), the item is left out rather than guessed. The rules and
 * their limits are in docs/annotate.md ("Comparing articles"). */
#ifndef BYLINE_COMPARE_H
#define BYLINE_COMPARE_H
#include "annotate.h"
#include <stdbool.h>
#include <stddef.h>

/* As many articles as a pack holds (PACK_MAX_ARTICLES). */
#define COMPARE_MAX_ARTICLES 8

/* One annotated article: the whole file and its annotation (annotate_text of that file). */
typedef struct CompareArticle {
    const char *text;
    size_t len;
    const Annotation *ann;
} CompareArticle;

/* A person (or organisation) matched across the articles by name: the same surname and no
 * conflicting given name ("Teresa Okafor", "Okafor"), titles already left out by annotate. */
typedef struct ComparePerson {
    const char *name;                     /* the fullest form any article gives */
    AnnKind kind;
    int person[COMPARE_MAX_ARTICLES];     /* index into that article's people, or -1 */
    int quote[COMPARE_MAX_ARTICLES];      /* the first quotation the article surely attributes to
                                             them (confidence >= the minimum asked), or -1 */
    bool mentioned[COMPARE_MAX_ARTICLES]; /* the surname (or the name) is a word of the article,
                                             in any case: false means surely never named there */
} ComparePerson;

/* Quoted words (one part of a quotation, 4 words or more) and where else they appear. */
typedef struct CompareWords {
    int person;                      /* index into Comparison.people */
    size_t article, quote, part;     /* where they come from */
    bool in[COMPARE_MAX_ARTICLES];   /* the article prints them as the same person's words (true
                                        for `article` itself); false means surely absent: not even
                                        4 words in a row of them appear there */
} CompareWords;

/* A statement article `claim_article` attributes (its claim `claim`), that article
 * `fact_article` states in its own voice in the sentence `fact`. */
typedef struct CompareClaim {
    size_t claim_article, claim;
    size_t fact_article;
    AnnSpan fact;
} CompareClaim;

/* One event given different dates: sentences that tell it in nearly the same words, each with
 * one full date, and the dates differ. */
typedef struct CompareDate {
    size_t article[2];
    size_t date[2]; /* indices into each article's dates */
} CompareDate;

/* A count of the same thing that differs: "4,200 households" and "6,000 households". */
typedef struct CompareNumber {
    char noun[32]; /* "households" */
    size_t article[2];
    AnnSpan number[2]; /* the digits as written ("4,200"), in each article */
} CompareNumber;

typedef struct Comparison {
    size_t n_articles;
    ComparePerson *people;
    size_t n_people;
    CompareWords *words;
    size_t n_words;
    CompareClaim *claims;
    size_t n_claims;
    CompareDate *dates;
    size_t n_dates;
    CompareNumber *numbers;
    size_t n_numbers;
} Comparison;

/* Compares n (2..COMPARE_MAX_ARTICLES) annotated articles. min_confidence is the least sure
 * attribution that counts as "quoted" (ANN_CONF_NONE: ANN_CONF_MEDIUM). Returns NULL when out
 * of memory or n is out of range. Free with comparison_free. The result points into the
 * annotations, which must outlive it. */
Comparison *compare_articles(const CompareArticle *arts, size_t n, AnnConfidence min_confidence);
/* NULL is allowed. */
void comparison_free(Comparison *c);

/* The comparison as a JSON object (docs/annotate.md), malloc'd; `names` are the articles' file
 * names. pretty indents it as the value of a key of the root object. NULL when out of memory. */
char *comparison_to_json(const Comparison *c, const CompareArticle *arts, const char *const *names,
                         bool pretty);

/* The whole output of `byline annotate A B …`: {"articles": [{"file": name, …each annotation's
 * fields…}, …], "compare": comparison_to_json}. malloc'd; NULL when out of memory. */
char *compare_report_json(const CompareArticle *arts, const char *const *names, size_t n,
                          const Comparison *c, bool pretty);

#endif
