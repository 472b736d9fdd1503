/* annotate_subject.c — who is speaking through a speech verb, and whom "he"/"she" means.
 *
 * The subject of "said" is the phrase just before it, after skipping adverbs and auxiliaries
 * ("Gitcho also said", "Osei has said"), a parenthesis ("Warden (D-Ore.) said") or an appositive
 * between commas ("Philip Amankwah, the district's safety coordinator, said"). A participle ("…, telling the board") takes the
 * sentence's subject: the nearest person before it. With nothing before it, the cue is
 * inverted ("said Mayor Helen Tarrant") and the subject follows.
 *
 * A pronoun goes to the most recent person, looking back at most two paragraphs and outside
 * quotations, whose gender agrees for certain (known given name, title or gendered role). Failing
 * that, to the most recent person of unknown gender who was speaking ("Gitcho said …") rather
 * than only mentioned ("… supporters of Trump"), and failing that to the most recent one. */
#include "annotate_internal.h"
#include <string.h>

#define APPOSITIVE_MAX_TOKENS 30
#define SHORT_QUOTE_WORDS 4 /* a quoted name or title inside an appositive */
#define SUBJECT_MAX_WORDS 10
#define INVERTED_MAX_TOKENS 8
#define PAREN_MAX_TOKENS 12
#define NAME_MAX_TOKENS 8
#define INVERTED_MAX_LOWER 3 /* other lower-case words in a role after "said" */

static bool subject_like(const Doc *d, int e);
static int mention_last(const Doc *d, int f);

static bool is_adverb(const Doc *d, int i)
{
    static const char *const WORDS[] = {"also", "later", "then", "previously", "once", "again",
                                        "has", "have", "had", "further", "often", "first",
                                        "earlier", "recently", "repeatedly", "publicly",
                                        "privately", "simply", "flatly", "only", "never",
                                        "may", "might", "could", "would", "will", "himself",
                                        "herself", "today", "yesterday", "tonight", "since",
                                        NULL};
    if (tk_is_word(d, i) && d->t[i].weekday >= 0) return true; /* "Priebus later Thursday told" */
    if (!tk_is_word(d, i) || d->t[i].cap) return false;
    for (int k = 0; WORDS[k]; k++)
        if (tk_is(d, i, WORDS[k])) return true;
    size_t n = d->t[i].end - d->t[i].start;
    return n > 4 && memcmp(d->s + d->t[i].end - 2, "ly", 2) == 0;
}

static AnnGender pronoun_gender(const Doc *d, int i)
{
    if (tk_is(d, i, "he")) return ANN_GENDER_MALE;
    if (tk_is(d, i, "she")) return ANN_GENDER_FEMALE;
    return ANN_GENDER_UNKNOWN;
}

static bool other_pronoun(const Doc *d, int i)
{
    return tk_is(d, i, "i") || tk_is(d, i, "we") || tk_is(d, i, "they") || tk_is(d, i, "you") ||
           tk_is(d, i, "it");
}

/* The person a token refers to: a name, or an already resolved pronoun. */
static int referent(const Doc *d, int i)
{
    return d->t[i].person >= 0 ? d->t[i].person : d->t[i].pron;
}

/* Is the mention ending at token i the subject of a speech verb ("Gitcho said", "she said",
 * "Eli Navarro, a senior, predicted")? */
static bool speaks(const Doc *d, int i)
{
    int j = i + 1;
    if (tk_is_punct(d, j, ',')) /* an appositive */
        for (int k = j + 1; k < d->n && k <= j + APPOSITIVE_MAX_TOKENS; k++) {
            if (d->t[k].sent != d->t[i].sent || d->t[k].kind == TK_QUOTE) break;
            if (tk_is_punct(d, k, ',')) {
                j = k + 1;
                break;
            }
        }
    while (j < d->n && is_adverb(d, j)) j++;
    return tk_is_word(d, j) && (d->t[j].lex & (LX_CUE | LX_CLAIM)) && !(d->t[j].lex & LX_ING);
}

/* Another person of gender `want` (for certain), outside quotations, in the pronoun's sentence
 * or the one before it (which may end the previous paragraph): "Trump met Cruz on Monday. He
 * said …" is a guess, so it is marked. */
static bool rival_in_play(const Doc *d, int i, int best, AnnGender want)
{
    int s = d->t[i].sent, lo = i;
    while (lo > 0 && i - lo < ANN_PRONOUN_WINDOW && d->t[lo - 1].sent >= s - 1) lo--;
    for (int j = lo; j < i; j++) {
        int p = referent(d, j);
        if (p >= 0 && p != best && d->t[j].seg < 0 && d->pp[p].pub.gender == want) return true;
    }
    return false;
}

