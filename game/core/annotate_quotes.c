/* annotate_quotes.c — direct quotations and who said them.
 *
 * Segments (runs of quoted text in one paragraph, from annotate_tokens.c) are grouped into
 * quotations: a segment left open at a paragraph break continues into the next paragraph's, and
 * “A,” Osei said. “B.” is one quotation when B has no attribution of its own.
 *
 * The speaker of a quotation, tried in this order:
 *   0. a signature (annotate_signature.c): a last line inside the marks, or a next paragraph
 *      after a dash, that is only a name and an affiliation (a pull quote of web news);
 *   1. a cue right after a segment that ends with , ? ! or a dash: “…,” Osei said / “…,” said
 *      Osei / “…,” she said / “…,” according to …;
 *   2. the nearest speech verb earlier in its sentence: Gitcho added that "…" /
 *      Osei said the district was “…” (partial quotes) / Voss went further, telling the board …;
 *      or the subject of the clause before a colon or comma: Osei put it plainly: “…” /
 *      Clinton shot back, “…”; or a cue closing the sentence the quotation opens, or a
 *      sentence just before it that ends in a speech verb (Bystrom agreed. “…”);
 *   3. a paragraph that is only this quotation continues the last speaker of the previous
 *      paragraph;
 *   4. otherwise the last speaker earlier in the same paragraph.
 * Before 3, an interrupted quotation followed by a name and a verb outside the list (“…,”
 * Hannity started.) is that person's, with medium confidence.
 * The subject of the cue verb is found by ann_verb_subject (annotate_subject.c), which also
 * resolves he/she and says how it found the subject; that gives each quotation its reason and
 * confidence (annotate.h). A short run of capitalised words in quote marks mid-sentence is a
 * title (“Game of Thrones”) and gets no speaker at all. */
#include "annotate_internal.h"
#include <stdlib.h>
#include <string.h>

#define CUE_MAX_WORDS 16
#define SPLIT_MAX_WORDS 20 /* “A,” asked Linda Hayes, a bus driver and …. “B.” */

typedef struct Cue {
    int verb;        /* the speech verb, or -1 */
    int speaker;     /* person or -1 */
    int first, last; /* tokens of the cue as written */
    AnnReason reason;
    bool full;       /* a description matching the whole role: sure enough for a speaker */
} Cue;

static AnnReason reason_of(SubjHow how)
{
    switch (how) {
    case SUBJ_NAME: return ANN_REASON_NAME;
    case SUBJ_PRONOUN: return ANN_REASON_PRONOUN;
    case SUBJ_DESCRIPTION:
    case SUBJ_DESCRIBED_FULLY: return ANN_REASON_DESCRIPTION;
    case SUBJ_PARTICIPLE: return ANN_REASON_PARTICIPLE;
    case SUBJ_PRONOUN_AMB:
    case SUBJ_PARTICIPLE_AMB: return ANN_REASON_GUESS;
    case SUBJ_NONE: break;
    }
    return ANN_REASON_NONE;
}

static bool is_speech(const Doc *d, int i)
{
    return tk_is_word(d, i) && (d->t[i].lex & LX_CUE) && !d->t[i].label && d->t[i].seg < 0;
}

static bool according_to(const Doc *d, int i)
{
    return tk_is(d, i, "according") && tk_is(d, i + 1, "to") && d->t[i].seg < 0;
}

/* "according to X": X is the first person named within a few words, else nobody. */
static Cue according_cue(Doc *d, int v)
{
    Cue c = {v, -1, v, v + 1, ANN_REASON_NAME, false};
    for (int j = v + 2; j < d->n && j < v + 10 && d->t[j].sent == d->t[v].sent; j++) {
        if (d->t[j].kind != TK_WORD) break;
        c.last = j;
        if (d->t[j].person >= 0) {
            c.speaker = d->t[j].person;
            while (c.last + 1 < d->n && c.last < j + 4 && d->t[c.last + 1].person == c.speaker)
                c.last++;
            break;
        }
    }
    return c;
}

/* Is token i a word for a source left unnamed ("sources", "an official", "aides")? */
static bool unnamed_source(const Doc *d, int i)
{
    static const char *const W[] = {"adviser", "advisers", "advisor", "advisors", "aide", "aides",
                                    "allies", "associates", "insider", "insiders", "official",
                                    "officials", "source", "sources", "witnesses", NULL};
    for (int k = 0; W[k]; k++)
        if (tk_is(d, i, W[k])) return true;
    return false;
}

