/* compare_facts.c — the parts of a comparison that look at statements (see compare.h): a claim
 * one article attributes and another states as fact, one event given two dates, a count that
 * differs.
 *
 * Sentences are compared by their content words (no function words, speech verbs or date
 * words; plurals folded). A claim of 5 content words or more counts as stated as fact when a
 * sentence of another article holds at least 4/5 of them and carries no attribution of its own
 * (3 of 4 words paired "violence against the Democratic nominee" with "a threat of violence
 * against her" in real news); an
 * event counts as the same when two dated sentences share at least half of all their content
 * words (and 3 or more). Lower thresholds found false pairs in our practice articles: "a day
 * after a routine sample … tested positive" (the notice) against "The first positive sample was
 * taken on Friday" (the sample). */
#include "compare_internal.h"
#include <stdlib.h>
#include <string.h>

#define CLAIM_COVER_NUM 4 /* a claim is covered by a sentence holding 4/5 of its words */
#define CLAIM_COVER_DEN 5
#define CLAIM_MIN_WORDS 5
#define COUNT_MIN_SHARED 2 /* content words two counts' sentences share besides the noun */
#define EVENT_MIN_SHARED 3

/* The cached content words of sentence sp of t (see cmp_content); 0 of them when the sentence is
 * beyond CMP_MAX_SENTENCES or too long to compare. */
static size_t sentence_words(const CmpText *t, const TextSpan *sp, const uint32_t **out)
{
    size_t i = (size_t)(sp - t->sent);
    *out = t->content + i * CMP_MAX_SENTENCE_WORDS;
    return i < t->n_compared ? t->n_content[i] : 0;
}

static bool overlaps(AnnSpan s, size_t start, size_t end) { return s.start < end && start < s.end; }

/* The last word of the claim's holder ("Sanders", "board"), hashed as a word of the text. */
static uint32_t holder_word(const char *holder)
{
    const char *w = strrchr(holder, ' ');
    w = w ? w + 1 : holder;
    char low[48];
    size_t n = 0;
    for (; *w && n + 1 < sizeof low; w++)
        if ((*w | 0x20) >= 'a' && (*w | 0x20) <= 'z') low[n++] = (char)(*w | 0x20);
        else if (*w >= '0' && *w <= '9') low[n++] = *w;
    return cmp_hash(low, n);
}

/* The sentence [start, end) of article t states something in the outlet's own voice: no
 * quotation or reported claim in it, no speech verb (except those the claim itself holds, as in
 * "an inspection warned"), no question mark, and not the claim's holder ("with Trump calling
 * for a ban …" reports Trump's words even without a speech verb). */
static bool own_voice(const CmpText *t, const TextSpan *s, const CmpWord *claim_w, size_t claim_n,
                      uint32_t holder)
{
    const Annotation *a = t->art->ann;
    for (size_t i = 0; i < a->n_quotes; i++)
        if (overlaps(a->quotes[i].span, s->start, s->end)) return false;
    for (size_t i = 0; i < a->n_claims; i++)
        if (overlaps(a->claims[i].span, s->start, s->end) ||
            (a->claims[i].cue_span.end && overlaps(a->claims[i].cue_span, s->start, s->end)))
            return false;
    if (memchr(t->art->text + s->start, '?', s->end - s->start)) return false;
    for (size_t i = cmp_word_from(t, s->start); i < t->n && t->w[i].end <= s->end; i++) {
        if (t->w[i].exact == holder) return false;
        if (!t->w[i].speech) continue;
        bool in_claim = false;
        for (size_t k = 0; k < claim_n && !in_claim; k++) in_claim = claim_w[k].exact == t->w[i].exact;
        if (!in_claim) return false;
    }
    return true;
}

static bool claim_against(Comparison *c, const CmpText *t, size_t k, size_t ci, size_t j)
{
    const AnnClaim *cl = &t[k].art->ann->claims[ci];
    uint32_t cw[CMP_MAX_SENTENCE_WORDS];
    size_t a = cmp_word_from(&t[k], cl->span.start), b = cmp_word_from(&t[k], cl->span.end);
    if (b - a > CMP_MAX_SENTENCE_WORDS) return true;
    size_t nc = cmp_content(&t[k], a, b, cw);
    if (nc < CLAIM_MIN_WORDS) return true;
    const TextSpan *best = NULL;
    size_t best_shared = 0;
    for (size_t s = 0; s < t[j].n_compared; s++) {
        const uint32_t *sw;
        size_t ns = sentence_words(&t[j], &t[j].sent[s], &sw);
        size_t sh = cmp_shared(cw, nc, sw, ns);
        if (sh * CLAIM_COVER_DEN >= nc * CLAIM_COVER_NUM && sh > best_shared) {
            best = &t[j].sent[s];
            best_shared = sh;
        }
    }
    if (!best || !own_voice(&t[j], best, t[k].w + a, b - a, holder_word(cl->holder_text))) return true;
    CompareClaim cc = {.claim_article = k, .claim = ci, .fact_article = j,
                       .fact = {best->start, best->end}};
    return cmp_push((void **)&c->claims, &c->n_claims, sizeof cc, &cc);
}

