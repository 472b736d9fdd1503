/* ui_present_draw.c — the question screen: header with the countdown, the article excerpt, the
 * prompt and the answers, the team chips.
 *
 * Layout (chrome fonts): header and countdown bar on top, team chips and the footer below, and
 * between them the excerpt (left, in the excerpt fonts) and the question column (right, in the
 * question fonts: see ui_present_internal.h). What is right is asked of the core only through presenter_correct_answer, which says
 * nothing before the reveal, so no frame can show the answer early. */
#include "ui_format.h"
#include "ui_present_internal.h"
#include "ui_widgets.h"
#include <stdio.h>
#include <string.h>

/* --- what the core allows us to know --------------------------------------------------------- */

static bool revealed(const PresentScreen *ps)
{
    char probe[4];
    return presenter_correct_answer(ps->p, probe, sizeof probe);
}

/* Whether answer tile i is (part of) the right answer: false until revealed. */
static bool tile_right(const PresentScreen *ps, const Question *q, int i)
{
    if (!revealed(ps)) return false;
    switch (q->format) {
    case FORMAT_CHOICE: return q->answer == i;
    case FORMAT_MULTI: return (q->answers >> i) & 1u;
    case FORMAT_TRUE_FALSE: return (i == 0) == q->truth;
    case FORMAT_ORDER: return true; /* the tiles then show the right order */
    default: return false;
    }
}

/* --- metrics of the question column (content fonts) ------------------------------------------ */

typedef struct ColMetrics {
    int pad, gap, badge_w, mark_w, text_w;
} ColMetrics;

static ColMetrics col_metrics(PresentScreen *ps, int w)
{
    Ui *c = &ps->cui;
    ColMetrics m;
    m.pad = ui_px(c, 10);
    m.gap = ui_px(c, 8);
    m.badge_w = ui_line(c, FONT_UI_BOLD) * 2 + ui_px(c, 6);
    m.mark_w = ui_line(c, FONT_UI_BOLD);
    m.text_w = w - m.badge_w - 3 * m.pad - m.mark_w;
    return m;
}

static const char *tile_text(const PresentScreen *ps, const Question *q, int i, const int *order)
{
    switch (q->format) {
    case FORMAT_CHOICE: case FORMAT_MULTI: return q->choices[i];
    case FORMAT_TRUE_FALSE: return i == 0 ? "True" : "False";
    case FORMAT_ORDER: return ps->cfg.pack->events[order[i]].text;
    default: return "";
    }
}

static int n_tiles(const Question *q)
{
    switch (q->format) {
    case FORMAT_CHOICE: case FORMAT_MULTI: return (int)q->n_choices;
    case FORMAT_TRUE_FALSE: return 2;
    case FORMAT_ORDER: return (int)q->n_order;
    default: return 0;
    }
}

/* The arrangement the order tiles show: the right one once revealed, the team's while it is
 * being entered, else the starting one. */
static const int *shown_order(const PresentScreen *ps, const Question *q)
{
    if (revealed(ps)) return q->order;
    if (ps->draft.open) return ps->draft.a.order;
    return ps_arrangement(ps, presenter_position(ps->p));
}

static int tile_h(PresentScreen *ps, const ColMetrics *m, const char *text)
{
    Ui *c = &ps->cui;
    int h = ui_text_wrapped_h(c, FONT_UI, c->th->text, m->text_w, text) + 2 * m->pad;
    int min = ui_line(c, FONT_UI_BOLD) + 2 * m->pad;
    return h < min ? min : h;
}

static const char *instruction(const Question *q)
{
    if (q->cite && q->format != FORMAT_EVIDENCE) return "Answer, then name the sentence that shows it.";
    switch (q->format) {
    case FORMAT_CHOICE: return "One answer is right.";
    case FORMAT_MULTI: return "Choose all that are right.";
    case FORMAT_TRUE_FALSE: return "True or false.";
    case FORMAT_ORDER: return "Earliest at the top.";
    case FORMAT_TEXT: return "Type the team's answer.";
    case FORMAT_EVIDENCE: return "Call out the sentence's number.";
    default: return "";
    }
}

