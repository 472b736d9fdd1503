/* answer_cite.c — the evidence step of two-part "cite" items (docs/scoring.md, "Citing the
 * evidence").
 *
 * After answering, the student picks the sentence of the article that proves the answer; it is
 * picked and graded exactly like the sentence of an `evidence` question (right when it overlaps
 * one of the question's evidence passages). The two parts are then added up with the pack's
 * split, and told apart afterwards, so results can show who was right for the wrong reason. */
#include "answer_internal.h"

bool answer_cite_picked(const Answer *a)
{
    return a->cite_article >= 0 && a->cite_sentence >= 0;
}

bool answer_cite_sentence(Answer *a, const Pack *p, int article, int sentence)
{
    const TextSpan *s = answer_sentence_of(p, article, sentence);
    if (!s) return false;
    a->cite_article = article;
    a->cite_sentence = sentence;
    a->cite_start = s->start;
    a->cite_end = s->end;
    return true;
}

bool answer_cite_fits(const Pack *p, const Answer *a)
{
    bool no_span = a->cite_start == 0 && a->cite_end == 0;
    if (a->cite_article < 0 && a->cite_sentence < 0) return no_span;
    const TextSpan *s = answer_sentence_of(p, a->cite_article, a->cite_sentence);
    return s && (no_span || (s->start == a->cite_start && s->end == a->cite_end));
}

/* The cited span overlaps one of q's evidence passages (graded by span, as evidence answers are:
 * a Question does not know its pack's sentences). */
static bool cite_hit(const Question *q, const Answer *a)
{
    if (!answer_cite_picked(a) || a->cite_start >= a->cite_end) return false;
    for (size_t i = 0; i < q->n_evidence; i++) {
        const Passage *p = &q->evidence[i];
        if (p->article == a->cite_article && p->start < a->cite_end && a->cite_start < p->end)
            return true;
    }
    return false;
}

void answer_cite_grade(const Question *q, const Answer *a, Grade *g)
{
    double share = q->cite_share > 0.0 && q->cite_share < 1.0 ? q->cite_share : 0.5;
    g->cited = true;
    g->evidence_correct = cite_hit(q, a);
    g->fraction = (1.0 - share) * g->answer_fraction + (g->evidence_correct ? share : 0.0);
    g->correct = g->answer_correct && g->evidence_correct;
    /* "Correct" means fully right, never a rounding accident of adding the two shares. */
    if (g->correct) g->fraction = 1.0;
}

CiteOutcome answer_cite_outcome(const Grade *g)
{
    if (!g->cited) return CITE_NONE;
    if (g->answer_correct) return g->evidence_correct ? CITE_BOTH_RIGHT : CITE_GUESS;
    return g->evidence_correct ? CITE_MISREAD : CITE_BOTH_WRONG;
}

const char *answer_cite_outcome_name(CiteOutcome o)
{
    switch (o) {
    case CITE_BOTH_RIGHT: return "both right";
    case CITE_GUESS: return "guess";
    case CITE_MISREAD: return "misread";
    case CITE_BOTH_WRONG: return "both wrong";
    default: return "";
    }
}

void answer_describe_cite(const Pack *p, const Answer *a, char *buf, size_t size)
{
    Out o = answer_out_begin(buf, size);
    const TextSpan *s = answer_sentence_of(p, a->cite_article, a->cite_sentence);
    if (!s || s->end > p->articles[a->cite_article].body_len || s->start >= s->end) {
        answer_out_str(&o, "(no sentence)");
        return;
    }
    answer_out_put(&o, p->articles[a->cite_article].body + s->start, s->end - s->start);
}
