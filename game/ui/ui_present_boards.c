/* ui_present_boards.c — the scoreboard after a question, the final podium, and the footer of
 * teacher controls under every session screen (each a button naming its key). */
#include "ui_format.h"
#include "ui_present_internal.h"
#include "ui_widgets.h"
#include <stdio.h>
#include <string.h>

/* --- footer ---------------------------------------------------------------------------------- */

static const struct {
    const char *key, *label;
} action_text[PA_COUNT] = {
    [PA_REVEAL] = {"Space", "Reveal"},   [PA_EVIDENCE] = {"E", "Evidence"},
    [PA_SCORES] = {"S", "Scores"},       [PA_NEXT] = {"\xE2\x86\x92", "Next"},
    [PA_BACK] = {"\xE2\x86\x90", "Back"}, [PA_SKIP] = {"K", "Skip"},
    [PA_PAUSE] = {"P", "Pause"},         [PA_EXTRA] = {"+", "15 s"},
    [PA_END] = {"Esc", "End"},           [PA_LOCK] = {"Enter", "Lock in"},
    [PA_CANCEL] = {"Esc", "Cancel"},   [PA_LEAVE] = {"Esc", "Close"},
};

/* Most useful first: when the window is narrow the last ones are left out. */
static const PsAction footer_order[] = {PA_LOCK, PA_CANCEL, PA_REVEAL, PA_EVIDENCE, PA_SCORES,
                                        PA_NEXT, PA_PAUSE, PA_EXTRA, PA_BACK, PA_SKIP, PA_END,
                                        PA_LEAVE};

static const char *label_of(const PresentScreen *ps, PsAction a)
{
    if (a == PA_PAUSE && presenter_phase(ps->p) == PHASE_PAUSED) return "Resume";
    return action_text[a].label;
}

static int button_w(PresentScreen *ps, PsAction a)
{
    return ps_key_button_w(&ps->ui, action_text[a].key, label_of(ps, a));
}

void ps_footer_layout(PresentScreen *ps)
{
    Ui *ui = &ps->ui;
    int h = ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 14);
    ps->footer = (SDL_Rect){0, ui->h - h, ui->w, h};
    int gap = ui_px(ui, 6), m = ui_px(ui, 12);
    int x = ui->w - m, min_x = ui->w / 4;
    /* Choose in priority order while they fit in the right three quarters (the left quarter
     * keeps room for a status message), then place them right-aligned. */
    PsAction chosen[PA_COUNT];
    size_t n = 0;
    int total = 0;
    for (size_t i = 0; i < sizeof footer_order / sizeof footer_order[0]; i++) {
        PsAction a = footer_order[i];
        if (!ps_action_available(ps, a)) continue;
        int w = button_w(ps, a);
        if (x - total - w < min_x) break;
        total += w + gap;
        chosen[n++] = a;
    }
    x -= total - gap;
    for (size_t i = 0; i < n; i++) {
        int w = button_w(ps, chosen[i]);
        ps_hit(ps, (SDL_Rect){x, ps->footer.y + ui_px(ui, 4), w, h - ui_px(ui, 8)}, HIT_ACTION, (int)chosen[i]);
        x += w + gap;
    }
}

/* What the keys do while answers are taken, for the teacher (left of the buttons). */
static void entry_hint(const PresentScreen *ps, char *buf, size_t n)
{
    buf[0] = '\0';
    PresentPhase ph = presenter_phase(ps->p);
    if (ps->citing) {
        snprintf(buf, n, "1\xE2\x80\x93%d, \xE2\x86\x91\xE2\x86\x93 or a click: the sentence", ps->ex.n_sent);
        return;
    }
    if (ph != PHASE_ASKING && ph != PHASE_PAUSED) return;
    const Question *q = presenter_question(ps->p);
    int turn = presenter_turn(ps->p);
    if (!ps->draft.open) {
        if (turn >= 0) snprintf(buf, n, "%d: type the answer", turn + 1);
        else snprintf(buf, n, "1\xE2\x80\x93%zu: enter a team's answer", presenter_team_count(ps->p));
        return;
    }
    char last = answer_letter((int)q->n_choices - 1);
    switch (q->format) {
    case FORMAT_CHOICE: snprintf(buf, n, "A\xE2\x80\x93%c: the answer", last); return;
    case FORMAT_MULTI: snprintf(buf, n, "A\xE2\x80\x93%c: pick \xC2\xB7 Enter: lock in", last); return;
    case FORMAT_TRUE_FALSE: snprintf(buf, n, "T or F: the answer"); return;
    case FORMAT_ORDER:
        snprintf(buf, n, "1\xE2\x80\x93%zu, \xE2\x86\x91\xE2\x86\x93: arrange", q->n_order);
        return;
    case FORMAT_TEXT: snprintf(buf, n, "Type \xC2\xB7 Enter: lock in"); return;
    case FORMAT_EVIDENCE: snprintf(buf, n, "1\xE2\x80\x93%d or a click: the sentence", ps->ex.n_sent); return;
    default: return;
    }
}

