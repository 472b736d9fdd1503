/* draft_compare.c — comparison questions for a draft made from several articles (see draft.h).
 *
 * Each pair of articles gives questions from what compare.c is sure of:
 *   - "Which article quotes X?" (the two outlets and "Both"): X surely quoted in both, or in one
 *     and never named in the other;
 *   - "Who is quoted in A but not in B?": the right choice is never named in B; every distractor
 *     is surely quoted in B;
 *   - "Which article prints these words of X?": the words are in both as X's, or in one only and
 *     not even four of them in a row in the other;
 *   - "Which outlet reports as a fact that …?": one attributes the statement, the other states it;
 *   - different dates for one event, different counts of one thing: "Which does B give?".
 * Every question is tagged "compare", and each evidence passage names its article. */
#include "date.h"
#include "draft_compare.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static cJSON *question(DraftSet *s, const char *kind, const char *prompt, const char *explanation,
                       const char *note)
{
    cJSON *q = cJSON_CreateObject();
    char id[32];
    snprintf(id, sizeof id, "compare-%d", ++s->next_id);
    cJSON_AddStringToObject(q, "id", id);
    cJSON_AddStringToObject(q, "kind", kind);
    cJSON_AddStringToObject(q, "format", "choice");
    cJSON_AddStringToObject(q, "prompt", prompt);
    cJSON_AddStringToObject(q, "explanation", explanation);
    cJSON_AddStringToObject(q, "note", note);
    cJSON *tags = cJSON_AddArrayToObject(q, "tags");
    cJSON_AddItemToArray(tags, cJSON_CreateString("draft"));
    cJSON_AddItemToArray(tags, cJSON_CreateString("compare"));
    cJSON_AddArrayToObject(q, "evidence");
    cJSON_AddItemToArray(s->questions, q);
    return q;
}

/* Adds the sentence of article k holding offset as evidence, unless it is already there. */
static bool evidence(DraftSet *s, cJSON *q, size_t k, size_t offset)
{
    cJSON *p = draft_article_passage(&s->ctx[k], s->ids[k], offset);
    if (!p) return false;
    cJSON *ev = cJSON_GetObjectItemCaseSensitive(q, "evidence"), *e;
    const char *text = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(p, "quote"));
    cJSON_ArrayForEach(e, ev)
    {
        const char *t = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "quote"));
        const char *a = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(e, "article"));
        if (t && a && strcmp(t, text) == 0 && strcmp(a, s->ids[k]) == 0) {
            cJSON_Delete(p);
            return true;
        }
    }
    if (cJSON_GetArraySize(ev) >= 8) { /* PACK_MAX_EVIDENCE */
        cJSON_Delete(p);
        return true;
    }
    cJSON_AddItemToArray(ev, p);
    return true;
}

/* Choices [list...], the right one at index `right`. */
static void choices(cJSON *q, const char *const *list, int n, int right)
{
    cJSON_AddItemToObject(q, "choices", cJSON_CreateStringArray(list, n));
    cJSON_AddNumberToObject(q, "answer", right);
}

/* The question is kept only when its evidence could be built; otherwise it is removed. Returns
 * whether it was kept. */
static bool keep_if(DraftSet *s, cJSON *q, bool ok)
{
    if (ok && cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(q, "evidence")) > 0) return true;
    cJSON_DetachItemViaPointer(s->questions, q);
    cJSON_Delete(q);
    return false;
}

/* "Which article quotes X?" or, with more than two articles, "Of A and B, which quotes X?" */
static void pair_prompt(const DraftSet *s, size_t a, size_t b, const char *what, char *out, size_t size)
{
    if (s->n == 2) snprintf(out, size, "Which article %s?", what);
    else snprintf(out, size, "Of %s and %s, which %s?", s->outlets[a], s->outlets[b], what);
}

static const AnnQuote *sure_quote(const DraftSet *s, const ComparePerson *p, size_t k)
{
    return p->quote[k] >= 0 ? &s->ctx[k].ann->quotes[p->quote[k]] : NULL;
}

/* ---- who is quoted -------------------------------------------------------------------------- */

