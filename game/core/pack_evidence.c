/* pack_evidence.c — article bodies, and finding each evidence passage in them.
 *
 * Byline's promise is that the passage shown to a student is really in the article. A passage is
 * matched against the article body after the same normalisation on both sides (typographic quotes
 * to straight ones, white-space runs to one space); the match's offsets are mapped back to the
 * original bytes, so highlighting covers exactly the published text. */
#define _GNU_SOURCE /* memmem */
#include "pack_internal.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const PASSAGE_KEYS[] = {"quote", "article", "occurrence", NULL};

static void build_body(Loader *L, Article *a, size_t index)
{
    size_t total = 0;
    for (size_t i = 0; i < a->n_paragraphs; i++) total += strlen(a->paragraphs[i]) + 2;
    char *body = arena_alloc(L->arena, total + 1);
    a->paragraph_start = arena_array(L->arena, a->n_paragraphs + 1, sizeof(size_t));
    if (!body || !a->paragraph_start) {
        L->oom = true;
        return;
    }
    size_t o = 0;
    for (size_t i = 0; i < a->n_paragraphs; i++) {
        if (i) {
            memcpy(body + o, "\n\n", 2);
            o += 2;
        }
        a->paragraph_start[i] = o;
        size_t n = strlen(a->paragraphs[i]);
        memcpy(body + o, a->paragraphs[i], n);
        o += n;
    }
    a->paragraph_start[a->n_paragraphs] = o;
    body[o] = '\0';
    a->body = body;
    a->body_len = o;
    TextSpan *spans = NULL;
    size_t n = text_sentences(body, o, &spans);
    a->sentences = arena_array(L->arena, n ? n : 1, sizeof *spans);
    if (a->sentences && n) memcpy(a->sentences, spans, n * sizeof *spans);
    a->n_sentences = a->sentences ? n : 0;
    free(spans);
    if (!text_norm_quotes(body, o, &L->norm[index])) L->oom = true;
}

void pack_build_bodies(Loader *L)
{
    for (size_t i = 0; i < L->pack->n_articles && !L->oom; i++)
        if (L->pack->articles[i].paragraphs) build_body(L, &L->pack->articles[i], i);
}

/* A k-gram index of one normalised article body: every position, grouped by the hash of the K
 * bytes starting there (CSR layout: positions of bucket b are pos[start[b] .. start[b+1])).
 * Finding a passage then costs a look-up and a few memcmp instead of a scan of the whole
 * article, which matters for packs with thousands of questions on one article. */
#define KGRAM 8

typedef struct GramIndex {
    uint32_t *start, *pos;
    uint32_t mask;
} GramIndex;

static uint32_t gram_hash(const char *s)
{
    uint64_t x;
    memcpy(&x, s, sizeof x);
    x *= 0x9E3779B97F4A7C15ULL;
    return (uint32_t)(x >> 32);
}

static bool gram_index_build(GramIndex *g, const NormText *t)
{
    size_t n = t->len >= KGRAM ? t->len - KGRAM + 1 : 0, buckets = 1024;
    while (buckets < n) buckets *= 2;
    g->mask = (uint32_t)(buckets - 1);
    g->start = calloc(buckets + 1, sizeof *g->start);
    g->pos = malloc((n ? n : 1) * sizeof *g->pos);
    if (!g->start || !g->pos) return false;
    for (size_t i = 0; i < n; i++) g->start[(gram_hash(t->text + i) & g->mask) + 1]++;
    for (size_t b = 0; b < buckets; b++) g->start[b + 1] += g->start[b];
    uint32_t *fill = malloc(buckets * sizeof *fill);
    if (!fill) return false;
    memcpy(fill, g->start, buckets * sizeof *fill);
    for (size_t i = 0; i < n; i++) g->pos[fill[gram_hash(t->text + i) & g->mask]++] = (uint32_t)i;
    free(fill);
    return true;
}

void pack_gram_index_free(struct GramIndex *g)
{
    if (!g) return;
    free(g->start);
    free(g->pos);
    free(g);
}

/* Occurrences of needle in article i's normalised body: the count (stops counting at `stop`),
 * and the offset of occurrence number `want` (1-based) in *at. Positions come out in text order
 * from both paths (bucket lists are filled in increasing position). */
