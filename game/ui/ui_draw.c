/* ui_draw.c — primitives over SDL_Renderer; every text goes through the texture cache. */
#include "ui_draw.h"
#include <stdio.h>
#include <math.h>
#include <string.h>

int ui_px(const Ui *ui, int units)
{
    return (int)lroundf((float)units * ui->dpi * ui->zoom);
}

TTF_Font *ui_font(const Ui *ui, FontRole role)
{
    return ui->fonts.f[role];
}

int ui_line(const Ui *ui, FontRole role)
{
    return ui->fonts.line[role];
}

void ui_set_color(Ui *ui, SDL_Color c)
{
    SDL_SetRenderDrawColor(ui->r, c.r, c.g, c.b, c.a);
}

void ui_fill(Ui *ui, SDL_Rect r, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0) return;
    ui_set_color(ui, c);
    SDL_RenderFillRect(ui->r, &r);
}

void ui_fill_round(Ui *ui, SDL_Rect r, int radius, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0) return;
    if (radius * 2 > r.w) radius = r.w / 2;
    if (radius * 2 > r.h) radius = r.h / 2;
    if (radius > 32) radius = 32;
    /* The middle band plus one row per corner line, drawn in one call. */
    SDL_Rect rows[1 + 2 * 32];
    int n = 0;
    rows[n++] = (SDL_Rect){r.x, r.y + radius, r.w, r.h - 2 * radius};
    for (int i = 0; i < radius; i++) {
        float dy = (float)radius - (float)i - 0.5f;
        int inset = radius - (int)lroundf(sqrtf((float)(radius * radius) - dy * dy));
        rows[n++] = (SDL_Rect){r.x + inset, r.y + i, r.w - 2 * inset, 1};
        rows[n++] = (SDL_Rect){r.x + inset, r.y + r.h - 1 - i, r.w - 2 * inset, 1};
    }
    ui_set_color(ui, c);
    SDL_RenderFillRects(ui->r, rows, n);
}

void ui_outline(Ui *ui, SDL_Rect r, int t, SDL_Color c)
{
    if (t < 1) t = 1;
    ui_fill(ui, (SDL_Rect){r.x, r.y, r.w, t}, c);
    ui_fill(ui, (SDL_Rect){r.x, r.y + r.h - t, r.w, t}, c);
    ui_fill(ui, (SDL_Rect){r.x, r.y + t, t, r.h - 2 * t}, c);
    ui_fill(ui, (SDL_Rect){r.x + r.w - t, r.y + t, t, r.h - 2 * t}, c);
}

void ui_focus_ring(Ui *ui, SDL_Rect r)
{
    int t = ui_px(ui, 3);
    if (t < 2) t = 2;
    int g = ui_px(ui, 2);
    SDL_Rect o = {r.x - g - t, r.y - g - t, r.w + 2 * (g + t), r.h + 2 * (g + t)};
    ui_outline(ui, o, t, ui->th->focus);
}

void ui_clip(Ui *ui, const SDL_Rect *r)
{
    if (r) {
        ui->clip = *r;
        SDL_RenderSetClipRect(ui->r, r);
    } else {
        ui->clip = (SDL_Rect){0, 0, 0, 0};
        SDL_RenderSetClipRect(ui->r, NULL);
    }
}

static void trace(Ui *ui, SDL_Rect r, const char *s, size_t len, bool cut, bool cut_in_word)
{
    if (!ui->trace || ui->trace->n == UI_TRACE_MAX || r.w <= 0 || r.h <= 0) return;
    if (ui->clip.w > 0 && !SDL_IntersectRect(&r, &ui->clip, &r)) return;
    UiTraceItem *it = &ui->trace->items[ui->trace->n++];
    it->r = r;
    it->cut = cut;
    it->cut_in_word = cut_in_word;
    snprintf(it->text, sizeof it->text, "%.*s", (int)(len < 47 ? len : 47), s);
}

