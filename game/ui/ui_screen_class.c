/* ui_screen_class.c — a pack's class results, for the teacher: a bar per question with the share
 * of students who got it right, the most missed first, then a bar per kind (speakers, claims,
 * timeline). Cite questions (issue 9) also say how many were right for the wrong reason (a guess:
 * right answer, wrong sentence) or the other way round (a misreading), and a list by student
 * follows. Enter or a click on a question opens it: the whole prompt, the correct answer and
 * the explanation, to talk the class through it. The figures are core's (class_stats.h: each
 * student's latest answer to each question, from the answers saved on this computer). */
#include "class_stats.h"
#include "ui_format.h"
#include "ui_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROW_PAD 14
#define BAR_UNITS 14

static SDL_Rect column(App *app)
{
    Ui *ui = &app->ui;
    int w = ui_px(ui, 980);
    if (w > app->main.w - 2 * ui_px(ui, 20)) w = app->main.w - 2 * ui_px(ui, 20);
    return (SDL_Rect){app->main.x + (app->main.w - w) / 2, app->main.y, w, app->main.h};
}

static const Pack *class_pack(const App *app)
{
    const PackEntry *e = packs_current(app);
    return e ? e->pack : NULL;
}

void class_results_free(App *app)
{
    if (app->class_stats) class_stats_free(app->class_stats);
    free(app->class_stats);
    app->class_stats = NULL;
}

void class_results_open(App *app, int pack)
{
    if (pack < 0 || (size_t)pack >= app->n_packs || !app->packs[pack].pack) return;
    class_results_free(app);
    app->cur = pack;
    app->class_err[0] = '\0';
    app->class_open = -1;
    if (!app->store) {
        snprintf(app->class_err, sizeof app->class_err,
                 "Progress is not being saved on this computer, so there are no class results.");
    } else if (!(app->class_stats = malloc(sizeof *app->class_stats))) {
        snprintf(app->class_err, sizeof app->class_err, "Out of memory.");
    } else if (!class_stats_build(app->store, app->packs[pack].pack, app->class_stats, app->class_err,
                                  sizeof app->class_err)) {
        class_results_free(app);
    }
    app_go(app, SCREEN_CLASS);
}

static SDL_Color rate_colour(const Theme *th, double rate)
{
    return rate >= 0.7 ? th->good : rate >= 0.5 ? th->accent : th->bad;
}

static int percent(double rate)
{
    return (int)(rate * 100 + 0.5);
}

SDL_Rect class_row_bar(App *app, SDL_Rect row)
{
    Ui *ui = &app->ui;
    int pad = ui_px(ui, ROW_PAD);
    return (SDL_Rect){row.x + pad, row.y + pad + ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 6),
                      row.w - 2 * pad, ui_px(ui, BAR_UNITS)};
}

/* The opened row's extra lines: the whole prompt when the row had to shorten it, the correct
 * answer, the explanation. */
static int row_details(App *app, const Question *q, bool cut, int x, int y, int w, bool draw)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    char correct[600], line[700];
    answer_describe_correct(class_pack(app), q, correct, sizeof correct);
    snprintf(line, sizeof line, "Correct answer: %s", correct);
    int h = ui_px(ui, 8);
    if (cut) {
        if (draw) ui_text_wrapped(ui, FONT_UI, th->text, x, y + h, w, q->prompt);
        h += ui_text_wrapped_h(ui, FONT_UI, th->text, w, q->prompt) + ui_px(ui, 6);
    }
    if (draw) ui_text_wrapped(ui, FONT_UI_BOLD, th->text, x, y + h, w, line);
    h += ui_text_wrapped_h(ui, FONT_UI_BOLD, th->text, w, line) + ui_px(ui, 6);
    if (draw) ui_text_wrapped(ui, FONT_UI, th->muted, x, y + h, w, q->explanation);
    h += ui_text_wrapped_h(ui, FONT_UI, th->muted, w, q->explanation);
    return h;
}

/* A cite question's line: "Evidence asked · 3 guessed (right answer, wrong sentence) · 1 misread
 * (right sentence, wrong answer)"; "" for other questions. */
