/* ui_screen_library.c — the packs to choose from, one card each: title, outlet and date, number
 * of questions, the student's best score, an unfinished attempt to resume, questions due for
 * review. A pack that failed to load has a card too, leading to its problems. */
#include "ui_format.h"
#include "ui_internal.h"
#include "ui_present.h"
#include <stdio.h>
#include <string.h>

#define CLASS_LABEL "Class results"
#define PRESENT_LABEL "Present"

static SDL_Rect column(App *app)
{
    Ui *ui = &app->ui;
    int w = ui_px(ui, 980);
    if (w > app->main.w - 2 * ui_px(ui, 20)) w = app->main.w - 2 * ui_px(ui, 20);
    return (SDL_Rect){app->main.x + (app->main.w - w) / 2, app->main.y, w, app->main.h};
}

static int header_h(App *app)
{
    Ui *ui = &app->ui;
    return ui_px(ui, 24) + ui_line(ui, FONT_H1) + ui_px(ui, 4) + ui_line(ui, FONT_UI) + ui_px(ui, 18);
}

static int card_h(App *app)
{
    Ui *ui = &app->ui;
    return ui_px(ui, 16) + ui_line(ui, FONT_H2) + ui_px(ui, 6) + ui_line(ui, FONT_UI) +
           ui_px(ui, 6) + ui_line(ui, FONT_SMALL) + ui_px(ui, 18);
}

static void layout(App *app)
{
    Ui *ui = &app->ui;
    SDL_Rect c = column(app);
    int top = c.y + header_h(app);
    app->list_view = (SDL_Rect){app->main.x, top, app->main.w, app->main.y + app->main.h - top};
    int ch = card_h(app), gap = ui_px(ui, 12);
    app->list_h = (int)app->n_packs * (ch + gap) + gap;
    int max = app->list_h - app->list_view.h;
    if (app->list_scroll > max) app->list_scroll = max > 0 ? max : 0;
    const char *sw = "Switch student";
    int sw_w = ui_button_w(ui, sw);
    app_hit(app, (SDL_Rect){c.x + c.w - sw_w, c.y + ui_px(ui, 24), sw_w, ui_button_h(ui)},
            ACT_SWITCH_PROFILE, 0, true, PANE_NONE);
    int y = top + ui_px(ui, 4) - app->list_scroll;
    for (size_t i = 0; i < app->n_packs; i++, y += ch + gap) {
        SDL_Rect card = {c.x, y, c.w, ch};
        app_hit(app, card, ACT_PACK_OPEN, (int)i, true, PANE_LIST);
        const PackEntry *e = &app->packs[i];
        int bx = c.x + c.w - ui_px(ui, 16), h = ui_button_h(ui), by = y + ch - h - ui_px(ui, 12);
        if (e->due > 0) {
            char label[64];
            snprintf(label, sizeof label, "Review %zu due", e->due);
            int w = ui_button_w(ui, label);
            bx -= w;
            app_hit(app, (SDL_Rect){bx, by, w, h}, ACT_PACK_REVIEW, (int)i, true, PANE_LIST);
            bx -= ui_px(ui, 10);
        }
        if (e->pack && app->store) { /* for the teacher: how the class did on this pack */
            int w = ui_button_w(ui, CLASS_LABEL);
            bx -= w;
            app_hit(app, (SDL_Rect){bx, by, w, h}, ACT_PACK_CLASS, (int)i, true, PANE_LIST);
            bx -= ui_px(ui, 10);
        }
        if (e->pack) { /* for the teacher: run it for the class on a projector */
            int w = ui_button_w(ui, PRESENT_LABEL);
            app_hit(app, (SDL_Rect){bx - w, by, w, h}, ACT_PACK_PRESENT, (int)i, true, PANE_LIST);
        }
    }
}

