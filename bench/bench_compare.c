/* bench_compare.c — how long comparing two articles and drafting a pack from them take.
 *
 * Usage: bench_compare [RUNS] A.txt B.txt
 * Reports the best and median time of RUNS runs (default 500) of compare_articles on the two
 * annotations, and of draft_pack_articles (annotation, comparison, questions, the checker). */
#define _POSIX_C_SOURCE 200809L
#include "compare.h"
#include "draft.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = malloc(ANNOTATE_MAX_BYTES + 1);
    *len = buf ? fread(buf, 1, ANNOTATE_MAX_BYTES, f) : 0;
    fclose(f);
    if (buf) buf[*len] = '\0';
    return buf;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void report(const char *what, double *t, int runs)
{
    qsort(t, (size_t)runs, sizeof *t, cmp_double);
    printf("%-36s best %.3f ms  median %.3f ms\n", what, t[0], t[runs / 2]);
}

int main(int argc, char **argv)
{
    int runs = argc > 3 ? atoi(argv[1]) : 500;
    if (argc < 3 || runs <= 0) {
        fprintf(stderr, "usage: bench_compare [RUNS] A.txt B.txt\n");
        return 2;
    }
    const char *pa = argv[argc - 2], *pb = argv[argc - 1];
    size_t la, lb;
    char *a = slurp(pa, &la), *b = slurp(pb, &lb), err[300];
    double *t = malloc(sizeof *t * (size_t)runs);
    if (!a || !b || !t) return 2;
    Annotation *x = annotate_text(a, la, NULL, err, sizeof err), *y = annotate_text(b, lb, NULL, err, sizeof err);
    if (!x || !y) return 2;
    CompareArticle arts[2] = {{a, la, x}, {b, lb, y}};
    for (int i = 0; i < runs; i++) {
        double t0 = now_ms();
        comparison_free(compare_articles(arts, 2, ANN_CONF_NONE));
        t[i] = now_ms() - t0;
    }
    report("compare_articles", t, runs);
    DraftArticle d[2] = {{a, la, NULL, NULL, "A", pa}, {b, lb, NULL, NULL, "B", pb}};
    for (int i = 0; i < runs; i++) {
        double t0 = now_ms();
        free(draft_pack_articles(d, 2, ANN_CONF_NONE, false, NULL, NULL, err, sizeof err));
        t[i] = now_ms() - t0;
    }
    report("draft_pack_articles (two)", t, runs);
    for (int i = 0; i < runs; i++) {
        double t0 = now_ms();
        free(draft_pack_articles(d, 1, ANN_CONF_NONE, false, NULL, NULL, err, sizeof err));
        t[i] = now_ms() - t0;
    }
    report("draft_pack_articles (the first only)", t, runs);
    annotation_free(x);
    annotation_free(y);
    free(a);
    free(b);
    free(t);
    return 0;
}
