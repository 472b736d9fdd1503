/* annotate_dates.c — time expressions, resolved against the article date.
 *
 * Recognised: "2020-03-31"; "March 31, 2020" / "31 March 2020"; "Sept. 3" / "March 31" (and a
 * second day: "Nov. 16 and 17"); "March 2019"; "in August", "last March"; "June next year";
 * "Tuesday", "last Friday", "next Monday", "this Thursday"; "yesterday", "today", "tomorrow";
 * "last/next/this year", "last/next/this month"; "four weeks ago"; bare years ("in 2019").
 *
 * A month-day or month without a year takes the year that its clause's tense implies: the
 * nearest tense word before it in the sentence (else after it) decides — future (will, would,
 * expected, next …, and the present: "takes effect on", "can appeal until"), past (was, had, ago, said, irregular past verbs, -ed verbs). So in "said on
 * Tuesday that it would …" the Tuesday is past, and in "said the vote will be held on Feb. 2"
 * the date is future. Past picks the latest such date on or before the article date, future
 * the earliest on or after it. A scheduling word just before ("rescheduled to July 14",
 * "scheduled for March 31") or no tense word at all picks the date nearest the article date.
 * A bare weekday is the most recent such day (the article's own weekday means the article date)
 * unless the clause is in the future tense. */
#include "annotate_internal.h"
#include <stdlib.h>
#include <string.h>

#define TENSE_SCHEDULE_WINDOW 4

enum { PAST = -1, UNKNOWN = 0, FUTURE = 1 };

typedef struct Hit {
    int first, last; /* tokens */
    Date value;
    AnnDateKind kind;
    bool rel_year;   /* the year came from "last/next/this year" after it */
} Hit;

static bool lower_word(const Doc *d, int i) { return tk_is_word(d, i) && !d->t[i].cap; }

static bool ends_with(const Doc *d, int i, const char *suffix)
{
    size_t n = d->t[i].end - d->t[i].start, k = strlen(suffix);
    return n > k && memcmp(d->s + d->t[i].end - k, suffix, k) == 0;
}

/* A regular past verb: lower-case, ends in -ed, not a scheduling word. */
static bool past_ed(const Doc *d, int i)
{
    static const char *const NOT[] = {"speed", "indeed", "exceed", "proceed", "succeed", "breed",
                                      "need", "embed", NULL};
    if (!lower_word(d, i) || !ends_with(d, i, "ed") || d->t[i].end - d->t[i].start < 5)
        return false;
    for (int k = 0; NOT[k]; k++)
        if (tk_is(d, i, NOT[k])) return false;
    return !(d->t[i].lex & (LX_SCHEDULE | LX_ROLE_ADJ | LX_FUTURE));
}

/* Present tense with a date is about what is coming: "takes effect on", "can appeal until". */
static bool present_word(const Doc *d, int j)
{
    static const char *const W[] = {"is", "are", "am", "can", "must", "needs", "takes", "meets",
                                    "begins", "starts", "ends", "opens", "closes", "expires",
                                    "remains", "do", "does", "runs", NULL};
    for (int k = 0; W[k]; k++)
        if (tk_is(d, j, W[k])) return true;
    return false;
}

static int tense_word(const Doc *d, int j)
{
    const Tok *t = &d->t[j];
    if (t->kind != TK_WORD) return UNKNOWN;
    if ((t->lex & LX_FUTURE) || ends_with(d, j, "'ll") || ends_with(d, j, "\xE2\x80\x99ll") ||
        present_word(d, j))
        return FUTURE;
    /* "will be held": a passive participle has no tense of its own; the auxiliary decides */
    if (tk_is(d, j - 1, "be") || tk_is(d, j - 1, "been") || tk_is(d, j - 1, "being")) return UNKNOWN;
    if ((t->lex & LX_PAST) && !t->cap) return PAST;
    return past_ed(d, j) ? PAST : UNKNOWN;
}

