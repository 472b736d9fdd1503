/* ui_screen_read.c — reading the article before the quiz: the article (scrollable with wheel,
 * keys and drag) and a panel about the quiz with Start, or Resume / Start over when an unfinished
 * attempt was saved. */
#include "ui_format.h"
#include "ui_internal.h"
#include <stdio.h>

#define READ_SIDE_UNITS 420

static bool resumable(App *app)
{
    const PackEntry *e = packs_current(app);
    return e && packs_resumable(e);
}

static size_t strip_buttons(App *app, StripButton *b)
{
    size_t n = 0;
    if (!app->split)
        b[n++] = (StripButton){ACT_TOGGLE_PANE, 0, app->show_article ? "About the quiz" : "Read the article",
                               BTN_SECONDARY, false};
    if (resumable(app)) {
        b[n++] = (StripButton){ACT_START_OVER, 0, "Start over", BTN_SECONDARY, false};
        b[n++] = (StripButton){ACT_RESUME, 0, "Resume", BTN_PRIMARY, false};
    } else {
        b[n++] = (StripButton){ACT_START, 0, "Start the quiz", BTN_PRIMARY, false};
    }
    return n;
}

static void layout(App *app)
{
    app_layout_back(app);
    app_layout_panes(app, READ_SIDE_UNITS);
    StripButton b[4];
    app_layout_strip(app, b, strip_buttons(app, b));
}

static int para(App *app, int x, int y, int w, FontRole f, SDL_Color c, const char *s)
{
    if (!s || !s[0]) return 0;
    return ui_text_wrapped(&app->ui, f, c, x, y, w, s) + ui_px(&app->ui, 10);
}

static void render_side(App *app)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const PackEntry *e = packs_current(app);
    const Pack *p = e->pack;
    SDL_Rect s = app->side_content;
    if (s.w <= 0) return;
    ui_fill(ui, s, th->bg);
    ui_clip(ui, &s);
    int pad = ui_px(ui, 22);
    int x = s.x + pad, w = s.w - 2 * pad, y = s.y + pad - app->side_scroll;
    ui_text(ui, FONT_SMALL_BOLD, th->accent, x, y, "ABOUT THIS QUIZ");
    y += ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 6);
    y += para(app, x, y, w, FONT_H2, th->text, p->title);
    y += para(app, x, y, w, FONT_UI, th->text, p->description);
    char line[600];
    int n[KIND_COUNT] = {0};
    for (size_t i = 0; i < p->n_questions; i++) n[p->questions[i].kind]++;
    snprintf(line, sizeof line, "%zu questions: %d about speakers, %d about claims, %d about the timeline.",
             p->n_questions, n[KIND_SPEAKER], n[KIND_CLAIM], n[KIND_TIMELINE]);
    y += para(app, x, y, w, FONT_UI, th->text, line);
    if (p->audience) {
        snprintf(line, sizeof line, "For: %s", p->audience);
        y += para(app, x, y, w, FONT_SMALL, th->muted, line);
    }
    if (p->author) {
        snprintf(line, sizeof line, "Written by %s%s%s", p->author, p->license ? "  \xC2\xB7  " : "",
                 p->license ? p->license : "");
        y += para(app, x, y, w, FONT_SMALL, th->muted, line);
    }
    if (p->practice)
        y += para(app, x, y, w, FONT_SMALL, th->muted, p->n_articles > 1 ? "Practice material: the articles are fictional."
                                                                        : "Practice material: the article is fictional.");
    y += ui_px(ui, 8);
    if (e->best >= 0) {
        snprintf(line, sizeof line, "Your best score so far: %d%%", (int)(e->best * 100 + 0.5));
        y += para(app, x, y, w, FONT_UI_BOLD, th->good, line);
    }
    if (e->retry_total > 0) {
        snprintf(line, sizeof line, "Your last retry of missed questions: %d of %d now right "
                 "(a retry of some questions is not a score for the whole pack).",
                 e->retry_right, e->retry_total);
        y += para(app, x, y, w, FONT_UI, th->text, line);
    }
    if (resumable(app)) {
        snprintf(line, sizeof line, "You stopped after %d of %zu questions%s. Resume where you left "
                 "off, or start over.", e->unfinished_answers, p->n_questions,
                 e->unfinished_halfway ? ", halfway through the next (your answer is kept)" : "");
        y += para(app, x, y, w, FONT_UI_BOLD, th->accent, line);
    }
    y += para(app, x, y, w, FONT_SMALL, th->muted, p->n_articles > 1
              ? "Read the articles first: the same event in different outlets. They stay open during "
                "the quiz (side by side on a wide window, Ctrl+Tab switches), and after each answer "
                "the passages that support it are highlighted in their own article."
              : "Read the article first. It stays open during the quiz, and after each answer the "
                "passage that supports it is highlighted.");
    app->side_h = y + app->side_scroll - s.y;
    ui_clip(ui, NULL);
}

