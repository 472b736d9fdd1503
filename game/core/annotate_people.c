/* annotate_people.c — who the article names, and the role it gives each.
 *
 * 1. Capitalised runs ("Trump campaign chief operating officer Michael Glassner" has the runs
 *    "Trump" and "Michael Glassner") are split into a title part and a name part: the name is what
 *    follows the last title word ("Attorney General | Jeff Sessions", "Secretary of State | Mike
 *    Pompeo"). A run is a person when its name part has no organisation word and it either has two
 *    to four words and some evidence (see looks_like_person), or is one word after a title
 *    ("President Trump"). Second chances, after every run is seen: a name whose surname is the
 *    subject of a speech verb elsewhere ("Morton Blackwell … Blackwell wrote"), a one-word
 *    speaker the article also capitalises mid-sentence ("Maddow said"), and an organisation
 *    named right before a speech verb ("The Washington Post reported", kind organisation).
 * 2. Every capitalised word equal to a known surname is a mention of that person ("Gitcho
 *    added"); a full name marks all its words. With two people of one surname, a bare surname
 *    goes to the one an honorific fits ("Mr. Hayes"), else to the one whose full name was seen
 *    last. Surnames are looked up in a small hash table (NameIndex).
 * 3. People are ordered by first mention; their roles are found by annotate_roles.c. */
#include "annotate_internal.h"
#include <stdlib.h>
#include <string.h>

#define NAME_MAX_WORDS 4
#define APPOSITIVE_MAX_WORDS 14
#define WHO_CLAUSE_MAX_TOKENS 48 /* tokens of a "who" clause before its speech verb */

/* Token text without a trailing "'s". */
static size_t base_len(const Doc *d, int i)
{
    const Tok *t = &d->t[i];
    size_t n = t->end - t->start;
    if (!t->poss) return n;
    return d->s[t->end - 2] == '\'' ? n - 2 : n - 4;
}

static bool same_text(const Doc *d, int i, int j)
{
    size_t n = base_len(d, i);
    return d->t[i].kind == d->t[j].kind && n == base_len(d, j) &&
           memcmp(d->s + d->t[i].start, d->s + d->t[j].start, n) == 0;
}

static bool name_word(const Tok *t)
{
    return t->kind == TK_WORD && t->cap && !t->allcaps && !t->digits && !t->label;
}

/* A '.' after a title abbreviation or an initial ("Sen.", "J.", "J.R.") keeps a run going. */
static bool run_dot(const Doc *d, int i)
{
    if (!tk_is_punct(d, i, '.') || i + 1 >= d->n || !name_word(&d->t[i + 1])) return false;
    const Tok *w = &d->t[i - 1];
    return (w->lex & LX_TITLE) || w->end - w->start == 1 || w->initials;
}

/* End (exclusive) of the capitalised run starting at token a. */
static int run_end(const Doc *d, int a)
{
    /* "Former Secretary of State Madeleine Albright": a role adjective may open the title */
    bool all_titles = (d->t[a].lex & (LX_TITLE | LX_ROLE_ADJ)) != 0;
    int i = a + 1;
    while (i < d->n && d->t[i].sent == d->t[a].sent) {
        const Tok *t = &d->t[i];
        bool next_cap = i + 1 < d->n && name_word(&d->t[i + 1]);
        if (name_word(&d->t[i - 1]) && d->t[i - 1].poss) break; /* "the Post's Ishaan Tharoor" */
        if (name_word(t)) all_titles = all_titles && (t->lex & LX_TITLE);
        else if (!(run_dot(d, i) || (next_cap && (t->lex & LX_NAME_PARTICLE) && !all_titles) ||
                   (next_cap && all_titles && tk_is(d, i, "of"))))
            break;
        i++;
    }
    return i;
}

/* First token of the name part of run [a, b): after the last title word ("of State" belongs
 * to the title), then at the first given name if there is one. */