/* "Sources have said he said “…”": the cue's subject is itself inside a clause reported by
 * someone else (a speech verb, and perhaps "that", right before it): another person named, or
 * sources left unnamed. The words come second-hand, so whose they are is a guess. */
static bool reported_by_other(Doc *d, int subj_first, int lo, int who)
{
    int v = tk_is(d, subj_first - 1, "that") ? subj_first - 2 : subj_first - 1;
    if (v < lo || !tk_is_word(d, v) || !(d->t[v].lex & (LX_CUE | LX_CLAIM)) ||
        (d->t[v].lex & (LX_ING | LX_TELL)) || d->t[v].cap || d->t[v].seg >= 0)
        return false;
    int sf, sl;
    SubjHow how = d->how;
    int outer = ann_verb_subject(d, v, lo, &sf, &sl);
    d->how = how;
    if (outer >= 0) return outer != who;
    int head = v - 1;
    while (head > lo && (tk_is(d, head, "have") || tk_is(d, head, "has") || tk_is(d, head, "had")))
        head--;
    return unnamed_source(d, head);
}

static Cue verb_cue(Doc *d, int v, int lo)
{
    int sf, sl;
    Cue c = {v, ann_verb_subject(d, v, lo, &sf, &sl), v, v, reason_of(d->how), false};
    c.full = d->how == SUBJ_DESCRIBED_FULLY;
    if (c.speaker >= 0 && sf >= 0 && sf < v && reported_by_other(d, sf, lo, c.speaker))
        c.reason = ANN_REASON_GUESS;
    if (sf >= 0 && sf < c.first) c.first = sf;
    if (sl > c.last) c.last = sl;
    return c;
}

/* Does the segment's text end like an interrupted sentence (“…,” she said)? */
static bool ends_open(const Doc *d, const Seg *s)
{
    if (s->close < 0) return false;
    int k = s->close - 1;
    while (k > s->first && (d->t[k].kind == TK_QUOTE || tk_is_punct(d, k, '\'')))
        k--; /* “… "just say no,"” */
    if (k >= s->first && d->t[k].kind == TK_PUNCT) {
        uint32_t c = d->t[k].ch;
        if (c == ',' || c == '?' || c == '!' || c == 0x2014 || c == 0x2013 || c == 0x2026 ||
            c == '-')
            return true;
    }
    return tk_is_punct(d, s->close + 1, ',');
}

/* The full stop of "Gov." or "J." in a cue, which ends no sentence; nor does one followed by a
 * comma or parenthesis ("Rep. Glenn Thompson, R-Pa., said", "Harry Reid (D-Nev.) said"). */
static bool abbrev_dot(const Doc *d, int j)
{
    if (!tk_is_punct(d, j, '.') || j == 0) return false;
    if ((tk_is_punct(d, j + 1, ',') || tk_is_punct(d, j + 1, ')')) && d->t[j + 1].para == d->t[j].para)
        return true;
    if (!tk_is_word(d, j - 1)) return false;
    const Tok *w = &d->t[j - 1];
    return (w->lex & (LX_TITLE | LX_HONORIFIC)) || (w->cap && w->end - w->start == 1) ||
           w->initials;
}

/* “… missing.” Trump said. — a quotation closed by a full stop, then a short sentence that is
 * only its attribution (common in wire copy). At most TRAILING_CUE_WORDS words, a speech verb
 * among them, and nothing else before the full stop. */
#define TRAILING_CUE_WORDS 5
static bool trailing_cue(const Doc *d, const Seg *s)
{
    if (s->close < 0 || !tk_is_word(d, s->close + 1) || d->t[s->close + 1].para != s->para)
        return false;
    int words = 0;
    bool speech = false;
    for (int j = s->close + 1; j < d->n && d->t[j].para == s->para; j++) {
        if (d->t[j].kind == TK_QUOTE) return false;
        if (tk_is_punct(d, j, '.') && !abbrev_dot(d, j)) return speech;
        if (abbrev_dot(d, j)) continue;
        if (d->t[j].kind == TK_PUNCT && d->t[j].ch != '\'') return false;
        if (d->t[j].kind == TK_WORD && ++words > TRAILING_CUE_WORDS) return false;
        speech = speech || ((d->t[j].lex & LX_CUE) && !(d->t[j].lex & LX_ING));
    }
    return speech;
}