static int prompt_block_h(PresentScreen *ps, const Question *q, int w)
{
    Ui *c = &ps->cui;
    return ui_text_wrapped_h(c, FONT_H2, c->th->text, w, q->prompt) + ui_px(c, 6) +
           ui_line(c, FONT_SMALL) + ui_px(c, 12);
}

static int revealed_extra_h(PresentScreen *ps, const Question *q, int w, int tiles_h);

int ps_column_height(PresentScreen *ps, const Question *q, int w)
{
    ColMetrics m = col_metrics(ps, w);
    int h = prompt_block_h(ps, q, w), tiles = 0;
    const int *order = q->format == FORMAT_ORDER ? ps_arrangement(ps, (size_t)(q - ps->cfg.pack->questions)) : NULL;
    for (int i = 0; i < n_tiles(q); i++) tiles += tile_h(ps, &m, tile_text(ps, q, i, order)) + m.gap;
    if (q->format == FORMAT_TEXT) tiles += ui_line(&ps->cui, FONT_UI) + ui_px(&ps->cui, 24);
    return h + revealed_extra_h(ps, q, w, tiles);
}

/* --- layout ---------------------------------------------------------------------------------- */

static int footer_h(Ui *ui)
{
    return ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 14);
}

/* The excerpt takes 42% of the width, 64% for evidence questions (the answer is in it). */
static void layout_frame(PresentScreen *ps, const Question *q)
{
    Ui *ui = &ps->ui;
    int m = ui_px(ui, 12);
    int left = ui_line(ui, FONT_H2) + ui_line(ui, FONT_SMALL);
    int hh = (left > ui_line(ui, FONT_H1) ? left : ui_line(ui, FONT_H1)) + ui_px(ui, 10);
    ps->header = (SDL_Rect){0, 0, ui->w, hh};
    ps->bar = (SDL_Rect){m, hh, ui->w - 2 * m, ui_px(ui, 7)};
    int fh = footer_h(ui);
    ps->footer = (SDL_Rect){0, ui->h - fh, ui->w, fh};
    int ch = ui_line(ui, FONT_UI_BOLD) + ui_line(ui, FONT_SMALL) + ui_px(ui, 12);
    ps->chips = (SDL_Rect){m, ps->footer.y - ch - m / 2, ui->w - 2 * m, ch};
    int top = ps->bar.y + ps->bar.h + m;
    ps->body = (SDL_Rect){m, top, ui->w - 2 * m, ps->chips.y - m - top};
    int ew = ps->body.w * (q->format == FORMAT_EVIDENCE ? 64 : 42) / 100;
    ps->excerpt = (SDL_Rect){ps->body.x, ps->body.y, ew, ps->body.h};
    ps->column = (SDL_Rect){ps->body.x + ew + m, ps->body.y, ps->body.w - ew - m, ps->body.h};
}

static void layout_chips(PresentScreen *ps)
{
    Ui *ui = &ps->ui;
    size_t n = presenter_team_count(ps->p);
    int gap = ui_px(ui, 8);
    int cw = (ps->chips.w - (int)(n - 1) * gap) / (int)n;
    if (cw > ui_px(ui, 300)) cw = ui_px(ui, 300);
    int total = cw * (int)n + gap * (int)(n - 1);
    int x = ps->chips.x + (ps->chips.w - total) / 2;
    for (size_t t = 0; t < n; t++) {
        ps->chip[t] = (SDL_Rect){x + (int)t * (cw + gap), ps->chips.y, cw, ps->chips.h};
        ps_hit(ps, ps->chip[t], HIT_TEAM, (int)t);
    }
}

