/* ui_harness.h — drives the app headless for the UI tests: a software renderer on an SDL
 * surface (no window), a fake clock, a temporary data folder, and synthetic input events.
 * Header-only because each UI test is its own executable. */
#ifndef BYLINE_UI_HARNESS_H
#define BYLINE_UI_HARNESS_H
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"
#include "text.h"
#include "ui_internal.h"
#include "ui_script.h"
#include "trace_find.h"
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct Harness {
    SDL_Surface *surf;
    SDL_Renderer *r;
    App *app;
    char home[64];
    uint64_t now_ms;
    int64_t now_unix;
    AppConfig cfg;
    const char *packs[4];
    const char *watch;   /* set before h_start: the teacher preview of this pack file */
} Harness;

static inline uint64_t h_clock_ms(void *ctx) { return ((Harness *)ctx)->now_ms; }
static inline int64_t h_clock_unix(void *ctx) { return ((Harness *)ctx)->now_unix; }

/* Creates the target and the app. `home` NULL: a fresh temporary data folder. */
static inline bool h_start(Harness *h, int w, int ht, const char *pack, const char *profile)
{
    if (!h->home[0]) {
        snprintf(h->home, sizeof h->home, "/tmp/byline-ui-XXXXXX");
        if (!mkdtemp(h->home)) return false;
        h->now_ms = 1000;
        h->now_unix = 1760000000;
    }
    if (SDL_WasInit(SDL_INIT_VIDEO) == 0 && SDL_Init(SDL_INIT_VIDEO) != 0) return false;
    h->surf = SDL_CreateRGBSurfaceWithFormat(0, w, ht, 32, SDL_PIXELFORMAT_ARGB8888);
    h->r = h->surf ? SDL_CreateSoftwareRenderer(h->surf) : NULL;
    if (!h->r) return false;
    h->packs[0] = pack;
    h->cfg = (AppConfig){
        .data_dir = BYLINE_SOURCE_DIR, .home = h->home, .packs = h->packs, .n_packs = pack ? 1 : 0,
        .no_bundled = pack != NULL, .profile = profile, .now_ms = h_clock_ms,
        .now_unix = h_clock_unix, .clock_ctx = h, .seed = 42, .watch = h->watch,
    };
    char err[512];
    h->app = ui_app_create(h->r, NULL, &h->cfg, err, sizeof err);
    if (!h->app) fprintf(stderr, "ui_app_create: %s\n", err);
    else ui_app_render(h->app);
    return h->app != NULL;
}

/* Destroys the app and target, keeping the data folder (to test reopening). */
static inline void h_stop(Harness *h)
{
    ui_app_destroy(h->app);
    h->app = NULL;
    if (h->r) SDL_DestroyRenderer(h->r);
    if (h->surf) SDL_FreeSurface(h->surf);
    h->r = NULL;
    h->surf = NULL;
}

static inline void h_finish(Harness *h)
{
    h_stop(h);
    static const char *const files[] = {"progress.db", "progress.db-wal", "progress.db-shm",
                                        "progress.db-journal", "settings.txt", "settings.txt.tmp"};
    char path[128];
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", h->home, files[i]);
        unlink(path);
    }
    rmdir(h->home);
    h->home[0] = '\0';
    SDL_Quit();
}

static inline void h_send(Harness *h, SDL_Event *e)
{
    ui_app_handle_event(h->app, e);
    if (ui_app_dirty(h->app)) ui_app_render(h->app);
}

static inline void h_key_mod(Harness *h, SDL_Keycode k, Uint16 mod)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = k;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(k);
    e.key.keysym.mod = mod;
    h_send(h, &e);
}

static inline void h_key(Harness *h, SDL_Keycode k) { h_key_mod(h, k, 0); }

static inline void h_text(Harness *h, const char *s)
{
    SDL_Event e = {0};
    e.type = SDL_TEXTINPUT;
    snprintf(e.text.text, sizeof e.text.text, "%s", s);
    h_send(h, &e);
}

static inline void h_mouse(Harness *h, Uint32 type, int x, int y)
{
    SDL_Event e = {0};
    e.type = type;
    if (type == SDL_MOUSEMOTION) {
        e.motion.x = x;
        e.motion.y = y;
    } else {
        e.button.button = SDL_BUTTON_LEFT;
        e.button.x = x;
        e.button.y = y;
        e.button.clicks = 1;
    }
    h_send(h, &e);
}

static inline void h_click(Harness *h, int x, int y)
{
    h_mouse(h, SDL_MOUSEMOTION, x, y);
    h_mouse(h, SDL_MOUSEBUTTONDOWN, x, y);
    h_mouse(h, SDL_MOUSEBUTTONUP, x, y);
}

static inline void h_wheel(Harness *h, int x, int y, int dy)
{
    SDL_Event e = {0};
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = dy;
    e.wheel.mouseX = x;
    e.wheel.mouseY = y;
    h_send(h, &e);
}

static inline const Hit *h_hit(Harness *h, Action act, int arg)
{
    app_layout(h->app);
    return app_find_hit(h->app, act, arg);
}

/* Clicks the middle of the visible part of a hit; false when there is none. */
static inline bool h_click_hit(Harness *h, Action act, int arg)
{
    const Hit *hit = h_hit(h, act, arg);
    if (!hit || hit->clip.w <= 0 || hit->clip.h <= 0) return false;
    h_click(h, hit->clip.x + hit->clip.w / 2, hit->clip.y + hit->clip.h / 2);
    return true;
}

static inline SDL_Color h_pixel(Harness *h, int x, int y)
{
    Uint32 v = ((const Uint32 *)h->surf->pixels)[(size_t)y * (size_t)h->surf->pitch / 4 + (size_t)x];
    SDL_Color c = {(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
    return c;
}

static inline bool h_same(SDL_Color a, SDL_Color b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b;
}

/* Fraction of pixels of r (clipped to the surface) that have colour c. */
static inline double h_fraction(Harness *h, SDL_Rect r, SDL_Color c)
{
    long n = 0, hit = 0;
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++) {
            if (x < 0 || y < 0 || x >= h->surf->w || y >= h->surf->h) continue;
            n++;
            hit += h_same(h_pixel(h, x, y), c);
        }
    return n ? (double)hit / (double)n : 0.0;
}

/* Runs a script of the app's --script language (ui_script.h), rendering whenever the app is
 * dirty and once at the end; false (with the script's error on stderr) when a step failed. */
static inline bool h_script(Harness *h, const char *text)
{
    UiScript s;
    ui_script_init(&s, text);
    while (ui_script_step(&s, h->app))
        if (ui_app_dirty(h->app)) ui_app_render(h->app);
    if (s.failed) fprintf(stderr, "script: %s\n", s.error);
    ui_app_render(h->app);
    return !s.failed;
}

/* Whether the app's next frame draws a text starting with `prefix` (false if out of memory). */
static inline bool h_drawn(Harness *h, const char *prefix)
{
    UiTrace *tr = calloc(1, sizeof *tr);
    if (!tr) return false;
    h->app->ui.trace = tr;
    h->app->dirty = true;
    ui_app_render(h->app);
    h->app->ui.trace = NULL;
    bool found = trace_has(tr, prefix, NULL);
    free(tr);
    return found;
}

static inline const Question *h_question(Harness *h)
{
    return h->app->session ? session_question(h->app->session) : NULL;
}

#endif
