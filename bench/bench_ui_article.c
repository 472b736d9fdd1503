/* bench_ui_article.c — opening a big article in the app: the time and the text work (bytes handed
 * to SDL_ttf, ui_text_work) from the key that opens a pack to its first frame on the reading
 * screen, the longest slice of background layout after it (how long input can wait), the time
 * until the whole article is laid out, and the End key (scroll to the bottom) after that; then, in
 * a second opening, End pressed on the first frame (before the background layout is done): the
 * key and its frame (how long input waits), and the time until the view stands at the real bottom.
 *
 * Usage: bench_ui_article PACK.json [RUNS]   (software renderer on a 1280x800 surface)
 * Packs for it: bench/gen_big_pack.py hostile|long|many OUT.json; run from the source directory. */
#define _POSIX_C_SOURCE 200809L
#include "ui_app.h"
#include "ui_internal.h"
#include "ui_text.h"
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void key(App *app, SDL_Keycode k)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    ui_app_handle_event(app, &e);
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct Run {
    double first, slice, all, end;
    double early_key, early_slice, early_bottom; /* End before the layout is done */
    unsigned long long work_first, work_all, work_early_key;
} Run;

/* Opens the pack and presses End on the first frame: the key and its frame, the longest slice
 * after it, and the time until the whole article is laid out and the view is at its bottom. */
static bool end_early(App *app, Run *out)
{
    key(app, SDLK_1);
    ui_app_render(app);
    uint64_t w0 = ui_text_work();
    double t0 = now_ms();
    key(app, SDLK_END);
    ui_app_render(app);
    out->early_key = now_ms() - t0;
    out->work_early_key = ui_text_work() - w0;
    out->early_slice = 0;
    while (ui_app_timeout_ms(app) == 0) {
        double s0 = now_ms();
        ui_app_tick(app);
        if (ui_app_dirty(app)) ui_app_render(app);
        if (now_ms() - s0 > out->early_slice) out->early_slice = now_ms() - s0;
    }
    out->early_bottom = now_ms() - t0;
    return app->av.laid_all && app->av.scroll == av_max_scroll(&app->av);
}

static bool run_once(SDL_Renderer *r, const char *pack, Run *out)
{
    char home[] = "/tmp/byline-bench-XXXXXX";
    if (!mkdtemp(home)) return false;
    const char *packs[] = {pack};
    AppConfig cfg = {.data_dir = ".", .home = home, .packs = packs, .n_packs = 1,
                     .no_bundled = true, .profile = "Bench"};
    char err[512];
    App *app = ui_app_create(r, NULL, &cfg, err, sizeof err);
    if (!app) {
        fprintf(stderr, "%s\n", err);
        return false;
    }
    ui_app_render(app);
    uint64_t w0 = ui_text_work();
    double t0 = now_ms();
    key(app, SDLK_1); /* open the first pack: its first article */
    ui_app_render(app);
    out->first = now_ms() - t0;
    out->work_first = ui_text_work() - w0;
    out->slice = 0;
    while (ui_app_timeout_ms(app) == 0) { /* the loop's idle work: layout slices */
        double s0 = now_ms();
        ui_app_tick(app);
        if (ui_app_dirty(app)) ui_app_render(app);
        if (now_ms() - s0 > out->slice) out->slice = now_ms() - s0;
    }
    out->all = now_ms() - t0;
    out->work_all = ui_text_work() - w0;
    t0 = now_ms();
    key(app, SDLK_END);
    ui_app_render(app);
    out->end = now_ms() - t0;
    ui_app_destroy(app);
    app = ui_app_create(r, NULL, &cfg, err, sizeof err);
    if (!app) return false;
    ui_app_render(app);
    bool at_bottom = end_early(app, out);
    ui_app_destroy(app);
    if (!at_bottom) fputs("End before the layout was done did not end at the bottom\n", stderr);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    return system(cmd) == 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: bench_ui_article PACK.json [RUNS]\n", stderr);
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    if (runs < 1) runs = 1;
    if (SDL_Init(SDL_INIT_VIDEO) != 0) return 1;
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 800, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (!r) return 1;
    double first[64], slice[64], all[64], end[64], ekey[64], eslice[64], ebottom[64];
    Run run = {0};
    if (runs > 64) runs = 64;
    for (int i = 0; i < runs; i++) {
        if (!run_once(r, argv[1], &run)) return 1;
        first[i] = run.first, slice[i] = run.slice, all[i] = run.all, end[i] = run.end;
        ekey[i] = run.early_key, eslice[i] = run.early_slice, ebottom[i] = run.early_bottom;
    }
    qsort(first, (size_t)runs, sizeof *first, cmp);
    qsort(slice, (size_t)runs, sizeof *slice, cmp);
    qsort(all, (size_t)runs, sizeof *all, cmp);
    qsort(end, (size_t)runs, sizeof *end, cmp);
    qsort(ekey, (size_t)runs, sizeof *ekey, cmp);
    qsort(eslice, (size_t)runs, sizeof *eslice, cmp);
    qsort(ebottom, (size_t)runs, sizeof *ebottom, cmp);
    printf("%s, %d runs (median):\n", argv[1], runs);
    printf("open -> first frame of the article: %.1f ms, %llu bytes of text work\n",
           first[runs / 2], run.work_first);
    printf("longest layout slice after it:      %.1f ms\n", slice[runs / 2]);
    printf("open -> whole article laid out:     %.1f ms, %llu bytes of text work\n",
           all[runs / 2], run.work_all);
    printf("End key + frame after that:         %.1f ms\n", end[runs / 2]);
    printf("End on the first frame: key + frame %.1f ms, %llu bytes of text work;\n"
           "  longest slice after it %.1f ms; at the real bottom after %.1f ms\n",
           ekey[runs / 2], run.work_early_key, eslice[runs / 2], ebottom[runs / 2]);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    SDL_Quit();
    return 0;
}
