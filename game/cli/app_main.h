/* app_main.h — the app's command line (app_main.c), for main.c. Only in builds with the UI
 * (BYLINE_HAVE_UI). */
#ifndef BYLINE_APP_MAIN_H
#define BYLINE_APP_MAIN_H
#include <stdio.h>

/* `byline [PACK.json|DIR ...] [options]`: parses the app's options and opens the window; returns
 * the process exit status. */
int app_main(int argc, char **argv);
/* The app's options, one per line under an "App options" heading (for `byline --help`). */
void app_usage(FILE *out);

#endif
