/* live_internal.h — the Live struct, shared by live.c (roster, flow, answers, journal, restoring)
 * and live_view.c (what students and the projector may see: reveals, countdowns, scores,
 * distribution, ranking). Not for use outside those files. */
#ifndef BYLINE_LIVE_INTERNAL_H
#define BYLINE_LIVE_INTERNAL_H
#include "live.h"

/* A teacher-paced question's state. */
enum { LQ_PENDING, LQ_OPEN, LQ_REVEALED };

typedef struct SeatState {
    LiveSeat pub;
    char token[LIVE_TOKEN_CHARS + 1];
    size_t first;        /* teacher-paced: the first question this seat could answer */
    int question;        /* student-paced: the question the student is on; -1 = finished */
    int64_t q_start_ms;  /* student-paced: when they reached it */
    LiveResult **res;    /* one per question, NULL until answered (most seats answer few) */
} SeatState;

typedef struct LiveMove {
    int seat;
    char ticket[LIVE_TOKEN_CHARS + 1];
    LiveMoveState state;      /* WAITING until answered; EXPIRED is worked out from asked_ms */
    int64_t asked_ms, answered_ms;
} LiveMove;

struct Live {
    const Pack *pack;
    LivePacing pacing;
    LiveRules rules;
    char room[LIVE_ROOM_CHARS + 1];
    uint64_t seed;
    LivePhase phase;
    bool locked;
    size_t pos;                 /* teacher-paced: the current question */
    /* Teacher-paced countdown (as in presenter.c): elapsed = now − start − paused time, frozen at
     * the reveal. Unlike the presenter it keeps running after the class's time is up, because a
     * student with extra time is still answering. */
    int64_t start_ms, paused_at_ms, paused_total_ms, extra_ms, frozen_elapsed_ms;
    unsigned char *qstate;      /* LQ_* per question */
    SeatState *seats;
    size_t n_seats, cap_seats;
    LiveJournal journal;
    LiveMove moves[LIVE_MAX_MOVES]; /* requests to move a seat (live_move.c) */
    size_t n_moves;
    uint64_t moves_asked;
};

static inline SeatState *lv_seat(const Live *lv, int seat)
{
    return seat >= 0 && (size_t)seat < lv->n_seats ? &lv->seats[seat] : NULL;
}

/* True while a teacher-paced question takes answers (ASKING, PAUSED, TIME_UP). */
bool lv_question_open(const Live *lv);
/* The class countdown: ms elapsed on the current question, and its budget (limit + extra). */
int64_t lv_elapsed_ms(const Live *lv, int64_t now_ms);
int64_t lv_budget_ms(const Live *lv);
/* A student's own budget on the current question: the class's × their extra percent. */
int64_t lv_seat_budget_ms(const Live *lv, const SeatState *s);
/* The time limit in seconds of question q (question, rules, pack, default). */
int lv_limit_of(const Live *lv, size_t q);
/* Whether q counts in the seat's totals (see LiveTotals). */
bool lv_counts(const Live *lv, const SeatState *s, int seat, size_t q);

/* Roster pieces shared with restoring (live.c). */
bool lv_clean_name(const char *name, char out[LIVE_MAX_NAME + 1]);
bool lv_token_well_formed(const char *t);
bool lv_token_in_use(const Live *lv, const char *token);
bool lv_room_is(const Live *lv, const char *room); /* this class's code, case ignored */
bool lv_names_equal(const char *a, const char *b);
bool lv_token_equal(const char *a, const char *b);
int lv_add_seat(Live *lv, const char *name, const char *token, int64_t now_ms);
void lv_note_answer(Live *lv, int seat, size_t q);

#endif
