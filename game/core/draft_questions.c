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

/* The teacher's note (pack field "note", never shown to students): why the question was drafted
 * and how sure annotate was, so that the weak ones are reviewed first. The confidence is also a
 * tag ("confidence-low"), so that a teacher can sort or filter by it. */
static void set_note(cJSON *q, AnnConfidence conf, const char *why)
{
    char note[700], tag[32];
    snprintf(note, sizeof note, "%s Annotate's confidence: %s.", why,
             annotation_confidence_name(conf));
    cJSON_AddStringToObject(q, "note", note);
    snprintf(tag, sizeof tag, "confidence-%s", annotation_confidence_name(conf));
    cJSON_AddItemToArray(cJSON_GetObjectItemCaseSensitive(q, "tags"), cJSON_CreateString(tag));
}

/* Why annotate gave this speaker, in a teacher's words. */
static const char *reason_words(AnnReason r)
{
    switch (r) {
    case ANN_REASON_NAME: return "the attribution names the speaker in the same sentence";
    case ANN_REASON_DESCRIPTION: return "the attribution describes the speaker by role only";
    case ANN_REASON_PRONOUN: return "the attribution is a pronoun, read as the only person of "
                                    "that gender nearby";
    case ANN_REASON_PARTICIPLE: return "the speaker is the subject of a sentence ending in "
                                       "\"saying\" or similar";
    case ANN_REASON_CARRIED: return "the paragraph is only a quotation, carried over from the "
                                    "previous paragraph's speaker";
    case ANN_REASON_CONTEXT: return "no attribution of its own: the last speaker earlier in the "
                                    "paragraph";
    case ANN_REASON_GUESS: return "two people could be meant; annotate picked one";
    case ANN_REASON_SUBJECT: return "no speech verb: the subject of the sentence that opens or "
                                    "closes the quotation";
    case ANN_REASON_TITLE:
    case ANN_REASON_NONE: break;
    }
    return "no speaker found";
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

/* Is every word of the shorter name in the longer one ("Trump" and "Donald J. Trump")? Then
 * they may be one person in two spellings, and never a right answer and its distractor. */
static bool same_person_spelling(const char *a, const char *b)
{
    if (strlen(a) > strlen(b)) {
        const char *t = a;
        a = b;
        b = t;
    }
    for (const char *w = a; *w;) {
        size_t n = strcspn(w, " ");
        bool found = false;
        for (const char *v = b; *v && !found;) {
            size_t m = strcspn(v, " ");
            found = m == n && strncmp(v, w, n) == 0;
            v += m + (v[m] == ' ');
        }
        if (!found) return false;
        w += n + (w[n] == ' ');
    }
    return true;
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
            /* a person for a person, an organisation for an organisation */
            if (except >= 0 && p->kind != c->ann->people[except].kind) continue;
            if (!roles && except >= 0 && same_person_spelling(p->name, c->ann->people[except].name))
                continue;
            if (best < 0 || p->mentions > c->ann->people[best].mentions) best = (int)i;
        }
        if (best < 0) break;
        used[best] = true;
        out[n++] = roles ? c->ann->people[best].role : c->ann->people[best].name;
    }
    free(used);
    return n;
}

/* A role short enough to be a role ("former President", "executive director of Muslim
 * Advocates"), not a clause the appositive rule caught ("an opponent who's had far more
 * experience in …"). Longer ones make answer keys nobody would write. */
#define DRAFT_MAX_ROLE_WORDS 7
static bool plain_role(const char *role)
{
    if (!role) return false;
    int words = 1;
    for (const char *p = role; *p; p++) words += *p == ' ';
    return words <= DRAFT_MAX_ROLE_WORDS && !strstr(role, " who") && !strstr(role, " which");
}

/* Does a reported claim read as a clause a teacher can quote after "that"? Not when it opens
 * with a preposition or a verb ("with a breakfast with Sharpton …", "was the most powerful
 * speech"), is a few words, or carries a quotation mark (the quotation has its own question). */