static int text_n(Ui *ui, FontRole role, SDL_Color c, int x, int y, const char *s, size_t len,
                  bool cut, bool cut_in_word)
{
    int w, h;
    SDL_Texture *t = ui_cache_text(ui->cache, ui_font(ui, role), c, 0, s, len, &w, &h);
    if (t) SDL_RenderCopy(ui->r, t, NULL, &(SDL_Rect){x, y, w, h});
    trace(ui, (SDL_Rect){x, y, w, h}, s, len, cut, cut_in_word);
    return w;
}

int ui_text_n(Ui *ui, FontRole role, SDL_Color c, int x, int y, const char *s, size_t len)
{
    return text_n(ui, role, c, x, y, s, len, false, false);
}

int ui_text(Ui *ui, FontRole role, SDL_Color c, int x, int y, const char *s)
{
    return ui_text_n(ui, role, c, x, y, s, strlen(s));
}

int ui_measure(Ui *ui, FontRole role, const char *s)
{
    return ui_text_width(ui_font(ui, role), s, strlen(s));
}

int ui_text_fit_draw(Ui *ui, FontRole role, SDL_Color c, int x, int y, int max_w, const char *s)
{
    size_t len = strlen(s);
    TTF_Font *f = ui_font(ui, role);
    /* Only the start of a very long text is measured (this runs every frame): 4096 bytes are
     * wider than a 4K screen even in the narrowest letters, so a longer text ends in "…". */
    enum { MEASURE_MAX = 4096 };
    if (len <= MEASURE_MAX && ui_text_width(f, s, len) <= max_w)
        return ui_text_n(ui, role, c, x, y, s, len);
    if (len > MEASURE_MAX) {
        len = MEASURE_MAX;
        while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80) len--;
    }
    static const char ell[] = "\xE2\x80\xA6";
    int ew = ui_text_width(f, ell, 3);
    size_t fit = ui_text_fit(f, s, len, max_w - ew);
    if (fit > 508) fit = 508;
    while (fit > 0 && ((unsigned char)s[fit] & 0xC0) == 0x80) fit--; /* whole code points */
    /* Cut after a whole word ("13 February…" → "13…", never "13 Februa…"), unless even the
     * first word does not fit. */
    size_t word = fit;
    while (word > 0 && s[word] != ' ' && s[word - 1] != ' ') word--;
    bool in_word = word == 0 && fit < len && s[fit] != ' ';
    if (word > 0) fit = word;
    while (fit > 0 && s[fit - 1] == ' ') fit--;
    /* a separator left dangling at the end ("Axios ·…") goes too */
    while (fit >= 2 && (unsigned char)s[fit - 2] == 0xC2 && (unsigned char)s[fit - 1] == 0xB7) {
        fit -= 2;
        while (fit > 0 && s[fit - 1] == ' ') fit--;
    }
    char buf[512];
    memcpy(buf, s, fit);
    memcpy(buf + fit, ell, 4);
    return text_n(ui, role, c, x, y, buf, fit + 3, true, in_word);
}

int ui_text_wrapped(Ui *ui, FontRole role, SDL_Color c, int x, int y, int w, const char *s)
{
    int tw, th;
    if (w < 1) w = 1;
    SDL_Texture *t = ui_cache_text(ui->cache, ui_font(ui, role), c, w, s, strlen(s), &tw, &th);
    if (t) SDL_RenderCopy(ui->r, t, NULL, &(SDL_Rect){x, y, tw, th});
    trace(ui, (SDL_Rect){x, y, tw, th}, s, strlen(s), false, false);
    return th;
}

int ui_text_wrapped_h(Ui *ui, FontRole role, SDL_Color c, int w, const char *s)
{
    int tw, th;
    if (w < 1) w = 1;
    ui_cache_text(ui->cache, ui_font(ui, role), c, w, s, strlen(s), &tw, &th);
    return th;
}

bool ui_point_in(SDL_Rect r, int x, int y)
{
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}
