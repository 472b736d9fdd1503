/* draft.c — turning annotations into a draft pack (see draft.h).
 *
 * Each generator adds candidate questions to a JSON array; the finished pack goes through the real
 * loader, and any question it rejects (an ambiguous passage, say) is removed and the pack checked
 * again. Evidence passages are whole sentences of the article, so the student sees the quotation
 * together with its attribution. */
#include "draft.h"
#include "annotate.h"
#include "diag.h"
#include "draft_compare.h"
#include "draft_internal.h"
#include "pack.h"
#include "text.h"
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- article text ------------------------------------------------------------------------ */

/* Paragraphs of text[start..len): separated by blank lines, lines inside joined by a space. */
static cJSON *paragraphs(const char *text, size_t start, size_t len)
{
    cJSON *arr = cJSON_CreateArray();
    char *buf = malloc(len - start + 1);
    if (!arr || !buf) {
        cJSON_Delete(arr);
        free(buf);
        return NULL;
    }
    size_t n = 0;
    bool blank_line = true, pending_space = false;
    for (size_t i = start; i <= len; i++) {
        char c = i < len ? text[i] : '\n';
        bool end_of_para = i == len || (c == '\n' && blank_line && n > 0);
        if (c == '\n') {
            if (end_of_para || (blank_line && n > 0)) {
                buf[n] = '\0';
                if (n) cJSON_AddItemToArray(arr, cJSON_CreateString(buf));
                n = 0;
                pending_space = false;
            } else if (n) {
                pending_space = true;
            }
            blank_line = true;
            continue;
        }
        if (c == '\r') continue;
        if ((c == ' ' || c == '\t') && (n == 0 || blank_line)) {
            if (n) pending_space = true;
            continue;
        }
        if (pending_space) buf[n++] = ' ';
        pending_space = false;
        blank_line = false;
        buf[n++] = c;
    }
    free(buf);
    return arr;
}

const TextSpan *draft_sentence_at(const DraftCtx *c, size_t offset)
{
    for (size_t i = 0; i < c->n_sentences; i++)
        if (offset >= c->sentences[i].start && offset < c->sentences[i].end) return &c->sentences[i];
    return NULL;
}

/* The sentence holding `offset`, as an evidence passage (JSON string), or NULL. */
cJSON *draft_sentence_passage(const DraftCtx *c, size_t offset)
{
    const TextSpan *s = draft_sentence_at(c, offset);
    if (!s) return NULL;
    char *t = malloc(s->end - s->start + 1);
    if (!t) return NULL;
    memcpy(t, c->text + s->start, s->end - s->start);
    t[s->end - s->start] = '\0';
    cJSON *j = cJSON_CreateString(t);
    free(t);
    return j;
}

/* ---- the pack frame ------------------------------------------------------------------------ */

static void slug(const char *name, char *out, size_t size)
{
    size_t o = 0;
    for (const char *p = name; *p && o + 1 < size; p++) {
        char ch = *p;
        if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if (ok) out[o++] = ch;
        else if (o && out[o - 1] != '-') out[o++] = '-';
    }
    while (o && out[o - 1] == '-') o--;
    if (o == 0) o = (size_t)snprintf(out, size, "person");
    out[o] = '\0';
}

static void add_people(DraftCtx *c, cJSON *pack)
{
    cJSON *people = cJSON_AddArrayToObject(pack, "people");
    c->person_ids = calloc(c->ann->n_people ? c->ann->n_people : 1, sizeof *c->person_ids);
    if (!people || !c->person_ids) return;
    for (size_t i = 0; i < c->ann->n_people; i++) {
        const AnnPerson *p = &c->ann->people[i];
        char id[64];
        slug(p->name, id, sizeof id - 4);
        for (size_t k = 0; k < i; k++) /* distinct ids for people who share a name */
            if (c->person_ids[k] && strcmp(c->person_ids[k], id) == 0)
                snprintf(id + strlen(id), 4, "-%zu", i % 100);
        c->person_ids[i] = strdup_or_null(id);
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", id);
        cJSON_AddStringToObject(o, "name", p->name);
        if (p->role) cJSON_AddStringToObject(o, "role", p->role);
        const char *last = strrchr(p->name, ' ');
        if (last && last[1]) {
            cJSON *al = cJSON_AddArrayToObject(o, "aliases");
            cJSON_AddItemToArray(al, cJSON_CreateString(last + 1));
        }
        cJSON_AddItemToArray(people, o);
    }
}

