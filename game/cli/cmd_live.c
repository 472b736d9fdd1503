/* cmd_live.c — `byline live PACK.json`: a live class. Students join from their own browsers over
 * the school network (game/net/); the teacher runs it on the projector (game/ui/ui_live*.c) or, with
 * --headless, from this terminal (live_console.c). Every answer is saved as it comes; a class on
 * the same pack that was cut short (a crash, a closed laptop) resumes where it stopped.
 * docs/live.md has the rules and the classroom walkthrough. */
#define _GNU_SOURCE
#include "cli_io.h"
#include "commands.h"
#include "live.h"
#include "datadir.h"
#include "live_console.h"
#include "live_host.h"
#include "net_addr.h"
#include "net_server.h"
#include "pack.h"
#include "progress.h"
#include "qr.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef BYLINE_HAVE_UI
#include "ui_live.h"
#endif

#define MAX_URLS 8

static void help(FILE *out)
{
    fputs("Usage: byline live [options] PACK.json\n\n"
          "A live class: every student answers on their own phone or laptop, in a browser, over\n"
          "the school network. Students open the address shown (or scan the QR code) and type\n"
          "their name; nothing leaves this computer. Answers are saved as they come; if Byline\n"
          "stops, start it again on the same pack and the class resumes (docs/live.md).\n\n"
          "Options:\n"
          "  --student-paced        everyone works through the pack at their own speed\n"
          "                         (default: teacher-paced, one question at a time)\n"
          "  --speed-points         a right answer earns up to half its points again for speed\n"
          "  --no-speed-points      accuracy only (the default when student-paced)\n"
          "  --port N               port to listen on (default 8080; 0 = any free port)\n"
          "  --bind ADDR            address to listen on (default: every interface)\n"
          "  --room CODE            the room code (default: a new random one)\n"
          "  --new                  start a new class even if one on this pack can resume\n"
          "  --store FILE|DIR       save in this progress database (default: byline's own)\n"
          "  --no-store             save nothing (a class cannot resume then)\n"
          "  --joins-per-minute N   joins allowed per device a minute (default 20)\n"
          "  --headless             no window: the teacher types commands in this terminal\n"
          "                         (start, reveal, leaderboard, next, pause, resume, extra,\n"
          "                         lock, unlock, remove NAME, extra-time NAME 150,\n"
          "                         admit NAME, deny NAME, end, status, quit); end of\n"
          "                         input quits\n"
          "  --data DIR             folder with assets/ (default: the installed data)\n"
          "  --theme NAME, --fullscreen, --size WxH, --script \"…\", --screenshot FILE\n"
          "                         the projector window, as in byline present\n"
          "  -h, --help             show this help\n\n"
          "Exit status: 0 done, 1 the pack is invalid, 2 usage error, port in use or no store.\n",
          out);
}

typedef struct Args {
    const char *pack, *bind, *room, *store, *data, *theme, *size, *script, *screenshot;
    int port, joins_per_minute;
    bool student_paced, speed_set, speed, fresh, no_store, headless, fullscreen;
    char *script_buf;
} Args;

static const char *value(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc) {
        fprintf(stderr, "byline live: %s needs a value\n", argv[*i]);
        return NULL;
    }
    return argv[++*i];
}

static bool parse_int(const char *opt, const char *v, int lo, int hi, int *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || *end || end == v || n < lo || n > hi) {
        fprintf(stderr, "byline live: %s wants a number from %d to %d\n", opt, lo, hi);
        return false;
    }
    *out = (int)n;
    return true;
}

