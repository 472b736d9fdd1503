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

/* The greeting and the line under it wrap beside "Switch student". */
static const char *subtitle(const App *app)
{
    if (app->present_err[0]) return app->present_err;
    return app->n_packs ? "Pick an article to read, then answer questions about it."
                        : "No quiz packs found. Put .json packs in the quizzes folder.";
}

static int header_text_w(App *app, SDL_Rect c)
{
    Ui *ui = &app->ui;
    return c.w - ui_button_w(ui, "Switch student") - ui_px(ui, 12);
}

static int header_h(App *app)
{
    Ui *ui = &app->ui;
    SDL_Rect c = column(app);
    int w = header_text_w(app, c);
    char hello[300];
    snprintf(hello, sizeof hello, "Hello, %s!", app->profile);
    int text = ui_text_wrapped_h(ui, FONT_H1, ui->th->text, w, hello) + ui_px(ui, 4) +
               ui_text_wrapped_h(ui, FONT_UI, ui->th->muted, w, subtitle(app));
    int button = ui_button_h(ui);
    return ui_px(ui, 24) + (text > button ? text : button) + ui_px(ui, 18);
}

/* What a card says, and where (relative to the card's top-left corner). Every text wraps
 * within its width, so nothing is cut: the card is as tall as its text needs. The buttons sit
 * beside the lower lines when that leaves them room, else in a row of their own below. */
typedef struct CardText {
    char title[400], pill[64], meta[600], info[600];
    SDL_Color pill_fg, pill_bg, meta_c, info_c;
    FontRole info_font;
} CardText;

typedef struct CardLayout {
    SDL_Rect title, pill, meta, info;
    SDL_Rect button[3];
    Action act[3];
    int n_buttons, h;
} CardLayout;

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

static void card_text(App *app, const PackEntry *e, CardText *t)
{
    const Theme *th = app->ui.th;
    t->info_font = FONT_SMALL;
    t->meta_c = th->text;
    t->info_c = th->muted;
    if (!e->pack) {
        snprintf(t->title, sizeof t->title, "%s", base_name(e->path));
        snprintf(t->pill, sizeof t->pill, "Cannot open");
        t->pill_fg = th->bad;
        t->pill_bg = th->bad_bg;
        snprintf(t->meta, sizeof t->meta, "%zu problem%s found by the checker \xE2\x80\x94 open to see where",
                 e->diags.errors, e->diags.errors == 1 ? "" : "s");
        t->meta_c = th->bad;
        t->info[0] = '\0';
        if (e->diags.count) {
            const Diagnostic *d = &e->diags.items[0];
            if (d->line || d->column)
                snprintf(t->info, sizeof t->info, "line %d, column %d: %s", d->line, d->column, d->message);
            else snprintf(t->info, sizeof t->info, "%s", d->message); /* no position: unreadable */
        }
        return;
    }
    const Pack *p = e->pack;
    const Article *a = &p->articles[0];
    snprintf(t->title, sizeof t->title, "%s", p->title);
    if (e->best >= 0) snprintf(t->pill, sizeof t->pill, "Best %d%%", (int)(e->best * 100 + 0.5));
    else snprintf(t->pill, sizeof t->pill, "Not tried yet");
    t->pill_fg = e->best >= 0 ? th->good : th->muted;
    t->pill_bg = e->best >= 0 ? th->good_bg : th->button;
    char date[64];
    ui_format_date(a->date, date, sizeof date);
    snprintf(t->meta, sizeof t->meta, "%s  \xC2\xB7  %s%s", a->outlet, date,
             p->n_articles > 1 ? "  \xC2\xB7  and more articles" : "");
    if (e->missing_glyph) {
        snprintf(t->info, sizeof t->info, "Warning: the font has no character U+%04X used in this pack; "
                 "it will show as a box.", (unsigned)e->missing_glyph);
        t->info_font = FONT_SMALL_BOLD;
        t->info_c = th->bad;
    } else if (packs_resumable(e)) {
        snprintf(t->info, sizeof t->info, "Unfinished: %d of %zu answered \xE2\x80\x94 open it to resume",
                 e->unfinished_answers, p->n_questions);
        t->info_font = FONT_SMALL_BOLD;
        t->info_c = th->accent;
    } else if (e->retry_total > 0) { /* a retry is not a score for the pack: said apart */
        packs_retry_note(e, t->info, sizeof t->info);
        t->info_font = FONT_SMALL_BOLD;
    } else {
        kinds_line(p, t->info, sizeof t->info);
    }
}

static int wrapped_h(Ui *ui, FontRole f, int w, const char *s)
{
    return s[0] ? ui_text_wrapped_h(ui, f, ui->th->text, w, s) : 0;
}