/* A person of several articles: one entry, with every name an article gives as an alias. */
static void add_merged_people(DraftSet *s, cJSON *pack)
{
    cJSON *people = cJSON_AddArrayToObject(pack, "people");
    const Comparison *cmp = s->cmp;
    s->people_ids = calloc(cmp->n_people ? cmp->n_people : 1, sizeof *s->people_ids);
    for (size_t k = 0; k < s->n; k++)
        s->ctx[k].person_ids = calloc(s->ctx[k].ann->n_people + 1, sizeof(char *));
    for (size_t i = 0; people && s->people_ids && i < cmp->n_people; i++) {
        const ComparePerson *cp = &cmp->people[i];
        char id[64];
        slug(cp->name, id, sizeof id - 4);
        for (size_t k = 0; k < i; k++)
            if (s->people_ids[k] && strcmp(s->people_ids[k], id) == 0)
                snprintf(id + strlen(id), 4, "-%zu", i % 100);
        s->people_ids[i] = strdup_or_null(id);
        cJSON *o = cJSON_CreateObject(), *al = cJSON_CreateArray();
        if (!o || !al) { /* out of memory: the checker then rejects what needs this person */
            cJSON_Delete(o);
            cJSON_Delete(al);
            continue;
        }
        cJSON_AddStringToObject(o, "id", id);
        cJSON_AddStringToObject(o, "name", cp->name);
        const char *last = strrchr(cp->name, ' ');
        if (last && last[1]) cJSON_AddItemToArray(al, cJSON_CreateString(last + 1));
        for (size_t k = 0; k < s->n; k++) {
            if (cp->person[k] < 0) continue;
            const AnnPerson *ap = &s->ctx[k].ann->people[cp->person[k]];
            if (s->ctx[k].person_ids) s->ctx[k].person_ids[cp->person[k]] = strdup_or_null(id);
            if (ap->role && !cJSON_GetObjectItemCaseSensitive(o, "role"))
                cJSON_AddStringToObject(o, "role", ap->role);
            bool have = strcmp(ap->name, cp->name) == 0;
            for (cJSON *a = al->child; a && !have; a = a->next)
                have = a->valuestring && strcmp(a->valuestring, ap->name) == 0;
            if (!have) cJSON_AddItemToArray(al, cJSON_CreateString(ap->name));
        }
        if (al->child) cJSON_AddItemToObject(o, "aliases", al);
        else cJSON_Delete(al);
        cJSON_AddItemToArray(people, o);
    }
}

static void add_article(DraftCtx *c, cJSON *arts, const DraftArticle *opt, const char *id)
{
    cJSON *a = cJSON_CreateObject();
    cJSON_AddItemToArray(arts, a);
    cJSON_AddStringToObject(a, "id", id);
    char title[120];
    if (opt->title) {
        snprintf(title, sizeof title, "%s", opt->title);
    } else {
        const TextSpan *s = c->n_sentences ? &c->sentences[0] : NULL;
        draft_snippet(s ? c->text + s->start : "Untitled article", s ? s->end - s->start : 16, 10,
                      title, sizeof title);
    }
    cJSON_AddStringToObject(a, "title", title);
    cJSON_AddStringToObject(a, "outlet", opt->outlet ? opt->outlet : "Unknown outlet");
    char date[11];
    date_format(c->ann->date, date);
    cJSON_AddStringToObject(a, "date", date);
    cJSON_AddStringToObject(a, "attribution",
                            "Source and license: fill in before sharing this pack.");
    cJSON_AddItemToObject(a, "paragraphs", paragraphs(c->text, c->ann->body_start, c->len));
}

/* The file's own name, not its path: a path says where the teacher keeps files, and a long one
 * is a "word" no screen can show. */
static const char *base_name(const char *src)
{
    const char *slash = strrchr(src, '/');
    return slash && slash[1] ? slash + 1 : src;
}