/* “Why now?” Mills then writes back, “You look cute.” — after a quotation that ends its own
 * sentence (? ! or a full stop), a cue that runs on into ", “" or ": “" introduces the next
 * quotation, not this one. (After a comma, “A,” Osei said, “B.” is one split quotation.) */
#define NEXT_QUOTE_TOKENS 8
static bool ends_own_sentence(const Doc *d, const Seg *s)
{
    int k = s->close - 1;
    while (k > s->first && (d->t[k].kind == TK_QUOTE || tk_is_punct(d, k, '\'')))
        k--;
    return tk_is_punct(d, k, '?') || tk_is_punct(d, k, '!') || tk_is_punct(d, k, '.');
}

static bool cue_leads_on(const Doc *d, const Seg *s, int verb)
{
    if (!ends_own_sentence(d, s)) return false;
    for (int j = verb + 1; j < d->n && j <= verb + NEXT_QUOTE_TOKENS; j++) {
        if (d->t[j].sent != d->t[verb].sent || tk_is_punct(d, j, '.')) return false;
        if (d->t[j].kind == TK_QUOTE)
            return d->t[j].qrole == Q_OPEN && (tk_is_punct(d, j - 1, ',') || tk_is_punct(d, j - 1, ':'));
    }
    return false;
}

/* “… anyone this cycle,” while Sen. Collins and Rep. Gohmert suggested …: a conjunction right
 * after the quotation opens another clause, whose subject did not say these words. */
static bool opens_clause(const Doc *d, int j)
{
    static const char *const W[] = {"although", "and", "but", "because", "though", "whereas",
                                    "while", "yet", NULL};
    for (int k = 0; W[k]; k++)
        if (tk_is(d, j, W[k])) return true;
    return false;
}

/* “…,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said … — a short quotation (a name
 * or a title) inside an appositive, after a name and its comma, is part of the cue, not its end:
 * the token after its closing mark, or -1. */
static int past_appositive_quote(const Doc *d, int j, int lo)
{
    int si = tk_short_segment(d, j, 4);
    if (si < 0 || d->seg[si].open != j || d->seg[si].para != d->t[j].para ||
        ends_own_sentence(d, &d->seg[si]))
        return -1;
    for (int k = lo; k + 1 < j; k++)
        if (d->t[k].person >= 0 && tk_is_punct(d, k + 1, ',')) return d->seg[si].close + 1;
    return -1;
}

/* 1. A cue right after segment s. */
static Cue post_cue(Doc *d, const Seg *s)
{
    Cue none = {-1, -1, -1, -1, ANN_REASON_NONE, false};
    if (!ends_open(d, s) && !trailing_cue(d, s)) return none;
    int lo = s->close + 1, words = 0;
    if (tk_is_punct(d, lo, ',')) lo++;
    if (opens_clause(d, lo)) return none;
    for (int j = lo; j < d->n && j < lo + ANN_SCAN_WINDOW && d->t[j].para == s->para; j++) {
        const Tok *t = &d->t[j];
        if (abbrev_dot(d, j)) continue;
        if (t->kind == TK_QUOTE && past_appositive_quote(d, j, lo) > j) {
            j = past_appositive_quote(d, j, lo) - 1;
            continue;
        }
        if (t->kind == TK_QUOTE || (t->kind == TK_PUNCT && (t->ch == '.' || t->ch == '!' ||
                                                            t->ch == '?' || t->ch == ';')))
            break;
        if (t->kind != TK_WORD) continue;
        if (++words > CUE_MAX_WORDS) break;
        if (according_to(d, j) && j == lo) return according_cue(d, j);
        if (is_speech(d, j)) {
            if (cue_leads_on(d, s, j)) return none;
            Cue c = verb_cue(d, j, lo);
            d->t[j].cue = true;
            return c;
        }
    }
    return none;
}

/* First token of the sentence before segment s (labels skipped): the region of its cue. The
 * nearest speech verb wins, so an earlier quotation in the sentence needs no special case. */
static int pre_region(const Doc *d, int seg)
{
    const Seg *s = &d->seg[seg];
    int lo = tk_sentence_first(d, s->open);
    while (lo < s->open && d->t[lo].label) lo++;
    return lo;
}