static void cite_line(const ClassQuestion *cq, const Question *q, char *buf, size_t size)
{
    buf[0] = '\0';
    if (!q->cite) return;
    if (!cq->cited) {
        snprintf(buf, size, "Evidence asked too  \xC2\xB7  no two-part answers yet");
        return;
    }
    snprintf(buf, size, "Evidence asked too  \xC2\xB7  %d guessed (right answer, wrong sentence)  \xC2\xB7  "
             "%d misread (right sentence, wrong answer)", cq->guesses, cq->misreads);
}

/* One question's row: "N. prompt…", "% right · n of m students", a bar, a meta line (and a cite
 * line). Measured (draw false) or drawn; returns its height. */
static int question_row(App *app, int pos, SDL_Rect r, bool draw)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const ClassQuestion *cq = &app->class_stats->questions[pos];
    const Question *q = &class_pack(app)->questions[cq->question];
    int pad = ui_px(ui, ROW_PAD), x = r.x + pad, w = r.w - 2 * pad, y = r.y + pad;
    char stat[128], head[300], meta[300], pts[32], max[32], dur[32];
    if (cq->students)
        snprintf(stat, sizeof stat, "%d%% right  \xC2\xB7  %d of %d student%s", percent(cq->rate), cq->right,
                 cq->students, cq->students == 1 ? "" : "s");
    else
        snprintf(stat, sizeof stat, "no answers yet");
    snprintf(head, sizeof head, "%d. %s", cq->question + 1, q->prompt);
    ui_format_points(cq->avg_points, pts, sizeof pts);
    ui_format_points(cq->max_points, max, sizeof max);
    dur[0] = '\0';
    if (cq->avg_seconds >= 0.5) { /* scripted play answers instantly: no "in 0 s" */
        memcpy(dur, " in ", 5);
        ui_format_duration(cq->avg_seconds, dur + 4, sizeof dur - 4);
    }
    if (cq->students)
        snprintf(meta, sizeof meta, "%s  \xC2\xB7  on average %s of %s point%s%s  \xC2\xB7  %s",
                 ui_kind_label(q->kind), pts, max, cq->max_points == 1 ? "" : "s", dur, q->id);
    else
        snprintf(meta, sizeof meta, "%s  \xC2\xB7  %s", ui_kind_label(q->kind), q->id);
    int sw = ui_measure(ui, FONT_UI_BOLD, stat), head_w = w - sw - ui_px(ui, 16);
    bool cut = app->class_open == pos && ui_measure(ui, FONT_UI, head) > head_w;
    if (draw) {
        ui_text_fit_draw(ui, FONT_UI, th->text, x, y, head_w, head);
        ui_text(ui, FONT_UI_BOLD, cq->students ? rate_colour(th, cq->rate) : th->muted, x + w - sw, y, stat);
        ui_bar(ui, class_row_bar(app, r), cq->students ? cq->rate : 0, rate_colour(th, cq->rate));
    }
    y += ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 6) + ui_px(ui, BAR_UNITS) + ui_px(ui, 6);
    if (draw) ui_text_fit_draw(ui, FONT_SMALL, th->muted, x, y, w, meta);
    y += ui_line(ui, FONT_SMALL);
    char cite[300];
    cite_line(cq, q, cite, sizeof cite);
    if (cite[0]) {
        y += ui_px(ui, 4);
        y += draw ? ui_text_wrapped(ui, FONT_SMALL, th->text, x, y, w, cite) : ui_text_wrapped_h(ui, FONT_SMALL, th->text, w, cite);
    }
    if (app->class_open == pos) y += row_details(app, q, cut, x, y, w, draw);
    return y + pad - r.y;
}

