/* ui_live_timer.c — when the live projector must redraw without an event: the countdown's next
 * whole second, the status line going, and a request to continue on another device expiring
 * (nothing tells the projector: the core works expiry out from the clock). The host asks
 * ui_live_dirty after each wait and sleeps for ui_live_next_timer_ms. */
#include "ui_live_internal.h"

static bool timed(LivePhase ph)
{
    return ph == LIVE_ASKING;
}

bool ui_live_dirty(LiveScreen *ls)
{
    if (ls->status[0] && ls->status_until && lv_now(ls) >= ls->status_until) ls->dirty = true;
    if (ls->v.n_asks && ls->v.ask_until >= 0 && lv_now(ls) >= ls->v.ask_until) ls->dirty = true;
    if (timed(ls->v.phase) || ls->v.phase == LIVE_PAUSED) {
        LivePhase before = ls->v.phase;
        lv_snapshot(ls); /* ticks the core when time ran out */
        if (ls->v.phase != before || (ls->v.time_left_ms + 999) / 1000 != ls->shown_secs) ls->dirty = true;
    }
    return ls->dirty;
}

/* Milliseconds from now to deadline, capped at a minute; -1 for no deadline. */
static int until(const LiveScreen *ls, int64_t deadline)
{
    if (deadline < 0) return -1;
    int64_t left = deadline - lv_now(ls);
    return left <= 0 ? 0 : left > 60000 ? 60000 : (int)left;
}

static int sooner(int a, int b)
{
    return a < 0 ? b : b < 0 ? a : a < b ? a : b;
}

int ui_live_next_timer_ms(LiveScreen *ls)
{
    int status = ls->status[0] && ls->status_until ? until(ls, ls->status_until) : -1;
    status = sooner(status, ls->v.n_asks ? until(ls, ls->v.ask_until) : -1);
    if (!timed(ls->v.phase)) return status;
    int64_t left = ls->v.time_left_ms;
    int next = left <= 0 ? 0 : (int)(left % 1000 == 0 ? 1000 : left % 1000);
    return sooner(status, next);
}