/* Left edge of a card's buttons (Review, Class results, Present), or the card's right edge. */
static int buttons_left(const App *app, int pack, SDL_Rect card)
{
    int left = card.x + card.w;
    for (size_t i = 0; i < app->n_hits; i++) {
        const Hit *h = &app->hits[i];
        bool button = h->act == ACT_PACK_REVIEW || h->act == ACT_PACK_CLASS ||
                      h->act == ACT_PACK_PRESENT;
        if (button && h->arg == pack && h->r.x < left)
            left = h->r.x;
    }
    return left;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static void kinds_line(const Pack *p, char *buf, size_t size)
{
    int n[KIND_COUNT] = {0};
    for (size_t i = 0; i < p->n_questions; i++) n[p->questions[i].kind]++;
    int used = snprintf(buf, size, "%zu question%s", p->n_questions, p->n_questions == 1 ? "" : "s");
    for (int k = 0; k < KIND_COUNT && used > 0 && (size_t)used < size; k++)
        if (n[k]) used += snprintf(buf + used, size - (size_t)used, "  \xC2\xB7  %s %d", ui_kind_label((QuestionKind)k), n[k]);
    if (p->audience && used > 0 && (size_t)used < size)
        snprintf(buf + used, size - (size_t)used, "  \xC2\xB7  %s", p->audience);
}

/* text_w: width of the title line; low_w: of the two lines beside the buttons. */
static void render_valid(App *app, const PackEntry *e, SDL_Rect r, int text_w, int low_w)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const Pack *p = e->pack;
    const Article *a = &p->articles[0];
    int x = r.x + ui_px(ui, 20), y = r.y + ui_px(ui, 16);
    ui_text_fit_draw(ui, FONT_H2, th->text, x, y, text_w, p->title);
    char pill[64];
    if (e->best >= 0) snprintf(pill, sizeof pill, "Best %d%%", (int)(e->best * 100 + 0.5));
    else snprintf(pill, sizeof pill, "Not tried yet");
    ui_pill(ui, r.x + r.w - ui_px(ui, 16), y, pill, e->best >= 0 ? th->good : th->muted,
            e->best >= 0 ? th->good_bg : th->button);
    y += ui_line(ui, FONT_H2) + ui_px(ui, 6);
    char date[64], line[600];
    ui_format_date(a->date, date, sizeof date);
    snprintf(line, sizeof line, "%s  \xC2\xB7  %s%s", a->outlet, date,
             p->n_articles > 1 ? "  \xC2\xB7  and more articles" : "");
    ui_text_fit_draw(ui, FONT_UI, th->text, x, y, low_w, line);
    y += ui_line(ui, FONT_UI) + ui_px(ui, 6);
    text_w = low_w;
    if (e->missing_glyph) {
        snprintf(line, sizeof line, "Warning: the font has no character U+%04X used in this pack; "
                 "it will show as a box.", (unsigned)e->missing_glyph);
        ui_text_fit_draw(ui, FONT_SMALL_BOLD, th->bad, x, y, text_w, line);
    } else if (e->unfinished >= 0) {
        snprintf(line, sizeof line, "Unfinished: %d of %zu answered \xE2\x80\x94 open it to resume",
                 e->unfinished_answers, p->n_questions);
        ui_text_fit_draw(ui, FONT_SMALL_BOLD, th->accent, x, y, text_w, line);
    } else {
        kinds_line(p, line, sizeof line);
        ui_text_fit_draw(ui, FONT_SMALL, th->muted, x, y, text_w, line);
    }
}

static void render_invalid(App *app, const PackEntry *e, SDL_Rect r, int text_w)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    int x = r.x + ui_px(ui, 20), y = r.y + ui_px(ui, 16);
    ui_text_fit_draw(ui, FONT_H2, th->text, x, y, text_w, base_name(e->path));
    ui_pill(ui, r.x + r.w - ui_px(ui, 16), y, "Cannot open", th->bad, th->bad_bg);
    y += ui_line(ui, FONT_H2) + ui_px(ui, 6);
    char line[600];
    snprintf(line, sizeof line, "%zu problem%s found by the checker \xE2\x80\x94 open to see where",
             e->diags.errors, e->diags.errors == 1 ? "" : "s");
    ui_text_fit_draw(ui, FONT_UI, th->bad, x, y, text_w, line);
    y += ui_line(ui, FONT_UI) + ui_px(ui, 6);
    if (e->diags.count) {
        const Diagnostic *d = &e->diags.items[0];
        snprintf(line, sizeof line, "line %d, column %d: %s", d->line, d->column, d->message);
        ui_text_fit_draw(ui, FONT_SMALL, th->muted, x, y, text_w, line);
    }
}

