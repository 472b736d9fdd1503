/* date.h — calendar dates that may be partial (YYYY, YYYY-MM, YYYY-MM-DD). */
#ifndef BYLINE_DATE_H
#define BYLINE_DATE_H
#include <stdbool.h>

typedef struct Date {
    int year;   /* 1..9999; 0 means "no date" */
    int month;  /* 1..12, or 0 when only the year is known */
    int day;    /* 1..31, or 0 when the day is unknown */
} Date;

/* Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar day). */
bool date_parse(const char *s, Date *out);
/* Requires all three parts. */
bool date_parse_full(const char *s, Date *out);
/* Writes the canonical form ("2020-03" …) into buf (at least 11 bytes). */
void date_format(Date d, char *buf);
bool date_is_set(Date d);
/* Ordering of possibly partial dates: returns -1 or 1 when the dates differ on a part both give,
 * 0 when they are equal or cannot be ordered (sets *comparable to false in that case). */
int date_compare(Date a, Date b, bool *comparable);
int date_days_in_month(int year, int month);
/* Day of week of a full date: 0 = Monday … 6 = Sunday. */
int date_weekday(Date d);
/* Adds days to a full date (negative allowed). */
Date date_add_days(Date d, int days);
/* Days since 1970-01-01 of a full date. */
long date_to_days(Date d);
Date date_from_days(long days);

#endif
