/* ui_live.c — the live projector's screen object: creation, fonts and scales (the presenter's),
 * the snapshot of the Live taken under the host's lock, the teacher's actions, event routing,
 * drawing dispatch and screenshots. The screens themselves are in
 * ui_live_join.c (lobby), ui_live_question.c (a question, teacher-paced) and ui_live_boards.c
 * (leaderboard, podium, the student-paced grid, the footer); redraw timing in ui_live_timer.c. */
#include "ui_live_internal.h"
#include "ui_png.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LV_STATUS_MS 4000 /* a message for the teacher stays this long */

/* The wake event: its type (0 while no projector runs) and whether one is queued already, so a
 * burst of answers from other threads queues one redraw, not one per answer. */
static SDL_atomic_t wake_type, wake_pending;

void ui_live_wake(void)
{
    Uint32 t = (Uint32)SDL_AtomicGet(&wake_type);
    if (t == 0 || !SDL_AtomicCAS(&wake_pending, 0, 1)) return;
    SDL_Event e;
    SDL_zero(e);
    e.type = t;
    if (SDL_PushEvent(&e) <= 0) SDL_AtomicSet(&wake_pending, 0);
}

Uint32 ui_live_wake_event(void)
{
    return (Uint32)SDL_AtomicGet(&wake_type);
}

int64_t lv_now(const LiveScreen *ls)
{
    return ls->host.now_ms(ls->host.ctx);
}

void lv_say(LiveScreen *ls, const char *msg)
{
    snprintf(ls->status, sizeof ls->status, "%s", msg);
    ls->status_until = lv_now(ls) + LV_STATUS_MS;
    ls->dirty = true;
}

/* --- boxes ------------------------------------------------------------------------------ */

void lv_box(LiveScreen *ls, SDL_Rect r, LvBoxKind kind, int arg)
{
    if (ls->n_boxes < LV_MAX_BOXES) ls->boxes[ls->n_boxes++] = (LvBox){r, kind, arg};
}

static bool clickable(LvBoxKind k)
{
    return k == LB_ACTION || k == LB_REMOVE || k == LB_EXTRA || k == LB_NAME || k == LB_MORE;
}

const LvBox *lv_box_at(const LiveScreen *ls, int x, int y)
{
    for (size_t i = ls->n_boxes; i-- > 0;)
        if (clickable(ls->boxes[i].kind) && ui_point_in(ls->boxes[i].r, x, y)) return &ls->boxes[i];
    return NULL;
}

const LvBox *lv_find_box(const LiveScreen *ls, LvBoxKind kind, int arg)
{
    for (size_t i = 0; i < ls->n_boxes; i++)
        if (ls->boxes[i].kind == kind && ls->boxes[i].arg == arg) return &ls->boxes[i];
    return NULL;
}

/* --- the snapshot ------------------------------------------------------------------------- */

static LvCell cell_of(const Live *lv, int seat, size_t q)
{
    const LiveResult *r = live_result(lv, seat, q);
    if (r && r->answered) {
        if (r->grade.correct) return LC_RIGHT;
        return r->grade.fraction > 0 ? LC_PARTLY : LC_WRONG;
    }
    if (!live_reached(lv, seat, q)) return LC_NOT_YET;
    int at = live_student_question(lv, seat);
    return at >= 0 && (size_t)at == q ? LC_NOT_YET : LC_SKIPPED; /* on it, or moved past it */
}

static void copy_seats(LiveScreen *ls, const Live *lv)
{
    LvView *v = &ls->v;
    bool grid = v->pacing == LIVE_STUDENT_PACED && v->phase != LIVE_LOBBY && v->grid;
    v->n_seats = v->finished = v->answers = 0;
    for (size_t i = 0; i < live_seat_count(lv) && v->n_seats < LIVE_MAX_STUDENTS; i++) {
        const LiveSeat *s = live_seat(lv, (int)i);
        if (!s || s->removed) continue;
        LvSeat *d = &v->seats[v->n_seats];
        d->seat = (int)i;
        snprintf(d->name, sizeof d->name, "%s", s->name);
        d->connected = s->connected;
        d->extra_percent = s->extra_percent;
        d->at = live_student_question(lv, (int)i);
        if (grid) {
            unsigned char *row = v->grid + v->n_seats * v->n_questions;
            for (size_t q = 0; q < v->n_questions; q++) {
                row[q] = (unsigned char)cell_of(lv, (int)i, q);
                v->answers += row[q] == LC_RIGHT || row[q] == LC_PARTLY || row[q] == LC_WRONG;
            }
            v->finished += d->at < 0;
        }
        v->n_seats++;
    }
}

