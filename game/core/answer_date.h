/* answer_date.h — reading a typed answer as a calendar date, for timeline text questions
 * (docs/scoring.md, "Dates"). */
#ifndef BYLINE_ANSWER_DATE_H
#define BYLINE_ANSWER_DATE_H
#include "date.h"
#include "pack.h"
#include <stdbool.h>

typedef struct TypedDate {
    Date date;       /* a full date; year 0 when no year was typed and none could be read */
    bool year_given; /* the text had a year ("2020", "'20", "/20") */
    int weekday;     /* a weekday named in the text ("Tuesday, March 31"): 0 = Monday … 6 =
                        Sunday; -1 when none */
} TypedDate;

/* Reads text as one date: "2020-03-31", "3/31/2020", "03/31/20", "31/03/2020", "31.3.2020",
 * "3/31", "March 31, 2020", "31 March 2020", "Mar. 31", "the 31st of March", "Tuesday, March 31"
 * (any case). Numbers a/b are day-first when a is over 12, month-first when b is, else as
 * `order` says; dots (31.3.2020) are day-first unless the second number is over 12. Month names
 * are read by `byline annotate`'s date grammar; a date without a year takes the year that puts
 * it nearest to `ref` (the article date), as annotate reads an untensed "March 31" — so without
 * a ref such a date cannot be read. False when the text is not exactly one day of the calendar
 * (extra words, a month alone, February 30). */
bool answer_date_read(const char *text, Date ref, DateOrder order, TypedDate *out);

#endif