static void layout_answers(PresentScreen *ps, const Question *q)
{
    ColMetrics m = col_metrics(ps, ps->column.w);
    int y = ps->column.y + ps->prompt_h;
    ps->n_tiles = n_tiles(q);
    const int *order = q->format == FORMAT_ORDER ? shown_order(ps, q) : NULL;
    int top = y;
    /* Where the answer box is drawn in their place (render_column), no click targets either. */
    bool drawn = presenter_phase(ps->p) != PHASE_EVIDENCE && !(revealed(ps) && ps->n_tiles == 0);
    for (int i = 0; i < ps->n_tiles; i++) {
        int h = tile_h(ps, &m, tile_text(ps, q, i, order));
        ps->tiles[i] = (SDL_Rect){ps->column.x, y, ps->column.w, h};
        if (drawn) ps_hit(ps, ps->tiles[i], q->format == FORMAT_ORDER ? HIT_ORDER : HIT_CHOICE, i);
        y += h + m.gap;
    }
    ps->textbox = (SDL_Rect){0, 0, 0, 0};
    if (q->format == FORMAT_TEXT) {
        ps->textbox = (SDL_Rect){ps->column.x, y, ps->column.w, ui_line(&ps->cui, FONT_UI) + ui_px(&ps->cui, 22)};
        if (drawn) ps_hit(ps, ps->textbox, HIT_TEXT, 0);
        y += ps->textbox.h;
    }
    ps->answers = (SDL_Rect){ps->column.x, top, ps->column.w, y - top};
}

void ps_question_layout(PresentScreen *ps)
{
    const Question *q = presenter_question(ps->p);
    layout_frame(ps, q);
    ps_fit_content(ps);
    ex_layout_article(&ps->ex, &ps->xui, ps->cfg.pack, q, ps->excerpt, ps->ex_article, ps_switchable(ps));
    ps->prompt_h = prompt_block_h(ps, q, ps->column.w);
    layout_answers(ps, q);
    layout_chips(ps);
}

/* --- header and countdown ------------------------------------------------------------------- */

static void status_line(PresentScreen *ps, char *buf, size_t n)
{
    const Presenter *p = ps->p;
    size_t teams = presenter_team_count(p);
    int turn = presenter_turn(p);
    switch (presenter_phase(p)) {
    case PHASE_PAUSED: snprintf(buf, n, "Paused"); return;
    case PHASE_TIME_UP: snprintf(buf, n, "Time's up!"); return;
    case PHASE_REVEALED: snprintf(buf, n, "The answer"); return;
    case PHASE_EVIDENCE: snprintf(buf, n, "The evidence"); return;
    default: break;
    }
    if (ps->citing) snprintf(buf, n, "Which sentence shows it?");
    else if (turn >= 0) snprintf(buf, n, "%s, your turn", presenter_team_name(p, (size_t)turn));
    else if (ps->draft.open) snprintf(buf, n, "Answer for %s", presenter_team_name(p, (size_t)ps->draft.team));
    else if (presenter_all_answered(p)) snprintf(buf, n, "Every team has answered");
    else {
        size_t done = 0;
        for (size_t t = 0; t < teams; t++) done += presenter_team_answered(p, t);
        snprintf(buf, n, "%zu of %zu teams answered", done, teams);
    }
}

static void render_countdown(PresentScreen *ps, SDL_Rect pill)
{
    ps_countdown(&ps->ui, pill, ps->bar, presenter_time_left_ms(ps->p, ps_now_ms(ps)),
                 presenter_time_limit(ps->p), presenter_phase(ps->p) == PHASE_PAUSED);
}