static int name_start(const Doc *d, int a, int b, bool *titled)
{
    int ns = a;
    *titled = false;
    for (int i = a; i < b; i++) {
        if ((d->t[i].lex & LX_TITLE) && i + 1 < b) {
            ns = i + 1;
            *titled = true;
        } else if (*titled && ns == i && (tk_is(d, i, "of") || tk_is_punct(d, i, '.'))) {
            ns = i + 1 + (tk_is(d, i, "of") && i + 2 < b);
        }
    }
    for (int i = ns; i < b - 1; i++) /* never the last word: "Mattie Thomas" is one name */
        if (d->t[i].lex & LX_FIRST) return i;
    return ns;
}

static int count_words(const Doc *d, int a, int b)
{
    int n = 0;
    for (int i = a; i < b; i++) n += d->t[i].kind == TK_WORD;
    return n;
}

static bool has_org_word(const Doc *d, int a, int b)
{
    for (int i = a; i < b; i++)
        if (d->t[i].lex & LX_ORG) return true;
    return false;
}

/* The token after a name, skipping one appositive between commas. */
static int after_appositive(const Doc *d, int b)
{
    if (!tk_is_punct(d, b, ',')) return b;
    for (int i = b + 1; i < d->n && i < b + 2 + APPOSITIVE_MAX_WORDS * 2; i++) {
        if (d->t[i].sent != d->t[b].sent) return b;
        if (tk_is_punct(d, i, ',')) return i + 1;
    }
    return b;
}

/* ", a nurse in Portland," after a name: an appositive naming a role. */
static bool role_appositive_after(const Doc *d, int b)
{
    if (tk_is_punct(d, b, ',') && tk_is_word(d, b + 1) && d->t[b + 1].digits &&
        tk_is_punct(d, b + 2, ','))
        b += 2; /* ", 35, the daughter of …" */
    if (!tk_is_punct(d, b, ',') || !(tk_is(d, b + 1, "a") || tk_is(d, b + 1, "an") ||
                                     tk_is(d, b + 1, "the")))
        return false;
    for (int i = b + 2; i < d->n && i < b + 2 + APPOSITIVE_MAX_WORDS; i++) {
        if (d->t[i].kind != TK_WORD) return false;
        if (d->t[i].lex & LX_ROLE) return true;
    }
    return false;
}

/* A generational suffix written in capitals after a name: "Brent Bozell III", "Ted Nash II".
 * It ends the capitalised run (so the surname stays "Bozell") but belongs to the mention. */
static bool name_suffix(const Doc *d, int i)
{
    return tk_is_word(d, i) && d->t[i].cap && i > 0 && tk_is_word(d, i - 1) &&
           (tk_is(d, i, "ii") || tk_is(d, i, "iii") || tk_is(d, i, "iv"));
}

/* "Raphael Lemkin, who coined the word genocide, once said": English uses "who" for people,
 * so a name whose "who" clause (commas and all) is followed by ", said" or ", once said" in the
 * same sentence is a person speaking, whatever its given name. The speech verb is needed: a
 * place or a group also takes "who" ("New Jersey, who", "African Americans, who"). */
static bool who_then_speaks(const Doc *d, int e)
{
    if (!tk_is_punct(d, e, ',') || !tk_is(d, e + 1, "who")) return false;
    for (int i = e + 2; i + 1 < d->n && i < e + 2 + WHO_CLAUSE_MAX_TOKENS; i++) {
        if (d->t[i].sent != d->t[e].sent) return false;
        if (!tk_is_punct(d, i, ',')) continue;
        int v = i + 1;
        if (tk_is_word(d, v) && !d->t[v].cap && !(d->t[v].lex & LX_CUE)) v++; /* "once" */
        if (tk_is_word(d, v) && (d->t[v].lex & LX_CUE) && !(d->t[v].lex & LX_ING)) return true;
    }
    return false;
}

/* Evidence that a run of two to four capitalised words names a person: a given name, a title,
 * a speech verb just after (or just before: "said Mary-Beth Coleman"), a role noun just before
 * ("spokesperson Gail Gitcho"), a "who" clause and a speech verb after it or a role appositive after it. */