void ps_footer_render(PresentScreen *ps)
{
    Ui *ui = &ps->ui;
    const Theme *th = ui->th;
    int left = ps->footer.w;
    for (size_t i = 0; i < ps->n_hits; i++) {
        const PsHit *h = &ps->hits[i];
        if (h->kind != HIT_ACTION) continue;
        if (h->r.x < left) left = h->r.x;
        ps_key_button(ui, h->r, action_text[h->arg].key, label_of(ps, (PsAction)h->arg));
    }
    char hint[160];
    entry_hint(ps, hint, sizeof hint);
    int m = ui_px(ui, 12), y = ps->footer.y + (ps->footer.h - ui_line(ui, FONT_SMALL_BOLD)) / 2;
    if (ps->status[0]) ui_text_fit_draw(ui, FONT_SMALL_BOLD, th->bad, m, y, left - 2 * m, ps->status);
    else if (hint[0]) ui_text_fit_draw(ui, FONT_SMALL, th->muted, m, y, left - 2 * m, hint);
}

/* --- ranks ----------------------------------------------------------------------------------- */

/* Ranks with ties (1, 1, 3): rank[i] for ranking position i. */
static void ranks(const Presenter *p, const size_t *order, size_t n, int *rank)
{
    for (size_t i = 0; i < n; i++) {
        bool tie = i > 0 && presenter_team_score(p, order[i]) == presenter_team_score(p, order[i - 1]);
        rank[i] = tie ? rank[i - 1] : (int)i + 1;
    }
}

static void title(PresentScreen *ps, const char *text, const char *sub)
{
    Ui *ui = &ps->ui;
    int m = ui_px(ui, 20);
    ui_text_fit_draw(ui, FONT_H1, ui->th->text, m, m, ui->w - 2 * m, text);
    if (sub) ui_text_fit_draw(ui, FONT_UI, ui->th->muted, m, m + ui_line(ui, FONT_H1), ui->w - 2 * m, sub);
}

/* --- scoreboard -------------------------------------------------------------------------------- */

void ps_scoreboard_render(PresentScreen *ps)
{
    Ui *ui = &ps->ui;
    const Theme *th = ui->th;
    const Presenter *p = ps->p;
    size_t n = presenter_team_count(p), order[PRESENT_MAX_TEAMS];
    int rank[PRESENT_MAX_TEAMS];
    presenter_ranking(p, order);
    ranks(p, order, n, rank);
    char buf[160];
    snprintf(buf, sizeof buf, "Scores after question %zu of %zu", presenter_position(p) + 1, presenter_count(p));
    title(ps, buf, ps->cfg.pack->title);
    int m = ui_px(ui, 20);
    int top = m + ui_line(ui, FONT_H1) + ui_line(ui, FONT_UI) + m;
    int avail = ps->footer.y - m - top;
    int row = avail / (int)n, max_row = ui_line(ui, FONT_H2) + ui_px(ui, 26);
    if (row > max_row) row = max_row;
    double best = presenter_team_score(p, order[0]);
    int rank_w = ui_measure(ui, FONT_H2, "8.") + ui_px(ui, 10);
    int name_w = (ui->w - 2 * m) * 28 / 100;
    int score_w = ui_measure(ui, FONT_H2, "000.00") + ui_px(ui, 10);
    int gain_w = ui_measure(ui, FONT_UI_BOLD, "+00.00") + ui_px(ui, 10);
    int bar_x = m + rank_w + name_w, bar_w = ui->w - m - gain_w - score_w - bar_x - ui_px(ui, 12);
    for (size_t i = 0; i < n; i++) {
        size_t t = order[i];
        int y = top + (int)i * row, ty = y + (row - ui_line(ui, FONT_H2)) / 2;
        if (i % 2 == 0) ui_fill_round(ui, (SDL_Rect){m / 2, y, ui->w - m, row}, ui_px(ui, 8), th->panel);
        snprintf(buf, sizeof buf, "%d.", rank[i]);
        ui_text(ui, FONT_H2, th->muted, m, ty, buf);
        ui_text_fit_draw(ui, FONT_H2, th->text, m + rank_w, ty, name_w - ui_px(ui, 10), presenter_team_name(p, t));
        double s = presenter_team_score(p, t);
        int bh = row / 2;
        ui_bar(ui, (SDL_Rect){bar_x, y + (row - bh) / 2, bar_w, bh}, best > 0 ? s / best : 0, th->accent);
        ui_format_points(s, buf, sizeof buf);
        int sw = ui_measure(ui, FONT_H2, buf);
        ui_text(ui, FONT_H2, th->text, bar_x + bar_w + ui_px(ui, 12) + score_w - sw, ty, buf);
        const TeamResult *r = presenter_result(p, presenter_position(p), t);
        if (presenter_question_revealed(p, presenter_position(p)) && r && r->answered) {
            char pts[32];
            ui_format_points(r->grade.points + r->bonus, pts, sizeof pts);
            snprintf(buf, sizeof buf, "+%s", pts);
            ui_text(ui, FONT_UI_BOLD, r->grade.points > 0 ? th->good : th->muted, ui->w - m - gain_w + ui_px(ui, 10),
                    y + (row - ui_line(ui, FONT_UI_BOLD)) / 2, buf);
        }
    }
}

