/* ui_format.c — see ui_format.h. */
#include "ui_format.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const months[12] = {"January", "February", "March",     "April",
                                       "May",     "June",     "July",      "August",
                                       "September", "October", "November", "December"};

void ui_format_date(Date d, char *buf, size_t size)
{
    if (!date_is_set(d)) {
        snprintf(buf, size, "%s", "");
    } else if (d.month == 0) {
        snprintf(buf, size, "%d", d.year);
    } else if (d.day == 0) {
        snprintf(buf, size, "%s %d", months[d.month - 1], d.year);
    } else {
        snprintf(buf, size, "%d %s %d", d.day, months[d.month - 1], d.year);
    }
}

void ui_format_duration(double seconds, char *buf, size_t size)
{
    long s = seconds > 0 ? (long)lround(seconds) : 0;
    if (s < 60)
        snprintf(buf, size, "%ld s", s);
    else if (s < 3600)
        snprintf(buf, size, "%ld min %02ld s", s / 60, s % 60);
    else
        snprintf(buf, size, "%ld h %02ld min", s / 3600, (s % 3600) / 60);
}

void ui_format_points(double p, char *buf, size_t size)
{
    snprintf(buf, size, "%.2f", p);
    /* trim trailing zeros and a trailing point */
    char *dot = strchr(buf, '.');
    if (!dot) return;
    char *end = buf + strlen(buf) - 1;
    while (end > dot && *end == '0') *end-- = '\0';
    if (end == dot) *end = '\0';
}

const char *ui_kind_label(QuestionKind k)
{
    switch (k) {
    case KIND_SPEAKER: return "Speakers";
    case KIND_CLAIM: return "Claims";
    case KIND_TIMELINE: return "Timeline";
    default: return "Other";
    }
}
