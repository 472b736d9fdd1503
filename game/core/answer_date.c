/* answer_date.c — a typed answer read as a date.
 *
 * Students type dates every way there is. The text is first rewritten into the one shape that
 * `byline annotate` reads best — "March 31 2020", "31st of March", "March 31" — with month names
 * capitalised and spelled out, numeric forms (3/31/2020, 31.3.2020) turned into words, and a
 * leading weekday set aside. annotate_text then reads that rewrite, so a typed date and a date in
 * an article follow one grammar and one rule for a missing year (the nearest to the article date).
 * The weekday is returned for the caller to check against the date. */
#include "answer_date.h"
#include "annotate.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define CANON_MAX 96
#define WORD_MAX 16

static const char *const MONTHS[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December"};

static bool is_separator(char c)
{
    return c == ' ' || c == ',' || c == '.' || c == '\t' || c == '-';
}

/* Reads the next ASCII word (letters and digits) at *p into w, lower-cased; skips separators
 * (space, comma, full stop, hyphen: "31-Mar-2020") before it. False at the end or at any other
 * character. */
static bool next_word(const char **p, char *w)
{
    const char *s = *p;
    while (is_separator(*s)) s++;
    size_t n = 0;
    while (isalnum((unsigned char)s[n])) {
        if (n + 1 >= WORD_MAX) return false;
        w[n] = (char)tolower((unsigned char)s[n]);
        n++;
    }
    w[n] = '\0';
    *p = s + n;
    return n > 0;
}

/* 1..12 for a month name or its abbreviation ("mar", "sept"), else 0. */
static int month_of(const char *w)
{
    size_t n = strlen(w);
    if (strcmp(w, "sept") == 0) return 9;
    for (int m = 0; m < 12; m++) {
        char full[WORD_MAX];
        size_t k = strlen(MONTHS[m]);
        for (size_t i = 0; i <= k; i++) full[i] = (char)tolower((unsigned char)MONTHS[m][i]);
        if (strcmp(w, full) == 0 || (n == 3 && strncmp(w, full, 3) == 0)) return m + 1;
    }
    return 0;
}

/* 0 (Monday) .. 6 for a weekday name or abbreviation ("tue", "tues", "thurs"), else -1. */
static int weekday_of(const char *w)
{
    static const struct {
        const char *name;
        int day;
    } DAYS[] = {{"monday", 0}, {"mon", 0}, {"tuesday", 1}, {"tue", 1}, {"tues", 1},
                {"wednesday", 2}, {"wed", 2}, {"weds", 2}, {"thursday", 3}, {"thu", 3},
                {"thur", 3}, {"thurs", 3}, {"friday", 4}, {"fri", 4}, {"saturday", 5},
                {"sat", 5}, {"sunday", 6}, {"sun", 6}};
    for (size_t i = 0; i < sizeof DAYS / sizeof *DAYS; i++)
        if (strcmp(w, DAYS[i].name) == 0) return DAYS[i].day;
    return -1;
}

static int abs_int(int x) { return x < 0 ? -x : x; }

/* The value of the n digits at s (n <= 4). */
static int atoi_n(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

/* A two-digit year: the year ending in those digits nearest to ref (2000s without a ref). */
static int full_year(int yy, Date ref)
{
    if (!date_is_set(ref)) return 2000 + yy;
    int best = 0;
    for (int c = ref.year / 100 - 1; c <= ref.year / 100 + 1; c++) {
        int y = c * 100 + yy;
        if (!best || abs_int(y - ref.year) < abs_int(best - ref.year)) best = y;
    }
    return best;
}

/* Up to three numbers split by one kind of separator: "3/31/2020", "31.3.20", "2020-03-31". */
typedef struct Numeric {
    int v[3], len[3], n;
    char sep;
} Numeric;

static bool split_numeric(const char *s, Numeric *num)
{
    memset(num, 0, sizeof *num);
    for (;;) {
        size_t k = strspn(s, "0123456789");
        if (k == 0 || k > 4 || num->n == 3) return false;
        num->len[num->n] = (int)k;
        num->v[num->n++] = atoi_n(s, k);
        s += k;
        while (*s == ' ') s++;
        if (*s == '\0') return num->n >= 2;
        if (num->sep && *s != num->sep) return false;
        if (*s != '/' && *s != '.' && *s != '-') return false;
        num->sep = *s++;
        while (*s == ' ') s++;
    }
}

/* Rewrites a numeric date as "March 31 2020" (or "March 31" without a year). */
static bool canon_numeric(const char *s, Date ref, DateOrder order, char *out)
{
    Numeric num;
    if (!split_numeric(s, &num)) return false;
    int year = 0, a, b;
    if (num.len[0] == 4) { /* ISO: year first */
        if (num.n != 3 || num.len[1] > 2 || num.len[2] > 2) return false;
        year = num.v[0], a = num.v[1], b = num.v[2];
        order = DATE_ORDER_MDY;
    } else {
        if (num.len[0] > 2 || num.len[1] > 2) return false;
        if (num.n == 3 && num.len[2] != 2 && num.len[2] != 4) return false;
        if (num.n == 3) year = num.len[2] == 2 ? full_year(num.v[2], ref) : num.v[2];
        a = num.v[0], b = num.v[1];
        if (num.sep == '.') order = DATE_ORDER_DMY; /* 31.3.2020: the European habit */
        if (a > 12) order = DATE_ORDER_DMY;
        else if (b > 12) order = DATE_ORDER_MDY;
    }
    int month = order == DATE_ORDER_DMY ? b : a, day = order == DATE_ORDER_DMY ? a : b;
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    if (year) snprintf(out, CANON_MAX, "%s %d %d", MONTHS[month - 1], day, year);
    else snprintf(out, CANON_MAX, "%s %d", MONTHS[month - 1], day);
    return true;
}

/* Rewrites "the 31st of march, 2020" as "31st of March 2020": month names spelled out, "the"
 * and "on" dropped; any other word makes it not a date. */
static bool canon_words(const char *s, char *out)
{
    char w[WORD_MAX];
    size_t o = 0;
    out[0] = '\0';
    while (next_word(&s, w)) {
        int m = month_of(w);
        if (strcmp(w, "the") == 0 || strcmp(w, "on") == 0) continue;
        bool number = isdigit((unsigned char)w[0]);
        if (!m && !number && strcmp(w, "of") != 0) return false;
        int k = snprintf(out + o, CANON_MAX - o, "%s%s", o ? " " : "", m ? MONTHS[m - 1] : w);
        if (k < 0 || (size_t)k >= CANON_MAX - o) return false;
        o += (size_t)k;
    }
    while (is_separator(*s)) s++;
    return *s == '\0' && o > 0;
}

/* Reads the rewrite with annotate's grammar: exactly one full or month-day date covering it. */
static bool read_canonical(const char *canon, Date ref, TypedDate *out)
{
    char refs[11];
    date_format(ref, refs);
    Annotation *an = annotate_text(canon, strlen(canon), date_is_set(ref) ? refs : NULL, NULL, 0);
    if (!an) return false;
    bool ok = an->n_dates == 1 && an->dates[0].span.start == 0 &&
              an->dates[0].span.end == strlen(canon) && an->dates[0].value.day != 0 &&
              (an->dates[0].kind == ANN_DATE_FULL || an->dates[0].kind == ANN_DATE_MONTH_DAY);
    if (ok) {
        out->date = an->dates[0].value;
        out->year_given = an->dates[0].kind == ANN_DATE_FULL;
    }
    annotation_free(an);
    return ok;
}

/* Sets aside a leading "on" and weekday ("Tuesday, ", "on Tues. "); returns the rest. */
static const char *skip_weekday(const char *s, int *weekday)
{
    *weekday = -1;
    for (;;) {
        const char *p = s;
        char w[WORD_MAX];
        if (!next_word(&p, w)) return s;
        int d = weekday_of(w);
        if (d >= 0 && *weekday < 0) *weekday = d;
        else if (strcmp(w, "on") != 0) return s;
        while (is_separator(*p)) p++;
        s = p;
    }
}

bool answer_date_read(const char *text, Date ref, DateOrder order, TypedDate *out)
{
    char canon[CANON_MAX];
    TypedDate got = {{0, 0, 0}, false, -1};
    if (!text || strlen(text) >= 128) return false;
    const char *rest = skip_weekday(text, &got.weekday);
    while (*rest == ' ') rest++;
    bool numeric = isdigit((unsigned char)rest[0]) && strpbrk(rest, "/.-") &&
                   !strpbrk(rest, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    if (numeric ? !canon_numeric(rest, ref, order, canon) : !canon_words(rest, canon))
        return false;
    if (!read_canonical(canon, ref, &got)) return false;
    *out = got;
    return true;
}
