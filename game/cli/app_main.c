/* app_main.c — `byline [PACK.json|DIR ...] [options]`: the app's command line. Parses options
 * into UiOptions and opens the window (game/ui/ui_run.c); no SDL here. */
#include "app_main.h"
#include "cli_help.h"
#include "cli_io.h"
#include "library.h"
#include "datadir.h"
#include "live_host.h"
#include "ui_run.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void app_usage(FILE *out)
{
    fputs("App options (byline [PACK.json|DIR ...] [options]):\n"
          "  --theme light|dark|contrast   colour theme (remembered otherwise)\n"
          "  --fullscreen                  start full screen (F11 toggles)\n"
          "  --size WxH                    window size (default 1280x800)\n"
          "  --profile NAME                start as this student\n"
          "  --only                        list only the packs given, not the bundled ones\n"
          "  --store DIR|FILE.db           keep progress in DIR/progress.db (DIR is made if\n"
          "                                needed) or in FILE.db (default: $BYLINE_DATA_HOME or\n"
          "                                the user's data folder)\n"
          "  --data DIR                    folder with quizzes/ and assets/fonts/\n"
          "  --script \"CMD; CMD; ...\"      run commands (see docs/app.md); @FILE reads them\n"
          "  --screenshot FILE.png         after the script, save the window and quit\n"
          "  --watch                       teacher preview of one PACK.json: every question with\n"
          "                                its answer and evidence, reloaded on every save, the\n"
          "                                checker's messages while the file is broken\n"
          "  --verbose                     print timings to stderr\n", out);
}

static void help(FILE *out)
{
    fputs("Usage: byline [PACK.json|DIR ...] [options]\n\n"
          "Opens the Byline app with the bundled packs and any packs or folders given.\n\n", out);
    app_usage(out);
}

/* --watch previews exactly one pack file. */
static bool watch_args_ok(const UiOptions *opt)
{
    if (opt->n_packs != 1 || library_is_dir(opt->packs[0])) {
        fprintf(stderr, "byline: --watch previews one pack file: byline PACK.json --watch\n");
        return false;
    }
    return true;
}

/* Returns the value of option argv[*i] (advancing *i), or NULL after printing an error. */
static const char *value(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc) {
        fprintf(stderr, "byline: %s needs a value\n", cli_shown(argv[*i]));
        return NULL;
    }
    return argv[++*i];
}

int app_main(int argc, char **argv)
{
    UiOptions opt = {0};
    char *script_buf = NULL;
    int status = 2;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            cli_print_help(help, stdout);
            free(script_buf);
            return 0;
        } else if (strcmp(a, "--fullscreen") == 0) {
            opt.fullscreen = true;
        } else if (strcmp(a, "--only") == 0) {
            opt.no_bundled = true;
        } else if (strcmp(a, "--verbose") == 0) {
            opt.verbose = true;
        } else if (strcmp(a, "--watch") == 0) {
            opt.watch = "";
        } else if (strcmp(a, "--theme") == 0) {
            if (!(v = value(argc, argv, &i))) goto out;
            if (strcmp(v, "light") && strcmp(v, "dark") && strcmp(v, "contrast") && strcmp(v, "high-contrast")) {
                fprintf(stderr, "byline: unknown theme '%s' (light, dark or contrast)\n", cli_shown(v));
                goto out;
            }
            opt.theme = v;
        } else if (strcmp(a, "--size") == 0) {
            if (!(v = value(argc, argv, &i))) goto out;
            if (sscanf(v, "%dx%d", &opt.width, &opt.height) != 2 || opt.width < 100 || opt.height < 100) {
                fprintf(stderr, "byline: --size wants WIDTHxHEIGHT, e.g. 1280x800\n");
                goto out;
            }
        } else if (strcmp(a, "--profile") == 0) {
            if (!(opt.profile = value(argc, argv, &i))) goto out;
        } else if (strcmp(a, "--store") == 0) {
            if (!(opt.store_path = value(argc, argv, &i))) goto out;
        } else if (strcmp(a, "--data") == 0) {
            if (!(opt.data_dir = value(argc, argv, &i))) goto out;
        } else if (strcmp(a, "--screenshot") == 0) {
            if (!(opt.screenshot = value(argc, argv, &i))) goto out;
        } else if (strcmp(a, "--script") == 0) {
            if (!(v = value(argc, argv, &i))) goto out;
            if (v[0] == '@') {
                free(script_buf);
                size_t len;
                if (!(script_buf = cli_read_file("script", v + 1, SCRIPT_MAX_BYTES, &len))) goto out;
                v = script_buf;
            }
            opt.script = v;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "byline: unknown option '%s' (the app's options are in docs/app.md)\n", cli_shown(a));
            goto out;
        } else if (opt.n_packs == UI_MAX_PACK_ARGS) {
            fprintf(stderr, "byline: at most %d packs or folders\n", UI_MAX_PACK_ARGS);
            goto out;
        } else {
            opt.packs[opt.n_packs++] = a;
        }
    }
    if (opt.watch) {
        if (!watch_args_ok(&opt)) goto out;
        opt.watch = opt.packs[0];
        opt.no_bundled = true;
    }
    if (opt.screenshot && !opt.script) opt.script = "wait";
    /* The Present button's "Live class": hosted as `byline live` does, on port 8080. */
    char data[1024];
    datadir_find(opt.data_dir, data, sizeof data);
    LiveHostOptions live = {.port = 8080, .store = opt.store_path, .data_dir = data};
    opt.start_live = live_host_start_cb;
    opt.stop_live = live_host_stop_cb;
    opt.live_ctx = &live;
    status = ui_run(&opt);
out:
    free(script_buf);
    return status;
}
