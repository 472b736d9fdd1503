/* draft.h — a draft quiz pack made from an article's annotations (annotate.h): speaker questions
 * for attributed quotes, claim questions for reported statements, timeline questions for dated
 * sentences, each with its evidence passage and an explanation. The teacher reviews and edits it.
 *
 * The draft is checked with the pack loader before it is returned; a question the checker would
 * reject is left out (and counted), so a draft always passes `byline check`. */
#ifndef BYLINE_DRAFT_H
#define BYLINE_DRAFT_H
#include "annotate.h"
#include <stdbool.h>
#include <stddef.h>

typedef struct DraftOptions {
    const char *date;      /* "YYYY-MM-DD" or NULL: the article's leading date token */
    const char *title;     /* article headline, or NULL: the first sentence, shortened */
    const char *outlet;    /* or NULL: "Unknown outlet" */
    const char *source;    /* the article's file name, for the pack description */
    AnnConfidence min_confidence; /* the least sure attribution that may become an answer key;
                                     ANN_CONF_NONE means the default, ANN_CONF_MEDIUM */
    bool cite;             /* mark speaker and claim questions "cite": the drafted passage is
                              their evidence, so the student can be asked for it too */
} DraftOptions;

typedef struct DraftReport {
    size_t questions;      /* questions in the draft */
    size_t dropped;        /* candidates left out because the checker rejected them */
    size_t speaker, claim, timeline; /* questions about one article, by kind */
    size_t unsure;         /* attributed quotes left out: annotate was less sure than asked */
    size_t compare;        /* comparison questions (tag "compare"; several articles only) */
    size_t cited;          /* questions marked "cite" (the cite argument / DraftOptions.cite) */
} DraftReport;

/* One article of a draft made from several (draft_pack_articles). */
typedef struct DraftArticle {
    const char *text; /* the whole file */
    size_t len;
    const char *date;   /* "YYYY-MM-DD" or NULL: the file's leading date token */
    const char *title;  /* or NULL: the first sentence, shortened */
    const char *outlet; /* or NULL: "Unknown outlet" for one article; for several, the file's
                           name without its extension, so that the outlets differ */
    const char *source; /* the file's name (or path: only its last component is used) */
} DraftArticle;

/* Most articles in one draft: a pack's limit. */
#define DRAFT_MAX_ARTICLES 8

/* Builds the draft pack from article text[0..len) as pretty-printed JSON (malloc'd, caller
 * frees). Returns NULL with a message in err when the text cannot be annotated or gives no
 * question at all. */
char *draft_pack(const char *text, size_t len, const DraftOptions *opt, DraftReport *report,
                 char *err, size_t errlen);

/* The same from n (1..DRAFT_MAX_ARTICLES) articles about one event: each article's own
 * questions, and for two or more, comparison questions (who each quotes, words only one prints,
 * a claim one states as fact and another attributes, dates and numbers that differ), every one
 * tagged "compare" with evidence labelled by article. People who appear in several articles are
 * one person of the pack. With n == 1 the result is exactly draft_pack's. On failure, *which (may
 * be NULL) is the index of the article at fault, or -1 when the fault is not one article's.
 * `cite` marks the articles' own speaker and claim questions "cite" (not comparison questions:
 * their evidence is in several articles, and one sentence cannot show it). */
char *draft_pack_articles(const DraftArticle *arts, size_t n, AnnConfidence min_confidence, bool cite,
                          DraftReport *report, int *which, char *err, size_t errlen);

#endif
