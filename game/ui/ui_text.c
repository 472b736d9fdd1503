/* ui_text.c — fonts and word wrap. */
#include "ui_text.h"
#include "text.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Base pixel sizes at scale 1; chosen for a classroom projector at 1280x800. */
static const struct {
    const char *file;
    int size;
} roles[FONT_COUNT] = {
    [FONT_BODY] = {"DejaVuSerif.ttf", 21},     [FONT_UI] = {"DejaVuSans.ttf", 19},
    [FONT_UI_BOLD] = {"DejaVuSans-Bold.ttf", 19}, [FONT_SMALL] = {"DejaVuSans.ttf", 15},
    [FONT_SMALL_BOLD] = {"DejaVuSans-Bold.ttf", 15}, [FONT_H2] = {"DejaVuSans-Bold.ttf", 24},
    [FONT_H1] = {"DejaVuSans-Bold.ttf", 31},   [FONT_HUGE] = {"DejaVuSans-Bold.ttf", 60},
};

bool ui_fonts_open(UiFonts *fonts, const char *dir, float scale, char *err, size_t errlen)
{
    memset(fonts->f, 0, sizeof fonts->f);
    snprintf(fonts->dir, sizeof fonts->dir, "%s", dir);
    fonts->scale = scale;
    for (int i = 0; i < FONT_COUNT; i++) {
        char path[1200];
        snprintf(path, sizeof path, "%s/%s", dir, roles[i].file);
        int px = (int)lroundf((float)roles[i].size * scale);
        if (px < 6) px = 6;
        fonts->f[i] = TTF_OpenFont(path, px);
        if (!fonts->f[i]) {
            snprintf(err, errlen, "cannot open the font %s (%s)", path, TTF_GetError());
            ui_fonts_close(fonts);
            return false;
        }
        fonts->px[i] = px;
        fonts->line[i] = TTF_FontLineSkip(fonts->f[i]);
    }
    return true;
}

void ui_fonts_close(UiFonts *fonts)
{
    for (int i = 0; i < FONT_COUNT; i++) {
        if (fonts->f[i]) TTF_CloseFont(fonts->f[i]);
        fonts->f[i] = NULL;
    }
}

/* SDL_ttf wants NUL-terminated text: copy short pieces to the stack, long ones to the heap. */
typedef struct Zbuf {
    char small[512];
    char *p;
} Zbuf;

static const char *zstr(Zbuf *z, const char *s, size_t len)
{
    z->p = len < sizeof z->small ? z->small : malloc(len + 1);
    if (!z->p) return NULL;
    memcpy(z->p, s, len);
    z->p[len] = '\0';
    return z->p;
}

static void zfree(Zbuf *z)
{
    if (z->p != z->small) free(z->p);
}

static uint64_t work; /* bytes handed to SDL_ttf (ui_text_work) */

uint64_t ui_text_work(void)
{
    return work;
}

int ui_text_width(TTF_Font *font, const char *s, size_t len)
{
    if (len == 0 || !font) return 0;
    work += len;
    Zbuf z;
    const char *t = zstr(&z, s, len);
    int w = 0;
    UiTextDir dir = t ? ui_text_dir_begin(font, t) : UI_DIR_LTR;
    if (t && TTF_SizeUTF8(font, t, &w, NULL) != 0) w = 0;
    ui_text_dir_end(font, dir);
    zfree(&z);
    return w;
}

size_t ui_text_fit(TTF_Font *font, const char *s, size_t len, int width)
{
    if (len == 0 || width <= 0) return 0;
    work += len;
    Zbuf z;
    const char *t = zstr(&z, s, len);
    int extent = 0, count = 0;
    UiTextDir dir = t ? ui_text_dir_begin(font, t) : UI_DIR_LTR;
    if (!t || TTF_MeasureUTF8(font, t, width, &extent, &count) != 0) count = 0;
    ui_text_dir_end(font, dir);
    zfree(&z);
    /* count is in code points: convert to bytes. */
    size_t i = 0;
    for (int k = 0; k < count && i < len; k++) {
        uint32_t cp;
        i += text_utf8_decode(s + i, len - i, &cp);
    }
    return i;
}

