/* annotate_claims.c — reported statements and who holds them, at most one per sentence, read
 * from the text outside quotation marks:
 *   "According to X, …" / "…, according to X."        → X holds the rest of the sentence;
 *   "…, the New York Times reports." / "…, Tiller said." → the subject holds what comes before;
 *   "X said (that) …", "X told the board (that) …"      → X holds the clause after the verb
 *                                                         (and after the listener, for "told").
 * A speech verb that attributes a quotation (“…,” Osei said) or whose clause is itself a direct
 * quotation (Gitcho added that "…") gives no claim: the quotation already covers it. A holder
 * that is not a person we know keeps its words ("the New York Times", "The report"); a clause
 * whose subject is "they", "it", "we" or an unresolved pronoun is skipped. */
#include "annotate_internal.h"
#include <string.h>

#define THAT_WINDOW 8
#define LISTENER_MAX_WORDS 3

typedef struct Claim {
    int holder;       /* person or -1 */
    int hf, hl;       /* holder tokens (for a holder that is not a person) */
    int cf, cl;       /* cue tokens */
    int first, last;  /* content tokens */
} Claim;

static bool outside(const Doc *d, int i) { return d->t[i].seg < 0 && !d->t[i].label; }

static bool claim_verb(const Doc *d, int i)
{
    return tk_is_word(d, i) && (d->t[i].lex & LX_CLAIM) && outside(d, i) && !d->t[i].cue;
}

static bool is_object_pronoun(const Doc *d, int i)
{
    static const char *const W[] = {"me", "him", "her", "us", "them", "you", "reporters", NULL};
    for (int k = 0; W[k]; k++)
        if (tk_is(d, i, W[k])) return true;
    return false;
}

static bool is_determiner(const Doc *d, int i)
{
    static const char *const W[] = {"the", "a", "an", "his", "her", "their", "its", "our", NULL};
    for (int k = 0; W[k]; k++)
        if (tk_is(d, i, W[k])) return true;
    return false;
}

/* "that" within a few words after token k (before any punctuation but commas), or -1. */
static int that_after(const Doc *d, int k, int last)
{
    for (int j = k; j <= last && j < k + THAT_WINDOW; j++) {
        if (tk_is(d, j, "that")) return j;
        if (d->t[j].kind != TK_WORD && !tk_is_punct(d, j, ',')) break;
    }
    return -1;
}

/* Skips "the Times" in "told the Times the letter …": a determiner and a few words, up to the
 * next determiner or pronoun that opens the reported clause. */
static int skip_listener(const Doc *d, int k, int last)
{
    if (is_object_pronoun(d, k)) return k + 1;
    int j = k;
    if (is_determiner(d, j)) j++;
    for (int words = 0; j <= last && words < LISTENER_MAX_WORDS; j++, words++) {
        if (d->t[j].kind != TK_WORD) return k;
        if (j > k && (is_determiner(d, j) || (d->t[j].lex & LX_STOP))) return j;
    }
    return k;
}

/* Where the reported clause starts after verb v. */
static int content_start(const Doc *d, int v, int last)
{
    int k = v + 1;
    if (tk_is(d, k, "that")) return k + 1;
    bool tell = (d->t[v].lex & LX_TELL) != 0;
    if (tell || (d->t[k].lex & LX_PREP) || d->t[k].weekday >= 0) {
        int that = that_after(d, k, last);
        if (that >= 0) return that + 1;
    }
    return tell ? skip_listener(d, k, last) : k;
}

static int trim_end(const Doc *d, int first, int last)
{
    while (last > first && d->t[last].kind == TK_PUNCT &&
           (d->t[last].ch == '.' || d->t[last].ch == ',' || d->t[last].ch == ';'))
        last--;
    return last;
}

/* "according to X": X runs to the next comma or the sentence end. */
static bool according(Doc *d, int a, int b, Claim *c)
{
    int j = a;
    while (j < b && !(tk_is(d, j, "according") && tk_is(d, j + 1, "to") && outside(d, j))) j++;
    if (j >= b) return false;
    int h = j + 2, e = h;
    while (e + 1 <= b && d->t[e + 1].kind != TK_QUOTE && !tk_is_punct(d, e + 1, ',') &&
           !(d->t[e + 1].kind == TK_PUNCT && d->t[e + 1].ch == '.' && e + 1 == b))
        e++;
    if (h > b) return false;
    c->holder = -1;
    for (int k = h; k <= e && c->holder < 0; k++) c->holder = d->t[k].person;
    c->hf = h;
    c->hl = e;
    c->cf = j;
    c->cl = e;
    if (j == a) { /* According to X, … */
        c->first = tk_is_punct(d, e + 1, ',') ? e + 2 : e + 1;
        c->last = trim_end(d, c->first, b);
    } else {
        c->first = a;
        c->last = trim_end(d, a, j - 1);
    }
    return c->first <= c->last;
}

