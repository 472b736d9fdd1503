/* date.c — partial-date parsing and ordering, and the little calendar arithmetic we need.
 * Day counting uses the days-from-civil algorithm (proleptic Gregorian calendar). */
#include "date.h"
#include <stdio.h>
#include <string.h>

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int date_days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

static bool digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

bool date_parse(const char *s, Date *out)
{
    Date d = {0, 0, 0};
    size_t n = s ? strlen(s) : 0;
    if (n != 4 && n != 7 && n != 10) return false;
    if (!digits(s, 4, &d.year) || d.year < 1) return false;
    if (n >= 7 && (s[4] != '-' || !digits(s + 5, 2, &d.month) || d.month < 1 || d.month > 12))
        return false;
    if (n == 10 && (s[7] != '-' || !digits(s + 8, 2, &d.day) || d.day < 1 ||
                    d.day > date_days_in_month(d.year, d.month)))
        return false;
    *out = d;
    return true;
}

bool date_parse_full(const char *s, Date *out)
{
    Date d;
    if (!date_parse(s, &d) || d.day == 0) return false;
    *out = d;
    return true;
}

void date_format(Date d, char *buf)
{
    /* Parts are range-checked by date_parse; the modulo keeps the widths provable. */
    unsigned y = (unsigned)d.year % 10000u, m = (unsigned)d.month % 100u,
             dd = (unsigned)d.day % 100u;
    if (d.year == 0) snprintf(buf, 11, "?");
    else if (d.month == 0) snprintf(buf, 11, "%04u", y);
    else if (d.day == 0) snprintf(buf, 11, "%04u-%02u", y, m);
    else snprintf(buf, 11, "%04u-%02u-%02u", y, m, dd);
}

bool date_is_set(Date d) { return d.year != 0; }

int date_compare(Date a, Date b, bool *comparable)
{
    if (comparable) *comparable = true;
    if (a.year != b.year) return a.year < b.year ? -1 : 1;
    if (a.month && b.month && a.month != b.month) return a.month < b.month ? -1 : 1;
    if (a.month && b.month && a.day && b.day && a.day != b.day) return a.day < b.day ? -1 : 1;
    /* Equal on every part both give: equal only if both give the same parts. */
    bool same_precision = (a.month == 0) == (b.month == 0) && (a.day == 0) == (b.day == 0);
    if (comparable && !same_precision) *comparable = false;
    return 0;
}

long date_to_days(Date d)
{
    long y = d.year - (d.month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d.day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date date_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    Date d;
    d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    d.year = (int)(yoe + era * 400 + (d.month <= 2));
    return d;
}

int date_weekday(Date d)
{
    long days = date_to_days(d); /* 1970-01-01 was a Thursday (3) */
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

Date date_add_days(Date d, int days) { return date_from_days(date_to_days(d) + days); }
