/* session.c — one run through a list of questions; see session.h.
 *
 * Items move PENDING → ANSWERED or SKIPPED exactly once. The position only moves forward, and
 * session_next steps over items that are already done (restored from a saved attempt), so a
 * resumed session asks exactly the questions that were not answered yet. */
#include "session.h"
#include <stdlib.h>
#include <string.h>

struct Session {
    const Pack *pack;
    SessionItem *items;
    size_t n, pos;
};

/* The starting arrangement of an order question: seeded by the session seed and the question's
 * index (so a question's shuffle does not depend on where it is asked, and a resumed session
 * shows the same one). */
static void shuffle_order(const Question *q, int question, uint64_t seed, int *out)
{
    answer_shuffle_order(q, seed ^ ((uint64_t)question * 0xD1B54A32D192ED03ull), out);
}

static void item_init(SessionItem *it, const Pack *pack, int question, uint64_t seed)
{
    const Question *q = &pack->questions[question];
    memset(it, 0, sizeof *it);
    it->question = question;
    it->state = ITEM_PENDING;
    if (q->format == FORMAT_ORDER && q->n_order <= PACK_MAX_ORDER_EVENTS) {
        shuffle_order(q, question, seed, it->arrangement);
        answer_init(&it->answer, q, it->arrangement);
    } else {
        answer_init(&it->answer, q, NULL);
    }
}

Session *session_create(const Pack *pack, const int *questions, size_t n, uint64_t seed)
{
    if (!questions) n = pack->n_questions;
    if (n == 0) return NULL;
    for (size_t i = 0; questions && i < n; i++)
        if (questions[i] < 0 || (size_t)questions[i] >= pack->n_questions) return NULL;
    Session *s = calloc(1, sizeof *s);
    SessionItem *items = calloc(n, sizeof *items);
    if (!s || !items) goto fail;
    for (size_t i = 0; i < n; i++)
        item_init(&items[i], pack, questions ? questions[i] : (int)i, seed);
    s->pack = pack;
    s->items = items;
    s->n = n;
    return s;
fail:
    free(items);
    free(s);
    return NULL;
}

void session_free(Session *s)
{
    if (!s) return;
    free(s->items);
    free(s);
}

const Pack *session_pack(const Session *s) { return s->pack; }
size_t session_count(const Session *s) { return s->n; }
size_t session_position(const Session *s) { return s->pos; }
bool session_finished(const Session *s) { return s->pos >= s->n; }

const SessionItem *session_current(const Session *s)
{
    return s->pos < s->n ? &s->items[s->pos] : NULL;
}

const Question *session_question(const Session *s)
{
    return s->pos < s->n ? &s->pack->questions[s->items[s->pos].question] : NULL;
}

const SessionItem *session_item(const Session *s, size_t i)
{
    return i < s->n ? &s->items[i] : NULL;
}

/* Records a graded answer on an item; incomplete answers (a stored skip) record a skip. A cite
 * question restored with its answer but no cite pick (time ran out on the evidence step) is
 * answered: it keeps the answer part's points. */
static void item_record(SessionItem *it, const Question *q, const Answer *a, double seconds)
{
    it->answer = *a;
    it->seconds = seconds > 0 ? seconds : 0;
    it->grade = answer_grade(q, a);
    it->state = answer_first_part_complete(q, a) ? ITEM_ANSWERED : ITEM_SKIPPED;
    if (it->state == ITEM_SKIPPED) it->grade = (Grade){0};
}

/* Copies an answer from outside after checking it against the pack, and records the evidence
 * span (and the cite pick's) when the caller set only the article and sentence (answer_grade
 * needs the span). */
static bool accept_answer(const Pack *p, const Question *q, const Answer *in, Answer *out)
{
    if (!answer_check(p, q, in)) return false;
    *out = *in;
    if (q->format == FORMAT_EVIDENCE && in->article >= 0 && in->span_end == 0 &&
        !answer_pick_sentence(out, p, in->article, in->sentence))
        return false;
    if (in->cite_article >= 0 && in->cite_end == 0 &&
        !answer_cite_sentence(out, p, in->cite_article, in->cite_sentence))
        return false;
    return true;
}

/* Submits the current item's answer; `whole` requires both parts of a cite question. */
static bool submit(Session *s, const Answer *a, double seconds, Grade *out, bool whole)
{
    if (s->pos >= s->n) return false;
    SessionItem *it = &s->items[s->pos];
    const Question *q = &s->pack->questions[it->question];
    Answer given;
    bool complete = whole ? answer_is_complete(q, a) : answer_first_part_complete(q, a);
    if (it->state != ITEM_PENDING || !complete || !accept_answer(s->pack, q, a, &given))
        return false;
    item_record(it, q, &given, seconds);
    if (out) *out = it->grade;
    return true;
}

bool session_submit(Session *s, const Answer *a, double seconds, Grade *out)
{
    return submit(s, a, seconds, out, true);
}

bool session_submit_answer_part(Session *s, const Answer *a, double seconds, Grade *out)
{
    return submit(s, a, seconds, out, false);
}

void session_skip(Session *s)
{
    if (s->pos < s->n && s->items[s->pos].state == ITEM_PENDING)
        s->items[s->pos].state = ITEM_SKIPPED;
}

/* Steps to the next item still to be asked (restored items are already done). */
static void advance_to_pending(Session *s)
{
    while (s->pos < s->n && s->items[s->pos].state != ITEM_PENDING) s->pos++;
}

bool session_next(Session *s)
{
    if (s->pos >= s->n) return false;
    session_skip(s); /* moving on without answering is a skip */
    s->pos++;
    advance_to_pending(s);
    return s->pos < s->n;
}

bool session_restore(Session *s, int question, const Answer *a, double seconds)
{
    for (size_t i = 0; i < s->n; i++) {
        SessionItem *it = &s->items[i];
        if (it->question != question || it->state != ITEM_PENDING) continue;
        const Question *q = &s->pack->questions[question];
        /* Stored answers may be damaged or from an edited pack: check before trusting. */
        Answer given;
        if (!accept_answer(s->pack, q, a, &given)) return false;
        item_record(it, q, &given, seconds);
        advance_to_pending(s);
        return true;
    }
    return false;
}

SessionTotals session_totals(const Session *s)
{
    SessionTotals t;
    memset(&t, 0, sizeof t);
    t.total = (int)s->n;
    for (size_t i = 0; i < s->n; i++) {
        const SessionItem *it = &s->items[i];
        const Question *q = &s->pack->questions[it->question];
        QuestionKind k = q->kind;
        t.max_score += q->points;
        t.kind_max[k] += q->points;
        t.kind_total[k]++;
        t.seconds += it->seconds;
        if (it->state != ITEM_ANSWERED) continue;
        t.answered++;
        t.score += it->grade.points;
        t.kind_score[k] += it->grade.points;
        if (it->grade.correct) {
            t.correct++;
            t.kind_correct[k]++;
        }
    }
    return t;
}

size_t session_missed(const Session *s, int **out)
{
    *out = NULL;
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++)
        n += !(s->items[i].state == ITEM_ANSWERED && s->items[i].grade.correct);
    if (n == 0 || !(*out = malloc(n * sizeof **out))) return 0;
    size_t k = 0;
    for (size_t i = 0; i < s->n; i++)
        if (!(s->items[i].state == ITEM_ANSWERED && s->items[i].grade.correct))
            (*out)[k++] = s->items[i].question;
    return n;
}