static void render_header(PresentScreen *ps, const Question *q)
{
    Ui *ui = &ps->ui;
    const Theme *th = ui->th;
    int m = ui_px(ui, 14), y = ps->header.y + ui_px(ui, 5);
    char buf[160];
    snprintf(buf, sizeof buf, "Question %zu of %zu", presenter_position(ps->p) + 1, presenter_count(ps->p));
    int lw = ui_text(ui, FONT_H2, th->text, m, y, buf);
    snprintf(buf, sizeof buf, "%s \xC2\xB7 %d point%s", ui_kind_label(q->kind), q->points, q->points == 1 ? "" : "s");
    int sw = ui_text(ui, FONT_SMALL, th->muted, m, y + ui_line(ui, FONT_H2), buf);
    if (sw > lw) lw = sw;
    PresentPhase ph = presenter_phase(ps->p);
    int pw = ui_measure(ui, FONT_H1, "10:00") + ui_line(ui, FONT_H1);
    SDL_Rect pill = {ps->header.w - m - pw, y, pw, ps->header.h - ui_px(ui, 10)};
    bool timed = ph == PHASE_ASKING || ph == PHASE_PAUSED || ph == PHASE_TIME_UP;
    if (timed) render_countdown(ps, pill);
    else ui_bar(ui, ps->bar, 0, th->muted);
    status_line(ps, buf, sizeof buf);
    int x0 = m + lw + 2 * m, x1 = (timed ? pill.x : ps->header.w) - 2 * m;
    int tw = ui_measure(ui, FONT_H2, buf);
    int x = x0 + (x1 - x0 - tw) / 2;
    SDL_Color c = ph == PHASE_TIME_UP ? th->bad : th->text;
    ui_text_fit_draw(ui, FONT_H2, c, x < x0 ? x0 : x, y + (pill.h - ui_line(ui, FONT_H2)) / 2, x1 - x0, buf);
}

/* --- answers --------------------------------------------------------------------------------- */

typedef enum { LOOK_PLAIN, LOOK_PICKED, LOOK_HELD, LOOK_RIGHT, LOOK_DIM } TileLook;

static void render_tile(PresentScreen *ps, SDL_Rect r, int i, const Question *q, const char *text,
                        TileLook look)
{
    Ui *c = &ps->cui;
    const Theme *th = c->th;
    ColMetrics m = col_metrics(ps, r.w);
    int rad = ui_px(c, 8), t = ui_px(c, 2);
    SDL_Color edge = th->border, bg = th->panel, fg = th->text;
    if (look == LOOK_PICKED || look == LOOK_HELD) edge = th->accent, bg = th->selected, t = ui_px(c, 4);
    if (look == LOOK_RIGHT) edge = th->good, bg = th->good_bg, t = ui_px(c, 5);
    if (look == LOOK_DIM) fg = th->muted, bg = th->bg;
    ps_thick_outline(c, r, rad, t < 1 ? 1 : t, edge, bg);
    SDL_Rect badge = {r.x + t + m.pad / 2, r.y + t + m.pad / 2, m.badge_w, r.h - 2 * t - m.pad};
    if (badge.h > ui_line(c, FONT_UI_BOLD) + m.pad) badge.h = ui_line(c, FONT_UI_BOLD) + m.pad;
    char label[12]; /* any int, as gcc checks at -O0 */
    if (q->format == FORMAT_ORDER) {
        snprintf(label, sizeof label, "%d", i + 1);
        ui_fill_round(c, badge, ui_px(c, 6), look == LOOK_HELD ? th->accent : th->button);
        SDL_Color lc = look == LOOK_HELD ? th->accent_text : th->text;
        ui_text(c, FONT_UI_BOLD, lc, badge.x + (badge.w - ui_measure(c, FONT_UI_BOLD, label)) / 2,
                badge.y + (badge.h - ui_line(c, FONT_UI_BOLD)) / 2, label);
    } else {
        snprintf(label, sizeof label, "%c", q->format == FORMAT_TRUE_FALSE ? (i ? 'F' : 'T') : answer_letter(i));
        ps_answer_badge(c, badge, i, label, FONT_UI_BOLD);
    }
    int tx = badge.x + badge.w + m.pad;
    int th_ = ui_text_wrapped_h(c, FONT_UI, fg, m.text_w, text);
    ui_text_wrapped(c, FONT_UI, fg, tx, r.y + (r.h - th_) / 2, m.text_w, text);
    if (look == LOOK_RIGHT) {
        int s = m.mark_w;
        ps_check(c, (SDL_Rect){r.x + r.w - t - m.pad - s, r.y + (r.h - s) / 2, s, s}, th->good);
    }
}

