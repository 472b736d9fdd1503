/* cmd_live.c — `byline live PACK.json`: a live class. Students join from their own browsers over
 * the school network (game/net/); the teacher runs it on the projector (game/ui/ui_live*.c) or, with
 * --headless, from this terminal (live_console.c). Every answer is saved as it comes; a class on
 * the same pack that was cut short (a crash, a closed laptop) resumes where it stopped.
 * docs/live.md has the rules and the classroom walkthrough. */
#define _GNU_SOURCE
#include "cli_io.h"
#include "commands.h"
#include "live.h"
#include "live_console.h"
#include "live_store.h"
#include "net_addr.h"
#include "net_server.h"
#include "pack.h"
#include "progress.h"
#include "qr.h"
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#ifdef BYLINE_HAVE_UI
#include "ui_live.h"
#endif

#ifndef BYLINE_DATA_DIR
#define BYLINE_DATA_DIR "."
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
          "                         lock, unlock, remove NAME, extra-time NAME 150, end,\n"
          "                         status, quit); end of input quits\n"
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
    if (a->script && a->script[0] == '@') {
        size_t len;
        if (!(a->script_buf = cli_read_file("live", a->script + 1, SCRIPT_MAX_BYTES, &len))) return 2;
        a->script = a->script_buf;
    }
    return 0;
}

/* ---- the store -------------------------------------------------------------------------- */

static bool store_path(const Args *a, char *buf, size_t n)
{
    const char *home = getenv("BYLINE_DATA_HOME");
    struct stat st;
    if (a->store && stat(a->store, &st) == 0 && S_ISDIR(st.st_mode))
        return (size_t)snprintf(buf, n, "%s/progress.db", a->store) < n;
    if (a->store) return (size_t)snprintf(buf, n, "%s", a->store) < n;
    if (home && home[0]) return (size_t)snprintf(buf, n, "%s/progress.db", home) < n;
    return store_default_path(buf, n);
}

/* ---- the class -------------------------------------------------------------------------- */

typedef struct Class {
    Pack *pack;
    Store *store;
    Live *live;
    LiveSaver *saver;
    NetServer *srv;
    bool resumed;
} Class;

static bool random_bytes(void *buf, size_t n)
{
    return getrandom(buf, n, 0) == (ssize_t)n;
}

static Live *new_live(const Args *a, const Pack *p, char *err, size_t n)
{
    LivePacing pacing = a->student_paced ? LIVE_STUDENT_PACED : LIVE_TEACHER_PACED;
    LiveRules rules = live_default_rules(pacing);
    if (a->speed_set) rules.speed_points = a->speed;
    char room[LIVE_ROOM_CHARS + 1];
    unsigned char rnd[LIVE_ROOM_CHARS];
    uint64_t seed;
    if (!random_bytes(rnd, sizeof rnd) || !random_bytes(&seed, sizeof seed)) {
        snprintf(err, n, "the system has no randomness");
        return NULL;
    }
    live_make_room_code(rnd, room);
    return live_create(p, pacing, rules, a->room ? a->room : room, seed, net_now_ms(), err, n);
}

/* Opens the store and resumes the class cut short on this pack, or begins a new one. */
static bool open_class(const Args *a, Class *c, char *err, size_t n)
{
    if (!a->no_store) {
        char path[4096];
        if (!store_path(a, path, sizeof path)) {
            snprintf(err, n, "no place for the progress store (set HOME, or --store FILE, or --no-store)");
            return false;
        }
        if (!(c->store = store_open(path, err, n))) return false;
        int64_t now = (int64_t)time(NULL);
        int64_t id = live_store_find_unfinished(c->store, c->pack->id, now);
        if (id >= 0 && a->fresh) live_store_abandon(c->store, id, now);
        else if (id >= 0) {
            c->live = live_store_resume(c->store, id, c->pack, net_now_ms(), now, &c->saver, err, n);
            if (!c->live) return false;
            c->resumed = true;
            return true;
        }
    }
    if (!(c->live = new_live(a, c->pack, err, n))) return false;
    if (c->store && !(c->saver = live_store_begin(c->store, c->live, (int64_t)time(NULL), err, n))) return false;
    return true;
}

