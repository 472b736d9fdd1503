/* ui_format.h — numbers, dates and durations as the app shows them. SDL-free. */
#ifndef BYLINE_UI_FORMAT_H
#define BYLINE_UI_FORMAT_H
#include "date.h"
#include "pack.h"
#include <stddef.h>

/* "14 March 2025", "March 2025", "2025"; "" when unset. */
void ui_format_date(Date d, char *buf, size_t size);
/* "45 s", "3 min 05 s", "1 h 02 min". */
void ui_format_duration(double seconds, char *buf, size_t size);
/* Points without needless decimals: "1", "0.5", "2.75". */
void ui_format_points(double points, char *buf, size_t size);
/* "Speakers", "Claims", "Timeline". */
const char *ui_kind_label(QuestionKind k);

#endif