/* The tense of the clause around the date expression [first, last]. */
static int tense_at(const Doc *d, int first, int last)
{
    int a = tk_sentence_first(d, first), b = tk_sentence_last(d, last);
    if (a < first - ANN_SCAN_WINDOW) a = first - ANN_SCAN_WINDOW;
    if (b > last + ANN_SCAN_WINDOW) b = last + ANN_SCAN_WINDOW;
    for (int j = first - 1; j >= a && j >= first - TENSE_SCHEDULE_WINDOW; j--)
        if (d->t[j].lex & LX_SCHEDULE) return UNKNOWN;
    for (int j = first - 1; j >= a; j--) {
        int t = tense_word(d, j);
        if (t) return t;
    }
    for (int j = last + 1; j <= b; j++) {
        int t = tense_word(d, j);
        if (t) return t;
    }
    return UNKNOWN;
}

static bool has_ref(const Doc *d) { return d->date.year != 0; }

/* The month-day in year ref-1, ref or ref+1 that the tense picks. */
static Date resolve_month_day(Date ref, int month, int day, int tense)
{
    long r = date_to_days(ref), best_dist = 0;
    Date best = {0, 0, 0};
    for (int dy = 0; dy < 3; dy++) {
        int y = ref.year + (dy == 0 ? 0 : dy == 1 ? -1 : 1);
        if (day > date_days_in_month(y, month)) continue;
        Date c = {y, month, day};
        long dist = date_to_days(c) - r;
        if ((tense == PAST && dist > 0) || (tense == FUTURE && dist < 0)) continue;
        if (!best.year || labs(dist) < labs(best_dist)) {
            best = c;
            best_dist = dist;
        }
    }
    return best;
}

static Date resolve_month(Date ref, int month, int tense)
{
    int r = ref.year * 12 + ref.month - 1, best = -1;
    for (int dy = 0; dy < 3; dy++) {
        int c = (ref.year + (dy == 0 ? 0 : dy == 1 ? -1 : 1)) * 12 + month - 1;
        if ((tense == PAST && c > r) || (tense == FUTURE && c < r)) continue;
        if (best < 0 || abs(c - r) < abs(best - r)) best = c;
    }
    Date d = {best / 12, best % 12 + 1, 0};
    return d;
}

static Date resolve_weekday(Date ref, int wd, int modifier, int tense)
{
    int now = date_weekday(ref), back = (now - wd + 7) % 7, fwd = (wd - now + 7) % 7;
    if (modifier < 0) return date_add_days(ref, -(back ? back : 7));
    if (modifier > 0) return date_add_days(ref, fwd ? fwd : 7);
    return tense == FUTURE ? date_add_days(ref, fwd) : date_add_days(ref, -back);
}

/* -1 for "last", +1 for "next", 2 for "this", 0 otherwise. */
static int modifier(const Doc *d, int i)
{
    if (tk_is(d, i, "last") || tk_is(d, i, "past")) return -1;
    if (tk_is(d, i, "next") || tk_is(d, i, "coming")) return 1;
    return tk_is(d, i, "this") ? 2 : 0;
}

/* The second day of "3-5" (one token: "March 3-5"), or 0. */
static int range_day(const Doc *d, int i)
{
    const char *w = d->s + d->t[i].start;
    size_t n = d->t[i].end - d->t[i].start, k = 0;
    while (k < n && k < 2 && w[k] >= '0' && w[k] <= '9') k++;
    if (k == 0 || k >= n || w[k] != '-') return 0;
    int v = 0;
    size_t m = k + 1;
    while (m < n && m < k + 3 && w[m] >= '0' && w[m] <= '9') v = v * 10 + (w[m++] - '0');
    return m == n && m > k + 1 && v >= 1 && v <= 31 ? v : 0;
}

static int day_number(const Doc *d, int i)
{
    if (!tk_is_word(d, i)) return 0;
    const char *w = d->s + d->t[i].start;
    size_t n = d->t[i].end - d->t[i].start, k = 0;
    int v = 0;
    while (k < n && k < 2 && w[k] >= '0' && w[k] <= '9') v = v * 10 + (w[k++] - '0');
    if (k == 0 || (k < n && !(n - k == 2 && (ends_with(d, i, "st") || ends_with(d, i, "nd") ||
                                              ends_with(d, i, "rd") || ends_with(d, i, "th"))) &&
                   range_day(d, i) == 0))
        return 0;
    return v >= 1 && v <= 31 ? v : 0;
}