static bool looks_like_person(const Doc *d, int ns, int b, bool titled)
{
    int words = count_words(d, ns, b);
    if (words == 0 || words > NAME_MAX_WORDS) return false;
    if (d->t[ns].month || d->t[ns].weekday >= 0 || (d->t[ns].lex & LX_STOP)) return false;
    int e = name_suffix(d, b) ? b + 1 : b; /* the evidence after "Bozell III" */
    int after = after_appositive(d, e);
    bool speaks = tk_is_word(d, after) && (d->t[after].lex & (LX_CUE | LX_CLAIM));
    if (has_org_word(d, ns, b)) {
        /* "Marty West, an education professor,": a given name and a surname that is also an
         * organisation word, with a speech verb or a role appositive to confirm it. */
        bool surname_only = words == 2 && !has_org_word(d, ns, b - 1) && (d->t[ns].lex & LX_FIRST);
        if (!surname_only || !(speaks || role_appositive_after(d, e))) return false;
    }
    if (words == 1) return titled;
    if (titled || (d->t[ns].lex & LX_FIRST) || speaks || who_then_speaks(d, e)) return true;
    bool lower_before = ns > 0 && tk_is_word(d, ns - 1) && !d->t[ns - 1].cap;
    if (lower_before && (d->t[ns - 1].lex & (LX_ROLE | LX_CUE))) return true;
    /* "Former Hewlett-Packard CEO Carly Fiorina": a role written as an abbreviation */
    if (ns > 0 && tk_is_word(d, ns - 1) && d->t[ns - 1].allcaps && (d->t[ns - 1].lex & LX_ROLE))
        return true;
    /* "Rubio's deputy campaign manager, Rich Beeson," */
    if (tk_is_punct(d, ns - 1, ',') && ns > 1 && tk_is_word(d, ns - 2) && !d->t[ns - 2].cap &&
        (d->t[ns - 2].lex & LX_ROLE))
        return true;
    return role_appositive_after(d, e);
}

/* A party label before a name is not part of it: "Democrat Zephyr Teachout", "GOP nominee". */
static bool party_label(const Doc *d, int i)
{
    return tk_is(d, i, "democrat") || tk_is(d, i, "democratic") || tk_is(d, i, "republican") ||
           tk_is(d, i, "gop") || tk_is(d, i, "independent") || tk_is(d, i, "libertarian");
}

/* Surnames → people, so that looking a name up is not a scan of everyone: an article with
 * thousands of names stays linear. Chains are linked through `next` (by person index). */
typedef struct NameIndex {
    int *head;      /* bucket → first person whose surname hashes there, or -1 */
    int *next;      /* person → next person in the same bucket, or -1 */
    size_t buckets; /* a power of two */
    size_t cap;     /* room in next */
} NameIndex;

static uint32_t hash_word(const Doc *d, int i)
{
    uint32_t h = 2166136261u;
    const unsigned char *w = (const unsigned char *)d->s + d->t[i].start;
    for (size_t k = 0, n = base_len(d, i); k < n; k++) h = (h ^ w[k]) * 16777619u;
    return h;
}

static int surname_tok(const PersonB *q) { return q->name_tok + q->name_toks - 1; }

static int *bucket(const Doc *d, const NameIndex *x, int tok)
{
    return &x->head[hash_word(d, tok) & (x->buckets - 1)];
}

/* Adds person p (already in d->pp), growing and rehashing when the table is half full. */
static bool index_add(Doc *d, NameIndex *x, int p)
{
    if ((size_t)p >= x->cap || d->n_pp * 2 > x->buckets) {
        size_t nb = x->buckets ? x->buckets * 2 : 64;
        int *head = malloc(nb * sizeof(int)), *next = realloc(x->next, nb * sizeof(int));
        if (next) x->next = next;
        if (!head || !next) {
            free(head);
            d->oom = true;
            return false;
        }
        free(x->head);
        x->head = head;
        x->buckets = x->cap = nb;
        for (size_t k = 0; k < nb; k++) head[k] = -1;
        for (int q = 0; q < p; q++) { /* rehash the others */
            int *h = bucket(d, x, surname_tok(&d->pp[q]));
            x->next[q] = *h;
            *h = q;
        }
    }
    int *h = bucket(d, x, surname_tok(&d->pp[p]));
    x->next[p] = *h;
    *h = p;
    return true;
}

