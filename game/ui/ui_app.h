/* ui_app.h — the Byline app as an object that can live on any SDL_Renderer.
 *
 * The app never waits or reads a clock itself: the host feeds it events (ui_app_handle_event),
 * asks it to draw when it is dirty (ui_app_render), and gives it a clock through AppConfig. A test
 * creates it on SDL_CreateSoftwareRenderer and drives it with synthetic events; ui_run.c creates
 * it on a window and runs the blocking loop. */
#ifndef BYLINE_UI_APP_H
#define BYLINE_UI_APP_H
#include "ui_live.h"
#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct App App;

typedef struct AppConfig {
    const char *data_dir;           /* holds quizzes/ and assets/fonts/ (required) */
    const char *home;               /* progress.db and settings.txt go here; NULL = nothing saved */
    const char *const *packs;       /* files or directories to list besides the bundled ones */
    size_t n_packs;
    bool no_bundled;                /* skip data_dir/quizzes */
    const char *theme;              /* overrides the remembered theme when set */
    const char *profile;            /* start as this student (skips the profile screen) */
    uint64_t (*now_ms)(void *ctx);  /* monotonic milliseconds (answer timing) */
    int64_t (*now_unix)(void *ctx); /* wall clock, Unix seconds (stored timestamps) */
    void *clock_ctx;
    uint64_t seed;                  /* shuffles of order questions; 0 = from the clock */
    const char *watch;              /* teacher preview of this pack file (`--watch`): the only pack
                                       listed, shown question by question with its answer, and
                                       reloaded when the file changes (needs ui_app_tick) */
    /* Presenter mode's "Live class" choice, from game/cli (ui_present.h); NULL = not offered. */
    bool (*start_live)(void *ctx, const Pack *pack, LivePacing pacing, LiveRules rules,
                       UiLiveHost *host, char *err, size_t errlen);
    void (*stop_live)(void *ctx, UiLiveHost *host);
    void *live_ctx;
} AppConfig;

/* Creates the app drawing on r; window may be NULL (no fullscreen toggle, DPI 1). On failure
 * (fonts missing, no memory) returns NULL with a message in err. */
App *ui_app_create(SDL_Renderer *r, SDL_Window *window, const AppConfig *cfg, char *err,
                   size_t errlen);
void ui_app_destroy(App *app);

/* Feeds one event (window coordinates, as SDL delivers them). */
void ui_app_handle_event(App *app, const SDL_Event *e);
/* True when something changed since the last render. */
bool ui_app_dirty(const App *app);
/* Draws the current state and presents it. */
void ui_app_render(App *app);
/* Draws the current state, saves it as a PNG file and presents it. */
bool ui_app_screenshot(App *app, const char *path, char *err, size_t errlen);
/* True once the user asked to quit (Ctrl+Q, window closed, SDL_QUIT). */
bool ui_app_should_quit(const App *app);
/* Milliseconds until the app has timed work for ui_app_tick (a watched file's next check), or -1
 * when nothing is timed: the host blocks in SDL_WaitEventTimeout for that long. */
int ui_app_timeout_ms(const App *app);
/* Does the timed work that is due (checks a watched pack file and reloads it when it changed);
 * call it after every wait. Sets the dirty flag when something changed. */
void ui_app_tick(App *app);
/* Tells the app the window was opened full screen (so the toggle shows the right state). */
void ui_app_set_fullscreen_flag(App *app, bool on);
/* Output size changed / DPI changed outside an event (e.g. a test resized the target surface). */
void ui_app_resized(App *app);

#endif
