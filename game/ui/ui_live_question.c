/* ui_live_question.c — a question on the projector (teacher-paced), and the header every live
 * screen shares.
 *
 * Header: the question number, "17 of 26 answered" (a count: never who answered, never what) and
 * the presenter's countdown. Body: the article excerpt left (ui_present_excerpt.c), the prompt and
 * the answers right, each answer with its letter, colour and shape. After the reveal each answer
 * gets a bar with how many students picked it, and the right one(s) a green frame and a check;
 * formats without choices (order, text, evidence) show the right answer in words and bars for
 * right / partly right / wrong; the excerpt highlights the evidence. Nothing that depends on the
 * right answer is drawn before LIVE_REVEALED. */
#include "ui_format.h"
#include "ui_live_internal.h"
#include "ui_widgets.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const Question *current(const LiveScreen *ls)
{
    const Pack *p = ls->pack;
    return ls->v.position < p->n_questions ? &p->questions[ls->v.position] : NULL;
}

static bool revealed(const LiveScreen *ls)
{
    return ls->v.phase == LIVE_REVEALED;
}

/* --- header ------------------------------------------------------------------------------------ */

void lv_header_render(LiveScreen *ls, const char *title, const char *sub, const char *status,
                      bool countdown)
{
    Ui *ui = &ls->ui;
    const Theme *th = ui->th;
    int m = ui_px(ui, 14), y = ls->header.y + ui_px(ui, 5);
    int pw = ui_measure(ui, FONT_H1, "10:00") + ui_line(ui, FONT_H1);
    SDL_Rect pill = {ls->header.w - m - pw, y, pw, ls->header.h - ui_px(ui, 10)};
    int right = countdown ? pill.x - 2 * m : ls->header.w - m;
    int lw_max = status && status[0] ? (right - m) / 2 : right - 2 * m; /* the status in the middle */
    int lw = ui_text_fit_draw(ui, FONT_H2, th->text, m, y, lw_max, title);
    if (sub) {
        int sw = ui_text_fit_draw(ui, FONT_SMALL, th->muted, m, y + ui_line(ui, FONT_H2), lw_max, sub);
        if (sw > lw) lw = sw;
    }
    lv_box(ls, (SDL_Rect){m, y, lw, ui_line(ui, FONT_H2) + (sub ? ui_line(ui, FONT_SMALL) : 0)}, LB_HEADER, 0);
    if (countdown) {
        ps_countdown(ui, pill, ls->bar, ls->v.time_left_ms, ls->v.time_limit, ls->v.phase == LIVE_PAUSED);
        lv_box(ls, pill, LB_HEADER, 1);
    } else {
        ui_bar(ui, ls->bar, 0, th->muted);
    }
    if (!status || !status[0]) return;
    int x0 = m + lw + 2 * m, x1 = right;
    int tw = ui_measure(ui, FONT_H2, status);
    if (tw > x1 - x0) tw = x1 - x0;
    int x = x0 + (x1 - x0 - tw) / 2;
    SDL_Color c = ls->v.phase == LIVE_TIME_UP ? th->bad : th->text;
    int ty = y + (pill.h - ui_line(ui, FONT_H2)) / 2;
    ui_text_fit_draw(ui, FONT_H2, c, x, ty, x1 - x0, status);
    lv_box(ls, (SDL_Rect){x, ty, tw, ui_line(ui, FONT_H2)}, LB_COUNT_TEXT, 0);
}

/* --- the question column (content fonts) ----------------------------------------------------- */

typedef struct ColMetrics {
    int pad, gap, badge_w, bar_w, text_w;
} ColMetrics;

static int n_tiles(const Question *q)
{
    switch (q->format) {
    case FORMAT_CHOICE: case FORMAT_MULTI: return (int)q->n_choices;
    case FORMAT_TRUE_FALSE: return 2;
    case FORMAT_ORDER: return (int)q->n_order; /* the events, before the reveal */
    default: return 0;
    }
}

/* Formats whose distribution is right / partly / wrong rather than one bar per tile. */
static bool graded_rows(const Question *q)
{
    return q->format == FORMAT_ORDER || q->format == FORMAT_TEXT || q->format == FORMAT_EVIDENCE;
}

static ColMetrics col_metrics(LiveScreen *ls, int w)
{
    Ui *c = &ls->cui;
    ColMetrics m;
    m.pad = ui_px(c, 10);
    m.gap = ui_px(c, 8);
    m.badge_w = ui_line(c, FONT_UI_BOLD) * 2 + ui_px(c, 6);
    m.bar_w = w * 28 / 100;
    m.text_w = w - m.badge_w - 4 * m.pad - m.bar_w;
    return m;
}