typedef struct LineVec {
    UiLine *v;
    size_t n, cap;
} LineVec;

static bool push_line(LineVec *lv, size_t start, size_t end, int width)
{
    if (lv->n == lv->cap) {
        size_t cap = lv->cap ? lv->cap * 2 : 16;
        UiLine *v = realloc(lv->v, cap * sizeof *v);
        if (!v) return false;
        lv->v = v;
        lv->cap = cap;
    }
    lv->v[lv->n++] = (UiLine){start, end, width};
    return true;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Bytes of s[0..len) from the start up to about `want`, ending on a code point boundary. */
static size_t chunk_of(const char *s, size_t len, size_t want)
{
    if (want >= len) return len;
    while (want > 1 && ((unsigned char)s[want] & 0xC0) == 0x80) want--;
    return want;
}

/* Where a wrap stops: after `max` lines, *stop is the start of the next line. */
typedef struct WrapLimit {
    size_t max;
    bool hit;
    size_t stop;
} WrapLimit;

static bool limit_hit(const LineVec *lv, WrapLimit *lim, size_t next)
{
    if (lv->n < lim->max) return false;
    lim->hit = true;
    lim->stop = next;
    return true;
}

/* Cuts an over-long word [ws, we) into lines that fit; returns the start of the rest (or, when
 * the line limit is hit, of the next line). Measuring the whole rest of the word for every line
 * would make a long word cost the square of its length: only a piece somewhat longer than the
 * last line is measured, doubled while all of it fits. */
static size_t cut_word(TTF_Font *font, const char *s, size_t ws, size_t we, int width,
                       LineVec *lv, bool *ok, WrapLimit *lim)
{
    size_t want = 256;
    while (ws < we) {
        size_t fit, piece;
        for (;;) {
            piece = chunk_of(s + ws, we - ws, want);
            fit = ui_text_fit(font, s + ws, piece, width);
            if (fit < piece || piece == we - ws) break;
            want *= 2; /* all of it fitted: the line may be longer */
        }
        if (fit == 0) { /* not even one code point fits: take one anyway */
            uint32_t cp;
            fit = text_utf8_decode(s + ws, we - ws, &cp);
        }
        if (ws + fit >= we) return ws; /* the tail continues the next line */
        if (!push_line(lv, ws, ws + fit, ui_text_width(font, s + ws, fit))) *ok = false;
        ws += fit;
        if (limit_hit(lv, lim, ws)) return ws;
        want = 2 * fit + 16;
    }
    return ws;
}

/* Width of the word s[0..n), or width + 1 when it is known not to fit: a long word is first
 * tried by a piece, so that the first lines of a 64 KiB word do not cost the whole word. */
static int word_width(TTF_Font *font, const char *s, size_t n, int width)
{
    enum { PROBE = 512 };
    if (n > 2 * PROBE) {
        size_t piece = chunk_of(s, n, PROBE);
        if (ui_text_fit(font, s, piece, width) < piece) return width + 1;
    }
    return ui_text_width(font, s, n);
}

size_t ui_wrap_some(TTF_Font *font, const char *s, size_t len, int width, size_t from,
                    size_t max_lines, UiLine **out, size_t *next)
{
    *out = NULL;
    *next = len + 1;
    if (len == 0 || from > len || max_lines == 0) return 0;
    LineVec lv = {0};
    WrapLimit lim = {max_lines, false, 0};
    bool ok = true;
    int space_w = ui_text_width(font, " ", 1);
    size_t line_start = from, line_end = from; /* end of the last word on the line */
    int line_w = 0;
    bool empty = true;
    size_t i = from;
    while (i <= len && ok && !lim.hit) {
        if (i == len || s[i] == '\n') {
            if (!push_line(&lv, line_start, empty ? line_start : line_end, empty ? 0 : line_w))
                ok = false;
            if (i == len) break;
            i++;
            line_start = line_end = i;
            line_w = 0;
            empty = true;
            limit_hit(&lv, &lim, i);
            continue;
        }
        if (is_space(s[i])) {
            i++;
            continue;
        }
        size_t ws = i;
        while (i < len && !is_space(s[i]) && s[i] != '\n') i++;
        int ww = word_width(font, s + ws, i - ws, width);
        int needed = empty ? ww : line_w + space_w * (int)(ws - line_end) + ww;
        if (!empty && needed > width) {
            if (!push_line(&lv, line_start, line_end, line_w)) ok = false;
            empty = true;
            if (limit_hit(&lv, &lim, ws)) break;
        }
        if (empty) {
            line_start = ws;
            if (ww > width) {
                line_start = cut_word(font, s, ws, i, width, &lv, &ok, &lim);
                if (lim.hit) break;
                ww = ui_text_width(font, s + line_start, i - line_start);
            }
            line_w = ww;
            empty = false;
        } else {
            line_w = needed;
        }
        line_end = i;
    }
    if (!ok) {
        free(lv.v);
        return 0;
    }
    if (lim.hit) *next = lim.stop;
    *out = lv.v;
    return lv.n;
}

size_t ui_wrap(TTF_Font *font, const char *s, size_t len, int width, UiLine **out)
{
    size_t next;
    return ui_wrap_some(font, s, len, width, 0, SIZE_MAX, out, &next);
}

SDL_Surface *ui_render_wrapped(TTF_Font *font, const char *s, size_t len, SDL_Color c, int width)
{
    UiLine *lines;
    size_t n = ui_wrap(font, s, len, width < 1 ? 1 : width, &lines);
    if (n == 0) return NULL;
    int skip = TTF_FontLineSkip(font), w = 1;
    if (skip < 1) skip = 1;
    if (n > (size_t)(UI_TEXT_MAX_PX / skip)) n = (size_t)(UI_TEXT_MAX_PX / skip);
    if (n == 0) n = 1;
    SDL_Surface **row = calloc(n, sizeof *row);
    SDL_Surface *out = NULL;
    if (!row) goto done;
    for (size_t i = 0; i < n; i++) {
        size_t a = lines[i].start, b = lines[i].end;
        if (b <= a) continue; /* an empty line: height only */
        Zbuf z;
        const char *t = zstr(&z, s + a, b - a);
        work += b - a;
        UiTextDir dir = t ? ui_text_dir_begin(font, t) : UI_DIR_LTR;
        row[i] = t ? TTF_RenderUTF8_Blended(font, t, c) : NULL;
        ui_text_dir_end(font, dir);
        zfree(&z);
        if (row[i] && row[i]->w > w) w = row[i]->w;
    }
    out = SDL_CreateRGBSurfaceWithFormat(0, w, skip * (int)n, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!out) goto done;
    SDL_FillRect(out, NULL, SDL_MapRGBA(out->format, c.r, c.g, c.b, 0));
    for (size_t i = 0; i < n; i++) {
        if (!row[i]) continue;
        SDL_SetSurfaceBlendMode(row[i], SDL_BLENDMODE_NONE);
        SDL_BlitSurface(row[i], NULL, out, &(SDL_Rect){0, skip * (int)i, row[i]->w, row[i]->h});
    }
done:
    for (size_t i = 0; row && i < n; i++) SDL_FreeSurface(row[i]);
    free(row);
    free(lines);
    return out;
}

uint32_t ui_text_missing_glyph(TTF_Font *font, const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += text_utf8_decode(s + i, len - i, &cp);
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xFEFF) continue;
        if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x00AD) continue;
        if (!TTF_GlyphIsProvided32(font, cp)) return cp;
    }
    return 0;
}