static size_t count_matches(const NormText *hay, const GramIndex *g, const char *needle, size_t n,
                            size_t want, size_t stop, size_t *at)
{
    size_t count = 0, from = 0;
    if (g && n >= KGRAM) {
        /* Look up the quotation's rarest k-gram: a passage that starts like many sentences
         * ("Statement number …") still has few candidates. */
        size_t best_j = 0;
        uint32_t best_b = gram_hash(needle) & g->mask;
        for (size_t j = 1; j + KGRAM <= n; j++) {
            uint32_t b = gram_hash(needle + j) & g->mask;
            if (g->start[b + 1] - g->start[b] < g->start[best_b + 1] - g->start[best_b]) {
                best_b = b;
                best_j = j;
            }
        }
        for (uint32_t k = g->start[best_b]; k < g->start[best_b + 1] && count < stop; k++) {
            if (g->pos[k] < best_j) continue;
            size_t off = g->pos[k] - best_j;
            if (off + n > hay->len || memcmp(hay->text + off, needle, n) != 0) continue;
            if (++count == want) *at = off;
        }
        return count;
    }
    while (from < hay->len && count < stop) {
        const char *hit = memmem(hay->text + from, hay->len - from, needle, n);
        if (!hit) break;
        size_t off = (size_t)(hit - hay->text);
        if (++count == want) *at = off;
        from = off + 1;
    }
    return count;
}

/* How much of the quotation (a prefix, in bytes) the article contains: to tell a teacher where a
 * quotation stops matching. Binary search works because every prefix of a found prefix is found. */
static size_t longest_found_prefix(const NormText *hay, const char *q, size_t n)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        if (memmem(hay->text, hay->len, q, mid)) lo = mid;
        else hi = mid - 1;
    }
    while (lo > 0 && ((unsigned char)q[lo] & 0xC0) == 0x80) lo--; /* whole characters */
    return lo;
}

/* The article's index, built on its 9th search: a pack with a handful of passages never pays for
 * it. NULL when not (yet) built or out of memory (the scan then does the work). */
static const GramIndex *gram_index(Loader *L, size_t article)
{
    if (L->grams[article]) return L->grams[article];
    if (++L->searches[article] <= 8) return NULL;
    GramIndex *g = calloc(1, sizeof *g);
    if (g && gram_index_build(g, &L->norm[article]) && L->norm[article].len < UINT32_MAX) {
        L->grams[article] = g;
        return g;
    }
    pack_gram_index_free(g);
    L->searches[article] = 0; /* retry later rather than fail */
    return NULL;
}

static int find_article(const Pack *p, const char *id)
{
    for (size_t i = 0; i < p->n_articles; i++)
        if (p->articles[i].id && strcmp(p->articles[i].id, id) == 0) return (int)i;
    return -1;
}

typedef struct Wanted {
    const char *quote;
    int article;     /* -1: any */
    int occurrence;  /* 0: not given */
    const cJSON *quote_node;
} Wanted;

static bool read_wanted(Loader *L, const cJSON *node, const JPath *path, Wanted *w)
{
    *w = (Wanted){NULL, -1, 0, node};
    if (cJSON_IsString(node)) {
        w->quote = ld_text_value(L, node, path);
        return w->quote != NULL;
    }
    if (!cJSON_IsObject(node)) {
        ld_error(L, node, path, "expected a quotation (a string) or {\"quote\": …}");
        return false;
    }
    ld_check_keys(L, node, path, PASSAGE_KEYS);
    w->quote = ld_text(L, node, path, "quote", true);
    w->quote_node = cJSON_GetObjectItemCaseSensitive(node, "quote");
    ld_int(L, node, path, "occurrence", false, 1, 1000000, &w->occurrence);
    const char *art = ld_id(L, node, path, "article", false);
    if (art && (w->article = find_article(L->pack, art)) < 0) {
        JPath p = jpath_key(path, "article");
        ld_error(L, cJSON_GetObjectItemCaseSensitive(node, "article"), &p,
                 "no article has the id \"%s\"", art);
        return false;
    }
    return w->quote != NULL;
}

