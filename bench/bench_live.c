/* bench_live.c — a classroom of simulated students against a real `byline live`, over loopback.
 *
 * Usage: bench_live BYLINE PACK.json [STUDENTS] [--store FILE]
 * Starts `BYLINE live PACK --headless --bind 127.0.0.1 --port 0` as a child (the teacher is its
 * standard input), joins STUDENTS (default 200) over HTTP, opens a WebSocket for each, starts the
 * first question, and has every student answer it within one second (spread evenly). Reports:
 *   - answer → acknowledgement latency, p50 / p99 / max (the ack comes after the answer is saved);
 *   - the time from the teacher's start and reveal to the last student's update;
 *   - the server's CPU time over the run, and its resident memory per connected student.
 * The students are bench/live_sim.c's. Figures go to docs/performance.md. Not a test: it asserts nothing about time. */
#define _GNU_SOURCE
#include "live_sim.h"
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long proc_field_kb(pid_t pid, const char *field)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    long v = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, field, strlen(field)) == 0) v = atol(line + strlen(field) + 1);
    if (f) fclose(f);
    return v;
}

static double proc_cpu_s(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f || !fgets(buf, sizeof buf, f)) {
        if (f) fclose(f);
        return -1;
    }
    fclose(f);
    char *p = strrchr(buf, ')');
    unsigned long ut = 0, st = 0;
    /* fields after ")": state(3) ... utime(14) stime(15) */
    sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut, &st);
    return (double)(ut + st) / (double)sysconf(_SC_CLK_TCK);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    int port = 0;
    if (argc < 3) {
        fprintf(stderr, "usage: bench_live BYLINE PACK.json [STUDENTS] [--store FILE]\n");
        return 2;
    }
    int n = argc > 3 && argv[3][0] != '-' ? atoi(argv[3]) : 200;
    const char *store = NULL;
    for (int i = 3; i < argc - 1; i++)
        if (strcmp(argv[i], "--store") == 0) store = argv[i + 1];
    if (n < 1 || n > SIM_MAX_STUDENTS) n = 200;
    int to_child[2], from_child[2];
    if (pipe(to_child) || pipe(from_child)) return 2;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(to_child[0], 0);
        dup2(from_child[1], 1);
        close(to_child[1]);
        close(from_child[0]);
        execl(argv[1], argv[1], "live", argv[2], "--headless", "--bind", "127.0.0.1", "--port", "0",
              "--room", "BNCH", "--new", "--joins-per-minute", "100000",
              store ? "--store" : "--no-store", store ? store : (char *)NULL, (char *)NULL);
        _exit(127);
    }
    close(to_child[0]);
    close(from_child[1]);
    FILE *teacher = fdopen(to_child[1], "w"), *out = fdopen(from_child[0], "r");
    char line[512];
    while (fgets(line, sizeof line, out))
        if (sscanf(line, "live: http://127.0.0.1:%d/", &port) == 1) break;
    if (!port) {
        fprintf(stderr, "bench_live: the server did not start\n");
        return 2;
    }
    /* Drain the server's output so it never blocks on a full pipe. */
    if (fork() == 0) {
        while (fgets(line, sizeof line, out)) {}
        _exit(0);
    }
    long rss0 = proc_field_kb(pid, "VmRSS:");
    if (!sim_join_all(port, "BNCH", n)) return 2;
    if (sim_wait_all(n, sim_has_state, 0) < 0) return 1;
    long rss1 = proc_field_kb(pid, "VmRSS:");
    double cpu0 = proc_cpu_s(pid);

    double t_start = sim_now_ms();
    fputs("start\n", teacher);
    fflush(teacher);
    double t_last = sim_wait_all(n, sim_has_question, t_start);
    double start_to_last = t_last - t_start;

    /* Every student answers within one second, spread evenly. */
    double t0 = sim_now_ms();
    for (int i = 0; i < n; i++) {
        double due = t0 + 1000.0 * i / n;
        while (sim_now_ms() < due) usleep(200);
        sim_answer(&sim_students[i]);
    }
    if (sim_wait_all(n, sim_has_ack, 0) < 0) return 1;
    double lat[SIM_MAX_STUDENTS];
    for (int i = 0; i < n; i++) lat[i] = sim_students[i].ack_ms - sim_students[i].sent_ms;
    qsort(lat, (size_t)n, sizeof lat[0], cmp_double);

    double t_rev = sim_now_ms();
    fputs("reveal\n", teacher);
    fflush(teacher);
    double t_rev_last = sim_wait_all(n, sim_has_result, t_rev);
    double cpu1 = proc_cpu_s(pid);

    printf("students                 %d\n", n);
    printf("answer -> ack            p50 %.2f ms   p99 %.2f ms   max %.2f ms\n", lat[n / 2],
           lat[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1], lat[n - 1]);
    printf("start -> last student    %.2f ms\n", start_to_last);
    printf("reveal -> last student   %.2f ms\n", t_rev_last - t_rev);
    printf("server CPU               %.2f s over the question (%.1f s wall)\n", cpu1 - cpu0,
           (sim_now_ms() - t_start) / 1000.0);
    printf("server memory            %ld KB idle, %ld KB with %d students: %.1f KB per student\n", rss0,
           rss1, n, (double)(rss1 - rss0) / n);
    printf("store                    %s\n", store ? store : "none (--no-store)");
    fputs("quit\n", teacher);
    fflush(teacher);
    sim_stop();
    int status;
    waitpid(pid, &status, 0);
    return 0;
}
