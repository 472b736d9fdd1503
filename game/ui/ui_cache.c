/* ui_cache.c — texture cache for rendered text.
 *
 * An open hash table (linear probing, power-of-two size, at most half full) maps a key hash to an
 * entry; entries keep a copy of their text so collisions are resolved exactly. Each entry records
 * the frame it was last used in; when the table holds more than UI_CACHE_SOFT_LIMIT entries, the
 * end of a frame removes those unused for UI_CACHE_KEEP_FRAMES frames and rebuilds the table. */
#include "ui_cache.h"
#include "ui_text.h"
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct Entry {
    uint64_t hash;
    TTF_Font *font;
    SDL_Color colour;
    int wrap_w;
    char *text;
    size_t len;
    SDL_Texture *tex;
    int w, h;
    uint64_t used;  /* frame number */
} Entry;

struct TextCache {
    SDL_Renderer *r;
    Entry *slots;   /* tex == NULL && text == NULL: empty */
    size_t cap, count;
    uint64_t frame;
    TextCacheStats stats;
};

static uint64_t key_hash(TTF_Font *font, SDL_Color c, int wrap_w, const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    uintptr_t f = (uintptr_t)font;
    uint32_t rgba = (uint32_t)c.r << 24 | (uint32_t)c.g << 16 | (uint32_t)c.b << 8 | c.a;
    uint64_t parts[3] = {(uint64_t)f, rgba, (uint64_t)(uint32_t)wrap_w};
    for (int i = 0; i < 3; i++) {
        h ^= parts[i];
        h *= 1099511628211ull;
    }
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

TextCache *ui_cache_create(SDL_Renderer *r)
{
    TextCache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->r = r;
    c->cap = 2048;
    c->slots = calloc(c->cap, sizeof *c->slots);
    if (!c->slots) {
        free(c);
        return NULL;
    }
    return c;
}

static void entry_free(Entry *e)
{
    if (e->tex) SDL_DestroyTexture(e->tex);
    free(e->text);
    memset(e, 0, sizeof *e);
}

void ui_cache_clear(TextCache *c)
{
    for (size_t i = 0; i < c->cap; i++)
        if (c->slots[i].text) entry_free(&c->slots[i]);
    c->count = 0;
}

void ui_cache_destroy(TextCache *c)
{
    if (!c) return;
    ui_cache_clear(c);
    free(c->slots);
    free(c);
}

static bool same_key(const Entry *e, uint64_t h, TTF_Font *font, SDL_Color col, int wrap_w,
                     const char *s, size_t len)
{
    return e->hash == h && e->font == font && e->wrap_w == wrap_w && e->len == len &&
           e->colour.r == col.r && e->colour.g == col.g && e->colour.b == col.b &&
           e->colour.a == col.a && memcmp(e->text, s, len) == 0;
}

/* Puts an entry into the table (which has room); used for inserts and rebuilds. */
static Entry *place(TextCache *c, const Entry *e)
{
    size_t i = (size_t)e->hash & (c->cap - 1);
    while (c->slots[i].text) i = (i + 1) & (c->cap - 1);
    c->slots[i] = *e;
    c->count++;
    return &c->slots[i];
}

static bool grow(TextCache *c)
{
    size_t old_cap = c->cap;
    Entry *old = c->slots;
    Entry *slots = calloc(old_cap * 2, sizeof *slots);
    if (!slots) return false;
    c->slots = slots;
    c->cap = old_cap * 2;
    c->count = 0;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].text) place(c, &old[i]);
    free(old);
    return true;
}

static SDL_Surface *render_text(TTF_Font *font, SDL_Color col, int wrap_w, const char *z)
{
    if (wrap_w > 0) return ui_render_wrapped(font, z, strlen(z), col, wrap_w); /* linear */
    UiTextDir dir = ui_text_dir_begin(font, z);
    SDL_Surface *s = TTF_RenderUTF8_Blended(font, z, col);
    ui_text_dir_end(font, dir);
    return s;
}

/* SDL_ttf returns NULL for text made only of newlines (2.20): such text draws nothing. */
static bool blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != '\n' && s[i] != '\r') return false;
    return true;
}

SDL_Texture *ui_cache_text(TextCache *c, TTF_Font *font, SDL_Color col, int wrap_w,
                           const char *s, size_t len, int *w, int *h)
{
    *w = *h = 0;
    if (!font || len == 0 || blank(s, len)) return NULL;
    uint64_t hash = key_hash(font, col, wrap_w, s, len);
    for (size_t i = (size_t)hash & (c->cap - 1); c->slots[i].text; i = (i + 1) & (c->cap - 1)) {
        Entry *e = &c->slots[i];
        if (same_key(e, hash, font, col, wrap_w, s, len)) {
            e->used = c->frame;
            c->stats.hits++;
            *w = e->w;
            *h = e->h;
            return e->tex;
        }
    }
    c->stats.misses++;
    if ((c->count + 1) * 2 > c->cap && !grow(c)) return NULL;
    Entry e = {.hash = hash, .font = font, .colour = col, .wrap_w = wrap_w, .len = len,
               .used = c->frame};
    e.text = malloc(len + 1);
    if (!e.text) return NULL;
    memcpy(e.text, s, len);
    e.text[len] = '\0';
    SDL_Surface *surf = render_text(font, col, wrap_w, e.text);
    if (surf) {
        e.tex = SDL_CreateTextureFromSurface(c->r, surf);
        e.w = surf->w;
        e.h = surf->h;
        SDL_FreeSurface(surf);
    }
    if (!e.tex) {
        free(e.text);
        return NULL;
    }
    Entry *placed = place(c, &e);
    *w = placed->w;
    *h = placed->h;
    return placed->tex;
}

void ui_cache_end_frame(TextCache *c)
{
    c->frame++;
    if (c->count <= UI_CACHE_SOFT_LIMIT) return;
    /* Remove stale entries, then re-place the survivors so probe chains stay intact. */
    Entry *old = c->slots;
    Entry *slots = calloc(c->cap, sizeof *slots);
    if (!slots) return;
    c->slots = slots;
    c->count = 0;
    for (size_t i = 0; i < c->cap; i++) {
        if (!old[i].text) continue;
        if (old[i].used + UI_CACHE_KEEP_FRAMES < c->frame) {
            entry_free(&old[i]);
            c->stats.evictions++;
        } else {
            place(c, &old[i]);
        }
    }
    free(old);
}

TextCacheStats ui_cache_stats(const TextCache *c)
{
    TextCacheStats s = c->stats;
    s.entries = c->count;
    return s;
}
