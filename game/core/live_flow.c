/* live_flow.c — the live classroom's flow: the teacher's actions and countdown, students'
 * answers (graded at once, final once given), student-paced progress, and putting a saved class
 * back. See live.h and the time model atop live.c. */
#include "live_internal.h"
#include <string.h>
#include <stdlib.h>

int lv_limit_of(const Live *lv, size_t q)
{
    const Question *qu = &lv->pack->questions[q];
    if (qu->time_limit) return qu->time_limit;
    if (lv->rules.default_time_limit) return lv->rules.default_time_limit;
    if (lv->pack->time_limit) return lv->pack->time_limit;
    return LIVE_DEFAULT_TIME_LIMIT;
}

bool lv_question_open(const Live *lv)
{
    return lv->pacing == LIVE_TEACHER_PACED &&
           (lv->phase == LIVE_ASKING || lv->phase == LIVE_PAUSED || lv->phase == LIVE_TIME_UP);
}

int64_t lv_elapsed_ms(const Live *lv, int64_t now_ms)
{
    if (lv->frozen_elapsed_ms >= 0) return lv->frozen_elapsed_ms;
    int64_t end = lv->phase == LIVE_PAUSED ? lv->paused_at_ms : now_ms;
    int64_t e = end - lv->start_ms - lv->paused_total_ms;
    return e < 0 ? 0 : e;
}

int64_t lv_budget_ms(const Live *lv) { return (int64_t)lv_limit_of(lv, lv->pos) * 1000 + lv->extra_ms; }

int64_t lv_seat_budget_ms(const Live *lv, const SeatState *s)
{
    return lv_budget_ms(lv) * s->pub.extra_percent / 100;
}

size_t live_position(const Live *lv) { return lv->pos; }
size_t live_question_count(const Live *lv) { return lv->pack->n_questions; }
int live_time_limit(const Live *lv) { return lv_limit_of(lv, lv->pos); }

int64_t live_time_left_ms(const Live *lv, int64_t now_ms)
{
    if (lv->pacing != LIVE_TEACHER_PACED || lv->phase == LIVE_LOBBY) return 0;
    int64_t left = lv_budget_ms(lv) - lv_elapsed_ms(lv, now_ms);
    return left > 0 ? left : 0;
}

int64_t live_saved_time_left_ms(const Live *lv, int64_t now_ms)
{
    return lv_question_open(lv) ? lv_budget_ms(lv) - lv_elapsed_ms(lv, now_ms) : 0;
}

/* ---- the teacher's flow ------------------------------------------------------------------- */

static void open_question(Live *lv, size_t q, int64_t now_ms)
{
    lv->pos = q;
    lv->phase = LIVE_ASKING;
    lv->start_ms = now_ms;
    lv->paused_total_ms = 0;
    lv->extra_ms = 0;
    lv->frozen_elapsed_ms = -1;
    lv->qstate[q] = LQ_OPEN;
    lv->journal.position = true;
}

bool live_start(Live *lv, int64_t now_ms)
{
    if (lv->phase != LIVE_LOBBY) return false;
    if (lv->pacing == LIVE_TEACHER_PACED) {
        open_question(lv, 0, now_ms);
        return true;
    }
    lv->phase = LIVE_RUNNING;
    for (size_t i = 0; i < lv->n_seats; i++) lv->seats[i].q_start_ms = now_ms;
    lv->journal.position = true;
    return true;
}

bool live_tick(Live *lv, int64_t now_ms)
{
    if (lv->phase != LIVE_ASKING || live_time_left_ms(lv, now_ms) > 0) return false;
    lv->phase = LIVE_TIME_UP;
    lv->journal.position = true;
    return true;
}

/* Pausing also works once the class's time is up: students with extra time stop too. */
bool live_pause(Live *lv, int64_t now_ms)
{
    if (lv->phase != LIVE_ASKING && lv->phase != LIVE_TIME_UP) return false;
    lv->paused_at_ms = now_ms;
    lv->phase = LIVE_PAUSED;
    lv->journal.position = true;
    return true;
}

bool live_resume(Live *lv, int64_t now_ms)
{
    if (lv->phase != LIVE_PAUSED) return false;
    lv->paused_total_ms += now_ms - lv->paused_at_ms;
    lv->phase = LIVE_ASKING;
    lv->journal.position = true;
    live_tick(lv, now_ms);
    return true;
}

bool live_extra_time(Live *lv, int64_t now_ms)
{
    if (!lv_question_open(lv)) return false;
    int64_t old = lv_budget_ms(lv);
    if (lv_elapsed_ms(lv, now_ms) >= old) {
        /* The class's time had run out (paused since, or not): as in the presenter, the clock is
         * set back to where it ran out, so the countdown resumes from the extra time. */
        int64_t end = lv->phase == LIVE_PAUSED ? lv->paused_at_ms : now_ms;
        lv->start_ms = end - old - lv->paused_total_ms;
    }
    lv->extra_ms += LIVE_EXTRA_TIME * 1000;
    if (lv->phase == LIVE_TIME_UP) lv->phase = LIVE_ASKING;
    lv->journal.position = true;
    return true;
}

