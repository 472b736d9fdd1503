/* draft_internal.h — shared by draft.c (the pack frame and checking) and draft_questions.c (the
 * question generators). Not for use outside the draft module. */
#ifndef BYLINE_DRAFT_INTERNAL_H
#define BYLINE_DRAFT_INTERNAL_H
#include "annotate.h"
#include "text.h"
#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

/* Most questions of each sort in one draft: enough to choose from, few enough to review. */
#define DRAFT_MAX_QUOTE_Q 6
#define DRAFT_MAX_ROLE_Q 3
#define DRAFT_MAX_CLAIM_Q 4
#define DRAFT_MAX_DATE_Q 3

typedef struct DraftCtx {
    const char *text; /* the whole file */
    size_t len;
    Annotation *ann;
    TextSpan *sentences; /* of the body, as offsets in text */
    size_t n_sentences;
    char **person_ids;   /* pack id of each annotated person */
    cJSON *questions, *events;
    int next_id;
    AnnConfidence min_confidence; /* answer keys come only from attributions this sure */
    size_t unsure;                /* quotes skipped for that reason */
} DraftCtx;

const TextSpan *draft_sentence_at(const DraftCtx *c, size_t offset);
cJSON *draft_sentence_passage(const DraftCtx *c, size_t offset);
/* At most `words` words of s[0..n), with "…" when cut, into out. */
void draft_snippet(const char *s, size_t n, int words, char *out, size_t size);
char *strdup_or_null(const char *s);

void draft_speaker_questions(DraftCtx *c);
void draft_claim_questions(DraftCtx *c);
void draft_timeline_questions(DraftCtx *c);

#endif
