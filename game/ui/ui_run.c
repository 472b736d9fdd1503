/* ui_run.c — the window and the real event loop.
 *
 * The loop blocks in SDL_WaitEventTimeout until something happens, hands every pending event to
 * the app, and draws only when the app says it is dirty: an idle window costs no CPU. A script
 * (--script) runs one command per frame instead of waiting, then the app quits after
 * --screenshot. */
#include "ui_run.h"
#include "progress.h"
#include "store_path.h"
#include "ui_app.h"
#include "ui_script.h"
#include "datadir.h"
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define UI_IDLE_WAIT_MS 10000 /* nothing is timed; wake rarely just in case */

/* How long to block for events: until the app's next timed work (a watched file's check). */
static int wait_ms(const App *app)
{
    int t = ui_app_timeout_ms(app);
    return t < 0 || t > UI_IDLE_WAIT_MS ? UI_IDLE_WAIT_MS : t;
}

/* Where progress.db and settings.txt live: --store DIR (or the folder of --store FILE; see
 * store_path.h, which also makes a folder that does not exist yet), $BYLINE_DATA_HOME (made the same
 * way; a failure is said on stderr, and the app says progress is not saved), else the folder of
 * the command line's default store (~/.local/share/byline/ on Linux, see store_default_path), so
 * `byline results` shows the app's progress; SDL's pref path if that fails. Returns a malloc'd
 * path without trailing slash, or NULL. */
static char *data_home(const UiOptions *opt, char *store_file, size_t cap)
{
    const char *env = getenv("BYLINE_DATA_HOME");
    const char *dir = env && env[0] ? env : NULL;
    char def[1024], err[512];
    store_file[0] = '\0';
    if (opt->store_path) {
        if (!store_path_resolve(opt->store_path, true, store_file, cap, err, sizeof err))
            fprintf(stderr, "byline: --store %s: %s\n", opt->store_path, err);
        store_path_folder(store_file[0] ? store_file : opt->store_path, def, sizeof def);
        dir = def;
    } else if (dir) {
        /* Made like --store DIR: a folder that does not exist yet must not lose the progress. */
        char folder[1100];
        snprintf(folder, sizeof folder, "%s/", dir);
        if (!store_path_resolve(folder, true, store_file, cap, err, sizeof err))
            fprintf(stderr, "byline: BYLINE_DATA_HOME=%s: %s\n", dir, err);
        store_file[0] = '\0'; /* the store is still home/progress.db, as before */
    }
    char *pref = NULL;
    if (!dir && store_default_path(def, sizeof def) && strrchr(def, '/')) {
        *strrchr(def, '/') = '\0';
        dir = def;
    }
    if (!dir) {
        pref = SDL_GetPrefPath("", "byline");
        if (!pref) return NULL;
        dir = pref;
    }
    size_t n = strlen(dir);
    char *out = malloc(n + 1);
    if (out) {
        memcpy(out, dir, n + 1);
        while (n > 1 && out[n - 1] == '/') out[--n] = '\0';
    }
    SDL_free(pref);
    return out;
}

/* --data, $BYLINE_DATA_DIR, else found next to the program or in the install (datadir.h). */
static const char *data_dir(const UiOptions *opt)
{
    static char dir[1024];
    datadir_find(opt->data_dir, dir, sizeof dir);
    return dir;
}

static SDL_Renderer *make_renderer(SDL_Window *w)
{
    SDL_Renderer *r = SDL_CreateRenderer(w, -1, SDL_RENDERER_ACCELERATED);
    if (!r) r = SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE);
    return r;
}

static void report(const char *what, const char *detail)
{
    fprintf(stderr, "byline: %s: %s\n", what, detail);
    char msg[1024];
    snprintf(msg, sizeof msg, "%s:\n%s", what, detail);
    /* Without a terminal, a message box is the only way the user learns why nothing opened. */
    SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Byline", msg, NULL);
}

static int loop(App *app, const UiOptions *opt, Uint64 t0)
{
    UiScript script;
    ui_script_init(&script, opt->script);
    bool scripted = opt->script != NULL, first = true;
    int status = 0;
    while (!ui_app_should_quit(app)) {
        if (ui_app_dirty(app)) {
            ui_app_render(app);
            if (first && opt->verbose)
                fprintf(stderr, "byline: first frame after %.1f ms\n",
                        (double)(SDL_GetPerformanceCounter() - t0) * 1000.0 / (double)SDL_GetPerformanceFrequency());
            first = false;
        }
        SDL_Event e;
        if (scripted) {
            while (SDL_PollEvent(&e)) ui_app_handle_event(app, &e);
            ui_app_tick(app);
            if (ui_script_step(&script, app)) continue;
            scripted = false;
            if (script.failed) {
                fprintf(stderr, "byline: %s\n", script.error);
                return 1;
            }
            if (opt->screenshot) {
                char err[300];
                if (!ui_app_screenshot(app, opt->screenshot, err, sizeof err)) {
                    fprintf(stderr, "byline: %s\n", err);
                    status = 1;
                }
                break;
            }
            continue;
        }
        if (SDL_WaitEventTimeout(&e, wait_ms(app))) {
            do ui_app_handle_event(app, &e);
            while (SDL_PollEvent(&e));
        }
        ui_app_tick(app);
    }
    return status;
}

int ui_run(const UiOptions *opt)
{
    Uint64 t0 = SDL_GetPerformanceCounter();
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "byline: cannot open a window: %s\n", SDL_GetError());
        return 2;
    }
    char store_file[1200];
    char *home = data_home(opt, store_file, sizeof store_file);
    if (!home) fprintf(stderr, "byline: no folder for saved progress (%s); progress is not saved\n", SDL_GetError());
    int w = opt->width > 0 ? opt->width : 1280, h = opt->height > 0 ? opt->height : 800;
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
                   (opt->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    SDL_Window *win = SDL_CreateWindow("Byline", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    SDL_Renderer *r = win ? make_renderer(win) : NULL;
    int status = 2;
    App *app = NULL;
    if (!r) {
        report("Cannot open a window", SDL_GetError());
        goto done;
    }
    SDL_SetWindowMinimumSize(win, 480, 360);
    AppConfig cfg = {
        .data_dir = data_dir(opt), .home = home, .store_file = store_file[0] ? store_file : NULL,
        .packs = opt->packs, .n_packs = opt->n_packs,
        .no_bundled = opt->no_bundled, .theme = opt->theme, .profile = opt->profile,
        .watch = opt->watch, .start_live = opt->start_live, .stop_live = opt->stop_live,
        .live_ctx = opt->live_ctx,
    };
    char err[512];
    app = ui_app_create(r, win, &cfg, err, sizeof err);
    if (!app) {
        report("Byline cannot start", err);
        goto done;
    }
    if (opt->fullscreen) ui_app_set_fullscreen_flag(app, true);
    status = loop(app, opt, t0);
done:
    ui_app_destroy(app);
    if (r) SDL_DestroyRenderer(r);
    if (win) SDL_DestroyWindow(win);
    free(home);
    SDL_Quit();
    return status;
}