static void copy_ranking(LiveScreen *ls, const Live *lv)
{
    LvView *v = &ls->v;
    int seats[LIVE_TOP_N];
    v->n_top = live_ranking(lv, seats, LIVE_TOP_N);
    for (size_t i = 0; i < v->n_top; i++) {
        LvRank *r = &v->top[i];
        r->seat = seats[i];
        r->rank = live_rank(lv, seats[i]);
        r->score = live_seat_score(lv, seats[i]);
        const LiveSeat *s = live_seat(lv, seats[i]);
        snprintf(r->name, sizeof r->name, "%s", s ? s->name : "");
    }
}

/* Copies what the next frame draws; ticks the core first when the countdown ran out. */
void lv_snapshot(LiveScreen *ls)
{
    const UiLiveHost *h = &ls->host;
    int64_t now = lv_now(ls);
    h->lock(h->ctx);
    Live *lv = h->live;
    if (live_phase(lv) == LIVE_ASKING && live_time_left_ms(lv, now) <= 0 && live_tick(lv, now))
        h->changed(h->ctx);
    LvView *v = &ls->v;
    v->phase = live_phase(lv);
    v->pacing = live_pacing(lv);
    v->rules = live_rules(lv);
    snprintf(v->room, sizeof v->room, "%s", live_room(lv));
    v->locked = live_locked(lv);
    v->position = live_position(lv);
    v->n_questions = live_question_count(lv);
    if (v->n_questions > ls->n_fit) v->n_questions = ls->n_fit; /* the sizes allocated */
    v->time_limit = live_time_limit(lv);
    v->time_left_ms = live_time_left_ms(lv, now);
    v->present = live_present_count(lv);
    v->answered = live_answered_count(lv, v->position);
    bool revealed = v->pacing == LIVE_TEACHER_PACED &&
                    (v->phase == LIVE_REVEALED || v->phase == LIVE_LEADERBOARD);
    v->n_dist = revealed ? live_distribution(lv, v->position, v->dist) : 0;
    v->cite = revealed ? live_cite_counts(lv, v->position) : (LiveCiteCounts){0};
    copy_seats(ls, lv);
    copy_ranking(ls, lv);
    lv_ask_snapshot(ls, lv, now);
    h->unlock(h->ctx);
}

/* --- the teacher's actions ------------------------------------------------------------------ */

bool lv_action_available(const LiveScreen *ls, LvAction a)
{
    LivePhase ph = ls->v.phase;
    bool open = ph == LIVE_ASKING || ph == LIVE_PAUSED || ph == LIVE_TIME_UP;
    switch (a) {
    case LA_START: return ph == LIVE_LOBBY;
    case LA_LOCK: case LA_END: return ph != LIVE_FINISHED;
    case LA_REVEAL: return open;
    case LA_PAUSE: return open; /* time up: stops the students who have extra time */
    case LA_EXTRA: return open;
    case LA_BOARD: return ph == LIVE_REVEALED;
    case LA_NEXT: return ph == LIVE_REVEALED || ph == LIVE_LEADERBOARD;
    case LA_HIDE: return ph == LIVE_RUNNING;
    case LA_CLOSE: return ph == LIVE_FINISHED;
    default: return false;
    }
}

