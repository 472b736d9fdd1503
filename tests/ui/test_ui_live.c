/* test_ui_live.c — the live projector headless: a software renderer on a surface (no window), a
 * fake host (no-op lock, an injected clock only the test moves, a count of changed() calls) and
 * students played by direct core calls (live_join, live_answer) followed by ui_live_wake, as the
 * network threads do. Proves: the join screen shows the room code and a scannable QR code (its
 * finder patterns are in the pixels, dark on light in every theme); names appear after joining and
 * show as typed ("<b>"); remove, lock and extra time by key and by click change the core; the
 * count "N of M answered" follows answers; the countdown ticks the core; distribution bars appear
 * only after the reveal; the leaderboard shows at most LIVE_TOP_N rows; the student-paced grid and
 * H; no widgets overlap at 640x480 and 1920x1080.
 *
 * `test_ui_live --screenshots DIR` instead writes the docs' screenshots (docs/screenshots/live-*.png).
 */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"
#include "ui_live_internal.h"
#include <SDL.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#define HARBOR "tests/fixtures/good/harbor.json"   /* Q1 choice (3 choices, answer B), Q2 order; 40 s */
#define MINIMAL "tests/fixtures/good/minimal.json" /* every format; 30 s */
#define URL "http://192.168.1.20:8080/?room=K7QX"

typedef struct LH {
    SDL_Surface *surf;
    SDL_Renderer *r;
    LiveScreen *ls;
    Pack *pack;
    Live *live;
    int64_t now;
    int changed, locks, stopped;
    bool speed;
    const char *urls[2];
} LH;

static void fake_lock(void *ctx) { ((LH *)ctx)->locks++; }
static void fake_unlock(void *ctx) { ((LH *)ctx)->locks--; }
static void fake_changed(void *ctx)
{
    LH *h = ctx;
    assert_int_equal(h->locks, 1); /* changed() is called under the lock */
    h->changed++;
}
static int64_t fake_now(void *ctx) { return ((LH *)ctx)->now; }

static void render_if_dirty(LH *h)
{
    if (ui_live_dirty(h->ls)) ui_live_render(h->ls);
}

static void lh_open_sized(LH *h, const char *pack, LivePacing pacing, const char *theme, int w, int hgt)
{
    memset(h, 0, sizeof *h);
    h->now = 1000000;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    Diagnostics d;
    diag_init(&d, pack);
    h->pack = pack_load_file(tu_source_path(pack), &d);
    diag_free(&d);
    assert_non_null(h->pack);
    char err[256];
    h->live = live_create(h->pack, pacing, live_default_rules(pacing), "K7QX", 7, h->now, err, sizeof err);
    assert_non_null(h->live);
    h->surf = SDL_CreateRGBSurfaceWithFormat(0, w, hgt, 32, SDL_PIXELFORMAT_ARGB8888);
    h->r = SDL_CreateSoftwareRenderer(h->surf);
    assert_non_null(h->r);
    h->urls[0] = URL;
    h->urls[1] = "http://byline.local:8080/?room=K7QX";
    UiLiveHost host = {h->live, fake_lock, fake_unlock, fake_changed, fake_now, h, h->urls, 2};
    UiLiveOptions opt = {.data_dir = BYLINE_SOURCE_DIR, .theme = theme};
    h->ls = ui_live_create(h->r, NULL, &host, &opt, err, sizeof err);
    if (!h->ls) fprintf(stderr, "ui_live_create: %s\n", err);
    assert_non_null(h->ls);
    render_if_dirty(h);
}

static void lh_open(LH *h, const char *pack, LivePacing pacing, const char *theme)
{
    lh_open_sized(h, pack, pacing, theme, 1280, 800);
}

static void lh_close(LH *h)
{
    ui_live_destroy(h->ls);
    SDL_DestroyRenderer(h->r);
    SDL_FreeSurface(h->surf);
    live_free(h->live);
    pack_free(h->pack);
    SDL_Quit();
}

static void send(LH *h, SDL_Event *e)
{
    ui_live_handle_event(h->ls, e);
    render_if_dirty(h);
}

static void key(LH *h, SDL_Keycode k)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = k;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(k);
    send(h, &e);
}

static void click_rect(LH *h, SDL_Rect r)
{
    SDL_Event e = {0};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = r.x + r.w / 2;
    e.button.y = r.y + r.h / 2;
    send(h, &e);
    e.type = SDL_MOUSEBUTTONUP;
    send(h, &e);
}

/* What the network threads do after changing the Live: wake the projector; the test then runs
 * the events the wake queued, as the loop would. */
static void wake(LH *h)
{
    ui_live_wake();
    SDL_Event e;
    int n = 0;
    while (SDL_PollEvent(&e)) {
        n += e.type == ui_live_wake_event();
        send(h, &e);
    }
    assert_int_equal(n, 1);
}

static int join(LH *h, const char *name)
{
    char token[LIVE_TOKEN_CHARS + 1];
    snprintf(token, sizeof token, "%032zx", live_seat_count(h->live) + 1);
    int seat = -1;
    assert_int_equal(live_join(h->live, "K7QX", name, token, h->now, &seat), LIVE_JOIN_OK);
    return seat;
}

static void answer_choice(LH *h, int seat, int choice)
{
    const Question *q = &h->pack->questions[live_position(h->live)];
    Answer a;
    answer_init(&a, q, NULL);
    a.choice = choice;
    assert_int_equal(live_answer(h->live, seat, q->id, &a, h->now), LIVE_ANSWER_OK);
}

