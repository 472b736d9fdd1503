/* ui_screen_results.c — the end of an attempt: score, a bar per kind (speakers, claims,
 * timeline), time taken, and every missed question with the student's answer, the right one and
 * its evidence highlighted in the article. Retry the missed questions only, or the whole pack. */
#include "ui_format.h"
#include "ui_internal.h"
#include <stdio.h>
#include <string.h>

#define RESULTS_SIDE_UNITS 580

/* A missed question's card text, and its height at width w. */
static void missed_lines(App *app, int i, const char **prompt, char *yours, size_t ysize,
                         char *right, size_t rsize)
{
    const Pack *p = session_pack(app->session);
    int qi = app->missed[i];
    const Question *q = &p->questions[qi];
    *prompt = q->prompt;
    snprintf(yours, ysize, "You answered: (skipped)");
    for (size_t k = 0; k < session_count(app->session); k++) {
        const SessionItem *it = session_item(app->session, k);
        if (it->question != qi || it->state != ITEM_ANSWERED) continue;
        char d[512], quote[700];
        answer_describe(p, q, &it->answer, d, sizeof d);
        snprintf(yours, ysize, "You answered: %s", d);
        if (!it->grade.cited) continue;
        /* Both parts: which one was missed ("right answer, but that sentence does not show it"). */
        quiz_sentence_quote(p, it->answer.cite_article, it->answer.cite_sentence, quote, sizeof quote);
        snprintf(yours, ysize, "You answered: %.200s %s  \xC2\xB7  your evidence: %.300s %s", d,
                 it->grade.answer_correct ? "\xE2\x9C\x93" : "\xE2\x9C\x97", quote,
                 it->grade.evidence_correct ? "\xE2\x9C\x93" : "\xE2\x9C\x97");
    }
    char c[512];
    answer_describe_correct(p, q, c, sizeof c);
    snprintf(right, rsize, "Correct: %s", c);
}

static int missed_card(App *app, int i, SDL_Rect r, bool draw)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const char *prompt;
    char yours[600], right[600];
    missed_lines(app, i, &prompt, yours, sizeof yours, right, sizeof right);
    int pad = ui_px(ui, 14), tw = r.w - 2 * pad, y = r.y + pad;
    if (draw) {
        y += ui_text_wrapped(ui, FONT_UI_BOLD, th->text, r.x + pad, y, tw, prompt) + ui_px(ui, 6);
        y += ui_text_wrapped(ui, FONT_UI, th->bad, r.x + pad, y, tw, yours) + ui_px(ui, 4);
        y += ui_text_wrapped(ui, FONT_UI, th->good, r.x + pad, y, tw, right);
    } else {
        y += ui_text_wrapped_h(ui, FONT_UI_BOLD, th->text, tw, prompt) + ui_px(ui, 6);
        y += ui_text_wrapped_h(ui, FONT_UI, th->bad, tw, yours) + ui_px(ui, 4);
        y += ui_text_wrapped_h(ui, FONT_UI, th->good, tw, right);
    }
    return y + pad - r.y;
}

static int summary_h(App *app)
{
    Ui *ui = &app->ui;
    int kinds = 0;
    SessionTotals t = session_totals(app->session);
    for (int k = 0; k < KIND_COUNT; k++) kinds += t.kind_total[k] > 0;
    char cite[300];
    quiz_cite_summary(app, cite, sizeof cite);
    return (cite[0] ? ui_text_wrapped_h(ui, FONT_UI, ui->th->muted, app->side_content.w - 2 * ui_px(ui, 22), cite) +
                      ui_px(ui, 6) : 0) + ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 6) + ui_line(ui, FONT_HUGE) + ui_px(ui, 4) +
           ui_line(ui, FONT_UI) + ui_px(ui, 18) +
           kinds * (ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 30)) + ui_px(ui, 12) +
           ui_line(ui, FONT_H2) + ui_px(ui, 10);
}

static size_t strip_buttons(App *app, StripButton *b)
{
    size_t n = 0;
    static char missed[64];
    if (!app->split)
        b[n++] = (StripButton){ACT_TOGGLE_PANE, 0, app->show_article ? "Results" : "Evidence", BTN_SECONDARY, false};
    b[n++] = (StripButton){ACT_LIBRARY, 0, "Library", BTN_SECONDARY, false};
    b[n++] = (StripButton){ACT_RETRY_ALL, 0, "Retry all", BTN_SECONDARY, false};
    if (app->n_missed) {
        snprintf(missed, sizeof missed, "Retry %zu missed", app->n_missed);
        b[n++] = (StripButton){ACT_RETRY_MISSED, 0, missed, BTN_PRIMARY, false};
    }
    return n;
}