/* --- podium ------------------------------------------------------------------------------------ */

static void step(PresentScreen *ps, SDL_Rect r, int rank, size_t team, bool first)
{
    Ui *ui = &ps->ui;
    const Theme *th = ui->th;
    const Presenter *p = ps->p;
    ps_thick_outline(ui, r, ui_px(ui, 10), ui_px(ui, 3), first ? th->accent : th->border,
                     first ? th->accent : th->panel);
    char num[8];
    snprintf(num, sizeof num, "%d", rank);
    FontRole nf = first ? FONT_HUGE : FONT_H1;
    SDL_Color nc = first ? th->accent_text : th->text;
    ui_text(ui, nf, nc, r.x + (r.w - ui_measure(ui, nf, num)) / 2, r.y + ui_px(ui, 10), num);
    char pts[32];
    ui_format_points(presenter_team_score(p, team), pts, sizeof pts);
    int y = r.y - ui_line(ui, FONT_UI) - ui_px(ui, 6);
    ui_text(ui, FONT_UI_BOLD, th->muted, r.x + (r.w - ui_measure(ui, FONT_UI_BOLD, pts)) / 2, y, pts);
    const char *name = presenter_team_name(p, team);
    int nw = ui_measure(ui, FONT_H2, name);
    if (nw > r.w) nw = r.w;
    y -= ui_line(ui, FONT_H2);
    ui_text_fit_draw(ui, FONT_H2, th->text, r.x + (r.w - nw) / 2, y, r.w, name);
}

void ps_podium_render(PresentScreen *ps)
{
    Ui *ui = &ps->ui;
    const Theme *th = ui->th;
    const Presenter *p = ps->p;
    size_t n = presenter_team_count(p), order[PRESENT_MAX_TEAMS];
    int rank[PRESENT_MAX_TEAMS];
    presenter_ranking(p, order);
    ranks(p, order, n, rank);
    title(ps, "Final scores", ps->cfg.pack->title);
    int m = ui_px(ui, 20);
    int top = m + ui_line(ui, FONT_H1) + ui_line(ui, FONT_UI) + m;
    int bottom = ps->footer.y - m;
    int area_w = (ui->w - 3 * m) * 62 / 100;
    int gap = ui_px(ui, 10);
    int sw = (area_w - 2 * gap) / 3;
    int room = bottom - top - ui_line(ui, FONT_H2) - ui_line(ui, FONT_UI) - ui_px(ui, 12);
    static const int height_pct[3] = {100, 72, 50};
    static const int column[3] = {1, 0, 2}; /* first in the middle, second left, third right */
    for (size_t i = 0; i < n && i < 3; i++) {
        int h = room * height_pct[rank[i] - 1] / 100; /* tied teams stand equally high */
        SDL_Rect r = {m + column[i] * (sw + gap), bottom - h, sw, h};
        step(ps, r, rank[i], order[i], rank[i] == 1);
    }
    /* The full ranking, right. */
    int x = m + area_w + m, w = ui->w - x - m;
    ui_text(ui, FONT_UI_BOLD, th->text, x, top, "Ranking");
    int y = top + ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 8);
    int row = (bottom - y) / (int)n;
    if (row > ui_line(ui, FONT_UI) + ui_px(ui, 14)) row = ui_line(ui, FONT_UI) + ui_px(ui, 14);
    for (size_t i = 0; i < n; i++) {
        char buf[32], pts[32];
        int ry = y + (int)i * row;
        if (i % 2 == 0) ui_fill_round(ui, (SDL_Rect){x - ui_px(ui, 8), ry, w + ui_px(ui, 16), row}, ui_px(ui, 6), th->panel);
        int ty = ry + (row - ui_line(ui, FONT_UI)) / 2;
        snprintf(buf, sizeof buf, "%d.", rank[i]);
        int rw = ui_measure(ui, FONT_UI_BOLD, "8.") + ui_px(ui, 8);
        ui_text(ui, FONT_UI_BOLD, th->muted, x, ty, buf);
        ui_format_points(presenter_team_score(p, order[i]), pts, sizeof pts);
        int pw = ui_measure(ui, FONT_UI_BOLD, pts);
        ui_text(ui, FONT_UI_BOLD, th->text, x + w - pw, ty, pts);
        ui_text_fit_draw(ui, FONT_UI, th->text, x + rw, ty, w - rw - pw - ui_px(ui, 10),
                         presenter_team_name(p, order[i]));
    }
}