static SDL_Color pixel(LH *h, int x, int y)
{
    Uint32 v = ((const Uint32 *)h->surf->pixels)[(size_t)y * (size_t)h->surf->pitch / 4 + (size_t)x];
    return (SDL_Color){(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
}

static long count_colour(LH *h, SDL_Rect r, SDL_Color c)
{
    long n = 0;
    for (int y = r.y > 0 ? r.y : 0; y < r.y + r.h && y < h->surf->h; y++)
        for (int x = r.x > 0 ? r.x : 0; x < r.x + r.w && x < h->surf->w; x++) {
            SDL_Color p = pixel(h, x, y);
            n += p.r == c.r && p.g == c.g && p.b == c.b;
        }
    return n;
}

/* Pixels of r that are not colour c (ink on a background). */
static long count_other(LH *h, SDL_Rect r, SDL_Color c)
{
    long all = (long)r.w * r.h;
    return all - count_colour(h, r, c);
}

static const LvBox *box(LH *h, LvBoxKind k, int arg)
{
    return lv_find_box(h->ls, k, arg);
}

static size_t count_boxes(LH *h, LvBoxKind k)
{
    size_t n = 0;
    for (size_t i = 0; i < h->ls->n_boxes; i++) n += h->ls->boxes[i].kind == k;
    return n;
}

/* --- the join screen ------------------------------------------------------------------------- */

/* Module (mx, my) of the QR code is dark in the pixels (sampled at its centre). */
static bool module_dark(LH *h, int mx, int my)
{
    const LiveScreen *ls = h->ls;
    int m = ls->qr_module;
    int x = ls->qr_rect.x + (4 + mx) * m + m / 2, y = ls->qr_rect.y + (4 + my) * m + m / 2;
    SDL_Color p = pixel(h, x, y);
    if (p.r == 0 && p.g == 0 && p.b == 0) return true;
    assert_true(p.r == 255 && p.g == 255 && p.b == 255); /* dark on light, nothing in between */
    return false;
}

static void assert_finder(LH *h, int ox, int oy)
{
    for (int y = 0; y < 7; y++)
        for (int x = 0; x < 7; x++) {
            bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            assert_int_equal(module_dark(h, ox + x, oy + y), ring || core);
        }
    /* The separator around it is light. */
    for (int i = -1; i <= 7; i++) {
        if (ox - 1 >= 0 && oy + i >= 0 && oy + i < h->ls->qr.size) assert_false(module_dark(h, ox - 1, oy + i));
        if (ox + 7 < h->ls->qr.size && oy + i >= 0 && oy + i < h->ls->qr.size) assert_false(module_dark(h, ox + 7, oy + i));
    }
}

static void check_qr(LH *h)
{
    LiveScreen *ls = h->ls;
    assert_true(ls->qr.size >= 21);
    assert_true(ls->qr_module >= 2);
    assert_non_null(box(h, LB_QR, 0));
    int n = ls->qr.size;
    assert_finder(h, 0, 0);
    assert_finder(h, n - 7, 0);
    assert_finder(h, 0, n - 7);
    /* The quiet zone: four light modules all round. */
    SDL_Rect quiet = {ls->qr_rect.x, ls->qr_rect.y, ls->qr_rect.w, 4 * ls->qr_module};
    assert_int_equal(count_colour(h, quiet, (SDL_Color){255, 255, 255, 255}), (long)quiet.w * quiet.h);
    quiet = (SDL_Rect){ls->qr_rect.x, ls->qr_rect.y, 4 * ls->qr_module, ls->qr_rect.h};
    assert_int_equal(count_colour(h, quiet, (SDL_Color){255, 255, 255, 255}), (long)quiet.w * quiet.h);
    /* And it is the code of the address. */
    QrCode want;
    assert_true(qr_encode(URL, &want));
    assert_int_equal(want.size, n);
    for (int y = 0; y < n; y++)
        for (int x = 0; x < n; x++) assert_int_equal(module_dark(h, x, y), qr_dark(&want, x, y));
    qr_free(&want);
}

static void join_screen_shows_the_code_and_a_qr_code(void **state)
{
    (void)state;
    static const char *const themes[] = {"light", "dark", "contrast"};
    for (size_t t = 0; t < 3; t++) {
        LH h;
        lh_open(&h, HARBOR, LIVE_TEACHER_PACED, themes[t]);
        const LvBox *code = box(&h, LB_CODE, 0);
        assert_non_null(code);
        assert_true(count_colour(&h, code->r, h.ls->ui.th->text) > 200); /* the letters, in the text colour */
        assert_non_null(box(&h, LB_URL, 0));
        assert_non_null(box(&h, LB_URL, 1));
        check_qr(&h);
        lh_close(&h);
    }
}

static void names_appear_as_students_join_and_show_as_typed(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    assert_int_equal(count_boxes(&h, LB_NAME), 0);
    int bo = join(&h, "b");
    wake(&h);
    assert_non_null(box(&h, LB_NAME, bo));
    int html = join(&h, "<b>");
    int amp = join(&h, "Zo\xC3\xAB & <i>");
    wake(&h); /* two joins, one redraw */
    assert_int_equal(count_boxes(&h, LB_NAME), 3);
    assert_string_equal(h.ls->v.seats[1].name, "<b>");
    assert_non_null(box(&h, LB_NAME, amp));
    /* The markup is drawn as characters: "<b>" leaves more than twice the ink of "b". */
    SDL_Color panel = h.ls->ui.th->panel;
    int in_x = ui_px(&h.ls->ui, 28), in_y = ui_px(&h.ls->ui, 4); /* past the frame and the dot */
    SDL_Rect rb = box(&h, LB_NAME, bo)->r, rh = box(&h, LB_NAME, html)->r;
    long plain = count_other(&h, (SDL_Rect){rb.x + in_x, rb.y + in_y, rb.w - in_x, rb.h - 2 * in_y}, panel);
    long tagged = count_other(&h, (SDL_Rect){rh.x + in_x, rh.y + in_y, rh.w - in_x, rh.h - 2 * in_y}, panel);
    assert_true(plain > 20);
    assert_true(tagged > plain * 2);
    lh_close(&h);
}

static void remove_lock_and_extra_time_by_key_and_click(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    int a = join(&h, "Ana"), b = join(&h, "Ben"), c = join(&h, "Cy");
    wake(&h);
    /* Click: remove Ben. */
    int before = h.changed;
    click_rect(&h, box(&h, LB_REMOVE, b)->r);
    assert_true(live_seat(h.live, b)->removed);
    assert_int_equal(h.changed, before + 1);
    assert_null(box(&h, LB_NAME, b));
    assert_int_equal(live_present_count(h.live), 2);
    /* Keys: the cursor on the first name, Right to Cy, Delete. */
    key(&h, SDLK_DOWN);
    assert_int_equal(h.ls->selected, a);
    key(&h, SDLK_RIGHT);
    assert_int_equal(h.ls->selected, c);
    key(&h, SDLK_DELETE);
    assert_true(live_seat(h.live, c)->removed);
    assert_false(live_seat(h.live, a)->removed);
    /* Extra time: T on the selected name, a click on its time button; ×1.5, ×2, back to ×1. */
    assert_int_equal(h.ls->selected, a);
    key(&h, SDLK_t);
    assert_int_equal(live_seat(h.live, a)->extra_percent, 150);
    click_rect(&h, box(&h, LB_EXTRA, a)->r);
    assert_int_equal(live_seat(h.live, a)->extra_percent, 200);
    /* The value shows on the name under the cursor only: the class sees this screen. */
    SDL_Color accent = h.ls->ui.th->accent;
    assert_true(count_colour(&h, box(&h, LB_EXTRA, a)->r, accent) > 50);
    key(&h, SDLK_HOME); /* the cursor stays on Ana: still shown */
    h.ls->selected = -1;
    h.ls->dirty = true;
    render_if_dirty(&h);
    assert_int_equal(count_colour(&h, box(&h, LB_EXTRA, a)->r, accent), 0);
    click_rect(&h, box(&h, LB_EXTRA, a)->r);
    assert_int_equal(live_seat(h.live, a)->extra_percent, 100);
    /* Lock by key, unlock by the footer button. */
    key(&h, SDLK_l);
    assert_true(live_locked(h.live));
    char token[LIVE_TOKEN_CHARS + 1] = "0123456789abcdef0123456789abcdef";
    int seat;
    assert_int_equal(live_join(h.live, "K7QX", "Late", token, h.now, &seat), LIVE_JOIN_LOCKED);
    click_rect(&h, box(&h, LB_ACTION, LA_LOCK)->r);
    assert_false(live_locked(h.live));
    assert_int_equal(h.locks, 0);
    lh_close(&h);
}

/* --- teacher-paced ------------------------------------------------------------------------------ */

static void count_follows_answers_and_the_countdown_ticks_the_core(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    key(&h, SDLK_RETURN); /* nobody yet: does not start */
    assert_int_equal(live_phase(h.live), LIVE_LOBBY);
    assert_non_null(strstr(h.ls->status, "Nobody"));
    int s[3] = {join(&h, "Ana"), join(&h, "Ben"), join(&h, "Cy")};
    wake(&h);
    key(&h, SDLK_RETURN);
    assert_int_equal(live_phase(h.live), LIVE_ASKING);
    assert_non_null(box(&h, LB_COUNT_TEXT, 0));
    assert_int_equal(h.ls->v.answered, 0);
    assert_int_equal(h.ls->v.present, 3);
    int w0 = box(&h, LB_COUNT_TEXT, 0)->r.w;
    h.now += 5000;
    answer_choice(&h, s[0], 1);
    wake(&h);
    assert_int_equal(h.ls->v.answered, 1);
    assert_true(box(&h, LB_COUNT_TEXT, 0)->r.w > 0 && box(&h, LB_COUNT_TEXT, 0)->r.w == w0);
    /* Before the reveal no tile is framed as right. */
    for (int i = 0; i < 3; i++) assert_int_equal(count_colour(&h, box(&h, LB_TILE, i)->r, h.ls->cui.th->good), 0);
    /* The countdown: one redraw a second; at 0 the projector ticks the core itself. */
    assert_int_equal(ui_live_next_timer_ms(h.ls), 1000);
    int before = h.changed;
    h.now += 35000;
    render_if_dirty(&h);
    assert_int_equal(live_phase(h.live), LIVE_TIME_UP);
    assert_int_equal(h.changed, before + 1);
    assert_int_equal(ui_live_next_timer_ms(h.ls), -1);
    /* + reopens it, P pauses. */
    key(&h, SDLK_PLUS);
    assert_int_equal(live_phase(h.live), LIVE_ASKING);
    key(&h, SDLK_p);
    assert_int_equal(live_phase(h.live), LIVE_PAUSED);
    key(&h, SDLK_p);
    assert_int_equal(live_phase(h.live), LIVE_ASKING);
    (void)s;
    lh_close(&h);
}

static void distribution_bars_after_the_reveal(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    int s[4] = {join(&h, "Ana"), join(&h, "Ben"), join(&h, "Cy"), join(&h, "Di")};
    key(&h, SDLK_SPACE);
    answer_choice(&h, s[0], 1);
    answer_choice(&h, s[1], 1);
    answer_choice(&h, s[2], 0);
    wake(&h);
    /* The bar area of tile A: no bar of A's colour before the reveal. */
    SDL_Rect a = box(&h, LB_TILE, 0)->r;
    SDL_Rect bars = {a.x + a.w * 2 / 3, a.y, a.w / 3, a.h};
    SDL_Color ca = ps_answer_colour(0);
    assert_int_equal(count_colour(&h, bars, ca), 0);
    key(&h, SDLK_SPACE);
    assert_int_equal(live_phase(h.live), LIVE_REVEALED);
    assert_int_equal(h.ls->v.n_dist, 3);
    assert_int_equal(h.ls->v.dist[0], 1);
    assert_int_equal(h.ls->v.dist[1], 2);
    assert_int_equal(h.ls->v.dist[2], 0);
    a = box(&h, LB_TILE, 0)->r;
    bars = (SDL_Rect){a.x + a.w * 2 / 3, a.y, a.w / 3, a.h};
    assert_true(count_colour(&h, bars, ca) > 50);
    /* B is right: green frame and check; A and C are not. */
    SDL_Color good = h.ls->cui.th->good;
    assert_true(count_colour(&h, box(&h, LB_TILE, 1)->r, good) > 200);
    assert_int_equal(count_colour(&h, box(&h, LB_TILE, 0)->r, good), 0);
    /* S: the leaderboard; → the next question (order: right / partly / wrong once revealed). */
    key(&h, SDLK_s);
    assert_int_equal(live_phase(h.live), LIVE_LEADERBOARD);
    key(&h, SDLK_RIGHT);
    assert_int_equal(live_phase(h.live), LIVE_ASKING);
    assert_int_equal(live_position(h.live), 1);
    /* Order: the events are listed, never in the right order before the reveal (the pack lists
     * them by date, so pack order would be the answer). */
    for (size_t qi = 0; qi < h.pack->n_questions; qi++) {
        const Question *q = &h.pack->questions[qi];
        if (q->format != FORMAT_ORDER) continue;
        int shown[PACK_MAX_ORDER_EVENTS];
        lv_order_shown(q, qi, shown);
        assert_true(memcmp(shown, q->order, q->n_order * sizeof *shown) != 0);
    }
    assert_non_null(box(&h, LB_TILE, 1));
    key(&h, SDLK_SPACE);
    assert_non_null(box(&h, LB_ROW, 0)); /* right */
    assert_non_null(box(&h, LB_ROW, 2)); /* wrong */
    key(&h, SDLK_RIGHT); /* after the last: the podium */
    assert_int_equal(live_phase(h.live), LIVE_FINISHED);
    key(&h, SDLK_ESCAPE);
    assert_true(ui_live_should_quit(h.ls));
    lh_close(&h);
}

/* A cite question (issue 9): the reveal counts both parts under the prompt; nothing before. */
static void cite_reveal_counts_both_parts(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, "tests/ui/fixtures/cite.json", LIVE_TEACHER_PACED, NULL);
    int s[3] = {join(&h, "Ana"), join(&h, "Ben"), join(&h, "Cy")};
    key(&h, SDLK_SPACE);
    const Question *q = &h.pack->questions[0];
    assert_true(q->cite);
    const int pick[3][2] = {{1, 1}, {1, 0}, {0, 1}}; /* both right, a guess, a misreading */
    for (int i = 0; i < 3; i++) {
        Answer a;
        answer_init(&a, q, NULL);
        a.choice = pick[i][0];
        assert_true(answer_cite_sentence(&a, h.pack, 0, pick[i][1]));
        assert_int_equal(live_answer(h.live, s[i], q->id, &a, h.now), LIVE_ANSWER_OK);
    }
    wake(&h);
    assert_int_equal(h.ls->v.cite.answered, 0); /* not before the reveal */
    SDL_Rect pr = box(&h, LB_PROMPT, 0)->r, t0 = box(&h, LB_TILE, 0)->r;
    SDL_Rect under = {pr.x, pr.y, pr.w, t0.y - pr.y}; /* the prompt and the line under it */
    long before = count_colour(&h, under, h.ls->cui.th->text);
    key(&h, SDLK_SPACE);
    assert_int_equal(live_phase(h.live), LIVE_REVEALED);
    const LiveCiteCounts *c = &h.ls->v.cite;
    assert_int_equal(c->answered, 3);
    assert_int_equal(c->right_answer, 2);
    assert_int_equal(c->right_evidence, 2);
    assert_int_equal(c->guessed, 1);
    assert_int_equal(c->misread, 1);
    assert_true(count_colour(&h, under, h.ls->cui.th->text) > before + 50); /* the counts line */
    assert_int_equal(h.ls->v.dist[1], 2); /* the bars are the answer part's */
    lh_close(&h);
}

/* A question whose evidence passages lie in different paragraphs of its article. */
static size_t spread_question(const Pack *p)
{
    for (size_t i = 0; i < p->n_questions; i++) {
        const Question *q = &p->questions[i];
        if (q->n_evidence < 2) continue;
        const Article *a = &p->articles[q->evidence[0].article];
        size_t para[2] = {0, 0};
        for (size_t k = 0; k < 2; k++)
            for (size_t j = 0; j < a->n_paragraphs; j++)
                if (a->paragraph_start[j] <= q->evidence[k].start) para[k] = j;
        if (q->evidence[1].article == q->evidence[0].article && para[0] != para[1]) return i;
    }
    return (size_t)-1;
}

static void reveal_highlights_every_passage(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, "quizzes/practice-river-bridge.json", LIVE_TEACHER_PACED, NULL);
    join(&h, "Ana");
    size_t target = spread_question(h.pack);
    assert_true(target != (size_t)-1);
    key(&h, SDLK_SPACE);
    while (live_position(h.live) < target) {
        key(&h, SDLK_SPACE);
        key(&h, SDLK_RIGHT);
    }
    const Question *q = &h.pack->questions[target];
    SDL_Color mark = h.ls->cui.th->mark;
    assert_int_equal(count_colour(&h, box(&h, LB_EXCERPT, 0)->r, mark), 0); /* nothing before */
    key(&h, SDLK_SPACE);
    assert_int_equal(live_phase(h.live), LIVE_REVEALED);
    assert_true(h.ls->ex.passages);
    for (size_t i = 0; i < q->n_evidence; i++) {
        if (q->evidence[i].article != q->evidence[0].article) continue;
        SDL_Rect r[8];
        size_t n = ex_range_rects(&h.ls->ex, q->evidence[i].start, q->evidence[i].end, r, 8);
        assert_true(n > 0); /* on screen … */
        assert_true(count_colour(&h, r[0], mark) > 0); /* … and highlighted */
    }
    lh_close(&h);
}

