/* import_pack.c — the pack skeleton an import builds: articles from description items, events
 * for order questions, questions, and "TODO" placeholders for everything GIFT does not carry.
 * Placeholders are chosen to fail `byline check` until a teacher replaces them: a pack must not
 * pass with invented evidence. */
#include "import_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TODO_DATE "TODO: YYYY-MM-DD"
#define TODO_EVIDENCE "TODO: quote the sentence of the article that supports the answer"
#define TODO_EXPLANATION "TODO: explain the answer (students see this after answering)"

static void note_oom(ImportPack *ip, const void *p)
{
    if (!p) ip->oom = true;
}

static void add_string(ImportPack *ip, cJSON *obj, const char *key, const char *value)
{
    note_oom(ip, cJSON_AddStringToObject(obj, key, value));
}

static void append_string(ImportPack *ip, cJSON *arr, const char *value)
{
    cJSON *s = cJSON_CreateString(value);
    note_oom(ip, s);
    if (s) cJSON_AddItemToArray(arr, s);
}

bool import_pack_init(ImportPack *ip, ExportWarnings *w)
{
    *ip = (ImportPack){.warnings = w};
    ip->articles = cJSON_CreateArray();
    ip->events = cJSON_CreateArray();
    ip->questions = cJSON_CreateArray();
    return ip->articles && ip->events && ip->questions;
}

void import_pack_free(ImportPack *ip)
{
    cJSON_Delete(ip->root);
    cJSON_Delete(ip->articles);
    cJSON_Delete(ip->events);
    cJSON_Delete(ip->questions);
    ip->root = ip->articles = ip->events = ip->questions = NULL;
}

/* --- articles ---------------------------------------------------------------------------------- */

/* "Outlet · By Someone · 2025-03-14", as byline export writes the date line. */
static void add_dateline(ImportPack *ip, cJSON *a, const char *line, bool *has_outlet,
                         bool *has_date)
{
    const char *sep = " \xC2\xB7 ";
    char buf[512];
    snprintf(buf, sizeof buf, "%s", line);
    char *parts[3] = {buf, NULL, NULL};
    int n = 1;
    for (char *at = strstr(buf, sep); at && n < 3; at = strstr(at, sep)) {
        *at = '\0';
        at += strlen(sep);
        parts[n++] = at;
    }
    Date d;
    if (n >= 2 && date_parse_full(parts[n - 1], &d)) {
        add_string(ip, a, "date", parts[n - 1]);
        *has_date = true;
        n--;
    }
    add_string(ip, a, "outlet", parts[0]);
    *has_outlet = true;
    if (n == 2) add_string(ip, a, "byline", parts[1]);
}

/* "Practice article … https://…": a trailing URL becomes `url`. */
static void add_attribution(ImportPack *ip, cJSON *a, const char *text)
{
    const char *url = strstr(text, "http");
    if (url && (url == text || url[-1] == ' ') && !strchr(url, ' ')) {
        size_t n = (size_t)(url - text);
        while (n && text[n - 1] == ' ') n--;
        if (n) {
            char buf[1024];
            snprintf(buf, sizeof buf, "%.*s", (int)(n < sizeof buf ? n : sizeof buf - 1), text);
            add_string(ip, a, "attribution", buf);
        }
        add_string(ip, a, "url", url);
        return;
    }
    add_string(ip, a, "attribution", text);
}

static cJSON *new_article(ImportPack *ip, const char *title)
{
    char id[PACK_MAX_ID_CHARS + 1], unique[PACK_MAX_ID_CHARS + 8];
    size_t n = (size_t)cJSON_GetArraySize(ip->articles);
    import_slug(title, id, sizeof id);
    for (char *c = id; *c; c++)
        if (*c >= 'A' && *c <= 'Z') *c = (char)(*c + 32);
    if (!id[0]) snprintf(id, sizeof id, "article");
    snprintf(unique, sizeof unique, n ? "%.60s-%zu" : "%.60s", id, n + 1);
    cJSON *a = cJSON_CreateObject();
    note_oom(ip, a);
    if (!a) return NULL;
    add_string(ip, a, "id", unique);
    add_string(ip, a, "title", title);
    cJSON_AddItemToArray(ip->articles, a);
    return a;
}

