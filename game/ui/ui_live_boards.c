/* ui_live_boards.c — the leaderboard after a question, the podium at the end, the student-paced
 * grid, and the footer of teacher buttons under every live screen.
 *
 * The big screen never shows the bottom of the class: the leaderboard has the top LIVE_TOP_N
 * and one line for everyone else, the podium the first three. The grid (student-paced) shows
 * each student's result per question as a symbol (✓ right, half square partly, ✗ wrong, – skipped,
 * · not yet), so it reads without colour; the teacher hides it with H. */
#include "ui_format.h"
#include "ui_live_internal.h"
#include "ui_widgets.h"
#include <stdio.h>
#include <string.h>

/* --- footer ------------------------------------------------------------------------------------ */

static const struct {
    const char *key, *label;
} action_text[LA_COUNT] = {
    [LA_START] = {"Enter", "Start"},     [LA_LOCK] = {"L", "Lock room"},
    [LA_REVEAL] = {"Space", "Reveal"},   [LA_BOARD] = {"S", "Leaderboard"},
    [LA_NEXT] = {"\xE2\x86\x92", "Next"}, [LA_PAUSE] = {"P", "Pause"},
    [LA_EXTRA] = {"+", "15 s"},          [LA_HIDE] = {"H", "Hide grid"},
    [LA_END] = {"Esc", "End"},           [LA_CLOSE] = {"Esc", "Close"},
};

/* Most useful first: a narrow window leaves out the last ones (their keys still work). */
static const LvAction footer_order[] = {LA_START, LA_REVEAL, LA_BOARD, LA_NEXT, LA_HIDE, LA_PAUSE,
                                        LA_EXTRA, LA_LOCK, LA_END, LA_CLOSE};

static const char *label_of(const LiveScreen *ls, LvAction a)
{
    if (a == LA_PAUSE && ls->v.phase == LIVE_PAUSED) return "Resume";
    if (a == LA_LOCK && ls->v.locked) return "Unlock room";
    if (a == LA_HIDE && ls->grid_hidden) return "Show grid";
    if (a == LA_NEXT && ls->v.position + 1 >= ls->v.n_questions) return "Finish";
    if (a == LA_END && ls->confirm_end) return "End now";
    return action_text[a].label;
}

void lv_footer_layout(LiveScreen *ls)
{
    Ui *ui = &ls->ui;
    int h = ls->footer.h, gap = ui_px(ui, 6), m = ui_px(ui, 12);
    int x = ui->w - m, min_x = ui->w / 4;
    LvAction chosen[LA_COUNT];
    size_t n = 0;
    int total = 0;
    for (size_t i = 0; i < sizeof footer_order / sizeof footer_order[0]; i++) {
        LvAction a = footer_order[i];
        if (!lv_action_available(ls, a)) continue;
        int w = ps_key_button_w(ui, action_text[a].key, label_of(ls, a));
        if (x - total - w < min_x) continue;
        total += w + gap;
        chosen[n++] = a;
    }
    x -= total - gap;
    for (size_t i = 0; i < n; i++) {
        int w = ps_key_button_w(ui, action_text[chosen[i]].key, label_of(ls, chosen[i]));
        lv_box(ls, (SDL_Rect){x, ls->footer.y + ui_px(ui, 4), w, h - ui_px(ui, 8)}, LB_ACTION, (int)chosen[i]);
        x += w + gap;
    }
}