static int parse(int argc, char **argv, Args *a)
{
    a->port = 8080;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i], *v;
        const char **str = NULL;
        if (strcmp(s, "--student-paced") == 0) a->student_paced = true;
        else if (strcmp(s, "--speed-points") == 0) a->speed_set = a->speed = true;
        else if (strcmp(s, "--no-speed-points") == 0) a->speed_set = true, a->speed = false;
        else if (strcmp(s, "--new") == 0) a->fresh = true;
        else if (strcmp(s, "--no-store") == 0) a->no_store = true;
        else if (strcmp(s, "--headless") == 0) a->headless = true;
        else if (strcmp(s, "--fullscreen") == 0) a->fullscreen = true;
        else if (strcmp(s, "--port") == 0 || strcmp(s, "--joins-per-minute") == 0) {
            if (!(v = value(argc, argv, &i))) return 2;
            bool port = strcmp(s, "--port") == 0;
            if (!parse_int(s, v, port ? 0 : 1, port ? 65535 : 100000, port ? &a->port : &a->joins_per_minute))
                return 2;
        } else if (strcmp(s, "--bind") == 0) str = &a->bind;
        else if (strcmp(s, "--room") == 0) str = &a->room;
        else if (strcmp(s, "--store") == 0) str = &a->store;
        else if (strcmp(s, "--data") == 0) str = &a->data;
        else if (strcmp(s, "--theme") == 0) str = &a->theme;
        else if (strcmp(s, "--size") == 0) str = &a->size;
        else if (strcmp(s, "--screenshot") == 0) str = &a->screenshot;
        else if (strcmp(s, "--script") == 0) str = &a->script;
        else if (s[0] == '-' && s[1]) {
            fprintf(stderr, "byline live: unknown option '%s' (see 'byline help live')\n", s);
            return 2;
        } else if (a->pack) {
            fprintf(stderr, "byline live: one pack at a time ('%s' and '%s')\n", a->pack, s);
            return 2;
        } else a->pack = s;
        if (str && !(*str = value(argc, argv, &i))) return 2;
    }
    if (!a->pack) {
        fputs("byline live: no pack given\nUsage: byline live [options] PACK.json\n", stderr);
        return 2;
    }
    if (a->screenshot && !a->script) a->script = "wait";
    if (a->script && a->script[0] == '@') {
        size_t len;
        if (!(a->script_buf = cli_read_file("live", a->script + 1, SCRIPT_MAX_BYTES, &len))) return 2;
        a->script = a->script_buf;
    }
    return 0;
}

/* ---- the terminal ----------------------------------------------------------------------- */

/* The QR code in the terminal: two rows of modules per line with half blocks, quiet zone included,
 * light on dark inverted so it scans from a dark terminal too. */
static void print_qr(const char *url, FILE *out)
{
    QrCode qr;
    if (!qr_encode(url, &qr)) return;
    for (int y = -2; y < qr.size + 2; y += 2) {
        fputs("  ", out);
        for (int x = -2; x < qr.size + 2; x++) {
            bool top = qr_dark(&qr, x, y), bottom = qr_dark(&qr, x, y + 1);
            /* Printed as light on a dark screen: a dark module is a space. */
            fputs(!top && !bottom ? "\u2588" : !top ? "\u2580" : !bottom ? "\u2584" : " ", out);
        }
        fputc('\n', out);
    }
    qr_free(&qr);
}

static void announce(const LiveHost *h, const char *bind, bool qr)
{
    net_server_lock(h->srv);
    printf("live: %s class on \"%s\"%s\n", live_pacing(h->live) == LIVE_TEACHER_PACED ? "teacher-paced" : "student-paced",
           h->pack->title, h->resumed ? " (resumed)" : "");
    printf("live: room %s\n", live_room(h->live));
    if (h->resumed) printf("live: %zu students, question %zu of %zu\n", live_present_count(h->live),
                           live_position(h->live) + 1, live_question_count(h->live));
    net_server_unlock(h->srv);
    for (size_t i = 0; i < h->n_urls; i++) printf("live: %s\n", h->urls[i]);
    if (!bind || strcmp(bind, "0.0.0.0") == 0)
        printf("live: students on the same network open the address above (or scan the code)\n");
    if (qr && h->n_urls > 0) print_qr(h->urls[0], stdout);
    fflush(stdout);
}

typedef struct Watch {
    NetServer *srv;
    Live *live;
    size_t seats, answered;
    uint64_t asks;
    LivePhase phase;
    size_t pos;
} Watch;

/* Headless: tells the teacher what students did (joins, answers), from the server's threads. */
static void on_activity(void *ctx)
{
    Watch *w = ctx;
    if (!w->srv) return;
    char lines[5][3 * LIVE_MAX_NAME + 96]; /* 3 joins, an ask, the answered count */
    size_t n = 0;
    net_server_lock(w->srv);
    size_t seats = live_seat_count(w->live), pos = live_position(w->live);
    for (size_t i = w->seats; i < seats && n < 3; i++)
        snprintf(lines[n++], sizeof lines[0], "joined %s", live_seat(w->live, (int)i)->name);
    w->seats = seats;
    /* a student asking to continue on another device: the teacher answers admit/deny NAME */
    uint64_t asks = live_move_asked_total(w->live);
    int waiting[LIVE_MAX_MOVES];
    size_t n_waiting = live_move_waiting(w->live, net_now_ms(), waiting, LIVE_MAX_MOVES);
    if (asks != w->asks && n_waiting > 0) {
        const char *name = live_seat(w->live, waiting[n_waiting - 1])->name;
        snprintf(lines[n++], sizeof lines[0], "asks %s to continue on another device: admit %s / deny %s",
                 name, name, name);
    }
    w->asks = asks;
    size_t answered = live_answered_count(w->live, pos);
    if (pos != w->pos) w->answered = 0;
    if (answered != w->answered && live_pacing(w->live) == LIVE_TEACHER_PACED)
        snprintf(lines[n++], sizeof lines[0], "answered %zu of %zu", answered, live_present_count(w->live));
    w->answered = answered;
    w->pos = pos;
    net_server_unlock(w->srv);
    flockfile(stdout);
    for (size_t i = 0; i < n; i++) printf("%s\n", lines[i]);
    fflush(stdout);
    funlockfile(stdout);
}