static int find_person(const Doc *d, const NameIndex *x, int ns, int b)
{
    if (!x->buckets) return -1;
    int words = count_words(d, ns, b);
    for (int p = *bucket(d, x, b - 1); p >= 0; p = x->next[p]) {
        const PersonB *q = &d->pp[p];
        if (!same_text(d, b - 1, surname_tok(q))) continue; /* another name, same hash */
        if (words == 1 || q->name_toks == 1) return p;
        if (q->name_toks == b - ns && same_text(d, ns, q->name_tok)) return p;
    }
    return -1;
}

static AnnGender title_gender(const Doc *d, int ns)
{
    int t = ns - 1;
    if (tk_is_punct(d, t, '.')) t--;
    return t >= 0 && (d->t[t].lex & LX_TITLE) ? (AnnGender)d->t[t].gender : ANN_GENDER_UNKNOWN;
}

static bool add_person(Doc *d, NameIndex *x, int ns, int b, bool titled)
{
    int p = find_person(d, x, ns, b);
    if (p >= 0) {
        PersonB *q = &d->pp[p];
        if (q->name_toks == 1 && b - ns > 1) { /* "President Trump", later "Donald Trump" */
            q->name_tok = ns;
            q->name_toks = b - ns;
            if (!q->pub.gender) q->pub.gender = (AnnGender)d->t[ns].gender;
        }
        return true;
    }
    if (!ann_grow(d, (void **)&d->pp, &d->cap_pp, d->n_pp, sizeof(PersonB))) return false;
    PersonB *q = &d->pp[d->n_pp++];
    memset(q, 0, sizeof *q);
    q->name_tok = ns;
    q->name_toks = b - ns;
    q->pub.gender = b - ns > 1 ? (AnnGender)d->t[ns].gender : ANN_GENDER_UNKNOWN;
    if (titled && !q->pub.gender) q->pub.gender = title_gender(d, ns);
    return index_add(d, x, (int)d->n_pp - 1);
}

/* A capitalised word used as the subject of a speech verb: "Blackwell wrote", "said Bozell." */
static bool speaking_word(const Doc *d, int i)
{
    const Tok *t = &d->t[i];
    if (!name_word(t) || (t->lex & (LX_STOP | LX_TITLE | LX_ORG | LX_CUE | LX_CLAIM)) || t->month ||
        t->weekday >= 0 || t->seg >= 0)
        return false;
    bool before = tk_is_word(d, i + 1) && (d->t[i + 1].lex & (LX_CUE | LX_CLAIM)) &&
                  !(d->t[i + 1].lex & LX_ING) && d->t[i + 1].sent == t->sent;
    bool after = i > 0 && tk_is_word(d, i - 1) && (d->t[i - 1].lex & LX_CUE) && !d->t[i - 1].cap &&
                 i + 1 < d->n && d->t[i + 1].kind == TK_PUNCT;
    return before || after;
}

typedef struct Spoken {
    uint32_t hash;
    int tok;
} Spoken;

static int cmp_spoken(const void *a, const void *b)
{
    const Spoken *x = a, *y = b;
    if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
    return (x->tok > y->tok) - (x->tok < y->tok);
}

/* Does the surname at token `sur` speak somewhere in the article? (Binary search by hash.) */
static bool surname_speaks(const Doc *d, const Spoken *sp, size_t n, int sur)
{
    uint32_t h = hash_word(d, sur);
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (sp[mid].hash < h) lo = mid + 1;
        else hi = mid;
    }
    for (size_t k = lo; k < n && sp[k].hash == h; k++)
        if (same_text(d, sur, sp[k].tok)) return true;
    return false;
}