static TileLook tile_look(const PresentScreen *ps, const Question *q, int i)
{
    if (revealed(ps)) return tile_right(ps, q, i) ? LOOK_RIGHT : LOOK_DIM;
    const PsDraft *d = &ps->draft;
    if (!d->open) return LOOK_PLAIN;
    switch (q->format) {
    case FORMAT_MULTI: return (d->a.picked >> i) & 1u ? LOOK_PICKED : LOOK_PLAIN;
    case FORMAT_ORDER: return d->order_sel == i ? LOOK_HELD : LOOK_PLAIN;
    default: return LOOK_PLAIN; /* a choice locks in at once: never shown picked */
    }
}

/* A cite question once revealed: whether the class's sentence shows the answer ("" otherwise). */
static void cite_verdict(const PresentScreen *ps, const Question *q, char *buf, size_t n)
{
    int art, sen;
    buf[0] = '\0';
    if (!q->cite || q->format == FORMAT_EVIDENCE || !revealed(ps)) return;
    if (!presenter_cite_pick(ps->p, presenter_position(ps->p), &art, &sen)) {
        snprintf(buf, n, "no sentence named: no team gets the evidence part");
        return;
    }
    bool shows = pack_sentence_is_evidence(q, art, (size_t)sen, &ps->cfg.pack->articles[art]);
    char which[160];
    ps_sentence_label(ps, art, sen, false, which, sizeof which);
    snprintf(buf, n, "%s %s", which,
             shows ? "shows it: every team that answered gets the evidence part"
                   : "does not show it: no team gets the evidence part");
}

/* The answer box's text: the right answer in words and a cite question's verdict; false before
 * the reveal. */
static bool answer_box_text(const PresentScreen *ps, const Question *q, char *text, size_t n)
{
    char right[600]; /* the answer, " · " and the verdict, whole */
    if (!presenter_correct_answer(ps->p, right, sizeof right)) return false;
    snprintf(text, n, "%s", right);
    char verdict[256]; /* a sentence label (up to 160) and the verdict */
    cite_verdict(ps, q, verdict, sizeof verdict);
    if (verdict[0]) snprintf(text, n, "%s  \xC2\xB7  %s", right, verdict);
    return true;
}

static int answer_box_h(PresentScreen *ps, int w, const char *text)
{
    Ui *c = &ps->cui;
    int pad = ui_px(c, 12), s = ui_line(c, FONT_UI_BOLD);
    return ui_text_wrapped_h(c, FONT_UI_BOLD, c->th->text, w - 3 * pad - s, text) + 2 * pad;
}

/* What the column holds once revealed, below the prompt: the answer box in place of the
 * answers (a text or evidence question, and the evidence phase, with the explanation under
 * it: the class reads it then), else the answers and a cite question's verdict under them,
 * wrapped. Before the reveal: the answers (tiles_h). */
static int revealed_extra_h(PresentScreen *ps, const Question *q, int w, int tiles_h)
{
    char text[900];
    if (!answer_box_text(ps, q, text, sizeof text)) return tiles_h;
    int box = answer_box_h(ps, w, text);
    if (presenter_phase(ps->p) == PHASE_EVIDENCE && q->explanation && q->explanation[0])
        box += ui_px(&ps->cui, 12) + ui_text_wrapped_h(&ps->cui, FONT_UI, ps->cui.th->text, w, q->explanation);
    if (presenter_phase(ps->p) == PHASE_EVIDENCE || n_tiles(q) == 0) return box; /* drawn instead of the answers */
    char verdict[256];
    cite_verdict(ps, q, verdict, sizeof verdict);
    if (!verdict[0]) return tiles_h;
    return tiles_h + ui_px(&ps->cui, 10) + ui_text_wrapped_h(&ps->cui, FONT_UI_BOLD, ps->cui.th->text, w, verdict);
}

/* The right answer in words, with a check, and (evidence phase) the explanation; returns the
 * height used. */
