/* ui_article_pair.c — the article pane of a pack with several articles: two side by side when
 * there is room, else tabs.
 *
 * Comparing coverage means reading two reports of one event together, so a wide pane shows two
 * columns, each headed by its outlet, title and date, each scrolling on its own. The App keeps
 * two views: av is the active one (the keyboard scrolls it, an evidence pick is made in it) and
 * av2 another article. Making the other column active swaps the two structs, so every caller
 * that works on app->av (scroll keys, the sentence cursor, picks, scripts) works on whichever
 * column the student chose, and each column keeps its own scroll, marks and cursor. The left
 * column is always the article that comes first in the pack, whichever is active. A fixed strip
 * above each column names its outlet and date however far it is scrolled, and underlines the
 * active column in the accent colour (where the keys act).
 *
 * On a narrow pane (or with one article) only av is shown, under a row of tabs; av2 keeps its
 * state hidden, so switching tabs between two articles is a swap too. A tab holding evidence of
 * the question being reviewed carries a marker in the highlight colour. */
#include "ui_format.h"
#include "ui_internal.h"
#include <stdio.h>
#include <string.h>

/* 40 characters of ordinary text: the narrowest column still comfortable to read. */
static const char SAMPLE[] = "The notice covered about 4,200 household";

static const Pack *cur_pack(const App *app)
{
    const PackEntry *e = packs_current(app);
    return e ? e->pack : NULL;
}

static int column_min_w(App *app)
{
    Ui *ui = &app->ui;
    /* ArticleView pads its text column by 28 units each side. */
    return ui_measure(ui, FONT_BODY, SAMPLE) * PAIR_MIN_CHARS / (int)(sizeof SAMPLE - 1) +
           2 * ui_px(ui, 28);
}

bool pair_fits(App *app, int pane_w)
{
    const Pack *p = cur_pack(app);
    if (!p || p->n_articles < 2 || !app->av2.a) return false;
    return pane_w / 2 >= column_min_w(app);
}

bool pair_has_evidence(const App *app, int i)
{
    const Question *q = app->marks_q;
    for (size_t k = 0; q && k < q->n_evidence; k++)
        if (q->evidence[k].article == i) return true;
    return false;
}

void pair_swap(App *app)
{
    ArticleView t = app->av;
    app->av = app->av2;
    app->av2 = t;
    app->av2.focused = false;
    app->dirty = true;
}

void pair_keep_other(App *app, int prefer)
{
    const Pack *p = cur_pack(app);
    ArticleView *v = &app->av2;
    if (!p || p->n_articles < 2) {
        av_set_article(v, NULL, -1);
        return;
    }
    int cur = app->av.index, n = (int)p->n_articles;
    if (prefer >= 0 && prefer < n && prefer != cur) {
        av_set_article(v, &p->articles[prefer], prefer);
        return;
    }
    bool valid = v->a && v->index >= 0 && v->index < n && v->index != cur && v->a == &p->articles[v->index];
    if (valid) return;
    int other = cur == 0 ? 1 : 0;
    av_set_article(v, &p->articles[other], other);
}

bool pair_switch(App *app, int dir)
{
    const Pack *p = cur_pack(app);
    if (!p || p->n_articles < 2 || app->pane_article.w <= 0) return false;
    if (app->pair) {
        pair_swap(app);
    } else {
        int n = (int)p->n_articles;
        play_show_article(app, ((app->av.index + dir) % n + n) % n);
    }
    if (app_has_focus(app, ACT_ARTICLE, 0)) app->av.focused = true;
    app->dirty = true;
    return true;
}

static void tab_label(const Pack *p, int i, char *buf, size_t size)
{
    snprintf(buf, size, "%d. %s", i + 1, p->articles[i].outlet);
}

/* Tab geometry: inner padding, and the slot before the label for the evidence marker (kept
 * on every tab so labels do not move when a marker appears). */
static int tab_pad(Ui *ui) { return ui_px(ui, 10); }
static int tab_marker(Ui *ui) { return ui_line(ui, FONT_SMALL_BOLD) * 4 / 5; }
static int tab_room(Ui *ui, int w) { return w - 2 * tab_pad(ui) - tab_marker(ui) - ui_px(ui, 6); }

/* A tab's label broken into lines between words, greedily within `room`; a word wider than the
 * tab alone is a line of its own, drawn shortened with "…" (SDL_ttf's own wrapping would cut it
 * mid-word, "Gazett" / "e", on eight narrow tabs). Returns the number of lines (at most max). */
#define TAB_MAX_LINES 6
typedef char TabLine[96];

static size_t tab_lines(Ui *ui, const char *label, int room, TabLine *out, size_t max)
{
    size_t n = 0;
    out[0][0] = '\0';
    for (const char *p = label; *p && n < max;) {
        size_t len = strcspn(p, " ");
        char trial[sizeof(TabLine)];
        if (out[n][0]) snprintf(trial, sizeof trial, "%s %.*s", out[n], (int)len, p);
        else snprintf(trial, sizeof trial, "%.*s", (int)len, p);
        if (!out[n][0] || ui_measure(ui, FONT_SMALL_BOLD, trial) <= room) {
            memcpy(out[n], trial, sizeof trial);
            p += len;
            while (*p == ' ') p++;
        } else if (++n < max) {
            out[n][0] = '\0'; /* the word starts the next line */
        }
    }
    return n < max ? n + (out[n][0] != '\0') : max;
}