static bool p_several(const PackEntry *e)
{
    return e && e->pack && e->pack->n_articles > 1;
}

static void render(App *app)
{
    const PackEntry *e = packs_current(app);
    app_render_top(app, e && e->pack ? e->pack->title : "");
    if (!e || !e->pack) return;
    app_render_article_pane(app);
    render_side(app);
    StripButton b[4];
    app_render_strip(app, b, strip_buttons(app, b));
    app_render_footer(app, p_several(e) ? "\xE2\x86\x91\xE2\x86\x93 PgUp PgDn Space scroll  \xC2\xB7  Ctrl+Tab other article  "
                                          "\xC2\xB7  Enter start  \xC2\xB7  Esc library  \xC2\xB7  Ctrl+ / Ctrl\xE2\x88\x92 text size"
                                        : "\xE2\x86\x91\xE2\x86\x93 PgUp PgDn Space scroll  \xC2\xB7  Enter start  \xC2\xB7  "
                                          "Esc library  \xC2\xB7  Ctrl+ / Ctrl\xE2\x88\x92 text size");
}

/* Scrolling keys shared with the other article screens. */
static bool scroll_key(App *app, SDL_Keycode k)
{
    ArticleView *v = &app->av;
    int page = v->view.h * 7 / 8;
    switch (k) {
    case SDLK_UP: av_scroll_by(v, -v->pitch * 2); return true;
    case SDLK_DOWN: av_scroll_by(v, v->pitch * 2); return true;
    case SDLK_PAGEUP: av_scroll_by(v, -page); return true;
    case SDLK_PAGEDOWN: case SDLK_SPACE: av_scroll_by(v, page); return true;
    case SDLK_HOME: av_scroll_home(v); return true;
    case SDLK_END: av_scroll_by(v, av_max_scroll(v)); return true;
    default: return false;
    }
}

static bool key(App *app, const SDL_KeyboardEvent *k)
{
    SDL_Keycode s = k->keysym.sym;
    bool on_button = app->focus_act != ACT_NONE && app->focus_act != ACT_ARTICLE;
    if ((s == SDLK_SPACE) && on_button) return false;
    if (app->pane_article.w > 0 && scroll_key(app, s)) return true;
    if ((s == SDLK_RETURN || s == SDLK_KP_ENTER) && !on_button) {
        if (resumable(app)) play_resume(app);
        else play_start(app, "study", NULL, 0);
        return true;
    }
    return false;
}

static bool mouse(App *app, const SDL_Event *e)
{
    int clicked;
    return app_article_mouse(app, e, &clicked);
}

static void activate(App *app, Action act, int arg)
{
    (void)arg;
    switch (act) {
    case ACT_BACK: app_go(app, SCREEN_LIBRARY); break;
    case ACT_START: play_start(app, "study", NULL, 0); break;
    case ACT_RESUME: play_resume(app); break;
    case ACT_START_OVER: play_start(app, "study", NULL, 0); break;
    case ACT_TOGGLE_PANE: app->show_article = !app->show_article; break;
    default: break;
    }
}

static void enter(App *app)
{
    app->show_article = true;
    app_layout(app);
    app->focus_act = ACT_NONE; /* Space scrolls, Enter starts; Tab reaches the buttons */
}

const ScreenDef screen_read = {layout, render, key, mouse, activate, enter};
