/* ui_text.h — fonts and text layout.
 *
 * One TTF_Font per role (size and face), opened at the current pixel scale; a scale change
 * closes and reopens them all (switching sizes on one font would empty its glyph cache). Layout
 * (ui_wrap) is our own, so the UI knows where every byte of an article lies on screen. Every
 * function here does work linear in the length of its text, however long its words: a pack
 * that passes `byline check` may hold 64 KiB without a space. */
#ifndef BYLINE_UI_TEXT_H
#define BYLINE_UI_TEXT_H
#include <SDL_ttf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    FONT_BODY,       /* article text (serif) */
    FONT_UI,         /* labels, choices, explanations */
    FONT_UI_BOLD,
    FONT_SMALL,      /* meta lines, hints */
    FONT_SMALL_BOLD,
    FONT_H2,         /* question prompt, card titles */
    FONT_H1,         /* article headline, screen titles */
    FONT_HUGE,       /* the score on the results screen */
    FONT_COUNT
} FontRole;

typedef struct UiFonts {
    TTF_Font *f[FONT_COUNT];
    int px[FONT_COUNT];     /* pixel size opened */
    int line[FONT_COUNT];   /* line skip in pixels */
    float scale;            /* pixel sizes = base sizes * scale */
    char dir[1024];         /* where the .ttf files are */
} UiFonts;

/* Opens every role at `scale` from dir (DejaVuSans.ttf, DejaVuSans-Bold.ttf, DejaVuSerif.ttf).
 * On failure closes what was opened, writes a message naming the missing file into err and
 * returns false. TTF_Init must have been called. */
bool ui_fonts_open(UiFonts *fonts, const char *dir, float scale, char *err, size_t errlen);
void ui_fonts_close(UiFonts *fonts);

/* Width in pixels of s[0..len) in font (0 for empty). */
int ui_text_width(TTF_Font *font, const char *s, size_t len);
/* How many bytes of s[0..len) fit in `width` pixels (whole code points; 0 when none fits). */
size_t ui_text_fit(TTF_Font *font, const char *s, size_t len, int width);

/* One laid-out line: bytes [start, end) of the text (trailing spaces excluded), and its width. */
typedef struct UiLine {
    size_t start, end;
    int width;
} UiLine;

/* Greedy word wrap of s[0..len) at `width` pixels: breaks at spaces, forced at '\n'; a word longer
 * than a line is cut between code points. Returns the number of lines (>= 1 for non-empty text)
 * and a malloc'd array in *out (caller frees), or 0 with *out NULL for empty text / no memory. */
size_t ui_wrap(TTF_Font *font, const char *s, size_t len, int width, UiLine **out);

/* ui_wrap in pieces: wraps s[0..len) from byte `from` (0, or a *next an earlier call gave) and
 * stops after max_lines lines. The lines are those ui_wrap makes (offsets into s); *next is where
 * the next line starts, or len + 1 when the text is done. A long word is not measured beyond
 * the lines made, so the work is about the text of those lines. Returns the number of lines and
 * a malloc'd array in *out (caller frees), or 0 with *out NULL when done / no memory. */
size_t ui_wrap_some(TTF_Font *font, const char *s, size_t len, int width, size_t from,
                    size_t max_lines, UiLine **out, size_t *next);

/* The tallest text surface made (pixels): what GPU renderers take as a texture, and taller than
 * several 4K screens. Wrapped text beyond it is not drawn (byline check warns long before). */
#define UI_TEXT_MAX_PX 16384

/* Renders s[0..len) wrapped at `width` pixels as ui_wrap lays it out, one line after another
 * (left-aligned, line skip apart) into a new surface as wide as the widest line and at most
 * UI_TEXT_MAX_PX tall (the lines below are left out); NULL for empty text or on failure. SDL_ttf's own wrapped rendering shapes the rest of the text again
 * for every line (time grows with the square of the length); this does each line once. */
SDL_Surface *ui_render_wrapped(TTF_Font *font, const char *s, size_t len, SDL_Color c, int width);

/* Work done by the text layout so far: bytes of text handed to SDL_ttf to measure or render (the
 * tests assert it grows linearly with the text, not with its square). */
uint64_t ui_text_work(void);

/* ui_text_dir.c: a run whose letters are all Hebrew or Arabic is shaped right to left with its
 * script (SDL_ttf's default is left to right, no script: such a name came out backwards). Every
 * measuring and rendering of a run goes between begin (z NUL-terminated) and end. */
typedef enum { UI_DIR_LTR, UI_DIR_HEBREW, UI_DIR_ARABIC } UiTextDir;
UiTextDir ui_text_dir_of(const char *s, size_t len);
UiTextDir ui_text_dir_begin(TTF_Font *font, const char *z);
void ui_text_dir_end(TTF_Font *font, UiTextDir dir);

/* The first code point of s not provided by font, or 0 when all are (control characters are
 * ignored). */
uint32_t ui_text_missing_glyph(TTF_Font *font, const char *s);

#endif
