/* ui_present.h — presenter mode: the screen a teacher runs on a projector for a class in teams.
 *
 * The rules (countdown, points, what may happen when) are game/core/presenter.c; this screen
 * only shows what the Presenter says and turns keys and clicks into its calls (docs/presenter.md).
 * Like the App (ui_app.h) it is an object on any SDL_Renderer that never waits and reads the
 * clock only through PresentConfig: the host feeds events, asks whether it is dirty, draws, and
 * sleeps until ui_present_next_timer_ms. It starts with a setup stage (team names, together or
 * turns, speed bonus), then runs the session and ends on the podium. */
#ifndef BYLINE_UI_PRESENT_H
#define BYLINE_UI_PRESENT_H
#include "pack.h"
#include "presenter.h"
#include "progress.h"
#include "ui_live.h"
#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct PresentScreen PresentScreen;

typedef struct PresentConfig {
    const Pack *pack;               /* required; borrowed, must outlive the screen */
    const char *data_dir;           /* holds assets/fonts/ (required) */
    Store *store;                   /* results are saved here; NULL = nothing saved; borrowed */
    const char *const *teams;       /* names to pre-fill the setup with (may be NULL) */
    size_t n_teams;
    PresentMode mode;               /* pre-selected in the setup */
    bool speed_bonus;               /* pre-selected in the setup */
    const char *theme;              /* "light", "dark", "contrast"; NULL = light */
    uint64_t (*now_ms)(void *ctx);  /* monotonic milliseconds (the countdown); NULL = SDL ticks */
    int64_t (*now_unix)(void *ctx); /* wall clock, Unix seconds (stored rows); NULL = time() */
    void *clock_ctx;
    uint64_t seed;                  /* order-question shuffles; 0 = a fixed default */
    /* The setup's "Live" choice (every student answers on their own phone), offered only when
     * start_live is set. It comes from game/cli, because the UI never includes the network layer:
     * start_live creates the class (a Live on pack with these rules) and starts its server, and
     * fills *host (false with a message in err when it cannot); the presenter then runs the live
     * projector in its own window until the teacher closes it, and calls stop_live. */
    bool (*start_live)(void *ctx, const Pack *pack, LivePacing pacing, LiveRules rules,
                       UiLiveHost *host, char *err, size_t errlen);
    void (*stop_live)(void *ctx, UiLiveHost *host);
    void *live_ctx;
} PresentConfig;

/* Creates the screen drawing on r; window may be NULL (no fullscreen toggle). On failure (fonts
 * missing, no memory, a pack without questions) returns NULL with a message in err. */
PresentScreen *ui_present_create(SDL_Renderer *r, SDL_Window *window, const PresentConfig *cfg,
                                 char *err, size_t errlen);
void ui_present_destroy(PresentScreen *ps);

/* Feeds one event (window coordinates, as SDL delivers them). */
void ui_present_handle_event(PresentScreen *ps, const SDL_Event *e);
/* True when the screen needs drawing: something changed, or the countdown moved on (this call
 * reads the clock, and moves the question to "time's up" when it ran out). */
bool ui_present_dirty(PresentScreen *ps);
/* Draws the current state and presents it. */
void ui_present_render(PresentScreen *ps);
/* Milliseconds until the countdown next needs a redraw, or -1 when nothing is timed: the host
 * blocks in SDL_WaitEventTimeout for that long. */
int ui_present_next_timer_ms(PresentScreen *ps);
/* Draws, saves the frame as a PNG file and presents it. */
bool ui_present_screenshot(PresentScreen *ps, const char *path, char *err, size_t errlen);
/* True once the presenter is done: the teacher left it (Esc on the setup stage or the podium),
 * or asked to quit (Ctrl+Q, window closed). */
bool ui_present_should_quit(const PresentScreen *ps);
/* True when the user asked to quit the whole program (Ctrl+Q, window closed, SDL_QUIT), not just
 * to leave presenter mode. */
bool ui_present_quit_all(const PresentScreen *ps);
/* The output size or pixel density changed outside an event (a test resized its surface). */
void ui_present_resized(PresentScreen *ps);
/* Tells the screen the window is full screen (so F11 toggles the right way). */
void ui_present_set_fullscreen_flag(PresentScreen *ps, bool on);
/* Colour theme by name ("light", "dark", "contrast"); false when unknown. */
bool ui_present_set_theme(PresentScreen *ps, const char *name);
/* The running session, NULL during the setup stage (tests and scripts read it). */
const Presenter *ui_present_presenter(const PresentScreen *ps);
/* The last message for the teacher ("Could not save …", a refused team name), "" when none. */
const char *ui_present_status(const PresentScreen *ps);

/* Runs presenter mode on an existing window and renderer (the App's "Present" button) until the
 * teacher leaves it; blocks in SDL_WaitEventTimeout meanwhile. Returns false when the user asked
 * to quit the whole program, or when the screen could not be created (message in err, err[0]
 * set). The caller redraws its own screen afterwards. */
bool ui_present_run_on(SDL_Renderer *r, SDL_Window *window, const PresentConfig *cfg, char *err,
                       size_t errlen);

#endif