/* "…, the New York Times reports." (the verb ends the sentence) or "…, said Tiller." */
static bool trailing(Doc *d, int a, int b, Claim *c)
{
    int v = trim_end(d, a, b), sf, sl, who;
    bool inverted = !claim_verb(d, v);
    if (inverted) {
        int j = v;
        while (j > a && j > v - 5 && d->t[j].kind == TK_WORD && !claim_verb(d, j)) j--;
        if (!claim_verb(d, j) || !tk_is_punct(d, j - 1, ',')) return false;
        v = j;
        who = ann_verb_subject(d, v, v, &sf, &sl); /* only a subject after the verb */
        if (sf <= v) return false;
    } else {
        who = ann_verb_subject(d, v, a, &sf, &sl);
        if (sf < 0 || !tk_is_punct(d, sf - 1, ',')) return false;
    }
    c->holder = who;
    c->hf = sf;
    c->hl = sl;
    c->cf = inverted ? v : sf;
    c->cl = inverted ? trim_end(d, v, b) : v;
    c->first = a;
    c->last = trim_end(d, a, (inverted ? v : sf) - 1);
    return c->first <= c->last && (who >= 0 || d->t[sf].kind == TK_WORD);
}

/* "X said (that) …" */
static bool reported(Doc *d, int a, int b, Claim *c)
{
    for (int v = a; v <= b; v++) {
        if (!claim_verb(d, v)) continue;
        int sf, sl, who = ann_verb_subject(d, v, a, &sf, &sl);
        if (sf < 0 || sf > v) continue; /* no subject, or an inverted cue */
        bool pronoun = tk_is(d, sf, "he") || tk_is(d, sf, "she");
        if ((pronoun && who < 0) || (who < 0 && d->t[sf].lex & LX_STOP && sf == sl)) continue;
        int k = content_start(d, v, b);
        while (k <= b && (tk_is_punct(d, k, ',') || tk_is_punct(d, k, ':'))) k++;
        if (k > b || d->t[k].kind == TK_QUOTE) continue; /* a direct quotation covers it */
        c->holder = who;
        c->hf = sf;
        c->hl = sl > v ? v - 1 : sl;
        c->cf = sf;
        c->cl = tk_is(d, k - 1, "that") ? k - 2 : k - 1;
        c->first = k;
        c->last = trim_end(d, k, b);
        return c->first <= c->last;
    }
    return false;
}

static bool has_word(const Doc *d, int a, int b)
{
    for (int i = a; i <= b; i++)
        if (d->t[i].kind == TK_WORD) return true;
    return false;
}

static bool add_claim(Doc *d, const Claim *c)
{
    if (!ann_grow(d, (void **)&d->cc, &d->cap_cc, d->n_cc, sizeof(AnnClaim))) return false;
    AnnClaim *o = &d->cc[d->n_cc++];
    memset(o, 0, sizeof *o);
    o->holder = c->holder;
    o->holder_text = c->holder >= 0 ? d->pp[c->holder].pub.name
                                    : ann_copy(d, d->t[c->hf].start, d->t[c->hl].end);
    o->cue = ann_copy(d, d->t[c->cf].start, d->t[c->cl].end);
    o->cue_span = (AnnSpan){d->t[c->cf].start, d->t[c->cl].end};
    o->text = ann_copy(d, d->t[c->first].start, d->t[c->last].end);
    o->span = (AnnSpan){d->t[c->first].start, d->t[c->last].end};
    return !d->oom;
}

bool ann_claims(Doc *d)
{
    int a = 0;
    while (a < d->n) {
        int b = tk_sentence_last(d, a), s = a;
        while (s <= b && d->t[s].label) s++;
        Claim c;
        bool any = s <= b && (according(d, s, b, &c) || trailing(d, s, b, &c) ||
                              reported(d, s, b, &c));
        if (any && has_word(d, c.first, c.last) && !add_claim(d, &c)) return false;
        a = b + 1;
    }
    return true;
}
