/* arena.h — a bump allocator: many small allocations, one free.
 * A loaded pack lives in one arena, so freeing a pack is one call and cannot leak. */
#ifndef BYLINE_ARENA_H
#define BYLINE_ARENA_H
#include <stddef.h>

typedef struct Arena Arena;

/* Returns NULL when out of memory. Free with arena_destroy. */
Arena *arena_create(void);
void arena_destroy(Arena *a);
/* Zeroed, 16-byte aligned memory owned by the arena; NULL when out of memory. */
void *arena_alloc(Arena *a, size_t size);
/* Arrays: checks n * size for overflow. */
void *arena_array(Arena *a, size_t n, size_t size);
/* Copies; the copy is owned by the arena. NULL in, NULL out. */
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);
size_t arena_bytes_used(const Arena *a);

#endif
