/* annotate_checks.h — assertions shared by the tests of `byline annotate`'s analysis
 * (test_annotate.c, test_annotate_dates.c, test_annotate_output.c): load an article or a text,
 * find a quotation, a person, a date or a claim, and fail with a message naming what is missing.
 * Include after <cmocka.h>; the functions are static inline so each test uses only what it needs. */
#ifndef BYLINE_ANNOTATE_CHECKS_H
#define BYLINE_ANNOTATE_CHECKS_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "annotate.h"
#include "annotate_internal.h"
#include "date.h"
#include "helpers.h"

typedef struct Loaded {
    char *text;
    size_t len;
    Annotation *a;
} Loaded;

static inline Loaded load_text(const char *text, size_t len, const char *date)
{
    Loaded l = {NULL, len, NULL};
    char err[200] = "";
    l.text = malloc(len + 1);
    assert_non_null(l.text);
    memcpy(l.text, text, len);
    l.text[len] = '\0';
    l.a = annotate_text(l.text, len, date, err, sizeof err);
    if (!l.a) fail_msg("annotate_text failed: %s", err);
    return l;
}

static inline Loaded load(const char *rel, const char *date)
{
    size_t len = 0;
    char *text = tu_read_file(tu_source_path(rel), &len);
    if (!text) fail_msg("cannot read fixture %s", rel);
    Loaded l = load_text(text, len, date);
    free(text);
    return l;
}

static inline void unload(Loaded *l)
{
    annotation_free(l->a);
    free(l->text);
}

/* The bytes of span s must be exactly `expected`. */
static inline void assert_span(const Loaded *l, AnnSpan s, const char *expected)
{
    assert_true(s.start <= s.end && s.end <= l->len);
    size_t n = strlen(expected);
    if (s.end - s.start != n || memcmp(l->text + s.start, expected, n) != 0)
        fail_msg("bytes [%zu, %zu) are '%.*s', expected '%s'", s.start, s.end,
                 (int)(s.end - s.start), l->text + s.start, expected);
}

static inline const AnnQuote *quote_with(const Annotation *a, const char *needle)
{
    for (size_t i = 0; i < a->n_quotes; i++)
        if (strstr(a->quotes[i].text, needle)) return &a->quotes[i];
    fail_msg("no quotation contains '%s'", needle);
    return NULL;
}

static inline const char *speaker_of(const Annotation *a, const char *needle)
{
    const char *name = annotation_person_name(a, quote_with(a, needle)->speaker);
    return name ? name : "(nobody)";
}

static inline void assert_date(const Annotation *a, const char *text, const char *value)
{
    for (size_t i = 0; i < a->n_dates; i++) {
        if (strcmp(a->dates[i].text, text) != 0) continue;
        char buf[11];
        date_format(a->dates[i].value, buf);
        if (strcmp(buf, value) != 0) fail_msg("'%s' is %s, expected %s", text, buf, value);
        return;
    }
    fail_msg("no date expression '%s'", text);
}

static inline const AnnPerson *person(const Annotation *a, const char *name)
{
    for (size_t i = 0; i < a->n_people; i++)
        if (strcmp(a->people[i].name, name) == 0) return &a->people[i];
    fail_msg("no person '%s'", name);
    return NULL;
}

static inline void assert_role(const Annotation *a, const char *name, const char *role)
{
    const AnnPerson *p = person(a, name);
    if (!role) {
        assert_null(p->role);
        return;
    }
    assert_non_null(p->role);
    assert_string_equal(p->role, role);
}

static inline const AnnClaim *claim_with(const Annotation *a, const char *needle)
{
    for (size_t i = 0; i < a->n_claims; i++)
        if (strstr(a->claims[i].text, needle)) return &a->claims[i];
    fail_msg("no claim contains '%s'", needle);
    return NULL;
}

#endif