static void close_class(Class *c)
{
    net_server_stop(c->srv);
    if (c->saver) {
        if (live_phase(c->live) == LIVE_FINISHED) live_store_finish(c->saver, c->live, (int64_t)time(NULL));
        live_store_close(c->saver);
    }
    live_free(c->live);
    store_close(c->store);
    pack_free(c->pack);
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

static void announce(const Class *c, const char *bind, char urls[][NET_URL_MAX], size_t n, bool qr)
{
    net_server_lock(c->srv);
    printf("live: %s class on \"%s\"%s\n", live_pacing(c->live) == LIVE_TEACHER_PACED ? "teacher-paced" : "student-paced",
           c->pack->title, c->resumed ? " (resumed)" : "");
    printf("live: room %s\n", live_room(c->live));
    if (c->resumed) printf("live: %zu students, question %zu of %zu\n", live_present_count(c->live),
                           live_position(c->live) + 1, live_question_count(c->live));
    net_server_unlock(c->srv);
    for (size_t i = 0; i < n; i++) printf("live: %s\n", urls[i]);
    if (!bind || strcmp(bind, "0.0.0.0") == 0)
        printf("live: students on the same network open the address above (or scan the code)\n");
    if (qr && n > 0) print_qr(urls[0], stdout);
    fflush(stdout);
}

typedef struct Watch {
    NetServer *srv;
    Live *live;
    size_t seats, answered;
    LivePhase phase;
    size_t pos;
} Watch;

/* Headless: tells the teacher what students did (joins, answers), from the server's threads. */
static void on_activity(void *ctx)
{
    Watch *w = ctx;
    if (!w->srv) return;
    char lines[4][160];
    size_t n = 0;
    net_server_lock(w->srv);
    size_t seats = live_seat_count(w->live), pos = live_position(w->live);
    for (size_t i = w->seats; i < seats && n < 3; i++)
        snprintf(lines[n++], sizeof lines[0], "joined %s", live_seat(w->live, (int)i)->name);
    w->seats = seats;
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
static void host_lock(void *ctx) { net_server_lock(ctx); }
static void host_unlock(void *ctx) { net_server_unlock(ctx); }
static void host_changed(void *ctx) { net_server_changed(ctx); }
static int64_t host_now(void *ctx)
{
    (void)ctx;
    return net_now_ms();
}
static void wake_projector(void *ctx)
{
    (void)ctx;
    ui_live_wake();
}

static int run_projector(const Args *a, Class *c, char urls[][NET_URL_MAX], size_t n, const char *data)
{
    const char *list[MAX_URLS];
    for (size_t i = 0; i < n; i++) list[i] = urls[i];
    UiLiveHost host = {
        .live = c->live, .lock = host_lock, .unlock = host_unlock, .changed = host_changed,
        .now_ms = host_now, .ctx = c->srv, .urls = list, .n_urls = n,
    };
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

static const char *data_dir(const Args *a)
{
    const char *env = getenv("BYLINE_DATA_DIR");
    return a->data ? a->data : env && env[0] ? env : BYLINE_DATA_DIR;
}

static int serve(const Args *a, Class *c)
{
    char err[512], web[4096];
    const char *data = data_dir(a);
    snprintf(web, sizeof web, "%s/assets/web", data);
    static Watch watch;
    NetServerConfig cfg = {
        .bind = a->bind, .port = a->port, .web_dir = web, .joins_per_minute = a->joins_per_minute,
        .on_activity = on_activity, .ctx = &watch, .store = c->store,
    };
#ifdef BYLINE_HAVE_UI
    if (!a->headless) cfg.on_activity = wake_projector;
#endif
    watch.live = c->live;
    watch.seats = live_seat_count(c->live);
    if (!(c->srv = net_server_start(c->live, c->saver, &cfg, err, sizeof err))) {
        fprintf(stderr, "byline live: %s\n", err);
        return 2;
    }
    watch.srv = c->srv;
    char urls[MAX_URLS][NET_URL_MAX];
    size_t n = net_join_urls(a->bind, net_server_port(c->srv), live_room(c->live), urls, MAX_URLS);
    announce(c, a->bind, urls, n, a->headless);
#ifdef BYLINE_HAVE_UI
    if (!a->headless) return run_projector(a, c, urls, n, data);
#endif
    live_console_run(c->srv, c->live, stdin, stdout, (volatile int *)&stop_requested);
    return 0;
}

static int run(int argc, char **argv)
{
    Args a;
    memset(&a, 0, sizeof a);
    int status = parse(argc, argv, &a);
#ifndef BYLINE_HAVE_UI
    a.headless = true;
#endif
    Class c;
    memset(&c, 0, sizeof c);
    if (status == 0) {
        Diagnostics d;
        diag_init(&d, a.pack);
        c.pack = pack_load_file(a.pack, &d);
        if (!c.pack) {
            diag_print(&d, stderr);
            fprintf(stderr, "%s: invalid: %zu error%s; fix it before the class (byline check)\n",
                    a.pack, d.errors, d.errors == 1 ? "" : "s");
            status = 1;
        }
        diag_free(&d);
    }
    char err[512];
    if (status == 0 && !open_class(&a, &c, err, sizeof err)) {
        fprintf(stderr, "byline live: %s\n", err);
        status = 2;
    }
    if (status == 0) {
        catch_signals();
        status = serve(&a, &c);
    }
    close_class(&c);
    free(a.script_buf);
    return status;
}

const Command cmd_live = {"live", "a live class: students answer in their own browsers", run, help};
