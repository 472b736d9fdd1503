/* jsonpos.c — a side-by-side walk of JSON text and its cJSON tree; see jsonpos.h.
 * Node → offsets live in an open-addressing hash table keyed by node address. */
#include "jsonpos.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct Slot {
    const cJSON *node;
    size_t value, key; /* key == SIZE_MAX when the node is not an object member */
} Slot;

struct JsonPosMap {
    const char *buf, *end;
    Slot *slots;
    size_t cap, used;
    bool oom;
};

static size_t hash_ptr(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

static bool grow(JsonPosMap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 1024;
    Slot *s = calloc(cap, sizeof *s);
    if (!s) return false;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].node) continue;
        size_t h = hash_ptr(m->slots[i].node) & (cap - 1);
        while (s[h].node) h = (h + 1) & (cap - 1);
        s[h] = m->slots[i];
    }
    free(m->slots);
    m->slots = s;
    m->cap = cap;
    return true;
}

static void put(JsonPosMap *m, const cJSON *node, size_t value, size_t key)
{
    if (m->oom) return;
    if ((m->used + 1) * 2 > m->cap && !grow(m)) {
        m->oom = true;
        return;
    }
    size_t h = hash_ptr(node) & (m->cap - 1);
    while (m->slots[h].node && m->slots[h].node != node) h = (h + 1) & (m->cap - 1);
    if (!m->slots[h].node) m->used++;
    m->slots[h] = (Slot){node, value, key};
}

static const Slot *find(const JsonPosMap *m, const cJSON *node)
{
    if (!m || !m->cap) return NULL;
    size_t h = hash_ptr(node) & (m->cap - 1);
    while (m->slots[h].node) {
        if (m->slots[h].node == node) return &m->slots[h];
        h = (h + 1) & (m->cap - 1);
    }
    return NULL;
}

/* cJSON treats every byte <= 32 as white space; so do we, to stay in step with it. */
static const char *skip_ws(const JsonPosMap *m, const char *p)
{
    while (p < m->end && (unsigned char)*p <= 32) p++;
    return p;
}

static const char *skip_string(const JsonPosMap *m, const char *p)
{
    p++; /* opening quote */
    while (p < m->end && *p != '"') {
        if (*p == '\\' && p + 1 < m->end) p++;
        p++;
    }
    return p < m->end ? p + 1 : p;
}

static const char *skip_scalar(const JsonPosMap *m, const char *p)
{
    while (p < m->end && *p != ',' && *p != ']' && *p != '}' && (unsigned char)*p > 32) p++;
    return p;
}

static const char *walk(JsonPosMap *m, const char *p, const cJSON *node, size_t key);

static const char *walk_container(JsonPosMap *m, const char *p, const cJSON *node, bool object)
{
    p++; /* '{' or '[' */
    for (const cJSON *c = node->child; c && p < m->end; c = c->next) {
        p = skip_ws(m, p);
        size_t key = SIZE_MAX;
        if (object) {
            key = (size_t)(p - m->buf);
            p = skip_string(m, p);
            p = skip_ws(m, p);
            if (p < m->end && *p == ':') p++;
        }
        p = walk(m, p, c, key);
        p = skip_ws(m, p);
        if (p < m->end && *p == ',') p++;
    }
    p = skip_ws(m, p);
    return p < m->end ? p + 1 : p; /* '}' or ']' */
}

static const char *walk(JsonPosMap *m, const char *p, const cJSON *node, size_t key)
{
    p = skip_ws(m, p);
    put(m, node, (size_t)(p - m->buf), key);
    if (p >= m->end) return p;
    if (cJSON_IsObject(node)) return walk_container(m, p, node, true);
    if (cJSON_IsArray(node)) return walk_container(m, p, node, false);
    if (*p == '"') return skip_string(m, p);
    return skip_scalar(m, p);
}

JsonPosMap *jsonpos_build(const char *buf, size_t len, const cJSON *root)
{
    JsonPosMap *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->buf = buf;
    m->end = buf + len;
    const char *p = buf;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3; /* cJSON skips a BOM too */
    walk(m, p, root, SIZE_MAX);
    if (m->oom) {
        jsonpos_free(m);
        return NULL;
    }
    return m;
}

void jsonpos_free(JsonPosMap *m)
{
    if (!m) return;
    free(m->slots);
    free(m);
}

bool jsonpos_value(const JsonPosMap *m, const cJSON *node, size_t *offset)
{
    const Slot *s = find(m, node);
    if (!s) return false;
    *offset = s->value;
    return true;
}

bool jsonpos_key(const JsonPosMap *m, const cJSON *node, size_t *offset)
{
    const Slot *s = find(m, node);
    if (!s) return false;
    *offset = s->key != SIZE_MAX ? s->key : s->value;
    return true;
}