typedef struct Cand {
    int ns, b;
} Cand;

/* Second chance for a two-to-four-word name with no evidence of its own ("Morton Blackwell, the
 * conservative icon who founded …"): it is a person when its surname is the subject of a speech
 * verb elsewhere in the article ("Blackwell wrote"). News writing introduces a speaker by full
 * name and quotes them by surname, so this finds speakers whose given name is not in the list. */
static bool add_speaking_candidates(Doc *d, NameIndex *x, const Cand *c, size_t nc)
{
    if (nc == 0) return true;
    size_t n = 0;
    Spoken *sp = malloc((size_t)(d->n ? d->n : 1) * sizeof *sp);
    if (!sp) {
        d->oom = true;
        return false;
    }
    for (int i = 0; i < d->n; i++)
        if (speaking_word(d, i)) sp[n++] = (Spoken){hash_word(d, i), i};
    qsort(sp, n, sizeof *sp, cmp_spoken);
    bool ok = true;
    for (size_t k = 0; ok && k < nc; k++)
        if (surname_speaks(d, sp, n, c[k].b - 1)) ok = add_person(d, x, c[k].ns, c[k].b, false);
    free(sp);
    return ok;
}

/* Capitalised mid-sentence: not the sentence's first word, nor just after a quotation mark or
 * a colon. A common noun ("Officials said") is capitalised only at the start of a sentence. */
static bool cap_mid_sentence(const Doc *d, int i)
{
    if (!name_word(&d->t[i]) || i < 2) return false;
    bool after_quote = d->t[i - 1].kind == TK_QUOTE && d->t[i - 1].qrole == Q_CLOSE;
    int c = tk_is_punct(d, i - 2, '\'') ? i - 3 : i - 2; /* “… ‘bro,’” Kiedis said */
    /* “…,” Cruz said: after a quotation ending in a comma the sentence goes on */
    if (after_quote && c >= 0 && tk_is_punct(d, c, ','))
        return true;
    /* “…!” Cruz said. / “…?” Cruz asked. — a word and a speech verb that end the sentence
     * after an exclamation or a question are its attribution, as after a comma */
    if (after_quote && c >= 0 && (tk_is_punct(d, c, '!') || tk_is_punct(d, c, '?')) &&
        tk_is_word(d, i + 1) && (d->t[i + 1].lex & LX_CUE) && !(d->t[i + 1].lex & LX_ING) &&
        tk_is_punct(d, i + 2, '.'))
        return true;
    if (tk_sentence_first(d, i) == i) return false;
    const Tok *p = &d->t[i - 1];
    return !(p->kind == TK_QUOTE || (p->kind == TK_PUNCT && (p->ch == ':' || p->ch == '.')) ||
             p->label);
}

/* "Maddow said", "Elias said": a one-word name that speaks, whose fuller name the article never
 * gives as a run of its own (it may sit in a show's title or be cut by an initial's full
 * stop). It is taken as a person when it is no known word class and the article also
 * capitalises it mid-sentence, so "Officials said" at a sentence start is not. */
static bool add_single_speakers(Doc *d, NameIndex *x)
{
    size_t n = 0;
    Spoken *mid = malloc((size_t)(d->n ? d->n : 1) * sizeof *mid);
    if (!mid) {
        d->oom = true;
        return false;
    }
    for (int i = 0; i < d->n; i++)
        if (cap_mid_sentence(d, i)) mid[n++] = (Spoken){hash_word(d, i), i};
    qsort(mid, n, sizeof *mid, cmp_spoken);
    bool ok = true;
    for (int i = 0; ok && i < d->n; i++) {
        const Tok *t = &d->t[i];
        if (!speaking_word(d, i) || t->poss || t->initials ||
            (t->lex & (LX_ROLE | LX_HONORIFIC | LX_NAME_PARTICLE)) ||
            (i > 0 && name_word(&d->t[i - 1])) || (i + 1 < d->n && name_word(&d->t[i + 1])) ||
            find_person(d, x, i, i + 1) >= 0 || !surname_speaks(d, mid, n, i))
            continue;
        ok = add_person(d, x, i, i + 1, false);
    }
    free(mid);
    return ok;
}