static bool which_quotes(DraftSet *s, size_t a, size_t b, size_t pi)
{
    const ComparePerson *p = &s->cmp->people[pi];
    const AnnQuote *qa = sure_quote(s, p, a), *qb = sure_quote(s, p, b);
    int right = qa && qb ? 2 : qa && !p->mentioned[b] ? 0 : qb && !p->mentioned[a] ? 1 : -1;
    if (right < 0 || p->kind != ANN_KIND_PERSON) return false;
    char what[200], prompt[400], expl[600];
    snprintf(what, sizeof what, "quotes %s", p->name);
    pair_prompt(s, a, b, what, prompt, sizeof prompt);
    if (right == 2)
        snprintf(expl, sizeof expl, "Both do: %s and %s each print words of %s's.", s->outlets[a],
                 s->outlets[b], p->name);
    else
        snprintf(expl, sizeof expl, "Only %s quotes %s; %s never names %s at all. Who an outlet "
                 "lets speak shapes the story it tells.", s->outlets[right ? b : a], p->name,
                 s->outlets[right ? a : b], p->name);
    cJSON *q = question(s, "claim", prompt, expl, "Drafted from comparing whom the articles "
                        "quote: a person counts as not quoted only when the article never "
                        "names them.");
    const char *list[] = {s->outlets[a], s->outlets[b], "Both"};
    choices(q, list, 3, right);
    bool ok = true;
    if (qa) ok = evidence(s, q, a, qa->parts[0].start);
    if (qb && ok) ok = evidence(s, q, b, qb->parts[0].start);
    return keep_if(s, q, ok);
}

/* "Who is quoted in A but not in B?": a person quoted in A and never named in B, against people
 * surely quoted in B. */
static bool quoted_not_in(DraftSet *s, size_t a, size_t b)
{
    const Comparison *c = s->cmp;
    int right = -1;
    for (size_t i = 0; i < c->n_people && right < 0; i++)
        if (c->people[i].kind == ANN_KIND_PERSON && c->people[i].quote[a] >= 0 && !c->people[i].mentioned[b])
            right = (int)i;
    const char *list[4];
    int others[3], n = 0;
    for (size_t i = 0; right >= 0 && i < c->n_people && n < 3; i++)
        if (c->people[i].kind == ANN_KIND_PERSON && c->people[i].quote[b] >= 0) others[n++] = (int)i;
    if (right < 0 || n == 0) return false;
    int pos = (int)((a + (size_t)s->next_id) % (size_t)(n + 1));
    for (int i = 0, o = 0; i <= n; i++)
        list[i] = i == pos ? c->people[right].name : c->people[others[o++]].name;
    char prompt[400], expl[700];
    snprintf(prompt, sizeof prompt, "Who is quoted in %s but not in %s?", s->outlets[a], s->outlets[b]);
    snprintf(expl, sizeof expl, "%s quotes %s, whom %s never names. The others are all quoted in "
             "%s.", s->outlets[a], c->people[right].name, s->outlets[b], s->outlets[b]);
    cJSON *q = question(s, "speaker", prompt, expl, "Drafted from comparing whom the articles "
                        "quote: the right choice is never named in the second article; every "
                        "other choice is quoted there.");
    cJSON_AddStringToObject(q, "person", s->people_ids[right]);
    choices(q, list, n + 1, pos);
    bool ok = evidence(s, q, a, sure_quote(s, &c->people[right], a)->parts[0].start);
    for (int i = 0; i < n && ok; i++)
        ok = evidence(s, q, b, sure_quote(s, &c->people[others[i]], b)->parts[0].start);
    return keep_if(s, q, ok);
}

/* ---- quoted words --------------------------------------------------------------------------- */

/* Where article k prints text[0..n) (the quoted words, without closing punctuation): an offset,
 * or SIZE_MAX. */
static size_t find_words(const DraftCtx *c, const char *text, size_t n)
{
    while (n && strchr(" ,.;:", text[n - 1])) n--;
    for (size_t i = c->ann->body_start; n && i + n <= c->len; i++)
        if (memcmp(c->text + i, text, n) == 0) return i;
    return SIZE_MAX;
}