static CardLayout card_layout(App *app, size_t i, int card_w, const CardText *t)
{
    Ui *ui = &app->ui;
    const PackEntry *e = &app->packs[i];
    CardLayout L = {0};
    static char review[64];
    if (e->due > 0) {
        snprintf(review, sizeof review, "Review %zu due", e->due);
        L.act[L.n_buttons++] = ACT_PACK_REVIEW;
    }
    if (e->pack) L.act[L.n_buttons++] = ACT_PACK_PRESENT;
    if (e->pack && app->store) L.act[L.n_buttons++] = ACT_PACK_CLASS;
    int pad = ui_px(ui, 20), top = ui_px(ui, 16), gap = ui_px(ui, 10), bh = ui_button_h(ui);
    int full = card_w - 2 * pad;
    int pill_w = ui_measure(ui, FONT_SMALL_BOLD, t->pill) + ui_px(ui, 20);
    int pill_h = ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 8);
    L.pill = (SDL_Rect){card_w - ui_px(ui, 16) - pill_w, top, pill_w, pill_h};
    int tw = L.pill.x - ui_px(ui, 12) - pad;
    L.title = (SDL_Rect){pad, top, tw, wrapped_h(ui, FONT_H2, tw, t->title)};
    int y = top + (L.title.h > pill_h ? L.title.h : pill_h) + ui_px(ui, 6);
    int bw_total = 0;
    for (int k = 0; k < L.n_buttons; k++) {
        const char *label = L.act[k] == ACT_PACK_REVIEW ? review : L.act[k] == ACT_PACK_CLASS ? CLASS_LABEL : PRESENT_LABEL;
        L.button[k].w = ui_button_w(ui, label);
        L.button[k].h = bh;
        bw_total += L.button[k].w + (k ? gap : 0);
    }
    int beside_w = full - bw_total - ui_px(ui, 16);
    bool beside = L.n_buttons == 0 || beside_w * 100 >= full * 55;
    int lw = beside && L.n_buttons ? beside_w : full;
    int text_top = y;
    L.meta = (SDL_Rect){pad, y, lw, wrapped_h(ui, FONT_UI, lw, t->meta)};
    y += L.meta.h + ui_px(ui, 6);
    L.info = (SDL_Rect){pad, y, lw, wrapped_h(ui, t->info_font, lw, t->info)};
    y += L.info.h;
    int h;
    if (beside) {
        int need = text_top + bh + ui_px(ui, 12); /* the buttons below the title */
        h = y + ui_px(ui, 18) > need ? y + ui_px(ui, 18) : need;
    } else {
        y += ui_px(ui, 12);
        h = y + bh + ui_px(ui, 12);
    }
    int bx = card_w - ui_px(ui, 16), by = h - bh - ui_px(ui, 12);
    for (int k = L.n_buttons; k-- > 0;) {
        bx -= L.button[k].w;
        L.button[k].x = bx;
        L.button[k].y = by;
        bx -= gap;
    }
    L.h = h;
    return L;
}

static void layout(App *app)
{
    Ui *ui = &app->ui;
    SDL_Rect c = column(app);
    int top = c.y + header_h(app);
    app->list_view = (SDL_Rect){app->main.x, top, app->main.w, app->main.y + app->main.h - top};
    const char *sw = "Switch student";
    int sw_w = ui_button_w(ui, sw);
    app_hit(app, (SDL_Rect){c.x + c.w - sw_w, c.y + ui_px(ui, 24), sw_w, ui_button_h(ui)},
            ACT_SWITCH_PROFILE, 0, true, PANE_NONE);
    int gap = ui_px(ui, 12);
    int y = top + ui_px(ui, 4) - app->list_scroll;
    for (size_t i = 0; i < app->n_packs; i++) {
        CardText t;
        card_text(app, &app->packs[i], &t);
        CardLayout L = card_layout(app, i, c.w, &t);
        app_hit(app, (SDL_Rect){c.x, y, c.w, L.h}, ACT_PACK_OPEN, (int)i, true, PANE_LIST);
        for (int k = 0; k < L.n_buttons; k++) /* left to right: the reading order */
            app_hit(app, (SDL_Rect){c.x + L.button[k].x, y + L.button[k].y, L.button[k].w, L.button[k].h},
                    L.act[k], (int)i, true, PANE_LIST);
        y += L.h + gap;
    }
    app->list_h = y + app->list_scroll - top + gap;
    int max = app->list_h - app->list_view.h;
    if (app->list_scroll > 0 && app->list_scroll > max) {
        app->list_scroll = max > 0 ? max : 0;
        app->n_hits = 0; /* again, scrolled back (once: the scroll now fits) */
        app_layout_chrome(app);
        layout(app);
    }
}

static void render_card(App *app, const PackEntry *e, size_t i, SDL_Rect r)
{
    Ui *ui = &app->ui;
    CardText t;
    card_text(app, e, &t);
    CardLayout L = card_layout(app, i, r.w, &t);
    ui_text_wrapped(ui, FONT_H2, ui->th->text, r.x + L.title.x, r.y + L.title.y, L.title.w, t.title);
    ui_pill(ui, r.x + L.pill.x + L.pill.w, r.y + L.pill.y, t.pill, t.pill_fg, t.pill_bg);
    if (t.meta[0]) ui_text_wrapped(ui, FONT_UI, t.meta_c, r.x + L.meta.x, r.y + L.meta.y, L.meta.w, t.meta);
    if (t.info[0])
        ui_text_wrapped(ui, t.info_font, t.info_c, r.x + L.info.x, r.y + L.info.y, L.info.w, t.info);
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
    int title_w = header_text_w(app, c);
    y += ui_text_wrapped(ui, FONT_H1, th->text, c.x, y, title_w, hello) + ui_px(ui, 4);
    ui_text_wrapped(ui, FONT_UI, app->present_err[0] ? th->bad : th->muted, c.x, y, title_w, subtitle(app));
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
            render_card(app, e, (size_t)h->arg, r);
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