/* "Rep. Trey Gowdy (R-S.C.): “…”", "Pollsters agree - Carl Bialik: “…”": a name, with only its
 * title or role before it, standing alone before the colon that opens the quotation (after the
 * sentence start or a dash) labels the speaker, as in a transcript. The person, or -1;
 * *first is the label's first token. */
#define LABEL_MAX_WORDS 8
static int speaker_label(const Doc *d, int colon, int *first)
{
    int e = colon - 1;
    if (tk_is_punct(d, e, ')')) /* "(R-S.C.)" */
        for (int k = e - 1; k > colon - 12 && k >= 0; k--)
            if (tk_is_punct(d, k, '(')) {
                e = k - 1;
                break;
            }
    if (e < 0 || d->t[e].person < 0 || d->t[e].seg >= 0) return -1;
    int who = d->t[e].person, words = 0;
    *first = e;
    for (int k = e - 1; k >= 0 && d->t[k].sent == d->t[colon].sent; *first = k--) {
        const Tok *t = &d->t[k];
        if (t->kind == TK_PUNCT && (t->ch == '-' || t->ch == 0x2014 || t->ch == 0x2013)) break;
        if (t->kind == TK_PUNCT && t->ch == '.' && k > 0 && tk_is_word(d, k - 1)) continue;
        if (t->kind != TK_WORD || t->seg >= 0 || ++words > LABEL_MAX_WORDS) return -1;
        /* "Mark Blumenthal and Jon Cohen:" — two authors: the first named speaks for both */
        if (tk_is(d, k, "and") && k > 0 && d->t[k - 1].person >= 0 && d->t[k - 1].person != who) {
            who = d->t[k - 1].person;
            continue;
        }
        bool role = t->cap || (t->lex & (LX_TITLE | LX_ROLE | LX_ROLE_ADJ)) || tk_is(d, k, "of") ||
                    tk_is(d, k - 1, "of") || /* "Former secretary of state Hillary Clinton:" */
                    (tk_is(d, k, "from") && tk_is(d, k - 1, "more")); /* "More from Jones:" */
        if (t->person >= 0 ? t->person != who : !role) return -1;
    }
    return who;
}

/* "An aide said Netanyahu “will meet any candidate”": a name right before the opening mark of a
 * quotation that goes on in lower case is the subject of the quoted words, not their speaker.
 * The person, or -1. */
static int quoted_predicate_subject(const Doc *d, const Seg *s)
{
    int b = s->open - 1;
    if (b < 0 || !tk_is_word(d, b) || d->t[b].person < 0 || d->t[b].seg >= 0 || d->t[b].poss)
        return -1;
    if (s->first >= s->last || !tk_is_word(d, s->first) || d->t[s->first].cap) return -1;
    return d->t[b].person;
}

/* 2. A speech verb (or a named person and a colon) before segment s in its sentence. */
static Cue pre_cue(Doc *d, int seg)
{
    Cue none = {-1, -1, -1, -1, ANN_REASON_NONE, false};
    const Seg *s = &d->seg[seg];
    int lo = pre_region(d, seg);
    if (lo < s->open - ANN_SCAN_WINDOW) lo = s->open - ANN_SCAN_WINDOW;
    for (int j = s->open - 1; j >= lo; j--) {
        if (according_to(d, j)) return according_cue(d, j);
        if (!is_speech(d, j)) continue;
        Cue c = verb_cue(d, j, lo);
        /* another clause's subject between the verb and the quotation: whose words these are
         * is a guess ("He tweeted when Clinton ended the debate, remarking, “…”") */
        if (c.speaker >= 0 && ann_other_subject(d, j + 1, s->open, c.speaker))
            c.reason = ANN_REASON_GUESS;
        if (c.speaker >= 0 && quoted_predicate_subject(d, s) == c.speaker) c.speaker = -1;
        return c;
    }
    bool colon = tk_is_punct(d, s->open - 1, ':'), comma = tk_is_punct(d, s->open - 1, ',');
    int label_first, label = colon ? speaker_label(d, s->open - 1, &label_first) : -1;
    if (label >= 0) return (Cue){-1, label, label_first, s->open - 1, ANN_REASON_NAME, false};
    if (s->open - 1 >= lo && (colon || comma)) {
        bool sure;
        int clause = lo; /* a comma's clause: from the previous comma ("After X criticized Y, Z
                            shot back, “…”") */
        for (int j = s->open - 2; comma && j > lo; j--)
            if (tk_is_punct(d, j, ',') && d->t[j].seg < 0) {
                clause = j + 1;
                break;
            }
        int who = ann_clause_subject(d, clause, s->open - 1, &sure);
        if (who < 0 || (comma && !sure)) return none;
        int j = s->open - 2;
        while (j > lo && d->t[j].person != who) j--;
        Cue c = {-1, who, j, s->open - 1,
                 !sure ? ANN_REASON_GUESS : colon ? ANN_REASON_NAME : ANN_REASON_SUBJECT, false};
        while (c.first > lo && c.first > j - 4 && d->t[c.first - 1].person == c.speaker)
            c.first--;
        return c;
    }
    return none;
}