static bool which_words(DraftSet *s, size_t a, size_t b, const CompareWords *w)
{
    if (w->article != a && w->article != b) return false;
    int right = w->in[a] && w->in[b] ? 2 : w->in[a] ? 0 : 1;
    const DraftCtx *src = &s->ctx[w->article];
    AnnSpan part = src->ann->quotes[w->quote].parts[w->part];
    char snippet[240], what[400], prompt[500], expl[600];
    draft_snippet(src->text + part.start, part.end - part.start, 14, snippet, sizeof snippet);
    const char *who = s->cmp->people[w->person].name;
    snprintf(what, sizeof what, "prints these words of %s: \xE2\x80\x9C%s\xE2\x80\x9D", who, snippet);
    pair_prompt(s, a, b, what, prompt, sizeof prompt);
    if (right == 2)
        snprintf(expl, sizeof expl, "Both print these words of %s's.", who);
    else
        snprintf(expl, sizeof expl, "Only %s prints these words; %s leaves them out. What each "
                 "outlet chooses to quote changes what a reader takes away.", s->outlets[right ? b : a],
                 s->outlets[right ? a : b]);
    cJSON *q = question(s, "claim", prompt, expl, "Drafted from comparing the quoted words: words "
                        "count as left out only when not even four of them in a row appear in "
                        "the other article.");
    const char *list[] = {s->outlets[a], s->outlets[b], "Both"};
    choices(q, list, 3, right);
    bool ok = evidence(s, q, w->article, part.start);
    size_t other = w->article == a ? b : a;
    if (ok && right == 2) {
        size_t at = find_words(&s->ctx[other], src->text + part.start, part.end - part.start);
        ok = at != SIZE_MAX && evidence(s, q, other, at);
    }
    return keep_if(s, q, ok);
}

/* ---- fact or claim -------------------------------------------------------------------------- */

static bool fact_or_claim(DraftSet *s, size_t a, size_t b, const CompareClaim *cc)
{
    bool ours = (cc->claim_article == a && cc->fact_article == b) ||
                (cc->claim_article == b && cc->fact_article == a);
    if (!ours) return false;
    const DraftCtx *ct = &s->ctx[cc->claim_article];
    const AnnClaim *cl = &ct->ann->claims[cc->claim];
    char snippet[240], prompt[500], expl[700];
    draft_snippet(cl->text, strlen(cl->text), 18, snippet, sizeof snippet);
    if (snippet[0] >= 'A' && snippet[0] <= 'Z' && snippet[1] >= 'a' && snippet[1] <= 'z' &&
        (strncmp(snippet, "The ", 4) == 0 || strncmp(snippet, "A ", 2) == 0))
        snippet[0] = (char)(snippet[0] - 'A' + 'a');
    char what[400];
    snprintf(what, sizeof what, "reports as a fact, in its own voice, that %s", snippet);
    if (s->n == 2) snprintf(prompt, sizeof prompt, "Which outlet %s?", what);
    else pair_prompt(s, a, b, what, prompt, sizeof prompt);
    snprintf(expl, sizeof expl, "%s states it as fact. %s attributes it (\xE2\x80\x9C%s\xE2\x80\x9D): "
             "there it is a claim someone makes, not something the outlet has established.",
             s->outlets[cc->fact_article], s->outlets[cc->claim_article], cl->cue);
    cJSON *q = question(s, "claim", prompt, expl, "Drafted from a statement one article "
                        "attributes and the other states without attribution; check that the "
                        "two sentences say the same thing.");
    const char *list[] = {s->outlets[a], s->outlets[b], "Both"};
    choices(q, list, 3, cc->fact_article == a ? 0 : 1);
    bool ok = evidence(s, q, cc->fact_article, cc->fact.start) &&
              evidence(s, q, cc->claim_article, cl->cue_span.end ? cl->cue_span.start : cl->span.start);
    return keep_if(s, q, ok);
}

/* ---- dates and numbers ---------------------------------------------------------------------- */