bool live_reveal(Live *lv, int64_t now_ms)
{
    if (!lv_question_open(lv)) return false;
    lv->frozen_elapsed_ms = lv_elapsed_ms(lv, now_ms);
    lv->qstate[lv->pos] = LQ_REVEALED;
    lv->phase = LIVE_REVEALED;
    lv->journal.position = true;
    return true;
}

bool live_show_leaderboard(Live *lv)
{
    if (lv->phase != LIVE_REVEALED) return false;
    lv->phase = LIVE_LEADERBOARD;
    lv->journal.position = true;
    return true;
}

bool live_next(Live *lv, int64_t now_ms)
{
    if (lv->phase != LIVE_REVEALED && lv->phase != LIVE_LEADERBOARD) return false;
    if (lv->pos + 1 >= lv->pack->n_questions) {
        lv->phase = LIVE_FINISHED;
        lv->journal.position = true;
        return true;
    }
    open_question(lv, lv->pos + 1, now_ms);
    return true;
}

/* An open question is revealed first: its answers are saved with their points already, so it
 * counts, and the scores agree with the store. */
void live_end(Live *lv, int64_t now_ms)
{
    if (lv_question_open(lv)) live_reveal(lv, now_ms);
    lv->phase = LIVE_FINISHED;
    lv->journal.position = true;
}

/* ---- students' actions --------------------------------------------------------------------- */

const char *live_answer_message(LiveAnswerResult r)
{
    switch (r) {
    case LIVE_ANSWER_OK: return "Answer received.";
    case LIVE_ANSWER_NOT_NOW: return "No question is open right now.";
    case LIVE_ANSWER_STALE: return "That question is no longer being asked.";
    case LIVE_ANSWER_TIME_UP: return "Time is up for this question.";
    case LIVE_ANSWER_ALREADY: return "You have already answered this question.";
    case LIVE_ANSWER_INVALID: return "That answer does not fit the question.";
    case LIVE_ANSWER_NO_SEAT: return "You are not in this class (any more).";
    }
    return "Answer refused.";
}

/* Speed points: up to half the points again for a fully right answer, in proportion to the
 * time the student had left of their own limit (so extra time costs nothing). */
static double speed_points(const Live *lv, const Grade *g, int64_t left_ms, int64_t budget_ms)
{
    if (!lv->rules.speed_points || !g->correct || left_ms <= 0 || budget_ms <= 0) return 0;
    return g->points * 0.5 * (double)left_ms / (double)budget_ms;
}

/* The question the seat may answer now and the ms they have used and have, or a refusal. */
static LiveAnswerResult answerable(Live *lv, SeatState *s, int q, int64_t now_ms, int64_t *used,
                                   int64_t *budget)
{
    if (lv->pacing == LIVE_TEACHER_PACED) {
        live_tick(lv, now_ms);
        if (!lv_question_open(lv)) return LIVE_ANSWER_NOT_NOW;
        if (q != (int)lv->pos) return LIVE_ANSWER_STALE;
        *used = lv_elapsed_ms(lv, now_ms);
        *budget = lv_seat_budget_ms(lv, s);
    } else {
        if (lv->phase != LIVE_RUNNING || s->question < 0) return LIVE_ANSWER_NOT_NOW;
        if (q != s->question) return LIVE_ANSWER_STALE;
        *used = now_ms - s->q_start_ms;
        if (*used < 0) *used = 0;
        *budget = (int64_t)lv_limit_of(lv, (size_t)q) * 1000 * s->pub.extra_percent / 100;
    }
    if (s->res[q]) return LIVE_ANSWER_ALREADY;
    if (lv->pacing == LIVE_TEACHER_PACED && *used >= *budget) return LIVE_ANSWER_TIME_UP;
    return LIVE_ANSWER_OK;
}

/* A copy of the answer that fits q (evidence and cite spans filled from the pack); false when it
 * does not fit or is incomplete. A cite question's answer may come without its cite pick (time
 * ran out on the evidence step): it is graded with the evidence part wrong (docs/scoring.md). */
static bool fit_answer(const Live *lv, const Question *q, const Answer *a, Answer *out)
{
    *out = *a;
    if (a->format != q->format) return false;
    if (q->format == FORMAT_EVIDENCE && out->span_end == 0 &&
        !answer_pick_sentence(out, lv->pack, out->article, out->sentence))
        return false;
    if (out->cite_article >= 0 && out->cite_end == 0 &&
        !answer_cite_sentence(out, lv->pack, out->cite_article, out->cite_sentence))
        return false;
    return answer_first_part_complete(q, out) && answer_check(lv->pack, q, out);
}