static cJSON *frame(DraftSet *s, const DraftArticle *arts)
{
    cJSON *pack = cJSON_CreateObject();
    if (!pack) return NULL;
    cJSON_AddNumberToObject(pack, "format", 1);
    cJSON_AddStringToObject(pack, "id", "draft");
    cJSON_AddStringToObject(pack, "title", "Draft: review before use");
    cJSON_AddStringToObject(pack, "language", "en");
    char from[200] = "";
    size_t o = 0;
    for (size_t k = 0; k < s->n && o < sizeof from; k++)
        o += (size_t)snprintf(from + o, sizeof from - o, "%s%s",
                              k == 0 ? "" : k + 1 == s->n ? " and " : ", ",
                              arts[k].source ? base_name(arts[k].source) : "an article");
    char desc[400];
    snprintf(desc, sizeof desc,
             "Draft made by `byline draft` from %s. Every question, answer and explanation "
             "needs a teacher's review.", from);
    cJSON_AddStringToObject(pack, "description", desc);
    cJSON *list = cJSON_AddArrayToObject(pack, "articles");
    for (size_t k = 0; k < s->n; k++) add_article(&s->ctx[k], list, &arts[k], s->ids[k]);
    if (s->n == 1) add_people(&s->ctx[0], pack);
    else add_merged_people(s, pack);
    cJSON_AddArrayToObject(pack, "events");
    cJSON_AddArrayToObject(pack, "questions");
    return pack;
}

/* ---- validation: drop what the checker rejects ------------------------------------------------ */

/* The question index a diagnostic path names ("questions[12].evidence[0]" → 12), or -1. */
static int question_of(const char *path)
{
    int i;
    return sscanf(path, "questions[%d]", &i) == 1 ? i : -1;
}

/* Loads the pack text; removes rejected questions. Returns 1 valid, 0 try again, -1 hopeless. */
static int prune(cJSON *pack, bool strict, size_t *dropped, char *err, size_t errlen)
{
    char *text = cJSON_PrintUnformatted(pack);
    if (!text) return -1;
    Diagnostics d;
    diag_init(&d, "draft.json");
    Pack *p = pack_load_buffer(text, strlen(text), &d);
    free(text);
    int result = p ? 1 : 0;
    pack_free(p);
    /* strict: a question the checker warns about is dropped too (a role one article gives and the
     * pack's merged person does not) */
    for (size_t i = 0; strict && i < d.count; i++)
        if (question_of(d.items[i].path) >= 0) result = 0;
    cJSON *qs = cJSON_GetObjectItemCaseSensitive(pack, "questions");
    int n = cJSON_GetArraySize(qs);
    bool *bad = calloc((size_t)(n ? n : 1), sizeof *bad);
    for (size_t i = 0; bad && i < d.count && result == 0; i++) {
        int q = question_of(d.items[i].path);
        if (q >= 0 && q < n) bad[q] = true;
        else if (d.items[i].severity == DIAG_ERROR) {
            snprintf(err, errlen, "the draft is invalid at %s: %s", d.items[i].path,
                     d.items[i].message);
            result = -1;
        }
    }
    for (int q = n - 1; bad && q >= 0 && result == 0; q--)
        if (bad[q]) {
            cJSON_DeleteItemFromArray(qs, q);
            (*dropped)++;
        }
    free(bad);
    diag_free(&d);
    return bad ? result : -1;
}

static bool has_tag(const cJSON *q, const char *tag)
{
    const cJSON *t;
    cJSON_ArrayForEach(t, cJSON_GetObjectItemCaseSensitive(q, "tags"))
    if (cJSON_IsString(t) && strcmp(t->valuestring, tag) == 0) return true;
    return false;
}

/* cite: speaker and claim questions ask for their evidence too (the sentence each was drafted
 * from); evidence questions already do, timeline questions stay as they are, and comparison
 * questions are left alone (their passages are in several articles). */
static void mark_cite(cJSON *pack)
{
    cJSON *q;
    cJSON_ArrayForEach(q, cJSON_GetObjectItemCaseSensitive(pack, "questions"))
    {
        const char *k = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(q, "kind"));
        const char *f = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(q, "format"));
        if (k && f && strcmp(k, "timeline") != 0 && strcmp(f, "evidence") != 0 && !has_tag(q, "compare"))
            cJSON_AddBoolToObject(q, "cite", true);
    }
}