static int render_answer_box(PresentScreen *ps, int x, int y, int w, bool explain)
{
    Ui *c = &ps->cui;
    const Theme *th = c->th;
    const Question *q = presenter_question(ps->p);
    char text[900];
    if (!answer_box_text(ps, q, text, sizeof text)) return 0;
    int pad = ui_px(c, 12), s = ui_line(c, FONT_UI_BOLD);
    int tw = w - 3 * pad - s;
    int h = answer_box_h(ps, w, text);
    ps_thick_outline(c, (SDL_Rect){x, y, w, h}, ui_px(c, 8), ui_px(c, 4), th->good, th->good_bg);
    ps_check(c, (SDL_Rect){x + pad, y + pad, s, s}, th->good);
    ui_text_wrapped(c, FONT_UI_BOLD, th->text, x + 2 * pad + s, y + pad, tw, text);
    int used = h;
    if (explain && q->explanation && q->explanation[0]) {
        int room = ps->column.y + ps->column.h - (y + h + pad);
        int eh = ui_text_wrapped_h(c, FONT_UI, th->text, w, q->explanation);
        if (eh <= room) {
            ui_text_wrapped(c, FONT_UI, th->text, x, y + h + pad, w, q->explanation);
            used += pad + eh;
        }
    }
    return used;
}

static void render_textbox(PresentScreen *ps)
{
    Ui *c = &ps->cui;
    bool on = ps->draft.open;
    if (on) {
        tf_render(&ps->draft.field, c, ps->textbox, true, "");
        return;
    }
    ui_fill_round(c, ps->textbox, ui_px(c, 6), c->th->panel);
    ui_outline(c, ps->textbox, 1, c->th->border);
    int turn = presenter_turn(ps->p);
    char hint[120];
    if (turn >= 0) snprintf(hint, sizeof hint, "Press %d or click here to type the answer", turn + 1);
    else snprintf(hint, sizeof hint, "Pick a team, then type its answer");
    ui_text_fit_draw(c, FONT_SMALL, c->th->muted, ps->textbox.x + ui_px(c, 10),
                     ps->textbox.y + (ps->textbox.h - ui_line(c, FONT_SMALL)) / 2,
                     ps->textbox.w - ui_px(c, 20), hint);
}

static void render_column(PresentScreen *ps, const Question *q)
{
    Ui *c = &ps->cui;
    const Theme *th = c->th;
    SDL_Rect col = ps->column;
    int ph_h = ui_text_wrapped(c, FONT_H2, th->text, col.x, col.y, col.w, q->prompt);
    PresentPhase ph = presenter_phase(ps->p);
    if (!revealed(ps)) {
        char line[160]; /* with several articles, where the others are (the excerpt says so too) */
        bool numbered = q->format == FORMAT_EVIDENCE || q->cite;
        snprintf(line, sizeof line, "%s%s", instruction(q),
                 ps_switchable(ps) && numbered ? "  \xC2\xB7  Ctrl+Tab: the other article" : "");
        if (ui_measure(c, FONT_SMALL, line) > col.w) snprintf(line, sizeof line, "%s", instruction(q));
        ui_text_fit_draw(c, FONT_SMALL, th->muted, col.x, col.y + ph_h + ui_px(c, 6), col.w, line);
    }
    int y = col.y + ps->prompt_h;
    if (ph == PHASE_EVIDENCE || (revealed(ps) && n_tiles(q) == 0)) {
        render_answer_box(ps, col.x, y, col.w, ph == PHASE_EVIDENCE);
        return;
    }
    const int *order = q->format == FORMAT_ORDER ? shown_order(ps, q) : NULL;
    for (int i = 0; i < ps->n_tiles; i++)
        render_tile(ps, ps->tiles[i], i, q, tile_text(ps, q, i, order), tile_look(ps, q, i));
    if (q->format == FORMAT_TEXT) render_textbox(ps);
    char verdict[256]; /* a cite question, revealed: the evidence part under the tiles, if room */
    cite_verdict(ps, q, verdict, sizeof verdict);
    int below = ps->n_tiles ? ps->tiles[ps->n_tiles - 1].y + ps->tiles[ps->n_tiles - 1].h + ui_px(c, 10) : y;
    if (verdict[0] && below + ui_line(c, FONT_UI_BOLD) <= col.y + col.h) {
        if (verdict[0] >= 'a' && verdict[0] <= 'z') verdict[0] = (char)(verdict[0] - 'a' + 'A');
        /* wrapped when it fits (a narrow column cut "no team gets the…" mid-sentence) */
        if (below + ui_text_wrapped_h(c, FONT_UI_BOLD, th->text, col.w, verdict) <= col.y + col.h)
            ui_text_wrapped(c, FONT_UI_BOLD, th->text, col.x, below, col.w, verdict);
        else
            ui_text_fit_draw(c, FONT_UI_BOLD, th->text, col.x, below, col.w, verdict);
    }
}