/* The events of an order question as the projector lists them before the reveal. Not pack order:
 * packs list their events by date, so that would be the answer. A shuffle by a fixed rule (the
 * same every frame), and never the right order. */
size_t lv_order_shown(const Question *q, size_t index, int *out)
{
    answer_shuffle_order(q, 0x9E3779B97F4A7C15ull * (uint64_t)(index + 1), out);
    return q->n_order;
}

static const char *tile_text(const LiveScreen *ls, const Question *q, int i)
{
    switch (q->format) {
    case FORMAT_CHOICE: case FORMAT_MULTI: return q->choices[i];
    case FORMAT_TRUE_FALSE: return i == 0 ? "True" : "False";
    case FORMAT_ORDER: { /* once revealed, the right order */
        int shown[PACK_MAX_ORDER_EVENTS];
        if (revealed(ls)) return ls->pack->events[q->order[i]].text;
        lv_order_shown(q, (size_t)(q - ls->pack->questions), shown);
        return ls->pack->events[shown[i]].text;
    }
    default: return "";
    }
}

static int tile_h(LiveScreen *ls, const ColMetrics *m, const char *text)
{
    Ui *c = &ls->cui;
    int h = ui_text_wrapped_h(c, FONT_UI, c->th->text, m->text_w, text) + 2 * m->pad;
    int min = ui_line(c, FONT_UI_BOLD) + 2 * m->pad;
    return h < min ? min : h;
}

static const char *instruction(const Question *q)
{
    switch (q->format) {
    case FORMAT_CHOICE: return "One answer is right. Answer on your phone.";
    case FORMAT_MULTI: return "Choose all that are right.";
    case FORMAT_TRUE_FALSE: return "True or false?";
    case FORMAT_ORDER: return "Put them in order, earliest first, on your phone.";
    case FORMAT_TEXT: return "Type the answer on your phone.";
    case FORMAT_EVIDENCE: return "Tap the sentence that shows it, on your phone.";
    default: return "";
    }
}

/* A cite question asks for the sentence too (issue 9); after the reveal, that line counts both
 * parts: "18 right answers · 11 right sentences · 5 guessed · 2 misread", shortened to what fits
 * the column's one line (the misreadings go first, then the words). */
static const char *question_line(LiveScreen *ls, const Question *q, int w, char *buf, size_t n)
{
    if (!revealed(ls)) return q->cite ? "Answer, then tap the sentence that shows it, on your phone." : instruction(q);
    if (!q->cite) return "";
    const LiveCiteCounts *c = &ls->v.cite;
    const char *as = c->right_answer == 1 ? "" : "s", *ss = c->right_evidence == 1 ? "" : "s";
    for (int form = 0; form < 3; form++) {
        if (form == 0)
            snprintf(buf, n, "%zu right answer%s \xC2\xB7 %zu right sentence%s \xC2\xB7 %zu guessed \xC2\xB7 %zu misread",
                     c->right_answer, as, c->right_evidence, ss, c->guessed, c->misread);
        else if (form == 1)
            snprintf(buf, n, "%zu right answer%s \xC2\xB7 %zu right sentence%s \xC2\xB7 %zu guessed", c->right_answer,
                     as, c->right_evidence, ss, c->guessed);
        else
            snprintf(buf, n, "answer %zu \xC2\xB7 sentence %zu \xC2\xB7 guessed %zu", c->right_answer,
                     c->right_evidence, c->guessed);
        if (ui_measure(&ls->cui, FONT_SMALL, buf) <= w) break;
    }
    return buf;
}

static int prompt_h(LiveScreen *ls, const Question *q, int w)
{
    Ui *c = &ls->cui;
    return ui_text_wrapped_h(c, FONT_H2, c->th->text, w, q->prompt) + ui_px(c, 6) + ui_line(c, FONT_SMALL) +
           ui_px(c, 12);
}

/* The right / partly right / wrong rows after the reveal, and (text, evidence) the right answer
 * in a box above them. */
static int rows_h(LiveScreen *ls)
{
    Ui *c = &ls->cui;
    return 3 * (ui_line(c, FONT_UI_BOLD) + ui_px(c, 16));
}

static int answer_box_h(LiveScreen *ls)
{
    Ui *c = &ls->cui;
    return ui_line(c, FONT_UI_BOLD) * 3 + ui_px(c, 36);
}