/* "Lazar said he welcomed …": he/she right after a speech verb (and "that") whose subject is a
 * named person of a fitting gender is that person. Not after "told" ("Trump told Cruz he …"). */
static int reported_speaker(const Doc *d, int i, AnnGender want)
{
    int v = tk_is(d, i - 1, "that") ? i - 2 : i - 1;
    if (!tk_is_word(d, v) || !(d->t[v].lex & (LX_CUE | LX_CLAIM)) ||
        (d->t[v].lex & (LX_ING | LX_TELL)) || d->t[v].cap || d->t[v].seg >= 0)
        return -1;
    int j = v - 1;
    while (j > 0 && j > v - 4 && is_adverb(d, j)) j--;
    int p = j >= 0 && d->t[j].sent == d->t[i].sent && d->t[j].seg < 0 ? d->t[j].person : -1;
    if (p < 0 || d->pp[p].pub.kind == ANN_KIND_ORGANISATION) return -1;
    AnnGender g = d->pp[p].pub.gender;
    return g == ANN_GENDER_UNKNOWN || g == want ? p : -1;
}

/* "Fallon fired back: “…,” he wrote": he/she after a quotation whose own sentence opened with a
 * named subject of a fitting gender, the first person named in it, is that subject. */
static int sentence_subject(const Doc *d, int i, AnnGender want)
{
    int a = tk_sentence_first(d, i);
    if (i < 1 || i - a > ANN_SCAN_WINDOW || d->t[i - 1].kind != TK_QUOTE) return -1;
    for (int k = a; k < i; k++) {
        int p = d->t[k].seg < 0 ? d->t[k].person : -1;
        if (p < 0) continue;
        AnnGender g = d->pp[p].pub.gender;
        bool fits = d->pp[p].pub.kind != ANN_KIND_ORGANISATION && (g == ANN_GENDER_UNKNOWN || g == want);
        return fits && subject_like(d, mention_last(d, k)) ? p : -1;
    }
    return -1;
}

/* "Byrne, an agent for President Bill Clinton, wrote a book. … the author wrote, “…” He went on
 * to say": someone described but not named ("the author") speaks between the person found and
 * the pronoun, and may be the one it means. */
static bool unnamed_speaker_between(const Doc *d, int from, int to)
{
    for (int j = from + 2; from >= 0 && j < to; j++)
        if (tk_is_word(d, j) && (d->t[j].lex & LX_CUE) && !(d->t[j].lex & LX_ING) && !d->t[j].cap &&
            d->t[j].seg < 0 && tk_is(d, j - 2, "the") && tk_is_word(d, j - 1) && !d->t[j - 1].cap &&
            d->t[j - 1].person < 0 && (d->t[j - 1].lex & (LX_ROLE | LX_TITLE)))
            return true;
    return false;
}

int ann_resolve_pronoun(Doc *d, int i)
{
    AnnGender want = pronoun_gender(d, i);
    if (want == ANN_GENDER_UNKNOWN) return -1;
    if (d->t[i].pron >= 0) return d->t[i].pron;
    int reported = reported_speaker(d, i, want);
    if (reported < 0) reported = sentence_subject(d, i, want);
    if (reported >= 0) {
        d->t[i].pron = reported;
        d->t[i].amb = false;
        return reported;
    }
    int para = d->t[i].para > 2 ? d->t[i].para - 2 : 0;
    int lo = d->para[para].first, best = -1, best_rank = -1, best_at = -1;
    bool nearer_speaker = false; /* someone of unknown gender speaks in the pronoun's sentence */
    if (lo < i - ANN_PRONOUN_WINDOW) lo = i - ANN_PRONOUN_WINDOW;
    for (int j = i - 1; j >= lo && best_rank < 2; j--) {
        int p = referent(d, j);
        if (p < 0 || d->t[j].seg >= 0 || (j + 1 < i && referent(d, j + 1) == p)) continue;
        if (d->pp[p].pub.kind == ANN_KIND_ORGANISATION) continue; /* never "he" or "she" */
        AnnGender g = d->pp[p].pub.gender;
        if (g != ANN_GENDER_UNKNOWN && g != want) continue;
        int rank = g == want ? 2 : speaks(d, j) ? 1 : 0;
        nearer_speaker = nearer_speaker || (rank == 1 && d->t[j].sent == d->t[i].sent);
        if (rank > best_rank) {
            best = p;
            best_rank = rank;
            best_at = j;
        }
    }
    d->t[i].pron = best;
    /* "Feinstein said “…,” she said" with a known woman named earlier: which one is a guess */
    d->t[i].amb = best < 0 || best_rank < 2 || rival_in_play(d, i, best, want) || nearer_speaker ||
                  unnamed_speaker_between(d, best_at, i);
    return best;
}