/* One core call under the lock; changed() when it changed something. */
static bool core_action(LiveScreen *ls, LvAction a)
{
    const UiLiveHost *h = &ls->host;
    int64_t now = lv_now(ls);
    h->lock(h->ctx);
    Live *lv = h->live;
    bool done = false;
    switch (a) {
    case LA_START:
        if (live_present_count(lv) == 0) break;
        done = live_start(lv, now);
        break;
    case LA_LOCK: live_set_locked(lv, !live_locked(lv)); done = true; break;
    case LA_REVEAL: done = live_reveal(lv, now); break;
    case LA_PAUSE:
        done = live_phase(lv) == LIVE_PAUSED ? live_resume(lv, now) : live_pause(lv, now);
        break;
    case LA_EXTRA: done = live_extra_time(lv, now); break;
    case LA_BOARD: done = live_show_leaderboard(lv); break;
    case LA_NEXT: done = live_next(lv, now); break;
    case LA_END: live_end(lv, now); done = true; break;
    default: break;
    }
    if (done) h->changed(h->ctx);
    h->unlock(h->ctx);
    return done;
}

void lv_action(LiveScreen *ls, LvAction a)
{
    ls->dirty = true;
    if (a != LA_END) ls->confirm_end = false;
    if (!lv_action_available(ls, a)) return;
    switch (a) {
    case LA_HIDE: ls->grid_hidden = !ls->grid_hidden; return;
    case LA_CLOSE: ls->quit = true; return;
    case LA_END:
        if (!ls->confirm_end) {
            ls->confirm_end = true;
            lv_say(ls, "Press Esc (or End) again to end the class for everyone.");
            return;
        }
        ls->confirm_end = false;
        break;
    default: break;
    }
    bool ok = core_action(ls, a);
    if (ok) ls->status[0] = '\0';
    else if (a == LA_START) lv_say(ls, "Nobody has joined yet: wait for the first name.");
    lv_snapshot(ls);
}

void lv_remove_seat(LiveScreen *ls, int seat)
{
    const UiLiveHost *h = &ls->host;
    char msg[LIVE_MAX_NAME + 64] = "";
    h->lock(h->ctx);
    const LiveSeat *s = live_seat(h->live, seat);
    if (s && !s->removed) snprintf(msg, sizeof msg, "Removed %s.", s->name);
    if (live_remove(h->live, seat)) h->changed(h->ctx);
    h->unlock(h->ctx);
    if (msg[0]) lv_say(ls, msg);
    lv_snapshot(ls);
}

void lv_cycle_extra(LiveScreen *ls, int seat)
{
    const UiLiveHost *h = &ls->host;
    h->lock(h->ctx);
    const LiveSeat *s = live_seat(h->live, seat);
    if (s && !s->removed) {
        int next = s->extra_percent >= 200 ? 100 : s->extra_percent >= 150 ? 200 : 150;
        if (live_set_extra_time(h->live, seat, next)) h->changed(h->ctx);
    }
    h->unlock(h->ctx);
    ls->dirty = true;
    lv_snapshot(ls);
}

/* --- fonts and scales ------------------------------------------------------------------------ */

static bool set_level(LiveScreen *ls, int level)
{
    if (level < 0) level = 0;
    if (level >= PS_LEVELS) level = PS_LEVELS - 1;
    float zoom = ls->ui.zoom * (1.0f - 0.1f * (float)level); /* the presenter's levels */
    if (level == ls->level && ls->cui.fonts.f[0] && ls->cui.zoom == zoom) return true;
    char err[256];
    if (!ps_open_fonts(&ls->cui, ls->data_dir, zoom, err, sizeof err)) {
        lv_say(ls, err);
        return false;
    }
    ls->level = level;
    ls->ex.q = NULL;
    return true;
}

static void measure_output(LiveScreen *ls)
{
    SDL_GetRendererOutputSize(ls->ui.r, &ls->ui.w, &ls->ui.h);
    ls->cui.w = ls->ui.w;
    ls->cui.h = ls->ui.h;
    ls->pix = 1.0f;
    if (ls->win) {
        int ww, wh;
        SDL_GetWindowSize(ls->win, &ww, &wh);
        if (ww > 0 && ls->ui.w > ww) ls->pix = (float)ls->ui.w / (float)ww;
    }
}

