/* live_view.c — what each one may see of a live class: whether a student may learn a question's
 * answer, their own countdown and arrangement, results and totals, and the projector's counts,
 * distribution and ranking. Reads the state only. See live.h. */
#include "live_internal.h"
#include <string.h>

/* Shared by unanswered questions: live_result never returns NULL for a question in range. */
static const LiveResult NOT_ANSWERED;

int live_student_question(const Live *lv, int seat)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || lv->phase == LIVE_LOBBY || lv->phase == LIVE_FINISHED) return -1;
    return lv->pacing == LIVE_TEACHER_PACED ? (int)lv->pos : s->question;
}

bool live_revealed_to(const Live *lv, int seat, size_t q)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || q >= lv->pack->n_questions) return false;
    if (lv->phase == LIVE_FINISHED) return true;
    if (lv->pacing == LIVE_TEACHER_PACED) return lv->qstate[q] == LQ_REVEALED;
    if (lv->phase != LIVE_RUNNING) return false;
    return s->res[q] != NULL || s->question < 0 || q < (size_t)s->question;
}

int64_t live_student_time_left_ms(const Live *lv, int seat, int64_t now_ms)
{
    SeatState *s = lv_seat(lv, seat);
    if (lv->pacing == LIVE_STUDENT_PACED) return -1;
    if (!s || !lv_question_open(lv)) return 0;
    int64_t left = lv_seat_budget_ms(lv, s) - lv_elapsed_ms(lv, now_ms);
    return left > 0 ? left : 0;
}

/* A shuffle per seat and question (neighbours do not see the same order; answer_shuffle_order). */
size_t live_arrangement(const Live *lv, int seat, size_t q, int *out)
{
    if (!lv_seat(lv, seat) || q >= lv->pack->n_questions) return 0;
    const Question *qu = &lv->pack->questions[q];
    if (qu->format != FORMAT_ORDER || qu->n_order > PACK_MAX_ORDER_EVENTS) return 0;
    answer_shuffle_order(qu, lv->seed ^ ((uint64_t)q * 0xD1B54A32D192ED03ull) ^
                                 ((uint64_t)(seat + 1) * 0x9E6C63D0676A9A99ull), out);
    return qu->n_order;
}

const LiveResult *live_result(const Live *lv, int seat, size_t q)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || q >= lv->pack->n_questions) return NULL;
    return s->res[q] ? s->res[q] : &NOT_ANSWERED;
}

bool live_reached(const Live *lv, int seat, size_t q)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || q >= lv->pack->n_questions || lv->phase == LIVE_LOBBY) return false;
    if (lv->pacing == LIVE_TEACHER_PACED) return q >= s->first && lv->qstate[q] != LQ_PENDING;
    return s->question < 0 || q <= (size_t)s->question || s->res[q] != NULL;
}

bool lv_counts(const Live *lv, const SeatState *s, int seat, size_t q)
{
    if (lv->pacing == LIVE_TEACHER_PACED) return q >= s->first && lv->qstate[q] == LQ_REVEALED;
    if (lv->phase == LIVE_FINISHED) return true;
    return live_revealed_to(lv, seat, q);
}

double live_seat_score(const Live *lv, int seat)
{
    SeatState *s = lv_seat(lv, seat);
    double sum = 0;
    for (size_t q = 0; s && q < lv->pack->n_questions; q++)
        if (s->res[q] && lv_counts(lv, s, seat, q)) sum += s->res[q]->grade.points + s->res[q]->bonus;
    return sum;
}

