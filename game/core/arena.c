/* arena.c — blocks of at least 64 KiB chained together; large requests get their own block. */
#include "arena.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK (64u * 1024u)
#define ARENA_ALIGN 16u

typedef struct Block {
    struct Block *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
} Block;

struct Arena {
    Block *head;
    size_t total;
};

Arena *arena_create(void) { return calloc(1, sizeof(Arena)); }

void arena_destroy(Arena *a)
{
    if (!a) return;
    for (Block *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(a);
}

static Block *new_block(size_t min)
{
    size_t cap = min > ARENA_BLOCK ? min : ARENA_BLOCK;
    Block *b = malloc(sizeof(Block) + cap);
    if (!b) return NULL;
    b->next = NULL;
    b->used = 0;
    b->cap = cap;
    return b;
}

void *arena_alloc(Arena *a, size_t size)
{
    if (size > SIZE_MAX - ARENA_ALIGN) return NULL;
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0) size = ARENA_ALIGN;
    Block *b = a->head;
    if (!b || b->cap - b->used < size) {
        Block *nb = new_block(size);
        if (!nb) return NULL;
        /* A big one-off block goes behind the head so the head's free space is kept. */
        if (b && size > ARENA_BLOCK) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += size;
    a->total += size;
    memset(p, 0, size);
    return p;
}

void *arena_array(Arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) return NULL;
    return arena_alloc(a, n * size);
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    if (!s) return NULL;
    char *d = arena_alloc(a, n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *arena_strdup(Arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

size_t arena_bytes_used(const Arena *a) { return a->total; }