/* First token of the mention ending at token e. */
static int mention_first(const Doc *d, int e)
{
    int p = d->t[e].person, f = e;
    while (f > 0 && f > e - NAME_MAX_TOKENS &&
           (d->t[f - 1].person == p || (tk_is_punct(d, f - 1, '.') && f > 1 && d->t[f - 2].person == p)))
        f--;
    return f;
}

/* Last token of the mention starting at token f. */
static int mention_last(const Doc *d, int f)
{
    int p = d->t[f].person, e = f;
    if (p < 0) return f;
    while (e + 1 < d->n && e < f + NAME_MAX_TOKENS &&
           (d->t[e + 1].person == p ||
            (tk_is_punct(d, e + 1, '.') && e + 2 < d->n && d->t[e + 2].person == p)))
        e++;
    return e;
}

/* "merchants who say …": the noun phrase (or person) before the relative pronoun. */
static int relative_antecedent(Doc *d, int j, int lo, int *sf, int *sl)
{
    *sl = j;
    if (d->t[j].person >= 0) {
        *sf = mention_first(d, j);
        d->how = SUBJ_NAME;
        return d->t[j].person;
    }
    int k = j;
    while (k - 1 >= lo && k > j - 3 && tk_is_word(d, k - 1) && !(d->t[k - 1].lex & (LX_STOP | LX_PREP)))
        k--;
    *sf = k;
    return -1;
}

