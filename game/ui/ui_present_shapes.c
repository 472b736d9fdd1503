/* ui_present_shapes.c — the answers' identities and the few glyphs the presenter draws as
 * geometry (never as font glyphs, which the fonts may lack and which are too thin at a distance).
 *
 * Each answer has a colour from the Okabe–Ito palette (told apart with the common colour
 * blindnesses), a shape and a letter: two cues survive when one is lost (a greyscale projector,
 * a red-green colour blind student). Polygons are filled as triangle fans with
 * SDL_RenderGeometry; every shape is convex or star-shaped around its centre. */
#include "ui_present_internal.h"
#include "ui_widgets.h"
#include <math.h>
#include <stdio.h>

#define PI_F 3.14159265f

static const SDL_Color palette[8] = {
    {0x00, 0x72, 0xB2, 255}, /* blue */
    {0xE6, 0x9F, 0x00, 255}, /* orange */
    {0x00, 0x9E, 0x73, 255}, /* bluish green */
    {0xCC, 0x79, 0xA7, 255}, /* reddish purple */
    {0x56, 0xB4, 0xE9, 255}, /* sky blue */
    {0xD5, 0x5E, 0x00, 255}, /* vermillion */
    {0xF0, 0xE4, 0x42, 255}, /* yellow */
    {0x8C, 0x8C, 0x8C, 255}, /* grey */
};

SDL_Color ps_answer_colour(int i)
{
    return palette[(unsigned)i % 8];
}

static float channel(Uint8 v)
{
    float c = (float)v / 255.0f;
    return c <= 0.03928f ? c / 12.92f : powf((c + 0.055f) / 1.055f, 2.4f);
}

SDL_Color ps_answer_ink(int i)
{
    SDL_Color c = ps_answer_colour(i);
    float lum = 0.2126f * channel(c.r) + 0.7152f * channel(c.g) + 0.0722f * channel(c.b);
    /* Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05): equal near 0.18. */
    return lum > 0.18f ? (SDL_Color){0, 0, 0, 255} : (SDL_Color){255, 255, 255, 255};
}

/* A polygon given by n points around (cx, cy), filled as a fan from the centre. One triangle per
 * call: SDL 2.26's software renderer takes two triangles of one call that share an edge for an
 * axis-aligned rectangle (a diamond came out as a square and a triangle). */
static void fan(Ui *ui, const SDL_FPoint *pt, int n, float cx, float cy, SDL_Color c)
{
    for (int i = 0; i < n; i++) {
        SDL_Vertex v[3] = {{{cx, cy}, c, {0, 0}}, {pt[i], c, {0, 0}}, {pt[(i + 1) % n], c, {0, 0}}};
        SDL_RenderGeometry(ui->r, NULL, v, 3, NULL, 0);
    }
}

/* A filled circle, one exact span per row (a fan of thin triangles leaves notches). */
static void disc(Ui *ui, float cx, float cy, float r, SDL_Color c)
{
    SDL_Rect rows[128];
    int n = 0, top = (int)floorf(cy - r), bottom = (int)ceilf(cy + r);
    for (int y = top; y < bottom && n < 128; y++) {
        float dy = (float)y + 0.5f - cy;
        if (fabsf(dy) >= r) continue;
        float half = sqrtf(r * r - dy * dy);
        int x0 = (int)lroundf(cx - half), x1 = (int)lroundf(cx + half);
        if (x1 > x0) rows[n++] = (SDL_Rect){x0, y, x1 - x0, 1};
    }
    ui_set_color(ui, c);
    SDL_RenderFillRects(ui->r, rows, n);
}

/* n points on a circle of radius r (odd ones at radius r2 when r2 > 0: a star). */
static void ring(SDL_FPoint *pt, int n, float cx, float cy, float r, float r2, float turn)
{
    for (int i = 0; i < n; i++) {
        float a = turn + 2.0f * PI_F * (float)i / (float)n;
        float rr = (r2 > 0 && i % 2) ? r2 : r;
        pt[i] = (SDL_FPoint){cx + rr * sinf(a), cy - rr * cosf(a)};
    }
}

