/* ui_live_run.c — the live projector's window and event loop (`byline live`).
 *
 * The loop blocks in SDL_WaitEventTimeout until an event, a wake from the network threads
 * (ui_live_wake), or the countdown's next whole second, and draws only when the screen is dirty.
 * A script (--script) runs one command per frame through the same event handling, for the
 * screenshots and command tests:
 *
 *   key [ctrl+|shift+]NAME   one key press (SDL key names: Return, Space, Right, l …)
 *   click X Y                a left click (window units)       text STRING   text input
 *   size W H | theme NAME    view settings                     screenshot FILE   save as PNG
 *   expect PHASE             fail unless in it: lobby, asking, paused, time-up, revealed,
 *                            leaderboard, running, finished
 *   wait | quit
 *
 * The clock is the host's (the core's): a script cannot move it. */
#include "text.h"
#include "datadir.h"
#include "ui_live_internal.h"
#include "ui_present_run.h"
#include "ui_settings.h"
#include "ui_synth.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define LIVE_IDLE_WAIT_MS 10000

static const char *const phase_names[] = {"lobby", "asking", "paused", "time-up", "revealed",
                                          "leaderboard", "running", "finished"};

/* --- scripts ------------------------------------------------------------------------------------- */

typedef struct LiveScript {
    const char *text;
    size_t pos;
    char cmd[1024];
    bool failed;
    char error[512];
    SDL_Window *win;
} LiveScript;

static void deliver(void *ls, SDL_Event *e) { ui_live_handle_event(ls, e); }

static bool script_fail(LiveScript *s, const char *what, const char *arg)
{
    snprintf(s->error, sizeof s->error, "script: %s%.200s (in \"%.80s\")", what, arg, s->cmd);
    s->failed = true;
    return false;
}

static bool script_run(LiveScript *s, LiveScreen *ls, char *cmd)
{
    char *arg = strchr(cmd, ' ');
    if (arg) *arg++ = '\0';
    else arg = cmd + strlen(cmd);
    while (*arg == ' ') arg++;
    int x, y;
    if (strcmp(cmd, "key") == 0) {
        SDL_Keycode k;
        Uint16 mod;
        if (!ui_synth_parse_key(arg, &k, &mod)) return script_fail(s, "unknown key ", arg);
        ui_synth_key(deliver, ls, k, mod);
    } else if (strcmp(cmd, "text") == 0) {
        ui_synth_text(deliver, ls, arg);
    } else if (strcmp(cmd, "click") == 0 && sscanf(arg, "%d %d", &x, &y) == 2) {
        ui_synth_click(deliver, ls, x, y);
    } else if (strcmp(cmd, "theme") == 0) {
        if (!ui_live_set_theme(ls, arg)) return script_fail(s, "unknown theme ", arg);
    } else if (strcmp(cmd, "size") == 0 && sscanf(arg, "%d %d", &x, &y) == 2) {
        if (s->win) SDL_SetWindowSize(s->win, x, y);
        ui_live_resized(ls);
    } else if (strcmp(cmd, "screenshot") == 0) {
        char err[300];
        if (!ui_live_screenshot(ls, arg, err, sizeof err)) return script_fail(s, "", err);
    } else if (strcmp(cmd, "expect") == 0) {
        lv_snapshot(ls);
        const char *now = phase_names[ls->v.phase];
        if (strcmp(now, arg) != 0) return script_fail(s, "expected another phase; in ", now);
    } else if (strcmp(cmd, "quit") == 0) {
        ls->quit = true;
    } else if (strcmp(cmd, "wait") != 0) {
        return script_fail(s, "unknown command ", cmd);
    }
    return true;
}

static bool script_step(LiveScript *s, LiveScreen *ls)
{
    if (s->failed || !text_next_command(s->text, &s->pos, s->cmd, sizeof s->cmd)) return false;
    char cmd[sizeof s->cmd];
    memcpy(cmd, s->cmd, sizeof cmd);
    bool ok = script_run(s, ls, cmd);
    ls->dirty = true;
    return ok;
}

/* --- the loop ---------------------------------------------------------------------------------------- */

static void wait_and_handle(LiveScreen *ls)
{
    int t = ui_live_next_timer_ms(ls);
    SDL_Event e;
    if (!SDL_WaitEventTimeout(&e, t < 0 ? LIVE_IDLE_WAIT_MS : t)) return;
    do ui_live_handle_event(ls, &e);
    while (SDL_PollEvent(&e));
}

