/* results_cite.c — see results_cite.h. A class's results have thousands of answers but few packs,
 * so packs are found by a linear search on their id. */
#include "results_cite.h"
#include "results_compare.h"
#include "pack.h"
#include <stdlib.h>
#include <string.h>

struct CiteSet {
    Pack **packs;
    size_t n, cap;
};

static bool has_cite(const Pack *p)
{
    for (size_t i = 0; i < p->n_questions; i++)
        if (p->questions[i].cite) return true;
    return false;
}

static bool add_pack(const char *file, void *ctx)
{
    CiteSet *s = ctx;
    Diagnostics d;
    diag_init(&d, file);
    Pack *p = pack_load_file(file, &d);
    diag_free(&d);
    if (!p || !has_cite(p)) {
        pack_free(p);
        return true;
    }
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        Pack **v = realloc(s->packs, cap * sizeof *v);
        if (!v) {
            pack_free(p);
            return false;
        }
        s->packs = v;
        s->cap = cap;
    }
    s->packs[s->n++] = p;
    return true;
}

CiteSet *cite_set_load(const char *path)
{
    CiteSet *s = calloc(1, sizeof *s);
    if (s && !results_each_pack_file(path, add_pack, s)) {
        cite_set_free(s);
        return NULL;
    }
    return s;
}

void cite_set_free(CiteSet *s)
{
    if (!s) return;
    for (size_t i = 0; i < s->n; i++) pack_free(s->packs[i]);
    free(s->packs);
    free(s);
}

void cite_set_parts(const CiteSet *s, const char *pack_id, const char *question_id,
                    const char *code, CiteParts *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; s && pack_id && question_id && i < s->n; i++) {
        const Pack *p = s->packs[i];
        if (strcmp(p->id, pack_id) != 0) continue;
        int q = pack_find_question(p, question_id);
        if (q < 0 || !p->questions[q].cite) return;
        out->cite = true;
        out->graded = code && answer_grade_code(p, &p->questions[q], code, &out->grade);
        Answer a;
        if (out->graded && answer_decode(&p->questions[q], code, &a) && a.cite_article >= 0)
            answer_describe_cite(p, &a, out->sentence, sizeof out->sentence);
        return;
    }
}
