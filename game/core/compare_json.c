/* compare_json.c — `byline annotate A B …` output: each article's annotation and the comparison
 * (format in docs/annotate.md, "Comparing articles"). cJSON is used only here, at the edge. */
#include "compare.h"
#include "text.h"
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

/* A JSON string of s[0..n), each invalid UTF-8 byte replaced by U+FFFD: JSON text must be UTF-8,
 * while the article keeps its bytes as they are (so that offsets stay exact). */
static cJSON *clean_string(const char *s, size_t n)
{
    char *buf = malloc(n * 3 + 1);
    size_t o = 0;
    for (size_t i = 0; buf && i < n;) {
        uint32_t cp;
        size_t k = text_utf8_decode(s + i, n - i, &cp);
        bool bad = cp == 0xFFFD && k == 1;
        memcpy(buf + o, bad ? "\xEF\xBF\xBD" : s + i, bad ? 3 : k);
        o += bad ? 3 : k;
        i += k;
    }
    if (!buf) return NULL;
    buf[o] = '\0';
    cJSON *j = cJSON_CreateString(buf);
    free(buf);
    return j;
}

static cJSON *span_string(const char *text, AnnSpan s)
{
    return clean_string(text + s.start, s.end - s.start);
}

static void add_str(cJSON *o, const char *key, const char *s)
{
    cJSON_AddItemToObject(o, key, s ? clean_string(s, strlen(s)) : cJSON_CreateNull());
}

static void add_span(cJSON *o, AnnSpan s)
{
    cJSON_AddNumberToObject(o, "start", (double)s.start);
    cJSON_AddNumberToObject(o, "end", (double)s.end);
}

static cJSON *files(const Comparison *c, const bool *which, bool want, const char *const *names)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t k = 0; k < c->n_articles; k++)
        if (which[k] == want) cJSON_AddItemToArray(arr, cJSON_CreateString(names[k]));
    return arr;
}

static cJSON *people_json(const Comparison *c, const char *const *names)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; i < c->n_people; i++) {
        const ComparePerson *p = &c->people[i];
        bool quoted[COMPARE_MAX_ARTICLES];
        for (size_t k = 0; k < c->n_articles; k++) quoted[k] = p->quote[k] >= 0;
        cJSON *o = cJSON_CreateObject();
        add_str(o, "name", p->name);
        cJSON_AddStringToObject(o, "kind", p->kind == ANN_KIND_ORGANISATION ? "organisation" : "person");
        cJSON_AddItemToObject(o, "quoted_in", files(c, quoted, true, names));
        cJSON_AddItemToObject(o, "named_in", files(c, p->mentioned, true, names));
        cJSON_AddItemToObject(o, "not_named_in", files(c, p->mentioned, false, names));
        cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

static cJSON *words_json(const Comparison *c, const CompareArticle *arts, const char *const *names)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; i < c->n_words; i++) {
        const CompareWords *w = &c->words[i];
        AnnSpan s = arts[w->article].ann->quotes[w->quote].parts[w->part];
        cJSON *o = cJSON_CreateObject();
        add_str(o, "speaker", c->people[w->person].name);
        cJSON_AddItemToObject(o, "text", span_string(arts[w->article].text, s));
        cJSON_AddStringToObject(o, "file", names[w->article]);
        add_span(o, s);
        cJSON_AddItemToObject(o, "in", files(c, w->in, true, names));
        cJSON_AddItemToObject(o, "not_in", files(c, w->in, false, names));
        cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

static cJSON *claims_json(const Comparison *c, const CompareArticle *arts, const char *const *names)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; i < c->n_claims; i++) {
        const CompareClaim *cc = &c->claims[i];
        const AnnClaim *cl = &arts[cc->claim_article].ann->claims[cc->claim];
        cJSON *o = cJSON_CreateObject(), *att = cJSON_CreateObject(), *fact = cJSON_CreateObject();
        cJSON_AddStringToObject(att, "file", names[cc->claim_article]);
        add_str(att, "text", cl->text);
        add_str(att, "holder", cl->holder_text);
        add_str(att, "cue", cl->cue);
        add_span(att, cl->span);
        cJSON_AddStringToObject(fact, "file", names[cc->fact_article]);
        cJSON_AddItemToObject(fact, "sentence", span_string(arts[cc->fact_article].text, cc->fact));
        add_span(fact, cc->fact);
        cJSON_AddItemToObject(o, "attributed", att);
        cJSON_AddItemToObject(o, "as_fact", fact);
        cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

static cJSON *dates_json(const Comparison *c, const CompareArticle *arts, const char *const *names)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; i < c->n_dates; i++) {
        cJSON *pair = cJSON_CreateArray();
        for (int s = 0; s < 2; s++) {
            const AnnDate *d = &arts[c->dates[i].article[s]].ann->dates[c->dates[i].date[s]];
            char iso[11];
            date_format(d->value, iso);
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "file", names[c->dates[i].article[s]]);
            add_str(o, "text", d->text);
            cJSON_AddStringToObject(o, "value", iso);
            add_span(o, d->span);
            cJSON_AddItemToArray(pair, o);
        }
        cJSON_AddItemToArray(arr, pair);
    }
    return arr;
}

