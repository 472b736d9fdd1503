/* ui_present_run.c — presenter mode's window and event loop, for `byline present` and for the
 * App (ui_present_run_on).
 *
 * The loop blocks in SDL_WaitEventTimeout until an event or the countdown's next whole second
 * (ui_present_next_timer_ms), and draws only when the screen is dirty: a projector left on a
 * question costs one redraw a second, a revealed answer none. A script (--script) runs one command
 * per frame on a fake clock instead of waiting; with --screenshot the window is saved after it. */
#include "ui_present_run.h"
#include "store_path.h"
#include "progress.h"
#include "ui_present.h"
#include "ui_present_script.h"
#include "ui_settings.h"
#include "datadir.h"
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define PRESENT_IDLE_WAIT_MS 10000 /* nothing is timed: wake rarely just in case */

/* The clock: SDL's ticks, or while a script runs a fake one that only `later` moves. Leaving the
 * script continues from the fake time, so the countdown does not jump. */
typedef struct RunClock {
    bool fake;
    int64_t fake_ms, offset;
} RunClock;

static uint64_t run_now_ms(void *ctx)
{
    RunClock *c = ctx;
    return (uint64_t)(c->fake ? c->fake_ms : (int64_t)SDL_GetTicks64() + c->offset);
}

static void clock_go_real(RunClock *c)
{
    c->offset = c->fake_ms - (int64_t)SDL_GetTicks64();
    c->fake = false;
}

static void pump(PresentScreen *ps, int timeout_ms)
{
    SDL_Event e;
    if (!SDL_WaitEventTimeout(&e, timeout_ms)) return;
    do ui_present_handle_event(ps, &e);
    while (SDL_PollEvent(&e));
}

static void wait_and_handle(PresentScreen *ps)
{
    int t = ui_present_next_timer_ms(ps);
    pump(ps, t < 0 ? PRESENT_IDLE_WAIT_MS : t);
}

static int loop(PresentScreen *ps, SDL_Window *win, const PresentOptions *opt, RunClock *clk)
{
    PresentScript script;
    ps_script_init(&script, opt->script, &clk->fake_ms, win);
    bool scripted = opt->script != NULL;
    while (!ui_present_should_quit(ps)) {
        if (ui_present_dirty(ps)) ui_present_render(ps);
        if (!scripted) {
            wait_and_handle(ps);
            continue;
        }
        SDL_Event e;
        while (SDL_PollEvent(&e)) ui_present_handle_event(ps, &e);
        if (ps_script_step(&script, ps)) continue;
        scripted = false;
        clock_go_real(clk);
        if (script.failed) {
            fprintf(stderr, "byline present: %s\n", script.error);
            return 1;
        }
        if (opt->screenshot) {
            char err[300];
            if (ui_present_screenshot(ps, opt->screenshot, err, sizeof err)) return 0;
            fprintf(stderr, "byline present: %s\n", err);
            return 1;
        }
    }
    return 0;
}

bool ui_present_run_on(SDL_Renderer *r, SDL_Window *window, const PresentConfig *cfg, char *err,
                       size_t errlen)
{
    if (errlen) err[0] = '\0';
    PresentScreen *ps = ui_present_create(r, window, cfg, err, errlen);
    if (!ps) return false;
    if (window) ui_present_set_fullscreen_flag(ps, (SDL_GetWindowFlags(window) & SDL_WINDOW_FULLSCREEN) != 0);
    while (!ui_present_should_quit(ps)) {
        if (ui_present_dirty(ps)) ui_present_render(ps);
        wait_and_handle(ps);
    }
    bool stay = !ui_present_quit_all(ps);
    ui_present_destroy(ps);
    return stay;
}

/* --- the store ---------------------------------------------------------------------------------- */

/* The app's folder for progress.db and settings.txt, by the app's rule (ui_run.c): the folder
 * in $BYLINE_DATA_HOME, else that of the command line's default store, else SDL's pref path.
 * Written into buf without a trailing slash; false when there is none. */
