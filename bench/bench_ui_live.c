/* bench_ui_live.c — does a class answering on their phones slow the projector down?
 *
 * Usage: bench_ui_live [STUDENTS] [PACK.json]
 * In one process, as `byline live` runs: the class (core), its web server on loopback (game/net)
 * and the projector (game/ui) drawing on a 1280x800 software surface. STUDENTS (default 200)
 * simulated students (bench/live_sim.c) join and wait on the first question. The projector then
 * draws frames for two seconds with the class idle, and for two seconds while every student
 * answers within one second (each answer takes the class's lock, is saved to a temporary store
 * and pushed). Each frame reads the class under the lock, as the real projector does. Reports
 * the frame time (mean, p50, p99, max) idle and under load. Not a test: it asserts nothing. */
#define _GNU_SOURCE
#include "live_sim.h"
#include "live_store.h"
#include "net_server.h"
#include "ui_live_internal.h"
#include <SDL.h>
#include <SDL_ttf.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_FRAMES 20000

static void host_lock(void *ctx) { net_server_lock(ctx); }
static void host_unlock(void *ctx) { net_server_unlock(ctx); }
static void host_changed(void *ctx) { net_server_changed(ctx); }
static int64_t host_now(void *ctx)
{
    (void)ctx;
    return net_now_ms();
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int n_students;
static volatile int answering_done;

static void *answer_all(void *arg)
{
    (void)arg;
    double t0 = sim_now_ms();
    for (int i = 0; i < n_students; i++) {
        double due = t0 + 1000.0 * i / n_students;
        while (sim_now_ms() < due) usleep(200);
        sim_answer(&sim_students[i]);
    }
    sim_wait_all(n_students, sim_has_ack, 0);
    answering_done = 1;
    return NULL;
}

/* Draws frames for `ms` milliseconds; returns how many, their times in t[]. */
static int frames_for(LiveScreen *ls, double ms, double *t)
{
    int n = 0;
    double end = sim_now_ms() + ms;
    while (sim_now_ms() < end && n < MAX_FRAMES) {
        double a = sim_now_ms();
        lv_snapshot(ls);
        ui_live_render(ls);
        t[n++] = sim_now_ms() - a;
    }
    return n;
}

static void report(const char *what, double *t, int n)
{
    double sum = 0;
    for (int i = 0; i < n; i++) sum += t[i];
    qsort(t, (size_t)n, sizeof t[0], cmp_double);
    printf("%-28s %5d frames   mean %.2f ms   p50 %.2f ms   p99 %.2f ms   max %.2f ms\n", what, n,
           sum / n, t[n / 2], t[(n * 99) / 100], t[n - 1]);
}

int main(int argc, char **argv)
{
    n_students = argc > 1 ? atoi(argv[1]) : 200;
    if (n_students < 1 || n_students > SIM_MAX_STUDENTS) n_students = 200;
    const char *pack_path = argc > 2 ? argv[2] : "quizzes/practice-river-bridge.json";
    const char *data = getenv("BYLINE_DATA_DIR");
    if (!data || !data[0]) data = ".";
    Diagnostics d;
    diag_init(&d, pack_path);
    Pack *pack = pack_load_file(pack_path, &d);
    if (!pack) {
        diag_print(&d, stderr);
        return 2;
    }
    diag_free(&d);
    char err[512], tmpdir[] = "/tmp/byline-bench-XXXXXX", db[64], web[1024];
    if (!mkdtemp(tmpdir)) return 2;
    snprintf(db, sizeof db, "%s/progress.db", tmpdir);
    snprintf(web, sizeof web, "%s/assets/web", data);
    Store *st = store_open(db, err, sizeof err);
    Live *lv = live_create(pack, LIVE_TEACHER_PACED, live_default_rules(LIVE_TEACHER_PACED), "BNCH", 1,
                           net_now_ms(), err, sizeof err);
    LiveSaver *sv = st && lv ? live_store_begin(st, lv, time(NULL), err, sizeof err) : NULL;
    NetServerConfig cfg = {.bind = "127.0.0.1", .port = 0, .web_dir = web, .joins_per_minute = 100000,
                           .store = st};
    NetServer *srv = sv ? net_server_start(lv, sv, &cfg, err, sizeof err) : NULL;
    if (!srv) {
        fprintf(stderr, "bench_ui_live: %s\n", err);
        return 2;
    }
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) return 2;
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 800, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(surf);
    const char *urls[] = {"http://192.168.1.20:8080/?room=BNCH"};
    UiLiveHost host = {.live = lv, .lock = host_lock, .unlock = host_unlock, .changed = host_changed,
                       .now_ms = host_now, .ctx = srv, .urls = urls, .n_urls = 1};
    UiLiveOptions opt = {.data_dir = data, .theme = "light"};
    LiveScreen *ls = ui_live_create(r, NULL, &host, &opt, err, sizeof err);
    if (!ls) {
        fprintf(stderr, "bench_ui_live: %s\n", err);
        return 2;
    }
    if (!sim_join_all(net_server_port(srv), "BNCH", n_students) || sim_wait_all(n_students, sim_has_state, 0) < 0)
        return 1;
    net_server_lock(srv);
    live_start(lv, net_now_ms());
    net_server_changed(srv);
    net_server_unlock(srv);
    sim_wait_all(n_students, sim_has_question, 0);

    static double idle[MAX_FRAMES], busy[MAX_FRAMES];
    int n_idle = frames_for(ls, 2000, idle);
    pthread_t th;
    pthread_create(&th, NULL, answer_all, NULL);
    int n_busy = frames_for(ls, 2000, busy);
    pthread_join(th, NULL);
    net_server_lock(srv);
    size_t answered = live_answered_count(lv, 0);
    net_server_unlock(srv);
    printf("students                     %d (%zu answered during the loaded frames)\n", n_students, answered);
    report("projector, class idle", idle, n_idle);
    report("projector, class answering", busy, n_busy);
    sim_stop();
    ui_live_destroy(ls);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    net_server_stop(srv);
    live_store_close(sv);
    live_free(lv);
    store_close(st);
    pack_free(pack);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0) return 1;
    TTF_Quit();
    SDL_Quit();
    return 0;
}
