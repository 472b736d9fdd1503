/* cmd_present.c — `byline present PACK.json`: presenter mode, a pack on the projector for a class
 * in teams (docs/presenter.md). Loads the pack (reporting its problems as `byline check` does)
 * and opens the window (game/ui/ui_present_run.c); no SDL here. */
#include "cli_io.h"
#include "commands.h"
#include "pack.h"
#include "presenter.h"
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef BYLINE_HAVE_UI
#include "datadir.h"
#include "live_host.h"
#include "ui_present_run.h"
#endif

static void help(FILE *out)
{
    fputs("Usage: byline present [options] PACK.json\n\n"
          "Presenter mode: runs a pack on a projector for a class playing in teams. The\n"
          "window starts with the setup (team names, together or turns, speed bonus); the\n"
          "teacher's keys are in docs/presenter.md (Space reveals, E evidence, S scores,\n"
          "-> next, <- back, K skip, P pause, + extra time, Esc ends on the podium).\n\n"
          "Options:\n"
          "  --teams \"A,B,C\"        team names to start with (2 to 8, comma-separated)\n"
          "  --turns                teams take turns (default: all answer together)\n"
          "  --speed-bonus          a right answer earns up to half its points again\n"
          "  --store FILE           save the session in this progress database (default:\n"
          "                         the app's, in $BYLINE_DATA_HOME or the data folder)\n"
          "  --no-store             save nothing\n"
          "  --theme NAME           light, dark or contrast (default: the app's theme)\n"
          "  --fullscreen           start full screen (F11 toggles)\n"
          "  --size WxH             window size (default 1280x800)\n"
          "  --data DIR             folder with assets/fonts/\n"
          "  --script \"CMD; ...\"    run commands on a fake clock: key NAME, text S,\n"
          "                         team NAME, answer TEAM right|wrong, later SECONDS,\n"
          "                         click X Y, theme NAME, size W H, expect PHASE, print,\n"
          "                         screenshot FILE (game/ui/ui_present_script.h);\n"
          "                         @FILE reads them from a file\n"
          "  --screenshot FILE.png  after the script, save the window and quit\n"
          "  -h, --help             show this help\n\n"
          "Exit status: 0 done, 1 the pack is invalid (its problems are printed) or the\n"
          "script failed, 2 usage error or no window.\n", out);
}

#ifdef BYLINE_HAVE_UI

#define MAX_TEAM_ARG 1024

/* Splits "A,B,C" in place into names (spaces around each trimmed). */
static bool split_teams(char *list, const char **names, size_t *n)
{
    *n = 0;
    for (char *tok = list; tok;) {
        char *comma = strchr(tok, ',');
        if (comma) *comma = '\0';
        while (*tok == ' ') tok++;
        size_t len = strlen(tok);
        while (len > 0 && tok[len - 1] == ' ') tok[--len] = '\0';
        if (len > 0) {
            if (*n == PRESENT_MAX_TEAMS) return false;
            names[(*n)++] = tok;
        }
        tok = comma ? comma + 1 : NULL;
    }
    return true;
}

typedef struct Args {
    PresentOptions opt;
    const char *pack;
    char teams[MAX_TEAM_ARG];
    const char *names[PRESENT_MAX_TEAMS];
    char *script_buf;
} Args;

static const char *value(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc) {
        fprintf(stderr, "byline present: %s needs a value\n", argv[*i]);
        return NULL;
    }
    return argv[++*i];
}

