/* annotate_json.c — an Annotation as JSON (the output of `byline annotate`; format in
 * docs/annotate.md). cJSON is used only here, at the output edge. */
#include "annotate.h"
#include "text.h"
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

static const char *via_name(AnnVia v)
{
    switch (v) {
    case ANN_VIA_CUE: return "cue";
    case ANN_VIA_CONTINUED: return "continued";
    case ANN_VIA_CONTEXT: return "context";
    case ANN_VIA_NONE: break;
    }
    return "none";
}

static const char *kind_name(AnnDateKind k)
{
    switch (k) {
    case ANN_DATE_FULL: return "full";
    case ANN_DATE_MONTH_DAY: return "month-day";
    case ANN_DATE_MONTH: return "month";
    case ANN_DATE_YEAR: return "year";
    case ANN_DATE_WEEKDAY: return "weekday";
    case ANN_DATE_RELATIVE: return "relative";
    }
    return "?";
}

/* A copy of s with each invalid UTF-8 byte replaced by U+FFFD: JSON text must be UTF-8, while
 * the annotation keeps the article's bytes as they are (so that offsets stay exact). */
static char *utf8_clean(const char *s)
{
    size_t n = strlen(s), o = 0;
    char *out = malloc(n * 3 + 1);
    for (size_t i = 0; out && i < n;) {
        uint32_t cp;
        size_t k = text_utf8_decode(s + i, n - i, &cp);
        bool bad = cp == 0xFFFD && k == 1;
        memcpy(out + o, bad ? "\xEF\xBF\xBD" : s + i, bad ? 3 : k);
        o += bad ? 3 : k;
        i += k;
    }
    if (out) out[o] = '\0';
    return out;
}

/* A string, or null for NULL. Returns false when out of memory. */
static bool add_text(cJSON *o, const char *key, const char *s)
{
    if (!s) return cJSON_AddNullToObject(o, key) != NULL;
    if (text_utf8_valid(s, strlen(s), NULL)) return cJSON_AddStringToObject(o, key, s) != NULL;
    char *clean = utf8_clean(s);
    bool ok = clean && cJSON_AddStringToObject(o, key, clean);
    free(clean);
    return ok;
}

static bool add_span(cJSON *o, AnnSpan s)
{
    return cJSON_AddNumberToObject(o, "start", (double)s.start) &&
           cJSON_AddNumberToObject(o, "end", (double)s.end);
}

static bool add_date(cJSON *o, const char *key, Date d)
{
    char buf[11];
    if (!date_is_set(d)) return cJSON_AddNullToObject(o, key) != NULL;
    date_format(d, buf);
    return cJSON_AddStringToObject(o, key, buf) != NULL;
}

/* A new object appended to arr (which then owns it); NULL when out of memory. */
static cJSON *new_item(cJSON *arr)
{
    cJSON *o = cJSON_CreateObject();
    if (o && !cJSON_AddItemToArray(arr, o)) {
        cJSON_Delete(o);
        o = NULL;
    }
    return o;
}

static bool quote_json(const Annotation *a, const AnnQuote *q, cJSON *arr)
{
    cJSON *o = new_item(arr), *parts = NULL;
    /* A low-confidence speaker is printed as a guess: whoever reads "speaker" gets a name only
     * when the article makes it clear. */
    bool sure = q->confidence >= ANN_CONF_MEDIUM;
    const char *who = annotation_person_name(a, q->speaker);
    bool ok = o && add_text(o, "text", q->text) && add_text(o, "speaker", sure ? who : NULL) &&
              (sure || !who || add_text(o, "guess", who)) && add_span(o, q->span) &&
              add_text(o, "cue", q->cue) && add_text(o, "via", via_name(q->via)) &&
              add_text(o, "reason", annotation_reason_name(q->reason)) &&
              add_text(o, "confidence", annotation_confidence_name(q->confidence)) &&
              (parts = cJSON_AddArrayToObject(o, "parts"));
    for (size_t k = 0; ok && k < q->n_parts; k++) {
        cJSON *p = cJSON_CreateArray();
        ok = p && cJSON_AddItemToArray(parts, p) &&
             cJSON_AddItemToArray(p, cJSON_CreateNumber((double)q->parts[k].start)) &&
             cJSON_AddItemToArray(p, cJSON_CreateNumber((double)q->parts[k].end));
    }
    return ok;
}

static bool date_json(const AnnDate *d, cJSON *arr)
{
    cJSON *o = new_item(arr);
    return o && add_text(o, "text", d->text) && add_date(o, "value", d->value) && add_span(o, d->span) &&
           add_text(o, "kind", kind_name(d->kind));
}

