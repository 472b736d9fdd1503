/* test_util.c — see helpers.h. */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"
#include "annotate.h"
#include "date.h"
#include "pack.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *tu_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (!buf) return NULL;
    buf[n] = '\0';
    if (len) *len = (size_t)n;
    return buf;
}

const char *tu_source_path(const char *rel)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", BYLINE_SOURCE_DIR, rel);
    return buf;
}

const char *tu_write_temp(const char *text, size_t len)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/byline-test-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    if (write(fd, text, len) != (ssize_t)len) {
        close(fd);
        return NULL;
    }
    close(fd);
    return path;
}

Pack *tu_load_pack(const char *rel)
{
    Diagnostics d;
    diag_init(&d, rel);
    Pack *p = pack_load_file(tu_source_path(rel), &d);
    diag_free(&d);
    return p;
}

Annotation *tu_annotate_file(const char *rel, const char *date_override)
{
    size_t len = 0;
    char *text = tu_read_file(tu_source_path(rel), &len), err[200] = "";
    if (!text) return NULL;
    Annotation *a = annotate_text(text, len, date_override, err, sizeof err);
    if (!a) fprintf(stderr, "%s: %s\n", rel, err);
    free(text);
    return a;
}

const AnnQuote *tu_quote_with(const Annotation *a, const char *needle)
{
    for (size_t i = 0; i < a->n_quotes; i++)
        if (strstr(a->quotes[i].text, needle)) return &a->quotes[i];
    return NULL;
}

const char *tu_speaker_of(const Annotation *a, const char *needle)
{
    const AnnQuote *q = tu_quote_with(a, needle);
    const char *name = q ? annotation_person_name(a, q->speaker) : "(no such quotation)";
    return name ? name : "(nobody)";
}

int tu_person(const Annotation *a, const char *name)
{
    for (size_t i = 0; i < a->n_people; i++)
        if (strcmp(a->people[i].name, name) == 0) return (int)i;
    return -1;
}

const char *tu_date_value(const Annotation *a, const char *text)
{
    static char iso[11];
    for (size_t i = 0; i < a->n_dates; i++)
        if (strcmp(a->dates[i].text, text) == 0) {
            date_format(a->dates[i].value, iso);
            return iso;
        }
    return NULL;
}