void import_pack_article(ImportPack *ip, const TextBlocks *b, const char *headline, int line)
{
    if (cJSON_GetArraySize(ip->articles) >= PACK_MAX_ARTICLES) {
        import_warn(ip, line, "more than %d description items: this one is not an article",
                    PACK_MAX_ARTICLES);
        return;
    }
    const char *title = headline && *headline ? headline : "TODO: the headline";
    for (size_t i = 0; i < b->count; i++)
        if (b->items[i].heading) {
            title = b->items[i].text;
            break;
        }
    cJSON *a = new_article(ip, title);
    cJSON *paras = cJSON_CreateArray();
    note_oom(ip, paras);
    if (!a || !paras) {
        cJSON_Delete(paras);
        return;
    }
    bool has_outlet = false, has_date = false, titled = false;
    for (size_t i = 0; i < b->count; i++) {
        const TextBlock *t = &b->items[i];
        if (t->heading && !titled) titled = true;
        else if (strcmp(t->cls, "byline-dateline") == 0 && !has_outlet)
            add_dateline(ip, a, t->text, &has_outlet, &has_date);
        else if (strcmp(t->cls, "byline-attribution") == 0) add_attribution(ip, a, t->text);
        else append_string(ip, paras, t->text);
    }
    if (!has_outlet) add_string(ip, a, "outlet", "TODO: the publication");
    if (!has_date) add_string(ip, a, "date", TODO_DATE);
    if (!cJSON_GetArraySize(paras)) append_string(ip, paras, "TODO: paste the article here");
    cJSON_AddItemToObject(a, "paragraphs", paras);
}

/* --- questions ------------------------------------------------------------------------------- */

static bool id_taken(const cJSON *arr, const char *id)
{
    const cJSON *q;
    cJSON_ArrayForEach(q, arr) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(q, "id");
        if (cJSON_IsString(v) && strcmp(v->valuestring, id) == 0) return true;
    }
    return false;
}

void import_pack_question_id(ImportPack *ip, const char *wanted, char *buf, size_t size)
{
    char base[PACK_MAX_ID_CHARS + 1];
    import_slug(wanted ? wanted : "", base, sizeof base);
    if (!base[0]) snprintf(base, sizeof base, "q%zu", ip->n_questions + 1);
    snprintf(buf, size, "%s", base);
    for (int k = 2; id_taken(ip->questions, buf) && k < 1000000; k++)
        snprintf(buf, size, "%.56s-%d", base, k);
}

void import_pack_event(ImportPack *ip, const char *qid, size_t k, const char *text, char *buf,
                       size_t size)
{
    snprintf(buf, size, "%.56s-e%zu", qid, k + 1);
    cJSON *e = cJSON_CreateObject();
    note_oom(ip, e);
    if (!e) return;
    add_string(ip, e, "id", buf);
    add_string(ip, e, "text", text);
    add_string(ip, e, "date", TODO_DATE);
    cJSON_AddItemToArray(ip->events, e);
}

/* The id of the imported article whose title ends the line `byline export` writes before a
 * passage of a pack with several articles ("<outlet>: <headline>"), or NULL. */
static const char *source_article(const ImportPack *ip, const char *line)
{
    const cJSON *a;
    size_t n = strlen(line);
    cJSON_ArrayForEach(a, ip->articles)
    {
        const char *title = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(a, "title"));
        size_t t = title ? strlen(title) : 0;
        if (t && t + 2 <= n && strcmp(line + n - t, title) == 0 && line[n - t - 1] == ' ' &&
            line[n - t - 2] == ':')
            return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(a, "id"));
    }
    return NULL;
}

/* A passage, with its article when a source line named one. */
static void append_passage(ImportPack *ip, cJSON *ev, const char *text, const char *article)
{
    if (!article) {
        append_string(ip, ev, text);
        return;
    }
    cJSON *o = cJSON_CreateObject();
    note_oom(ip, o);
    if (!o) return;
    add_string(ip, o, "quote", text);
    add_string(ip, o, "article", article);
    cJSON_AddItemToArray(ev, o);
}