/* --- team chips ------------------------------------------------------------------------------ */

/* What a team answered, short: "B", "A C", "True", "Sentence 3", the typed text, "67%". */
static void summary(const PresentScreen *ps, const Question *q, const TeamResult *r, char *buf, size_t n)
{
    const Answer *a = &r->answer;
    buf[0] = '\0';
    switch (q->format) {
    case FORMAT_CHOICE: snprintf(buf, n, "%c", answer_letter(a->choice)); return;
    case FORMAT_MULTI:
        for (size_t i = 0; i < q->n_choices && strlen(buf) + 3 < n; i++)
            if ((a->picked >> i) & 1u) snprintf(buf + strlen(buf), n - strlen(buf), "%s%c", buf[0] ? " " : "", answer_letter((int)i));
        return;
    case FORMAT_TRUE_FALSE: snprintf(buf, n, "%s", a->truth ? "True" : "False"); return;
    case FORMAT_ORDER: snprintf(buf, n, "%.0f%%", r->grade.fraction * 100); return;
    case FORMAT_TEXT: snprintf(buf, n, "%s", a->text); return;
    case FORMAT_EVIDENCE: ps_sentence_label(ps, a->article, a->sentence, true, buf, n); return;
    default: return;
    }
}

/* The second line of a team chip: its state before the reveal (never what it answered), its
 * result after. Narrow chips (many teams) use the short words. */
static void chip_status(PresentScreen *ps, size_t t, SDL_Rect line, bool narrow)
{
    Ui *ui = &ps->ui;
    const Theme *th = ui->th;
    const Presenter *p = ps->p;
    const Question *q = presenter_question(p);
    const TeamResult *r = presenter_result(p, presenter_position(p), t);
    int turn = presenter_turn(p);
    int s = ui_line(ui, FONT_SMALL) * 8 / 10, x = line.x;
    SDL_Rect glyph = {x, line.y + (line.h - s) / 2, s, s};
    char buf[ANSWER_MAX_TEXT + 64], pts[32];
    SDL_Color c = th->muted;
    if (turn >= 0 && (int)t != turn) {
        snprintf(buf, sizeof buf, "%s", revealed(ps) ? "\xE2\x80\x94" : "Waits");
    } else if (revealed(ps)) {
        if (!r->answered) {
            snprintf(buf, sizeof buf, "%s", narrow ? "\xE2\x80\x94" : "No answer");
        } else {
            if (r->grade.correct) ps_check(ui, glyph, th->good);
            else ps_cross(ui, glyph, th->bad);
            x += s + ui_px(ui, 6);
            char what[ANSWER_MAX_TEXT];
            summary(ps, q, r, what, sizeof what);
            ui_format_points(r->grade.points + r->bonus, pts, sizeof pts);
            if (narrow) snprintf(buf, sizeof buf, "+%s", pts);
            else snprintf(buf, sizeof buf, "+%s \xC2\xB7 %s", pts, what);
            /* A cite question: why a right answer has a cross (the sentence), when there is room. */
            size_t len = strlen(buf);
            if (r->grade.cited && !narrow) {
                snprintf(buf + len, sizeof buf - len, " \xC2\xB7 sentence %s",
                         r->grade.evidence_correct ? "\xE2\x9C\x93" : "\xE2\x9C\x97");
                if (ui_measure(ui, FONT_SMALL, buf) > line.x + line.w - x) buf[len] = '\0';
            }
            c = th->text;
        }
    } else if (ps->draft.open && ps->draft.team == (int)t && (turn < 0 || !presenter_team_answered(p, t))) {
        snprintf(buf, sizeof buf, "%s", narrow ? "Now" : "Answering\xE2\x80\xA6");
        c = th->accent;
    } else if (presenter_team_answered(p, t)) {
        ps_check(ui, glyph, th->accent);
        x += s + ui_px(ui, 6);
        snprintf(buf, sizeof buf, "%s", narrow ? "In" : "Locked in");
        c = th->text;
    } else {
        snprintf(buf, sizeof buf, "%s", turn >= 0 ? (narrow ? "Turn" : "Their turn") : "\xE2\x80\xA6");
        if (turn < 0 && !narrow) snprintf(buf, sizeof buf, "Thinking\xE2\x80\xA6");
    }
    ui_text_fit_draw(ui, FONT_SMALL, c, x, line.y, line.x + line.w - x, buf);
}

