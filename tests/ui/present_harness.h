/* present_harness.h — drives the presenter screen headless for the presenter UI tests: a
 * software renderer on a 1280x800 surface (no window), an injected clock that only the test
 * moves, an optional store in a temporary file, and synthetic events. Header-only because each
 * UI test is its own executable. */
#ifndef BYLINE_PRESENT_HARNESS_H
#define BYLINE_PRESENT_HARNESS_H
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"
#include "text.h"
#include "ui_present_internal.h"
#include <SDL.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#define HARBOR "tests/fixtures/good/harbor.json"   /* Q1 choice (answer B), Q2 order; 40 s */
#define MINIMAL "tests/fixtures/good/minimal.json" /* every format; 30 s */

typedef struct PH {
    SDL_Surface *surf;
    SDL_Renderer *r;
    PresentScreen *ps;
    Pack *pack;
    Store *store;
    char store_path[64];
    int64_t now;
} PH;

static inline uint64_t ph_clock(void *ctx) { return (uint64_t)((PH *)ctx)->now; }
static inline int64_t ph_unix(void *ctx) { (void)ctx; return 1760000000; }

static const char *const TEAMS3[] = {"Owls", "Foxes", "Bears"};

static inline void render_if_dirty(PH *h)
{
    if (ui_present_dirty(h->ps)) ui_present_render(h->ps);
}

/* A screen on `pack` with the given teams pre-filled (n 0: none) and, when with_store, a store
 * in a fresh temporary file. Stays on the setup stage. */
/* The same on a w x ht surface. */
static inline void ph_open_sized(PH *h, const char *pack, const char *const *teams, size_t n, PresentMode mode,
                                 bool bonus, bool with_store, const char *theme, int w, int ht);

static inline void ph_open(PH *h, const char *pack, const char *const *teams, size_t n, PresentMode mode,
                    bool bonus, bool with_store, const char *theme)
{
    ph_open_sized(h, pack, teams, n, mode, bonus, with_store, theme, 1280, 800);
}

static inline void ph_open_sized(PH *h, const char *pack, const char *const *teams, size_t n, PresentMode mode,
                                 bool bonus, bool with_store, const char *theme, int w, int ht)
{
    memset(h, 0, sizeof *h);
    h->now = 1000;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    Diagnostics d;
    diag_init(&d, pack);
    h->pack = pack_load_file(tu_source_path(pack), &d);
    diag_free(&d);
    assert_non_null(h->pack);
    if (with_store) {
        snprintf(h->store_path, sizeof h->store_path, "/tmp/byline-present-XXXXXX");
        int fd = mkstemp(h->store_path);
        assert_true(fd >= 0);
        close(fd);
        unlink(h->store_path); /* store_open creates it */
        char err[256];
        h->store = store_open(h->store_path, err, sizeof err);
        assert_non_null(h->store);
    }
    h->surf = SDL_CreateRGBSurfaceWithFormat(0, w, ht, 32, SDL_PIXELFORMAT_ARGB8888);
    h->r = SDL_CreateSoftwareRenderer(h->surf);
    assert_non_null(h->r);
    PresentConfig cfg = {
        .pack = h->pack, .data_dir = BYLINE_SOURCE_DIR, .store = h->store, .teams = teams,
        .n_teams = n, .mode = mode, .speed_bonus = bonus, .theme = theme, .now_ms = ph_clock,
        .now_unix = ph_unix, .clock_ctx = h, .seed = 7,
    };
    char err[256];
    h->ps = ui_present_create(h->r, NULL, &cfg, err, sizeof err);
    if (!h->ps) fprintf(stderr, "ui_present_create: %s\n", err);
    assert_non_null(h->ps);
    render_if_dirty(h);
}

static inline void ph_close(PH *h)
{
    ui_present_destroy(h->ps);
    SDL_DestroyRenderer(h->r);
    SDL_FreeSurface(h->surf);
    store_close(h->store);
    pack_free(h->pack);
    if (h->store_path[0]) {
        char p[80];
        unlink(h->store_path);
        snprintf(p, sizeof p, "%s-wal", h->store_path);
        unlink(p);
        snprintf(p, sizeof p, "%s-shm", h->store_path);
        unlink(p);
    }
    SDL_Quit();
}

static inline void send(PH *h, SDL_Event *e)
{
    ui_present_handle_event(h->ps, e);
    render_if_dirty(h);
}

static inline void key(PH *h, SDL_Keycode k)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = k;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(k);
    send(h, &e);
}

static inline void type(PH *h, const char *s)
{
    SDL_Event e = {0};
    e.type = SDL_TEXTINPUT;
    snprintf(e.text.text, sizeof e.text.text, "%s", s);
    send(h, &e);
}

static inline void click(PH *h, int x, int y)
{
    SDL_Event e = {0};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = x;
    e.button.y = y;
    send(h, &e);
    e.type = SDL_MOUSEBUTTONUP;
    send(h, &e);
}

static inline void click_rect(PH *h, SDL_Rect r)
{
    click(h, r.x + r.w / 2, r.y + r.h / 2);
}

static inline void later(PH *h, int64_t ms)
{
    h->now += ms;
    render_if_dirty(h);
}

static inline const Presenter *P(PH *h) { return ui_present_presenter(h->ps); }

static inline SDL_Color pixel(PH *h, int x, int y)
{
    Uint32 v = ((const Uint32 *)h->surf->pixels)[(size_t)y * (size_t)h->surf->pitch / 4 + (size_t)x];
    return (SDL_Color){(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
}

/* Pixels of r (clipped to the surface) that have colour c exactly. */
static inline long count_colour(PH *h, SDL_Rect r, SDL_Color c)
{
    long n = 0;
    for (int y = r.y > 0 ? r.y : 0; y < r.y + r.h && y < h->surf->h; y++)
        for (int x = r.x > 0 ? r.x : 0; x < r.x + r.w && x < h->surf->w; x++) {
            SDL_Color p = pixel(h, x, y);
            n += p.r == c.r && p.g == c.g && p.b == c.b;
        }
    return n;
}

static inline void redraw(PH *h)
{
    ui_present_render(h->ps);
}

static inline void start(PH *h)
{
    key(h, SDLK_RETURN); /* the setup's field is empty: Enter starts */
    assert_non_null(P(h));
    assert_int_equal(presenter_phase(P(h)), PHASE_ASKING);
}

typedef struct Rows {
    int n;
    char profile[8][32];
    char answer[8][64];
    double points[8];
    int64_t attempt[8], session[8];
    int correct[8];
} Rows;

static inline void collect_answer(const StoredAnswerRow *row, void *ctx)
{
    Rows *r = ctx;
    if (r->n >= 8) return;
    snprintf(r->profile[r->n], 32, "%s", row->profile);
    snprintf(r->answer[r->n], 64, "%s", row->answer.answer_data);
    r->points[r->n] = row->answer.points;
    r->correct[r->n] = row->answer.correct;
    r->attempt[r->n] = row->attempt;
    r->session[r->n] = row->session;
    assert_string_equal(row->mode, "present");
    r->n++;
}

typedef struct Attempts {
    int n, finished;
    int64_t session[8], id[8];
    double score[8], max[8];
} Attempts;

static inline void collect_attempt(const StoredAttempt *a, void *ctx)
{
    Attempts *s = ctx;
    if (s->n >= 8) return;
    s->id[s->n] = a->id;
    s->session[s->n] = a->session;
    s->score[s->n] = a->score;
    s->max[s->n] = a->max_score;
    s->finished += a->finished != 0;
    s->n++;
}


#endif