static void report_not_found(Loader *L, const Wanted *w, const JPath *path, const NormText *q)
{
    size_t best = 0;
    int best_article = w->article >= 0 ? w->article : 0;
    for (size_t i = 0; i < L->pack->n_articles; i++) {
        if (w->article >= 0 && (int)i != w->article) continue;
        if (!L->norm[i].text) continue;
        size_t n = longest_found_prefix(&L->norm[i], q->text, q->len);
        if (n > best) {
            best = n;
            best_article = (int)i;
        }
    }
    const char *art = L->pack->articles[best_article].id ? L->pack->articles[best_article].id : "?";
    if (best >= 12)
        ld_error(L, w->quote_node, path,
                 "passage is not in article \"%s\": it matches up to \"%.*s\" and then differs "
                 "at \"%.30s\"", art, (int)(best > 200 ? 200 : best),
                 q->text + (best > 200 ? best - 200 : 0), q->text + best);
    else
        ld_error(L, w->quote_node, path, "passage is not in article \"%s\": \"%.80s\"", art,
                 q->text);
}

/* Trims the normalised quotation's outer spaces in place. */
static void trim(NormText *q)
{
    size_t a = 0;
    while (a < q->len && q->text[a] == ' ') a++;
    size_t b = q->len;
    while (b > a && q->text[b - 1] == ' ') b--;
    memmove(q->text, q->text + a, b - a);
    q->len = b - a;
    q->text[q->len] = '\0';
}

/* A passage found in two articles without "article": name both and the member that settles it, so
 * the teacher can fix it without opening the articles. */
static void report_ambiguous_article(Loader *L, const Wanted *w, const JPath *path, int first,
                                     int second, size_t found_in)
{
    const char *a = L->pack->articles[first].id, *b = L->pack->articles[second].id;
    ld_error(L, w->quote_node, path,
             "passage appears in %zu articles (\"%s\" and \"%s\"%s); add \"article\": \"%s\" "
             "(or \"article\": \"%s\") to say which", found_in, a, b,
             found_in > 2 ? " and more" : "", a, b);
}

static bool locate(Loader *L, const Wanted *w, const JPath *path, const NormText *q, Passage *out)
{
    size_t found_in = 0, total = 0, at = 0, usable = 0;
    int art = -1, second = -1;
    for (size_t i = 0; i < L->pack->n_articles; i++) usable += L->norm[i].text != NULL;
    if (usable == 0) return false; /* the articles' own errors are already reported */
    for (size_t i = 0; i < L->pack->n_articles; i++) {
        if ((w->article >= 0 && (int)i != w->article) || !L->norm[i].text) continue;
        size_t off = 0;
        size_t want = w->occurrence ? (size_t)w->occurrence : 1;
        size_t n = count_matches(&L->norm[i], gram_index(L, i), q->text, q->len, want, want + 1,
                                 &off);
        if (n == 0) continue;
        found_in++;
        total = n;
        if (art >= 0 && second < 0) second = (int)i;
        if (art < 0) {
            art = (int)i;
            at = off;
        }
    }
    if (found_in == 0) {
        report_not_found(L, w, path, q);
        return false;
    }
    if (found_in > 1) {
        report_ambiguous_article(L, w, path, art, second, found_in);
        return false;
    }
    if (w->occurrence && (size_t)w->occurrence > total) {
        ld_error(L, w->quote_node, path, "\"occurrence\": %d, but the passage appears %zu time%s",
                 w->occurrence, total, total == 1 ? "" : "s");
        return false;
    }
    if (!w->occurrence && total > 1) {
        ld_error(L, w->quote_node, path,
                 "passage appears more than once in article \"%s\"; quote more of the sentence "
                 "or add \"occurrence\"", L->pack->articles[art].id);
        return false;
    }
    const NormText *hay = &L->norm[art];
    *out = (Passage){art, hay->map[at], hay->map[at + q->len]};
    return true;
}

bool pack_locate_passage(Loader *L, const cJSON *node, const JPath *path, Passage *out)
{
    Wanted w;
    if (!read_wanted(L, node, path, &w)) return false;
    NormText q;
    if (!text_norm_quotes(w.quote, strlen(w.quote), &q)) {
        L->oom = true;
        return false;
    }
    trim(&q);
    bool ok = q.len > 0 && locate(L, &w, path, &q, out);
    text_norm_free(&q);
    return ok;
}