/* Does segment `seg` carry its own attribution, so that it starts a new quotation? */
static bool has_own_cue(const Doc *d, const Seg *s)
{
    if (!ends_open(d, s)) return false;
    int words = 0;
    for (int j = s->close + 1; j < d->n && d->t[j].para == s->para && words <= CUE_MAX_WORDS; j++) {
        if (d->t[j].kind == TK_QUOTE || (tk_is_punct(d, j, '.') && !abbrev_dot(d, j))) break;
        words += d->t[j].kind == TK_WORD;
        if (is_speech(d, j) || according_to(d, j)) return true;
    }
    return false;
}

/* “A,” Osei said. “B.” — B joins A's quotation when only a short cue, ending in punctuation,
 * lies between them, all in one sentence. Not
 * in “A,” he said. Ruiz called it “B.”, nor in a dialogue: “A,” Franken said. Silverman
 * responded, “B.” (two cues, two speakers). */
static bool splits_around_cue(const Doc *d, const Seg *a, const Seg *b)
{
    if (a->para != b->para || a->close < 0 || !ends_open(d, a) || has_own_cue(d, b)) return false;
    const Tok *before = &d->t[b->open - 1];
    if (before->kind != TK_PUNCT || !(before->ch == ',' || before->ch == '.' || before->ch == ':'))
        return false;
    if (before->ch != '.' && ends_own_sentence(d, a)) return false; /* “A?” X writes back, “B.” */
    int words = 0;
    bool speech = false;
    for (int j = a->close + 1; j < b->open && j < a->close + ANN_SCAN_WINDOW; j++) {
        words += d->t[j].kind == TK_WORD;
        speech = speech || is_speech(d, j);
        if (d->t[j].sent != d->t[b->open - 1].sent) return false;
    }
    return speech && words <= SPLIT_MAX_WORDS && b->open < a->close + ANN_SCAN_WINDOW;
}

static bool new_quote(Doc *d, int seg)
{
    if (!ann_grow(d, (void **)&d->qq, &d->cap_qq, d->n_qq, sizeof(QuoteB))) return false;
    QuoteB *q = &d->qq[d->n_qq++];
    memset(q, 0, sizeof *q);
    q->first_seg = q->last_seg = seg;
    q->pub.speaker = -1;
    d->seg[seg].quote = (int)d->n_qq - 1;
    return true;
}

static bool group_segments(Doc *d)
{
    for (int i = 0; i < d->n_seg; i++) {
        Seg *s = &d->seg[i];
        const Seg *prev = i > 0 ? &d->seg[i - 1] : NULL;
        bool continued = prev && prev->continues && s->para == prev->para + 1 &&
                         s->open == d->para[s->para].first;
        if (prev && (continued || splits_around_cue(d, prev, s))) {
            s->quote = prev->quote;
            d->qq[s->quote].last_seg = i;
        } else if (!new_quote(d, i)) {
            return false;
        }
    }
    return true;
}

bool ann_only_quote(const Doc *d, int p, int q)
{
    const Para *pa = &d->para[p];
    return pa->words_outside == 0 && pa->first_seg >= 0 && d->seg[pa->first_seg].quote == q &&
           d->seg[pa->last_seg].quote == q;
}

/* "Trump issued the following statement:" / "Clinton released a statement:" — the verb whose
 * statement the colon at token i+1 introduces, or -1. */
static int statement_verb(const Doc *d, int i)
{
    if (!tk_is(d, i, "statement") || !tk_is_punct(d, i + 1, ':') || d->t[i].seg >= 0) return -1;
    int v = i - 1;
    if (tk_is(d, v, "following") && tk_is(d, v - 1, "the")) v -= 2;
    else if (tk_is(d, v, "a") || tk_is(d, v, "this")) v--;
    else return -1;
    return tk_is(d, v, "issued") || tk_is(d, v, "released") ? v : -1;
}