static int year_number(const Doc *d, int i)
{
    if (!tk_is_word(d, i) || !d->t[i].digits || d->t[i].end - d->t[i].start != 4) return 0;
    int y = atoi(d->s + d->t[i].start);
    return y >= 1000 && y <= 2999 ? y : 0;
}

/* "this/next/last year" after a month: the year it names, or 0. */
static int relative_year(const Doc *d, int i)
{
    int m = modifier(d, i);
    if (!m || !tk_is(d, i + 1, "year") || !has_ref(d)) return 0;
    return d->date.year + (m == 2 ? 0 : m);
}

/* "March 31" / "March 31, 2020" with the month at token i and the day at token j. */
static bool month_day(const Doc *d, int i, int j, int day, Hit *h)
{
    int m = d->t[i].month, yj = tk_is_punct(d, j + 1, ',') ? j + 2 : j + 1, y = year_number(d, yj);
    int ry = y ? 0 : relative_year(d, j + 1); /* "March 31 last year" */
    h->last = y ? yj : ry ? j + 2 : j;
    h->kind = y ? ANN_DATE_FULL : ANN_DATE_MONTH_DAY;
    h->rel_year = ry != 0;
    if (y || ry) h->value = (Date){y ? y : ry, m, day <= date_days_in_month(y ? y : ry, m) ? day : 0};
    else if (has_ref(d)) h->value = resolve_month_day(d->date, m, day, tense_at(d, i, j));
    return true;
}

/* A month alone needs a lead-in ("in August", "last March", "early June"): "May" is also a
 * verb, and "June Carter" a name. */
static bool bare_month(const Doc *d, int i, Hit *h)
{
    int mod = modifier(d, i - 1);
    bool lead = mod || (tk_is_word(d, i - 1) && (d->t[i - 1].lex & LX_PREP)) ||
                tk_is(d, i - 1, "early") || tk_is(d, i - 1, "late") || tk_is(d, i - 1, "mid");
    if (!lead || (tk_is_word(d, i + 1) && d->t[i + 1].cap)) return false;
    if (mod) h->first = i - 1;
    int tense = mod == 1 ? FUTURE : mod == -1 ? PAST : tense_at(d, i, i);
    if (has_ref(d)) h->value = resolve_month(d->date, d->t[i].month, tense);
    return true;
}

static bool month_expr(const Doc *d, int i, Hit *h)
{
    int m = d->t[i].month, j = i + 1 + tk_is_punct(d, i + 1, '.');
    h->first = h->last = i;
    int day = day_number(d, j);
    if (day) return month_day(d, i, j, day, h);
    int y = year_number(d, j);
    bool of = !y && tk_is(d, j, "of") && year_number(d, j + 1);
    if (of) y = year_number(d, j + 1);
    int ry = y ? 0 : relative_year(d, j);
    h->kind = ANN_DATE_MONTH;
    if (y || ry) { /* "March 2019", "March of 2019", "June next year" */
        h->last = j + (of || ry);
        h->value = (Date){y ? y : ry, m, 0};
        return true;
    }
    return bare_month(d, i, h);
}

/* "31 March 2020", "3rd of March". */
static bool day_first_expr(const Doc *d, int i, Hit *h)
{
    int day = day_number(d, i), mi = i + 1 + tk_is(d, i + 1, "of");
    if (!day || !tk_is_word(d, mi) || !d->t[mi].month) return false;
    int j = mi + 1 + tk_is_punct(d, mi + 1, '.'), y = year_number(d, j), m = d->t[mi].month;
    h->first = i;
    h->last = y ? j : mi;
    h->kind = y ? ANN_DATE_FULL : ANN_DATE_MONTH_DAY;
    if (y) h->value = (Date){y, m, day <= date_days_in_month(y, m) ? day : 0};
    else if (has_ref(d)) h->value = resolve_month_day(d->date, m, day, tense_at(d, i, mi));
    return true;
}

