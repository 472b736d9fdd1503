/* bench_pack_load.c — how long loading and checking a 10,000-question pack takes, against a bare
 * cJSON_Parse of the same bytes (the floor: any loader must at least parse).
 *
 * Usage: bench_pack_load [QUESTIONS] [RUNS] [--write FILE]
 * Generates the pack in memory (an article of 200 distinct sentences; questions cycle through
 * every format, each quoting one sentence as evidence), then reports the best and median time of
 * RUNS runs of each. */
#define _POSIX_C_SOURCE 200809L
#include "diag.h"
#include "pack.h"
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SENTENCES 200

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static const char *const FORMATS[] = {"choice", "multi", "true_false", "order", "text", "evidence"};

static char *generate(int questions, size_t *len)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddNumberToObject(root, "format", 1);
    cJSON_AddStringToObject(root, "id", "bench");
    cJSON_AddStringToObject(root, "title", "Benchmark pack");
    cJSON_AddStringToObject(root, "language", "en");
    cJSON *arts = cJSON_AddArrayToObject(root, "articles");
    cJSON *a = cJSON_CreateObject();
    cJSON_AddItemToArray(arts, a);
    cJSON_AddStringToObject(a, "id", "a");
    cJSON_AddStringToObject(a, "title", "A long practice report");
    cJSON_AddStringToObject(a, "outlet", "The Bench Gazette");
    cJSON_AddStringToObject(a, "date", "2024-05-10");
    cJSON *paras = cJSON_AddArrayToObject(a, "paragraphs");
    char para[4096];
    for (int p = 0; p < SENTENCES / 4; p++) {
        para[0] = '\0';
        for (int s = 0; s < 4; s++) {
            char sent[256];
            int n = p * 4 + s;
            snprintf(sent, sizeof sent,
                     "%s\xE2\x80\x9CStatement number %d is on the record,\xE2\x80\x9D said "
                     "council member Ada Vance on day %d.", s ? " " : "", n, n % 28 + 1);
            strcat(para, sent);
        }
        cJSON_AddItemToArray(paras, cJSON_CreateString(para));
    }
    cJSON *people = cJSON_AddArrayToObject(root, "people");
    cJSON *ada = cJSON_CreateObject();
    cJSON_AddItemToArray(people, ada);
    cJSON_AddStringToObject(ada, "id", "vance");
    cJSON_AddStringToObject(ada, "name", "Ada Vance");
    cJSON_AddStringToObject(ada, "role", "council member");
    cJSON *events = cJSON_AddArrayToObject(root, "events");
    for (int e = 0; e < 3; e++) {
        cJSON *ev = cJSON_CreateObject();
        char id[8], date[16];
        snprintf(id, sizeof id, "e%d", e);
        snprintf(date, sizeof date, "2024-0%d-01", e + 1);
        cJSON_AddStringToObject(ev, "id", id);
        cJSON_AddStringToObject(ev, "text", "Something happens");
        cJSON_AddStringToObject(ev, "date", date);
        cJSON_AddItemToArray(events, ev);
    }
    cJSON *qs = cJSON_AddArrayToObject(root, "questions");
    for (int i = 0; i < questions; i++) {
        cJSON *q = cJSON_CreateObject();
        char id[32], quote[128];
        const char *fmt = FORMATS[i % 6];
        snprintf(id, sizeof id, "q%d", i);
        cJSON_AddStringToObject(q, "id", id);
        cJSON_AddStringToObject(q, "kind", i % 6 == 0 ? "speaker" : i % 6 == 3 ? "timeline" : "claim");
        cJSON_AddStringToObject(q, "format", fmt);
        cJSON_AddStringToObject(q, "prompt", "Who put statement number seven on the record?");
        cJSON_AddStringToObject(q, "explanation", "The article attributes it plainly.");
        if (i % 6 == 0) cJSON_AddStringToObject(q, "person", "vance");
        if (i % 6 <= 1) {
            const char *ch[] = {"Ada Vance", "Bo Lind", "Cy Marr", "Di Stone"};
            cJSON_AddItemToObject(q, "choices", cJSON_CreateStringArray(ch, 4));
            if (i % 6 == 0) cJSON_AddNumberToObject(q, "answer", 0);
            else cJSON_AddItemToObject(q, "answers", cJSON_CreateIntArray((const int[]){0, 2}, 2));
        } else if (i % 6 == 2) {
            cJSON_AddBoolToObject(q, "answer", 1);
        } else if (i % 6 == 3) {
            const char *ev[] = {"e0", "e1", "e2"};
            cJSON_AddItemToObject(q, "events", cJSON_CreateStringArray(ev, 3));
        } else if (i % 6 == 4) {
            const char *acc[] = {"Ada Vance", "Vance"};
            cJSON_AddItemToObject(q, "accept", cJSON_CreateStringArray(acc, 2));
        }
        snprintf(quote, sizeof quote, "\"Statement number %d is on the record,\" said",
                 i % SENTENCES);
        cJSON *ev = cJSON_AddArrayToObject(q, "evidence");
        cJSON_AddItemToArray(ev, cJSON_CreateString(quote));
        cJSON_AddItemToArray(qs, q);
    }
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    *len = strlen(text);
    return text;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int questions = argc > 1 ? atoi(argv[1]) : 10000;
    int runs = argc > 2 ? atoi(argv[2]) : 15;
    if (questions < 1 || runs < 1 || runs > 1000) {
        fprintf(stderr, "usage: bench_pack_load [QUESTIONS] [RUNS] [--write FILE]\n");
        return 2;
    }
    size_t len;
    char *text = generate(questions, &len);
    if (argc > 4 && strcmp(argv[3], "--write") == 0) {
        FILE *f = fopen(argv[4], "wb");
        if (f) {
            fwrite(text, 1, len, f);
            fclose(f);
        }
    }
    double *parse = calloc((size_t)runs, sizeof *parse), *load = calloc((size_t)runs, sizeof *load);
    /* Each measured separately, so one's freed memory does not shape the other's allocations. */
    for (int r = 0; r < runs; r++) {
        double t0 = now_ms();
        cJSON *root = cJSON_ParseWithLength(text, len);
        if (!root) return 1;
        cJSON_Delete(root);
        parse[r] = now_ms() - t0;
    }
    for (int r = 0; r < runs; r++) {
        Diagnostics d;
        diag_init(&d, "bench.json");
        double t0 = now_ms();
        Pack *p = pack_load_buffer(text, len, &d);
        load[r] = now_ms() - t0;
        if (!p) {
            diag_print(&d, stderr);
            return 1;
        }
        pack_free(p);
        diag_free(&d);
    }
    qsort(parse, (size_t)runs, sizeof *parse, cmp_double);
    qsort(load, (size_t)runs, sizeof *load, cmp_double);
    printf("pack: %d questions, %.2f MiB, %d runs\n", questions, (double)len / 1048576.0, runs);
    printf("cJSON_Parse+Delete : best %7.2f ms  median %7.2f ms\n", parse[0], parse[runs / 2]);
    printf("pack_load_buffer   : best %7.2f ms  median %7.2f ms\n", load[0], load[runs / 2]);
    printf("load / parse       : %.2f (median)\n", load[runs / 2] / parse[runs / 2]);
    printf("validation beyond parsing: %.2f ms (median)\n", load[runs / 2] - parse[runs / 2]);
    free(parse);
    free(load);
    free(text);
    return 0;
}