/* The last person heard in paragraph p before token `before`: the speaker of an earlier
 * quotation (index below upto_quote) or the subject of a speech verb or of a statement's
 * release, whichever is later. */
static int last_speaker(Doc *d, int p, int before, int upto_quote)
{
    int lo = d->para[p].first;
    if (lo < before - ANN_PRONOUN_WINDOW) lo = before - ANN_PRONOUN_WINDOW;
    for (int j = before - 1; j >= lo; j--) {
        int s = d->t[j].seg;
        if (s >= 0 && d->seg[s].quote < upto_quote && d->qq[d->seg[s].quote].pub.speaker >= 0)
            return d->qq[d->seg[s].quote].pub.speaker;
        int v = statement_verb(d, j);
        if (v < 0 && (!is_speech(d, j) || (d->t[j].lex & LX_ING))) continue;
        int sf, sl, who = ann_verb_subject(d, v >= 0 ? v : j, d->para[p].first, &sf, &sl);
        if (who >= 0) return who;
    }
    return -1;
}

/* “…” about fixing inequality, said Marla Kilfoyle. / “…” by the shooting, Nefzi said. — a
 * quotation that opens its sentence, which goes on in the writer's words and ends with the
 * attribution: a speech verb among the first words after the last comma (or right after the
 * quotation when there is no comma), with no other quotation in the sentence. */
#define CLOSING_CUE_WORDS 6
static Cue closing_cue(Doc *d, const Seg *s)
{
    Cue none = {-1, -1, -1, -1, ANN_REASON_NONE, false};
    if (s->close < 0 || pre_region(d, (int)(s - d->seg)) != s->open) return none;
    int last = tk_sentence_last(d, s->close);
    if (last - s->close > ANN_SCAN_WINDOW) return none;
    for (int j = s->close + 1; j <= last; j++)
        if (d->t[j].kind == TK_QUOTE) return none;
    for (int lo = last; lo > s->close; lo--) { /* the latest clause that opens with a cue */
        if (!tk_is_punct(d, lo - 1, ',') && lo != s->close + 1) continue;
        for (int j = lo, words = 0; j <= last && words < CLOSING_CUE_WORDS; j++) {
            words += d->t[j].kind == TK_WORD;
            if (tk_is_punct(d, j, ',')) break;
            if (is_speech(d, j) && !(d->t[j].lex & LX_ING)) {
                Cue c = verb_cue(d, j, lo);
                d->t[j].cue = true;
                return c;
            }
        }
    }
    return none;
}

/* "Bystrom agreed. “…”" / "Lau, the party's spokesman, said in a statement. “…”" — a
 * quotation opening a sentence right after one, in the same paragraph and with no quotation of
 * its own, that ends in a speech verb with a named subject (a short phrase such as "in a
 * statement" may follow the verb, but no object or clause). */
#define LEAD_TAIL_WORDS 4
static Cue lead_sentence_cue(Doc *d, const Seg *s)
{
    Cue none = {-1, -1, -1, -1, ANN_REASON_NONE, false};
    int a = tk_sentence_first(d, s->open);
    if (a != s->open || a == 0 || !tk_ends_sentence(d, a - 1) || d->t[a - 1].para != d->t[a].para)
        return none;
    int end = a - 1, lo = tk_sentence_first(d, end);
    for (int j = lo; j <= end; j++)
        if (d->t[j].kind == TK_QUOTE || d->t[j].seg >= 0) return none;
    int v = end - 1;
    while (v > lo && v >= end - 1 - LEAD_TAIL_WORDS && !is_speech(d, v)) v--;
    if (!is_speech(d, v) || (d->t[v].lex & (LX_ING | LX_TELL)) || d->t[v].cap) return none;
    if (v + 1 < end && !(d->t[v + 1].lex & LX_PREP)) return none; /* "said the plan failed." */
    for (int j = v + 1; j < end; j++)
        if (!tk_is_word(d, j) || (d->t[j].lex & (LX_CUE | LX_CLAIM)) || tk_is(d, j, "that"))
            return none;
    Cue c = verb_cue(d, v, lo);
    if (c.speaker < 0 || c.reason != ANN_REASON_NAME) return none;
    d->t[v].cue = true;
    return c;
}