static void count_kinds(cJSON *pack, DraftReport *r)
{
    cJSON *qs = cJSON_GetObjectItemCaseSensitive(pack, "questions"), *q;
    cJSON_ArrayForEach(q, qs)
    {
        const char *k = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(q, "kind"));
        if (!k) continue;
        if (has_tag(q, "compare")) r->compare++;
        else if (strcmp(k, "speaker") == 0) r->speaker++;
        else if (strcmp(k, "claim") == 0) r->claim++;
        else r->timeline++;
        r->questions++;
        r->cited += cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(q, "cite"));
    }
}

/* ---- several articles ----------------------------------------------------------------------- */

/* Each evidence passage of a question or event becomes {"quote": …, "article": id}. */
static void label_evidence(cJSON *owner, const char *id)
{
    cJSON *ev = cJSON_GetObjectItemCaseSensitive(owner, "evidence");
    for (int i = 0; i < cJSON_GetArraySize(ev); i++) {
        cJSON *e = cJSON_GetArrayItem(ev, i), *o = cJSON_CreateObject();
        if (!cJSON_IsString(e) || !o) {
            cJSON_Delete(o);
            continue;
        }
        cJSON_AddStringToObject(o, "quote", e->valuestring);
        cJSON_AddStringToObject(o, "article", id);
        cJSON_ReplaceItemInArray(ev, i, o);
    }
}

/* In a pack of several articles, "the article" of a question about one must be named: its
 * prompt opens with the outlet ("In The Herald: who said …"), its evidence carries the article's
 * id, and its events get ids of their own ("herald-event-1"). Questions [q0, end) and events
 * [e0, end) are the article's. */
static void label_article(cJSON *pack, int q0, int e0, const char *id, const char *outlet)
{
    cJSON *qs = cJSON_GetObjectItemCaseSensitive(pack, "questions");
    cJSON *evs = cJSON_GetObjectItemCaseSensitive(pack, "events");
    for (int i = e0; i < cJSON_GetArraySize(evs); i++) {
        cJSON *ev = cJSON_GetArrayItem(evs, i), *eid = cJSON_GetObjectItemCaseSensitive(ev, "id");
        char nid[96];
        snprintf(nid, sizeof nid, "%s-%s", id, eid->valuestring);
        for (int k = q0; k < cJSON_GetArraySize(qs); k++) {
            cJSON *r;
            cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(qs, k), "events"))
            if (strcmp(r->valuestring, eid->valuestring) == 0) cJSON_SetValuestring(r, nid);
        }
        cJSON_SetValuestring(eid, nid);
    }
    for (int i = q0; i < cJSON_GetArraySize(qs); i++) {
        cJSON *q = cJSON_GetArrayItem(qs, i), *p = cJSON_GetObjectItemCaseSensitive(q, "prompt");
        char prompt[1200];
        snprintf(prompt, sizeof prompt, "In %s: %s", outlet, p->valuestring);
        char *rest = prompt + strlen(outlet) + 5;
        if (rest[0] >= 'A' && rest[0] <= 'Z' && rest[1] >= 'a' && rest[1] <= 'z')
            rest[0] = (char)(rest[0] - 'A' + 'a');
        cJSON_SetValuestring(p, prompt);
    }
    for (int i = q0; i < cJSON_GetArraySize(qs); i++) label_evidence(cJSON_GetArrayItem(qs, i), id);
    for (int i = e0; i < cJSON_GetArraySize(evs); i++) label_evidence(cJSON_GetArrayItem(evs, i), id);
}

cJSON *draft_article_passage(const DraftCtx *c, const char *article_id, size_t offset)
{
    cJSON *s = draft_sentence_passage(c, offset), *o = s ? cJSON_CreateObject() : NULL;
    if (!o) {
        cJSON_Delete(s);
        return NULL;
    }
    cJSON_AddItemToObject(o, "quote", s);
    cJSON_AddStringToObject(o, "article", article_id);
    return o;
}

/* A pack id for each article: its outlet's words (the file's name when no outlet was given),
 * "The" left out; "article" alone. */