/* Before the reveal no pixel of the body is in the colour of a right answer or of the evidence
 * highlight, for every format and theme; after it, both are there. */
static void nothing_of_the_answer_before_the_reveal(void **state)
{
    (void)state;
    static const char *const themes[] = {"light", "dark", "contrast"};
    for (size_t t = 0; t < 3; t++) {
        LH h;
        lh_open(&h, MINIMAL, LIVE_TEACHER_PACED, themes[t]);
        join(&h, "Ana");
        key(&h, SDLK_SPACE);
        /* The body: in the contrast theme the countdown's accent is the highlight's yellow. */
        SDL_Rect all = h.ls->body;
        for (size_t q = 0; q < h.pack->n_questions; q++) {
            const Theme *th = h.ls->ui.th;
            assert_int_equal(live_phase(h.live), LIVE_ASKING);
            assert_int_equal(count_colour(&h, all, th->good), 0);
            assert_int_equal(count_colour(&h, all, th->good_bg), 0);
            assert_int_equal(count_colour(&h, all, th->mark), 0);
            key(&h, SDLK_SPACE);
            assert_true(count_colour(&h, all, th->good) > 0);
            if (h.pack->questions[q].n_evidence) assert_true(count_colour(&h, all, th->mark) > 0);
            key(&h, SDLK_RIGHT);
        }
        lh_close(&h);
    }
}