/* “…,” Hannity started. / “…,” Clinton shot back. — an interrupted quotation followed by a
 * person's name and a short verb phrase outside the list of speech verbs, then the sentence's
 * end: the verb names how the person spoke. Tried only when no other cue is found; the first
 * word after the name must read as a past-tense verb (-ed, or "shot"), and the person is never
 * an organisation. Medium confidence: the verb is not known to report speech. */
#define TAIL_VERB_WORDS 2
static Cue named_tail_cue(const Doc *d, const Seg *s)
{
    Cue none = {-1, -1, -1, -1, ANN_REASON_NONE, false};
    if (!ends_open(d, s)) return none;
    int j = s->close + 1 + tk_is_punct(d, s->close + 1, ',');
    if (!tk_is_word(d, j) || d->t[j].person < 0 || d->t[j].para != s->para ||
        !ann_mention_start(d, j) || d->pp[d->t[j].person].pub.kind == ANN_KIND_ORGANISATION)
        return none;
    int e = ann_mention_end(d, j), v = e + 1, k = v;
    if (d->t[e].poss || !tk_is_word(d, v) || d->t[v].cap) return none;
    size_t n = d->t[v].end - d->t[v].start;
    if (!(n > 3 && memcmp(d->s + d->t[v].end - 2, "ed", 2) == 0) && !tk_is(d, v, "shot"))
        return none;
    while (k < v + TAIL_VERB_WORDS && tk_is_word(d, k) && !d->t[k].cap && d->t[k].person < 0) k++;
    if (!(tk_is_punct(d, k, '.') || tk_is_punct(d, k, '!')) || d->t[k].para != s->para)
        return none;
    return (Cue){-1, d->t[j].person, j, k - 1, ANN_REASON_SUBJECT, false};
}

static Cue find_cue(Doc *d, const QuoteB *q)
{
    Cue c = post_cue(d, &d->seg[q->first_seg]);
    if (c.verb < 0 && c.speaker < 0) c = pre_cue(d, q->first_seg);
    for (int s = q->first_seg + 1; c.verb < 0 && c.speaker < 0 && s <= q->last_seg; s++)
        c = post_cue(d, &d->seg[s]);
    if (c.verb < 0 && c.speaker < 0) c = closing_cue(d, &d->seg[q->first_seg]);
    if (c.verb < 0 && c.speaker < 0) c = lead_sentence_cue(d, &d->seg[q->first_seg]);
    for (int s = q->first_seg; c.verb < 0 && c.speaker < 0 && s <= q->last_seg; s++)
        c = named_tail_cue(d, &d->seg[s]);
    return c;
}

/* A short run of capitalised words in quote marks in the middle of a sentence is a title or a
 * name ("enjoys “Modern Family.”", "a “Shop the Falls” weekend", “Criminal Minds,” “Veep”),
 * not words anyone said: two to TITLE_MAX_WORDS words, every one capitalised or a short
 * function word, opened mid-sentence, not after a colon, and with no cue right after it; or
 * any such run right after a possessive ("Fox News Channel's “Hannity,”"). */
#define TITLE_MAX_WORDS 6
static bool title_like(const Doc *d, const QuoteB *q)
{
    const Seg *s = &d->seg[q->first_seg];
    if (q->first_seg != q->last_seg || s->close < 0) return false;
    int words = 0;
    for (int j = s->first; j < s->last; j++) {
        const Tok *t = &d->t[j];
        if (t->kind == TK_QUOTE) return false;
        if (t->kind == TK_PUNCT && !(t->ch == ',' || t->ch == '.' || t->ch == '\'' || t->ch == '-' ||
                                     t->ch == ':' || t->ch == '&'))
            return false;
        if (t->kind != TK_WORD) continue;
        bool minor = words > 0 && (tk_is(d, j, "of") || tk_is(d, j, "the") || tk_is(d, j, "a") ||
                                   tk_is(d, j, "an") || tk_is(d, j, "and") || tk_is(d, j, "in") ||
                                   tk_is(d, j, "on") || tk_is(d, j, "for") || tk_is(d, j, "to"));
        if ((!t->cap && !minor && !t->digits) || ++words > TITLE_MAX_WORDS) return false;
    }
    /* "on Fox News Channel's “Hannity,” Newt Gingrich said": after a possessive, even one word
     * is a title, whatever follows it */
    bool after_poss = tk_is_word(d, s->open - 1) && d->t[s->open - 1].poss;
    if (after_poss && words >= 1) return true;
    if (words < 2 || tk_sentence_first(d, s->open) == s->open || tk_is_punct(d, s->open - 1, ':'))
        return false;
    for (int j = s->close + 1; j < d->n && j <= s->close + 3; j++)
        if (is_speech(d, j) || according_to(d, j)) return false;
    return true;
}