/* "The Washington Post reported", "Fox News said", "according to the Global Times": a run of
 * one to five capitalised words holding an organisation word, directly before a speech verb or
 * after "according to (the)", speaks as an organisation. */
#define ORG_MAX_WORDS 5
static bool add_org_speakers(Doc *d, NameIndex *x)
{
    for (int i = 0; i < d->n; i++) {
        if (!name_word(&d->t[i]) || (i > 0 && name_word(&d->t[i - 1])) || d->t[i].seg >= 0) continue;
        int b = run_end(d, i), a = i;
        while (a < b && (d->t[a].lex & LX_STOP)) a++;
        bool before_verb = tk_is_word(d, b) && (d->t[b].lex & (LX_CUE | LX_CLAIM)) &&
                           !(d->t[b].lex & LX_ING) && !d->t[b].cap;
        int k = tk_is(d, i - 1, "the") ? i - 2 : i - 1;
        bool according = tk_is(d, k, "to") && tk_is(d, k - 1, "according");
        int words = count_words(d, a, b);
        if (!(before_verb || according) || words < 1 || words > ORG_MAX_WORDS ||
            !has_org_word(d, a, b) || d->t[b - 1].kind != TK_WORD || d->t[b - 1].poss ||
            find_person(d, x, a, b) >= 0)
            continue;
        if (!add_person(d, x, a, b, false)) return false;
        d->pp[d->n_pp - 1].pub.kind = ANN_KIND_ORGANISATION;
        d->pp[d->n_pp - 1].pub.gender = ANN_GENDER_UNKNOWN;
    }
    return true;
}

/* "CNN reported", "MWW said", "according to the FBI": one word of two to six capitals, not a
 * Roman numeral or a dateline, directly before a speech verb or after "according to (the)",
 * speaks as an organisation. */
static bool acronym_speaker(const Doc *d, int i)
{
    const Tok *t = &d->t[i];
    size_t n = t->end - t->start;
    if (t->kind != TK_WORD || !t->allcaps || t->label || t->seg >= 0 || n > 6) return false;
    if (strspn(d->s + t->start, "IVXLC") >= n) return false; /* "Brent Bozell III reports" */
    if (i > 0 && d->t[i - 1].kind == TK_WORD && d->t[i - 1].cap) return false;
    bool before_verb = tk_is_word(d, i + 1) && (d->t[i + 1].lex & (LX_CUE | LX_CLAIM)) &&
                       !(d->t[i + 1].lex & LX_ING) && !d->t[i + 1].cap;
    int k = tk_is(d, i - 1, "the") ? i - 2 : i - 1;
    return before_verb || (tk_is(d, k, "to") && tk_is(d, k - 1, "according"));
}

static bool add_acronym_speakers(Doc *d, NameIndex *x)
{
    for (int i = 0; i < d->n; i++) {
        if (!acronym_speaker(d, i) || find_person(d, x, i, i + 1) >= 0) continue;
        if (!add_person(d, x, i, i + 1, false)) return false;
        d->pp[d->n_pp - 1].pub.kind = ANN_KIND_ORGANISATION;
        d->pp[d->n_pp - 1].pub.gender = ANN_GENDER_UNKNOWN;
    }
    return true;
}

/* Could run [ns, b) be a name, if only there were evidence? */
static bool name_shaped(const Doc *d, int ns, int b)
{
    int words = count_words(d, ns, b);
    return words >= 2 && words <= NAME_MAX_WORDS && !has_org_word(d, ns, b) && !d->t[ns].month &&
           d->t[ns].weekday < 0 && !(d->t[ns].lex & LX_STOP) && d->t[b - 1].kind == TK_WORD &&
           d->t[ns].seg < 0;
}