static void render_chip(PresentScreen *ps, size_t t)
{
    Ui *ui = &ps->ui;
    const Theme *th = ui->th;
    SDL_Rect r = ps->chip[t];
    PresentPhase ph = presenter_phase(ps->p);
    bool picked = ps->draft.open && ps->draft.team == (int)t && (ph == PHASE_ASKING || ph == PHASE_PAUSED);
    bool turn = presenter_turn(ps->p) == (int)t;
    bool locked = presenter_team_answered(ps->p, t) && !revealed(ps);
    SDL_Color edge = picked || turn ? th->accent : th->border;
    ps_thick_outline(ui, r, ui_px(ui, 8), picked || turn ? ui_px(ui, 4) : 1, edge, locked ? th->selected : th->panel);
    bool narrow = r.w < ui_px(ui, 150);
    int pad = narrow ? ui_px(ui, 5) : ui_px(ui, 8);
    FontRole nf = narrow ? FONT_SMALL_BOLD : FONT_UI_BOLD;
    char num[24]; /* any size_t: gcc's -Wformat-truncation cannot see PRESENT_MAX_TEAMS */
    snprintf(num, sizeof num, "%zu", t + 1);
    int bh = ui_line(ui, nf);
    SDL_Rect badge = {r.x + pad, r.y + (r.h - bh) / 2, bh * 4 / 5, bh};
    ui_fill_round(ui, badge, ui_px(ui, 5), th->button);
    ui_text(ui, nf, th->text, badge.x + (badge.w - ui_measure(ui, nf, num)) / 2, badge.y, num);
    int x = badge.x + badge.w + pad, w = r.x + r.w - pad - x;
    int y = r.y + (r.h - ui_line(ui, nf) - ui_line(ui, FONT_SMALL)) / 2;
    ui_text_fit_draw(ui, nf, th->text, x, y, w, presenter_team_name(ps->p, t));
    chip_status(ps, t, (SDL_Rect){x, y + ui_line(ui, nf), w, ui_line(ui, FONT_SMALL)}, narrow);
    if (picked) ui_focus_ring(ui, r);
}

void ps_question_render(PresentScreen *ps)
{
    const Question *q = presenter_question(ps->p);
    render_header(ps, q);
    PresentPhase ph = presenter_phase(ps->p);
    int picked = 0;
    if (ps->draft.open && q->format == FORMAT_EVIDENCE) picked = ps_shown_number(ps, ps->draft.a.article, ps->draft.a.sentence);
    int cursor = ps->draft.open && q->format == FORMAT_EVIDENCE ? ps->draft.cursor : 0;
    int art, sen; /* a cite question: the class's sentence, while it is picked and after */
    if (q->cite && presenter_cite_pick(ps->p, presenter_position(ps->p), &art, &sen))
        picked = ps_shown_number(ps, art, sen);
    if (ps->citing) cursor = ps->cite_cursor;
    /* The evidence highlight is the answer to many questions: only in the evidence phase. */
    if (ph == PHASE_EVIDENCE && pp_wanted(ps->cfg.pack, q)) pp_render(&ps->xui, ps->cfg.pack, q, ps->excerpt);
    else ex_render(&ps->ex, ph == PHASE_EVIDENCE, picked, cursor);
    render_column(ps, q);
    for (size_t t = 0; t < presenter_team_count(ps->p); t++) render_chip(ps, t);
}