static void attribute(Doc *d, int qi)
{
    QuoteB *q = &d->qq[qi];
    const Seg *first = &d->seg[q->first_seg];
    if (title_like(d, q)) {
        q->pub.reason = ANN_REASON_TITLE;
        return;
    }
    Cue c = {-1, -1, -1, -1, ANN_REASON_NAME, false};
    c.speaker = ann_signature(d, qi, &c.first, &c.last);
    if (c.speaker < 0) c = find_cue(d, q);
    if (c.verb >= 0 || c.speaker >= 0) {
        q->pub.via = ANN_VIA_CUE;
        q->pub.speaker = c.speaker;
        q->pub.cue = ann_copy(d, d->t[c.first].start, d->t[c.last].end);
        q->pub.cue_span = (AnnSpan){d->t[c.first].start, d->t[c.last].end};
        q->pub.reason = c.speaker >= 0 ? c.reason : ANN_REASON_NONE;
        q->pub.confidence = annotation_confidence(q->pub.reason);
        if (c.full && c.speaker >= 0 && c.reason == ANN_REASON_DESCRIPTION)
            q->pub.confidence = ANN_CONF_MEDIUM;
        return;
    }
    int p = first->para, who = -1;
    if (ann_only_quote(d, p, qi)) {
        who = p > 0 ? last_speaker(d, p - 1, d->para[p - 1].last, qi) : -1;
        q->pub.via = who >= 0 ? ANN_VIA_CONTINUED : ANN_VIA_NONE;
    } else {
        who = last_speaker(d, p, first->open, qi);
        q->pub.via = who >= 0 ? ANN_VIA_CONTEXT : ANN_VIA_NONE;
    }
    q->pub.speaker = who;
    q->pub.reason = who < 0                          ? ANN_REASON_NONE
                    : q->pub.via == ANN_VIA_CONTINUED ? ANN_REASON_CARRIED
                                                      : ANN_REASON_CONTEXT;
    q->pub.confidence = annotation_confidence(q->pub.reason);
}

/* Text, span and parts of quotation qi: its segments, joined by a space or a paragraph break. */
static bool fill_text(Doc *d, int qi)
{
    QuoteB *q = &d->qq[qi];
    size_t n = (size_t)(q->last_seg - q->first_seg + 1), total = 0;
    AnnSpan *parts = arena_array(d->arena, n, sizeof(AnnSpan));
    if (!parts) return false;
    for (size_t k = 0; k < n; k++) {
        const Seg *s = &d->seg[q->first_seg + (int)k];
        parts[k] = (AnnSpan){s->start, s->end};
        total += s->end - s->start + 2;
    }
    char *text = arena_alloc(d->arena, total + 1), *o = text;
    if (!text) return false;
    for (size_t k = 0; k < n; k++) {
        if (k) {
            bool para = d->seg[q->first_seg + (int)k].para != d->seg[q->first_seg + (int)k - 1].para;
            memcpy(o, para ? "\n\n" : " ", para ? 2 : 1);
            o += para ? 2 : 1;
        }
        memcpy(o, d->s + parts[k].start, parts[k].end - parts[k].start);
        o += parts[k].end - parts[k].start;
    }
    *o = '\0';
    q->pub.text = text;
    q->pub.parts = parts;
    q->pub.n_parts = n;
    q->pub.span = (AnnSpan){parts[0].start, parts[n - 1].end};
    return true;
}

bool ann_quotes(Doc *d)
{
    if (!group_segments(d)) return false;
    for (int i = 0; i < d->n_seg; i++) post_cue(d, &d->seg[i]); /* marks every cue verb */
    for (size_t i = 0; i < d->n_qq; i++) {
        attribute(d, (int)i);
        if (!fill_text(d, (int)i)) {
            d->oom = true;
            return false;
        }
    }
    return !d->oom;
}
