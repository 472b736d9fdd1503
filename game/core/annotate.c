/* annotate.c — annotate_text: reads the optional leading date token, runs the passes (tokens,
 * people, quotations, claims, dates; see annotate_internal.h) over one Doc, and copies the results
 * into an arena that the returned Annotation owns. */
#include "annotate_internal.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void set_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

bool ann_grow(Doc *d, void **arr, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap) return true;
    size_t nc = *cap ? *cap * 2 : 16;
    void *p = nc <= SIZE_MAX / elem ? realloc(*arr, nc * elem) : NULL;
    if (!p) {
        d->oom = true;
        return false;
    }
    *arr = p;
    *cap = nc;
    return true;
}

const char *ann_copy(Doc *d, size_t start, size_t end)
{
    const char *s = arena_strndup(d->arena, d->s + start, end > start ? end - start : 0);
    if (!s) d->oom = true;
    return s;
}

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* "DDDD-DD-DD": shaped like a date, whether or not the day exists. */
static bool date_shaped(const char *s)
{
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
    return true;
}

/* A leading "date YYYY-MM-DD" (as in the shared article files) sets the article date; the body
 * starts after it. Returns false (with err) when the token is there but is not a real date. */
static bool read_date_token(Doc *d, char *err, size_t errlen)
{
    size_t i = 0;
    if (d->len >= 3 && memcmp(d->s, "\xEF\xBB\xBF", 3) == 0) i = 3; /* byte-order mark */
    while (i < d->len && is_blank(d->s[i])) i++;
    d->body = i;
    if (d->len - i < 15 || strncmp(d->s + i, "date", 4) != 0 || !is_blank(d->s[i + 4])) return true;
    size_t k = i + 4;
    while (k < d->len && is_blank(d->s[k])) k++;
    if (d->len - k < 10 || !date_shaped(d->s + k)) return true;
    if (k + 10 < d->len && !is_blank(d->s[k + 10])) return true;
    char buf[11];
    memcpy(buf, d->s + k, 10);
    buf[10] = '\0';
    if (!date_parse_full(buf, &d->date)) {
        set_err(err, errlen, "the leading date token 'date %s' is not a real date", buf);
        return false;
    }
    d->body = k + 10;
    return true;
}

/* Copies a growing array into the arena (NULL when empty). */
static void *to_arena(Doc *d, const void *src, size_t n, size_t elem)
{
    if (n == 0) return NULL;
    void *p = arena_array(d->arena, n, elem);
    if (!p) {
        d->oom = true;
        return NULL;
    }
    memcpy(p, src, n * elem);
    return p;
}

static Annotation *finish(Doc *d)
{
    Annotation *a = arena_alloc(d->arena, sizeof *a);
    if (!a) return NULL;
    a->date = d->date;
    a->body_start = d->body;
    while (a->body_start < d->len && is_blank(d->s[a->body_start])) a->body_start++;
    a->n_people = d->n_pp;
    a->people = arena_array(d->arena, d->n_pp ? d->n_pp : 1, sizeof(AnnPerson));
    a->n_quotes = d->n_qq;
    a->quotes = arena_array(d->arena, d->n_qq ? d->n_qq : 1, sizeof(AnnQuote));
    if (!a->people || !a->quotes) return NULL;
    for (size_t i = 0; i < d->n_pp; i++) a->people[i] = d->pp[i].pub;
    for (size_t i = 0; i < d->n_qq; i++) a->quotes[i] = d->qq[i].pub;
    a->n_dates = d->n_dd;
    a->dates = to_arena(d, d->dd, d->n_dd, sizeof(AnnDate));
    a->n_claims = d->n_cc;
    a->claims = to_arena(d, d->cc, d->n_cc, sizeof(AnnClaim));
    a->arena_ = d->arena;
    return d->oom ? NULL : a;
}

static void doc_free(Doc *d)
{
    free(d->t);
    free(d->para);
    free(d->sent_first);
    free(d->sent_last);
    free(d->seg);
    free(d->pp);
    free(d->qq);
    free(d->cc);
    free(d->dd);
}

Annotation *annotate_text(const char *text, size_t len, const char *date_override, char *err,
                          size_t errlen)
{
    Doc d;
    memset(&d, 0, sizeof d);
    Annotation *a = NULL;
    if (len > ANNOTATE_MAX_BYTES) {
        set_err(err, errlen, "the text is %zu bytes; the limit is %u", len, ANNOTATE_MAX_BYTES);
        return NULL;
    }
    d.s = text ? text : "";
    d.len = text ? len : 0;
    if (!read_date_token(&d, err, errlen)) return NULL;
    if (date_override && !date_parse_full(date_override, &d.date)) {
        set_err(err, errlen, "'%s' is not a date (expected YYYY-MM-DD)", date_override);
        return NULL;
    }
    d.arena = arena_create();
    if (!d.arena || !ann_tokenize(&d) || !ann_people(&d) || !ann_quotes(&d) ||
        !ann_claims(&d) || !ann_dates(&d) || !(a = finish(&d))) {
        set_err(err, errlen, "out of memory");
        arena_destroy(d.arena);
        a = NULL;
    }
    doc_free(&d);
    return a;
}

void annotation_free(Annotation *a)
{
    if (a) arena_destroy(a->arena_);
}

const char *annotation_person_name(const Annotation *a, int person)
{
    if (!a || person < 0 || (size_t)person >= a->n_people) return NULL;
    return a->people[person].name;
}

AnnConfidence annotation_confidence(AnnReason reason)
{
    switch (reason) {
    case ANN_REASON_NAME: return ANN_CONF_HIGH;
    case ANN_REASON_PRONOUN:
    case ANN_REASON_PARTICIPLE:
    case ANN_REASON_SUBJECT:
    case ANN_REASON_CARRIED: return ANN_CONF_MEDIUM;
    case ANN_REASON_DESCRIPTION: /* "the judge", "the governor": often not the one we know */
    case ANN_REASON_CONTEXT:
    case ANN_REASON_GUESS: return ANN_CONF_LOW;
    case ANN_REASON_TITLE:
    case ANN_REASON_NONE: break;
    }
    return ANN_CONF_NONE;
}

const char *annotation_reason_name(AnnReason reason)
{
    static const char *const NAMES[] = {"none", "name", "description", "pronoun",
                                        "participle", "carried", "context", "guess", "subject",
                                        "title"};
    return (unsigned)reason < sizeof NAMES / sizeof NAMES[0] ? NAMES[reason] : "none";
}

const char *annotation_confidence_name(AnnConfidence c)
{
    static const char *const NAMES[] = {"none", "low", "medium", "high"};
    return (unsigned)c < sizeof NAMES / sizeof NAMES[0] ? NAMES[c] : "none";
}
