/* draft.c — turning annotations into a draft pack (see draft.h).
 *
 * Each generator adds candidate questions to a JSON array; the finished pack goes through the real
 * loader, and any question it rejects (an ambiguous passage, say) is removed and the pack checked
 * again. Evidence passages are whole sentences of the article, so the student sees the quotation
 * together with its attribution. */
#include "draft.h"
#include "annotate.h"
#include "diag.h"
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

static void add_article(DraftCtx *c, cJSON *pack, const DraftOptions *opt)
{
    cJSON *arts = cJSON_AddArrayToObject(pack, "articles");
    cJSON *a = cJSON_CreateObject();
    cJSON_AddItemToArray(arts, a);
    cJSON_AddStringToObject(a, "id", "article");
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

static cJSON *frame(DraftCtx *c, const DraftOptions *opt)
{
    cJSON *pack = cJSON_CreateObject();
    if (!pack) return NULL;
    cJSON_AddNumberToObject(pack, "format", 1);
    cJSON_AddStringToObject(pack, "id", "draft");
    cJSON_AddStringToObject(pack, "title", "Draft: review before use");
    cJSON_AddStringToObject(pack, "language", "en");
    /* The file's own name, not its path: a path says where the teacher keeps files, and a long one
     * is a "word" no screen can show. */
    const char *src = opt->source ? opt->source : "an article";
    const char *slash = strrchr(src, '/');
    char desc[300];
    snprintf(desc, sizeof desc,
             "Draft made by `byline draft` from %s. Every question, answer and explanation "
             "needs a teacher's review.", slash && slash[1] ? slash + 1 : src);
    cJSON_AddStringToObject(pack, "description", desc);
    add_article(c, pack, opt);
    add_people(c, pack);
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
static int prune(cJSON *pack, size_t *dropped, char *err, size_t errlen)
{
    char *text = cJSON_PrintUnformatted(pack);
    if (!text) return -1;
    Diagnostics d;
    diag_init(&d, "draft.json");
    Pack *p = pack_load_buffer(text, strlen(text), &d);
    free(text);
    int result = p ? 1 : 0;
    pack_free(p);
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

/* --cite: speaker and claim questions ask for their evidence too (the sentence each was drafted
 * from); evidence questions already do, and timeline questions stay as they are. */
static void mark_cite(cJSON *pack)
{
    cJSON *q;
    cJSON_ArrayForEach(q, cJSON_GetObjectItemCaseSensitive(pack, "questions"))
    {
        const char *k = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(q, "kind"));
        const char *f = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(q, "format"));
        if (k && f && strcmp(k, "timeline") != 0 && strcmp(f, "evidence") != 0)
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
        if (strcmp(k, "speaker") == 0) r->speaker++;
        else if (strcmp(k, "claim") == 0) r->claim++;
        else r->timeline++;
        r->questions++;
        r->cited += cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(q, "cite"));
    }
}

char *draft_pack(const char *text, size_t len, const DraftOptions *opt, DraftReport *report,
                 char *err, size_t errlen)
{
    DraftReport r = {0};
    DraftCtx c = {.text = text, .len = len,
                  .min_confidence = opt->min_confidence ? opt->min_confidence : ANN_CONF_MEDIUM};
    char *out = NULL;
    cJSON *pack = NULL;
    c.ann = annotate_text(text, len, opt->date, err, errlen);
    if (!c.ann) goto done;
    if (c.ann->date.year == 0) {
        snprintf(err, errlen, "the article has no date line; give one with --date YYYY-MM-DD");
        goto done;
    }
    c.n_sentences = text_sentences(text + c.ann->body_start, len - c.ann->body_start, &c.sentences);
    for (size_t i = 0; i < c.n_sentences; i++) {
        c.sentences[i].start += c.ann->body_start;
        c.sentences[i].end += c.ann->body_start;
    }
    pack = frame(&c, opt);
    if (!pack) goto oom;
    c.questions = cJSON_GetObjectItemCaseSensitive(pack, "questions");
    c.events = cJSON_GetObjectItemCaseSensitive(pack, "events");
    draft_speaker_questions(&c);
    draft_claim_questions(&c);
    draft_timeline_questions(&c);
    if (opt->cite) mark_cite(pack);
    int state = 0;
    for (int round = 0; round < 4 && state == 0; round++) state = prune(pack, &r.dropped, err, errlen);
    if (state != 1) {
        if (state == 0) snprintf(err, errlen, "could not make a valid draft");
        goto done;
    }
    count_kinds(pack, &r);
    r.unsure = c.unsure;
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
    cJSON_Delete(pack);
    for (size_t i = 0; c.person_ids && i < c.ann->n_people; i++) free(c.person_ids[i]);
    free(c.person_ids);
    free(c.sentences);
    annotation_free(c.ann);
    return out;
}