void ps_shape(Ui *ui, int shape, SDL_Rect box, SDL_Color c)
{
    float cx = (float)box.x + (float)box.w / 2.0f, cy = (float)box.y + (float)box.h / 2.0f;
    float r = (float)(box.w < box.h ? box.w : box.h) / 2.0f;
    SDL_FPoint pt[40];
    switch (shape % 8) {
    case 0: disc(ui, cx, cy, r * 0.92f, c); break;                                          /* ● */
    case 1:                                                                                /* ▲ */
        pt[0] = (SDL_FPoint){cx, cy - r};
        pt[1] = (SDL_FPoint){cx + r, cy + r * 0.78f};
        pt[2] = (SDL_FPoint){cx - r, cy + r * 0.78f};
        fan(ui, pt, 3, cx, cy + r * 0.2f, c);
        break;
    case 2: {                                                                              /* ■ */
        int s = (int)lroundf(r * 1.62f);
        ui_fill(ui, (SDL_Rect){(int)lroundf(cx) - s / 2, (int)lroundf(cy) - s / 2, s, s}, c);
        break;
    }
    case 3: ring(pt, 4, cx, cy, r, 0, 0); fan(ui, pt, 4, cx, cy, c); break;                 /* ◆ */
    case 4: ring(pt, 10, cx, cy + r * 0.06f, r, r * 0.45f, 0); fan(ui, pt, 10, cx, cy, c); break; /* ★ */
    case 5: ring(pt, 6, cx, cy, r * 0.95f, 0, PI_F / 6); fan(ui, pt, 6, cx, cy, c); break;  /* ⬢ */
    case 6:                                                                                /* ▼ */
        pt[0] = (SDL_FPoint){cx - r, cy - r * 0.78f};
        pt[1] = (SDL_FPoint){cx + r, cy - r * 0.78f};
        pt[2] = (SDL_FPoint){cx, cy + r};
        fan(ui, pt, 3, cx, cy - r * 0.2f, c);
        break;
    default: {                                                                             /* ✚ */
        int t = (int)lroundf(r * 0.62f), s = (int)lroundf(r * 1.8f);
        int x = (int)lroundf(cx), y = (int)lroundf(cy);
        ui_fill(ui, (SDL_Rect){x - s / 2, y - t / 2, s, t}, c);
        ui_fill(ui, (SDL_Rect){x - t / 2, y - s / 2, t, s}, c);
        break;
    }
    }
}

/* A straight stroke of width t from a to b, with a round-ish joint at b. */
static void stroke(Ui *ui, SDL_FPoint a, SDL_FPoint b, float t, SDL_Color c)
{
    float dx = b.x - a.x, dy = b.y - a.y, len = sqrtf(dx * dx + dy * dy);
    if (len <= 0) return;
    float nx = -dy / len * t / 2, ny = dx / len * t / 2;
    SDL_FPoint q[4] = {{a.x + nx, a.y + ny}, {b.x + nx, b.y + ny}, {b.x - nx, b.y - ny},
                       {a.x - nx, a.y - ny}};
    fan(ui, q, 4, (a.x + b.x) / 2, (a.y + b.y) / 2, c);
    disc(ui, b.x, b.y, t / 2, c);
}

void ps_check(Ui *ui, SDL_Rect box, SDL_Color c)
{
    float x = (float)box.x, y = (float)box.y, w = (float)box.w, h = (float)box.h;
    float t = (w < h ? w : h) * 0.2f;
    SDL_FPoint a = {x + w * 0.12f, y + h * 0.55f}, b = {x + w * 0.4f, y + h * 0.82f},
               d = {x + w * 0.9f, y + h * 0.2f};
    stroke(ui, a, b, t, c);
    stroke(ui, b, d, t, c);
}

void ps_cross(Ui *ui, SDL_Rect box, SDL_Color c)
{
    float x = (float)box.x, y = (float)box.y, w = (float)box.w, h = (float)box.h;
    float t = (w < h ? w : h) * 0.2f;
    stroke(ui, (SDL_FPoint){x + w * 0.2f, y + h * 0.2f}, (SDL_FPoint){x + w * 0.8f, y + h * 0.8f}, t, c);
    stroke(ui, (SDL_FPoint){x + w * 0.8f, y + h * 0.2f}, (SDL_FPoint){x + w * 0.2f, y + h * 0.8f}, t, c);
}