static bool find_runs(Doc *d, NameIndex *x)
{
    int i = 0;
    Cand *cand = NULL;
    size_t nc = 0, cap = 0;
    bool ok = true;
    while (ok && i < d->n) {
        if (!name_word(&d->t[i])) {
            i++;
            continue;
        }
        int b = run_end(d, i), a = i;
        while (a < b && ((d->t[a].lex & (LX_STOP | LX_CUE)) || d->t[a].month ||
                         d->t[a].weekday >= 0 || d->t[a].kind != TK_WORD ||
                         (party_label(d, a) && b - a > 2)))
            a++; /* sentence-initial "The", "On Tuesday …", "Democrat Zephyr Teachout" */
        bool titled = false;
        int ns = a < b ? name_start(d, a, b, &titled) : b;
        /* "New York City Public Advocate Trish James said": a run too long to be a name, right
         * before a speech verb, ends in one (its last two words). */
        if (ns < b && count_words(d, ns, b) > NAME_MAX_WORDS && b - 2 > ns && tk_is_word(d, b) &&
            (d->t[b].lex & (LX_CUE | LX_CLAIM)) && !(d->t[b].lex & LX_ING) &&
            d->t[b - 2].kind == TK_WORD && d->t[b - 1].kind == TK_WORD) {
            ns = b - 2;
            titled = false;
        }
        if (ns < b && looks_like_person(d, ns, b, titled)) {
            ok = add_person(d, x, ns, b, titled);
        } else if (ns < b && name_shaped(d, ns, b)) {
            ok = ann_grow(d, (void **)&cand, &cap, nc, sizeof *cand);
            if (ok) cand[nc++] = (Cand){ns, b};
        }
        i = b;
    }
    ok = ok && add_speaking_candidates(d, x, cand, nc) && add_single_speakers(d, x) &&
         add_org_speakers(d, x) && add_acronym_speakers(d, x);
    free(cand);
    return ok;
}

/* Does person q's full name start at token i? */
static bool full_name_at(const Doc *d, const PersonB *q, int i)
{
    if (i + q->name_toks > d->n) return false;
    for (int k = 0; k < q->name_toks; k++) {
        const Tok *t = &d->t[i + k];
        if (!same_text(d, i + k, q->name_tok + k) || (t->kind == TK_WORD && !t->cap)) return false;
    }
    return true;
}

/* The gender an honorific before token i asks for ("Mr. Hayes"), else unknown. */
static AnnGender honorific_gender(const Doc *d, int i)
{
    int h = tk_is_punct(d, i - 1, '.') ? i - 2 : i - 1;
    return h >= 0 && (d->t[h].lex & LX_HONORIFIC) ? (AnnGender)d->t[h].gender : ANN_GENDER_UNKNOWN;
}

/* Of people sharing a surname, the better match for a bare surname at token i: one whose gender
 * fits an honorific, then the one whose full name was seen last. */
static bool better_match(const Doc *d, const int *last_full, int i, int p, int best)
{
    if (best < 0) return true;
    AnnGender want = honorific_gender(d, i);
    bool fp = want && d->pp[p].pub.gender == want, fb = want && d->pp[best].pub.gender == want;
    if (fp != fb) return fp;
    return last_full[p] > last_full[best];
}

/* The person whose full name (two or more words) ends at token i, or -1. */
static int full_name_ending_at(const Doc *d, const NameIndex *x, int i)
{
    for (int p = *bucket(d, x, i); p >= 0; p = x->next[p]) {
        const PersonB *q = &d->pp[p];
        if (q->name_toks > 1 && i + 1 >= q->name_toks && full_name_at(d, q, i + 1 - q->name_toks))
            return p;
    }
    return -1;
}