/* Quoted blocks become evidence; the rest, less Byline's own labels, the explanation. */
static void add_feedback(ImportPack *ip, cJSON *q, const TextBlocks *fb)
{
    ExBuf expl = {0};
    cJSON *ev = cJSON_CreateArray();
    const char *article = NULL; /* named by the source line before a passage */
    note_oom(ip, ev);
    for (size_t i = 0; fb && ev && i < fb->count; i++) {
        const TextBlock *t = &fb->items[i];
        if (t->quote && cJSON_GetArraySize(ev) < PACK_MAX_EVIDENCE) {
            append_passage(ip, ev, t->text, article);
            article = NULL;
        } else if (!t->quote && strcmp(t->cls, EXPORT_SOURCE_CLASS) == 0) {
            article = source_article(ip, t->text);
        } else if (!t->quote && strncmp(t->cls, "byline-", 7) != 0) {
            if (expl.len) exbuf_putc(&expl, ' ');
            exbuf_puts(&expl, t->text);
        }
    }
    ip->oom |= expl.oom;
    add_string(ip, q, "explanation", expl.len ? expl.data : TODO_EXPLANATION);
    if (ev && !cJSON_GetArraySize(ev)) append_string(ip, ev, TODO_EVIDENCE);
    if (ev) cJSON_AddItemToObject(q, "evidence", ev);
    exbuf_free(&expl);
}

void import_pack_add(ImportPack *ip, cJSON *q, const TextBlocks *feedback, cJSON *tags)
{
    if (!q) {
        ip->oom = true;
        cJSON_Delete(tags);
        return;
    }
    add_feedback(ip, q, feedback);
    if (tags && cJSON_GetArraySize(tags)) cJSON_AddItemToObject(q, "tags", tags);
    else cJSON_Delete(tags);
    cJSON_AddItemToArray(ip->questions, q);
    ip->n_questions++;
}

bool import_pack_cite_last(ImportPack *ip)
{
    int n = ip->questions ? cJSON_GetArraySize(ip->questions) : 0;
    cJSON *last = n ? cJSON_GetArrayItem(ip->questions, n - 1) : NULL;
    const cJSON *format = last ? cJSON_GetObjectItemCaseSensitive(last, "format") : NULL;
    if (!last || (cJSON_IsString(format) && strcmp(format->valuestring, "evidence") == 0))
        return false;
    cJSON_DeleteItemFromObjectCaseSensitive(last, "cite");
    if (!cJSON_AddBoolToObject(last, "cite", true)) ip->oom = true;
    return true;
}

/* --- the pack ---------------------------------------------------------------------------------- */

/* The pack's title: the last part of $CATEGORY, else the input's file name without extension. */
static void pack_title(const ImportPack *ip, const char *source, char *buf, size_t size)
{
    const char *slash = strrchr(ip->category, '/');
    const char *cat = slash ? slash + 1 : ip->category;
    if (*cat && strcmp(cat, "top") != 0) {
        snprintf(buf, size, "%s", cat);
        return;
    }
    const char *base = source ? strrchr(source, '/') : NULL;
    base = base ? base + 1 : source;
    if (!base || !*base || strcmp(base, "-") == 0) base = "Imported questions";
    snprintf(buf, size, "%s", base);
    char *dot = strchr(buf, '.');
    if (dot && dot != buf) *dot = '\0';
}

static void add_placeholder_article(ImportPack *ip)
{
    TextBlocks none = {0};
    import_pack_article(ip, &none, NULL, 0);
}

char *import_pack_finish(ImportPack *ip, const char *source)
{
    char title[160], id[PACK_MAX_ID_CHARS + 1], desc[512];
    pack_title(ip, source, title, sizeof title);
    import_slug(title, id, sizeof id);
    for (char *c = id; *c; c++)
        if (*c >= 'A' && *c <= 'Z') *c = (char)(*c + 32);
    if (!cJSON_GetArraySize(ip->articles)) add_placeholder_article(ip);
    snprintf(desc, sizeof desc, "Imported from %s by byline import. Fill in every TODO (article, "
             "dates, evidence, explanations), then run byline check.",
             source && *source ? source : "GIFT");
    ip->root = cJSON_CreateObject();
    note_oom(ip, ip->root);
    if (!ip->root) return NULL;
    note_oom(ip, cJSON_AddNumberToObject(ip->root, "format", PACK_FORMAT_VERSION));
    add_string(ip, ip->root, "id", id[0] ? id : "imported");
    add_string(ip, ip->root, "title", title);
    add_string(ip, ip->root, "language", "en");
    add_string(ip, ip->root, "description", desc);
    cJSON_AddItemToObject(ip->root, "articles", ip->articles);
    if (cJSON_GetArraySize(ip->events)) cJSON_AddItemToObject(ip->root, "events", ip->events);
    else cJSON_Delete(ip->events);
    cJSON_AddItemToObject(ip->root, "questions", ip->questions);
    ip->articles = ip->events = ip->questions = NULL;
    char *json = ip->oom ? NULL : cJSON_Print(ip->root);
    import_pack_free(ip);
    return json;
}