void lv_footer_render(LiveScreen *ls)
{
    Ui *ui = &ls->ui;
    const Theme *th = ui->th;
    int left = ls->footer.w;
    for (size_t i = 0; i < ls->n_boxes; i++) {
        const LvBox *b = &ls->boxes[i];
        if (b->kind != LB_ACTION) continue;
        if (b->r.x < left) left = b->r.x;
        ps_key_button(ui, b->r, action_text[b->arg].key, label_of(ls, (LvAction)b->arg));
        if (b->arg == LA_END && ls->confirm_end) ui_outline(ui, b->r, ui_px(ui, 2), th->bad);
    }
    int m = ui_px(ui, 12), y = ls->footer.y + (ls->footer.h - ui_line(ui, FONT_SMALL_BOLD)) / 2;
    if (ls->status[0]) {
        ui_text_fit_draw(ui, FONT_SMALL_BOLD, th->bad, m, y, left - 2 * m, ls->status);
        return;
    }
    /* Latecomers can still join: the address and the code stay in the corner. */
    if (ls->v.phase == LIVE_LOBBY || ls->v.phase == LIVE_FINISHED || !ls->host.n_urls) return;
    const char *url = ls->host.urls[0];
    if (strncmp(url, "http://", 7) == 0) url += 7;
    char buf[400];
    if (ls->v.locked) snprintf(buf, sizeof buf, "Room %s is locked", ls->v.room);
    else snprintf(buf, sizeof buf, "Join: %s \xC2\xB7 code %s", url, ls->v.room);
    ui_text_fit_draw(ui, FONT_SMALL, th->muted, m, y, left - 2 * m, buf);
}

/* --- cells ------------------------------------------------------------------------------------- */

void lv_cell_symbol(Ui *ui, SDL_Rect r, LvCell c)
{
    const Theme *th = ui->th;
    int t = r.w / 8 > 1 ? r.w / 8 : 1;
    switch (c) {
    case LC_RIGHT: ps_check(ui, r, th->good); return;
    case LC_WRONG: ps_cross(ui, r, th->bad); return;
    case LC_PARTLY: { /* a square, its left half filled */
        SDL_Rect sq = {r.x + r.w / 8, r.y + r.h / 8, r.w * 3 / 4, r.h * 3 / 4};
        ui_outline(ui, sq, t, th->accent);
        ui_fill(ui, (SDL_Rect){sq.x, sq.y, sq.w / 2, sq.h}, th->accent);
        return;
    }
    case LC_SKIPPED:
        ui_fill(ui, (SDL_Rect){r.x + r.w / 4, r.y + r.h / 2 - t / 2, r.w / 2, t}, th->muted);
        return;
    default: {
        int d = t + 1;
        ui_fill(ui, (SDL_Rect){r.x + (r.w - d) / 2, r.y + (r.h - d) / 2, d, d}, th->border);
        return;
    }
    }
}

/* --- leaderboard --------------------------------------------------------------------------------- */

/* Rows of rank, name, bar and score; returns the y below them. */
static int rank_rows(LiveScreen *ls, SDL_Rect area, size_t n, FontRole f)
{
    Ui *ui = &ls->ui;
    const Theme *th = ui->th;
    int m = ui_px(ui, 16);
    int row = area.h / (int)(n + 1), max_row = ui_line(ui, f) + ui_px(ui, 26);
    if (row > max_row) row = max_row;
    double best = n ? ls->v.top[0].score : 0;
    int rank_w = ui_measure(ui, f, "300.") + ui_px(ui, 10);
    int name_w = area.w * 34 / 100;
    int score_w = ui_measure(ui, f, "000.00") + ui_px(ui, 10);
    int bar_x = area.x + m + rank_w + name_w, bar_w = area.x + area.w - m - score_w - bar_x;
    char buf[64];
    for (size_t i = 0; i < n; i++) {
        const LvRank *r = &ls->v.top[i];
        int y = area.y + (int)i * row, ty = y + (row - ui_line(ui, f)) / 2;
        SDL_Rect rr = {area.x, y, area.w, row};
        if (i % 2 == 0) ui_fill_round(ui, rr, ui_px(ui, 8), th->panel);
        lv_box(ls, rr, LB_ROW, (int)i);
        snprintf(buf, sizeof buf, "%d.", r->rank);
        ui_text(ui, f, th->muted, area.x + m, ty, buf);
        ui_text_fit_draw(ui, f, th->text, area.x + m + rank_w, ty, name_w - ui_px(ui, 10), r->name);
        int bh = row / 2;
        if (bar_w > 0) ui_bar(ui, (SDL_Rect){bar_x, y + (row - bh) / 2, bar_w, bh}, best > 0 ? r->score / best : 0, th->accent);
        ui_format_points(r->score, buf, sizeof buf);
        ui_text(ui, f, th->text, area.x + area.w - m - ui_measure(ui, f, buf), ty, buf);
    }
    return area.y + (int)n * row;
}