static void leaderboard_shows_the_top_five_and_never_the_bottom(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    static const char *const names[8] = {"Ana", "Ben", "Cy", "Di", "Ed", "Flo", "Gus", "Hal"};
    int s[8];
    for (int i = 0; i < 8; i++) s[i] = join(&h, names[i]);
    key(&h, SDLK_SPACE);
    for (int i = 0; i < 8; i++) {
        h.now += 1000;
        answer_choice(&h, s[i], i < 6 ? 1 : 0); /* the first six right, faster is better */
    }
    key(&h, SDLK_SPACE);
    key(&h, SDLK_s);
    assert_int_equal(live_phase(h.live), LIVE_LEADERBOARD);
    assert_int_equal(h.ls->v.n_top, LIVE_TOP_N);
    size_t rows = 0;
    for (size_t i = 0; i < h.ls->n_boxes; i++)
        rows += h.ls->boxes[i].kind == LB_ROW && h.ls->boxes[i].arg < 99;
    assert_int_equal(rows, LIVE_TOP_N);
    assert_non_null(box(&h, LB_ROW, 99)); /* "and 3 more students" */
    for (size_t i = 0; i < h.ls->v.n_top; i++) {
        assert_int_equal(h.ls->v.top[i].seat, s[i]);
        assert_true(h.ls->v.top[i].seat != s[6] && h.ls->v.top[i].seat != s[7]);
    }
    /* The podium: three steps, the rest a count. */
    key(&h, SDLK_ESCAPE);
    key(&h, SDLK_ESCAPE);
    assert_int_equal(live_phase(h.live), LIVE_FINISHED);
    assert_non_null(box(&h, LB_ROW, 1));
    assert_non_null(box(&h, LB_ROW, 99));
    lh_close(&h);
}