static int label_h(Ui *ui, const char *label, int room)
{
    TabLine lines[TAB_MAX_LINES];
    size_t n = tab_lines(ui, label, room, lines, TAB_MAX_LINES);
    return (int)(n ? n : 1) * ui_line(ui, FONT_SMALL_BOLD);
}

/* A row of tabs, one per article, at the top of `pane`; returns its height (0: none). Each is
 * as wide as the longest label needs within an equal share; a label that still does not fit
 * wraps between words (the row grows) rather than losing the outlet's name; a word wider than
 * the tab is shortened with "…" rather than cut (tab_lines). */
static int layout_tabs(App *app, SDL_Rect pane)
{
    Ui *ui = &app->ui;
    const Pack *p = cur_pack(app);
    if (!p || p->n_articles < 2 || (app->pair && p->n_articles == 2)) return 0;
    int pad = ui_px(ui, 8), n = (int)p->n_articles, w = (pane.w - pad * (n + 1)) / n;
    int need = 0, text_h = ui_line(ui, FONT_SMALL_BOLD);
    char label[200];
    for (int i = 0; i < n; i++) {
        tab_label(p, i, label, sizeof label);
        int lw = ui_measure(ui, FONT_SMALL_BOLD, label) + (w - tab_room(ui, w)) + ui_px(ui, 4);
        if (lw > need) need = lw;
    }
    if (w > need) w = need;
    for (int i = 0; i < n; i++) {
        tab_label(p, i, label, sizeof label);
        int lh = label_h(ui, label, tab_room(ui, w));
        if (lh > text_h) text_h = lh;
    }
    int th = text_h + ui_px(ui, 14);
    for (int i = 0; i < n; i++)
        app_hit(app, (SDL_Rect){pane.x + pad + i * (w + pad), pane.y + pad, w, th}, ACT_ARTICLE_TAB, i,
                true, PANE_NONE);
    return th + 2 * pad;
}

/* The fixed strip above each column: its height. */
static int strip_h(App *app)
{
    return ui_line(&app->ui, FONT_SMALL_BOLD) + ui_px(&app->ui, 16);
}

void pair_layout(App *app, SDL_Rect pane)
{
    app->pair = pane.w > 0 && pair_fits(app, pane.w);
    int tabs = pane.w > 0 ? layout_tabs(app, pane) : 0;
    int head = app->pair ? strip_h(app) : 0;
    SDL_Rect view = {pane.x, pane.y + tabs + head, pane.w, pane.h - tabs - head};
    if (!app->pair) {
        av_layout(&app->av, &app->ui, view);
        av_layout(&app->av2, &app->ui, (SDL_Rect){0, 0, 0, 0});
        return;
    }
    /* The pack's order, left to right, whichever column is active. */
    int half = view.w / 2;
    SDL_Rect left = {view.x, view.y, half, view.h};
    SDL_Rect right = {view.x + half + 1, view.y, view.w - half - 1, view.h};
    bool av_left = app->av.index < app->av2.index;
    av_layout(&app->av, &app->ui, av_left ? left : right);
    av_layout(&app->av2, &app->ui, av_left ? right : left);
}

/* Draws a tab: the selected one filled with the accent colour; one holding evidence of the
 * question reviewed has a marker in the highlight colour before its label. */
static void render_tab(App *app, const Hit *h, const char *label, bool on)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    WidgetState st = app_widget_state(app, h->act, h->arg);
    SDL_Color face = on ? th->accent : st.hover ? th->button_hover : th->button;
    SDL_Color fg = on ? th->accent_text : th->text;
    ui_fill_round(ui, h->r, ui_px(ui, 6), face);
    if (!on) ui_outline(ui, h->r, 1, th->border);
    int s = tab_marker(ui), room = tab_room(ui, h->r.w);
    int x = h->r.x + tab_pad(ui);
    if (pair_has_evidence(app, h->arg)) {
        SDL_Rect m = {x, h->r.y + (h->r.h - s) / 2, s, s};
        ui_fill_round(ui, m, s / 4, th->text);
        ui_fill_round(ui, (SDL_Rect){m.x + 2, m.y + 2, m.w - 4, m.h - 4}, s / 4, th->mark);
    }
    int lx = h->r.x + h->r.w - tab_pad(ui) - room, line = ui_line(ui, FONT_SMALL_BOLD);
    TabLine lines[TAB_MAX_LINES];
    size_t n = tab_lines(ui, label, room, lines, TAB_MAX_LINES);
    int y = h->r.y + (h->r.h - (int)n * line) / 2;
    for (size_t i = 0; i < n; i++, y += line)
        ui_text_fit_draw(ui, FONT_SMALL_BOLD, fg, lx, y, room, lines[i]);
    if (st.focus) ui_focus_ring(ui, h->r);
}

