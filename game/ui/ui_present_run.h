/* ui_present_run.h — `byline present`'s window and loop, free of SDL types so the command-line
 * layer need not include SDL (as ui_run.h is for the app). cmd_present.c loads the pack and fills
 * PresentOptions; ui_present_run opens the window, the store and the presenter screen. */
#ifndef BYLINE_UI_PRESENT_RUN_H
#define BYLINE_UI_PRESENT_RUN_H
#include "pack.h"
#include "ui_live.h"
#include <stdbool.h>
#include <stddef.h>

typedef struct PresentOptions {
    const Pack *pack;               /* required */
    const char *const *teams;       /* team names to pre-fill the setup with */
    size_t n_teams;
    bool turns, speed_bonus;        /* pre-selected in the setup */
    const char *store_path;         /* progress database file; NULL = the app's default */
    bool no_store;                  /* save nothing */
    const char *theme;              /* "light", "dark", "contrast"; NULL = the app's remembered */
    const char *data_dir;           /* holds assets/fonts/; NULL = built-in default */
    bool fullscreen;
    int width, height;              /* window size; 0 = 1280x800 */
    const char *script;             /* commands run one per frame (ui_present_script.h) */
    const char *screenshot;         /* after the script, save the window to this PNG and quit */
    /* The setup's "Live" choice: see PresentConfig (ui_present.h). NULL = not offered. */
    bool (*start_live)(void *ctx, const Pack *pack, LivePacing pacing, LiveRules rules,
                       UiLiveHost *host, char *err, size_t errlen);
    void (*stop_live)(void *ctx, UiLiveHost *host);
    void *live_ctx;
} PresentOptions;

/* Opens the window and runs until the teacher leaves. Returns the exit status: 0, 1 when the
 * script or the screenshot failed, 2 when no window or fonts could be opened. */
int ui_present_run(const PresentOptions *opt);

/* The app's folder for progress.db and settings.txt (the live projector reads the theme there
 * too); false when there is none. */
bool ui_present_app_home(char *buf, size_t n);

#endif