static bool clause_like(const char *text)
{
    static const char *const BAD[] = {"with ", "on ", "in ", "at ", "to ", "for ", "by ", "from ",
                                      "was ", "were ", "is ", "are ", "had ", "has ", "have ",
                                      "would ", "will ", "could ", "and ", "but ", "of ", "as ",
                                      "about ", "after ", "before ", "if ", NULL};
    int words = 1;
    for (const char *p = text; *p; p++) words += *p == ' ';
    if (words < 4 || strstr(text, "\xE2\x80\x9C") || strstr(text, "\xE2\x80\x9D") || strchr(text, '"'))
        return false;
    for (int k = 0; BAD[k]; k++)
        if (strncmp(text, BAD[k], strlen(BAD[k])) == 0) return false;
    return true;
}

/* A quotation of a word or two ("moaning", "a wise Latina") is more often someone's word
 * mentioned by another than words of the speaker's own; it makes no "Who said" question. */
#define DRAFT_MIN_QUOTE_WORDS 4
static int count_words(const char *s)
{
    int n = 0;
    for (bool in = false; *s; s++) {
        bool w = *s != ' ' && *s != '\n';
        n += w && !in;
        in = w;
    }
    return n;
}

static bool pronoun_cue(const char *cue)
{
    return cue && (strncmp(cue, "she ", 4) == 0 || strncmp(cue, "he ", 3) == 0 ||
                   strstr(cue, " she ") || strstr(cue, " he "));
}

/* ---- speakers ---------------------------------------------------------------------------------- */

/* Words that name their own speaker in full ("… reporters questioned Press Secretary Josh
 * Earnest …", said to be Earnest's) are seldom his: mostly a passage quoted from another
 * article, whose cue belongs to a quotation inside it. Asking "Who said" about them would also
 * print the answer in the question. */
static bool names_its_speaker(const DraftCtx *c, const AnnQuote *qt)
{
    const char *name = c->ann->people[qt->speaker].name;
    return strchr(name, ' ') && strstr(qt->text, name);
}

/* The quotation as the article has it: a quotation given in parts (“A,” she said. “B.”) is shown
 * with an ellipsis between them, never glued together, and a part's closing comma is dropped. */
static void verbatim_quote(const DraftCtx *c, const AnnQuote *qt, int words, char *out, size_t size)
{
    size_t total = 0;
    for (size_t k = 0; k < qt->n_parts; k++) total += qt->parts[k].end - qt->parts[k].start + 8;
    char *buf = malloc(total + 1);
    if (!buf) {
        draft_snippet(qt->text, strlen(qt->text), words, out, size);
        return;
    }
    size_t o = 0;
    for (size_t k = 0; k < qt->n_parts; k++) {
        size_t a = qt->parts[k].start, b = qt->parts[k].end;
        while (b > a && strchr(" \t\n,", c->text[b - 1])) b--;
        if (k) {
            memcpy(buf + o, " \xE2\x80\xA6 ", 5);
            o += 5;
        }
        memcpy(buf + o, c->text + a, b - a);
        o += b - a;
    }
    draft_snippet(buf, o, words, out, size);
    free(buf);
}

static void quote_question(DraftCtx *c, const AnnQuote *qt, int n)
{
    const AnnPerson *who = &c->ann->people[qt->speaker];
    char snippet[240], prompt[340], expl[600], why[400];
    verbatim_quote(c, qt, 16, snippet, sizeof snippet);
    snprintf(prompt, sizeof prompt, "Who said \xE2\x80\x9C%s\xE2\x80\x9D?", snippet);
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
    snprintf(why, sizeof why, "Drafted from a quotation attributed to %s: %s.", who->name,
             reason_words(qt->reason));
    set_note(q, qt->confidence, why);
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
    set_note(q, qt->confidence, "Drafted from a quotation attributed with a pronoun.");
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
    cJSON_AddStringToObject(q, "note", "Drafted from the role the article gives this person "
                            "(the first one it gives; check that it is the one that matters).");
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
    set_note(q, qt->confidence, "Drafted from the attribution of a quotation.");
    add_evidence(c, q, qt->cue_span.start);
}