LiveTotals live_seat_totals(const Live *lv, int seat)
{
    LiveTotals t;
    memset(&t, 0, sizeof t);
    SeatState *s = lv_seat(lv, seat);
    for (size_t q = 0; s && q < lv->pack->n_questions; q++) {
        if (!lv_counts(lv, s, seat, q)) continue;
        const Question *qu = &lv->pack->questions[q];
        const LiveResult *r = s->res[q];
        double pts = r ? r->grade.points + r->bonus : 0;
        bool right = r && r->grade.correct;
        t.score += pts;
        t.max_score += qu->points;
        t.answered += r != NULL;
        t.correct += right;
        t.total++;
        t.kind_score[qu->kind] += pts;
        t.kind_max[qu->kind] += qu->points;
        t.kind_correct[qu->kind] += right;
        t.kind_total[qu->kind]++;
    }
    return t;
}

/* ---- the projector ------------------------------------------------------------------------- */

size_t live_answered_count(const Live *lv, size_t q)
{
    size_t n = 0;
    for (size_t i = 0; q < lv->pack->n_questions && i < lv->n_seats; i++)
        n += !lv->seats[i].pub.removed && lv->seats[i].res[q] != NULL;
    return n;
}

size_t live_distribution(const Live *lv, size_t q, size_t *counts)
{
    if (q >= lv->pack->n_questions) return 0;
    const Question *qu = &lv->pack->questions[q];
    size_t n = qu->format == FORMAT_CHOICE || qu->format == FORMAT_MULTI ? qu->n_choices
               : qu->format == FORMAT_TRUE_FALSE ? 2 : 3;
    if (n > PACK_MAX_CHOICES) n = PACK_MAX_CHOICES;
    memset(counts, 0, n * sizeof *counts);
    for (size_t i = 0; i < lv->n_seats; i++) {
        const LiveResult *r = lv->seats[i].res[q];
        if (lv->seats[i].pub.removed || !r) continue;
        if (qu->format == FORMAT_CHOICE) {
            if (r->answer.choice >= 0 && (size_t)r->answer.choice < n) counts[r->answer.choice]++;
        } else if (qu->format == FORMAT_MULTI) {
            for (size_t c = 0; c < n; c++) counts[c] += (r->answer.picked >> c) & 1u;
        } else if (qu->format == FORMAT_TRUE_FALSE) {
            counts[r->answer.truth ? 0 : 1]++;
        } else {
            counts[r->grade.correct ? 0 : r->grade.fraction > 0 ? 1 : 2]++;
        }
    }
    return n;
}

void live_cite_counts(const Live *lv, size_t q, size_t counts[CITE_BOTH_WRONG + 1])
{
    memset(counts, 0, (CITE_BOTH_WRONG + 1) * sizeof *counts);
    if (q >= lv->pack->n_questions) return;
    for (size_t i = 0; i < lv->n_seats; i++) {
        const LiveResult *r = lv->seats[i].res[q];
        if (!lv->seats[i].pub.removed && r) counts[answer_cite_outcome(&r->grade)]++;
    }
}

/* Scores differ by sums of fractions: equal within a hair counts as a tie. */
static int cmp_score(double a, double b)
{
    double d = a - b;
    return d > 1e-9 ? 1 : d < -1e-9 ? -1 : 0;
}

size_t live_ranking(const Live *lv, int *seats, size_t max)
{
    double score[LIVE_MAX_STUDENTS];
    size_t n = 0;
    /* Insertion by score, stable on seat order (the order of joining), keeping the top max. */
    for (size_t i = 0; i < lv->n_seats; i++) {
        if (lv->seats[i].pub.removed) continue;
        score[i] = live_seat_score(lv, (int)i);
        size_t j = n;
        while (j > 0 && cmp_score(score[seats[j - 1]], score[i]) < 0) {
            if (j < max) seats[j] = seats[j - 1];
            j--;
        }
        if (j < max) seats[j] = (int)i;
        if (n < max) n++;
    }
    return n;
}

int live_rank(const Live *lv, int seat)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || s->pub.removed) return 0;
    double mine = live_seat_score(lv, seat);
    int rank = 1;
    for (size_t i = 0; i < lv->n_seats; i++)
        if (!lv->seats[i].pub.removed && cmp_score(live_seat_score(lv, (int)i), mine) > 0) rank++;
    return rank;
}