static void render(App *app)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    app_render_top(app, "Library");
    SDL_Rect c = column(app);
    char hello[300];
    snprintf(hello, sizeof hello, "Hello, %s!", app->profile);
    int y = c.y + ui_px(ui, 24);
    const Hit *sw = app_find_hit(app, ACT_SWITCH_PROFILE, 0);
    int title_w = c.w - (sw ? sw->r.w + ui_px(ui, 12) : 0);
    ui_text_fit_draw(ui, FONT_H1, th->text, c.x, y, title_w, hello);
    y += ui_line(ui, FONT_H1) + ui_px(ui, 4);
    if (app->present_err[0])
        ui_text_fit_draw(ui, FONT_UI, th->bad, c.x, y, title_w, app->present_err);
    else
        ui_text_fit_draw(ui, FONT_UI, th->muted, c.x, y, title_w,
                         app->n_packs ? "Pick an article to read, then answer questions about it."
                                      : "No quiz packs found. Put .json packs in the quizzes folder.");
    if (sw) ui_button(ui, sw->r, "Switch student", BTN_SECONDARY, app_widget_state(app, ACT_SWITCH_PROFILE, 0));
    ui_clip(ui, &app->list_view);
    for (size_t i = 0; i < app->n_hits; i++) {
        const Hit *h = &app->hits[i];
        if (h->act == ACT_PACK_OPEN) {
            WidgetState st = app_widget_state(app, h->act, h->arg);
            const PackEntry *e = &app->packs[h->arg];
            SDL_Rect r = h->r;
            ui_fill_round(ui, r, ui_px(ui, 8), e->pack ? (st.hover ? th->accent : th->border) : th->bad);
            ui_fill_round(ui, (SDL_Rect){r.x + 2, r.y + 2, r.w - 4, r.h - 4}, ui_px(ui, 7),
                          st.hover ? th->hover : th->panel);
            int text_w = r.w - ui_px(ui, 40) - ui_px(ui, 170);
            int low_w = buttons_left(app, h->arg, r) - r.x - ui_px(ui, 36);
            if (low_w > text_w) low_w = text_w;
            if (e->pack) render_valid(app, e, r, text_w, low_w);
            else render_invalid(app, e, r, text_w);
            if (st.focus) ui_focus_ring(ui, r);
        } else if (h->act == ACT_PACK_REVIEW) {
            char label[64];
            snprintf(label, sizeof label, "Review %zu due", app->packs[h->arg].due);
            ui_button(ui, h->r, label, BTN_SECONDARY, app_widget_state(app, h->act, h->arg));
        } else if (h->act == ACT_PACK_CLASS) {
            ui_button(ui, h->r, CLASS_LABEL, BTN_SECONDARY, app_widget_state(app, h->act, h->arg));
        } else if (h->act == ACT_PACK_PRESENT) {
            ui_button(ui, h->r, PRESENT_LABEL, BTN_SECONDARY, app_widget_state(app, h->act, h->arg));
        }
    }
    ui_clip(ui, NULL);
    app_render_footer(app, "\xE2\x86\x91\xE2\x86\x93 / Tab move  \xC2\xB7  Enter open  \xC2\xB7  1\xE2\x80\x93" "9 open pack  \xC2\xB7  "
                           "C class results  \xC2\xB7  P present  \xC2\xB7  "
                           "Ctrl+ / Ctrl\xE2\x88\x92 text size  \xC2\xB7  Ctrl+T theme  \xC2\xB7  Ctrl+Q quit");
}