/* Marks mentions left to right; last_full[p] is where p's full name was last seen. */
static void mark_mentions(Doc *d, const NameIndex *x, int *last_full)
{
    for (int i = 0; x->buckets && i < d->n; i++) {
        if (!name_word(&d->t[i]) && !(d->t[i].allcaps && !d->t[i].label)) continue; /* "CNN" */
        int full = full_name_ending_at(d, x, i), best = -1;
        if (full >= 0) {
            for (int k = 0; k < d->pp[full].name_toks; k++) d->t[i - k].person = full;
            last_full[full] = i;
            continue;
        }
        for (int p = *bucket(d, x, i); p >= 0; p = x->next[p])
            if (same_text(d, i, surname_tok(&d->pp[p])) && better_match(d, last_full, i, p, best))
                best = p;
        if (best >= 0) d->t[i].person = best;
    }
}

/* The first token of each mention: a person token not continuing the same person's name. */
bool ann_mention_start(const Doc *d, int i)
{
    int p = d->t[i].person;
    if (p < 0) return false;
    int j = i - 1;
    if (tk_is_punct(d, j, '.')) j--;
    return !(j >= 0 && d->t[j].person == p && j >= i - 2);
}

/* Last token of the mention starting at m ("John Q. Adams" runs over the initial's dot). */
int ann_mention_end(const Doc *d, int m)
{
    int p = d->t[m].person, e = m;
    for (int k = m + 1; k < d->n && k <= m + 2 * NAME_MAX_WORDS; k++) {
        if (d->t[k].person == p) e = k;
        else if (!(k == e + 1 && tk_is_punct(d, k, '.'))) break;
    }
    return e;
}

static int cmp_first(const void *a, const void *b)
{
    const PersonB *x = a, *y = b;
    return (x->first_mention > y->first_mention) - (x->first_mention < y->first_mention);
}

/* Counts mentions and renumbers people in order of first mention. */
static bool order_people(Doc *d)
{
    size_t n = d->n_pp;
    int *remap = malloc((n ? n : 1) * sizeof(int));
    if (!remap) {
        d->oom = true;
        return false;
    }
    for (size_t p = 0; p < n; p++) {
        d->pp[p].first_mention = d->n;
        d->pp[p].old_index = (int)p;
        d->pp[p].pub.mentions = 0;
    }
    for (int i = 0; i < d->n; i++) {
        if (!ann_mention_start(d, i)) continue;
        PersonB *q = &d->pp[d->t[i].person];
        if (q->first_mention == d->n) q->first_mention = i;
        q->pub.mentions++;
    }
    if (n > 1) qsort(d->pp, n, sizeof(PersonB), cmp_first);
    for (size_t p = 0; p < n; p++) remap[d->pp[p].old_index] = (int)p;
    for (int i = 0; i < d->n; i++)
        if (d->t[i].person >= 0) d->t[i].person = remap[d->t[i].person];
    free(remap);
    return true;
}

static bool name_people(Doc *d)
{
    for (size_t p = 0; p < d->n_pp; p++) {
        PersonB *q = &d->pp[p];
        int last = q->name_tok + q->name_toks - 1;
        size_t end = d->t[last].start + base_len(d, last);
        q->pub.name = ann_copy(d, d->t[q->name_tok].start, end);
        int f = q->first_mention;
        int fe = f < d->n ? ann_mention_end(d, f) : f;
        if (f < d->n) q->pub.first = (AnnSpan){d->t[f].start, d->t[fe].start + base_len(d, fe)};
    }
    return !d->oom;
}

bool ann_people(Doc *d)
{
    NameIndex x = {NULL, NULL, 0, 0};
    int *last_full = NULL;
    bool ok = find_runs(d, &x) && (last_full = malloc((d->n_pp + 1) * sizeof(int)));
    if (ok) {
        for (size_t p = 0; p < d->n_pp; p++) last_full[p] = -1;
        mark_mentions(d, &x, last_full);
        for (int i = 1; i < d->n; i++)
            if (name_suffix(d, i) && d->t[i - 1].person >= 0 && d->t[i].person < 0)
                d->t[i].person = d->t[i - 1].person;
    } else {
        d->oom = true;
    }
    free(last_full);
    free(x.head);
    free(x.next);
    return ok && order_people(d) && ann_roles(d) && name_people(d);
}
