/* ui_screen_profile.c — "Who is reading today?": pick a name already used on this computer, or
 * type a new one. Several students can share a machine; each name is a profile in the store. */
#include "ui_internal.h"
#include <stdio.h>
#include <string.h>

#define PROFILE_SHOWN 8

static SDL_Rect column(App *app)
{
    Ui *ui = &app->ui;
    int w = ui_px(ui, 600);
    if (w > app->main.w - 2 * ui_px(ui, 24)) w = app->main.w - 2 * ui_px(ui, 24);
    return (SDL_Rect){app->main.x + (app->main.w - w) / 2, app->main.y + ui_px(ui, 36), w, 0};
}

/* The promise under the title, kept only when there is a store: otherwise the student is told
 * plainly, before starting, that nothing will be saved and why (not only in the footer, where
 * the reason was cut short). */
static const char *intro(App *app, char *buf, size_t n)
{
    if (app->store)
        return "Pick your name, or type it below. Your answers and scores are saved under your "
               "name on this computer.";
    snprintf(buf, n, "Your answers will NOT be saved: you can play, but your scores will be lost "
             "when Byline closes. %s", app->store_msg);
    return buf;
}

static int header_h(App *app, int w)
{
    Ui *ui = &app->ui;
    char buf[700];
    return ui_text_wrapped_h(ui, FONT_H1, ui->th->text, w, "Who is reading today?") + ui_px(ui, 10) +
           ui_text_wrapped_h(ui, FONT_UI, app->store ? ui->th->muted : ui->th->bad, w,
                             intro(app, buf, sizeof buf)) + ui_px(ui, 28);
}

static void layout(App *app)
{
    Ui *ui = &app->ui;
    SDL_Rect c = column(app);
    int y = c.y + header_h(app, c.w);
    int bh = ui_button_h(ui);
    size_t n = app->n_profiles < PROFILE_SHOWN ? app->n_profiles : PROFILE_SHOWN;
    for (size_t i = 0; i < n; i++) {
        app_hit(app, (SDL_Rect){c.x, y, c.w, bh}, ACT_PROFILE_PICK, (int)i, true, PANE_NONE);
        y += bh + ui_px(ui, 8);
    }
    if (n) y += ui_px(ui, 18);
    y += ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 8);
    int go_w = ui_button_w(ui, "Start");
    int fh = bh + ui_px(ui, 4);
    app_hit(app, (SDL_Rect){c.x, y, c.w - go_w - ui_px(ui, 10), fh}, ACT_PROFILE_FIELD, 0, true, PANE_NONE);
    app_hit(app, (SDL_Rect){c.x + c.w - go_w, y, go_w, fh}, ACT_PROFILE_GO, 0, true, PANE_NONE);
}

static void render(App *app)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    app_render_top(app, "Media-literacy quiz");
    SDL_Rect c = column(app);
    int y = c.y;
    y += ui_text_wrapped(ui, FONT_H1, th->text, c.x, y, c.w, "Who is reading today?") + ui_px(ui, 10);
    char buf[700];
    ui_text_wrapped(ui, FONT_UI, app->store ? th->muted : th->bad, c.x, y, c.w,
                    intro(app, buf, sizeof buf));
    for (size_t i = 0; i < app->n_hits; i++) {
        const Hit *h = &app->hits[i];
        if (h->act != ACT_PROFILE_PICK) continue;
        char label[300];
        snprintf(label, sizeof label, "%s", app->profiles[h->arg]);
        ui_button(ui, h->r, label, BTN_SECONDARY, app_widget_state(app, h->act, h->arg));
    }
    const Hit *field = app_find_hit(app, ACT_PROFILE_FIELD, 0);
    const Hit *go = app_find_hit(app, ACT_PROFILE_GO, 0);
    if (field) {
        const char *label = app->n_profiles ? "Someone new? Type your name:" : "Type your name:";
        ui_text(ui, FONT_UI_BOLD, th->text, c.x, field->r.y - ui_line(ui, FONT_UI_BOLD) - ui_px(ui, 8), label);
        bool focused = app_has_focus(app, ACT_PROFILE_FIELD, 0);
        tf_render(&app->name_field, ui, field->r, focused, "Your name");
        if (focused && app->focus_visible) ui_focus_ring(ui, field->r);
    }
    if (go) {
        WidgetState st = app_widget_state(app, ACT_PROFILE_GO, 0);
        st.disabled = app->name_field.len == 0;
        ui_button(ui, go->r, "Start", BTN_PRIMARY, st);
    }
    app_render_footer(app, "Tab / \xE2\x86\x91\xE2\x86\x93 move  \xC2\xB7  Enter choose  \xC2\xB7  "
                           "Ctrl+ / Ctrl\xE2\x88\x92 text size  \xC2\xB7  Ctrl+T theme  \xC2\xB7  F11 full screen");
}

static void go(App *app, const char *name)
{
    if (play_profile(app, name)) app_go(app, SCREEN_LIBRARY);
}

static bool key(App *app, const SDL_KeyboardEvent *k)
{
    SDL_Keycode s = k->keysym.sym;
    if ((s == SDLK_RETURN || s == SDLK_KP_ENTER) && app_has_focus(app, ACT_PROFILE_FIELD, 0)) {
        go(app, app->name_field.text);
        return true;
    }
    return s == SDLK_ESCAPE; /* nowhere to go back to */
}

static void activate(App *app, Action act, int arg)
{
    switch (act) {
    case ACT_PROFILE_PICK:
        if (arg >= 0 && (size_t)arg < app->n_profiles) go(app, app->profiles[arg]);
        break;
    case ACT_PROFILE_FIELD: app_set_focus(app, ACT_PROFILE_FIELD, 0); break;
    case ACT_PROFILE_GO: go(app, app->name_field.text); break;
    default: break;
    }
}

static void enter(App *app)
{
    if (app->profiles) store_free_names(app->profiles, app->n_profiles);
    app->profiles = NULL;
    app->n_profiles = 0;
    if (app->store) app->n_profiles = store_profile_names(app->store, &app->profiles);
    tf_set(&app->name_field, "");
    app_layout(app);
    if (app->n_profiles) app_set_focus(app, ACT_PROFILE_PICK, 0);
    else app_set_focus(app, ACT_PROFILE_FIELD, 0);
}

const ScreenDef screen_profile = {layout, render, key, NULL, activate, enter};
