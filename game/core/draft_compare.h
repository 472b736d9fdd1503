/* draft_compare.h — shared by draft.c and draft_compare.c (the comparison questions of a draft
 * made from several articles). Not for use outside the draft module. */
#ifndef BYLINE_DRAFT_COMPARE_H
#define BYLINE_DRAFT_COMPARE_H
#include "compare.h"
#include "draft_internal.h"

/* Most comparison questions of each sort per pair of articles ("Who is quoted in A but not in
 * B?" is asked once each way). */
#define DRAFT_MAX_WHICH_QUOTES_Q 4
#define DRAFT_MAX_WORDS_Q 2
#define DRAFT_MAX_FACT_Q 2
#define DRAFT_MAX_DATES_Q 2
#define DRAFT_MAX_NUMBERS_Q 2

typedef struct DraftSet {
    DraftCtx *ctx;              /* one per article */
    size_t n;
    const char *const *ids;     /* each article's id in the pack */
    const char *const *outlets; /* each article's outlet, as the pack gives it */
    const Comparison *cmp;
    char **people_ids;          /* the pack id of each person of cmp */
    cJSON *questions;
    int next_id;
} DraftSet;

/* Adds the comparison questions of every pair of articles to s->questions. */
void draft_compare_questions(DraftSet *s);

/* A passage labelled with its article: {"quote": the sentence holding offset, "article": id};
 * NULL when offset is in no sentence. */
cJSON *draft_article_passage(const DraftCtx *c, const char *article_id, size_t offset);

#endif