static volatile sig_atomic_t stop_requested;
static void on_signal(int sig)
{
    (void)sig;
    stop_requested = 1;
}

static void catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal; /* no SA_RESTART: a blocked read returns */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

/* ---- the projector ---------------------------------------------------------------------- */

#ifdef BYLINE_HAVE_UI
static void wake_projector(void *ctx)
{
    (void)ctx;
    ui_live_wake();
}

static int run_projector(const Args *a, LiveHost *h, const char *data)
{
    UiLiveHost host;
    live_host_ui(h, &host);
    UiLiveOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.data_dir = data;
    opt.theme = a->theme;
    opt.fullscreen = a->fullscreen;
    opt.script = a->script;
    opt.screenshot = a->screenshot;
    if (a->size && sscanf(a->size, "%dx%d", &opt.width, &opt.height) != 2) {
        fprintf(stderr, "byline live: --size wants WIDTHxHEIGHT, e.g. 1280x800\n");
        return 2;
    }
    return ui_live_run(&host, &opt);
}
#endif

/* --data, $BYLINE_DATA_DIR, else found next to the program or in the install (datadir.h). */
static const char *data_dir(const Args *a)
{
    static char dir[1024];
    datadir_find(a->data, dir, sizeof dir);
    return dir;
}

static int serve(const Args *a, const Pack *pack)
{
    static Watch watch;
    LiveHostOptions o = {
        .pacing = a->student_paced ? LIVE_STUDENT_PACED : LIVE_TEACHER_PACED,
        .bind = a->bind, .port = a->port, .room = a->room, .store = a->store, .no_store = a->no_store,
        .fresh = a->fresh, .joins_per_minute = a->joins_per_minute, .data_dir = data_dir(a),
        .on_activity = on_activity, .activity_ctx = &watch,
    };
    o.rules = live_default_rules(o.pacing);
    if (a->speed_set) o.rules.speed_points = a->speed;
#ifdef BYLINE_HAVE_UI
    if (!a->headless) o.on_activity = wake_projector;
#endif
    char err[512];
    LiveHost *h = live_host_open(pack, &o, err, sizeof err);
    if (!h) {
        fprintf(stderr, "byline live: %s\n", err);
        return 2;
    }
    net_server_lock(h->srv);
    watch.live = h->live;
    watch.seats = live_seat_count(h->live);
    watch.asks = live_move_asked_total(h->live);
    watch.srv = h->srv;
    net_server_unlock(h->srv);
    announce(h, a->bind, a->headless);
    catch_signals();
    int status = 0;
#ifdef BYLINE_HAVE_UI
    if (!a->headless) status = run_projector(a, h, o.data_dir);
    else
#endif
        live_console_run(h->srv, h->live, stdin, stdout, (volatile int *)&stop_requested);
    live_host_close(h); /* joins every server thread before anything is freed */
    return status;
}

static int run(int argc, char **argv)
{
    Args a;
    memset(&a, 0, sizeof a);
    int status = parse(argc, argv, &a);
#ifndef BYLINE_HAVE_UI
    a.headless = true;
#endif
    if (status == 0) {
        Diagnostics d;
        diag_init(&d, a.pack);
        Pack *pack = pack_load_file(a.pack, &d);
        if (!pack) {
            diag_print(&d, stderr);
            fprintf(stderr, "%s: invalid: %zu error%s; fix it before the class (byline check)\n",
                    a.pack, d.errors, d.errors == 1 ? "" : "s");
            status = 1;
        } else {
            status = serve(&a, pack);
        }
        diag_free(&d);
        pack_free(pack);
    }
    free(a.script_buf);
    return status;
}

const Command cmd_live = {"live", "a live class: students answer in their own browsers", run, help};