static void follow_size(LiveScreen *ls)
{
    int w = ls->ui.w, h = ls->ui.h;
    measure_output(ls);
    if (ls->ui.w == w && ls->ui.h == h && ls->ui.fonts.f[0]) return;
    float z = ps_chrome_zoom(ls->ui.w, ls->ui.h);
    if (z != ls->ui.zoom || !ls->ui.fonts.f[0]) {
        char err[256];
        if (ps_open_fonts(&ls->ui, ls->data_dir, z, err, sizeof err)) {
            int level = ls->level;
            ls->level = -1;
            set_level(ls, level);
        } else {
            lv_say(ls, err);
        }
    }
    memset(ls->fit, -1, ls->n_fit ? ls->n_fit : 1);
    ls->ex.q = NULL;
    ls->dirty = true;
}

/* The content level for question pos: the largest at which fits(level) says it fits. */
int lv_fit_level(LiveScreen *ls, size_t pos, bool (*fits)(LiveScreen *))
{
    if (pos < ls->n_fit && ls->fit[pos] >= 0) {
        set_level(ls, ls->fit[pos]);
        return ls->level;
    }
    int level = 0;
    for (; level < PS_LEVELS - 1; level++)
        if (!set_level(ls, level) || fits(ls)) break;
    set_level(ls, level);
    if (pos < ls->n_fit) ls->fit[pos] = (signed char)ls->level;
    return ls->level;
}

/* --- creation ----------------------------------------------------------------------------------- */

LiveScreen *ui_live_create(SDL_Renderer *r, SDL_Window *window, const UiLiveHost *host,
                           const UiLiveOptions *opt, char *err, size_t errlen)
{
    if (!host || !host->live || !host->lock || !host->unlock || !host->changed || !host->now_ms) {
        snprintf(err, errlen, "the live projector needs a class and its lock, clock and changed callbacks");
        return NULL;
    }
    host->lock(host->ctx);
    const Pack *pack = live_pack(host->live);
    LivePacing pacing = live_pacing(host->live);
    host->unlock(host->ctx);
    LiveScreen *ls = calloc(1, sizeof *ls);
    if (!ls) goto oom;
    ls->host = *host;
    ls->pack = pack;
    ls->n_fit = pack->n_questions;
    ls->win = window;
    ls->selected = -1;
    snprintf(ls->data_dir, sizeof ls->data_dir, "%s", opt && opt->data_dir ? opt->data_dir : ".");
    ls->v.n_questions = pack->n_questions;
    ls->fit = malloc(pack->n_questions ? pack->n_questions : 1);
    ls->v.seats = calloc(LIVE_MAX_STUDENTS, sizeof *ls->v.seats);
    if (pacing == LIVE_STUDENT_PACED) ls->v.grid = calloc((size_t)LIVE_MAX_STUDENTS * pack->n_questions, 1);
    if (!ls->fit || !ls->v.seats || (pacing == LIVE_STUDENT_PACED && !ls->v.grid))
        goto oom;
    memset(ls->fit, -1, pack->n_questions ? pack->n_questions : 1);
    if (host->n_urls && host->urls[0] && !qr_encode(host->urls[0], &ls->qr))
        memset(&ls->qr, 0, sizeof ls->qr); /* too long for a QR code: the address is still shown */
    ls->ui.r = ls->cui.r = r;
    ls->ui.dpi = ls->cui.dpi = 1.0f;
    ls->ui.theme = THEME_LIGHT;
    if (opt && opt->theme) ui_theme_parse(opt->theme, &ls->ui.theme);
    ls->cui.theme = ls->ui.theme;
    ls->ui.th = ls->cui.th = ui_theme(ls->ui.theme);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
    if (TTF_Init() != 0) { /* balanced by the TTF_Quit in ui_live_destroy */
        snprintf(err, errlen, "cannot start the font renderer: %s", TTF_GetError());
        ui_live_destroy(ls);
        return NULL;
    }
    ls->ttf_on = true;
    ls->ui.cache = ls->cui.cache = ui_cache_create(r);
    measure_output(ls);
    if (!ls->ui.cache) snprintf(err, errlen, "out of memory");
    if (!ls->ui.cache || !ps_open_fonts(&ls->ui, ls->data_dir, ps_chrome_zoom(ls->ui.w, ls->ui.h), err, errlen) ||
        !ps_open_fonts(&ls->cui, ls->data_dir, ls->ui.zoom, err, errlen)) {
        ui_live_destroy(ls);
        return NULL;
    }
    if (SDL_AtomicGet(&wake_type) == 0) {
        Uint32 t = SDL_RegisterEvents(1);
        if (t != (Uint32)-1) SDL_AtomicSet(&wake_type, (int)t);
    }
    SDL_AtomicSet(&wake_pending, 0);
    if (SDL_IsTextInputActive()) SDL_StopTextInput(); /* letters are the teacher's keys */
    lv_snapshot(ls);
    ls->dirty = true;
    return ls;
oom:
    snprintf(err, errlen, "out of memory");
    if (ls) {
        free(ls->fit);
        free(ls->v.seats);
        free(ls->v.grid);
        free(ls);
    }
    return NULL;
}