bool cmp_claims(Comparison *c, const CmpText *t)
{
    for (size_t k = 0; k < c->n_articles; k++) {
        const Annotation *a = t[k].art->ann;
        for (size_t ci = 0; ci < a->n_claims && ci < CMP_MAX_ITEMS; ci++) {
            if (!a->claims[ci].cue || !a->claims[ci].holder_text) continue;
            for (size_t j = 0; j < c->n_articles; j++)
                if (j != k && !claim_against(c, t, k, ci, j)) return false;
        }
    }
    return true;
}

/* ---- dates ---------------------------------------------------------------------------------- */

/* The sentence of date d, when it holds no other date; NULL otherwise. */
static const TextSpan *lone_date_sentence(const CmpText *t, size_t d)
{
    const Annotation *a = t->art->ann;
    const TextSpan *s = cmp_sentence_at(t, a->dates[d].span.start);
    for (size_t i = 0; s && i < a->n_dates; i++)
        if (i != d && a->dates[i].span.start >= s->start && a->dates[i].span.start < s->end) return NULL;
    return s;
}

static bool same_event(const CmpText *ta, const TextSpan *sa, const CmpText *tb, const TextSpan *sb)
{
    const uint32_t *wa, *wb;
    size_t na = sentence_words(ta, sa, &wa), nb = sentence_words(tb, sb, &wb);
    size_t sh = cmp_shared(wa, na, wb, nb);
    return sh >= EVENT_MIN_SHARED && 2 * sh >= na + nb - sh;
}

static bool full_day(const AnnDate *d) { return d->value.year && d->value.month && d->value.day; }

static bool dates_pair(Comparison *c, const CmpText *t, size_t a, size_t b)
{
    const Annotation *x = t[a].art->ann, *y = t[b].art->ann;
    for (size_t i = 0; i < x->n_dates && i < CMP_MAX_ITEMS; i++) {
        const TextSpan *si = full_day(&x->dates[i]) ? lone_date_sentence(&t[a], i) : NULL;
        for (size_t k = 0; si && k < y->n_dates && k < CMP_MAX_ITEMS; k++) {
            if (!full_day(&y->dates[k]) || date_compare(x->dates[i].value, y->dates[k].value, NULL) == 0)
                continue;
            const TextSpan *sk = lone_date_sentence(&t[b], k);
            if (!sk || !same_event(&t[a], si, &t[b], sk)) continue;
            CompareDate cd = {.article = {a, b}, .date = {i, k}};
            if (!cmp_push((void **)&c->dates, &c->n_dates, sizeof cd, &cd)) return false;
        }
    }
    return true;
}

bool cmp_dates(Comparison *c, const CmpText *t)
{
    for (size_t a = 0; a < c->n_articles; a++)
        for (size_t b = a + 1; b < c->n_articles; b++)
            if (!dates_pair(c, t, a, b)) return false;
    return true;
}

/* ---- numbers -------------------------------------------------------------------------------- */

/* Nouns that count too many different things to tell one count from another. */
static const char *const UNITS[] = {"billion", "cents", "days", "dollars", "hours", "members",
                                    "miles", "million", "minutes", "months", "percent",
                                    "percentage", "points", "times", "weeks", "years", NULL};

typedef struct Count {
    char noun[32];
    AnnSpan digits;
    char value[24]; /* digits without separators */
    bool ambiguous; /* the article gives this noun two different counts */
} Count;

/* "4,200 households", "12 families": digits (commas allowed between groups of three), one space,
 * a lower-case word of 3+ letters. */
