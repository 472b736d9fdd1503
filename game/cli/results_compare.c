/* results_compare.c — the set of (pack id, question id) pairs tagged "compare", sorted for binary
 * search: a class's results have thousands of answers, each looked up once. */
#define _POSIX_C_SOURCE 200809L
#include "results_compare.h"
#include "datadir.h"
#include "library.h"
#include "pack.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct CompareSet {
    char **keys; /* "PACK-ID\nQUESTION-ID"; ids never contain a newline */
    size_t n, cap;
};

static char *key_of(const char *pack_id, const char *question_id)
{
    size_t a = strlen(pack_id), b = strlen(question_id);
    char *k = malloc(a + b + 2);
    if (!k) return NULL;
    memcpy(k, pack_id, a);
    k[a] = '\n';
    memcpy(k + a + 1, question_id, b + 1);
    return k;
}

static bool has_tag(const Question *q, const char *tag)
{
    for (size_t i = 0; i < q->n_tags; i++)
        if (strcmp(q->tags[i], tag) == 0) return true;
    return false;
}

static bool add(CompareSet *s, const char *pack_id, const char *question_id)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 32;
        char **v = realloc(s->keys, cap * sizeof *v);
        if (!v) return false;
        s->keys = v;
        s->cap = cap;
    }
    s->keys[s->n] = key_of(pack_id, question_id);
    if (!s->keys[s->n]) return false;
    s->n++;
    return true;
}

static bool add_pack(const char *file, void *ctx)
{
    CompareSet *s = ctx;
    Diagnostics d;
    diag_init(&d, file);
    Pack *p = pack_load_file(file, &d);
    bool ok = true;
    for (size_t i = 0; p && ok && i < p->n_questions; i++) {
        const Question *q = &p->questions[i];
        if (has_tag(q, RESULTS_COMPARE_TAG)) ok = add(s, p->id, q->id);
    }
    pack_free(p);
    diag_free(&d);
    return ok;
}

static int by_key(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool results_each_pack_file(const char *path, bool (*fn)(const char *file, void *ctx), void *ctx)
{
    char dir[4096 + sizeof "/quizzes"];
    if (!path) {
        char data[4096];
        datadir_find(NULL, data, sizeof data);
        snprintf(dir, sizeof dir, "%s/quizzes", data);
        path = dir;
    }
    if (!library_is_dir(path)) return fn(path, ctx);
    char **files = NULL;
    size_t n = library_scan(path, &files);
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) ok = fn(files[i], ctx);
    library_free(files, n);
    return ok;
}

CompareSet *compare_set_load(const char *path)
{
    CompareSet *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    if (!results_each_pack_file(path, add_pack, s)) {
        compare_set_free(s);
        return NULL;
    }
    if (s->n) qsort(s->keys, s->n, sizeof *s->keys, by_key); /* keys is NULL when none */
    return s;
}

bool compare_set_has(const CompareSet *s, const char *pack_id, const char *question_id)
{
    if (!s || !s->n || !pack_id || !question_id) return false;
    char *k = key_of(pack_id, question_id);
    bool found = k && bsearch(&k, s->keys, s->n, sizeof *s->keys, by_key) != NULL;
    free(k);
    return found;
}

void compare_set_free(CompareSet *s)
{
    if (!s) return;
    for (size_t i = 0; i < s->n; i++) free(s->keys[i]);
    free(s->keys);
    free(s);
}