bool ui_present_app_home(char *buf, size_t n)
{
    const char *env = getenv("BYLINE_DATA_HOME");
    char def[1024];
    if (env && env[0]) {
        snprintf(buf, n, "%s", env);
    } else if (store_default_path(def, sizeof def) && strrchr(def, '/')) {
        *strrchr(def, '/') = '\0';
        snprintf(buf, n, "%s", def);
    } else {
        char *pref = SDL_GetPrefPath("", "byline");
        if (!pref) return false;
        snprintf(buf, n, "%s", pref);
        SDL_free(pref);
    }
    size_t len = strlen(buf);
    while (len > 1 && buf[len - 1] == '/') buf[--len] = '\0';
    return len > 0;
}

static Store *open_store(const PresentOptions *opt, const char *home)
{
    if (opt->no_store) return NULL;
    char path[1200], err[512];
    if (opt->store_path) {
        /* A folder (the app's kind of --store) or a file: see store_path.h. */
        if (!store_path_resolve(opt->store_path, true, path, sizeof path, err, sizeof err)) {
            fprintf(stderr, "byline present: %s; the session is not saved\n", err);
            return NULL;
        }
    } else if (home[0]) {
        /* home/progress.db, the folder made if need be (like --store DIR): never lose a session. */
        char folder[1100];
        snprintf(folder, sizeof folder, "%s/", home);
        if (!store_path_resolve(folder, true, path, sizeof path, err, sizeof err)) {
            fprintf(stderr, "byline present: %s; the session is not saved\n", err);
            return NULL;
        }
    } else {
        fprintf(stderr, "byline present: no folder for saved results; the session is not saved\n");
        return NULL;
    }
    Store *s = store_open(path, err, sizeof err);
    if (!s) fprintf(stderr, "byline present: %s; the session is not saved\n", err);
    return s;
}

/* --- the window ------------------------------------------------------------------------------- */

static SDL_Renderer *make_renderer(SDL_Window *w)
{
    SDL_Renderer *r = SDL_CreateRenderer(w, -1, SDL_RENDERER_ACCELERATED);
    return r ? r : SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE);
}

/* --data, $BYLINE_DATA_DIR, else found next to the program or in the install (datadir.h). */
static const char *data_dir(const PresentOptions *opt)
{
    static char dir[1024];
    datadir_find(opt->data_dir, dir, sizeof dir);
    return dir;
}

int ui_present_run(const PresentOptions *opt)
{
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "byline present: cannot open a window: %s\n", SDL_GetError());
        return 2;
    }
    char home[1024] = "", title[300];
    if (!ui_present_app_home(home, sizeof home)) home[0] = '\0';
    UiSettings set;
    ui_settings_load(&set, home);
    Store *store = open_store(opt, home);
    snprintf(title, sizeof title, "Byline \xE2\x80\x94 presenting %s", opt->pack->title);
    int w = opt->width > 0 ? opt->width : 1280, h = opt->height > 0 ? opt->height : 800;
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
                   (opt->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    SDL_Window *win = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    SDL_Renderer *r = win ? make_renderer(win) : NULL;
    PresentScreen *ps = NULL;
    int status = 2;
    if (!r) {
        fprintf(stderr, "byline present: cannot open a window: %s\n", SDL_GetError());
        goto done;
    }
    SDL_SetWindowMinimumSize(win, 640, 400);
    RunClock clk = {.fake = opt->script != NULL};
    PresentConfig cfg = {
        .pack = opt->pack, .data_dir = data_dir(opt), .store = store, .teams = opt->teams,
        .n_teams = opt->n_teams, .mode = opt->turns ? PRESENT_TURNS : PRESENT_TOGETHER,
        .speed_bonus = opt->speed_bonus, .theme = opt->theme ? opt->theme : set.theme,
        .now_ms = run_now_ms, .clock_ctx = &clk, .start_live = opt->start_live,
        .stop_live = opt->stop_live, .live_ctx = opt->live_ctx,
    };
    char err[512];
    ps = ui_present_create(r, win, &cfg, err, sizeof err);
    if (!ps) {
        fprintf(stderr, "byline present: %s\n", err);
        goto done;
    }
    if (opt->fullscreen) ui_present_set_fullscreen_flag(ps, true);
    status = loop(ps, win, opt, &clk);
done:
    ui_present_destroy(ps);
    store_close(store);
    if (r) SDL_DestroyRenderer(r);
    if (win) SDL_DestroyWindow(win);
    SDL_Quit();
    return status;
}