void ps_pause_glyph(Ui *ui, SDL_Rect box, SDL_Color c)
{
    int bw = box.w * 3 / 10;
    ui_fill(ui, (SDL_Rect){box.x + box.w / 10, box.y, bw, box.h}, c);
    ui_fill(ui, (SDL_Rect){box.x + box.w * 9 / 10 - bw, box.y, bw, box.h}, c);
}

void ps_thick_outline(Ui *ui, SDL_Rect r, int radius, int t, SDL_Color c, SDL_Color inside)
{
    ui_fill_round(ui, r, radius, c);
    int ri = radius - t > 2 ? radius - t : 2;
    ui_fill_round(ui, (SDL_Rect){r.x + t, r.y + t, r.w - 2 * t, r.h - 2 * t}, ri, inside);
}

void ps_answer_badge(Ui *ui, SDL_Rect r, int i, const char *label, FontRole font)
{
    SDL_Color bg = ps_answer_colour(i), ink = ps_answer_ink(i);
    ui_fill_round(ui, r, ui_px(ui, 6), bg);
    int s = ui_line(ui, font) * 7 / 10;
    if (s > r.h - ui_px(ui, 8)) s = r.h - ui_px(ui, 8);
    int gap = ui_px(ui, 8);
    int lw = label && label[0] ? ui_measure(ui, font, label) : 0;
    int total = s + (lw ? gap + lw : 0);
    int x = r.x + (r.w - total) / 2;
    ps_shape(ui, i, (SDL_Rect){x, r.y + (r.h - s) / 2, s, s}, ink);
    if (lw) ui_text(ui, font, ink, x + s + gap, r.y + (r.h - ui_line(ui, font)) / 2, label);
}

/* --- the countdown and the teacher's key buttons (presenter and live projector) --------------- */

void ps_countdown(Ui *ui, SDL_Rect pill, SDL_Rect bar, int64_t left, int limit_s, bool paused)
{
    const Theme *th = ui->th;
    int secs = (int)((left + 999) / 1000);
    char num[16];
    if (secs >= 60) snprintf(num, sizeof num, "%d:%02d", secs / 60, secs % 60);
    else snprintf(num, sizeof num, "%d", secs);
    bool urgent = secs <= 5 && !paused;
    SDL_Color bg = paused ? th->button : urgent ? th->bad : th->accent;
    SDL_Color fg = paused ? th->text : urgent ? th->panel : th->accent_text;
    ui_fill_round(ui, pill, pill.h / 4, bg);
    int tw = ui_measure(ui, FONT_H1, num), gw = paused ? pill.h / 2 : 0;
    int x = pill.x + (pill.w - tw - gw - (gw ? ui_px(ui, 10) : 0)) / 2;
    if (gw) {
        ps_pause_glyph(ui, (SDL_Rect){x, pill.y + pill.h / 4, gw, pill.h / 2}, fg);
        x += gw + ui_px(ui, 10);
    }
    ui_text(ui, FONT_H1, fg, x, pill.y + (pill.h - ui_line(ui, FONT_H1)) / 2, num);
    double frac = (double)left / ((limit_s > 0 ? limit_s : 1) * 1000.0);
    ui_bar(ui, bar, frac, urgent ? th->bad : paused ? th->muted : th->accent);
}

int ps_key_button_w(Ui *ui, const char *key, const char *label)
{
    return ui_measure(ui, FONT_SMALL_BOLD, key) + ui_measure(ui, FONT_SMALL, label) + ui_px(ui, 26);
}

void ps_key_button(Ui *ui, SDL_Rect r, const char *key, const char *label)
{
    const Theme *th = ui->th;
    ps_thick_outline(ui, r, ui_px(ui, 6), 1, th->border, th->button);
    int pad = ui_px(ui, 10), y = r.y + (r.h - ui_line(ui, FONT_SMALL_BOLD)) / 2;
    int kw = ui_text(ui, FONT_SMALL_BOLD, th->text, r.x + pad, y, key);
    ui_text(ui, FONT_SMALL, th->muted, r.x + pad + kw + ui_px(ui, 6), y, label);
}