static bool scan_count(const char *s, size_t len, size_t *i, Count *out)
{
    size_t a = *i;
    if (a > 0 && (s[a - 1] == '.' || s[a - 1] == ',' || (s[a - 1] >= '0' && s[a - 1] <= '9') ||
                  ((s[a - 1] | 0x20) >= 'a' && (s[a - 1] | 0x20) <= 'z')))
        return false;
    size_t b = a, v = 0;
    while (b < len && ((s[b] >= '0' && s[b] <= '9') ||
                       (s[b] == ',' && b + 3 < len && b > a && s[b + 1] >= '0' && s[b + 1] <= '9'))) {
        if (s[b] != ',' && v + 1 < sizeof out->value) out->value[v++] = s[b];
        b++;
    }
    out->value[v] = '\0';
    *i = b > a ? b : a + 1;
    if (b == a || b >= len || s[b] != ' ') return false;
    /* "the 2016 campaign": a year, not a count */
    if (b - a == 4 && (memcmp(s + a, "19", 2) == 0 || memcmp(s + a, "20", 2) == 0)) return false;
    size_t n = 0;
    while (b + 1 + n < len && s[b + 1 + n] >= 'a' && s[b + 1 + n] <= 'z' && n + 1 < sizeof out->noun)
        n++;
    if (n < 3) return false;
    memcpy(out->noun, s + b + 1, n);
    out->noun[n] = '\0';
    out->digits = (AnnSpan){a, b};
    out->ambiguous = false;
    for (size_t k = 0; UNITS[k]; k++)
        if (strcmp(UNITS[k], out->noun) == 0) return false;
    return true;
}

static bool counts_of(const CmpText *t, Count **out, size_t *n)
{
    const char *s = t->art->text;
    size_t len = t->art->len;
    for (size_t i = t->art->ann->body_start; i < len && *n < CMP_MAX_ITEMS;) {
        Count ct;
        if (!(s[i] >= '0' && s[i] <= '9') || !scan_count(s, len, &i, &ct)) {
            i++;
            continue;
        }
        bool seen = false;
        for (size_t k = 0; k < *n; k++)
            if (strcmp((*out)[k].noun, ct.noun) == 0) {
                seen = true;
                if (strcmp((*out)[k].value, ct.value) != 0) (*out)[k].ambiguous = true;
            }
        if (!seen && !cmp_push((void **)out, n, sizeof ct, &ct)) return false;
    }
    return true;
}

/* The sentences of two counts tell of the same thing: they share COUNT_MIN_SHARED content
 * words besides the noun ("covered about 4,200 households", "covered about 6,000 households"). */
static bool same_context(const CmpText *ta, const Count *ca, const CmpText *tb, const Count *cb)
{
    const TextSpan *sa = cmp_sentence_at(ta, ca->digits.start), *sb = cmp_sentence_at(tb, cb->digits.start);
    if (!sa || !sb) return false;
    const uint32_t *wa, *wb;
    size_t na = sentence_words(ta, sa, &wa), nb = sentence_words(tb, sb, &wb);
    /* the noun itself (as a stem) is one of the shared words */
    return cmp_shared(wa, na, wb, nb) >= COUNT_MIN_SHARED + 1;
}

static bool numbers_pair(Comparison *c, const CmpText *t, size_t a, size_t b, const Count *ca,
                         size_t na, const Count *cb, size_t nb)
{
    for (size_t i = 0; i < na; i++)
        for (size_t k = 0; k < nb; k++) {
            if (ca[i].ambiguous || cb[k].ambiguous || strcmp(ca[i].noun, cb[k].noun) != 0 ||
                strcmp(ca[i].value, cb[k].value) == 0 || !same_context(&t[a], &ca[i], &t[b], &cb[k]))
                continue;
            CompareNumber cn = {.article = {a, b}, .number = {ca[i].digits, cb[k].digits}};
            memcpy(cn.noun, ca[i].noun, sizeof cn.noun);
            if (!cmp_push((void **)&c->numbers, &c->n_numbers, sizeof cn, &cn)) return false;
        }
    return true;
}

bool cmp_numbers(Comparison *c, const CmpText *t)
{
    Count *counts[COMPARE_MAX_ARTICLES] = {0};
    size_t n[COMPARE_MAX_ARTICLES] = {0};
    bool ok = true;
    for (size_t k = 0; ok && k < c->n_articles; k++) ok = counts_of(&t[k], &counts[k], &n[k]);
    for (size_t a = 0; ok && a < c->n_articles; a++)
        for (size_t b = a + 1; ok && b < c->n_articles; b++)
            ok = numbers_pair(c, t, a, b, counts[a], n[a], counts[b], n[b]);
    for (size_t k = 0; k < c->n_articles; k++) free(counts[k]);
    return ok;
}