void ui_live_destroy(LiveScreen *ls)
{
    if (!ls) return;
    SDL_AtomicSet(&wake_type, 0);
    ex_free(&ls->ex);
    qr_free(&ls->qr);
    ui_fonts_close(&ls->ui.fonts);
    ui_fonts_close(&ls->cui.fonts);
    if (ls->ui.cache) {
        ui_cache_destroy(ls->ui.cache);
    }
    if (ls->ttf_on) TTF_Quit();
    free(ls->fit);
    free(ls->v.seats);
    free(ls->v.grid);
    free(ls);
}

/* --- events --------------------------------------------------------------------------------------- */

static void set_theme(LiveScreen *ls, ThemeId t)
{
    ls->ui.theme = ls->cui.theme = t;
    ls->ui.th = ls->cui.th = ui_theme(t);
    ui_cache_clear(ls->ui.cache);
    ls->dirty = true;
}

bool ui_live_set_theme(LiveScreen *ls, const char *name)
{
    ThemeId t;
    if (!ui_theme_parse(name, &t)) return false;
    set_theme(ls, t);
    return true;
}

void ui_live_set_fullscreen_flag(LiveScreen *ls, bool on) { ls->fullscreen = on; }

static bool global_key(LiveScreen *ls, const SDL_KeyboardEvent *k)
{
    bool ctrl = (k->keysym.mod & KMOD_CTRL) != 0;
    if (k->keysym.sym == SDLK_F11) {
        if (ls->win) {
            ls->fullscreen = !ls->fullscreen;
            SDL_SetWindowFullscreen(ls->win, ls->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
            ui_live_resized(ls);
        }
        return true;
    }
    if (ctrl && k->keysym.sym == SDLK_q) {
        ls->quit = ls->quit_all = true;
        return true;
    }
    if (ctrl && k->keysym.sym == SDLK_t) {
        set_theme(ls, (ThemeId)((ls->ui.theme + 1) % THEME_COUNT));
        return true;
    }
    return ctrl; /* no other Ctrl combination is a teacher's key */
}

static void phase_key(LiveScreen *ls, SDL_Keycode k)
{
    LivePhase ph = ls->v.phase;
    if (lv_ask_key(ls, k)) return;
    if (ph == LIVE_LOBBY && k != SDLK_SPACE && k != SDLK_RETURN && k != SDLK_KP_ENTER && k != SDLK_l &&
        k != SDLK_ESCAPE) {
        lv_join_key(ls, k); /* arrows, Delete and T act on the names */
        return;
    }
    switch (k) {
    case SDLK_SPACE: case SDLK_RETURN: case SDLK_KP_ENTER:
        lv_action(ls, ph == LIVE_LOBBY ? LA_START : LA_REVEAL);
        return;
    case SDLK_s: lv_action(ls, LA_BOARD); return;
    case SDLK_RIGHT: case SDLK_n: lv_action(ls, LA_NEXT); return;
    case SDLK_p: lv_action(ls, LA_PAUSE); return;
    case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: lv_action(ls, LA_EXTRA); return;
    case SDLK_l: lv_action(ls, LA_LOCK); return;
    case SDLK_h: lv_action(ls, LA_HIDE); return;
    case SDLK_ESCAPE: lv_action(ls, ph == LIVE_FINISHED ? LA_CLOSE : LA_END); return;
    default: break;
    }
    if (ph == LIVE_LOBBY) lv_join_key(ls, k);
    if (ph == LIVE_RUNNING && (k == SDLK_DOWN || k == SDLK_PAGEDOWN)) ls->grid_first += k == SDLK_DOWN ? 1 : 10;
    if (ph == LIVE_RUNNING && (k == SDLK_UP || k == SDLK_PAGEUP)) {
        size_t by = k == SDLK_UP ? 1 : 10;
        ls->grid_first = ls->grid_first > by ? ls->grid_first - by : 0;
    }
}

static void click(LiveScreen *ls, const LvBox *b)
{
    switch (b->kind) {
    case LB_ACTION: lv_action(ls, (LvAction)b->arg); return;
    case LB_REMOVE: lv_remove_seat(ls, b->arg); return;
    case LB_EXTRA:
        ls->selected = b->arg; /* the value shows only on the name under the cursor */
        lv_cycle_extra(ls, b->arg);
        return;
    case LB_NAME: ls->selected = b->arg; return;
    case LB_MORE: lv_join_key(ls, SDLK_PAGEDOWN); return; /* the next page of names */
    default: return;
    }
}

/* A click acts when the button goes up on the box it went down on. */
static void mouse(LiveScreen *ls, const SDL_MouseButtonEvent *b)
{
    if (b->button != SDL_BUTTON_LEFT) return;
    if (ls->dirty) lv_layout(ls);
    const LvBox *h = lv_box_at(ls, b->x, b->y);
    if (b->type == SDL_MOUSEBUTTONDOWN) {
        ls->pressed_on = h != NULL;
        if (h) ls->pressed = *h;
        return;
    }
    if (!ls->pressed_on) return;
    ls->pressed_on = false;
    if (!h || h->kind != ls->pressed.kind || h->arg != ls->pressed.arg) return;
    ls->dirty = true;
    click(ls, h);
}

static void wheel(LiveScreen *ls, int dy)
{
    if (ls->v.phase == LIVE_RUNNING) {
        if (dy < 0) ls->grid_first += 3;
        else ls->grid_first = ls->grid_first > 3 ? ls->grid_first - 3 : 0;
    } else if (ls->v.phase == LIVE_LOBBY) {
        lv_join_key(ls, dy < 0 ? SDLK_PAGEDOWN : SDLK_PAGEUP);
    }
    ls->dirty = true;
}

void ui_live_handle_event(LiveScreen *ls, const SDL_Event *ev)
{
    SDL_Event e = *ev;
    if (e.type == ui_live_wake_event() && e.type != 0) {
        SDL_AtomicSet(&wake_pending, 0);
        lv_snapshot(ls);
        ls->dirty = true;
        return;
    }
    if (ls->pix != 1.0f && (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP)) {
        e.button.x = (Sint32)((float)e.button.x * ls->pix);
        e.button.y = (Sint32)((float)e.button.y * ls->pix);
    }
    switch (e.type) {
    case SDL_QUIT: ls->quit = ls->quit_all = true; return;
    case SDL_WINDOWEVENT:
        if (e.window.event == SDL_WINDOWEVENT_CLOSE) ls->quit = ls->quit_all = true;
        else if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) ui_live_resized(ls);
        else if (e.window.event == SDL_WINDOWEVENT_EXPOSED || e.window.event == SDL_WINDOWEVENT_SHOWN ||
                 e.window.event == SDL_WINDOWEVENT_RESTORED) ls->dirty = true;
        return;
    case SDL_RENDER_TARGETS_RESET: case SDL_RENDER_DEVICE_RESET:
        ui_cache_clear(ls->ui.cache);
        ls->dirty = true;
        return;
    case SDL_KEYDOWN:
        ls->dirty = true;
        lv_snapshot(ls); /* act on the phase as it is now, not as last drawn */
        if (e.key.keysym.sym != SDLK_ESCAPE) ls->confirm_end = false;
        if (!global_key(ls, &e.key)) phase_key(ls, e.key.keysym.sym);
        return;
    case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP: mouse(ls, &e.button); return;
    case SDL_MOUSEWHEEL: wheel(ls, e.wheel.y); return;
    default: return;
    }
}