static void article_ids(char outlets[][120], size_t n, char ids[][40])
{
    for (size_t k = 0; k < n; k++) {
        if (n == 1) {
            snprintf(ids[k], sizeof ids[k], "article");
            continue;
        }
        char sl[64];
        slug(outlets[k], sl, sizeof sl);
        const char *p = strncmp(sl, "the-", 4) == 0 ? sl + 4 : sl;
        snprintf(ids[k], sizeof ids[k], "%.36s", p);
        size_t len = strlen(ids[k]);
        while (len && ids[k][len - 1] == '-') ids[k][--len] = '\0';
        bool dup = len == 0 || strcmp(ids[k], "person") == 0;
        for (size_t j = 0; j < k && !dup; j++) dup = strcmp(ids[j], ids[k]) == 0;
        if (dup) snprintf(ids[k], sizeof ids[k], "article-%zu", k + 1);
    }
}

/* The outlet of each article: given, "Unknown outlet" for one article, the file's name without
 * its extension for several (comparison questions tell the articles apart by outlet). */
static void outlets_of(const DraftArticle *arts, size_t n, char outlets[][120])
{
    for (size_t k = 0; k < n; k++) {
        if (arts[k].outlet || n == 1) {
            snprintf(outlets[k], sizeof outlets[k], "%s", arts[k].outlet ? arts[k].outlet : "Unknown outlet");
            continue;
        }
        snprintf(outlets[k], sizeof outlets[k], "%s", arts[k].source ? base_name(arts[k].source) : "Article");
        char *dot = strrchr(outlets[k], '.');
        if (dot && dot != outlets[k]) *dot = '\0';
    }
}

static bool annotate_one(DraftCtx *c, const DraftArticle *a, char *err, size_t errlen)
{
    c->text = a->text;
    c->len = a->len;
    c->ann = annotate_text(a->text, a->len, a->date, err, errlen);
    if (!c->ann) return false;
    if (c->ann->date.year == 0) {
        snprintf(err, errlen, "the article has no date line; give one with --date YYYY-MM-DD");
        return false;
    }
    c->n_sentences = text_sentences(a->text + c->ann->body_start, a->len - c->ann->body_start,
                                    &c->sentences);
    for (size_t i = 0; i < c->n_sentences; i++) {
        c->sentences[i].start += c->ann->body_start;
        c->sentences[i].end += c->ann->body_start;
    }
    return true;
}

/* Each article's own questions; in a pack of several, labelled as the article's. */
static void article_questions(DraftSet *s, cJSON *pack)
{
    cJSON *qs = cJSON_GetObjectItemCaseSensitive(pack, "questions");
    cJSON *evs = cJSON_GetObjectItemCaseSensitive(pack, "events");
    int next_id = 0;
    for (size_t k = 0; k < s->n; k++) {
        DraftCtx *c = &s->ctx[k];
        int q0 = cJSON_GetArraySize(qs), e0 = cJSON_GetArraySize(evs);
        c->questions = qs;
        c->events = evs;
        c->next_id = next_id;
        draft_speaker_questions(c);
        draft_claim_questions(c);
        draft_timeline_questions(c);
        next_id = c->next_id;
        if (s->n > 1) label_article(pack, q0, e0, s->ids[k], s->outlets[k]);
    }
    s->questions = qs;
    s->next_id = next_id;
}

static const char *without_the(const char *s)
{
    return (s[0] == 'T' || s[0] == 't') && strncmp(s + 1, "he ", 3) == 0 ? s + 4 : s;
}

/* Two articles with one outlet ("The Post", "post") could not be told apart by comparison
 * questions. */
static bool outlets_differ(char outlets[][120], size_t n, int *which, char *err, size_t errlen)
{
    for (size_t k = 0; k < n; k++)
        for (size_t j = 0; j < k; j++)
            if (text_answers_match(without_the(outlets[j]), without_the(outlets[k]))) {
                snprintf(err, errlen, "articles %zu and %zu have the same outlet \"%s\"; give each "
                         "its own with --outlet, in file order", j + 1, k + 1, outlets[k]);
                *which = -1;
                return false;
            }
    return true;
}