static cJSON *numbers_json(const Comparison *c, const CompareArticle *arts, const char *const *names)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; i < c->n_numbers; i++) {
        const CompareNumber *n = &c->numbers[i];
        cJSON *o = cJSON_CreateObject(), *pair = cJSON_CreateArray();
        cJSON_AddStringToObject(o, "noun", n->noun);
        for (int s = 0; s < 2; s++) {
            cJSON *e = cJSON_CreateObject();
            cJSON_AddStringToObject(e, "file", names[n->article[s]]);
            cJSON_AddItemToObject(e, "number", span_string(arts[n->article[s]].text, n->number[s]));
            add_span(e, n->number[s]);
            cJSON_AddItemToArray(pair, e);
        }
        cJSON_AddItemToObject(o, "counts", pair);
        cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

/* s with a tab inserted after every newline (JSON strings hold no raw newline). */
static char *indent(char *s)
{
    size_t n = 0, len = strlen(s);
    for (size_t i = 0; i < len; i++) n += s[i] == '\n';
    char *out = malloc(len + n + 1), *o = out;
    for (size_t i = 0; out && i <= len; i++) {
        *o++ = s[i];
        if (s[i] == '\n') *o++ = '\t';
    }
    free(s);
    return out;
}

char *comparison_to_json(const Comparison *c, const CompareArticle *arts, const char *const *names,
                         bool pretty)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    cJSON_AddItemToObject(o, "people", people_json(c, names));
    cJSON_AddItemToObject(o, "quoted_words", words_json(c, arts, names));
    cJSON_AddItemToObject(o, "fact_and_claim", claims_json(c, arts, names));
    cJSON_AddItemToObject(o, "dates", dates_json(c, arts, names));
    cJSON_AddItemToObject(o, "numbers", numbers_json(c, arts, names));
    char *s = pretty ? cJSON_Print(o) : cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return s && pretty ? indent(s) : s;
}

/* ---- the whole `byline annotate A B …` output ------------------------------------------------ */

typedef struct Buf {
    char *s;
    size_t n, cap;
    bool oom;
} Buf;

static void put(Buf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->n + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 4096;
        while (nc < b->n + n + 1) nc *= 2;
        char *p = realloc(b->s, nc);
        if (!p) {
            b->oom = true;
            return;
        }
        b->s = p;
        b->cap = nc;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

/* s (an annotation's JSON object) without its opening brace, each newline indented by two more
 * tabs: an object in the "articles" array of the root. */
static void put_nested(Buf *b, const char *s, bool pretty)
{
    s = strchr(s, '{');
    s = s ? s + 1 : "}";
    if (pretty && *s == '\n') s++; /* the caller has begun the line */
    for (const char *nl; !b->oom; s = nl + 1) {
        nl = pretty ? strchr(s, '\n') : NULL;
        if (!nl) {
            puts_(b, s);
            break;
        }
        put(b, s, (size_t)(nl - s) + 1);
        puts_(b, "\t\t");
    }
}

char *compare_report_json(const CompareArticle *arts, const char *const *names, size_t n,
                          const Comparison *c, bool pretty)
{
    Buf b = {0};
    puts_(&b, pretty ? "{\n\t\"articles\":\t[" : "{\"articles\":[");
    for (size_t k = 0; k < n && !b.oom; k++) {
        char *ann = annotation_to_json(arts[k].ann, pretty);
        cJSON *name = clean_string(names[k], strlen(names[k]));
        char *quoted = name ? cJSON_PrintUnformatted(name) : NULL;
        if (!ann || !quoted) b.oom = true;
        if (k) puts_(&b, pretty ? ", " : ",");
        puts_(&b, pretty ? "{\n\t\t\t\"file\":\t" : "{\"file\":");
        if (quoted) puts_(&b, quoted);
        puts_(&b, pretty ? ",\n\t\t" : ",");
        if (ann) put_nested(&b, ann, pretty);
        free(ann);
        free(quoted);
        cJSON_Delete(name);
    }
    puts_(&b, pretty ? "],\n\t\"compare\":\t" : "],\"compare\":");
    char *cmp = comparison_to_json(c, arts, names, pretty);
    if (!cmp) b.oom = true;
    else puts_(&b, cmp);
    free(cmp);
    puts_(&b, pretty ? "\n}" : "}");
    if (b.oom) {
        free(b.s);
        return NULL;
    }
    return b.s;
}