static void esc_ends_only_when_pressed_twice(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    join(&h, "Ana");
    key(&h, SDLK_SPACE);
    key(&h, SDLK_ESCAPE);
    assert_int_equal(live_phase(h.live), LIVE_ASKING);
    assert_true(h.ls->confirm_end);
    key(&h, SDLK_p); /* another key forgets it */
    assert_false(h.ls->confirm_end);
    key(&h, SDLK_ESCAPE);
    click_rect(&h, box(&h, LB_ACTION, LA_END)->r);
    assert_int_equal(live_phase(h.live), LIVE_FINISHED);
    lh_close(&h);
}

/* --- student-paced ---------------------------------------------------------------------------------- */

static void grid_shows_results_as_symbols_and_h_hides_it(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, MINIMAL, LIVE_STUDENT_PACED, NULL);
    int a = join(&h, "Ana"), b = join(&h, "Ben");
    key(&h, SDLK_RETURN);
    assert_int_equal(live_phase(h.live), LIVE_RUNNING);
    const Question *q0 = &h.pack->questions[0];
    Answer ans;
    answer_init(&ans, q0, NULL);
    ans.choice = q0->answer;
    assert_int_equal(live_answer(h.live, a, q0->id, &ans, h.now), LIVE_ANSWER_OK);
    ans.choice = (q0->answer + 1) % (int)q0->n_choices;
    assert_int_equal(live_answer(h.live, b, q0->id, &ans, h.now), LIVE_ANSWER_OK);
    assert_true(live_student_next(h.live, b, h.now));
    wake(&h);
    size_t nq = h.ls->v.n_questions;
    assert_int_equal(h.ls->v.grid[0 * nq + 0], LC_RIGHT);
    assert_int_equal(h.ls->v.grid[1 * nq + 0], LC_WRONG);
    assert_int_equal(h.ls->v.grid[0 * nq + 1], LC_NOT_YET);
    assert_int_equal(h.ls->v.answers, 2);
    const LvBox *g = box(&h, LB_GRID, 0);
    assert_non_null(g);
    SDL_Rect grid = g->r;
    assert_true(count_colour(&h, grid, h.ls->ui.th->good) > 10); /* a check */
    assert_true(count_colour(&h, grid, h.ls->ui.th->bad) > 10);  /* a cross */
    key(&h, SDLK_h);
    assert_true(h.ls->grid_hidden);
    assert_null(box(&h, LB_GRID, 0));
    assert_int_equal(count_colour(&h, grid, h.ls->ui.th->good), 0);
    key(&h, SDLK_h);
    assert_non_null(box(&h, LB_GRID, 0));
    lh_close(&h);
}

/* --- layout --------------------------------------------------------------------------------------- */

static bool overlap(SDL_Rect a, SDL_Rect b)
{
    return SDL_HasIntersection(&a, &b);
}

