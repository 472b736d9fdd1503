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
    int foot_h = ui_line(ui, FONT_SMALL) + ui_px(ui, 14);
    app->top = (SDL_Rect){0, 0, ui->w, top_h};
    app->footer = (SDL_Rect){0, ui->h - foot_h, ui->w, foot_h};
    app->main = (SDL_Rect){0, top_h, ui->w, ui->h - top_h - foot_h};
}

/* Top-bar buttons: placed from the right edge, recorded after the screen's hits and after
 * "← Library" (moved there), left to right: Tab reads the panel first, then the bar in the order
 * it is read. Shift+Tab from the panel's first button never lands on "← Library" by surprise. */
void app_layout_top_buttons(App *app)
{
    Ui *ui = &app->ui;
    static const struct { Action act; const char *label; } b[] = {
        {ACT_FULLSCREEN, "Full screen"}, {ACT_THEME, "Theme"}, {ACT_ZOOM_IN, "A+"},
        {ACT_ZOOM_OUT, "A\xE2\x88\x92"},
    };
    for (size_t i = 0; i < app->n_hits; i++) /* "← Library" goes with the bar */
        if (app->hits[i].act == ACT_BACK) {
            Hit back = app->hits[i];
            memmove(&app->hits[i], &app->hits[i + 1], (app->n_hits - i - 1) * sizeof back);
            app->hits[app->n_hits - 1] = back;
            break;
        }
    int h = ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 14);
    int x = ui->w - ui_px(ui, 12);
    int y = (app->top.h - h) / 2;
    SDL_Rect r[4];
    bool shown[4] = {false};
    for (size_t i = 0; i < 4; i++) {
        if (b[i].act == ACT_FULLSCREEN && !app->win) continue;
        int w = ui_measure(ui, FONT_SMALL_BOLD, b[i].label) + ui_px(ui, 22);
        x -= w;
        r[i] = (SDL_Rect){x, y, w, h};
        shown[i] = true;
        x -= ui_px(ui, 6);
    }
    for (size_t i = 4; i-- > 0;)
        if (shown[i]) app_hit(app, r[i], b[i].act, 0, true, PANE_NONE);
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
    int x = ui_px(ui, 18);
    int y = (app->top.h - ui_line(ui, FONT_H2)) / 2;
    x += ui_text(ui, FONT_H2, th->accent, x, y, "Byline");
    const Hit *back = app_find_hit(app, ACT_BACK, 0);
    if (back) {
        ui_button(ui, back->r, "\xE2\x86\x90 Library", BTN_QUIET, app_widget_state(app, ACT_BACK, 0));
        x = back->r.x + back->r.w;
    }
    int right = ui->w;
    for (size_t i = 0; i < app->n_hits; i++) {
        const Hit *h = &app->hits[i];
        if (!app_is_chrome(h->act) || h->act == ACT_BACK) continue;
        const char *label = h->act == ACT_FULLSCREEN ? (app->fullscreen ? "Window" : "Full screen")
                            : h->act == ACT_THEME    ? "Theme"
                            : h->act == ACT_ZOOM_IN  ? "A+" : "A\xE2\x88\x92";
        ui_button(ui, h->r, label, BTN_QUIET, app_widget_state(app, h->act, 0));
        if (h->r.x < right) right = h->r.x;
    }
    int ty = (app->top.h - ui_line(ui, FONT_UI)) / 2;
    char who[300];
    if (app->profile[0]) {
        snprintf(who, sizeof who, "%s", app->profile);
        int w = ui_measure(ui, FONT_UI_BOLD, who);
        right -= w + ui_px(ui, 16);
        ui_text(ui, FONT_UI_BOLD, th->text, right, ty, who);
    }
    if (context && context[0]) {
        x += ui_px(ui, 18);
        int max = right - x - ui_px(ui, 18);
        if (max > ui_px(ui, 40)) ui_text_fit_draw(ui, FONT_UI, th->muted, x, ty, max, context);
    }
}

void app_render_footer(App *app, const char *hints)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    ui_fill(ui, app->footer, th->panel);
    ui_fill(ui, (SDL_Rect){0, app->footer.y, ui->w, 1}, th->border);
    int y = app->footer.y + (app->footer.h - ui_line(ui, FONT_SMALL)) / 2;
    int x = ui_px(ui, 18);
    const char *msg = app->status[0] ? app->status : app->store_msg;
    int mw = msg[0] ? ui_measure(ui, FONT_SMALL_BOLD, msg) : 0;
    if (mw > ui->w / 2) mw = ui->w / 2;
    int hint_w = ui->w - 2 * x - (mw ? mw + ui_px(ui, 24) : 0);
    ui_text_fit_draw(ui, FONT_SMALL, th->muted, x, y, hint_w, hints);
    if (mw) ui_text_fit_draw(ui, FONT_SMALL_BOLD, th->bad, ui->w - x - mw, y, mw, msg);
}

