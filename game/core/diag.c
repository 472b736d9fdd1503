/* diag.c — collecting, sorting and printing diagnostics. */
#include "diag.h"
#include "limits.h"
#include "text.h"
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static char *dup_str(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

void diag_init(Diagnostics *d, const char *file)
{
    memset(d, 0, sizeof *d);
    d->file = dup_str(file ? file : "<input>");
}

void diag_free(Diagnostics *d)
{
    for (size_t i = 0; i < d->count; i++) {
        free(d->items[i].path);
        free(d->items[i].message);
    }
    free(d->items);
    free(d->file);
    memset(d, 0, sizeof *d);
}

void diag_add(Diagnostics *d, DiagSeverity sev, int line, int column, const char *path,
              const char *fmt, ...)
{
    if (sev == DIAG_ERROR) d->errors++; else d->warnings++;
    if (d->count >= PACK_MAX_DIAGNOSTICS) {
        d->truncated = true;
        return;
    }
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        Diagnostic *items = realloc(d->items, cap * sizeof *items);
        if (!items) return;
        d->items = items;
        d->cap = cap;
    }
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Diagnostic *g = &d->items[d->count];
    g->severity = sev;
    g->line = line;
    g->column = column;
    g->path = dup_str(path ? path : "$");
    g->message = dup_str(msg);
    if (!g->path || !g->message) {
        free(g->path);
        free(g->message);
        return;
    }
    d->count++;
}

static int by_position(const Diagnostic *a, const Diagnostic *b)
{
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->column != b->column) return a->column < b->column ? -1 : 1;
    return 0;
}

void diag_sort(Diagnostics *d)
{
    /* Insertion sort: stable, and the lists are short and nearly sorted already. */
    for (size_t i = 1; i < d->count; i++) {
        Diagnostic key = d->items[i];
        size_t j = i;
        while (j > 0 && by_position(&d->items[j - 1], &key) > 0) {
            d->items[j] = d->items[j - 1];
            j--;
        }
        d->items[j] = key;
    }
}

void diag_print(const Diagnostics *d, FILE *out)
{
    /* File names, keys and quoted values can hold control characters: shown escaped, so that
     * checking a hostile pack cannot clear or retitle the terminal. */
    char file[1024], path[1024], msg[4096];
    text_escape_controls(d->file, file, sizeof file);
    for (size_t i = 0; i < d->count; i++) {
        const Diagnostic *g = &d->items[i];
        const char *sev = g->severity == DIAG_WARNING ? "warning: " : "";
        text_escape_controls(g->message, msg, sizeof msg);
        /* A file that cannot be opened or read has no position and no JSON path: say only
         * "FILE: cannot open: ..." rather than a misleading ":0:0: $:". */
        if (g->line == 0 && g->column == 0 && strcmp(g->path, "$") == 0)
            fprintf(out, "%s: %s%s\n", file, sev, msg);
        else
            fprintf(out, "%s:%d:%d: %s: %s%s\n", file, g->line, g->column,
                    text_escape_controls(g->path, path, sizeof path), sev, msg);
    }
    if (d->truncated)
        fprintf(out, "%s: too many problems; only the first %d are shown\n", file,
                PACK_MAX_DIAGNOSTICS);
}

void diag_print_json(const Diagnostics *d, FILE *out)
{
    cJSON *arr = cJSON_CreateArray();
    if (!arr) return;
    for (size_t i = 0; i < d->count; i++) {
        const Diagnostic *g = &d->items[i];
        cJSON *o = cJSON_CreateObject();
        if (!o) break;
        cJSON_AddItemToArray(arr, o);
        cJSON_AddStringToObject(o, "file", d->file);
        /* No position (a file that cannot be read): null, not a made-up 0:0 at "$". */
        bool where = g->line != 0 || g->column != 0 || strcmp(g->path, "$") != 0;
        if (where) {
            cJSON_AddNumberToObject(o, "line", g->line);
            cJSON_AddNumberToObject(o, "column", g->column);
            cJSON_AddStringToObject(o, "path", g->path);
        } else {
            cJSON_AddNullToObject(o, "line");
            cJSON_AddNullToObject(o, "column");
            cJSON_AddNullToObject(o, "path");
        }
        cJSON_AddStringToObject(o, "severity", g->severity == DIAG_ERROR ? "error" : "warning");
        cJSON_AddStringToObject(o, "message", g->message);
    }
    char *s = cJSON_PrintUnformatted(arr);
    if (s) fputs(s, out);
    free(s);
    cJSON_Delete(arr);
}
