/* ui_widgets.c — see ui_widgets.h. Sizes are design units through ui_px, so every widget grows
 * with the text size and the screen's pixel density. */
#include "ui_widgets.h"
#include <string.h>

int ui_button_h(Ui *ui)
{
    return ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 20);
}

int ui_button_w(Ui *ui, const char *label)
{
    return ui_measure(ui, FONT_UI_BOLD, label) + ui_px(ui, 40);
}

void ui_button(Ui *ui, SDL_Rect r, const char *label, ButtonStyle style, WidgetState st)
{
    const Theme *th = ui->th;
    SDL_Color face = style == BTN_PRIMARY ? th->accent : th->button;
    SDL_Color fg = style == BTN_PRIMARY ? th->accent_text : th->text;
    if (style == BTN_SECONDARY || style == BTN_QUIET) {
        if (st.hover && !st.disabled) face = th->button_hover;
        if (style == BTN_QUIET && !st.hover) face = th->bg;
    }
    if (st.disabled) {
        face = th->button;
        fg = th->muted;
    }
    int rad = ui_px(ui, 6);
    ui_fill_round(ui, r, rad, face);
    if (style == BTN_PRIMARY && st.hover && !st.disabled)
        ui_outline(ui, r, ui_px(ui, 2), th->text);
    if (style == BTN_SECONDARY) ui_outline(ui, r, 1, th->border);
    FontRole font = r.h < ui_button_h(ui) ? FONT_SMALL_BOLD : FONT_UI_BOLD; /* top-bar buttons */
    int tw = ui_measure(ui, font, label);
    int x = r.x + (r.w - tw) / 2;
    if (tw > r.w - ui_px(ui, 12)) x = r.x + ui_px(ui, 6);
    int y = r.y + (r.h - ui_line(ui, font)) / 2;
    ui_text_fit_draw(ui, font, fg, x, y, r.w - ui_px(ui, 12), label);
    if (st.focus) ui_focus_ring(ui, r);
}

static int badge_w(Ui *ui)
{
    return ui_px(ui, 34);
}

int ui_choice_h(Ui *ui, int w, const char *text)
{
    int text_w = w - badge_w(ui) - ui_px(ui, 70);
    int h = ui_text_wrapped_h(ui, FONT_UI, ui->th->text, text_w, text);
    int min = ui_px(ui, 48);
    h += ui_px(ui, 22);
    return h < min ? min : h;
}

static void draw_mark(Ui *ui, SDL_Rect box, ChoiceMark mark, bool on, SDL_Color c, SDL_Color bg)
{
    if (mark == MARK_NUMBER) return;
    int t = ui_px(ui, 2) < 2 ? 2 : ui_px(ui, 2);
    int rad = mark == MARK_RADIO ? box.w / 2 : ui_px(ui, 3);
    ui_fill_round(ui, box, rad, c);
    SDL_Rect in = {box.x + t, box.y + t, box.w - 2 * t, box.h - 2 * t};
    ui_fill_round(ui, in, mark == MARK_RADIO ? in.w / 2 : rad, bg);
    if (!on) return;
    int inset = ui_px(ui, 3) + t;
    SDL_Rect dot = {box.x + inset, box.y + inset, box.w - 2 * inset, box.h - 2 * inset};
    ui_fill_round(ui, dot, mark == MARK_RADIO ? dot.w / 2 : ui_px(ui, 2), c);
}

void ui_choice(Ui *ui, SDL_Rect r, const char *key, ChoiceMark mark, bool checked,
               const char *text, ChoiceLook look, WidgetState st)
{
    const Theme *th = ui->th;
    SDL_Color bg = th->panel, edge = th->border, fg = th->text;
    switch (look) {
    case CHOICE_PICKED: bg = th->selected; edge = th->accent; break;
    case CHOICE_RIGHT: bg = th->good_bg; edge = th->good; break;
    case CHOICE_WRONG: bg = th->bad_bg; edge = th->bad; break;
    case CHOICE_MISSED: bg = th->panel; edge = th->good; break;
    default: if (st.hover && !st.disabled) bg = th->hover; break;
    }
    int rad = ui_px(ui, 6);
    ui_fill_round(ui, r, rad, edge);
    int t = look == CHOICE_PLAIN ? 1 : ui_px(ui, 3);
    ui_fill_round(ui, (SDL_Rect){r.x + t, r.y + t, r.w - 2 * t, r.h - 2 * t}, rad, bg);
    int pad = ui_px(ui, 12);
    int bw = badge_w(ui);
    SDL_Rect badge = {r.x + pad, r.y + (r.h - bw) / 2, bw, bw};
    if (r.h > ui_px(ui, 60)) badge.y = r.y + pad;
    ui_fill_round(ui, badge, ui_px(ui, 4), look == CHOICE_PLAIN ? th->button : edge);
    SDL_Color kc = look == CHOICE_PLAIN ? th->text : th->panel;
    if (look == CHOICE_PICKED) kc = th->accent_text;
    int kw = ui_measure(ui, FONT_UI_BOLD, key);
    ui_text(ui, FONT_UI_BOLD, kc, badge.x + (bw - kw) / 2,
            badge.y + (bw - ui_line(ui, FONT_UI_BOLD)) / 2, key);
    int x = badge.x + bw + pad;
    if (mark != MARK_NUMBER) {
        int mw = ui_px(ui, 22);
        SDL_Rect box = {x, badge.y + (bw - mw) / 2, mw, mw};
        draw_mark(ui, box, mark, checked, look == CHOICE_PLAIN ? th->muted : edge, th->panel);
        x += mw + pad;
    }
    int text_w = r.x + r.w - pad - x;
    int text_h = ui_text_wrapped_h(ui, FONT_UI, fg, text_w, text);
    int ty = r.y + (r.h - text_h) / 2;
    ui_text_wrapped(ui, FONT_UI, fg, x, ty, text_w, text);
    if (st.focus) ui_focus_ring(ui, r);
}

void ui_bar(Ui *ui, SDL_Rect r, double frac, SDL_Color fill)
{
    if (frac < 0) frac = 0;
    if (frac > 1) frac = 1;
    int rad = r.h / 2;
    ui_fill_round(ui, r, rad, ui->th->track);
    int w = (int)(r.w * frac + 0.5);
    if (w > 0) ui_fill_round(ui, (SDL_Rect){r.x, r.y, w < r.h ? r.h : w, r.h}, rad, fill);
}

void ui_panel(Ui *ui, SDL_Rect r)
{
    int rad = ui_px(ui, 8);
    ui_fill_round(ui, r, rad, ui->th->border);
    ui_fill_round(ui, (SDL_Rect){r.x + 1, r.y + 1, r.w - 2, r.h - 2}, rad, ui->th->panel);
}

int ui_pill(Ui *ui, int x_right, int y, const char *text, SDL_Color fg, SDL_Color bg)
{
    int tw = ui_measure(ui, FONT_SMALL_BOLD, text);
    int pad = ui_px(ui, 10);
    int h = ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 8);
    SDL_Rect r = {x_right - tw - 2 * pad, y, tw + 2 * pad, h};
    ui_fill_round(ui, r, h / 2, bg);
    ui_text(ui, FONT_SMALL_BOLD, fg, r.x + pad, y + ui_px(ui, 4), text);
    return r.w;
}
