/* ui_live_ask.c — the projector's line for a student asking to continue on another device
 * (docs/live.md, "Another device"): "Ana asks to continue on another device — A: let in, D: no",
 * drawn as a band above the footer on every screen while a request waits, the oldest first; the
 * layout takes its height from the body, so it covers no name, grid row or bar. The
 * teacher's A admits it and D denies it (core: live_move_admit / live_move_deny, under the lock,
 * then changed, which saves the new token and tells both pages). The name is drawn as text. A
 * request expires without any event (live.h): the screen's timer wakes it then (ask_until). */
#include "ui_live_internal.h"
#include <stdio.h>

void lv_ask_snapshot(LiveScreen *ls, Live *lv, int64_t now)
{
    int seats[LIVE_MAX_MOVES];
    size_t n = live_move_waiting(lv, now, seats, LIVE_MAX_MOVES);
    LvView *v = &ls->v;
    v->n_asks = n;
    v->ask_seat = n ? seats[0] : -1;
    const LiveSeat *s = n ? live_seat(lv, seats[0]) : NULL;
    snprintf(v->ask_name, sizeof v->ask_name, "%s", s ? s->name : "");
    v->ask_connected = s && s->connected;
    v->ask_until = live_move_next_expiry(lv, now);
}

int lv_ask_height(LiveScreen *ls)
{
    if (ls->v.n_asks == 0) return 0;
    return ui_line(&ls->ui, FONT_SMALL_BOLD) + 2 * ui_px(&ls->ui, 12);
}

/* A or D with a request waiting: true when the key was taken. */
bool lv_ask_key(LiveScreen *ls, SDL_Keycode k)
{
    if ((k != SDLK_a && k != SDLK_d) || ls->v.n_asks == 0) return false;
    const UiLiveHost *h = &ls->host;
    char msg[LIVE_MAX_NAME + 64];
    h->lock(h->ctx);
    int seat = ls->v.ask_seat;
    int64_t now = lv_now(ls);
    bool ok = k == SDLK_a ? live_move_admit(h->live, seat, now) : live_move_deny(h->live, seat, now);
    if (ok) h->changed(h->ctx);
    h->unlock(h->ctx);
    if (ok) snprintf(msg, sizeof msg, k == SDLK_a ? "%s continues on the new device." : "%s stays on the old device.",
                     ls->v.ask_name);
    else snprintf(msg, sizeof msg, "That request is no longer waiting.");
    lv_say(ls, msg);
    return true;
}

void lv_ask_render(LiveScreen *ls)
{
    if (ls->v.n_asks == 0) return;
    Ui *ui = &ls->ui;
    const Theme *th = ui->th;
    int m = ui_px(ui, 12);
    SDL_Rect band = ls->ask; /* laid out by lv_layout, the body made shorter by its height */
    ui_fill(ui, band, th->selected);
    ui_fill(ui, (SDL_Rect){band.x, band.y, band.w, ui_px(ui, 3)}, th->accent);
    char line[200];
    char more[48] = ""; /* " (N more waiting)" for any size_t N */
    if (ls->v.n_asks > 1) snprintf(more, sizeof more, " (%zu more waiting)", ls->v.n_asks - 1);
    snprintf(line, sizeof line, " asks to continue on another device%s \xE2\x80\x94 A: let in \xC2\xB7 D: no%s",
             ls->v.ask_connected ? " (the old one is still connected)" : "", more);
    /* The name is a run of its own, at most half the line: a Hebrew or Arabic name is then drawn
     * right to left (ui_text_dir.c), which it would not be inside an English sentence. */
    int x = m, w = band.w - 2 * m;
    x += ui_text_fit_draw(ui, FONT_SMALL_BOLD, th->text, x, band.y + m, w / 2, ls->v.ask_name);
    ui_text_fit_draw(ui, FONT_SMALL_BOLD, th->text, x, band.y + m, m + w - x, line);
    lv_box(ls, band, LB_ASK, ls->v.ask_seat);
}