/* The height of the column at its tallest (the tiles, the reveal's rows); the tiles' text is the
 * same before and after the reveal but for order, whose two orders have the same events. */
static int column_h(LiveScreen *ls, const Question *q, int w)
{
    ColMetrics m = col_metrics(ls, w);
    int h = prompt_h(ls, q, w);
    for (int i = 0; i < n_tiles(q); i++) h += tile_h(ls, &m, tile_text(ls, q, i)) + m.gap;
    if (q->format == FORMAT_ORDER) return h + ui_px(&ls->cui, 4) + rows_h(ls);
    if (graded_rows(q)) return h + answer_box_h(ls) + rows_h(ls);
    return h + ui_line(&ls->cui, FONT_SMALL) + m.gap;
}

/* The level fits when the question and the excerpt do, and (down to 70%) every passage of the
 * evidence view after the reveal: the type does not change at the reveal. */
static bool question_fits(LiveScreen *ls)
{
    const Question *q = current(ls);
    if (column_h(ls, q, ls->column.w) > ls->column.h ||
        ex_min_height(&ls->cui, ls->pack, q, ls->excerpt.w) > ls->excerpt.h)
        return false;
    int ev_h = pp_wanted(ls->pack, q) ? pp_height(&ls->cui, ls->pack, q, ls->excerpt.w) /* by outlet */
                                      : ex_passages_height(&ls->cui, ls->pack, q, ls->excerpt.w);
    return ls->level >= 3 || ev_h <= ls->excerpt.h;
}

void lv_question_layout(LiveScreen *ls)
{
    const Question *q = current(ls);
    if (!q) return;
    int m = ui_px(&ls->ui, 12);
    int ew = ls->body.w * (q->format == FORMAT_EVIDENCE ? 55 : 42) / 100;
    ls->excerpt = (SDL_Rect){ls->body.x, ls->body.y, ew, ls->body.h};
    ls->column = (SDL_Rect){ls->body.x + ew + m, ls->body.y, ls->body.w - ew - m, ls->body.h};
    lv_fit_level(ls, ls->v.position, question_fits);
    if (revealed(ls)) ex_layout_passages(&ls->ex, &ls->cui, ls->pack, q, ls->excerpt);
    else ex_layout(&ls->ex, &ls->cui, ls->pack, q, ls->excerpt);
    lv_box(ls, ls->excerpt, LB_EXCERPT, 0);
    int ph = prompt_h(ls, q, ls->column.w);
    lv_box(ls, (SDL_Rect){ls->column.x, ls->column.y, ls->column.w, ph - ui_px(&ls->cui, 6)}, LB_PROMPT, 0);
    if (graded_rows(q) && q->format != FORMAT_ORDER && revealed(ls)) return; /* a box and rows */
    ColMetrics cm = col_metrics(ls, ls->column.w);
    int y = ls->column.y + ph;
    for (int i = 0; i < n_tiles(q); i++) {
        int h = tile_h(ls, &cm, tile_text(ls, q, i));
        lv_box(ls, (SDL_Rect){ls->column.x, y, ls->column.w, h}, LB_TILE, i);
        y += h + cm.gap;
    }
}

/* --- drawing ----------------------------------------------------------------------------------- */

static bool tile_right(const Question *q, int i)
{
    switch (q->format) {
    case FORMAT_CHOICE: return q->answer == i;
    case FORMAT_MULTI: return (q->answers >> i) & 1u;
    case FORMAT_TRUE_FALSE: return (i == 0) == q->truth;
    default: return false;
    }
}

/* A distribution bar with its count, right-aligned in r. */
static void count_bar(LiveScreen *ls, SDL_Rect r, size_t count, SDL_Color fill)
{
    Ui *c = &ls->cui;
    char num[24];
    snprintf(num, sizeof num, "%zu", count);
    int nw = ui_measure(c, FONT_UI_BOLD, "000") + ui_px(c, 6);
    int bh = ui_line(c, FONT_UI_BOLD) * 2 / 3;
    size_t of = ls->v.answered ? ls->v.answered : 1;
    ui_bar(c, (SDL_Rect){r.x, r.y + (r.h - bh) / 2, r.w - nw, bh}, (double)count / (double)of, fill);
    int tw = ui_measure(c, FONT_UI_BOLD, num);
    ui_text(c, FONT_UI_BOLD, c->th->text, r.x + r.w - tw, r.y + (r.h - ui_line(c, FONT_UI_BOLD)) / 2, num);
}