/* A kind's bar: "Speakers", "3 of 6 answers right · 50 %". */
static int kind_row(App *app, QuestionKind k, int x, int y, int w, bool draw)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const ClassKind *ck = &app->class_stats->kinds[k];
    if (draw) {
        char line[160];
        if (ck->answers)
            snprintf(line, sizeof line, "%d of %d answers right  \xC2\xB7  %d%%  \xC2\xB7  %d question%s", ck->right,
                     ck->answers, percent(ck->rate), ck->questions, ck->questions == 1 ? "" : "s");
        else
            snprintf(line, sizeof line, "no answers yet  \xC2\xB7  %d question%s", ck->questions,
                     ck->questions == 1 ? "" : "s");
        ui_text(ui, FONT_UI_BOLD, th->text, x, y, ui_kind_label(k));
        int lw = ui_measure(ui, FONT_UI, line);
        ui_text(ui, FONT_UI, th->muted, x + w - lw, y, line);
        ui_bar(ui, (SDL_Rect){x, y + ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 6), w, ui_px(ui, BAR_UNITS)},
               ck->answers ? ck->rate : 0, rate_colour(th, ck->rate));
    }
    return ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 6) + ui_px(ui, BAR_UNITS) + ui_px(ui, 18);
}

/* Cite questions by student: who was right for the wrong reason, and who the other way round.
 * Only when some answer had both parts; returns the height. */
static int by_student(App *app, int x, int y, int w, bool draw)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const ClassStats *cs = app->class_stats;
    if (!cs->cited) return 0;
    int y0 = y;
    y += ui_px(ui, 14);
    if (draw) ui_text(ui, FONT_H2, th->text, x, y, "Right for the wrong reason, by student");
    y += ui_line(ui, FONT_H2) + ui_px(ui, 10);
    for (size_t i = 0; i < cs->n_by_student; i++) {
        const ClassStudent *st = &cs->by_student[i];
        if (!st->cited) continue;
        char line[200];
        snprintf(line, sizeof line, "%d guessed  \xC2\xB7  %d misread  \xC2\xB7  of %d two-part answer%s", st->guesses,
                 st->misreads, st->cited, st->cited == 1 ? "" : "s");
        int lw = ui_measure(ui, FONT_UI, line);
        if (draw) {
            ui_text_fit_draw(ui, FONT_UI_BOLD, th->text, x, y, w - lw - ui_px(ui, 16), st->name);
            ui_text(ui, FONT_UI, st->guesses || st->misreads ? th->text : th->muted, x + w - lw, y, line);
        }
        y += ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 8);
    }
    return y - y0;
}

/* The scrolled list: lays it out (draw false: records the rows' hits) or draws it; returns the
 * height of its content. */
static int list(App *app, bool draw)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const ClassStats *cs = app->class_stats;
    if (!cs || !class_pack(app)) return 0;
    SDL_Rect c = column(app);
    int y0 = app->list_view.y + ui_px(ui, 4) - app->list_scroll, y = y0, gap = ui_px(ui, 10);
    if (draw) ui_text(ui, FONT_H2, th->text, c.x, y, "Questions, most missed first");
    y += ui_line(ui, FONT_H2) + gap;
    for (size_t i = 0; i < cs->n_questions; i++) {
        SDL_Rect r = {c.x, y, c.w, 0};
        r.h = question_row(app, (int)i, r, false);
        if (!draw) app_hit(app, r, ACT_CLASS_ROW, (int)i, true, PANE_LIST);
        if (draw && r.y < app->list_view.y + app->list_view.h && r.y + r.h > app->list_view.y) {
            WidgetState st = app_widget_state(app, ACT_CLASS_ROW, (int)i);
            bool open = app->class_open == (int)i;
            ui_fill_round(ui, r, ui_px(ui, 8), open ? th->accent : th->border);
            int t = open ? ui_px(ui, 3) : 1;
            ui_fill_round(ui, (SDL_Rect){r.x + t, r.y + t, r.w - 2 * t, r.h - 2 * t}, ui_px(ui, 7),
                          st.hover ? th->hover : th->panel);
            question_row(app, (int)i, r, true);
            if (st.focus) ui_focus_ring(ui, r);
        }
        y += r.h + gap;
    }
    y += ui_px(ui, 14);
    if (draw) ui_text(ui, FONT_H2, th->text, c.x, y, "By kind");
    y += ui_line(ui, FONT_H2) + gap;
    for (int k = 0; k < KIND_COUNT; k++)
        if (cs->kinds[k].questions) y += kind_row(app, (QuestionKind)k, c.x, y, c.w, draw);
    y += by_student(app, c.x, y, c.w, draw);
    return y - y0 + ui_px(ui, 8);
}