/* Returns 0 when the arguments are fine, else the exit status (after a message). */
static int parse(int argc, char **argv, Args *a)
{
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i], *v;
        PresentOptions *o = &a->opt;
        if (strcmp(s, "--turns") == 0) o->turns = true;
        else if (strcmp(s, "--speed-bonus") == 0) o->speed_bonus = true;
        else if (strcmp(s, "--no-store") == 0) o->no_store = true;
        else if (strcmp(s, "--fullscreen") == 0) o->fullscreen = true;
        else if (strcmp(s, "--teams") == 0) {
            if (!(v = value(argc, argv, &i))) return 2;
            snprintf(a->teams, sizeof a->teams, "%s", v);
            if (!split_teams(a->teams, a->names, &o->n_teams)) {
                fprintf(stderr, "byline present: at most %d teams\n", PRESENT_MAX_TEAMS);
                return 2;
            }
            o->teams = a->names;
        } else if (strcmp(s, "--store") == 0) {
            if (!(o->store_path = value(argc, argv, &i))) return 2;
        } else if (strcmp(s, "--data") == 0) {
            if (!(o->data_dir = value(argc, argv, &i))) return 2;
        } else if (strcmp(s, "--screenshot") == 0) {
            if (!(o->screenshot = value(argc, argv, &i))) return 2;
        } else if (strcmp(s, "--theme") == 0) {
            if (!(v = value(argc, argv, &i))) return 2;
            if (strcmp(v, "light") && strcmp(v, "dark") && strcmp(v, "contrast") && strcmp(v, "high-contrast")) {
                fprintf(stderr, "byline present: unknown theme '%s' (light, dark or contrast)\n", v);
                return 2;
            }
            o->theme = v;
        } else if (strcmp(s, "--size") == 0) {
            if (!(v = value(argc, argv, &i))) return 2;
            if (sscanf(v, "%dx%d", &o->width, &o->height) != 2 || o->width < 320 || o->height < 240) {
                fprintf(stderr, "byline present: --size wants WIDTHxHEIGHT, e.g. 1280x800\n");
                return 2;
            }
        } else if (strcmp(s, "--script") == 0) {
            if (!(v = value(argc, argv, &i))) return 2;
            if (v[0] == '@') {
                free(a->script_buf);
                size_t len;
                a->script_buf = cli_read_file("present", v + 1, SCRIPT_MAX_BYTES, &len);
                if (!a->script_buf) return 2;
                v = a->script_buf;
            }
            o->script = v;
        } else if (s[0] == '-' && s[1]) {
            fprintf(stderr, "byline present: unknown option '%s' (see 'byline help present')\n", s);
            return 2;
        } else if (a->pack) {
            fprintf(stderr, "byline present: one pack at a time ('%s' and '%s')\n", a->pack, s);
            return 2;
        } else {
            a->pack = s;
        }
    }
    if (!a->pack) {
        fputs("byline present: no pack given\nUsage: byline present [options] PACK.json\n", stderr);
        return 2;
    }
    if (a->opt.screenshot && !a->opt.script) a->opt.script = "wait";
    return 0;
}

static int run(int argc, char **argv)
{
    Args *a = calloc(1, sizeof *a);
    if (!a) return 2;
    int status = parse(argc, argv, a);
    if (status == 0) {
        Diagnostics d;
        diag_init(&d, a->pack);
        Pack *p = pack_load_file(a->pack, &d);
        if (!p) {
            diag_print(&d, stderr);
            fprintf(stderr, "%s: invalid: %zu error%s; fix it before presenting (byline check)\n",
                    a->pack, d.errors, d.errors == 1 ? "" : "s");
            status = 1;
        } else {
            a->opt.pack = p;
            /* The setup's "Live class" choice: the same hosting as `byline live`, on port 8080. */
            char data[1024];
            datadir_find(a->opt.data_dir, data, sizeof data);
            LiveHostOptions live = {
                .port = 8080, .store = a->opt.store_path, .no_store = a->opt.no_store, .data_dir = data,
            };
            a->opt.start_live = live_host_start_cb;
            a->opt.stop_live = live_host_stop_cb;
            a->opt.live_ctx = &live;
            status = ui_present_run(&a->opt);
        }
        pack_free(p);
        diag_free(&d);
    }
    free(a->script_buf);
    free(a);
    return status;
}

#else

static int run(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("byline present: this build has no user interface\n", stderr);
    return 2;
}

#endif

const Command cmd_present = {"present", "run a pack on a projector for a class in teams", run, help};
