/* ui_run.h — the app's entry point, free of SDL types so the command-line layer need not include
 * SDL. app_main.c fills UiOptions from argv and calls ui_run. */
#ifndef BYLINE_UI_RUN_H
#define BYLINE_UI_RUN_H
#include "ui_live.h"
#include <stdbool.h>
#include <stddef.h>

#define UI_MAX_PACK_ARGS 64

typedef struct UiOptions {
    const char *packs[UI_MAX_PACK_ARGS]; /* files or directories given on the command line */
    size_t n_packs;
    bool no_bundled;        /* do not add the bundled quizzes/ directory */
    const char *data_dir;   /* holds quizzes/ and assets/fonts/; NULL = built-in default */
    const char *store_path; /* progress database; NULL = pref path or $BYLINE_DATA_HOME */
    const char *theme;      /* "light", "dark", "contrast"; NULL = remembered */
    const char *profile;    /* start as this student, skipping the profile screen */
    bool fullscreen;
    int width, height;      /* initial window size; 0 = default */
    const char *script;     /* commands run one per frame (see ui_script.h) */
    const char *screenshot; /* write the window to this PNG after the script, then quit */
    bool verbose;           /* print timing and state to stderr */
    const char *watch;      /* teacher preview of this pack file, reloaded when it changes */
    /* The Present button's "Live class" choice (ui_present.h); NULL = not offered. */
    bool (*start_live)(void *ctx, const Pack *pack, LivePacing pacing, LiveRules rules,
                       UiLiveHost *host, char *err, size_t errlen);
    void (*stop_live)(void *ctx, UiLiveHost *host);
    void *live_ctx;
} UiOptions;

/* Opens the window and runs until the user quits. Returns the process exit status. */
int ui_run(const UiOptions *opt);

#endif
