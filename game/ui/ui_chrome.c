/* ui_chrome.c — what frames every screen: the top bar (name, "← Library", the student, text size,
 * theme and full-screen buttons, so the mouse alone reaches them) and the footer (the keys that
 * work on this screen, and any error such as progress that could not be saved). */
#include "ui_internal.h"
#include <stdio.h>
#include <string.h>

void app_layout_chrome(App *app)
{
    Ui *ui = &app->ui;
    int top_h = ui_line(ui, FONT_H2) + ui_px(ui, 22);
    /* A narrow window gets a footer of two lines: the key hints wrap there, whole, instead of
     * ending in "…" (800x600 cut most screens' hints). */
    int lines = ui->w < ui_px(ui, UI_FOOTER_ONE_LINE_UNITS) ? 2 : 1;
    int foot_h = lines * ui_line(ui, FONT_SMALL) + ui_px(ui, 14);
    app->top = (SDL_Rect){0, 0, ui->w, top_h};
    app->footer = (SDL_Rect){0, ui->h - foot_h, ui->w, foot_h};
    app->main = (SDL_Rect){0, top_h, ui->w, ui->h - top_h - foot_h};
}

/* Lays out the top bar, from the right: text size, theme and full-screen buttons; then from the
 * left the "Byline" name, "← Library" and the screen's context (a pack's title), and the student's
 * name before the buttons. What does not fit is left out whole, in this order: the context, the
 * name "Byline", the student's name (the library greets the student anyway); the buttons always
 * stay. Nothing overlaps and no text is cut inside a word.
 * Tab order: the screen's hits first, then "← Library" (moved here) and the buttons, left to
 * right: Shift+Tab from the panel's first button never lands on "← Library" by surprise. */
void app_layout_top_buttons(App *app)
{
    Ui *ui = &app->ui;
    static const struct { Action act; const char *label; } b[] = {
        {ACT_FULLSCREEN, "Full screen"}, {ACT_THEME, "Theme"}, {ACT_ZOOM_IN, "A+"},
        {ACT_ZOOM_OUT, "A\xE2\x88\x92"},
    };
    Hit back = {0};
    bool has_back = false;
    for (size_t i = 0; i < app->n_hits; i++) /* "← Library" goes with the bar */
        if (app->hits[i].act == ACT_BACK) {
            back = app->hits[i];
            memmove(&app->hits[i], &app->hits[i + 1], (app->n_hits - i - 1) * sizeof back);
            app->n_hits--;
            has_back = true;
            break;
        }
    int h = ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 14), gap = ui_px(ui, 6), pad = ui_px(ui, 12);
    int x = ui->w - pad;
    int y = (app->top.h - h) / 2;
    SDL_Rect r[4];
    bool shown[4] = {false};
    for (size_t i = 0; i < 4; i++) {
        if (b[i].act == ACT_FULLSCREEN && !app->win) continue;
        int w = ui_measure(ui, FONT_SMALL_BOLD, b[i].label) + ui_px(ui, 22);
        x -= w;
        r[i] = (SDL_Rect){x, y, w, h};
        shown[i] = true;
        x -= gap;
    }
    int right = x - ui_px(ui, 10), left = ui_px(ui, 18), space = ui_px(ui, 16);
    int back_w = has_back ? back.r.w : 0;
    int brand_w = ui_measure(ui, FONT_H2, "Byline");
    int who_w = app->profile[0] ? ui_measure(ui, FONT_UI_BOLD, app->profile) : 0;
    int room = right - left - (has_back ? back_w + space : 0);
    bool who = who_w > 0 && who_w + space <= room;
    if (who) room -= who_w + space;
    bool brand = brand_w + space <= room;
    if (brand) room -= brand_w + space;
    int ty = (app->top.h - ui_line(ui, FONT_H2)) / 2;
    app->top_brand = brand ? (SDL_Rect){left, ty, brand_w, ui_line(ui, FONT_H2)} : (SDL_Rect){0};
    int cx = brand ? left + brand_w + space : left;
    if (has_back) {
        back.r.x = back.clip.x = cx;
        app->hits[app->n_hits++] = back;
        cx += back_w + space;
    }
    int uy = (app->top.h - ui_line(ui, FONT_UI)) / 2;
    app->top_who = who ? (SDL_Rect){right - who_w, uy, who_w, ui_line(ui, FONT_UI)} : (SDL_Rect){0};
    int cw = (who ? right - who_w - space : right) - cx;
    app->top_context = cw >= ui_px(ui, 40) ? (SDL_Rect){cx, uy, cw, ui_line(ui, FONT_UI)} : (SDL_Rect){0};
    for (size_t i = 4; i-- > 0;)
        if (shown[i] && app->n_hits < UI_MAX_HITS) app_hit(app, r[i], b[i].act, 0, true, PANE_NONE);
}

