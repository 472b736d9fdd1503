/* bench_ui_frame.c — what a frame costs once the app is running: the quiz screen after an answer
 * (article with the evidence highlighted, question, feedback) drawn again and again from the text
 * cache (steady state: what a redraw after a hover or a key costs), drawn with an empty cache (the
 * first frame after a theme or text-size change), and scrolling the article by a wheel step.
 *
 * Usage: bench_ui_frame [FRAMES] [--window]
 * Default: software renderer on a 1280x800 surface (no display needed). --window: a real window
 * (run under a display, e.g. xvfb-run -a), as the app draws. */
#define _POSIX_C_SOURCE 200809L
#include "ui_app.h"
#include "ui_cache.h"
#include "ui_internal.h"
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* The folder with quizzes/ and assets/: $BYLINE_DATA_DIR, or the current directory (run from the
 * source tree, as bench/bench_ui.sh does). */
static const char *data_dir(void)
{
    const char *d = getenv("BYLINE_DATA_DIR");
    return d && d[0] ? d : ".";
}

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

int main(int argc, char **argv)
{
    int frames = argc > 1 && argv[1][0] != '-' ? atoi(argv[1]) : 300;
    bool window = argc > 1 && strcmp(argv[argc - 1], "--window") == 0;
    if (frames < 10) frames = 10;
    if (SDL_Init(SDL_INIT_VIDEO) != 0) return 1;
    SDL_Window *w = NULL;
    SDL_Surface *surf = NULL;
    SDL_Renderer *r;
    if (window) {
        w = SDL_CreateWindow("bench", 0, 0, 1280, 800, 0);
        r = w ? SDL_CreateRenderer(w, -1, SDL_RENDERER_ACCELERATED) : NULL;
        if (w && !r) r = SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE);
    } else {
        surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 800, 32, SDL_PIXELFORMAT_ARGB8888);
        r = SDL_CreateSoftwareRenderer(surf);
    }
    if (!r) return 1;
    SDL_RendererInfo info;
    SDL_GetRendererInfo(r, &info);
    char home[] = "/tmp/byline-bench-XXXXXX";
    if (!mkdtemp(home)) return 1;
    char pack[1100];
    snprintf(pack, sizeof pack, "%s/quizzes/sessions-letter.json", data_dir());
    const char *packs[] = {pack};
    AppConfig cfg = {.data_dir = data_dir(), .home = home, .packs = packs, .n_packs = 1,
                     .no_bundled = true, .profile = "Bench"};
    char err[512];
    App *app = ui_app_create(r, w, &cfg, err, sizeof err);
    if (!app) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    key(app, SDLK_1);      /* open */
    key(app, SDLK_RETURN); /* start */
    key(app, SDLK_a);      /* answer */
    key(app, SDLK_RETURN); /* submit: feedback, evidence highlighted */
    ui_app_render(app);

    double t0 = now_ms();
    for (int i = 0; i < frames; i++) ui_app_render(app);
    double warm = (now_ms() - t0) / frames;

    int cold_n = frames / 10;
    t0 = now_ms();
    for (int i = 0; i < cold_n; i++) {
        ui_cache_clear(app->ui.cache);
        ui_app_render(app);
    }
    double cold = (now_ms() - t0) / cold_n;

    SDL_Event wheel = {0};
    wheel.type = SDL_MOUSEWHEEL;
    wheel.wheel.mouseX = 100;
    wheel.wheel.mouseY = 300;
    t0 = now_ms();
    for (int i = 0; i < frames; i++) {
        wheel.wheel.y = (i / 20) % 2 ? 1 : -1; /* down 20 steps, up 20 steps … */
        ui_app_handle_event(app, &wheel);
        ui_app_render(app);
    }
    double scroll = (now_ms() - t0) / frames;
    TextCacheStats st = ui_cache_stats(app->ui.cache);
    printf("renderer: %s, 1280x800, %d frames\n", info.name, frames);
    printf("steady-state frame (quiz + feedback, cached text): %.3f ms\n", warm);
    printf("frame with an empty text cache (after theme/size change): %.3f ms\n", cold);
    printf("scroll step (wheel event + frame): %.3f ms\n", scroll);
    printf("text cache: %zu textures, %zu hits, %zu misses, %zu evictions\n", st.entries, st.hits,
           st.misses, st.evictions);
    ui_app_destroy(app);
    SDL_DestroyRenderer(r);
    if (w) SDL_DestroyWindow(w);
    if (surf) SDL_FreeSurface(surf);
    SDL_Quit();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    return system(cmd) == 0 ? 0 : 1;
}