static bool person_json(const AnnPerson *p, cJSON *arr)
{
    cJSON *o = new_item(arr);
    return o && add_text(o, "name", p->name) && add_text(o, "role", p->role) &&
           cJSON_AddNumberToObject(o, "mentions", (double)p->mentions) &&
           add_text(o, "kind", p->kind == ANN_KIND_ORGANISATION ? "organisation" : "person");
}

static bool claim_json(const AnnClaim *c, cJSON *arr)
{
    cJSON *o = new_item(arr);
    return o && add_text(o, "text", c->text) && add_text(o, "holder", c->holder_text) &&
           add_span(o, c->span) && add_text(o, "cue", c->cue);
}

/* The output grows in one buffer. Each entry is built as a small cJSON tree, printed and freed
 * at once, so memory stays proportional to the output: a whole-document tree costs about a
 * kilobyte per quotation, 700 times the input on a text of nothing but quotation marks. */
typedef struct Out {
    char *s;
    size_t n, cap;
    bool oom;
} Out;

static void out_put(Out *o, const char *s, size_t n)
{
    if (o->oom) return;
    if (o->n + n + 1 > o->cap) {
        size_t nc = o->cap ? o->cap : 4096;
        while (nc < o->n + n + 1) nc *= 2;
        char *p = realloc(o->s, nc);
        if (!p) {
            o->oom = true;
            return;
        }
        o->s = p;
        o->cap = nc;
    }
    memcpy(o->s + o->n, s, n);
    o->n += n;
    o->s[o->n] = '\0';
}

static void out_str(Out *o, const char *s) { out_put(o, s, strlen(s)); }

/* An entry printed by cJSON, re-indented by two levels in pretty output (the depth of an object
 * in an array of the root object, as cJSON_Print would indent it). Strings in JSON hold no raw
 * newline, so every newline is the printer's. */
static void out_entry(Out *o, cJSON *item, bool pretty)
{
    char *s = item ? (pretty ? cJSON_Print(item) : cJSON_PrintUnformatted(item)) : NULL;
    if (!s) o->oom = true;
    for (const char *p = s, *nl; p && !o->oom; p = nl + 1) {
        nl = strchr(p, '\n');
        if (!nl) {
            out_str(o, p);
            break;
        }
        out_put(o, p, (size_t)(nl - p));
        out_str(o, "\n\t\t");
    }
    free(s);
}

typedef bool (*EntryFn)(const Annotation *a, size_t i, cJSON *arr);

static bool quote_entry(const Annotation *a, size_t i, cJSON *arr)
{
    return quote_json(a, &a->quotes[i], arr);
}
static bool date_entry(const Annotation *a, size_t i, cJSON *arr) { return date_json(&a->dates[i], arr); }
static bool person_entry(const Annotation *a, size_t i, cJSON *arr)
{
    return person_json(&a->people[i], arr);
}
static bool claim_entry(const Annotation *a, size_t i, cJSON *arr) { return claim_json(&a->claims[i], arr); }

/* ,"key":[entry, entry] — each entry built in a scratch array and printed on its own. */
static void out_array(Out *o, const Annotation *a, const char *key, size_t n, EntryFn fn,
                      bool pretty)
{
    out_str(o, pretty ? ",\n\t\"" : ",\"");
    out_str(o, key);
    out_str(o, pretty ? "\":\t[" : "\":[");
    for (size_t i = 0; i < n && !o->oom; i++) {
        cJSON *arr = cJSON_CreateArray();
        if (!arr || !fn(a, i, arr)) o->oom = true;
        else out_entry(o, arr->child, pretty);
        cJSON_Delete(arr);
        if (i + 1 < n) out_str(o, pretty ? ", " : ",");
    }
    out_str(o, "]");
}

char *annotation_to_json(const Annotation *a, bool pretty)
{
    if (!a) return NULL;
    Out o = {0};
    char date[11] = "";
    if (date_is_set(a->date)) date_format(a->date, date);
    out_str(&o, pretty ? "{\n\t\"date\":\t" : "{\"date\":");
    out_str(&o, date[0] ? "\"" : "null");
    out_str(&o, date);
    out_str(&o, date[0] ? "\"" : "");
    out_array(&o, a, "quotes", a->n_quotes, quote_entry, pretty);
    out_array(&o, a, "dates", a->n_dates, date_entry, pretty);
    out_array(&o, a, "people", a->n_people, person_entry, pretty);
    out_array(&o, a, "claims", a->n_claims, claim_entry, pretty);
    out_str(&o, pretty ? "\n}" : "}");
    if (o.oom) {
        free(o.s);
        return NULL;
    }
    return o.s;
}