static void open_pack(App *app, int i)
{
    if (i < 0 || (size_t)i >= app->n_packs) return;
    app->cur = i;
    if (app->packs[i].pack) play_read(app, i);
    else app_go(app, SCREEN_PROBLEMS);
}

/* Presenter mode runs its own loop on this window until the teacher leaves it. */
static void present_open(App *app, int i)
{
    if (i < 0 || (size_t)i >= app->n_packs || !app->packs[i].pack) return;
    if (!app->win) { /* an app drawn off-screen (tests, screenshots) has no loop to hand over */
        snprintf(app->present_err, sizeof app->present_err,
                 "Presenter mode needs a window: run 'byline present PACK.json'.");
        app->dirty = true;
        return;
    }
    PresentConfig pc = {
        .pack = app->packs[i].pack, .data_dir = app->data_dir, .store = app->store,
        .theme = ui_theme_name(app->ui.theme), .now_ms = app->cfg.now_ms,
        .now_unix = app->cfg.now_unix, .clock_ctx = app->cfg.clock_ctx, .seed = app->cfg.seed,
        .start_live = app->cfg.start_live, .stop_live = app->cfg.stop_live, .live_ctx = app->cfg.live_ctx,
    };
    char err[256] = "";
    bool back = ui_present_run_on(app->ui.r, app->win, &pc, err, sizeof err);
    if (!back && !err[0]) app->quit = true; /* the user quit the program from presenter mode */
    snprintf(app->present_err, sizeof app->present_err, "%s%s", err[0] ? "Presenter mode: " : "",
             err);
    ui_app_resized(app);
    app_go(app, SCREEN_LIBRARY);
}

static bool key(App *app, const SDL_KeyboardEvent *k)
{
    SDL_Keycode s = k->keysym.sym;
    if (s >= SDLK_1 && s <= SDLK_9 && !(k->keysym.mod & (KMOD_CTRL | KMOD_ALT))) {
        open_pack(app, (int)(s - SDLK_1));
        return true;
    }
    if (s == SDLK_c && !(k->keysym.mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI))) {
        bool on_pack = app->focus_act == ACT_PACK_OPEN || app->focus_act == ACT_PACK_REVIEW ||
                       app->focus_act == ACT_PACK_CLASS;
        if (on_pack && app->store) class_results_open(app, app->focus_arg);
        return true;
    }
    if (s == SDLK_p && !(k->keysym.mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI))) {
        bool on_pack = app->focus_act == ACT_PACK_OPEN || app->focus_act == ACT_PACK_REVIEW ||
                       app->focus_act == ACT_PACK_CLASS || app->focus_act == ACT_PACK_PRESENT;
        if (on_pack) present_open(app, app->focus_arg);
        return true;
    }
    if (s == SDLK_ESCAPE) return true;
    if (s == SDLK_PAGEDOWN || s == SDLK_PAGEUP) {
        app->list_scroll += (s == SDLK_PAGEDOWN ? 1 : -1) * app->list_view.h * 3 / 4;
        if (app->list_scroll < 0) app->list_scroll = 0;
        return true;
    }
    return false;
}

static void activate(App *app, Action act, int arg)
{
    switch (act) {
    case ACT_PACK_OPEN: open_pack(app, arg); break;
    case ACT_PACK_REVIEW: play_review(app, arg); break;
    case ACT_PACK_CLASS: class_results_open(app, arg); break;
    case ACT_PACK_PRESENT: present_open(app, arg); break;
    case ACT_SWITCH_PROFILE: app_go(app, SCREEN_PROFILE); break;
    default: break;
    }
}

static void enter(App *app)
{
    packs_refresh_stats(app);
    app_layout(app);
    int first = app->cur >= 0 ? app->cur : 0;
    if (app->n_packs) app_set_focus(app, ACT_PACK_OPEN, first);
}

const ScreenDef screen_library = {layout, render, key, NULL, activate, enter};