/* One line for everyone not shown (shown: the rows above it). */
static void everyone_else(LiveScreen *ls, size_t shown, int x, int y, int w)
{
    Ui *ui = &ls->ui;
    size_t rest = ls->v.present > shown ? ls->v.present - shown : 0;
    if (rest == 0) return;
    char buf[128];
    snprintf(buf, sizeof buf, "and %zu more student%s: every point counts on the next question", rest,
             rest == 1 ? "" : "s");
    if (ls->v.phase == LIVE_FINISHED)
        snprintf(buf, sizeof buf, "and %zu more student%s \xE2\x80\x94 well done, everyone", rest, rest == 1 ? "" : "s");
    ui_text_fit_draw(ui, FONT_UI, ui->th->muted, x, y, w, buf);
    lv_box(ls, (SDL_Rect){x, y, w, ui_line(ui, FONT_UI)}, LB_ROW, 99);
}

void lv_board_render(LiveScreen *ls)
{
    Ui *ui = &ls->ui;
    char sub[300];
    snprintf(sub, sizeof sub, "After question %zu of %zu \xC2\xB7 %s", ls->v.position + 1, ls->v.n_questions,
             ls->pack->title);
    lv_header_render(ls, "Leaderboard", sub, NULL, false);
    SDL_Rect area = ls->body;
    int more = ui_line(ui, FONT_UI) + ui_px(ui, 12);
    area.h -= more;
    int y = rank_rows(ls, area, ls->v.n_top, FONT_H2);
    everyone_else(ls, ls->v.n_top, area.x + ui_px(ui, 16), y + ui_px(ui, 12), area.w - ui_px(ui, 32));
}

/* --- podium --------------------------------------------------------------------------------------- */

static void step(LiveScreen *ls, SDL_Rect r, const LvRank *who)
{
    Ui *ui = &ls->ui;
    const Theme *th = ui->th;
    bool first = who->rank == 1;
    ps_thick_outline(ui, r, ui_px(ui, 10), ui_px(ui, 3), first ? th->accent : th->border, first ? th->accent : th->panel);
    char num[16], pts[32];
    snprintf(num, sizeof num, "%d", who->rank);
    FontRole nf = first ? FONT_HUGE : FONT_H1;
    if (r.h > ui_line(ui, nf) + ui_px(ui, 10))
        ui_text(ui, nf, first ? th->accent_text : th->text, r.x + (r.w - ui_measure(ui, nf, num)) / 2, r.y + ui_px(ui, 10), num);
    ui_format_points(who->score, pts, sizeof pts);
    int y = r.y - ui_line(ui, FONT_UI_BOLD) - ui_px(ui, 6);
    ui_text(ui, FONT_UI_BOLD, th->muted, r.x + (r.w - ui_measure(ui, FONT_UI_BOLD, pts)) / 2, y, pts);
    int nw = ui_measure(ui, FONT_H2, who->name);
    if (nw > r.w) nw = r.w;
    y -= ui_line(ui, FONT_H2);
    ui_text_fit_draw(ui, FONT_H2, th->text, r.x + (r.w - nw) / 2, y, r.w, who->name);
    lv_box(ls, (SDL_Rect){r.x, y, r.w, r.y + r.h - y}, LB_ROW, who->rank);
}

