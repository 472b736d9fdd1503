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
    bool ok = o && add_text(o, "text", q->text) &&
              add_text(o, "speaker", annotation_person_name(a, q->speaker)) && add_span(o, q->span) &&
              add_text(o, "cue", q->cue) && add_text(o, "via", via_name(q->via)) &&
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
           cJSON_AddNumberToObject(o, "mentions", (double)p->mentions);
}

static bool claim_json(const AnnClaim *c, cJSON *arr)
{
    cJSON *o = new_item(arr);
    return o && add_text(o, "text", c->text) && add_text(o, "holder", c->holder_text) &&
           add_span(o, c->span) && add_text(o, "cue", c->cue);
}

static bool build(const Annotation *a, cJSON *root)
{
    cJSON *quotes, *dates, *people, *claims;
    bool ok = add_date(root, "date", a->date) && (quotes = cJSON_AddArrayToObject(root, "quotes")) &&
              (dates = cJSON_AddArrayToObject(root, "dates")) &&
              (people = cJSON_AddArrayToObject(root, "people")) &&
              (claims = cJSON_AddArrayToObject(root, "claims"));
    for (size_t i = 0; ok && i < a->n_quotes; i++) ok = quote_json(a, &a->quotes[i], quotes);
    for (size_t i = 0; ok && i < a->n_dates; i++) ok = date_json(&a->dates[i], dates);
    for (size_t i = 0; ok && i < a->n_people; i++) ok = person_json(&a->people[i], people);
    for (size_t i = 0; ok && i < a->n_claims; i++) ok = claim_json(&a->claims[i], claims);
    return ok;
}

char *annotation_to_json(const Annotation *a, bool pretty)
{
    if (!a) return NULL;
    cJSON *root = cJSON_CreateObject();
    char *out = NULL;
    if (root && build(a, root)) out = pretty ? cJSON_Print(root) : cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    return out;
}
