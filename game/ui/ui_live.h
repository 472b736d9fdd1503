/* ui_live.h — the projector of a live classroom (issue 8, docs/live.md): the teacher's screen
 * while every student answers on their own phone. Free of SDL types, so `byline live`
 * (game/cli/cmd_live.c) need not include SDL, as ui_present_run.h is for presenter mode.
 *
 * The class's state is the core's Live (game/core/live.h), shared with the network layer's
 * threads: the projector reads it only under host->lock, copies what it draws, unlocks and then
 * draws; every teacher action (start, reveal, next, lock, remove a name, extra time …) is one core
 * call made under the lock and followed by host->changed (which saves and tells the students).
 * When the countdown runs out the projector itself calls live_tick (under the lock, then
 * changed). It never calls the network layer.
 *
 * What the projector shows: the join screen (addresses, the room code, a QR code, the names as
 * they arrive); teacher-paced, the question with its countdown and "17 of 26 answered" (never who
 * answered what), after the reveal the answer distribution and the evidence, the leaderboard (top
 * LIVE_TOP_N and "everyone else") and the podium; student-paced, a grid of students × questions
 * the teacher can hide. Keys and buttons: docs/live.md. */
#ifndef BYLINE_UI_LIVE_H
#define BYLINE_UI_LIVE_H
#include "live.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct UiLiveHost {
    Live *live;                       /* guarded by lock/unlock: students change it from other threads */
    void (*lock)(void *ctx);
    void (*unlock)(void *ctx);
    void (*changed)(void *ctx);       /* called while locked after every teacher action: saves and
                                         pushes the new state to the students */
    int64_t (*now_ms)(void *ctx);     /* the clock the core is driven with (monotonic ms) */
    void *ctx;
    const char *const *urls;          /* join addresses, e.g. "http://192.168.1.20:8080/?room=K7QX";
                                         the first one is also shown as a QR code */
    size_t n_urls;
} UiLiveHost;

typedef struct UiLiveOptions {
    const char *data_dir;   /* holds assets/fonts/; NULL = $BYLINE_DATA_DIR or the built-in default */
    const char *theme;      /* "light", "dark", "contrast"; NULL = the app's remembered theme */
    bool fullscreen;
    int width, height;      /* window size; 0 = 1280x800 */
    const char *script;     /* commands run one per frame (ui_live_internal.h: key, click, text,
                               size, theme, screenshot, expect, wait, quit) */
    const char *screenshot; /* after the script, save the window to this PNG and quit */
} UiLiveOptions;

/* Opens the window and runs the projector until the teacher closes it (Esc on the final screen,
 * Ctrl+Q, the window's close button). The Live is left as it is (FINISHED when the class was
 * ended). Returns the exit status: 0; 1 when the script or the screenshot failed; 2 when no
 * window or fonts could be opened. */
int ui_live_run(const UiLiveHost *host, const UiLiveOptions *opt);

/* Thread-safe: something changed in the Live (a student joined or answered); the projector
 * redraws soon. Calls made in a burst are coalesced into one redraw; calls while no projector
 * runs do nothing. */
void ui_live_wake(void);

#endif