static bool weekday_expr(const Doc *d, int i, Hit *h)
{
    /* "Tuesday, March 31": the month-day that follows is the date. */
    if (tk_is_punct(d, i + 1, ',') && tk_is_word(d, i + 2) && d->t[i + 2].month) return false;
    int mod = modifier(d, i - 1);
    h->first = mod ? i - 1 : i;
    h->last = i;
    h->kind = ANN_DATE_WEEKDAY;
    if (has_ref(d))
        h->value = resolve_weekday(d->date, d->t[i].weekday, mod == 2 ? 0 : mod,
                                   mod == 2 || !mod ? tense_at(d, h->first, i) : UNKNOWN);
    return true;
}

/* "yesterday", "today", "tonight", "tomorrow". */
static bool day_word_expr(const Doc *d, int i, Hit *h)
{
    static const char *const DAYS[] = {"yesterday", "today", "tonight", "tomorrow"};
    static const int OFFSET[] = {-1, 0, 0, 1};
    for (int k = 0; k < 4; k++)
        if (tk_is(d, i, DAYS[k])) {
            h->first = h->last = i;
            h->kind = ANN_DATE_RELATIVE;
            if (has_ref(d)) h->value = date_add_days(d->date, OFFSET[k]);
            return true;
        }
    return false;
}

/* "last year", "next month", "this year". */
static bool this_next_last_expr(const Doc *d, int i, Hit *h)
{
    int mod = modifier(d, i), step = mod == 2 ? 0 : mod;
    bool year = tk_is(d, i + 1, "year");
    if (!mod || !(year || tk_is(d, i + 1, "month"))) return false;
    h->first = i;
    h->last = i + 1;
    h->kind = year ? ANN_DATE_YEAR : ANN_DATE_MONTH;
    int idx = d->date.year * 12 + d->date.month - 1 + step;
    if (has_ref(d))
        h->value = year ? (Date){d->date.year + step, 0, 0} : (Date){idx / 12, idx % 12 + 1, 0};
    return true;
}

/* "four weeks ago", "a year ago": days and weeks give a day, months a month, years a year. */
static bool ago_expr(const Doc *d, int i, Hit *h)
{
    int n = lex_small_number(d->s + d->t[i].start, d->t[i].end - d->t[i].start);
    if (n <= 0 || n > 1000 || !tk_is(d, i + 2, "ago")) return false;
    int u = i + 1;
    long days = tk_is(d, u, "day") || tk_is(d, u, "days")     ? n
                : tk_is(d, u, "week") || tk_is(d, u, "weeks") ? 7L * n
                                                              : 0;
    int months = tk_is(d, u, "month") || tk_is(d, u, "months") ? n
                 : tk_is(d, u, "year") || tk_is(d, u, "years") ? 12 * n
                                                               : 0;
    if (!days && !months) return false;
    h->first = i;
    h->last = i + 2;
    h->kind = ANN_DATE_RELATIVE;
    int idx = d->date.year * 12 + d->date.month - 1 - months;
    if (has_ref(d) && days) h->value = date_add_days(d->date, (int)-days);
    if (has_ref(d) && months) h->value = (Date){idx / 12, months % 12 ? idx % 12 + 1 : 0, 0};
    return true;
}

static bool year_expr(const Doc *d, int i, Hit *h)
{
    int y = year_number(d, i);
    if (!y || y < 1900 || y > 2100 || tk_is_punct(d, i - 1, '$') || tk_is_punct(d, i - 1, '#') ||
        tk_is_punct(d, i + 1, '%'))
        return false;
    if (lower_word(d, i + 1) && ((d->t[i + 1].lex & LX_COUNT_NOUN) || ends_with(d, i + 1, "s")))
        return false; /* "2000 people" */
    h->first = h->last = i;
    h->kind = ANN_DATE_YEAR;
    h->value = (Date){y, 0, 0};
    return true;
}

static bool iso_expr(const Doc *d, int i, Hit *h)
{
    char buf[11];
    if (!tk_is_word(d, i) || d->t[i].end - d->t[i].start != 10) return false;
    memcpy(buf, d->s + d->t[i].start, 10);
    buf[10] = '\0';
    if (!date_parse_full(buf, &h->value)) return false;
    h->first = h->last = i;
    h->kind = ANN_DATE_FULL;
    return true;
}

