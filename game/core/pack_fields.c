/* pack_fields.c — typed field readers for the pack loader: every wrong type, missing field,
 * out-of-range value and unknown key becomes a diagnostic at the right line:column and path. */
#include "limits.h"
#include "pack_internal.h"
#include "text.h"
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

JPath jpath_root(void) { return (JPath){NULL, NULL, 0}; }

JPath jpath_key(const JPath *parent, const char *key) { return (JPath){parent, key, 0}; }

JPath jpath_index(const JPath *parent, size_t i) { return (JPath){parent, NULL, i}; }

/* Appends the path to buf at *len, parents first; truncates rather than overflow. */
static void jpath_append(const JPath *p, char *buf, size_t size, size_t *len)
{
    if (!p || !p->parent) return; /* the root contributes nothing */
    jpath_append(p->parent, buf, size, len);
    int n = p->key ? snprintf(buf + *len, size - *len, "%s%s", *len ? "." : "", p->key)
                   : snprintf(buf + *len, size - *len, "[%zu]", p->index);
    if (n > 0) *len = *len + (size_t)n < size ? *len + (size_t)n : size - 1;
}

void jpath_format(const JPath *p, char *buf, size_t size)
{
    size_t len = 0;
    buf[0] = '\0';
    jpath_append(p, buf, size, &len);
    if (len == 0) snprintf(buf, size, "$");
}

/* Line and column of byte off, counting newlines from the last position asked for when off
 * lies after it: diagnostics come mostly in file order, so hundreds of warnings in a big pack
 * cost one pass over it, not one pass each. */
static void line_col(Loader *L, size_t off, int *line, int *col)
{
    if (off > L->len) off = L->len;
    if (L->lc_line == 0 || off < L->lc_off) {
        L->lc_off = L->lc_line_start = 0;
        L->lc_line = 1;
    }
    const char *p = L->buf + L->lc_off, *end = L->buf + off, *nl;
    while (p < end && (nl = memchr(p, '\n', (size_t)(end - p)))) {
        L->lc_line++;
        p = nl + 1;
        L->lc_line_start = (size_t)(p - L->buf);
    }
    L->lc_off = off;
    *line = L->lc_line;
    *col = (int)text_utf8_count(L->buf + L->lc_line_start, off - L->lc_line_start) + 1;
}

static void report(Loader *L, DiagSeverity sev, const cJSON *node, bool at_key,
                   const JPath *path, const char *fmt, va_list ap)
    __attribute__((format(printf, 6, 0)));

static void report(Loader *L, DiagSeverity sev, const cJSON *node, bool at_key,
                   const JPath *path, const char *fmt, va_list ap)
{
    size_t off = 0;
    int line = 0, col = 0;
    /* Positions are only needed for diagnostics, so the map is built on the first one. */
    if (!L->pos && L->root) L->pos = jsonpos_build(L->buf, L->len, L->root);
    bool known = node && L->pos &&
                 (at_key ? jsonpos_key(L->pos, node, &off) : jsonpos_value(L->pos, node, &off));
    if (known) line_col(L, off, &line, &col);
    char msg[900], where[PATH_MAX_LEN];
    vsnprintf(msg, sizeof msg, fmt, ap);
    jpath_format(path, where, sizeof where);
    diag_add(L->diags, sev, line, col, where, "%s", msg);
}

void ld_error(Loader *L, const cJSON *node, const JPath *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(L, DIAG_ERROR, node, false, path, fmt, ap);
    va_end(ap);
}

void ld_warning(Loader *L, const cJSON *node, const JPath *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(L, DIAG_WARNING, node, true, path, fmt, ap);
    va_end(ap);
}

void ld_error_at_key(Loader *L, const cJSON *node, const JPath *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(L, DIAG_ERROR, node, true, path, fmt, ap);
    va_end(ap);
}

static const char *type_name(const cJSON *n)
{
    if (cJSON_IsString(n)) return "a string";
    if (cJSON_IsNumber(n)) return "a number";
    if (cJSON_IsBool(n)) return "a boolean";
    if (cJSON_IsNull(n)) return "null";
    if (cJSON_IsArray(n)) return "an array";
    if (cJSON_IsObject(n)) return "an object";
    return "an invalid value";
}