static int loop(LiveScreen *ls, SDL_Window *win, const UiLiveOptions *opt)
{
    LiveScript script = {.text = opt->script ? opt->script : "", .win = win};
    bool scripted = opt->script != NULL;
    while (!ui_live_should_quit(ls)) {
        if (ui_live_dirty(ls)) ui_live_render(ls);
        if (!scripted) {
            wait_and_handle(ls);
            continue;
        }
        SDL_Event e;
        while (SDL_PollEvent(&e)) ui_live_handle_event(ls, &e);
        if (script_step(&script, ls)) continue;
        scripted = false;
        if (script.failed) {
            fprintf(stderr, "byline live: %s\n", script.error);
            return 1;
        }
        if (opt->screenshot) {
            char err[300];
            if (ui_live_screenshot(ls, opt->screenshot, err, sizeof err)) return 0;
            fprintf(stderr, "byline live: %s\n", err);
            return 1;
        }
    }
    return 0;
}

bool ui_live_run_on(SDL_Renderer *r, SDL_Window *window, const UiLiveHost *host,
                    const UiLiveOptions *opt, bool *quit_all, char *err, size_t errlen)
{
    if (quit_all) *quit_all = false;
    LiveScreen *ls = ui_live_create(r, window, host, opt, err, errlen);
    if (!ls) return false;
    if (window) ui_live_set_fullscreen_flag(ls, (SDL_GetWindowFlags(window) & SDL_WINDOW_FULLSCREEN) != 0);
    while (!ui_live_should_quit(ls)) {
        if (ui_live_dirty(ls)) ui_live_render(ls);
        wait_and_handle(ls);
    }
    if (quit_all) *quit_all = ls->quit_all;
    ui_live_destroy(ls);
    return true;
}

static SDL_Renderer *make_renderer(SDL_Window *w)
{
    SDL_Renderer *r = SDL_CreateRenderer(w, -1, SDL_RENDERER_ACCELERATED);
    return r ? r : SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE);
}

/* --data, $BYLINE_DATA_DIR, else found next to the program or in the install (datadir.h). */
static const char *data_dir(const UiLiveOptions *opt)
{
    static char dir[1024];
    datadir_find(opt->data_dir, dir, sizeof dir);
    return dir;
}

/* The theme the app remembers (settings.txt in the app's folder), when none is asked for. */
static void remembered_theme(char *buf, size_t n)
{
    UiSettings set;
    char home[1024];
    ui_settings_load(&set, ui_present_app_home(home, sizeof home) ? home : "");
    snprintf(buf, n, "%s", set.theme);
}

int ui_live_run(const UiLiveHost *host, const UiLiveOptions *opt)
{
    UiLiveOptions o = opt ? *opt : (UiLiveOptions){0};
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "byline live: cannot open a window: %s\n", SDL_GetError());
        return 2;
    }
    char theme[16] = "", title[300];
    if (!o.theme) {
        remembered_theme(theme, sizeof theme);
        o.theme = theme;
    }
    o.data_dir = data_dir(&o);
    host->lock(host->ctx);
    snprintf(title, sizeof title, "Byline \xE2\x80\x94 live: %s", live_pack(host->live)->title);
    host->unlock(host->ctx);
    int w = o.width > 0 ? o.width : 1280, h = o.height > 0 ? o.height : 800;
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
                   (o.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    SDL_Window *win = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    SDL_Renderer *r = win ? make_renderer(win) : NULL;
    LiveScreen *ls = NULL;
    int status = 2;
    char err[512];
    if (!r) {
        fprintf(stderr, "byline live: cannot open a window: %s\n", SDL_GetError());
        goto done;
    }
    SDL_SetWindowMinimumSize(win, 640, 480);
    ls = ui_live_create(r, win, host, &o, err, sizeof err);
    if (!ls) {
        fprintf(stderr, "byline live: %s\n", err);
        goto done;
    }
    if (o.fullscreen) ui_live_set_fullscreen_flag(ls, true);
    status = loop(ls, win, &o);
done:
    ui_live_destroy(ls);
    if (r) SDL_DestroyRenderer(r);
    if (win) SDL_DestroyWindow(win);
    SDL_Quit();
    return status;
}