static void assert_no_overlaps(LH *h, const char *what)
{
    const LiveScreen *ls = h->ls;
    for (size_t i = 0; i < ls->n_boxes; i++) {
        SDL_Rect a = ls->boxes[i].r;
        if (a.x < 0 || a.y < 0 || a.x + a.w > h->surf->w || a.y + a.h > h->surf->h || a.w <= 0 || a.h <= 0) {
            fprintf(stderr, "%s: box %zu (kind %d) off screen: %d,%d %dx%d\n", what, i, ls->boxes[i].kind, a.x, a.y, a.w, a.h);
            fail();
        }
        for (size_t j = i + 1; j < ls->n_boxes; j++)
            if (overlap(a, ls->boxes[j].r)) {
                SDL_Rect b = ls->boxes[j].r;
                fprintf(stderr, "%s: kind %d arg %d (%d,%d %dx%d) overlaps kind %d arg %d (%d,%d %dx%d)\n", what,
                        ls->boxes[i].kind, ls->boxes[i].arg, a.x, a.y, a.w, a.h, ls->boxes[j].kind,
                        ls->boxes[j].arg, b.x, b.y, b.w, b.h);
                fail();
            }
    }
}

static void no_overlaps_at(int w, int hgt)
{
    static const char *const names[] = {"Ana", "Ben", "Cy", "Di", "Ed", "Flo", "Gus", "Hal",
                                        "Ingrid Marie-Louise Johansson", "Jo", "Kai", "<b>Lu</b>"};
    LH h;
    lh_open_sized(&h, MINIMAL, LIVE_TEACHER_PACED, NULL, w, hgt);
    int s[12];
    for (int i = 0; i < 12; i++) s[i] = join(&h, names[i]);
    wake(&h);
    assert_no_overlaps(&h, "join");
    if (w == 640) { /* twenty names do not fit: the last tile pages on */
        static const char *const more_names[8] = {"Mo", "Ned", "Oz", "Pia", "Q", "Ray", "Sue", "Tia"};
        for (int i = 0; i < 8; i++) join(&h, more_names[i]);
        wake(&h);
        const LvBox *more = box(&h, LB_MORE, 0);
        assert_non_null(more);
        size_t before = count_boxes(&h, LB_NAME);
        click_rect(&h, more->r);
        assert_null(box(&h, LB_NAME, s[0]));
        assert_true(count_boxes(&h, LB_NAME) > 0 && count_boxes(&h, LB_NAME) <= before);
        assert_no_overlaps(&h, "join, second page");
    }
    key(&h, SDLK_SPACE);
    for (size_t q = 0; q < h.pack->n_questions; q++) {
        if (h.pack->questions[q].format == FORMAT_CHOICE) answer_choice(&h, s[0], 0);
        assert_no_overlaps(&h, "asking");
        key(&h, SDLK_SPACE);
        assert_no_overlaps(&h, "revealed");
        key(&h, SDLK_s);
        assert_no_overlaps(&h, "leaderboard");
        key(&h, SDLK_RIGHT);
    }
    assert_int_equal(live_phase(h.live), LIVE_FINISHED);
    assert_no_overlaps(&h, "podium");
    lh_close(&h);
    lh_open_sized(&h, MINIMAL, LIVE_STUDENT_PACED, NULL, w, hgt);
    for (int i = 0; i < 12; i++) join(&h, names[i]);
    key(&h, SDLK_SPACE);
    assert_no_overlaps(&h, "grid");
    lh_close(&h);
}

static void no_widgets_overlap_at_640x480_and_1920x1080(void **state)
{
    (void)state;
    no_overlaps_at(640, 480);
    no_overlaps_at(1920, 1080);
}

/* --- students on other threads ------------------------------------------------------------------ */

typedef struct Threaded {
    LH *h;
    SDL_mutex *mu;
    int joined;
} Threaded;

static void mu_lock(void *ctx) { SDL_LockMutex(((Threaded *)ctx)->mu); }
static void mu_unlock(void *ctx) { SDL_UnlockMutex(((Threaded *)ctx)->mu); }
static void mu_changed(void *ctx) { (void)ctx; }
static int64_t mu_now(void *ctx) { return ((Threaded *)ctx)->h->now; }

/* What the network layer does: change the Live under the lock, then wake the projector. */
static int students_thread(void *data)
{
    Threaded *t = data;
    for (int i = 0; i < 6; i++) {
        char name[16], token[LIVE_TOKEN_CHARS + 1];
        snprintf(name, sizeof name, "Student %d", i + 1);
        snprintf(token, sizeof token, "%032x", i + 100);
        int seat;
        SDL_LockMutex(t->mu);
        if (live_join(t->h->live, "K7QX", name, token, t->h->now, &seat) == LIVE_JOIN_OK) t->joined++;
        SDL_UnlockMutex(t->mu);
        ui_live_wake();
        SDL_Delay(3);
    }
    return 0;
}

static void students_on_other_threads_wake_the_projector(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    ui_live_destroy(h.ls); /* again, with a real lock */
    Threaded t = {&h, SDL_CreateMutex(), 0};
    UiLiveHost host = {h.live, mu_lock, mu_unlock, mu_changed, mu_now, &t, h.urls, 1};
    UiLiveOptions opt = {.data_dir = BYLINE_SOURCE_DIR};
    char err[256];
    h.ls = ui_live_create(h.r, NULL, &host, &opt, err, sizeof err);
    assert_non_null(h.ls);
    SDL_Thread *th = SDL_CreateThread(students_thread, "students", &t);
    assert_non_null(th);
    Uint64 until = SDL_GetTicks64() + 10000;
    while (h.ls->v.n_seats < 6 && SDL_GetTicks64() < until) {
        if (ui_live_dirty(h.ls)) ui_live_render(h.ls);
        SDL_Event e;
        if (SDL_WaitEventTimeout(&e, 200)) ui_live_handle_event(h.ls, &e);
    }
    SDL_WaitThread(th, NULL);
    assert_int_equal(t.joined, 6);
    assert_int_equal(h.ls->v.n_seats, 6);
    render_if_dirty(&h);
    assert_int_equal(count_boxes(&h, LB_NAME), 6);
    lh_close(&h);
    SDL_DestroyMutex(t.mu);
}