/* The member, or NULL; reports it missing when required. */
static const cJSON *member(Loader *L, const cJSON *obj, const JPath *path, const char *key,
                           bool required)
{
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!n && required) ld_error(L, obj, path, "missing required field \"%s\"", key);
    return n;
}

bool ld_expect_object(Loader *L, const cJSON *node, const JPath *path, const char *what)
{
    if (cJSON_IsObject(node)) return true;
    ld_error(L, node, path, "expected %s (a JSON object), found %s", what, type_name(node));
    return false;
}

const char *ld_text_value(Loader *L, const cJSON *n, const JPath *path)
{
    if (!cJSON_IsString(n)) {
        ld_error(L, n, path, "expected a string, found %s", type_name(n));
        return NULL;
    }
    size_t len = strlen(n->valuestring);
    if (len > PACK_MAX_TEXT_BYTES) {
        ld_error(L, n, path, "text is %zu bytes; the limit (PACK_MAX_TEXT_BYTES) is %u", len,
                 PACK_MAX_TEXT_BYTES);
        return NULL;
    }
    bool blank = true;
    for (size_t i = 0; i < len && blank; i++)
        if (!strchr(" \t\r\n", n->valuestring[i])) blank = false;
    if (blank) {
        ld_error(L, n, path, "must not be empty");
        return NULL;
    }
    uint32_t cp;
    if (text_find_control(n->valuestring, len, &cp) < len) {
        /* A terminal would act on it (ESC clears the screen or retitles the window, BEL beeps)
         * in `byline check` and `play --text`; no pack text needs one. */
        ld_error(L, n, path, "control character U+%04X in the text (only line breaks and tabs are "
                 "allowed)", (unsigned)cp);
        return NULL;
    }
    char *s = arena_strndup(L->arena, n->valuestring, len);
    if (!s) L->oom = true;
    return s;
}

const char *ld_text(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool required)
{
    const cJSON *n = member(L, obj, path, key, required);
    if (!n) return NULL;
    JPath p = jpath_key(path, key);
    return ld_text_value(L, n, &p);
}

static bool valid_id(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > PACK_MAX_ID_CHARS) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_' || c == '.';
        if (!ok) return false;
    }
    return true;
}

const char *ld_id(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool required)
{
    const cJSON *n = member(L, obj, path, key, required);
    if (!n) return NULL;
    JPath p = jpath_key(path, key);
    if (!cJSON_IsString(n)) {
        ld_error(L, n, &p, "expected an id (a string), found %s", type_name(n));
        return NULL;
    }
    if (!valid_id(n->valuestring)) {
        ld_error(L, n, &p,
                 "\"%.80s\" is not a valid id (1-%d letters, digits, '-', '_' or '.')",
                 n->valuestring, PACK_MAX_ID_CHARS);
        return NULL;
    }
    char *s = arena_strdup(L->arena, n->valuestring);
    if (!s) L->oom = true;
    return s;
}

bool ld_int(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool required,
            int min, int max, int *out)
{
    const cJSON *n = member(L, obj, path, key, required);
    if (!n) return false;
    JPath p = jpath_key(path, key);
    if (!cJSON_IsNumber(n)) {
        ld_error(L, n, &p, "expected an integer, found %s", type_name(n));
        return false;
    }
    double v = n->valuedouble;
    if (!isfinite(v) || v != floor(v)) {
        ld_error(L, n, &p, "expected an integer, found %g", v);
        return false;
    }
    if (v < min || v > max) {
        ld_error(L, n, &p, "%.15g is out of range (%d..%d)", v, min, max);
        return false;
    }
    *out = (int)v;
    return true;
}

bool ld_bool(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool required,
             bool *out)
{
    const cJSON *n = member(L, obj, path, key, required);
    if (!n) return false;
    if (!cJSON_IsBool(n)) {
        JPath p = jpath_key(path, key);
        ld_error(L, n, &p, "expected true or false, found %s", type_name(n));
        return false;
    }
    *out = cJSON_IsTrue(n);
    return true;
}