void lv_podium_render(LiveScreen *ls)
{
    Ui *ui = &ls->ui;
    lv_header_render(ls, "Final results", ls->pack->title, NULL, false);
    SDL_Rect b = ls->body;
    if (ls->v.n_top == 0) {
        ui_text(ui, FONT_H2, ui->th->muted, b.x, b.y, "Nobody took part.");
        return;
    }
    int more = ui_line(ui, FONT_UI) + ui_px(ui, 12);
    int bottom = b.y + b.h - more;
    int gap = ui_px(ui, 12), area_w = b.w * 80 / 100 < ui_px(ui, 900) ? b.w * 80 / 100 : ui_px(ui, 900);
    int sw = (area_w - 2 * gap) / 3, x0 = b.x + (b.w - area_w) / 2;
    int room = bottom - b.y - ui_line(ui, FONT_H2) - ui_line(ui, FONT_UI_BOLD) - ui_px(ui, 12);
    static const int height_pct[3] = {100, 72, 50};
    static const int column[3] = {1, 0, 2}; /* first in the middle, second left, third right */
    for (size_t i = 0; i < ls->v.n_top && i < 3; i++) {
        int rank = ls->v.top[i].rank < 1 ? 1 : ls->v.top[i].rank;
        int h = room * height_pct[rank <= 3 ? rank - 1 : 2] / 100; /* tied students stand equally high */
        step(ls, (SDL_Rect){x0 + column[i] * (sw + gap), bottom - h, sw, h}, &ls->v.top[i]);
    }
    everyone_else(ls, ls->v.n_top < 3 ? ls->v.n_top : 3, b.x + ui_px(ui, 16), bottom + ui_px(ui, 8),
                  b.w - ui_px(ui, 32));
}

/* --- the student-paced grid ------------------------------------------------------------------------ */

typedef struct GridGeom {
    SDL_Rect area;
    int name_w, cell, rows;
    int legend_y;
} GridGeom;

static GridGeom grid_geom(LiveScreen *ls)
{
    Ui *ui = &ls->ui;
    GridGeom g;
    g.legend_y = ls->body.y;
    int top = ls->body.y + ui_line(ui, FONT_SMALL) + ui_px(ui, 10);
    g.area = (SDL_Rect){ls->body.x, top, ls->body.w, ls->body.y + ls->body.h - top};
    g.name_w = g.area.w * 22 / 100;
    if (g.name_w > ui_px(ui, 260)) g.name_w = ui_px(ui, 260);
    size_t nq = ls->v.n_questions ? ls->v.n_questions : 1;
    /* Cells as large as the width allows, smaller (to a line of small text) while that shows
     * every student. */
    int cell = (g.area.w - g.name_w) / (int)nq;
    int max_cell = ui_line(ui, FONT_UI) + ui_px(ui, 8);
    int min_cell = ui_line(ui, FONT_SMALL);
    int all = (g.area.h - min_cell - ui_px(ui, 4)) / (int)(ls->v.n_seats + 1);
    if (all < max_cell) max_cell = all > min_cell ? all : min_cell;
    if (cell > max_cell) cell = max_cell;
    if (cell < min_cell / 2) cell = min_cell / 2;
    g.cell = cell;
    int row_h = cell > min_cell ? cell : min_cell;
    /* One row for the question numbers, one line below for "Students 1–20 of 30". */
    g.rows = (g.area.h - row_h - ui_line(ui, FONT_SMALL) - ui_px(ui, 4)) / row_h;
    if (g.rows < 0) g.rows = 0;
    return g;
}

void lv_grid_layout(LiveScreen *ls)
{
    if (ls->grid_hidden) return;
    GridGeom g = grid_geom(ls);
    size_t n = ls->v.n_seats;
    if (g.rows > 0 && ls->grid_first + (size_t)g.rows > n) ls->grid_first = n > (size_t)g.rows ? n - (size_t)g.rows : 0;
    lv_box(ls, g.area, LB_GRID, 0);
}