/* --- presenter setup's "Live" choice --------------------------------------------------------- */

static bool fake_start_live(void *ctx, const Pack *pack, LivePacing pacing, LiveRules rules, UiLiveHost *host,
                            char *err, size_t n)
{
    LH *h = ctx;
    h->live = live_create(pack, pacing, rules, "K7QX", 7, h->now, err, n);
    if (!h->live) return false;
    h->speed = rules.speed_points;
    *host = (UiLiveHost){h->live, fake_lock, fake_unlock, fake_changed, fake_now, h, h->urls, 1};
    return true;
}

static void fake_stop_live(void *ctx, UiLiveHost *host)
{
    LH *h = ctx;
    assert_ptr_equal(host->live, h->live);
    h->stopped++;
}

static void push_key(SDL_Keycode k)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    assert_int_equal(SDL_PushEvent(&e), 1);
}

static void presenter_setup_offers_live_and_runs_the_projector_in_its_window(void **state)
{
    (void)state;
    LH h;
    memset(&h, 0, sizeof h);
    h.now = 1000000;
    h.urls[0] = URL;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    Diagnostics d;
    diag_init(&d, HARBOR);
    h.pack = pack_load_file(tu_source_path(HARBOR), &d);
    diag_free(&d);
    assert_non_null(h.pack);
    h.surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 800, 32, SDL_PIXELFORMAT_ARGB8888);
    h.r = SDL_CreateSoftwareRenderer(h.surf);
    PresentConfig cfg = {.pack = h.pack, .data_dir = BYLINE_SOURCE_DIR, .speed_bonus = true,
                         .start_live = fake_start_live, .stop_live = fake_stop_live, .live_ctx = &h};
    char err[256];
    PresentScreen *ps = ui_present_create(h.r, NULL, &cfg, err, sizeof err);
    assert_non_null(ps);
    ui_present_render(ps);
    const PsHit *live = ps_find_hit(ps, HIT_SETUP_LIVE, 0);
    assert_non_null(live);
    if (getenv("BYLINE_SETUP_SHOT")) ui_present_screenshot(ps, getenv("BYLINE_SETUP_SHOT"), err, sizeof err);
    live = ps_find_hit(ps, HIT_SETUP_LIVE, 0);
    /* The teacher ends the class (Esc twice) and closes the projector (Esc): queued before the
     * click, they are what the projector's own loop reads. */
    push_key(SDLK_ESCAPE);
    push_key(SDLK_ESCAPE);
    push_key(SDLK_ESCAPE);
    SDL_Event e = {0};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = live->r.x + live->r.w / 2;
    e.button.y = live->r.y + live->r.h / 2;
    ui_present_handle_event(ps, &e);
    e.type = SDL_MOUSEBUTTONUP;
    ui_present_handle_event(ps, &e);
    assert_non_null(h.live);
    assert_true(h.speed);
    assert_int_equal(live_pacing(h.live), LIVE_TEACHER_PACED);
    assert_int_equal(live_phase(h.live), LIVE_FINISHED);
    assert_int_equal(h.stopped, 1);
    assert_true(ui_present_should_quit(ps));
    assert_false(ui_present_quit_all(ps));
    ui_present_destroy(ps);
    live_free(h.live);
    SDL_DestroyRenderer(h.r);
    SDL_FreeSurface(h.surf);
    pack_free(h.pack);
    SDL_Quit();
}

static void presenter_setup_without_live_has_no_live_button(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    Diagnostics d;
    diag_init(&d, HARBOR);
    Pack *pack = pack_load_file(tu_source_path(HARBOR), &d);
    diag_free(&d);
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 800, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(surf);
    PresentConfig cfg = {.pack = pack, .data_dir = BYLINE_SOURCE_DIR};
    char err[256];
    PresentScreen *ps = ui_present_create(r, NULL, &cfg, err, sizeof err);
    assert_non_null(ps);
    ui_present_render(ps);
    assert_null(ps_find_hit(ps, HIT_SETUP_LIVE, 0));
    ui_present_destroy(ps);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    pack_free(pack);
    SDL_Quit();
}

/* --- screenshots for docs/ ---------------------------------------------------------------------- */

static void shot(LH *h, const char *dir, const char *name)
{
    char path[1200], err[300];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (!ui_live_screenshot(h->ls, path, err, sizeof err)) fprintf(stderr, "%s\n", err);
    else printf("wrote %s\n", path);
}

static int shot_w = 1280, shot_h = 800;

