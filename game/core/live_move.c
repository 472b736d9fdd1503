/* live_move.c — a seat moving to another device, with the teacher's yes (live.h).
 *
 * Requests live in a small fixed table: at most LIVE_MAX_MOVES of them wait at once. A request is
 * WAITING until the teacher answers; expiry is not stored but worked out from the clock, so no
 * tick is needed. Answered and expired requests stay a while (LIVE_MOVE_KEEP_MS) so the asking
 * page can learn the outcome, and are dropped when room is needed for a new one. */
#include "live_internal.h"
#include <string.h>

/* The request's state at now: a WAITING one past its time has expired, and one whose seat the
 * teacher removed is denied. */
static LiveMoveState state_at(const Live *lv, const LiveMove *m, int64_t now_ms)
{
    if (m->state != LIVE_MOVE_WAITING) return m->state;
    const SeatState *s = lv_seat(lv, m->seat);
    if (!s || s->pub.removed) return LIVE_MOVE_DENIED;
    return now_ms - m->asked_ms >= LIVE_MOVE_WAIT_MS ? LIVE_MOVE_EXPIRED : LIVE_MOVE_WAITING;
}

/* When a request stopped waiting (answered, expired), for forgetting it later. */
static int64_t ended_ms(const Live *lv, const LiveMove *m, int64_t now_ms)
{
    if (m->state != LIVE_MOVE_WAITING) return m->answered_ms;
    return state_at(lv, m, now_ms) == LIVE_MOVE_EXPIRED ? m->asked_ms + LIVE_MOVE_WAIT_MS : now_ms;
}

/* Drops requests that ended more than LIVE_MOVE_KEEP_MS ago; if the table is still full, the one
 * that ended first. Waiting requests are never dropped. */
static void forget_old(Live *lv, int64_t now_ms)
{
    size_t keep = 0, oldest = LIVE_MAX_MOVES;
    for (size_t i = 0; i < lv->n_moves; i++) {
        LiveMove *m = &lv->moves[i];
        if (state_at(lv, m, now_ms) != LIVE_MOVE_WAITING && now_ms - ended_ms(lv, m, now_ms) > LIVE_MOVE_KEEP_MS)
            continue;
        lv->moves[keep++] = *m;
    }
    lv->n_moves = keep;
    if (keep < LIVE_MAX_MOVES) return;
    for (size_t i = 0; i < keep; i++)
        if (state_at(lv, &lv->moves[i], now_ms) != LIVE_MOVE_WAITING &&
            (oldest == LIVE_MAX_MOVES || ended_ms(lv, &lv->moves[i], now_ms) < ended_ms(lv, &lv->moves[oldest], now_ms)))
            oldest = i;
    if (oldest == LIVE_MAX_MOVES) return;
    memmove(&lv->moves[oldest], &lv->moves[oldest + 1], (keep - oldest - 1) * sizeof lv->moves[0]);
    lv->n_moves--;
}

static LiveMove *by_ticket(const Live *lv, const char *ticket)
{
    if (!lv_token_well_formed(ticket)) return NULL;
    LiveMove *found = NULL;
    for (size_t i = 0; i < lv->n_moves; i++)
        if (lv_token_equal(lv->moves[i].ticket, ticket)) found = (LiveMove *)&lv->moves[i];
    return found;
}

static LiveMove *waiting_for(const Live *lv, int seat, int64_t now_ms)
{
    for (size_t i = 0; i < lv->n_moves; i++)
        if (lv->moves[i].seat == seat && state_at(lv, &lv->moves[i], now_ms) == LIVE_MOVE_WAITING)
            return (LiveMove *)&lv->moves[i];
    return NULL;
}

static int seat_named(const Live *lv, const char *name)
{
    for (size_t i = 0; i < lv->n_seats; i++)
        if (!lv->seats[i].pub.removed && lv_names_equal(lv->seats[i].pub.name, name)) return (int)i;
    return -1;
}