LiveAnswerResult live_answer(Live *lv, int seat, const char *question_id, const Answer *a,
                             int64_t now_ms)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || s->pub.removed) return LIVE_ANSWER_NO_SEAT;
    int q = question_id ? pack_find_question(lv->pack, question_id) : -1;
    int64_t used = 0, budget = 0;
    LiveAnswerResult r = answerable(lv, s, q, now_ms, &used, &budget);
    if (r != LIVE_ANSWER_OK) return r;
    const Question *qu = &lv->pack->questions[q];
    Answer given;
    if (!a || !fit_answer(lv, qu, a, &given)) return LIVE_ANSWER_INVALID;
    LiveResult *res = calloc(1, sizeof *res);
    if (!res) return LIVE_ANSWER_INVALID;
    res->answered = true;
    res->answer = given;
    res->grade = answer_grade(qu, &given);
    res->seconds = (double)used / 1000.0;
    res->bonus = speed_points(lv, &res->grade, budget - used, budget);
    s->res[q] = res;
    lv_note_answer(lv, seat, (size_t)q);
    return LIVE_ANSWER_OK;
}

bool live_student_next(Live *lv, int seat, int64_t now_ms)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || s->pub.removed || lv->pacing != LIVE_STUDENT_PACED || lv->phase != LIVE_RUNNING ||
        s->question < 0)
        return false;
    lv->journal.position = true;
    if ((size_t)s->question + 1 >= lv->pack->n_questions) {
        s->question = -1;
        return false;
    }
    s->question++;
    s->q_start_ms = now_ms;
    return true;
}

/* ---- restoring -------------------------------------------------------------------------------- */

int live_restore_seat(Live *lv, const char *name, const char *token, bool removed, int extra_percent,
                      int64_t joined_ms)
{
    char clean[LIVE_MAX_NAME + 1];
    if (!lv_clean_name(name, clean) || !lv_token_well_formed(token) || lv_token_in_use(lv, token) ||
        (extra_percent != 100 && extra_percent != 150 && extra_percent != 200))
        return -1;
    int i = lv_add_seat(lv, clean, token, joined_ms);
    if (i < 0) return -1;
    lv->seats[i].first = 0;
    lv->seats[i].pub.removed = removed;
    lv->seats[i].pub.extra_percent = extra_percent;
    return i;
}

bool live_restore_seat_first(Live *lv, int seat, size_t first_question)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || first_question > lv->pack->n_questions) return false;
    s->first = first_question;
    return true;
}

bool live_restore_answer(Live *lv, int seat, size_t q, const Answer *a, double bonus, double seconds)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || q >= lv->pack->n_questions || s->res[q] || !a) return false;
    const Question *qu = &lv->pack->questions[q];
    Answer given;
    if (!fit_answer(lv, qu, a, &given)) return false;
    LiveResult *res = calloc(1, sizeof *res);
    if (!res) return false;
    res->answered = true;
    res->answer = given;
    res->grade = answer_grade(qu, &given);
    res->bonus = res->grade.correct && bonus > 0 ? bonus : 0;
    res->seconds = seconds;
    s->res[q] = res;
    return true;
}

static bool is_open_phase(LivePhase p)
{
    return p == LIVE_ASKING || p == LIVE_PAUSED || p == LIVE_TIME_UP;
}

/* Teacher-paced: questions before the position were revealed (live_next moves on only from a
 * revealed question); the current one is open, revealed, or (lobby) not asked yet. */
static bool restore_teacher(Live *lv, LivePhase phase, size_t pos, int64_t left, int64_t now_ms)
{
    if (phase == LIVE_RUNNING) return false;
    memset(lv->qstate, LQ_PENDING, lv->pack->n_questions);
    for (size_t q = 0; q < pos; q++) lv->qstate[q] = LQ_REVEALED;
    lv->pos = pos;
    lv->phase = phase;
    lv->frozen_elapsed_ms = -1;
    lv->extra_ms = 0;
    lv->paused_total_ms = 0;
    if (phase == LIVE_LOBBY) return pos == 0;
    if (!is_open_phase(phase)) {
        lv->qstate[pos] = LQ_REVEALED;
        lv->frozen_elapsed_ms = 0;
        return true;
    }
    /* Back PAUSED with the time left as saved; time added by the teacher comes back as extra. */
    int64_t limit = (int64_t)lv_limit_of(lv, pos) * 1000;
    lv->extra_ms = left > limit ? left - limit : 0;
    lv->qstate[pos] = LQ_OPEN;
    lv->phase = LIVE_PAUSED;
    lv->paused_at_ms = now_ms;
    lv->start_ms = now_ms - (limit + lv->extra_ms - left);
    return true;
}

bool live_restore_position(Live *lv, LivePhase phase, size_t position, int64_t time_left_ms,
                           int64_t now_ms)
{
    if (position >= lv->pack->n_questions) return false;
    if (lv->pacing == LIVE_TEACHER_PACED)
        return restore_teacher(lv, phase, position, time_left_ms, now_ms);
    if (phase != LIVE_LOBBY && phase != LIVE_RUNNING && phase != LIVE_FINISHED) return false;
    lv->phase = phase;
    for (size_t i = 0; i < lv->n_seats; i++) lv->seats[i].q_start_ms = now_ms;
    return true;
}

bool live_restore_student_position(Live *lv, int seat, int question)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || question < -1 || (question >= 0 && (size_t)question >= lv->pack->n_questions))
        return false;
    s->question = question;
    return true;
}