static void legend(LiveScreen *ls, int x, int y)
{
    Ui *ui = &ls->ui;
    static const char *const names[] = {"right", "partly", "wrong", "skipped", "not yet"};
    static const LvCell cells[] = {LC_RIGHT, LC_PARTLY, LC_WRONG, LC_SKIPPED, LC_NOT_YET};
    int s = ui_line(ui, FONT_SMALL);
    for (size_t i = 0; i < 5; i++) {
        lv_cell_symbol(ui, (SDL_Rect){x, y, s, s}, cells[i]);
        x += s + ui_px(ui, 4);
        x += ui_text(ui, FONT_SMALL, ui->th->muted, x, y, names[i]) + ui_px(ui, 16);
    }
}

static void grid_counts(const LiveScreen *ls, char *buf, size_t n)
{
    snprintf(buf, n, "%zu of %zu finished \xC2\xB7 %zu answer%s", ls->v.finished, ls->v.n_seats, ls->v.answers,
             ls->v.answers == 1 ? "" : "s");
}

void lv_grid_render(LiveScreen *ls)
{
    Ui *ui = &ls->ui;
    const Theme *th = ui->th;
    char status[160];
    grid_counts(ls, status, sizeof status);
    lv_header_render(ls, "At their own pace", ls->pack->title, status, false);
    if (ls->grid_hidden) {
        const char *msg = "The grid is hidden. H shows it.";
        ui_text(ui, FONT_H2, th->muted, ls->body.x + (ls->body.w - ui_measure(ui, FONT_H2, msg)) / 2,
                ls->body.y + ls->body.h / 3, msg);
        return;
    }
    GridGeom g = grid_geom(ls);
    legend(ls, g.area.x, g.legend_y);
    size_t nq = ls->v.n_questions;
    int min_row = ui_line(ui, FONT_SMALL), row_h = g.cell > min_row ? g.cell : min_row;
    int x0 = g.area.x + g.name_w, y = g.area.y;
    char num[24];
    int label_every = ui_measure(ui, FONT_SMALL, "00") + ui_px(ui, 2) > g.cell ? 5 : 1;
    for (size_t q = 0; q < nq; q++) {
        if ((q + 1) % (size_t)label_every && q != 0) continue;
        snprintf(num, sizeof num, "%zu", q + 1);
        int tw = ui_measure(ui, FONT_SMALL, num);
        ui_text(ui, FONT_SMALL, th->muted, x0 + (int)q * g.cell + (g.cell - tw) / 2, y, num);
    }
    y += row_h;
    size_t end = ls->grid_first + (size_t)g.rows;
    if (end > ls->v.n_seats) end = ls->v.n_seats;
    for (size_t i = ls->grid_first; i < end; i++, y += row_h) {
        const LvSeat *s = &ls->v.seats[i];
        if ((i - ls->grid_first) % 2 == 0) ui_fill(ui, (SDL_Rect){g.area.x, y, g.name_w + (int)nq * g.cell, row_h}, th->panel);
        ui_text_fit_draw(ui, FONT_SMALL, th->text, g.area.x + ui_px(ui, 4), y + (row_h - ui_line(ui, FONT_SMALL)) / 2,
                         g.name_w - ui_px(ui, 8), s->name);
        const unsigned char *cells = ls->v.grid + i * nq;
        int pad = g.cell / 6;
        for (size_t q = 0; q < nq; q++)
            lv_cell_symbol(ui, (SDL_Rect){x0 + (int)q * g.cell + pad, y + (row_h - g.cell) / 2 + pad, g.cell - 2 * pad,
                                          g.cell - 2 * pad}, (LvCell)cells[q]);
    }
    if (end < ls->v.n_seats || ls->grid_first > 0) {
        char buf[96];
        snprintf(buf, sizeof buf, "Students %zu\xE2\x80\x93%zu of %zu (\xE2\x86\x91\xE2\x86\x93 scroll)", ls->grid_first + 1, end,
                 ls->v.n_seats);
        ui_text_fit_draw(ui, FONT_SMALL, th->muted, g.area.x, y + ui_px(ui, 4), g.area.w, buf);
    }
}
