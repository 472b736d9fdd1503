/* ui_panes.c — the two-pane frame of the read, quiz and results screens: the article on the left
 * and a side panel (question, results) on the right when the window is wide enough; on a narrow
 * window one of them at a time, switched with a button (ACT_TOGGLE_PANE). A strip at the bottom
 * of the side panel (or of the whole area when narrow) holds the screen's main buttons. The
 * article pane itself (one article under tabs, or two side by side) is ui_article_pair.c's. */
#include "ui_internal.h"
#include <stdio.h>

void app_layout_panes(App *app, int side_units)
{
    Ui *ui = &app->ui;
    SDL_Rect m = app->main;
    int strip_h = ui_button_h(ui) + ui_px(ui, 24);
    app->split = m.w >= ui_px(ui, UI_SPLIT_MIN_UNITS);
    if (app->split) {
        int side_w = ui_px(ui, side_units);
        if (side_w > m.w / 2) side_w = m.w / 2;
        app->pane_article = (SDL_Rect){m.x, m.y, m.w - side_w, m.h};
        app->pane_side = (SDL_Rect){m.x + m.w - side_w, m.y, side_w, m.h};
    } else {
        SDL_Rect above = {m.x, m.y, m.w, m.h - strip_h};
        app->pane_article = app->show_article ? above : (SDL_Rect){0, 0, 0, 0};
        app->pane_side = (SDL_Rect){m.x, m.y, m.w, m.h};
    }
    SDL_Rect s = app->pane_side;
    app->side_content = (SDL_Rect){s.x, s.y, s.w, s.h - strip_h};
    if (!app->split && app->show_article) app->side_content = (SDL_Rect){0, 0, 0, 0};
    pair_layout(app, app->pane_article);
}

SDL_Rect app_side_footer(App *app)
{
    SDL_Rect s = app->pane_side;
    int strip_h = ui_button_h(&app->ui) + ui_px(&app->ui, 24);
    return (SDL_Rect){s.x, s.y + s.h - strip_h, s.w, strip_h};
}

void app_render_article_pane(App *app)
{
    Ui *ui = &app->ui;
    if (app->pane_article.w <= 0) return;
    pair_render(app);
    if (app->split)
        ui_fill(ui, (SDL_Rect){app->pane_article.x + app->pane_article.w - 1, app->pane_article.y, 1,
                               app->pane_article.h}, ui->th->border);
    if (app_has_focus(app, ACT_ARTICLE, 0) && app->focus_visible) {
        SDL_Rect r = app->av.view;
        int t = ui_px(ui, 3);
        ui_outline(ui, r, t < 2 ? 2 : t, ui->th->focus);
    }
}

bool app_article_mouse(App *app, const SDL_Event *e, int *clicked)
{
    *clicked = -1;
    if (app->pane_article.w <= 0) return false;
    if (e->type == SDL_MOUSEWHEEL &&
        !ui_point_in(app->pane_article, e->wheel.mouseX, e->wheel.mouseY))
        return false;
    return pair_mouse(app, e, clicked);
}

void app_layout_strip(App *app, const StripButton *b, size_t n)
{
    Ui *ui = &app->ui;
    SDL_Rect strip = app_side_footer(app);
    int pad = ui_px(ui, 12), gap = ui_px(ui, 10), h = ui_button_h(ui);
    int avail = strip.w - 2 * pad - gap * (int)(n ? n - 1 : 0);
    int total = 0;
    for (size_t i = 0; i < n; i++) total += ui_button_w(ui, b[i].label);
    int y = strip.y + (strip.h - h) / 2;
    int x = strip.x + strip.w - pad;
    /* Placed right to left; a toggle (first, ACT_TOGGLE_PANE) sits at the left edge instead. */
    SDL_Rect r[8];
    if (n > sizeof r / sizeof r[0]) n = sizeof r / sizeof r[0];
    for (size_t k = n; k-- > 0;) {
        int w = ui_button_w(ui, b[k].label);
        if (total > avail) w = w * avail / total;
        int bx = x - w;
        if (k == 0 && b[0].act == ACT_TOGGLE_PANE) bx = strip.x + pad;
        r[k] = (SDL_Rect){bx, y, w, h};
        x = bx - gap;
    }
    /* Recorded left to right: Tab follows the reading order ("Show evidence", then "Next"). */
    for (size_t k = 0; k < n; k++) app_hit(app, r[k], b[k].act, b[k].arg, true, PANE_NONE);
}

void app_render_strip(App *app, const StripButton *b, size_t n)
{
    Ui *ui = &app->ui;
    SDL_Rect strip = app_side_footer(app);
    ui_fill(ui, strip, ui->th->bg);
    ui_fill(ui, (SDL_Rect){strip.x, strip.y, strip.w, 1}, ui->th->border);
    for (size_t i = 0; i < n; i++) {
        const Hit *h = app_find_hit(app, b[i].act, b[i].arg);
        if (!h) continue;
        WidgetState st = app_widget_state(app, b[i].act, b[i].arg);
        st.disabled = b[i].disabled;
        ui_button(ui, h->r, b[i].label, b[i].style, st);
    }
}

void app_render_side_scrollbar(App *app)
{
    Ui *ui = &app->ui;
    SDL_Rect v = app->side_content;
    int max = app->side_h - v.h;
    if (max <= 0 || v.h <= 0) return;
    int w = ui_px(ui, 6), track = v.h - ui_px(ui, 8);
    int thumb = (int)((long)track * v.h / app->side_h);
    if (thumb < ui_px(ui, 24)) thumb = ui_px(ui, 24);
    int scroll = app->side_scroll > max ? max : app->side_scroll;
    int y = v.y + ui_px(ui, 4) + (int)((long)(track - thumb) * scroll / max);
    ui_fill_round(ui, (SDL_Rect){v.x + v.w - w - ui_px(ui, 3), y, w, thumb}, w / 2, ui->th->muted);
}
