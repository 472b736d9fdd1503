/* jsonpath.c — the JSON path at an offset of raw JSON text; see jsonpath.h.
 *
 * One pass from the start to the offset keeps a stack of the open containers: for an array the
 * index of the current item (commas counted), for an object the name of the current member (the
 * last string read where a name is expected; a comma forgets it). Strings are skipped with their
 * escapes; nothing else of the grammar is checked — the text is known to be broken somewhere. */
#include "jsonpath.h"
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#define NAME_MAX_BYTES 48

typedef struct Frame {
    bool object;
    bool want_name;  /* object: the next string is a member name */
    bool has_name;
    size_t index;    /* array: the current item */
    char name[NAME_MAX_BYTES + 1];
} Frame;

typedef struct Scan {
    Frame st[JSONPATH_MAX_DEPTH];
    size_t depth;    /* open containers (may exceed the stack: those are not named) */
} Scan;

static Frame *top(Scan *s)
{
    return s->depth > 0 && s->depth <= JSONPATH_MAX_DEPTH ? &s->st[s->depth - 1] : NULL;
}

/* Skips the string opening at buf[i] (a quote); returns the offset after it (or `end`, with
 * *closed false), and copies its raw text, cut at NAME_MAX_BYTES, into name when not NULL. */
static size_t skip_string(const char *buf, size_t i, size_t end, char *name, bool *closed)
{
    size_t k = 0;
    for (i++; i < end && buf[i] != '"'; i++) {
        if (buf[i] == '\\' && i + 1 < end) {
            if (name && k < NAME_MAX_BYTES) name[k++] = buf[i + 1];
            i++;
            continue;
        }
        if (name && k < NAME_MAX_BYTES) name[k++] = buf[i];
    }
    if (name) name[k] = '\0';
    *closed = i < end;
    return i < end ? i + 1 : end;
}

static void open_container(Scan *s, bool object)
{
    if (s->depth < JSONPATH_MAX_DEPTH) s->st[s->depth] = (Frame){.object = object, .want_name = object};
    s->depth++;
}

static void scan(Scan *s, const char *buf, size_t end)
{
    for (size_t i = 0; i < end;) {
        char c = buf[i];
        Frame *f = top(s);
        if (c == '"') {
            bool naming = f && f->object && f->want_name;
            bool closed;
            i = skip_string(buf, i, end, naming ? f->name : NULL, &closed);
            /* A name still being read at the offset is not a name yet: the object's path. */
            if (naming && closed) f->want_name = false, f->has_name = true;
            continue;
        }
        if (c == '{' || c == '[') open_container(s, c == '{');
        else if ((c == '}' || c == ']') && s->depth > 0) s->depth--;
        else if (c == ',' && f && f->object) f->want_name = true, f->has_name = false;
        else if (c == ',' && f) f->index++;
        i++;
    }
}

static bool plain_name(const char *name)
{
    if (!name[0]) return false;
    for (const char *p = name; *p; p++) {
        char c = *p;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                  (p > name && c >= '0' && c <= '9');
        if (!ok) return false;
    }
    return true;
}

void jsonpath_at(const char *buf, size_t len, size_t off, char *out, size_t n)
{
    Scan s;
    memset(&s, 0, sizeof s);
    if (n == 0) return;
    scan(&s, buf, off < len ? off : len);
    size_t used = 0, depth = s.depth < JSONPATH_SHOWN_DEPTH ? s.depth : JSONPATH_SHOWN_DEPTH;
    out[0] = '\0';
    for (size_t d = 0; d < depth; d++) {
        const Frame *f = &s.st[d];
        char part[NAME_MAX_BYTES + 16];
        if (!f->object) snprintf(part, sizeof part, "[%zu]", f->index);
        else if (!f->has_name) break; /* between members: the object itself */
        else if (plain_name(f->name)) snprintf(part, sizeof part, "%s%s", used ? "." : "", f->name);
        else snprintf(part, sizeof part, "[\"%s\"]", f->name);
        size_t k = strlen(part);
        if (used + k + 4 >= n) {
            snprintf(out + used, n - used, "%s", n - used > 3 ? "\xE2\x80\xA6" : "");
            return;
        }
        memcpy(out + used, part, k + 1);
        used += k;
    }
    /* Deeper: the first levels say where it starts, the count how deep it goes (64 "[0]" in a
     * row said neither readably). */
    if (s.depth > JSONPATH_SHOWN_DEPTH && used)
        snprintf(out + used, n - used, "\xE2\x80\xA6 (%zu levels)", s.depth);
    if (!used) snprintf(out, n, "$");
}
