/* ui_screen_problems.c — why a pack cannot be used: the checker's messages, each with its file,
 * line and column, as `byline check` prints them. */
#include "ui_internal.h"
#include <stdio.h>
#include <string.h>

static SDL_Rect column(App *app)
{
    Ui *ui = &app->ui;
    int w = ui_px(ui, 980);
    if (w > app->main.w - 2 * ui_px(ui, 20)) w = app->main.w - 2 * ui_px(ui, 20);
    return (SDL_Rect){app->main.x + (app->main.w - w) / 2, app->main.y, w, app->main.h};
}

static const char intro[] =
    "Byline checked this pack and found the problems below, so it cannot be used yet. Fix them in "
    "the file with a text editor (line and column say where), then open Byline again. "
    "`byline check FILE` shows the same list.";

/* The teacher preview watches the file: no need to reopen anything. */
static const char intro_watching[] =
    "Byline checked this pack and found the problems below. Fix them in the file with a text "
    "editor (line and column say where) and save it: Byline is watching the file, checks it "
    "again on every save, and shows the preview again, at the same question, once it is fixed.";

static const char *intro_text(const App *app)
{
    return app->preview ? intro_watching : intro;
}

static int text_top(App *app, SDL_Rect c)
{
    Ui *ui = &app->ui;
    return c.y + ui_px(ui, 24) + ui_line(ui, FONT_H1) + ui_px(ui, 8) +
           ui_text_wrapped_h(ui, FONT_UI, ui->th->text, c.w, intro_text(app)) + ui_px(ui, 8) +
           ui_line(ui, FONT_SMALL) + ui_px(ui, 16);
}

static void layout(App *app)
{
    SDL_Rect c = column(app);
    int top = text_top(app, c);
    app->list_view = (SDL_Rect){app->main.x, top, app->main.w, app->main.y + app->main.h - top};
    if (!app->preview) app_layout_back(app);
}

static void render(App *app)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const PackEntry *e = packs_current(app);
    app_render_top(app, app->preview ? "Teacher preview  \xC2\xB7  pack problems" : "Pack problems");
    if (!e) return;
    SDL_Rect c = column(app);
    int y = c.y + ui_px(ui, 24);
    const char *name = strrchr(e->path, '/') ? strrchr(e->path, '/') + 1 : e->path;
    char title[300];
    snprintf(title, sizeof title, "\xE2\x80\x9C%s\xE2\x80\x9D cannot be used", name);
    ui_text_fit_draw(ui, FONT_H1, th->text, c.x, y, c.w, title);
    y += ui_line(ui, FONT_H1) + ui_px(ui, 8);
    y += ui_text_wrapped(ui, FONT_UI, th->text, c.x, y, c.w, intro_text(app)) + ui_px(ui, 8);
    char path[1200];
    if (app->preview)
        snprintf(path, sizeof path, "%s  \xC2\xB7  checked %lu time%s", e->path, app->reloads + 1,
                 app->reloads ? "s" : "");
    else
        snprintf(path, sizeof path, "%s", e->path);
    ui_text_fit_draw(ui, FONT_SMALL, th->muted, c.x, y, c.w, path);
    ui_clip(ui, &app->list_view);
    y = app->list_view.y - app->list_scroll;
    int total = 0;
    for (size_t i = 0; i < e->diags.count; i++) {
        const Diagnostic *d = &e->diags.items[i];
        char where[128], msg[1200];
        const char *sev = d->severity == DIAG_ERROR ? "Error" : "Warning";
        if (d->line || d->column) /* 0:0 is a file that cannot be read: no place to point at */
            snprintf(where, sizeof where, "%s  line %d, column %d", sev, d->line, d->column);
        else snprintf(where, sizeof where, "%s", sev);
        snprintf(msg, sizeof msg, "%s: %s", d->path ? d->path : "$", d->message);
        SDL_Color col = d->severity == DIAG_ERROR ? th->bad : th->muted;
        ui_text(ui, FONT_UI_BOLD, col, c.x, y, where);
        y += ui_line(ui, FONT_UI_BOLD);
        int h = ui_text_wrapped(ui, FONT_UI, th->text, c.x + ui_px(ui, 16), y, c.w - ui_px(ui, 16), msg);
        y += h + ui_px(ui, 12);
        total += ui_line(ui, FONT_UI_BOLD) + h + ui_px(ui, 12);
    }
    if (e->diags.truncated)
        ui_text(ui, FONT_UI, th->muted, c.x, y, "(more problems were found; fix these first)");
    app->list_h = total + ui_line(ui, FONT_UI);
    ui_clip(ui, NULL);
    app_render_footer(app, app->preview ? "\xE2\x86\x91\xE2\x86\x93 / wheel scroll  \xC2\xB7  save the file to check it again"
                                        : "Esc back to the library  \xC2\xB7  \xE2\x86\x91\xE2\x86\x93 / wheel scroll");
}

static bool key(App *app, const SDL_KeyboardEvent *k)
{
    int step = ui_line(&app->ui, FONT_UI) * 2;
    switch (k->keysym.sym) {
    case SDLK_DOWN: app->list_scroll += step; break;
    case SDLK_UP: app->list_scroll -= step; break;
    case SDLK_PAGEDOWN: app->list_scroll += app->list_view.h * 3 / 4; break;
    case SDLK_PAGEUP: app->list_scroll -= app->list_view.h * 3 / 4; break;
    default: return false;
    }
    int max = app->list_h - app->list_view.h;
    if (app->list_scroll > max) app->list_scroll = max;
    if (app->list_scroll < 0) app->list_scroll = 0;
    return true;
}

static void activate(App *app, Action act, int arg)
{
    (void)arg;
    if (act == ACT_BACK && !app->preview) app_go(app, SCREEN_LIBRARY);
}

static void enter(App *app)
{
    app->list_scroll = 0;
    app_layout(app);
    if (!app->preview) app_set_focus(app, ACT_BACK, 0);
}

const ScreenDef screen_problems = {layout, render, key, NULL, activate, enter};