static void render_tile(LiveScreen *ls, const Question *q, int i, SDL_Rect r)
{
    Ui *c = &ls->cui;
    const Theme *th = c->th;
    ColMetrics m = col_metrics(ls, r.w);
    bool right = revealed(ls) && (tile_right(q, i) || q->format == FORMAT_ORDER);
    int t = right ? ui_px(c, 5) : ui_px(c, 2);
    if (t < 1) t = 1;
    ps_thick_outline(c, r, ui_px(c, 8), t, right ? th->good : th->border, right ? th->good_bg : th->panel);
    SDL_Rect badge = {r.x + t + m.pad / 2, r.y + t + m.pad / 2, m.badge_w, r.h - 2 * t - m.pad};
    if (badge.h > ui_line(c, FONT_UI_BOLD) + m.pad) badge.h = ui_line(c, FONT_UI_BOLD) + m.pad;
    if (q->format == FORMAT_ORDER && revealed(ls)) { /* the right order, numbered */
        char num[12]; /* room for any int (gcc checks at -O0) */
        snprintf(num, sizeof num, "%d", i + 1);
        ui_fill_round(c, badge, ui_px(c, 6), th->good);
        ui_text(c, FONT_UI_BOLD, th->good_bg, badge.x + (badge.w - ui_measure(c, FONT_UI_BOLD, num)) / 2,
                badge.y + (badge.h - ui_line(c, FONT_UI_BOLD)) / 2, num);
    } else if (q->format == FORMAT_ORDER) { /* a plain dot: no number suggests an order */
        ui_fill_round(c, badge, ui_px(c, 6), th->button);
        ps_shape(c, 0, (SDL_Rect){badge.x + badge.w / 2 - badge.h / 6, badge.y + badge.h / 2 - badge.h / 6,
                                  badge.h / 3, badge.h / 3}, th->muted);
    } else {
        char label[4] = {q->format == FORMAT_TRUE_FALSE ? (i ? 'F' : 'T') : answer_letter(i), 0};
        ps_answer_badge(c, badge, i, label, FONT_UI_BOLD);
    }
    int tx = badge.x + badge.w + m.pad;
    const char *text = tile_text(ls, q, i);
    int text_h = ui_text_wrapped_h(c, FONT_UI, th->text, m.text_w, text);
    ui_text_wrapped(c, FONT_UI, th->text, tx, r.y + (r.h - text_h) / 2, m.text_w, text);
    if (!revealed(ls) || q->format == FORMAT_ORDER || (size_t)i >= ls->v.n_dist) return;
    SDL_Rect bar = {r.x + r.w - t - m.pad - m.bar_w, r.y, m.bar_w, r.h};
    int s = ui_line(c, FONT_UI_BOLD);
    if (right) {
        ps_check(c, (SDL_Rect){bar.x - s - ui_px(c, 4), r.y + (r.h - s) / 2, s, s}, th->good);
    }
    count_bar(ls, bar, ls->v.dist[i], right ? th->good : ps_answer_colour(i));
}

/* Right / partly right (order only, or when someone was) / wrong, with bars, from y. */
static void render_rows(LiveScreen *ls, const Question *q, int y)
{
    Ui *c = &ls->cui;
    const Theme *th = c->th;
    SDL_Rect col = ls->column;
    static const char *const names[3] = {"Right", "Partly right", "Wrong"};
    static const LvCell cells[3] = {LC_RIGHT, LC_PARTLY, LC_WRONG};
    int s = ui_line(c, FONT_UI_BOLD);
    int row = s + ui_px(c, 16), lw = ui_measure(c, FONT_UI_BOLD, "Partly right") + s + ui_px(c, 24);
    for (size_t i = 0; i < 3 && i < ls->v.n_dist; i++) {
        if (i == 1 && q->format != FORMAT_ORDER && ls->v.dist[1] == 0) continue;
        SDL_Rect r = {col.x, y, col.w, row};
        lv_cell_symbol(c, (SDL_Rect){r.x, r.y + (row - s) / 2, s, s}, cells[i]);
        ui_text(c, FONT_UI_BOLD, th->text, r.x + s + ui_px(c, 10), r.y + (row - s) / 2, names[i]);
        SDL_Color fill = i == 0 ? th->good : i == 1 ? th->accent : th->bad;
        count_bar(ls, (SDL_Rect){r.x + lw, r.y, r.w - lw, row}, ls->v.dist[i], fill);
        lv_box(ls, r, LB_ROW, (int)i);
        y += row;
    }
}