static const char *const MONTHS[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December"};

static void long_date(Date d, char *buf, size_t size)
{
    snprintf(buf, size, "%s %d, %d", MONTHS[(d.month - 1) % 12], d.day, d.year);
}

static bool different_dates(DraftSet *s, size_t a, size_t b, const CompareDate *cd)
{
    if (cd->article[0] != a || cd->article[1] != b) return false;
    const AnnDate *da = &s->ctx[a].ann->dates[cd->date[0]], *db = &s->ctx[b].ann->dates[cd->date[1]];
    const TextSpan *sa = draft_sentence_at(&s->ctx[a], da->span.start);
    if (!sa) return false;
    char right[40], wrong[40], d1[40], d2[40], snippet[240], prompt[500], expl[600];
    long_date(db->value, right, sizeof right);
    long_date(da->value, wrong, sizeof wrong);
    long_date(date_add_days(db->value, 7), d1, sizeof d1);
    long_date(date_add_days(db->value, -7), d2, sizeof d2);
    draft_snippet(s->ctx[a].text + sa->start, sa->end - sa->start, 14, snippet, sizeof snippet);
    snprintf(prompt, sizeof prompt, "%s and %s give different dates for the same event "
             "(\xE2\x80\x9C%s\xE2\x80\x9D). Which date does %s give?", s->outlets[a], s->outlets[b],
             snippet, s->outlets[b]);
    snprintf(expl, sizeof expl, "%s says \xE2\x80\x9C%s\xE2\x80\x9D (%s); %s says \xE2\x80\x9C%s"
             "\xE2\x80\x9D (%s). At most one can be right: a reader who sees both should check.",
             s->outlets[b], db->text, right, s->outlets[a], da->text, wrong);
    cJSON *q = question(s, "timeline", prompt, expl, "Drafted from two sentences that tell one "
                        "event in nearly the same words with different dates; a weekday or a "
                        "date without its year is read against each article's date line.");
    int pos = (int)(cd->date[1] % 4);
    const char *others[] = {wrong, d1, d2}, *list[4];
    for (int i = 0, o = 0; i < 4; i++) list[i] = i == pos ? right : others[o++];
    choices(q, list, 4, pos);
    return keep_if(s, q, evidence(s, q, a, da->span.start) && evidence(s, q, b, db->span.start));
}

static bool different_numbers(DraftSet *s, size_t a, size_t b, const CompareNumber *cn)
{
    if (cn->article[0] != a || cn->article[1] != b) return false;
    char na[32], nb[32], prompt[400], expl[500];
    AnnSpan xa = cn->number[0], xb = cn->number[1];
    snprintf(na, sizeof na, "%.*s", (int)(xa.end - xa.start), s->ctx[a].text + xa.start);
    snprintf(nb, sizeof nb, "%.*s", (int)(xb.end - xb.start), s->ctx[b].text + xb.start);
    snprintf(prompt, sizeof prompt, "%s and %s give different numbers of %s. How many does %s "
             "give?", s->outlets[a], s->outlets[b], cn->noun, s->outlets[b]);
    snprintf(expl, sizeof expl, "%s gives %s %s; %s gives %s. Where a number comes from (and what "
             "it counts) is worth checking.", s->outlets[b], nb, cn->noun, s->outlets[a], na);
    cJSON *q = question(s, "claim", prompt, expl, "Drafted from the same noun counted with "
                        "different numbers; check that both count the same thing.");
    const char *list[] = {na, nb};
    choices(q, list, 2, 1);
    return keep_if(s, q, evidence(s, q, a, cn->number[0].start) && evidence(s, q, b, cn->number[1].start));
}

/* ---- all pairs ------------------------------------------------------------------------------ */

static void pair_questions(DraftSet *s, size_t a, size_t b)
{
    const Comparison *c = s->cmp;
    size_t made = 0;
    for (size_t i = 0; i < c->n_people && made < DRAFT_MAX_WHICH_QUOTES_Q; i++)
        made += which_quotes(s, a, b, i);
    quoted_not_in(s, a, b);
    quoted_not_in(s, b, a);
    made = 0;
    for (size_t i = 0; i < c->n_words && made < DRAFT_MAX_WORDS_Q; i++)
        made += which_words(s, a, b, &c->words[i]);
    made = 0;
    for (size_t i = 0; i < c->n_claims && made < DRAFT_MAX_FACT_Q; i++)
        made += fact_or_claim(s, a, b, &c->claims[i]);
    made = 0;
    for (size_t i = 0; i < c->n_dates && made < DRAFT_MAX_DATES_Q; i++)
        made += different_dates(s, a, b, &c->dates[i]);
    made = 0;
    for (size_t i = 0; i < c->n_numbers && made < DRAFT_MAX_NUMBERS_Q; i++)
        made += different_numbers(s, a, b, &c->numbers[i]);
}

void draft_compare_questions(DraftSet *s)
{
    if (!s->cmp || !s->questions) return;
    for (size_t a = 0; a < s->n; a++)
        for (size_t b = a + 1; b < s->n; b++) pair_questions(s, a, b);
}
