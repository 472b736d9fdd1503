/* annotate_roles.c — the role the article gives each person.
 *
 * The role is the first found at a mention of the person, either the words before the name up to
 * a function word or punctuation, ending in a role noun or title ("former college football coach
 * Tommy Tuberville"), an appositive after it ("Philip Amankwah, the district's safety
 * coordinator,"), or a role phrase set off before the name ("Lindgren's spokeswoman, Nora
 * Feld,"). A gendered role word ("spokeswoman") also gives the person's gender. */
#include "annotate_internal.h"
#include <string.h>

#define ROLE_MAX_WORDS 8
#define APPOSITIVE_MAX_WORDS 14
#define SHORT_APPOSITIVE_WORDS 6 /* ", a retired machinist,": a role without a listed role noun */

/* Can word i be part of a role written before a name? Function words, verbs, numbers and
 * dates end it; other people's names may be inside ("Trump campaign … officer"). */
static bool role_word(const Doc *d, int i)
{
    const Tok *t = &d->t[i];
    if (t->kind != TK_WORD || t->label || t->digits || t->month || t->weekday >= 0) return false;
    if (t->lex & (LX_STOP | LX_CUE | LX_CLAIM)) return false;
    size_t n = t->end - t->start;
    bool ed = n > 3 && memcmp(d->s + t->end - 2, "ed", 2) == 0;
    if (!t->cap && (ed || (t->lex & LX_PAST)) && !(t->lex & (LX_ROLE_ADJ | LX_ROLE))) return false;
    return true;
}

/* The role written before token m (the name, or the comma before it): [*rs, *re] tokens. */
static bool role_before(const Doc *d, int m, int *rs, int *re)
{
    int j = m - 1, start = -1, words = 0;
    if (tk_is_punct(d, j, ',')) return false;
    while (j >= 0 && d->t[j].sent == d->t[m].sent && (d->t[j].seg < 0) == (d->t[m].seg < 0)) {
        if (tk_is_punct(d, j, '.') && j > 0 && (d->t[j - 1].lex & LX_TITLE)) {
            j--;
            continue;
        }
        if (!role_word(d, j) || ++words > ROLE_MAX_WORDS) break;
        start = j--;
    }
    if (start < 0) return false;
    int last = tk_is_punct(d, m - 1, '.') ? m - 2 : m - 1;
    uint32_t lx = d->t[last].lex;
    if (!(lx & (LX_ROLE | LX_TITLE)) || (lx & LX_HONORIFIC)) return false;
    *rs = start;
    *re = m - 1;
    return true;
}

/* A finite verb, which an appositive naming a role never has. */
static bool finite_verb(const Doc *d, int i)
{
    static const char *const W[] = {"is", "are", "was", "were", "has", "have", "had", "will",
                                    "would", "can", "could", NULL};
    if (!tk_is_word(d, i) || d->t[i].cap) return false;
    for (int k = 0; W[k]; k++)
        if (tk_is(d, i, W[k])) return true;
    return (d->t[i].lex & (LX_CUE | LX_CLAIM)) && !(d->t[i].lex & LX_ING);
}

/* An appositive after the mention ending at e: ", the district's safety coordinator,",
 * ", a retired machinist," (short and opened by a determiner) or ", who owns the bakery,".
 * Ages (", 45,") are skipped. */
static bool role_after(const Doc *d, int e, int *rs, int *re)
{
    int i = e + 1;
    if (tk_is_punct(d, i, ',') && tk_is_word(d, i + 1) && d->t[i + 1].digits &&
        tk_is_punct(d, i + 2, ','))
        i += 2; /* ", 45," */
    if (!tk_is_punct(d, i, ',')) return false;
    int a = i + 1, b = a, words = 0, cut = -1;
    bool role = false;
    for (; b < d->n && d->t[b].sent == d->t[e].sent && words <= APPOSITIVE_MAX_WORDS * 2; b++) {
        const Tok *t = &d->t[b];
        if (t->kind == TK_QUOTE || (t->kind == TK_PUNCT && t->ch != '\'' && t->ch != '-')) break;
        words += t->kind == TK_WORD;
        role = role || (t->lex & LX_ROLE);
        if (cut < 0 && b > a && (tk_is(d, b, "who") || tk_is(d, b, "which"))) cut = b;
        if (cut < 0 && finite_verb(d, b) && !tk_is(d, a, "who") && !tk_is(d, a, "whose"))
            return false; /* ", the mission is different," (", whose shop is closing," is a role) */
    }
    if (!tk_is_word(d, a) || words == 0) return false;
    bool rel = tk_is(d, a, "who") || tk_is(d, a, "whose");
    bool opener = rel || tk_is(d, a, "the") || tk_is(d, a, "a") || tk_is(d, a, "an") ||
                  d->t[a].poss || (d->t[a].lex & (LX_ROLE | LX_ROLE_ADJ));
    bool det = !rel && !(d->t[a].lex & LX_ROLE);
    if (!opener || !(role || rel || (det && words <= SHORT_APPOSITIVE_WORDS))) return false;
    if (words > APPOSITIVE_MAX_WORDS) {
        if (cut < 0 || rel) return false;
        b = cut; /* "a senior who serves as …" → "a senior" */
    }
    *rs = a;
    *re = b - 1;
    return true;
}

/* "Lindgren's spokeswoman, Nora Feld, said": a role phrase, a comma, then the name set off
 * by a second comma (or ending the sentence). */
static bool role_before_comma(const Doc *d, int m, int e, int *rs, int *re)
{
    bool closed = tk_is_punct(d, e + 1, ',') || tk_ends_sentence(d, e);
    return closed && m > 1 && tk_is_punct(d, m - 1, ',') && role_before(d, m - 1, rs, re) &&
           (d->t[*re].lex & LX_ROLE);
}

static void gender_from_role(PersonB *q, const Doc *d, int rs, int re)
{
    for (int i = rs; i <= re && !q->pub.gender; i++)
        if (d->t[i].lex & (LX_ROLE | LX_TITLE)) q->pub.gender = (AnnGender)d->t[i].gender;
}

bool ann_roles(Doc *d)
{
    for (int m = 0; m < d->n; m++) {
        if (!ann_mention_start(d, m)) continue;
        PersonB *q = &d->pp[d->t[m].person];
        if (q->pub.role) continue;
        int rs, re, e = ann_mention_end(d, m);
        if (!role_before(d, m, &rs, &re) && !role_before_comma(d, m, e, &rs, &re) &&
            !role_after(d, e, &rs, &re))
            continue;
        q->pub.role = ann_copy(d, d->t[rs].start, d->t[re].end);
        q->pub.role_span = (AnnSpan){d->t[rs].start, d->t[re].end};
        gender_from_role(q, d, rs, re);
    }
    return !d->oom;
}