/* --- drawing ---------------------------------------------------------------------------------------- */

/* Header, countdown bar, body and footer of every screen (the presenter's proportions). */
static void layout_frame(LiveScreen *ls)
{
    Ui *ui = &ls->ui;
    int m = ui_px(ui, 12);
    int left = ui_line(ui, FONT_H2) + ui_line(ui, FONT_SMALL);
    int hh = (left > ui_line(ui, FONT_H1) ? left : ui_line(ui, FONT_H1)) + ui_px(ui, 10);
    ls->header = (SDL_Rect){0, 0, ui->w, hh};
    ls->bar = (SDL_Rect){m, hh, ui->w - 2 * m, ui_px(ui, 7)};
    int fh = ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 14);
    ls->footer = (SDL_Rect){0, ui->h - fh, ui->w, fh};
    int ah = lv_ask_height(ls);
    ls->ask = (SDL_Rect){0, ls->footer.y - ah, ui->w, ah};
    int top = ls->bar.y + ls->bar.h + m;
    ls->body = (SDL_Rect){m, top, ui->w - 2 * m, ls->ask.y - m - top};
    if (ls->body.h != ls->fit_body_h) { /* the band came or went: the question's fit changed */
        memset(ls->fit, -1, ls->n_fit ? ls->n_fit : 1);
        ls->ex.q = NULL;
        ls->fit_body_h = ls->body.h;
    }
}

