/* bench_ui_first_frame.c — time from starting a process to its first frame on screen: Byline's
 * app (fonts, every bundled pack loaded and checked, the progress store opened, the first screen
 * laid out and drawn) against a minimal SDL2 + SDL2_ttf program that opens a window and draws one
 * line of text. Both are measured the same way: the parent spawns the child and stops the clock
 * when the child writes "ready" after SDL_RenderPresent. Process start, dynamic linking and
 * shutdown-free exit are included; the child exits right after the frame.
 *
 * Usage: bench_ui_first_frame [RUNS]         (parent: runs both, prints a table)
 *        bench_ui_first_frame --child minimal|app
 * Run under a display (e.g. xvfb-run -a) or SDL_VIDEODRIVER=dummy. */
#define _POSIX_C_SOURCE 200809L
#include "ui_app.h"
#include <SDL.h>
#include <SDL_ttf.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* The folder with quizzes/ and assets/: $BYLINE_DATA_DIR, or the current directory (run from the
 * source tree, as bench/bench_ui.sh does). */
static const char *data_dir(void)
{
    const char *d = getenv("BYLINE_DATA_DIR");
    return d && d[0] ? d : ".";
}

extern char **environ;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static SDL_Renderer *window_renderer(SDL_Window **w)
{
    if (SDL_Init(SDL_INIT_VIDEO) != 0) return NULL;
    *w = SDL_CreateWindow("bench", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                          SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!*w) return NULL;
    SDL_Renderer *r = SDL_CreateRenderer(*w, -1, SDL_RENDERER_ACCELERATED);
    return r ? r : SDL_CreateRenderer(*w, -1, SDL_RENDERER_SOFTWARE);
}

static int child_minimal(void)
{
    SDL_Window *w;
    SDL_Renderer *r = window_renderer(&w);
    if (!r || TTF_Init() != 0) return 1;
    char path[1100];
    snprintf(path, sizeof path, "%s/assets/fonts/DejaVuSans.ttf", data_dir());
    TTF_Font *f = TTF_OpenFont(path, 19);
    if (!f) return 1;
    SDL_Color black = {0, 0, 0, 255};
    SDL_Surface *s = TTF_RenderUTF8_Blended(f, "Who said this quote?", black);
    SDL_Texture *t = SDL_CreateTextureFromSurface(r, s);
    SDL_SetRenderDrawColor(r, 255, 255, 255, 255);
    SDL_RenderClear(r);
    SDL_RenderCopy(r, t, NULL, &(SDL_Rect){20, 20, s->w, s->h});
    SDL_RenderPresent(r);
    puts("ready");
    fflush(stdout);
    _exit(0);
}

static int child_app(void)
{
    SDL_Window *w;
    SDL_Renderer *r = window_renderer(&w);
    if (!r) return 1;
    char home[] = "/tmp/byline-bench-XXXXXX";
    if (!mkdtemp(home)) return 1;
    AppConfig cfg = {.data_dir = data_dir(), .home = home, .profile = "Bench"};
    char err[512];
    App *app = ui_app_create(r, w, &cfg, err, sizeof err);
    if (!app) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    ui_app_render(app);
    puts("ready");
    fflush(stdout);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    if (system(cmd) != 0) return 1;
    _exit(0);
}

/* Spawns this program as a child and returns the milliseconds until it printed "ready". */
static double run_child(const char *self, const char *mode)
{
    int fd[2];
    if (pipe(fd) != 0) return -1;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fd[1], 1);
    posix_spawn_file_actions_addclose(&fa, fd[0]);
    char *argv[] = {(char *)self, (char *)"--child", (char *)mode, NULL};
    pid_t pid;
    double t0 = now_ms();
    if (posix_spawn(&pid, self, &fa, NULL, argv, environ) != 0) return -1;
    close(fd[1]);
    char buf[16] = {0};
    ssize_t n = read(fd[0], buf, sizeof buf - 1);
    double t = now_ms() - t0;
    close(fd[0]);
    int status;
    waitpid(pid, &status, 0);
    posix_spawn_file_actions_destroy(&fa);
    return n > 0 && strncmp(buf, "ready", 5) == 0 ? t : -1;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--child") == 0)
        return strcmp(argv[2], "app") == 0 ? child_app() : child_minimal();
    int runs = argc > 1 ? atoi(argv[1]) : 10;
    if (runs < 1) runs = 1;
    const char *modes[2] = {"minimal", "app"};
    const char *names[2] = {"minimal SDL2 + SDL2_ttf (one line)", "Byline app (library screen)"};
    double med[2] = {0};
    printf("%-38s %9s %9s\n", "first frame after process start", "best", "median");
    for (int m = 0; m < 2; m++) {
        double *t = calloc((size_t)runs, sizeof *t);
        run_child(argv[0], modes[m]); /* warm the page cache */
        for (int i = 0; i < runs; i++) {
            t[i] = run_child(argv[0], modes[m]);
            if (t[i] < 0) {
                fprintf(stderr, "child %s failed\n", modes[m]);
                return 1;
            }
        }
        qsort(t, (size_t)runs, sizeof *t, cmp);
        med[m] = t[runs / 2];
        printf("%-38s %6.1f ms %6.1f ms\n", names[m], t[0], med[m]);
        free(t);
    }
    printf("ratio app / minimal (median): %.2f\n", med[1] / med[0]);
    return 0;
}