void draft_speaker_questions(DraftCtx *c)
{
    int made = 0;
    bool pronoun_done = false, evidence_done = false;
    for (size_t i = 0; i < c->ann->n_quotes && made < DRAFT_MAX_QUOTE_Q; i++) {
        const AnnQuote *qt = &c->ann->quotes[i];
        if (qt->speaker < 0 || qt->n_parts == 0 || count_words(qt->text) < DRAFT_MIN_QUOTE_WORDS)
            continue;
        if (qt->confidence < c->min_confidence) { /* never a guess as an answer key */
            c->unsure++;
            continue;
        }
        if (names_its_speaker(c, qt)) continue;
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
        if (plain_role(c->ann->people[i].role)) role_question(c, (int)i, roles++);
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
    snprintf(prompt, sizeof prompt, "According to the article, who says that %s?", snippet);
    snprintf(expl, sizeof expl, "\xE2\x80\x9C%s\xE2\x80\x9D: the article reports this as %s's "
             "claim, not as a fact it has established itself.", cl->cue, who->name);
    cJSON *q = question(c, "claim", "choice", prompt, expl);
    cJSON_AddStringToObject(q, "holder", c->person_ids[cl->holder]);
    set_choices(q, who->name, dis, nd, n + 2);
    cJSON_AddStringToObject(q, "note", "Drafted from a reported statement (\"X said that ...\"); "
                            "its end is where the sentence ends, so check that it is all the "
                            "holder's.");
    add_evidence(c, q, cl->span.start);
}

static void own_voice_question(DraftCtx *c, const AnnClaim *cl, int n)
{
    char snippet[240], prompt[400], expl[600];
    draft_snippet(cl->text, strlen(cl->text), 18, snippet, sizeof snippet);
    lower_article_word(snippet);
    snprintf(prompt, sizeof prompt, "Does the article report that %s as a fact, or as someone's "
             "claim?", snippet);
    snprintf(expl, sizeof expl, "As a claim. The statement is attributed (\xE2\x80\x9C%s\xE2\x80\x9D): "
             "it is %s's claim as reported, not a fact the outlet states in its own voice.",
             cl->cue, cl->holder_text);
    cJSON *q = question(c, "claim", "choice", prompt, expl);
    const char *fact = "As a fact, in its own voice";
    set_choices(q, "As someone's claim", &fact, 1, n);
    if (cl->holder >= 0) cJSON_AddStringToObject(q, "holder", c->person_ids[cl->holder]);
    cJSON_AddStringToObject(q, "note", "Drafted from a reported statement with its attribution; "
                            "check that the words asked about are the source's, not the "
                            "reporter's.");
    add_evidence(c, q, cl->cue_span.end ? cl->cue_span.start : cl->span.start);
}

void draft_claim_questions(DraftCtx *c)
{
    int made = 0;
    for (size_t i = 0; i < c->ann->n_claims && made < DRAFT_MAX_CLAIM_Q; i++) {
        const AnnClaim *cl = &c->ann->claims[i];
        if (!cl->cue || !cl->holder_text || !clause_like(cl->text)) continue;
        if (cl->holder >= 0 && made % 2 == 0) holder_question(c, cl, made);
        else own_voice_question(c, cl, made);
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

/* A date written with its year is sure; one without is read from the article date and the tense. */
static void date_note(cJSON *q, const AnnDate *dt)
{
    char note[300];
    snprintf(note, sizeof note, "Drafted from the date \xE2\x80\x9C%s\xE2\x80\x9D. %s", dt->text,
             dt->kind == ANN_DATE_FULL ? "The article gives its year."
                                       : "Its year or day comes from the article's date line and "
                                         "the tense of the sentence: check it.");
    cJSON_AddStringToObject(q, "note", note);
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
    date_note(q, dt);
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
    date_note(q, dt);
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
    cJSON_AddStringToObject(q, "note", "Drafted from sentences with dates; when a sentence has "
                            "two dates, the first one is used: check the order.");
    cJSON *ids = cJSON_AddArrayToObject(q, "events");
    for (size_t i = 0; i < n; i++) {
        const TextSpan *s = draft_sentence_at(c, picked[i]->span.start);
        char id[32], text[200], iso[11]; /* id: room for any size_t */
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