static int header_h(App *app)
{
    Ui *ui = &app->ui;
    return ui_px(ui, 24) + ui_line(ui, FONT_H1) + ui_px(ui, 4) + ui_line(ui, FONT_UI) + ui_px(ui, 18);
}

static void layout(App *app)
{
    app_layout_back(app);
    SDL_Rect c = column(app);
    int top = c.y + header_h(app);
    app->list_view = (SDL_Rect){app->main.x, top, app->main.w, app->main.y + app->main.h - top};
    size_t mark = app->n_hits;
    app->list_h = list(app, false);
    int max = app->list_h - app->list_view.h;
    int clamped = app->list_scroll > max ? (max > 0 ? max : 0) : app->list_scroll;
    if (clamped != app->list_scroll) { /* e.g. a row closed at the bottom: lay out again */
        app->list_scroll = clamped;
        app->n_hits = mark;
        list(app, false);
    }
}

static void summary(const App *app, char *buf, size_t size)
{
    const ClassStats *cs = app->class_stats;
    if (!cs) {
        snprintf(buf, size, "%s", app->class_err);
    } else if (!cs->answers) {
        snprintf(buf, size, "No answers saved for this pack yet: they appear here once students "
                 "play it on this computer.");
    } else {
        int n = snprintf(buf, size, "%d student%s  \xC2\xB7  %d answer%s  \xC2\xB7  each student\xE2\x80\x99s latest "
                         "answer to each question counts", cs->students, cs->students == 1 ? "" : "s",
                         cs->answers, cs->answers == 1 ? "" : "s");
        if (cs->ignored && n > 0 && (size_t)n < size)
            snprintf(buf + n, size - (size_t)n, "  \xC2\xB7  %zu to removed questions left out", cs->ignored);
    }
}

static void render(App *app)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const Pack *p = class_pack(app);
    app_render_top(app, p ? p->title : "");
    SDL_Rect c = column(app);
    int y = c.y + ui_px(ui, 24);
    char title[400], line[600];
    snprintf(title, sizeof title, "Class results: %s", p ? p->title : "");
    ui_text_fit_draw(ui, FONT_H1, th->text, c.x, y, c.w, title);
    y += ui_line(ui, FONT_H1) + ui_px(ui, 4);
    summary(app, line, sizeof line);
    ui_text_fit_draw(ui, FONT_UI, app->class_stats ? th->muted : th->bad, c.x, y, c.w, line);
    ui_clip(ui, &app->list_view);
    list(app, true);
    ui_clip(ui, NULL);
    app_render_footer(app, "\xE2\x86\x91\xE2\x86\x93 / Tab move  \xC2\xB7  Enter show the answer  \xC2\xB7  "
                           "PgUp PgDn Home End / wheel scroll  \xC2\xB7  Esc back to the library");
}

static bool key(App *app, const SDL_KeyboardEvent *k)
{
    switch (k->keysym.sym) {
    case SDLK_PAGEDOWN: app->list_scroll += app->list_view.h * 3 / 4; return true;
    case SDLK_PAGEUP:
        app->list_scroll -= app->list_view.h * 3 / 4;
        if (app->list_scroll < 0) app->list_scroll = 0;
        return true;
    case SDLK_HOME: app->list_scroll = 0; return true;
    case SDLK_END: app->list_scroll = app->list_h; return true; /* layout clamps it */
    default: return false;
    }
}

static void activate(App *app, Action act, int arg)
{
    switch (act) {
    case ACT_BACK:
        class_results_free(app);
        app_go(app, SCREEN_LIBRARY);
        break;
    case ACT_CLASS_ROW:
        app->class_open = app->class_open == arg ? -1 : arg;
        app_set_focus(app, ACT_CLASS_ROW, arg); /* keeps the opened row in view */
        break;
    default: break;
    }
}

static void enter(App *app)
{
    app->list_scroll = 0;
    app_layout(app);
    if (app->class_stats && app->class_stats->n_questions) app_set_focus(app, ACT_CLASS_ROW, 0);
    else app_set_focus(app, ACT_BACK, 0);
    app->list_scroll = 0;
    app_layout(app);
}

const ScreenDef screen_class = {layout, render, key, NULL, activate, enter};