/* Text and evidence after the reveal: the answer in words (at most three lines), then the rows. */
static void render_graded(LiveScreen *ls, const Question *q, int y)
{
    Ui *c = &ls->cui;
    const Theme *th = c->th;
    SDL_Rect col = ls->column;
    char right[700];
    answer_describe_correct(ls->pack, q, right, sizeof right);
    if (q->format == FORMAT_EVIDENCE) snprintf(right, sizeof right, "%s", "The highlighted passage in the article.");
    int pad = ui_px(c, 12), s = ui_line(c, FONT_UI_BOLD), tw = col.w - 3 * pad - s;
    int h = ui_text_wrapped_h(c, FONT_UI_BOLD, th->text, tw, right) + 2 * pad;
    int max_h = ui_line(c, FONT_UI_BOLD) * 3 + 2 * pad;
    if (h > max_h) h = max_h;
    SDL_Rect box = {col.x, y, col.w, h};
    ps_thick_outline(c, box, ui_px(c, 8), ui_px(c, 4), th->good, th->good_bg);
    ps_check(c, (SDL_Rect){box.x + pad, box.y + pad, s, s}, th->good);
    ui_clip(c, &box);
    ui_text_wrapped(c, FONT_UI_BOLD, th->text, box.x + 2 * pad + s, box.y + pad, tw, right);
    ui_clip(c, NULL);
    lv_box(ls, box, LB_ROW, 100);
    render_rows(ls, q, y + h + ui_px(c, 12));
}

static void header_status(const LiveScreen *ls, char *buf, size_t n)
{
    const char *what = "";
    switch (ls->v.phase) {
    case LIVE_PAUSED: what = "Paused \xC2\xB7 "; break;
    case LIVE_TIME_UP: what = "Time's up \xC2\xB7 "; break;
    case LIVE_REVEALED: what = "The answer \xC2\xB7 "; break;
    default: break;
    }
    snprintf(buf, n, "%s%zu of %zu answered", what, ls->v.answered, ls->v.present);
}

void lv_question_render(LiveScreen *ls)
{
    const Question *q = current(ls);
    if (!q) return;
    Ui *c = &ls->cui;
    const Theme *th = c->th;
    char title[96], sub[160], status[160];
    snprintf(title, sizeof title, "Question %zu of %zu", ls->v.position + 1, ls->v.n_questions);
    snprintf(sub, sizeof sub, "%s \xC2\xB7 %d point%s", ui_kind_label(q->kind), q->points, q->points == 1 ? "" : "s");
    header_status(ls, status, sizeof status);
    bool timed = ls->v.phase == LIVE_ASKING || ls->v.phase == LIVE_PAUSED || ls->v.phase == LIVE_TIME_UP;
    lv_header_render(ls, title, sub, status, timed);
    /* The evidence is the answer to many questions: highlighted only once revealed. */
    if (revealed(ls) && pp_wanted(ls->pack, q)) pp_render(&ls->cui, ls->pack, q, ls->excerpt); /* each outlet's */
    else ex_render(&ls->ex, revealed(ls), 0, 0);
    SDL_Rect col = ls->column;
    int ph_h = ui_text_wrapped(c, FONT_H2, th->text, col.x, col.y, col.w, q->prompt);
    char line[200];
    const char *under = question_line(ls, q, col.w, line, sizeof line);
    if (under[0])
        ui_text_fit_draw(c, FONT_SMALL, revealed(ls) ? th->text : th->muted, col.x,
                         col.y + ph_h + ui_px(c, 6), col.w, under);
    int y = col.y + prompt_h(ls, q, col.w);
    if (graded_rows(q) && q->format != FORMAT_ORDER && revealed(ls)) {
        render_graded(ls, q, y);
        return;
    }
    int last = y;
    for (int i = 0; i < n_tiles(q); i++) {
        const LvBox *b = lv_find_box(ls, LB_TILE, i);
        if (!b) continue;
        render_tile(ls, q, i, b->r);
        last = b->r.y + b->r.h;
    }
    if (revealed(ls) && q->format == FORMAT_ORDER) {
        render_rows(ls, q, last + ui_px(c, 4));
        return;
    }
    if (revealed(ls) && ls->v.present > ls->v.answered) {
        char buf[64];
        snprintf(buf, sizeof buf, "%zu did not answer", ls->v.present - ls->v.answered);
        ui_text(c, FONT_SMALL, th->muted, col.x, last + ui_px(c, 8), buf);
    }
    if (q->format == FORMAT_TEXT || q->format == FORMAT_EVIDENCE) {
        ui_text_wrapped(c, FONT_UI, th->muted, col.x, y, col.w,
                        "The answers stay on the students' phones until you reveal them.");
    }
}