void lv_layout(LiveScreen *ls)
{
    follow_size(ls);
    ls->n_boxes = 0;
    layout_frame(ls);
    lv_footer_layout(ls);
    switch (ls->v.phase) {
    case LIVE_LOBBY: lv_join_layout(ls); break;
    case LIVE_ASKING: case LIVE_PAUSED: case LIVE_TIME_UP: case LIVE_REVEALED:
        lv_question_layout(ls);
        break;
    case LIVE_RUNNING: lv_grid_layout(ls); break;
    default: break;
    }
}

static void draw(LiveScreen *ls)
{
    if (ls->status[0] && ls->status_until && lv_now(ls) >= ls->status_until) {
        ls->status[0] = '\0';
        ls->confirm_end = false;
    }
    lv_snapshot(ls);
    lv_layout(ls);
    ui_clip(&ls->ui, NULL);
    ui_set_color(&ls->ui, ls->ui.th->bg);
    SDL_RenderClear(ls->ui.r);
    switch (ls->v.phase) {
    case LIVE_LOBBY: lv_join_render(ls); break;
    case LIVE_ASKING: case LIVE_PAUSED: case LIVE_TIME_UP: case LIVE_REVEALED:
        lv_question_render(ls);
        break;
    case LIVE_LEADERBOARD: lv_board_render(ls); break;
    case LIVE_RUNNING: lv_grid_render(ls); break;
    case LIVE_FINISHED: lv_podium_render(ls); break;
    }
    lv_ask_render(ls);
    lv_footer_render(ls);
    ls->shown_secs = (ls->v.time_left_ms + 999) / 1000;
}

static void finish_frame(LiveScreen *ls)
{
    SDL_RenderPresent(ls->ui.r);
    ui_cache_end_frame(ls->ui.cache);
    ls->dirty = false;
}

void ui_live_render(LiveScreen *ls)
{
    draw(ls);
    finish_frame(ls);
}

bool ui_live_screenshot(LiveScreen *ls, const char *path, char *err, size_t errlen)
{
    draw(ls);
    int w = ls->ui.w, h = ls->ui.h;
    size_t stride = (size_t)w * 3;
    uint8_t *px = malloc(stride * (size_t)h);
    bool ok = px && SDL_RenderReadPixels(ls->ui.r, NULL, SDL_PIXELFORMAT_RGB24, px, (int)stride) == 0;
    if (!ok) snprintf(err, errlen, "cannot read the screen: %s", px ? SDL_GetError() : "out of memory");
    else if (!(ok = png_write_rgb(path, px, w, h, stride))) snprintf(err, errlen, "cannot write %s", path);
    free(px);
    finish_frame(ls);
    return ok;
}

bool ui_live_should_quit(const LiveScreen *ls) { return ls->quit; }

void ui_live_resized(LiveScreen *ls)
{
    ls->ui.w = ls->ui.h = -1;
    follow_size(ls);
    ls->dirty = true;
}