static void render_tabs(App *app)
{
    Ui *ui = &app->ui;
    const Pack *p = cur_pack(app);
    SDL_Rect strip = {app->pane_article.x, app->pane_article.y, app->pane_article.w,
                      app->av.view.y - app->pane_article.y};
    if (strip.h <= 0 || !p) return;
    ui_fill(ui, strip, ui->th->bg);
    for (size_t i = 0; i < app->n_hits; i++) {
        const Hit *h = &app->hits[i];
        if (h->act != ACT_ARTICLE_TAB) continue;
        char label[200];
        tab_label(p, h->arg, label, sizeof label);
        bool on = h->arg == app->av.index || (app->pair && h->arg == app->av2.index);
        render_tab(app, h, label, on);
    }
}

/* The strip above a column: outlet and date (the date only when both fit), and an underline,
 * in the accent colour on the active column. */
static void render_strip(App *app, const ArticleView *v, bool active)
{
    Ui *ui = &app->ui;
    int h = strip_h(app), pad = ui_px(ui, 14), t = ui_px(ui, 3) < 2 ? 2 : ui_px(ui, 3);
    SDL_Rect r = {v->view.x, v->view.y - h, v->view.w, h};
    ui_fill(ui, r, ui->th->bg);
    ui_fill(ui, (SDL_Rect){r.x, r.y + r.h - t, r.w, t}, active ? ui->th->accent : ui->th->border);
    char date[64], line[400];
    ui_format_date(v->a->date, date, sizeof date);
    snprintf(line, sizeof line, "%s  \xC2\xB7  %s", v->a->outlet, date);
    int w = r.w - 2 * pad, y = r.y + (h - t - ui_line(ui, FONT_SMALL_BOLD)) / 2;
    if (ui_measure(ui, FONT_SMALL_BOLD, line) > w) snprintf(line, sizeof line, "%s", v->a->outlet);
    ui_text_fit_draw(ui, FONT_SMALL_BOLD, active ? ui->th->accent : ui->th->text, r.x + pad, y, w, line);
}

void pair_render(App *app)
{
    Ui *ui = &app->ui;
    render_tabs(app);
    app->av.focused = app_has_focus(app, ACT_ARTICLE, 0) && app->focus_visible;
    app->av2.focused = false;
    av_render(&app->av, ui);
    if (!app->pair) return;
    av_render(&app->av2, ui);
    render_strip(app, &app->av, true);
    render_strip(app, &app->av2, false);
    SDL_Rect l = app->av.view.x < app->av2.view.x ? app->av.view : app->av2.view;
    int head = strip_h(app);
    ui_fill(ui, (SDL_Rect){l.x + l.w, l.y - head, 1, l.h + head}, ui->th->border);
}

/* Which view an event is for: the one pressed (a drag goes on outside it), else the one under
 * the pointer. NULL: neither. */
static ArticleView *target(App *app, const SDL_Event *e)
{
    if (app->av.pressed) return &app->av;
    if (app->av2.pressed) return &app->av2;
    int x, y;
    switch (e->type) {
    case SDL_MOUSEWHEEL: x = e->wheel.mouseX; y = e->wheel.mouseY; break;
    case SDL_MOUSEMOTION: x = e->motion.x; y = e->motion.y; break;
    case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP: x = e->button.x; y = e->button.y; break;
    default: return NULL;
    }
    if (ui_point_in(app->av.view, x, y)) return &app->av;
    if (app->pair && ui_point_in(app->av2.view, x, y)) return &app->av2;
    return NULL;
}

bool pair_mouse(App *app, const SDL_Event *e, int *clicked)
{
    *clicked = -1;
    if (!app->pair) return av_handle_mouse(&app->av, &app->ui, e, clicked);
    ArticleView *v = target(app, e);
    bool used = false;
    if (e->type == SDL_MOUSEMOTION) {
        /* Both views follow the pointer: the hover leaves one column as it enters the other. */
        int c;
        used = av_handle_mouse(&app->av, &app->ui, e, &c);
        used = av_handle_mouse(&app->av2, &app->ui, e, &c) || used;
        return used;
    }
    if (!v) return false;
    used = av_handle_mouse(v, &app->ui, e, clicked);
    if (v == &app->av2 && e->type == SDL_MOUSEBUTTONUP && *clicked >= 0) pair_swap(app);
    return used;
}

/* Text work per slice of background layout: about 10-20 ms of SDL_ttf measuring (a release
 * build), so input waits at most about that long. */
#define PAIR_LAYOUT_BUDGET (48u * 1024u)

static bool shows_articles(const App *app)
{
    return app->screen == SCREEN_READ || app->screen == SCREEN_QUIZ;
}

bool pair_layout_pending(const App *app)
{
    return shows_articles(app) && (av_layout_pending(&app->av) || av_layout_pending(&app->av2));
}

bool pair_layout_more(App *app)
{
    if (!shows_articles(app)) return false;
    if (av_layout_more(&app->av, PAIR_LAYOUT_BUDGET)) return true; /* the active one first */
    return av_layout_more(&app->av2, PAIR_LAYOUT_BUDGET);
}
