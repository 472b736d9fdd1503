/* draft.h — a draft quiz pack made from an article's annotations (annotate.h): speaker questions
 * for attributed quotes, claim questions for reported statements, timeline questions for dated
 * sentences, each with its evidence passage and an explanation. The teacher reviews and edits it.
 *
 * The draft is checked with the pack loader before it is returned; a question the checker would
 * reject is left out (and counted), so a draft always passes `byline check`. */
#ifndef BYLINE_DRAFT_H
#define BYLINE_DRAFT_H
#include "annotate.h"
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
    size_t speaker, claim, timeline;
    size_t unsure;         /* attributed quotes left out: annotate was less sure than asked */
    size_t cited;          /* questions marked "cite" (DraftOptions.cite) */
} DraftReport;

/* Builds the draft pack from article text[0..len) as pretty-printed JSON (malloc'd, caller
 * frees). Returns NULL with a message in err when the text cannot be annotated or gives no
 * question at all. */
char *draft_pack(const char *text, size_t len, const DraftOptions *opt, DraftReport *report,
                 char *err, size_t errlen);

#endif