static int screenshots(const char *dir)
{
    static const char *const names[] = {"Amara", "Ben", "Chloé", "Dev", "Eli", "Farah", "Gabe", "Hana",
                                        "Ivo", "Jules", "Kofi", "Lena", "Mateo", "Nia", "<b>Omar</b>",
                                        "Priya", "Quinn", "Rosa", "Sami", "Tomás", "Uma", "Vik"};
    const size_t n = sizeof names / sizeof names[0];
    LH h;
    lh_open_sized(&h, "quizzes/practice-river-bridge.json", LIVE_TEACHER_PACED, NULL, shot_w, shot_h);
    int s[32];
    for (size_t i = 0; i < n; i++) s[i] = join(&h, names[i]);
    live_set_connected(h.live, s[3], true);
    for (size_t i = 0; i < n; i++) live_set_connected(h.live, s[i], i != 5);
    live_set_extra_time(h.live, s[4], 150);
    h.ls->selected = s[4]; /* the cursor on Eli: his extra time shows */
    h.ls->dirty = true;
    render_if_dirty(&h);
    shot(&h, dir, "live-join.png");
    key(&h, SDLK_SPACE);
    h.now += 12400;
    for (size_t i = 0; i < 17; i++) answer_choice(&h, s[i], i % 5 == 0 ? 0 : i % 7 == 0 ? 2 : h.pack->questions[0].answer);
    h.ls->dirty = true;
    render_if_dirty(&h);
    shot(&h, dir, "live-question.png");
    key(&h, SDLK_SPACE);
    shot(&h, dir, "live-reveal.png");
    key(&h, SDLK_s);
    shot(&h, dir, "live-leaderboard.png");
    size_t spread = spread_question(h.pack);
    while (live_phase(h.live) != LIVE_FINISHED && live_position(h.live) < spread) {
        key(&h, SDLK_RIGHT);
        const Question *q = &h.pack->questions[live_position(h.live)];
        if (live_position(h.live) == spread && q->format == FORMAT_CHOICE)
            for (size_t i = 0; i < 20; i++)
                answer_choice(&h, s[i], i % 4 == 1 ? (q->answer + 2) % (int)q->n_choices : q->answer);
        key(&h, SDLK_SPACE);
    }
    shot(&h, dir, "live-evidence.png");
    key(&h, SDLK_ESCAPE);
    key(&h, SDLK_ESCAPE);
    shot(&h, dir, "live-podium.png");
    lh_close(&h);
    lh_open_sized(&h, "quizzes/practice-river-bridge.json", LIVE_STUDENT_PACED, "dark", shot_w, shot_h);
    for (size_t i = 0; i < n; i++) s[i] = join(&h, names[i]);
    key(&h, SDLK_SPACE);
    for (size_t i = 0; i < n; i++) {
        size_t upto = (i * 7) % h.pack->n_questions;
        for (size_t q = 0; q < upto; q++) {
            const Question *qq = &h.pack->questions[q];
            Answer a;
            answer_init(&a, qq, NULL);
            bool right = (i + q) % 3 != 0;
            switch (qq->format) {
            case FORMAT_CHOICE: a.choice = right ? qq->answer : (qq->answer + 1) % (int)qq->n_choices; break;
            case FORMAT_MULTI: a.picked = right ? qq->answers : (qq->answers & 1u) | 2u; break;
            case FORMAT_TRUE_FALSE: a.truth = right ? qq->truth : !qq->truth; break;
            case FORMAT_TEXT: snprintf(a.text, sizeof a.text, "%s", right ? qq->accept[0] : "no idea"); break;
            case FORMAT_EVIDENCE:
                answer_pick_sentence(&a, h.pack, qq->evidence[0].article,
                                     right ? pack_sentence_at(&h.pack->articles[qq->evidence[0].article], qq->evidence[0].start) : 0);
                break;
            default: break;
            }
            live_answer(h.live, s[i], qq->id, &a, h.now);
            live_student_next(h.live, s[i], h.now);
        }
    }
    h.ls->dirty = true;
    render_if_dirty(&h);
    shot(&h, dir, "live-grid.png");
    lh_close(&h);
    return 0;
}

/* `test_ui_live --run SCRIPT [PNG]`: the real window and loop (ui_live_run) on a fake class of
 * five students, for a look under Xvfb. */
static int run_window(const char *script, const char *png)
{
    LH h;
    memset(&h, 0, sizeof h);
    h.now = 1000000;
    h.urls[0] = URL;
    Diagnostics d;
    diag_init(&d, "practice-river-bridge.json");
    h.pack = pack_load_file(tu_source_path("quizzes/practice-river-bridge.json"), &d);
    diag_free(&d);
    char err[256];
    h.live = live_create(h.pack, LIVE_TEACHER_PACED, live_default_rules(LIVE_TEACHER_PACED), "K7QX", 7, h.now, err,
                         sizeof err);
    if (!h.pack || !h.live) return 2;
    static const char *const names[] = {"Amara", "Ben", "Chlo\xC3\xA9", "<b>Dev</b>", "Eli"};
    for (int i = 0; i < 5; i++) join(&h, names[i]);
    UiLiveHost host = {h.live, fake_lock, fake_unlock, fake_changed, fake_now, &h, h.urls, 1};
    UiLiveOptions opt = {.data_dir = BYLINE_SOURCE_DIR, .theme = "light", .script = script, .screenshot = png};
    int status = ui_live_run(&host, &opt);
    printf("phase %d, %zu present, status %d\n", (int)live_phase(h.live), live_present_count(h.live), status);
    live_free(h.live);
    pack_free(h.pack);
    return status;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "--run") == 0) return run_window(argv[2], argc >= 4 ? argv[3] : NULL);
    if (argc >= 3 && strcmp(argv[1], "--screenshots") == 0) {
        if (argc == 5) {
            shot_w = atoi(argv[3]);
            shot_h = atoi(argv[4]);
        }
        return screenshots(argv[2]);
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(join_screen_shows_the_code_and_a_qr_code),
        cmocka_unit_test(names_appear_as_students_join_and_show_as_typed),
        cmocka_unit_test(remove_lock_and_extra_time_by_key_and_click),
        cmocka_unit_test(count_follows_answers_and_the_countdown_ticks_the_core),
        cmocka_unit_test(distribution_bars_after_the_reveal),
        cmocka_unit_test(cite_reveal_counts_both_parts),
        cmocka_unit_test(reveal_highlights_every_passage),
        cmocka_unit_test(nothing_of_the_answer_before_the_reveal),
        cmocka_unit_test(leaderboard_shows_the_top_five_and_never_the_bottom),
        cmocka_unit_test(esc_ends_only_when_pressed_twice),
        cmocka_unit_test(grid_shows_results_as_symbols_and_h_hides_it),
        cmocka_unit_test(no_widgets_overlap_at_640x480_and_1920x1080),
        cmocka_unit_test(students_on_other_threads_wake_the_projector),
        cmocka_unit_test(presenter_setup_offers_live_and_runs_the_projector_in_its_window),
        cmocka_unit_test(presenter_setup_without_live_has_no_live_button),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
