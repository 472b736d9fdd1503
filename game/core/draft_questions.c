/* draft_questions.c — the question generators of `byline draft`.
 *
 * Speakers: who said an attributed quote (choice), who a pronoun cue refers to (typed), a
 * person's role (choice, ask: role), and where a quote's attribution is (evidence). Claims: who
 * holds a reported claim (choice) and whether the outlet states it in its own voice (true/false).
 * Timeline: what date a time expression means (typed), when something happened (choice), and
 * dated sentences in order. Distractors are other people (or roles, or nearby dates) of the
 * same article; the right choice's position rotates so it is not always first. */
#include "date.h"
#include "draft_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CHOICES 4

char *strdup_or_null(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

void draft_snippet(const char *s, size_t n, int words, char *out, size_t size)
{
    size_t o = 0, i = 0;
    int w = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\n')) i++;
    bool cut = false;
    for (; i < n && o + 4 < size; i++) {
        char ch = s[i] == '\n' ? ' ' : s[i];
        if (ch == ' ' && (o == 0 || out[o - 1] == ' ')) continue;
        if (ch == ' ' && ++w >= words) {
            cut = true;
            break;
        }
        out[o++] = ch;
    }
    if (i < n && !cut) cut = true;
    while (o && strchr(" ,;:", out[o - 1])) o--;
    /* never end inside a UTF-8 sequence */
    while (o && ((unsigned char)out[o - 1] & 0xC0) == 0x80) o--;
    if (o && ((unsigned char)out[o - 1] & 0xC0) == 0xC0) o--;
    out[o] = '\0';
    if (cut && o + 4 < size) memcpy(out + o, "\xE2\x80\xA6", 4); /* … */
}

static cJSON *question(DraftCtx *c, const char *kind, const char *format, const char *prompt,
                       const char *explanation)
{
    cJSON *q = cJSON_CreateObject();
    char id[32];
    snprintf(id, sizeof id, "draft-%d", ++c->next_id);
    cJSON_AddStringToObject(q, "id", id);
    cJSON_AddStringToObject(q, "kind", kind);
    cJSON_AddStringToObject(q, "format", format);
    cJSON_AddStringToObject(q, "prompt", prompt);
    cJSON_AddStringToObject(q, "explanation", explanation);
    cJSON *tags = cJSON_AddArrayToObject(q, "tags");
    cJSON_AddItemToArray(tags, cJSON_CreateString("draft"));
    cJSON_AddItemToArray(c->questions, q);
    return q;
}

static bool add_evidence(DraftCtx *c, cJSON *q, size_t offset)
{
    cJSON *p = draft_sentence_passage(c, offset);
    if (!p) return false;
    cJSON *ev = cJSON_GetObjectItemCaseSensitive(q, "evidence");
    if (!ev) ev = cJSON_AddArrayToObject(q, "evidence");
    /* the same sentence twice would be a duplicate passage: skip it */
    for (cJSON *e = ev->child; e; e = e->next)
        if (strcmp(e->valuestring, p->valuestring) == 0) {
            cJSON_Delete(p);
            return true;
        }
    cJSON_AddItemToArray(ev, p);
    return true;
}

/* Choices: `right` plus up to three distractors, the right one at position `slot` mod count. */
static void set_choices(cJSON *q, const char *right, const char *const *others, size_t n_others,
                        int slot)
{
    const char *list[MAX_CHOICES];
    size_t n = 0;
    for (size_t i = 0; i < n_others && n < MAX_CHOICES - 1; i++) {
        bool dup = text_answers_match(others[i], right);
        for (size_t k = 0; k < n && !dup; k++) dup = text_answers_match(others[i], list[k]);
        if (!dup) list[n++] = others[i];
    }
    size_t pos = (size_t)slot % (n + 1);
    memmove(list + pos + 1, list + pos, (n - pos) * sizeof *list);
    list[pos] = right;
    cJSON_AddItemToObject(q, "choices", cJSON_CreateStringArray(list, (int)(n + 1)));
    cJSON_AddNumberToObject(q, "answer", (double)pos);
}

/* Other people's names (or roles), most mentioned first. Returns the count. */
static size_t others(const DraftCtx *c, int except, bool roles, const char **out, size_t max)
{
    size_t n = 0;
    bool *used = calloc(c->ann->n_people + 1, 1);
    while (used && n < max) {
        int best = -1;
        for (size_t i = 0; i < c->ann->n_people; i++) {
            const AnnPerson *p = &c->ann->people[i];
            if ((int)i == except || used[i] || (roles && !p->role)) continue;
            if (best < 0 || p->mentions > c->ann->people[best].mentions) best = (int)i;
        }
        if (best < 0) break;
        used[best] = true;
        out[n++] = roles ? c->ann->people[best].role : c->ann->people[best].name;
    }
    free(used);
    return n;
}

static bool pronoun_cue(const char *cue)
{
    return cue && (strncmp(cue, "she ", 4) == 0 || strncmp(cue, "he ", 3) == 0 ||
                   strstr(cue, " she ") || strstr(cue, " he "));
}

/* ---- speakers ---------------------------------------------------------------------------------- */

static void quote_question(DraftCtx *c, const AnnQuote *qt, int n)
{
    const AnnPerson *who = &c->ann->people[qt->speaker];
    char snippet[200], prompt[300], expl[600];
    draft_snippet(qt->text, strlen(qt->text), 16, snippet, sizeof snippet);
    snprintf(prompt, sizeof prompt, "Who said: \xE2\x80\x9C%s\xE2\x80\x9D?", snippet);
    if (qt->via == ANN_VIA_CUE)
        snprintf(expl, sizeof expl, "The article attributes these words to %s: \xE2\x80\x9C%s\xE2\x80\x9D.",
                 who->name, qt->cue);
    else if (qt->via == ANN_VIA_CONTINUED)
        snprintf(expl, sizeof expl, "This paragraph is only a quotation with no attribution of its "
                 "own, so it continues the previous speaker, %s.", who->name);
    else
        snprintf(expl, sizeof expl, "The quotation follows %s's words earlier in the same paragraph.",
                 who->name);
    const char *dis[MAX_CHOICES];
    size_t nd = others(c, qt->speaker, false, dis, MAX_CHOICES - 1);
    if (nd == 0) return;
    cJSON *q = question(c, "speaker", "choice", prompt, expl);
    cJSON_AddStringToObject(q, "person", c->person_ids[qt->speaker]);
    set_choices(q, who->name, dis, nd, n);
    add_evidence(c, q, qt->parts[0].start);
    if (qt->via == ANN_VIA_CUE && qt->cue_span.end) add_evidence(c, q, qt->cue_span.start);
}

static void pronoun_question(DraftCtx *c, const AnnQuote *qt)
{
    const AnnPerson *who = &c->ann->people[qt->speaker];
    char snippet[200], prompt[400], expl[500];
    draft_snippet(qt->text, strlen(qt->text), 10, snippet, sizeof snippet);
    snprintf(prompt, sizeof prompt, "\xE2\x80\x9C%s\xE2\x80\x9D \xE2\x80\x94 the article says "
             "\xE2\x80\x9C%s\xE2\x80\x9D. Who is that? Type the name.", snippet, qt->cue);
    snprintf(expl, sizeof expl, "A pronoun points back to the last person of that gender the "
             "article named as a speaker: here %s.", who->name);
    cJSON *q = question(c, "speaker", "text", prompt, expl);
    cJSON_AddStringToObject(q, "person", c->person_ids[qt->speaker]);
    cJSON *acc = cJSON_AddArrayToObject(q, "accept");
    cJSON_AddItemToArray(acc, cJSON_CreateString(who->name));
    const char *last = strrchr(who->name, ' ');
    if (last && last[1]) cJSON_AddItemToArray(acc, cJSON_CreateString(last + 1));
    add_evidence(c, q, qt->cue_span.start);
}

static void role_question(DraftCtx *c, int person, int n)
{
    const AnnPerson *p = &c->ann->people[person];
    const char *dis[MAX_CHOICES];
    size_t nd = others(c, person, true, dis, MAX_CHOICES - 1);
    if (nd == 0 || !p->role_span.end) return;
    char prompt[300], expl[600];
    snprintf(prompt, sizeof prompt, "What role does the article give %s?", p->name);
    snprintf(expl, sizeof expl, "The article introduces %s as %s. Knowing a speaker's role tells "
             "you whose side or office the words come from.", p->name, p->role);
    cJSON *q = question(c, "speaker", "choice", prompt, expl);
    cJSON_AddStringToObject(q, "person", c->person_ids[person]);
    cJSON_AddStringToObject(q, "ask", "role");
    set_choices(q, p->role, dis, nd, n + 1);
    add_evidence(c, q, p->role_span.start);
}

static void attribution_evidence_question(DraftCtx *c, const AnnQuote *qt)
{
    const AnnPerson *who = &c->ann->people[qt->speaker];
    char snippet[200], prompt[400], expl[500];
    draft_snippet(qt->text, strlen(qt->text), 8, snippet, sizeof snippet);
    snprintf(prompt, sizeof prompt, "Click the sentence that tells you who said "
             "\xE2\x80\x9C%s\xE2\x80\x9D.", snippet);
    snprintf(expl, sizeof expl, "The attribution \xE2\x80\x9C%s\xE2\x80\x9D names the speaker, %s.",
             qt->cue, who->name);
    cJSON *q = question(c, "speaker", "evidence", prompt, expl);
    cJSON_AddStringToObject(q, "person", c->person_ids[qt->speaker]);
    add_evidence(c, q, qt->cue_span.start);
}

void draft_speaker_questions(DraftCtx *c)
{
    int made = 0;
    bool pronoun_done = false, evidence_done = false;
    for (size_t i = 0; i < c->ann->n_quotes && made < DRAFT_MAX_QUOTE_Q; i++) {
        const AnnQuote *qt = &c->ann->quotes[i];
        if (qt->speaker < 0 || qt->n_parts == 0) continue;
        quote_question(c, qt, made++);
        if (qt->via != ANN_VIA_CUE || !qt->cue) continue;
        if (!pronoun_done && pronoun_cue(qt->cue)) {
            pronoun_question(c, qt);
            pronoun_done = true;
        } else if (!evidence_done) {
            attribution_evidence_question(c, qt);
            evidence_done = true;
        }
    }
    int roles = 0;
    for (size_t i = 0; i < c->ann->n_people && roles < DRAFT_MAX_ROLE_Q; i++)
        if (c->ann->people[i].role) role_question(c, (int)i, roles++);
}

/* A claim clause quoted mid-sentence: "The campaign sent…" reads "the campaign sent…". */
static void lower_article_word(char *s)
{
    static const char *const words[] = {"The ", "A ", "An ", "This ", "That ", "These ",
                                        "Those ", "It ", "Its ", NULL};
    for (size_t i = 0; words[i]; i++)
        if (strncmp(s, words[i], strlen(words[i])) == 0) {
            s[0] = (char)(s[0] - 'A' + 'a');
            return;
        }
}

/* ---- claims ------------------------------------------------------------------------------------- */

static void holder_question(DraftCtx *c, const AnnClaim *cl, int n)
{
    const AnnPerson *who = &c->ann->people[cl->holder];
    const char *dis[MAX_CHOICES];
    size_t nd = others(c, cl->holder, false, dis, MAX_CHOICES - 1);
    if (nd == 0) return;
    char snippet[240], prompt[400], expl[600];
    draft_snippet(cl->text, strlen(cl->text), 18, snippet, sizeof snippet);
    lower_article_word(snippet);
    snprintf(prompt, sizeof prompt, "According to the article, who claims that %s?", snippet);
    snprintf(expl, sizeof expl, "\xE2\x80\x9C%s\xE2\x80\x9D: the article reports this as %s's "
             "claim, not as a fact it has established itself.", cl->cue, who->name);
    cJSON *q = question(c, "claim", "choice", prompt, expl);
    cJSON_AddStringToObject(q, "holder", c->person_ids[cl->holder]);
    set_choices(q, who->name, dis, nd, n + 2);
    add_evidence(c, q, cl->span.start);
}

static void own_voice_question(DraftCtx *c, const AnnClaim *cl)
{
    char snippet[240], prompt[400], expl[600];
    draft_snippet(cl->text, strlen(cl->text), 18, snippet, sizeof snippet);
    lower_article_word(snippet);
    snprintf(prompt, sizeof prompt, "True or false: the article states as its own reporting "
             "that %s.", snippet);
    snprintf(expl, sizeof expl, "False. The statement is attributed (\xE2\x80\x9C%s\xE2\x80\x9D): "
             "it is %s's claim as reported, not a fact the outlet states in its own voice.",
             cl->cue, cl->holder_text);
    cJSON *q = question(c, "claim", "true_false", prompt, expl);
    cJSON_AddBoolToObject(q, "answer", 0);
    if (cl->holder >= 0) cJSON_AddStringToObject(q, "holder", c->person_ids[cl->holder]);
    add_evidence(c, q, cl->cue_span.end ? cl->cue_span.start : cl->span.start);
}

void draft_claim_questions(DraftCtx *c)
{
    int made = 0;
    for (size_t i = 0; i < c->ann->n_claims && made < DRAFT_MAX_CLAIM_Q; i++) {
        const AnnClaim *cl = &c->ann->claims[i];
        if (!cl->cue || !cl->holder_text) continue;
        if (cl->holder >= 0 && made % 2 == 0) holder_question(c, cl, made);
        else own_voice_question(c, cl);
        made++;
    }
}

/* ---- timeline ---------------------------------------------------------------------------------- */

static const char *const MONTHS[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December"};

static void long_date(Date d, char *buf, size_t size)
{
    snprintf(buf, size, "%s %d, %d", MONTHS[(d.month - 1) % 12], d.day, d.year);
}

static void date_text_question(DraftCtx *c, const AnnDate *dt)
{
    char iso[11], longd[40], prompt[300], expl[500], line[40];
    date_format(dt->value, iso);
    long_date(dt->value, longd, sizeof longd);
    long_date(c->ann->date, line, sizeof line);
    snprintf(prompt, sizeof prompt, "The article says \xE2\x80\x9C%s\xE2\x80\x9D. Which date is "
             "that? Type it as YYYY-MM-DD or like \xE2\x80\x9CMarch 31, 2020\xE2\x80\x9D.", dt->text);
    snprintf(expl, sizeof expl, "Read against the article's date line (%s), \xE2\x80\x9C%s\xE2\x80\x9D "
             "is %s.", line, dt->text, longd);
    cJSON *q = question(c, "timeline", "text", prompt, expl);
    cJSON *acc = cJSON_AddArrayToObject(q, "accept");
    cJSON_AddItemToArray(acc, cJSON_CreateString(iso));
    cJSON_AddItemToArray(acc, cJSON_CreateString(longd));
    add_evidence(c, q, dt->span.start);
}

static void date_choice_question(DraftCtx *c, const AnnDate *dt, int n)
{
    const TextSpan *s = draft_sentence_at(c, dt->span.start);
    if (!s) return;
    char right[40], d1[40], d2[40], d3[40], snippet[240], prompt[400], expl[400];
    long_date(dt->value, right, sizeof right);
    long_date(date_add_days(dt->value, 1), d1, sizeof d1);
    long_date(date_add_days(dt->value, -7), d2, sizeof d2);
    long_date(date_add_days(dt->value, 7), d3, sizeof d3);
    draft_snippet(c->text + s->start, s->end - s->start, 14, snippet, sizeof snippet);
    snprintf(prompt, sizeof prompt, "\xE2\x80\x9C%s\xE2\x80\x9D \xE2\x80\x94 on which date does "
             "\xE2\x80\x9C%s\xE2\x80\x9D fall?", snippet, dt->text);
    snprintf(expl, sizeof expl, "\xE2\x80\x9C%s\xE2\x80\x9D is %s when read against the article's "
             "date.", dt->text, right);
    const char *dis[] = {d1, d2, d3};
    cJSON *q = question(c, "timeline", "choice", prompt, expl);
    set_choices(q, right, dis, 3, n + 3);
    add_evidence(c, q, dt->span.start);
}

/* Up to four dated sentences with strictly increasing, comparable dates, as an order question. */
static void order_question(DraftCtx *c)
{
    const AnnDate *picked[4];
    size_t n = 0;
    for (size_t i = 0; i < c->ann->n_dates && n < 4; i++) {
        const AnnDate *dt = &c->ann->dates[i];
        if (!dt->value.year) continue;
        bool ok = true;
        for (size_t k = 0; k < n && ok; k++) {
            bool comparable;
            int cmp = date_compare(picked[k]->value, dt->value, &comparable);
            ok = comparable && cmp != 0 &&
                 draft_sentence_at(c, picked[k]->span.start) != draft_sentence_at(c, dt->span.start);
        }
        if (ok && draft_sentence_at(c, dt->span.start)) picked[n++] = dt;
    }
    if (n < 2) return;
    for (size_t i = 1; i < n; i++) /* sort by date */
        for (size_t k = i; k > 0 && date_compare(picked[k - 1]->value, picked[k]->value, NULL) > 0; k--) {
            const AnnDate *t = picked[k];
            picked[k] = picked[k - 1];
            picked[k - 1] = t;
        }
    cJSON *q = question(c, "timeline", "order", "Put these events in the order they happen, "
                        "earliest first.", "Each event's date comes from the article, with "
                        "relative dates read against its date line.");
    cJSON *ids = cJSON_AddArrayToObject(q, "events");
    for (size_t i = 0; i < n; i++) {
        const TextSpan *s = draft_sentence_at(c, picked[i]->span.start);
        char id[16], text[200], iso[11];
        snprintf(id, sizeof id, "event-%zu", i + 1);
        draft_snippet(c->text + s->start, s->end - s->start, 16, text, sizeof text);
        date_format(picked[i]->value, iso);
        cJSON *ev = cJSON_CreateObject();
        cJSON_AddStringToObject(ev, "id", id);
        cJSON_AddStringToObject(ev, "text", text);
        cJSON_AddStringToObject(ev, "date", iso);
        cJSON_AddItemToArray(c->events, ev);
        add_evidence(c, ev, picked[i]->span.start);
        cJSON_AddItemToArray(ids, cJSON_CreateString(id));
        add_evidence(c, q, picked[i]->span.start);
    }
}

void draft_timeline_questions(DraftCtx *c)
{
    int made = 0;
    for (size_t i = 0; i < c->ann->n_dates && made < DRAFT_MAX_DATE_Q; i++) {
        const AnnDate *dt = &c->ann->dates[i];
        if (!dt->value.year || !dt->value.day) continue;
        if (made % 2 == 0) date_text_question(c, dt);
        else date_choice_question(c, dt, made);
        made++;
    }
    order_question(c);
}