char *draft_pack_articles(const DraftArticle *arts, size_t n, AnnConfidence min_confidence, bool cite,
                          DraftReport *report, int *which, char *err, size_t errlen)
{
    DraftReport r = {0};
    DraftCtx ctx[DRAFT_MAX_ARTICLES];
    char ids[DRAFT_MAX_ARTICLES][40], outlets[DRAFT_MAX_ARTICLES][120];
    const char *id_ptr[DRAFT_MAX_ARTICLES], *outlet_ptr[DRAFT_MAX_ARTICLES];
    CompareArticle ca[DRAFT_MAX_ARTICLES];
    DraftSet s = {.ctx = ctx, .n = n, .ids = id_ptr, .outlets = outlet_ptr};
    Comparison *cmp = NULL;
    int at = -1;
    char *out = NULL;
    cJSON *pack = NULL;
    memset(ctx, 0, sizeof ctx);
    if (n == 0 || n > DRAFT_MAX_ARTICLES) {
        snprintf(err, errlen, "a draft takes 1 to %d articles, not %zu", DRAFT_MAX_ARTICLES, n);
        goto done;
    }
    outlets_of(arts, n, outlets);
    article_ids(outlets, n, ids);
    for (size_t k = 0; k < n; k++) {
        id_ptr[k] = ids[k];
        outlet_ptr[k] = outlets[k];
        ctx[k].min_confidence = min_confidence ? min_confidence : ANN_CONF_MEDIUM;
        at = (int)k;
        if (!annotate_one(&ctx[k], &arts[k], err, errlen)) goto done;
        ca[k] = (CompareArticle){arts[k].text, arts[k].len, ctx[k].ann};
    }
    at = -1;
    if (n > 1 && !outlets_differ(outlets, n, &at, err, errlen)) goto done;
    if (n > 1 && !(cmp = compare_articles(ca, n, ctx[0].min_confidence))) goto oom;
    s.cmp = cmp;
    DraftArticle named[DRAFT_MAX_ARTICLES];
    for (size_t k = 0; k < n; k++) {
        named[k] = arts[k];
        if (n > 1) named[k].outlet = outlets[k];
    }
    pack = frame(&s, named);
    if (!pack) goto oom;
    article_questions(&s, pack);
    if (n > 1) draft_compare_questions(&s);
    if (cite) mark_cite(pack);
    int state = 0;
    for (int round = 0; round < 4 && state == 0; round++) state = prune(pack, n > 1, &r.dropped, err, errlen);
    if (state != 1) {
        int k;
        if (state == 0) snprintf(err, errlen, "could not make a valid draft");
        else if (sscanf(err, "the draft is invalid at articles[%d]", &k) == 1 && k >= 0 && (size_t)k < n)
            at = k; /* an article too long for a pack, say: name its file */
        goto done;
    }
    count_kinds(pack, &r);
    for (size_t k = 0; k < n; k++) r.unsure += ctx[k].unsure;
    if (r.questions == 0) {
        snprintf(err, errlen, "found nothing to ask about: no attributed quotes, claims or dates");
        goto done;
    }
    out = cJSON_Print(pack);
    if (!out) goto oom;
    goto done;
oom:
    snprintf(err, errlen, "out of memory");
done:
    if (report) *report = r;
    if (which) *which = out ? -1 : at;
    cJSON_Delete(pack);
    for (size_t i = 0; s.people_ids && cmp && i < cmp->n_people; i++) free(s.people_ids[i]);
    free(s.people_ids);
    comparison_free(cmp);
    for (size_t k = 0; k < n && k < DRAFT_MAX_ARTICLES; k++) {
        for (size_t i = 0; ctx[k].person_ids && i < ctx[k].ann->n_people; i++) free(ctx[k].person_ids[i]);
        free(ctx[k].person_ids);
        free(ctx[k].sentences);
        annotation_free(ctx[k].ann);
    }
    return out;
}

char *draft_pack(const char *text, size_t len, const DraftOptions *opt, DraftReport *report,
                 char *err, size_t errlen)
{
    DraftArticle a = {text, len, opt->date, opt->title, opt->outlet, opt->source};
    return draft_pack_articles(&a, 1, opt->min_confidence, opt->cite, report, NULL, err, errlen);
}
