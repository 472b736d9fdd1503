/* ui_cache.h — rendered text kept as textures, so a frame copies textures instead of
 * rasterising glyphs. Keyed by (font, colour, wrap width, text). The cache owns every texture it
 * returns: a texture stays valid until ui_cache_clear, ui_cache_end_frame evicts it (not used for
 * UI_CACHE_KEEP_FRAMES frames while the cache is over UI_CACHE_SOFT_LIMIT), or destroy. */
#ifndef BYLINE_UI_CACHE_H
#define BYLINE_UI_CACHE_H
#include <SDL.h>
#include <SDL_ttf.h>
#include <stddef.h>

#define UI_CACHE_SOFT_LIMIT 768
#define UI_CACHE_KEEP_FRAMES 4

typedef struct TextCache TextCache;

typedef struct TextCacheStats {
    size_t entries, hits, misses, evictions;
} TextCacheStats;

TextCache *ui_cache_create(SDL_Renderer *r);
void ui_cache_destroy(TextCache *c);
/* The texture of s[0..len) in font and colour, wrapped at wrap_w pixels when wrap_w > 0 (one line
 * otherwise). NULL for empty text (nothing to draw) or when rendering fails; *w and *h are set
 * (0 for empty text). */
SDL_Texture *ui_cache_text(TextCache *c, TTF_Font *font, SDL_Color colour, int wrap_w,
                           const char *s, size_t len, int *w, int *h);
/* Drops every texture (fonts, theme or renderer changed). */
void ui_cache_clear(TextCache *c);
/* Call once per rendered frame: ages entries and evicts stale ones when the cache is large. */
void ui_cache_end_frame(TextCache *c);
TextCacheStats ui_cache_stats(const TextCache *c);

#endif
