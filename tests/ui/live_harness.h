/* live_harness.h — drives the live projector headless for the live projector's UI tests
 * (test_ui_live*.c): a software renderer on a surface (no window), a fake host (a lock that only
 * counts, an injected clock only the test moves, a count of changed() calls), students played by
 * direct core calls (live_join, live_answer) followed by ui_live_wake as the network threads do,
 * and pixel counts. Header-only because each UI test is its own executable. */
#ifndef BYLINE_LIVE_HARNESS_H
#define BYLINE_LIVE_HARNESS_H
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

static inline void fake_lock(void *ctx) { ((LH *)ctx)->locks++; }
static inline void fake_unlock(void *ctx) { ((LH *)ctx)->locks--; }
static inline void fake_changed(void *ctx)
{
    LH *h = ctx;
    assert_int_equal(h->locks, 1); /* changed() is called under the lock */
    h->changed++;
}
static inline int64_t fake_now(void *ctx) { return ((LH *)ctx)->now; }

static inline void render_if_dirty(LH *h)
{
    if (ui_live_dirty(h->ls)) ui_live_render(h->ls);
}

static inline void lh_open_sized(LH *h, const char *pack, LivePacing pacing, const char *theme, int w, int hgt)
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

static inline void lh_open(LH *h, const char *pack, LivePacing pacing, const char *theme)
{
    lh_open_sized(h, pack, pacing, theme, 1280, 800);
}

static inline void lh_close(LH *h)
{
    ui_live_destroy(h->ls);
    SDL_DestroyRenderer(h->r);
    SDL_FreeSurface(h->surf);
    live_free(h->live);
    pack_free(h->pack);
    SDL_Quit();
}

static inline void send(LH *h, SDL_Event *e)
{
    ui_live_handle_event(h->ls, e);
    render_if_dirty(h);
}

static inline void key(LH *h, SDL_Keycode k)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = k;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(k);
    send(h, &e);
}

static inline void click_rect(LH *h, SDL_Rect r)
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
static inline void wake(LH *h)
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

static inline int join(LH *h, const char *name)
{
    char token[LIVE_TOKEN_CHARS + 1];
    snprintf(token, sizeof token, "%032zx", live_seat_count(h->live) + 1);
    int seat = -1;
    assert_int_equal(live_join(h->live, "K7QX", name, token, h->now, &seat), LIVE_JOIN_OK);
    return seat;
}

static inline void answer_choice(LH *h, int seat, int choice)
{
    const Question *q = &h->pack->questions[live_position(h->live)];
    Answer a;
    answer_init(&a, q, NULL);
    a.choice = choice;
    assert_int_equal(live_answer(h->live, seat, q->id, &a, h->now), LIVE_ANSWER_OK);
}

static inline SDL_Color pixel(LH *h, int x, int y)
{
    Uint32 v = ((const Uint32 *)h->surf->pixels)[(size_t)y * (size_t)h->surf->pitch / 4 + (size_t)x];
    return (SDL_Color){(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
}

static inline long count_colour(LH *h, SDL_Rect r, SDL_Color c)
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
static inline long count_other(LH *h, SDL_Rect r, SDL_Color c)
{
    long all = (long)r.w * r.h;
    return all - count_colour(h, r, c);
}

static inline const LvBox *box(LH *h, LvBoxKind k, int arg)
{
    return lv_find_box(h->ls, k, arg);
}

static inline size_t count_boxes(LH *h, LvBoxKind k)
{
    size_t n = 0;
    for (size_t i = 0; i < h->ls->n_boxes; i++) n += h->ls->boxes[i].kind == k;
    return n;
}

/* A question whose evidence passages lie in different paragraphs of its article. */
static inline size_t spread_question(const Pack *p)
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

#endif