void app_layout_back(App *app)
{
    Ui *ui = &app->ui;
    int bw = ui_measure(ui, FONT_SMALL_BOLD, "\xE2\x86\x90 Library") + ui_px(ui, 28);
    int x = ui_px(ui, 18) + ui_measure(ui, FONT_H2, "Byline") + ui_px(ui, 16);
    int bh = ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 14);
    app_hit(app, (SDL_Rect){x, (app->top.h - bh) / 2, bw, bh}, ACT_BACK, 0, true, PANE_NONE);
}

void app_render_top(App *app, const char *context)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    ui_fill(ui, app->top, th->panel);
    ui_fill(ui, (SDL_Rect){0, app->top.h - 1, ui->w, 1}, th->border);
    if (app->top_brand.w > 0)
        ui_text(ui, FONT_H2, th->accent, app->top_brand.x, app->top_brand.y, "Byline");
    const Hit *back = app_find_hit(app, ACT_BACK, 0);
    if (back) ui_button(ui, back->r, "\xE2\x86\x90 Library", BTN_QUIET, app_widget_state(app, ACT_BACK, 0));
    for (size_t i = 0; i < app->n_hits; i++) {
        const Hit *h = &app->hits[i];
        if (!app_is_chrome(h->act) || h->act == ACT_BACK) continue;
        const char *label = h->act == ACT_FULLSCREEN ? (app->fullscreen ? "Window" : "Full screen")
                            : h->act == ACT_THEME    ? "Theme"
                            : h->act == ACT_ZOOM_IN  ? "A+" : "A\xE2\x88\x92";
        ui_button(ui, h->r, label, BTN_QUIET, app_widget_state(app, h->act, 0));
    }
    if (app->top_who.w > 0)
        ui_text(ui, FONT_UI_BOLD, th->text, app->top_who.x, app->top_who.y, app->profile);
    /* The context, cut after a whole word if need be; left out when not even its first word
     * fits (never "Lib…"). */
    size_t first = context ? strcspn(context, " ") : 0;
    if (first && app->top_context.w > 0 &&
        ui_text_width(ui_font(ui, FONT_UI), context, first) +
                ui_measure(ui, FONT_UI, "\xE2\x80\xA6") <= app->top_context.w)
        ui_text_fit_draw(ui, FONT_UI, th->muted, app->top_context.x, app->top_context.y,
                         app->top_context.w, context);
}

#define FOOTER_SEP "  \xC2\xB7  "

/* The longest run of whole hints of `hints` that fits w, copied into buf; returns the offset
 * where the rest begins (after the separator). At least one hint, even if it is too wide. */
static size_t footer_first_line(Ui *ui, const char *hints, int w, char *buf, size_t n)
{
    size_t best = 0, rest = 0;
    for (const char *sep = strstr(hints, FOOTER_SEP); sep; sep = strstr(sep + 1, FOOTER_SEP)) {
        size_t len = (size_t)(sep - hints);
        if (len >= n) break;
        memcpy(buf, hints, len);
        buf[len] = '\0';
        if (best && ui_measure(ui, FONT_SMALL, buf) > w) break;
        best = len;
        rest = len + strlen(FOOTER_SEP);
    }
    if (!best) { /* one hint alone: the whole text on the first line */
        snprintf(buf, n, "%s", hints);
        return strlen(hints);
    }
    buf[best] = '\0';
    memcpy(buf, hints, best);
    return rest;
}

void app_render_footer(App *app, const char *hints)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    ui_fill(ui, app->footer, th->panel);
    ui_fill(ui, (SDL_Rect){0, app->footer.y, ui->w, 1}, th->border);
    int line = ui_line(ui, FONT_SMALL);
    int y = app->footer.y + (app->footer.h - line) / 2;
    int x = ui_px(ui, 18);
    const char *msg = app->status[0] ? app->status : app->store_msg;
    int mw = msg[0] ? ui_measure(ui, FONT_SMALL_BOLD, msg) : 0;
    if (mw > ui->w / 2) mw = ui->w / 2;
    int hint_w = ui->w - 2 * x - (mw ? mw + ui_px(ui, 24) : 0);
    if (mw) ui_text_fit_draw(ui, FONT_SMALL_BOLD, th->bad, ui->w - x - mw, y, mw, msg);
    if (app->footer.h < 2 * line || ui_measure(ui, FONT_SMALL, hints) <= hint_w) {
        ui_text_fit_draw(ui, FONT_SMALL, th->muted, x, y, hint_w, hints);
        return;
    }
    /* Two lines: as many whole hints ("A  ·  B  ·  …") as fit on the first, the rest below. */
    char first[512];
    size_t cut = footer_first_line(ui, hints, hint_w, first, sizeof first);
    int y1 = app->footer.y + (app->footer.h - 2 * line) / 2;
    ui_text_fit_draw(ui, FONT_SMALL, th->muted, x, y1, hint_w, first);
    if (hints[cut]) ui_text_fit_draw(ui, FONT_SMALL, th->muted, x, y1 + line, hint_w, hints + cut);
}