static void layout(App *app)
{
    Ui *ui = &app->ui;
    if (!app->session) return;
    app_layout_back(app);
    app_layout_panes(app, RESULTS_SIDE_UNITS);
    SDL_Rect s = app->side_content;
    int pad = ui_px(ui, 22), x = s.x + pad, w = s.w - 2 * pad;
    int y = s.y + pad - app->side_scroll + summary_h(app);
    for (size_t i = 0; i < app->n_missed && s.w > 0; i++) {
        int h = missed_card(app, (int)i, (SDL_Rect){x, y, w, 0}, false);
        app_hit(app, (SDL_Rect){x, y, w, h}, ACT_MISSED, (int)i, true, PANE_SIDE);
        y += h + ui_px(ui, 10);
    }
    if (!app->n_missed) y += ui_line(ui, FONT_UI) * 2;
    app->side_h = y + app->side_scroll - s.y + pad;
    int max = app->side_h - s.h;
    if (app->side_scroll > max) app->side_scroll = max > 0 ? max : 0;
    StripButton b[4];
    app_layout_strip(app, b, strip_buttons(app, b));
}

/* The time is the sum of the answering times (from a question's appearance to its submission):
 * reading the article first and pauses between questions are not in it, so it says so. */
void results_summary_line(const App *app, char *buf, size_t size)
{
    SessionTotals t = session_totals(app->session);
    char dur[64];
    ui_format_duration(t.seconds, dur, sizeof dur);
    snprintf(buf, size, "%d of %d questions right  \xC2\xB7  %s spent answering", t.correct,
             t.total, dur);
}

const char *results_footer_hints(const App *app)
{
    if (!app->n_missed) return "A retry all  \xC2\xB7  Esc library";
    return "\xE2\x86\x91\xE2\x86\x93 / Tab choose a missed question to see its evidence  \xC2\xB7  "
           "M retry missed  \xC2\xB7  A retry all  \xC2\xB7  Esc library";
}

static void render_summary(App *app, int x, int y, int w)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    SessionTotals t = session_totals(app->session);
    const char *label = app->mode && strcmp(app->mode, "review") == 0 ? "SELF-STUDY REVIEW"
                        : app->mode && strcmp(app->mode, "retry") == 0 ? "RETRY OF MISSED QUESTIONS"
                        : "YOUR RESULT";
    ui_text(ui, FONT_SMALL_BOLD, th->accent, x, y, label);
    y += ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 6);
    char got[32], max[32], big[96], line[256];
    ui_format_points(t.score, got, sizeof got);
    ui_format_points(t.max_score, max, sizeof max);
    snprintf(big, sizeof big, "%s / %s", got, max);
    int bw = ui_text(ui, FONT_HUGE, th->text, x, y, big);
    int pct = t.max_score > 0 ? (int)(100.0 * t.score / t.max_score + 0.5) : 0;
    snprintf(line, sizeof line, "%d%%", pct);
    ui_text(ui, FONT_H1, pct >= 70 ? th->good : th->text, x + bw + ui_px(ui, 18),
            y + ui_line(ui, FONT_HUGE) - ui_line(ui, FONT_H1) - ui_px(ui, 6), line);
    y += ui_line(ui, FONT_HUGE) + ui_px(ui, 4);
    results_summary_line(app, line, sizeof line);
    ui_text_fit_draw(ui, FONT_UI, th->muted, x, y, w, line);
    y += ui_line(ui, FONT_UI) + ui_px(ui, 6);
    quiz_cite_summary(app, line, sizeof line); /* guesses and misreadings of cite questions */
    if (line[0]) y += ui_text_wrapped(ui, FONT_UI, th->muted, x, y, w, line) + ui_px(ui, 6);
    y += ui_px(ui, 12);
    for (int k = 0; k < KIND_COUNT; k++) {
        if (!t.kind_total[k]) continue;
        ui_text(ui, FONT_UI_BOLD, th->text, x, y, ui_kind_label((QuestionKind)k));
        ui_format_points(t.kind_score[k], got, sizeof got);
        ui_format_points(t.kind_max[k], max, sizeof max);
        snprintf(line, sizeof line, "%d of %d right  \xC2\xB7  %s / %s points", t.kind_correct[k], t.kind_total[k], got, max);
        int lw = ui_measure(ui, FONT_UI, line);
        ui_text(ui, FONT_UI, th->muted, x + w - lw, y, line);
        y += ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 6);
        double frac = t.kind_max[k] > 0 ? t.kind_score[k] / t.kind_max[k] : 0;
        ui_bar(ui, (SDL_Rect){x, y, w, ui_px(ui, 14)}, frac, frac >= 0.7 ? th->good : th->accent);
        y += ui_px(ui, 24);
    }
    y += ui_px(ui, 12);
    ui_text(ui, FONT_H2, th->text, x, y, app->n_missed ? "Questions to look at again" : "Nothing missed \xE2\x80\x94 well read!");
    y += ui_line(ui, FONT_H2) + ui_px(ui, 10);
    if (!app->n_missed)
        ui_text_wrapped(ui, FONT_UI, th->muted, x, y, w, "Every answer was right. Try another article from the library.");
}