LiveJoinResult live_move_ask(Live *lv, const char *room, const char *name, const char *ticket,
                             int64_t now_ms)
{
    char clean[LIVE_MAX_NAME + 1];
    /* live_join's first checks, without seating anyone: a bad room answers as it would there. */
    if (!lv_room_is(lv, room)) return LIVE_JOIN_BAD_ROOM;
    if (lv->phase == LIVE_FINISHED) return LIVE_JOIN_FINISHED;
    if (!lv_clean_name(name, clean)) return LIVE_JOIN_BAD_NAME;
    if (!lv_token_well_formed(ticket) || lv_token_in_use(lv, ticket) || by_ticket(lv, ticket))
        return LIVE_JOIN_BAD_TOKEN;
    int seat = seat_named(lv, clean);
    if (seat < 0) return LIVE_JOIN_NO_SEAT;
    forget_old(lv, now_ms);
    LiveMove *old = waiting_for(lv, seat, now_ms);
    if (old) {
        old->state = LIVE_MOVE_REPLACED;
        old->answered_ms = now_ms;
    }
    if (lv->n_moves == LIVE_MAX_MOVES) return LIVE_JOIN_BUSY;
    LiveMove *m = &lv->moves[lv->n_moves++];
    m->seat = seat;
    memcpy(m->ticket, ticket, LIVE_TOKEN_CHARS + 1);
    m->state = LIVE_MOVE_WAITING;
    m->asked_ms = now_ms;
    m->answered_ms = 0;
    lv->moves_asked++;
    return LIVE_JOIN_OK;
}

LiveMoveState live_move_state(const Live *lv, const char *ticket, int64_t now_ms)
{
    const LiveMove *m = by_ticket(lv, ticket);
    return m ? state_at(lv, m, now_ms) : LIVE_MOVE_UNKNOWN;
}

size_t live_move_waiting(const Live *lv, int64_t now_ms, int *seats, size_t max)
{
    size_t n = 0;
    /* The table is in asking order (new requests go at the end, forgetting keeps the order). */
    for (size_t i = 0; i < lv->n_moves && n < max; i++)
        if (state_at(lv, &lv->moves[i], now_ms) == LIVE_MOVE_WAITING) seats[n++] = lv->moves[i].seat;
    return n;
}

int64_t live_move_next_expiry(const Live *lv, int64_t now_ms)
{
    int64_t first = -1;
    for (size_t i = 0; i < lv->n_moves; i++) {
        const LiveMove *m = &lv->moves[i];
        int64_t at = m->asked_ms + LIVE_MOVE_WAIT_MS;
        if (state_at(lv, m, now_ms) == LIVE_MOVE_WAITING && (first < 0 || at < first)) first = at;
    }
    return first;
}

bool live_move_admit(Live *lv, int seat, int64_t now_ms)
{
    LiveMove *m = waiting_for(lv, seat, now_ms);
    if (!m) return false;
    memcpy(lv->seats[seat].token, m->ticket, LIVE_TOKEN_CHARS + 1);
    m->state = LIVE_MOVE_ADMITTED;
    m->answered_ms = now_ms;
    lv->journal.roster = true; /* the new token is saved, so a resumed class knows it */
    return true;
}

bool live_move_deny(Live *lv, int seat, int64_t now_ms)
{
    LiveMove *m = waiting_for(lv, seat, now_ms);
    if (!m) return false;
    m->state = LIVE_MOVE_DENIED;
    m->answered_ms = now_ms;
    return true;
}

bool live_move_withdraw(Live *lv, const char *ticket, int64_t now_ms)
{
    LiveMove *m = by_ticket(lv, ticket);
    if (!m || state_at(lv, m, now_ms) != LIVE_MOVE_WAITING) return false;
    m->state = LIVE_MOVE_WITHDRAWN;
    m->answered_ms = now_ms;
    return true;
}

uint64_t live_move_asked_total(const Live *lv) { return lv->moves_asked; }