const cJSON *ld_array(Loader *L, const cJSON *obj, const JPath *path, const char *key,
                      bool required, int min, int max)
{
    const cJSON *n = member(L, obj, path, key, required);
    if (!n) return NULL;
    JPath p = jpath_key(path, key);
    if (!cJSON_IsArray(n)) {
        ld_error(L, n, &p, "expected an array, found %s", type_name(n));
        return NULL;
    }
    int count = cJSON_GetArraySize(n);
    if (count < min) {
        ld_error(L, n, &p, "needs at least %d item%s, found %d", min, min == 1 ? "" : "s", count);
        return NULL;
    }
    if (count > max) {
        ld_error(L, n, &p, "has %d items; the limit is %d", count, max);
        return NULL;
    }
    return n;
}

int ld_enum(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool required,
            const char *const *names)
{
    const cJSON *n = member(L, obj, path, key, required);
    if (!n) return -1;
    JPath p = jpath_key(path, key);
    if (cJSON_IsString(n))
        for (int i = 0; names[i]; i++)
            if (strcmp(n->valuestring, names[i]) == 0) return i;
    char list[200] = "";
    for (int i = 0; names[i]; i++) {
        strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
        strncat(list, names[i], sizeof list - strlen(list) - 1);
    }
    if (cJSON_IsString(n))
        ld_error(L, n, &p, "\"%.60s\" is not one of: %s", n->valuestring, list);
    else
        ld_error(L, n, &p, "expected one of: %s; found %s", list, type_name(n));
    return -1;
}

const char **ld_text_list(Loader *L, const cJSON *obj, const JPath *path, const char *key,
                          bool required, int min, int max, size_t *count)
{
    *count = 0;
    const cJSON *arr = ld_array(L, obj, path, key, required, min, max);
    if (!arr) return NULL;
    JPath p = jpath_key(path, key);
    size_t n = (size_t)cJSON_GetArraySize(arr);
    const char **v = arena_array(L->arena, n ? n : 1, sizeof *v);
    if (!v) {
        L->oom = true;
        return NULL;
    }
    size_t i = 0, ok = 0;
    for (const cJSON *c = arr->child; c; c = c->next, i++) {
        JPath ip = jpath_index(&p, i);
        const char *s = ld_text_value(L, c, &ip);
        if (s) v[ok++] = s;
    }
    if (ok != n) return NULL; /* a bad item was reported; indices would no longer line up */
    *count = n;
    return v;
}

static const char *closest(const char *key, const char *const *known)
{
    const char *best = NULL;
    int best_d = 3;
    for (size_t i = 0; known[i]; i++) {
        int d = text_edit_distance(key, known[i], 3);
        if (d < best_d) {
            best_d = d;
            best = known[i];
        }
    }
    return best;
}

/* No object of the format has more members than this; more is hostile or broken input, and the
 * pairwise duplicate check below must stay cheap. */
#define MAX_MEMBERS 64

void ld_check_keys(Loader *L, const cJSON *obj, const JPath *path, const char *const *known)
{
    int members = cJSON_GetArraySize(obj);
    if (members > MAX_MEMBERS) {
        ld_error(L, obj, path, "object has %d fields; no object of a pack has more than %d",
                 members, MAX_MEMBERS);
        return;
    }
    for (const cJSON *c = obj->child; c; c = c->next) {
        JPath p = jpath_key(path, c->string ? c->string : "?");
        for (const cJSON *d = obj->child; d != c; d = d->next)
            if (d->string && c->string && d->string[0] == c->string[0] &&
                strcmp(d->string, c->string) == 0) {
                ld_error_at_key(L, c, &p, "duplicate key \"%.60s\" (the later one would win)",
                                c->string);
                break;
            }
        if (!c->string || strcmp(c->string, "$schema") == 0) continue;
        bool found = false;
        for (size_t i = 0; known[i] && !found; i++)
            found = c->string[0] == known[i][0] && strcmp(c->string, known[i]) == 0;
        if (found) continue;
        const char *near = closest(c->string, known);
        if (near)
            ld_warning(L, c, &p, "unknown field \"%.60s\" (did you mean \"%s\"?)", c->string, near);
        else
            ld_warning(L, c, &p, "unknown field \"%.60s\" is ignored", c->string);
    }
}
