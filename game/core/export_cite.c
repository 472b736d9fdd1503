/* export_cite.c — pieces shared by the exporters for two-part "cite" questions (docs/export.md).
 *
 * No target has Byline's second step, so a cite question is written as the answer question
 * followed by its evidence part ("Which sentence of the article shows it?", multiple choice over
 * the article's sentences, as evidence questions are exported), or, in QTI, as one item with a
 * second interaction. The points are split as the pack says where the target has points. */
#include "export_internal.h"
#include <string.h>

bool export_sentences_fit(const Pack *p, const Question *q)
{
    int ai = export_question_article(p, q);
    const Article *a = &p->articles[ai];
    size_t right = export_evidence_correct(q, ai, a);
    return a->n_sentences >= 2 && a->n_sentences <= EXPORT_MAX_SENTENCE_CHOICES && right >= 1 &&
           right < a->n_sentences;
}

double export_part_points(const Question *q, bool evidence)
{
    if (!q->cite) return evidence ? 0.0 : q->points;
    double share = q->cite_share > 0.0 && q->cite_share < 1.0 ? q->cite_share : 0.5;
    return q->points * (evidence ? share : 1.0 - share);
}

void export_cite_stem_html(ExBuf *b, const Pack *p, const Question *q)
{
    export_about_html(b, p, q);
    exbuf_puts(b, "<p>" EXPORT_CITE_PROMPT "</p><p class=\"" EXPORT_CITE_CLASS "\"><em>The "
                  "evidence for the question before: ");
    exbuf_html(b, q->prompt, strlen(q->prompt));
    exbuf_puts(b, "</em></p>");
}