/* Lower-cases n bytes of s into out (cap bytes); false when it does not fit. */
static bool lower_into(char *out, size_t cap, const char *s, size_t n)
{
    if (n >= cap) return false;
    for (size_t k = 0; k < n; k++) out[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
    out[n] = '\0';
    return true;
}

/* Does `role` end with the word `noun` (ASCII case ignored), or with its abbreviation ("Sen.")? */
static bool role_ends_with(const char *role, const char *noun, size_t n)
{
    static const char *const ABBR[][2] = {
        {"sen.", "senator"},  {"gov.", "governor"},       {"rep.", "representative"},
        {"gen.", "general"},  {"supt.", "superintendent"}, {"prof.", "professor"}};
    const char *last = strrchr(role, ' ');
    last = last ? last + 1 : role;
    char a[24], b[24];
    if (!lower_into(a, sizeof a, last, strlen(last)) || !lower_into(b, sizeof b, noun, n))
        return false;
    for (size_t k = 0; k < sizeof ABBR / sizeof ABBR[0]; k++)
        if (strcmp(a, ABBR[k][0]) == 0) return strcmp(b, ABBR[k][1]) == 0;
    return strcmp(a, b) == 0;
}

/* "the mayor": the one person whose role ends with that noun, or -1. */
static int described_person(const Doc *d, int k, int j)
{
    if (!tk_is(d, k, "the") || j - k > 3 || !(d->t[j].lex & (LX_ROLE | LX_TITLE)) || d->t[j].cap)
        return -1;
    int found = -1;
    for (size_t p = 0; p < d->n_pp; p++) {
        const char *role = d->pp[p].pub.role;
        if (!role || !role_ends_with(role, d->s + d->t[j].start, d->t[j].end - d->t[j].start))
            continue;
        if (found >= 0) return -1; /* two mayors: ambiguous */
        found = (int)p;
    }
    return found;
}

/* "the New Jersey governor" for "New Jersey Gov. Chris Christie": every word between "the" and
 * the role noun (at least one, each capitalised) is a word of the person's role, so the
 * description names one office, not any governor. */
static bool fully_described(const Doc *d, int k, int j, int who)
{
    const char *role = d->pp[who].pub.role;
    if (!role || j - k < 2) return false;
    for (int m = k + 1; m < j; m++) {
        size_t n = d->t[m].end - d->t[m].start;
        if (!tk_is_word(d, m) || !d->t[m].cap) return false;
        bool found = false;
        for (const char *r = role; !found && *r;) { /* the role's words, split at spaces */
            size_t len = strcspn(r, " ");
            found = len == n && memcmp(r, d->s + d->t[m].start, n) == 0;
            r += len + (r[len] == ' ');
        }
        if (!found) return false;
    }
    return true;
}

/* "The Washington Post reported … the newspaper said": "the" and a word for a news outlet refer
 * to the organisation last named before it (outside quotations), if any. */
static int named_outlet(const Doc *d, int k, int j)
{
    static const char *const W[] = {"agency", "broadcaster", "channel", "magazine", "network",
                                    "newspaper", "outlet", "paper", "publication", "station",
                                    "tabloid", "website", NULL};
    bool outlet = false;
    for (int i = 0; W[i] && !outlet; i++) outlet = tk_is(d, j, W[i]);
    if (!tk_is(d, k, "the") || !outlet) return -1;
    for (int m = k - 1; m >= 0 && m > k - ANN_PRONOUN_WINDOW; m--) {
        int p = d->t[m].person;
        if (p >= 0 && d->t[m].seg < 0 && d->pp[p].pub.kind == ANN_KIND_ORGANISATION) return p;
    }
    return -1;
}

/* "George Zorn of The Nation wrote", "Aris Shirvanian of the Armenian Patriarchate of
 * Jerusalem told": a capitalised place or body after "of" and a name belongs to that name, which
 * is the subject. Returns the name's last token, or -1. */
static int of_phrase_owner(const Doc *d, int j, int lo)
{
    if (!tk_is_word(d, j) || !d->t[j].cap) return -1;
    for (int k = j - 1; k > lo && k >= j - NAME_MAX_TOKENS; k--) {
        if (!tk_is_word(d, k) || d->t[k].seg >= 0) return -1;
        if (tk_is(d, k, "of") && d->t[k - 1].person >= 0 && d->t[k - 1].seg < 0 &&
            !d->t[k - 1].poss && d->pp[d->t[k - 1].person].pub.kind != ANN_KIND_ORGANISATION)
            return k - 1;
        if (!d->t[k].cap && !tk_is(d, k, "of") && !tk_is(d, k, "the")) return -1;
    }
    return -1;
}

/* The subject when token j (just before the verb) ends it; sets the span. */
static int subject_ending_at(Doc *d, int j, int lo, int *sf, int *sl)
{
    *sf = *sl = j;
    int owner = of_phrase_owner(d, j, lo);
    if (owner >= 0) j = *sl = owner;
    if (d->t[j].person >= 0) {
        *sf = mention_first(d, j);
        /* "Another source speaking to Fox News said", "a spokesman for Clinton said": a name
         * after a preposition is not the subject */
        int k = tk_is(d, *sf - 1, "the") ? *sf - 2 : *sf - 1;
        if (k >= lo && tk_is_word(d, k) && (d->t[k].lex & LX_PREP) && !d->t[k].cap &&
            d->t[k].person < 0)
            return -1;
        d->how = SUBJ_NAME;
        return d->t[j].person;
    }
    if (pronoun_gender(d, j)) {
        int who = ann_resolve_pronoun(d, j);
        d->how = d->t[j].amb ? SUBJ_PRONOUN_AMB : SUBJ_PRONOUN;
        return who;
    }
    if (other_pronoun(d, j)) return -1;
    /* "Coleman, a nurse, who said": the name is followed by the appositive's comma; in
     * "Obama was doubted by listeners, who wondered" the name is another clause's subject */
    if (tk_is(d, j, "who") && tk_is_punct(d, j - 1, ','))
        for (int k = j - 2; k >= lo && k > j - APPOSITIVE_MAX_TOKENS; k--)
            if (d->t[k].person >= 0 && d->t[k].seg < 0) {
                if (!tk_is_punct(d, k + 1, ',')) break;
                return subject_ending_at(d, k, lo, sf, sl);
            }
    if ((tk_is(d, j, "who") || tk_is(d, j, "that")) && j - 1 >= lo && tk_is_word(d, j - 1))
        return relative_antecedent(d, j - 1, lo, sf, sl);
    /* A noun phrase ("the New York Times", "The report"): back to the clause start. */
    int k = j, words = 0;
    while (k - 1 >= lo && words < SUBJECT_MAX_WORDS && d->t[k - 1].sent == d->t[j].sent &&
           !d->t[k - 1].label &&
           (d->t[k - 1].kind == TK_WORD || tk_is_punct(d, k - 1, '\'') ||
            tk_is_punct(d, k - 1, '%') || tk_is_punct(d, k - 1, '&')))
        k--, words++;
    if (words >= SUBJECT_MAX_WORDS) {
        *sf = *sl = -1;
        return -1;
    }
    *sf = k;
    int who = j == k + 1 ? named_outlet(d, k, j) : -1;
    if (who < 0) who = described_person(d, k, j);
    d->how = who >= 0 && fully_described(d, k, j, who) ? SUBJ_DESCRIBED_FULLY : SUBJ_DESCRIPTION;
    if (who >= 0) d->t[j].pron = who; /* later pronouns can refer back to "the mayor" */
    return who;
}

/* Is the mention ending at token e followed by a verb-like word, as a subject is ("Carson
 * shared …, writing"), rather than by a comma, as an object before ", saying" is ("went after
 * Hillary Clinton, saying")? A possessive ("Sanders' comments") is never the subject. */
static bool time_phrase(const Doc *d, int k)
{
    static const char *const W[] = {"month", "morning", "night", "week", "weekend", "year", NULL};
    if (!tk_is(d, k, "last") && !tk_is(d, k, "this") && !tk_is(d, k, "next")) return false;
    for (int i = 0; W[i]; i++)
        if (tk_is(d, k + 1, W[i])) return true;
    return false;
}

/* Can an appositive or aside open at token a ("a nurse", "who was speaking", "herself a …",
 * "Trayvon's father", "president of …", "after the rally")? Not a clause ("he looked …"). */
static bool appositive_opener(const Doc *d, int a)
{
    if (!tk_is_word(d, a)) return false;
    const Tok *t = &d->t[a];
    return tk_is(d, a, "a") || tk_is(d, a, "an") || tk_is(d, a, "the") || tk_is(d, a, "who") ||
           tk_is(d, a, "herself") || tk_is(d, a, "himself") || t->poss || t->digits ||
           (t->lex & (LX_ROLE | LX_ROLE_ADJ | LX_TITLE | LX_PREP));
}

static bool subject_like(const Doc *d, int e)
{
    if (d->t[e].poss) return false;
    int f = d->t[e].person >= 0 ? mention_first(d, e) : e;
    if (tk_is(d, f - 1, "a") || tk_is(d, f - 1, "an")) return false; /* "a Sanders supporter" */
    int k = e + 1;
    /* "Silverman, herself a Sanders supporter, incurred": past an appositive between commas */
    if (tk_is_punct(d, k, ',') && d->t[e].person >= 0 && appositive_opener(d, k + 1))
        for (int m = k + 1; m < d->n && m <= k + APPOSITIVE_MAX_TOKENS && d->t[m].sent == d->t[e].sent; m++) {
            if (d->t[m].kind == TK_QUOTE || d->t[m].seg >= 0) break;
            if (tk_is_punct(d, m, ',')) {
                if (tk_is_word(d, m + 1) && !d->t[m + 1].cap) k = m + 1;
                break;
            }
        }
    /* "endorsed Cruz last week, saying": a time phrase after a name is no verb */
    while (k < d->n && (is_adverb(d, k) || time_phrase(d, k))) k += time_phrase(d, k) ? 2 : 1;
    if (tk_is(d, k, "is") || tk_is(d, k, "was")) return true; /* "Braynard is quoted as saying" */
    if ((tk_is(d, k, "did") || tk_is(d, k, "does")) && tk_is(d, k + 1, "not"))
        return d->t[k].sent == d->t[e].sent; /* "Carson did not mention …, but told" */
    return tk_is_word(d, k) && !d->t[k].cap && !(d->t[k].lex & (LX_STOP | LX_PREP | LX_ING)) &&
           d->t[k].sent == d->t[e].sent;
}

/* Can the mention ending at e be read only as an object, not as a second subject? "Albright
 * urged women to vote for Hillary Clinton, saying", "Sanders compared himself to Clinton,
 * saying": a possessive, or a name not followed by a verb or by "who". */
static bool object_only(const Doc *d, int e)
{
    if (d->t[e].poss) return true;
    int k = tk_is_punct(d, e + 1, ',') ? e + 2 : e + 1;
    return !subject_like(d, e) && !tk_is(d, k, "who");
}

/* Does a subordinate clause open at token k ("when", "after", "as" …)? */
static bool subordinator(const Doc *d, int k)
{
    static const char *const W[] = {"after", "although", "as", "because", "before", "if",
                                    "once", "since", "until", "when", "whenever", "while", NULL};
    for (int i = 0; W[i]; i++)
        if (tk_is(d, k, W[i])) return true;
    return false;
}

bool ann_other_subject(Doc *d, int from, int to, int who)
{
    for (int k = from; k < to; k++) {
        if (d->t[k].seg >= 0 || d->t[k].person < 0) continue;
        int e = mention_last(d, k);
        if (d->t[k].person != who && subordinator(d, k - 1) && subject_like(d, e)) return true;
        k = e;
    }
    return false;
}

/* "Sam Lau, the spokesman for the Iowa Democratic Party said": an appositive whose closing comma
 * is missing. The sentence opens with a name, a comma and "the"/"a"/"an", then only words up to
 * the verb, a role noun among them and no other speech verb: the name is the subject. */
static int unclosed_appositive(Doc *d, int v, int lo, int *sf, int *sl)
{
    int f = tk_sentence_first(d, v);
    if (f < lo || d->t[f].person < 0 || d->t[f].seg >= 0) return -1;
    int e = mention_last(d, f);
    if (!tk_is_punct(d, e + 1, ',') || v - e > APPOSITIVE_MAX_TOKENS ||
        !(tk_is(d, e + 2, "the") || tk_is(d, e + 2, "a") || tk_is(d, e + 2, "an")))
        return -1;
    bool role = false;
    for (int k = e + 3; k < v; k++) {
        if (d->t[k].kind != TK_WORD || d->t[k].seg >= 0 || (d->t[k].lex & (LX_CUE | LX_CLAIM)))
            return -1;
        role = role || (d->t[k].lex & LX_ROLE);
    }
    return role ? subject_ending_at(d, e, lo, sf, sl) : -1;
}

static bool participle_own_subject(const Doc *d, int v, int lo)
{
    int k = v - 1;
    if (k < lo || d->t[k].person < 0 || d->t[k].seg >= 0 || d->t[k].poss || d->t[k].sent != d->t[v].sent)
        return false;
    while (k > lo && k > v - NAME_MAX_TOKENS && tk_is_word(d, k) &&
           (d->t[k].cap || (d->t[k].lex & (LX_TITLE | LX_ROLE | LX_ROLE_ADJ))))
        k--;
    if (tk_is_punct(d, k, '.') && tk_is_word(d, k - 1) && (d->t[k - 1].lex & LX_TITLE)) /* "Sen." */
        for (k -= 2; k > lo && tk_is_word(d, k) && d->t[k].cap;) k--;
    return tk_is(d, k, "of") || tk_is(d, k, "with") || tk_is(d, k, "and");
}

/* Before a participle, the sentence's subject: the person or he/she before it that reads as a
 * subject. It is sure (SUBJ_PARTICIPLE) only when it is the first person of the sentence and
 * reads as a subject; otherwise a guess. */
static int participle_subject(Doc *d, int v, int lo, int *sf, int *sl)
{
    int first = -1, chosen = -1;
    /* "an account of Clinton telling one agent", "with Sen. John McCain calling it": a name
     * right before the participle, after "of", "with" or "and", is its own subject (not after
     * "a letter to Lynch asking", "statements made by Trump calling") */
    if (participle_own_subject(d, v, lo)) {
        int who = subject_ending_at(d, v - 1, lo, sf, sl);
        if (who >= 0) d->how = SUBJ_PARTICIPLE;
        return who;
    }
    for (int j = v - 1; j >= lo && j > v - ANN_SCAN_WINDOW && d->t[j].sent == d->t[v].sent; j--) {
        if (d->t[j].seg >= 0 || !(d->t[j].person >= 0 || pronoun_gender(d, j))) continue;
        if (d->t[j].person >= 0 && j > 0 && d->t[j - 1].person == d->t[j].person) continue;
        first = j; /* the earliest mention so far */
        if (chosen < 0 && subject_like(d, d->t[j].person >= 0 ? mention_last(d, j) : j)) chosen = j;
    }
    if (first < 0) return -1;
    int pick = chosen >= 0 ? chosen : v - 1;
    if (chosen < 0) /* nobody reads as a subject: the nearest, as a guess */
        for (pick = v - 1; pick >= first; pick--)
            if (d->t[pick].seg < 0 && (d->t[pick].person >= 0 || pronoun_gender(d, pick))) break;
    int who = subject_ending_at(d, d->t[pick].person >= 0 ? mention_last(d, pick) : pick, lo, sf, sl);
    bool sure = chosen >= 0 && (chosen == first || who == referent(d, first)) &&
                d->how != SUBJ_PRONOUN_AMB && who >= 0; /* "Lazar said he … and added" */
    for (int k = first; sure && k < v; k++) { /* another subject between it and the participle */
        int r = d->t[k].seg < 0 ? referent(d, k) : -1;
        if (r < 0 || r == who) continue;
        int e = d->t[k].person >= 0 ? mention_last(d, k) : k;
        sure = d->t[k].person >= 0 && object_only(d, e);
        k = e;
    }
    d->how = sure ? SUBJ_PARTICIPLE : SUBJ_PARTICIPLE_AMB;
    return who;
}

/* "…, Spicer said, adding, “…”": a participle right after a speech verb and a comma shares
 * that verb's subject. */
static int after_speech_verb(const Doc *d, int v)
{
    int j = v - 1;
    if (!tk_is_punct(d, j, ',') || !tk_is_word(d, j - 1)) return -1;
    const Tok *t = &d->t[j - 1];
    return (t->lex & LX_CUE) && !(t->lex & LX_ING) && !t->cap && t->seg < 0 ? j - 1 : -1;
}

static bool prep_before_name(const Doc *d, int j)
{
    static const char *const W[] = {"about", "at", "by", "close", "for", "from", "in", "near",
                                    "on", "to", "with", NULL};
    for (int k = 0; W[k]; k++)
        if (tk_is(d, j, W[k]) && !d->t[j].cap) return true;
    return false;
}

/* "said Osei", "said Mayor Helen Tarrant", "said he". A name used as a modifier is not the
 * speaker: "said Clinton's campaign manager, Robby Mook", "said former Obama adviser David
 * Axelrod" go on to the next name. */
static int inverted_subject(Doc *d, int v, int *sf, int *sl)
{
    bool modifier = false, described = false;
    int lower = 0;
    for (int j = v + 1; j < d->n && j <= v + INVERTED_MAX_TOKENS + 4 * modifier; j++) {
        const Tok *t = &d->t[j];
        if (t->sent != d->t[v].sent || t->kind == TK_QUOTE) break;
        /* "An official said Wednesday that Netanyahu “will meet …”": a name after "that" (or
         * "if", "whether") is the subject of the reported clause, never the speaker */
        if (tk_is(d, j, "that") || tk_is(d, j, "if") || tk_is(d, j, "whether")) break;
        /* "said a spokesman for Mayor Reyes", "said an aide to Reyes", "said sources close to
         * him": after someone described, a name after a preposition is not the speaker (but
         * "said in a statement Sen. Osei" is Osei's) */
        if (prep_before_name(d, j) && described) { /* "…, Corey Lewandowski" names him */
            for (int k = j + 1; k < d->n && k <= j + INVERTED_MAX_TOKENS; k++) {
                if (d->t[k].sent != d->t[v].sent || d->t[k].kind == TK_QUOTE) break;
                if (!tk_is_punct(d, k, ',') || k + 1 >= d->n || d->t[k + 1].person < 0 ||
                    d->t[k + 1].person == d->t[k - 1].person)
                    continue;
                *sf = k + 1;
                *sl = ann_mention_end(d, k + 1);
                d->how = SUBJ_NAME;
                return d->t[k + 1].person;
            }
            break;
        }
        described = described || (t->kind == TK_WORD && !t->cap && (t->lex & LX_ROLE)) ||
                    tk_is(d, j, "source") || tk_is(d, j, "sources");
        if (t->person >= 0 || pronoun_gender(d, j)) {
            int e = j;
            while (t->person >= 0 && e + 1 < d->n && e < j + NAME_MAX_TOKENS &&
                   d->t[e + 1].person == t->person)
                e++;
            const Tok *after = e + 1 < d->n ? &d->t[e + 1] : NULL;
            if (t->person >= 0 && (d->t[e].poss || (after && after->kind == TK_WORD && !after->cap &&
                                                   after->sent == t->sent &&
                                                   !(after->lex & (LX_STOP | LX_PREP))))) {
                modifier = true;
                j = e;
                continue;
            }
            *sf = j;
            *sl = e;
            if (t->person >= 0) {
                d->how = SUBJ_NAME;
                return t->person;
            }
            int who = ann_resolve_pronoun(d, j);
            d->how = d->t[j].amb ? SUBJ_PRONOUN_AMB : SUBJ_PRONOUN;
            return who;
        }
        if (t->kind == TK_WORD && t->cap && t->poss) { /* "said Rubio's deputy …" */
            modifier = true;
            continue;
        }
        /* A role written before the name may hold a few other lower-case words ("said former
         * secretary of state Hillary Clinton", "said Democratic pollster Stan Greenberg"); a
         * verb or a comma ends it ("said the report, which cited …"). */
        if (t->kind == TK_WORD && !(t->lex & (LX_TITLE | LX_ROLE | LX_STOP | LX_ROLE_ADJ)) &&
            !t->cap && !modifier &&
            (++lower > INVERTED_MAX_LOWER || (t->lex & (LX_PAST | LX_CUE | LX_CLAIM)) ||
             (t->end - t->start > 3 && memcmp(d->s + t->end - 2, "ed", 2) == 0)))
            break;
        if (tk_is_punct(d, j, ',') && !modifier) break;
    }
    return -1;
}

/* "Brendan Buck, a spokesman for House Speaker Paul Ryan, said": the name found just before the
 * last comma (Ryan, ending at token e) sits inside an appositive that belongs to an earlier
 * name. Returns the last token of that earlier name, or -1 when there is none. */
static int appositive_owner(const Doc *d, int e, int lo, int v)
{
    int f = mention_first(d, e);
    for (int k = f - 1; k > lo && k >= v - APPOSITIVE_MAX_TOKENS; k--) {
        if (d->t[k].sent != d->t[v].sent || d->t[k].kind == TK_QUOTE) return -1;
        if (!tk_is_punct(d, k, ',')) continue;
        int a = k + 1; /* the appositive opens with a determiner, a role or a possessive */
        bool opener = tk_is(d, a, "a") || tk_is(d, a, "an") || tk_is(d, a, "the") ||
                      (tk_is_word(d, a) && (d->t[a].poss || (d->t[a].lex & (LX_ROLE | LX_ROLE_ADJ))));
        int n = k - 1; /* "Clinton, 35, the daughter of …": an age between name and appositive */
        if (tk_is_word(d, n) && d->t[n].digits && tk_is_punct(d, n - 1, ',')) n -= 2;
        if (opener && n >= lo && d->t[n].person >= 0 && d->t[n].person != d->t[e].person) return n;
        if (!(tk_is_word(d, n) && d->t[n].digits)) return -1;
    }
    return -1;
}

int ann_verb_subject(Doc *d, int v, int lo, int *sf, int *sl)
{
    *sf = *sl = -1;
    d->how = SUBJ_NONE;
    if ((d->t[v].lex & LX_ING) && after_speech_verb(d, v) >= 0)
        return ann_verb_subject(d, after_speech_verb(d, v), lo, sf, sl);
    if (d->t[v].lex & LX_ING) return participle_subject(d, v, lo, sf, sl);
    int j = v - 1;
    while (j >= lo && is_adverb(d, j)) j--;
    if (tk_is(d, j, "to") && tk_is(d, j - 1, "on") && /* "Bryne went on to say" */
        (tk_is(d, j - 2, "went") || tk_is(d, j - 2, "goes") || tk_is(d, j - 2, "go")))
        for (j -= 3; j >= lo && is_adverb(d, j);) j--;
    /* "Trump called on her to resign and said", "Carson did not name them, but told": a second
     * verb shares the clause's subject */
    if ((tk_is(d, j, "and") || tk_is(d, j, "but")) && j > lo &&
        (!tk_is_punct(d, j - 1, ',') || tk_is(d, j, "but")))
        return participle_subject(d, v, lo, sf, sl);
    if (tk_is_punct(d, j, ')')) /* "Sen. Elizabeth Warden (D-Ore.) said" */
        for (int k = j - 1; k >= lo && k > j - PAREN_MAX_TOKENS; k--)
            if (tk_is_punct(d, k, '(')) {
                j = k - 1;
                break;
            }
    if (j < lo || d->t[j].sent != d->t[v].sent || d->t[j].kind == TK_QUOTE || d->t[j].label)
        return inverted_subject(d, v, sf, sl);
    if (tk_is_punct(d, j, ',')) {
        /* "Name, appositive, said" (also ", 58, a former teacher,") or "the mayor's
         * spokeswoman, Name, said": the nearest name just before a comma. */
        for (int k = j; k > lo && k >= j - APPOSITIVE_MAX_TOKENS; k--) {
            int sq = tk_short_segment(d, k, SHORT_QUOTE_WORDS); /* "wearing “Ted Cruz” pins," */
            if (sq >= 0 && d->seg[sq].close == k && d->seg[sq].open > lo) {
                k = d->seg[sq].open;
                continue;
            }
            if (d->t[k].sent != d->t[v].sent || d->t[k].kind == TK_QUOTE) break;
            int e = k - 1; /* "Gov. John Kasich (R-OH), said" */
            if (tk_is_punct(d, k, ',') && tk_is_punct(d, e, ')'))
                for (int m = e - 1; m > lo && m > e - PAREN_MAX_TOKENS; m--)
                    if (tk_is_punct(d, m, '(')) {
                        e = m - 1;
                        break;
                    }
            if (tk_is_punct(d, k, ',') && e != k - 1 && e >= lo && d->t[e].person >= 0)
                return subject_ending_at(d, e, lo, sf, sl);
            if (tk_is_punct(d, k, ',') && d->t[k - 1].person >= 0) {
                int outer = appositive_owner(d, k - 1, lo, v);
                return subject_ending_at(d, outer >= 0 ? outer : k - 1, lo, sf, sl);
            }
        }
        return inverted_subject(d, v, sf, sl);
    }
    if (d->t[j].kind != TK_WORD) return -1;
    int owner = unclosed_appositive(d, v, lo, sf, sl); /* before "for Mayor Tom Reyes said" */
    return owner >= 0 ? owner : subject_ending_at(d, j, lo, sf, sl);
}

int ann_clause_subject(Doc *d, int lo, int mark, bool *sure)
{
    int first = -1, nearest = -1;
    *sure = false;
    for (int j = mark - 1; j >= lo && j > mark - ANN_SCAN_WINDOW; j--) {
        if (d->t[j].seg >= 0 || d->t[j].person < 0) continue;
        if (j > 0 && d->t[j - 1].person == d->t[j].person) continue;
        first = j;
        if (nearest < 0) nearest = j;
    }
    if (first < 0) return -1;
    int who = d->t[first].person;
    *sure = subject_like(d, mention_last(d, first)) && d->t[nearest].person == who;
    for (int k = first; *sure && k < mark; k++)
        if (d->t[k].seg < 0 && referent(d, k) >= 0 && referent(d, k) != who) *sure = false;
    return *sure ? who : d->t[nearest].person;
}