static bool add_hit(Doc *d, const Hit *h)
{
    if (!ann_grow(d, (void **)&d->dd, &d->cap_dd, d->n_dd, sizeof(AnnDate))) return false;
    AnnDate *o = &d->dd[d->n_dd++];
    o->span = (AnnSpan){d->t[h->first].start, d->t[h->last].end};
    o->text = ann_copy(d, o->span.start, o->span.end);
    o->value = h->value;
    o->kind = h->kind;
    return !d->oom;
}

/* The year for the end of a range whose start is `from`: the first on or after it. */
static Date range_end_year(Date from, int month, int day)
{
    for (int y = from.year; y <= from.year + 1; y++) {
        Date c = {y, month, day <= date_days_in_month(y, month) ? day : 0};
        if (c.day && date_to_days(c) >= date_to_days(from)) return c;
    }
    return (Date){0, 0, 0};
}

/* "from March 31 to July 14", "between May 2 and June 9", "June 3 – July 1": the second date
 * of a range takes the year that puts it on or after the first, whatever the tense near it
 * ("moved the vote from July 9 to Aug. 6" in a June article is this year's August). */
static void range_end(const Doc *d, Hit *h, AnnDate *prev, int prev_last)
{
    int j = h->first - 1;
    bool link = tk_is(d, j, "to") || tk_is(d, j, "until") || tk_is(d, j, "through") ||
                tk_is(d, j, "and") || tk_is(d, j, "till") || tk_is_punct(d, j, '-') ||
                tk_is_punct(d, j, 0x2013) || tk_is_punct(d, j, 0x2014);
    if (!link || prev_last != j - 1 || h->kind != ANN_DATE_MONTH_DAY || !prev->value.day ||
        !prev->value.year || !h->value.year || prev->kind != ANN_DATE_MONTH_DAY)
        return;
    if (h->rel_year) { /* "from March 31 to April 4 last year": the end's year moves the start */
        Date start = {h->value.year, prev->value.month, prev->value.day};
        if (date_to_days(start) > date_to_days(h->value)) start.year--;
        if (start.day <= date_days_in_month(start.year, start.month)) prev->value = start;
        return;
    }
    Date v = range_end_year(prev->value, h->value.month, h->value.day);
    if (v.year) h->value = v;
}

/* "Nov. 16 and 17": a second day of the same month. */
static bool second_day(Doc *d, const Hit *h)
{
    int rd = range_day(d, h->last);
    if (h->kind == ANN_DATE_MONTH_DAY && rd) { /* "March 3-5" */
        Hit h2 = *h;
        h2.first = h2.last;
        if (h->value.year) h2.value = range_end_year(h->value, h->value.month, rd);
        if (h2.value.year || !h->value.year) return add_hit(d, &h2);
        return true;
    }
    int j = h->last + 1, day = day_number(d, j + 1);
    if (h->kind != ANN_DATE_MONTH_DAY || !(tk_is(d, j, "and") || tk_is(d, j, "or")) || !day ||
        tk_is_word(d, j + 2))
        return true;
    Hit h2 = *h;
    h2.first = h2.last = j + 1;
    if (h->value.year) h2.value.day = day <= date_days_in_month(h->value.year, h->value.month)
                                          ? day
                                          : h->value.day;
    return add_hit(d, &h2);
}

bool ann_dates(Doc *d)
{
    int last_hit = -2; /* last token of the previous expression */
    for (int i = 0; i < d->n; i++) {
        const Tok *t = &d->t[i];
        Hit h;
        memset(&h, 0, sizeof h);
        bool found = t->kind == TK_WORD && !t->label &&
                     ((t->month && month_expr(d, i, &h)) || day_first_expr(d, i, &h) ||
                      (t->weekday >= 0 && weekday_expr(d, i, &h)) || iso_expr(d, i, &h) ||
                      day_word_expr(d, i, &h) || this_next_last_expr(d, i, &h) ||
                      ago_expr(d, i, &h) || year_expr(d, i, &h));
        if (!found) continue;
        if (d->n_dd > 0) range_end(d, &h, &d->dd[d->n_dd - 1], last_hit);
        if (!add_hit(d, &h) || !second_day(d, &h)) return false;
        i = last_hit = h.last;
    }
    return true;
}