static void render(App *app)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const PackEntry *e = packs_current(app);
    app_render_top(app, e && e->pack ? e->pack->title : "");
    if (!app->session) return;
    app_render_article_pane(app);
    SDL_Rect s = app->side_content;
    if (s.w > 0) {
        ui_fill(ui, s, th->bg);
        ui_clip(ui, &s);
        int pad = ui_px(ui, 22);
        render_summary(app, s.x + pad, s.y + pad - app->side_scroll, s.w - 2 * pad);
        for (size_t i = 0; i < app->n_hits; i++) {
            const Hit *h = &app->hits[i];
            if (h->act != ACT_MISSED) continue;
            WidgetState st = app_widget_state(app, h->act, h->arg);
            bool sel = h->arg == app->missed_sel;
            ui_fill_round(ui, h->r, ui_px(ui, 8), sel ? th->accent : th->border);
            int t = sel ? ui_px(ui, 3) : 1;
            ui_fill_round(ui, (SDL_Rect){h->r.x + t, h->r.y + t, h->r.w - 2 * t, h->r.h - 2 * t}, ui_px(ui, 7),
                          st.hover ? th->hover : th->panel);
            missed_card(app, h->arg, h->r, true);
            if (st.focus) ui_focus_ring(ui, h->r);
        }
        ui_clip(ui, NULL);
        app_render_side_scrollbar(app);
    }
    StripButton b[4];
    app_render_strip(app, b, strip_buttons(app, b));
    app_render_footer(app, results_footer_hints(app));
}

static bool key(App *app, const SDL_KeyboardEvent *k)
{
    switch (k->keysym.sym) {
    case SDLK_m: play_retry_missed(app); return true;
    case SDLK_a: if (k->keysym.mod & KMOD_CTRL) return false; play_start(app, "study", NULL, 0); return true;
    case SDLK_PAGEUP: case SDLK_PAGEDOWN:
        av_scroll_by(&app->av, (k->keysym.sym == SDLK_PAGEUP ? -1 : 1) * app->av.view.h * 7 / 8);
        return app->pane_article.w > 0;
    case SDLK_ESCAPE: play_abandon(app); return true;
    default: return false;
    }
}

static bool mouse(App *app, const SDL_Event *e)
{
    int clicked;
    return app_article_mouse(app, e, &clicked);
}

static void activate(App *app, Action act, int arg)
{
    switch (act) {
    case ACT_MISSED:
        play_show_missed(app, arg);
        if (!app->split) app->show_article = true;
        break;
    case ACT_RETRY_MISSED: play_retry_missed(app); break;
    case ACT_RETRY_ALL: play_start(app, "study", NULL, 0); break;
    case ACT_BACK: case ACT_LIBRARY: play_abandon(app); break;
    case ACT_TOGGLE_PANE: app->show_article = !app->show_article; break;
    default: break;
    }
}

static void enter(App *app)
{
    app_layout(app);
    app_set_focus(app, app->n_missed ? ACT_MISSED : ACT_LIBRARY, 0);
    app->side_scroll = 0; /* the score first, even when the focused card is further down */
    app_layout(app);
}

const ScreenDef screen_results = {layout, render, key, mouse, activate, enter};
