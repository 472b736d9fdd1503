/* ui_draw.h — the drawing context shared by every screen, and drawing primitives.
 * All coordinates are output pixels (HiDPI-aware); ui_px converts design units to pixels. */
#ifndef BYLINE_UI_DRAW_H
#define BYLINE_UI_DRAW_H
#include "ui_cache.h"
#include "ui_text.h"
#include "ui_theme.h"
#include <SDL.h>
#include <stdbool.h>

/* For the layout tests: every text drawn in a frame, where (clipped) and whether it was cut
 * ("…") inside a word. Off (NULL) in the app. */
#define UI_TRACE_MAX 1024
typedef struct UiTraceItem {
    SDL_Rect r;
    bool cut;          /* shortened with "…" */
    bool cut_in_word;  /* … inside a word */
    char text[48];
} UiTraceItem;
typedef struct UiTrace {
    UiTraceItem items[UI_TRACE_MAX];
    size_t n;
} UiTrace;

typedef struct Ui {
    SDL_Renderer *r;
    UiTrace *trace; /* NULL: not recorded */
    UiFonts fonts;
    TextCache *cache;
    const Theme *th;
    ThemeId theme;
    float dpi;   /* output pixels per window unit (2 on a HiDPI screen) */
    float zoom;  /* text size in effect: the user's (Ctrl +/-), at most what the window holds */
    int w, h;    /* output size in pixels */
    SDL_Rect clip; /* current clip (w == 0: none) */
} Ui;

/* Design units (1/96 inch at zoom 1) to pixels. */
int ui_px(const Ui *ui, int units);
TTF_Font *ui_font(const Ui *ui, FontRole role);
int ui_line(const Ui *ui, FontRole role);

void ui_set_color(Ui *ui, SDL_Color c);
void ui_fill(Ui *ui, SDL_Rect r, SDL_Color c);
/* A rectangle with rounded corners (radius in pixels). */
void ui_fill_round(Ui *ui, SDL_Rect r, int radius, SDL_Color c);
/* An outline `t` pixels thick, inside r. */
void ui_outline(Ui *ui, SDL_Rect r, int t, SDL_Color c);
/* The keyboard-focus ring: a thick outline just outside r. */
void ui_focus_ring(Ui *ui, SDL_Rect r);
void ui_clip(Ui *ui, const SDL_Rect *r); /* NULL: no clip */

/* One line of text at (x, y) (top-left); returns its width. */
int ui_text(Ui *ui, FontRole role, SDL_Color c, int x, int y, const char *s);
int ui_text_n(Ui *ui, FontRole role, SDL_Color c, int x, int y, const char *s, size_t len);
/* One line, shortened with "…" to fit max_w; returns the width drawn. */
int ui_text_fit_draw(Ui *ui, FontRole role, SDL_Color c, int x, int y, int max_w, const char *s);
/* Wrapped text in width w; returns the height used (0 for empty text). */
int ui_text_wrapped(Ui *ui, FontRole role, SDL_Color c, int x, int y, int w, const char *s);
/* The height ui_text_wrapped would use (renders into the cache, so pass the colour the text
 * will be drawn in: the draw that follows is then a cache hit). */
int ui_text_wrapped_h(Ui *ui, FontRole role, SDL_Color c, int w, const char *s);
int ui_measure(Ui *ui, FontRole role, const char *s);

bool ui_point_in(SDL_Rect r, int x, int y);

#endif
