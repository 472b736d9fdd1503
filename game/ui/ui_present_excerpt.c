/* ui_present_excerpt.c — the part of the article shown beside the question.
 *
 * Choice of text: the article's title, then the paragraph holding the question's first evidence
 * passage, grown by whole neighbouring paragraphs while they fit (alternating sides, starting on
 * a side that depends on the question so the passage is not always in the same place). Evidence
 * questions get every sentence on its own numbered line. Lines keep their byte ranges in the
 * article body, so highlights and clicks map to passages and sentences exactly. Nothing here
 * decides whether the evidence may be highlighted: the caller says so (only after the reveal). */
#include "text.h"
#include "ui_format.h"
#include "ui_present_internal.h"
#include "ui_widgets.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What laying out and drawing need: the content fonts, the pack, and the excerpt being built
 * (measuring passes ex == NULL to wrap_range and lay_paragraph). */
typedef struct ExEnv {
    Ui *cui;
    const Pack *pack;
    PsExcerpt *ex;
} ExEnv;

typedef struct ExMetrics {
    int pad, gutter, text_w, pitch, para_gap, title_h, head_h, more_h;
} ExMetrics;

void ex_free(PsExcerpt *ex)
{
    free(ex->lines);
    memset(ex, 0, sizeof *ex);
}

static int anchor_article(const Question *q)
{
    return q->n_evidence ? q->evidence[0].article : 0;
}

static size_t para_end(const Article *a, size_t p)
{
    size_t end = a->paragraph_start[p] + strlen(a->paragraphs[p]);
    return end < a->body_len ? end : a->body_len;
}

static size_t anchor_paragraph(const Article *a, const Question *q)
{
    size_t at = q->n_evidence ? q->evidence[0].start : 0, p = 0;
    for (size_t i = 0; i < a->n_paragraphs; i++)
        if (a->paragraph_start[i] <= at) p = i;
    return p;
}

static ExMetrics metrics(ExEnv *env, const Article *a, bool numbered, int width)
{
    Ui *ui = env->cui;
    ExMetrics m;
    m.pad = ui_px(ui, 18);
    m.gutter = numbered ? ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 16) : 0;
    m.text_w = width - 2 * m.pad - m.gutter;
    if (m.text_w < ui_px(ui, 60)) m.text_w = ui_px(ui, 60);
    m.pitch = ui_line(ui, FONT_BODY) + ui_px(ui, 5);
    m.para_gap = ui_px(ui, 10);
    m.title_h = ui_text_wrapped_h(ui, FONT_UI_BOLD, ui->th->text, width - 2 * m.pad, a->title);
    m.head_h = m.title_h + ui_px(ui, 4) + ui_line(ui, FONT_SMALL) + ui_px(ui, 12);
    m.more_h = ui_line(ui, FONT_SMALL);
    return m;
}

/* Wraps bytes [start, end) of the body, appending lines (x, y left 0) to ex when ex is not NULL;
 * returns the number of lines. */
static size_t wrap_range(ExEnv *env, PsExcerpt *ex, const Article *a, size_t start,
                         size_t end, int w, int number)
{
    UiLine *ul;
    size_t n = ui_wrap(ui_font(env->cui, FONT_BODY), a->body + start, end - start, w, &ul);
    for (size_t i = 0; ex && i < n; i++) {
        if (ex->n_lines == ex->cap) {
            size_t cap = ex->cap ? ex->cap * 2 : 32;
            PsLine *nl = realloc(ex->lines, cap * sizeof *nl);
            if (!nl) break;
            ex->lines = nl;
            ex->cap = cap;
        }
        ex->lines[ex->n_lines++] = (PsLine){start + ul[i].start, start + ul[i].end, 0, 0,
                                            ul[i].width, i == 0 ? number : 0, false};
    }
    free(ul);
    return n;
}

/* Lays out paragraph p (as numbered sentences when numbered); returns its height. Sentence
 * numbers start at *number + 1 and *number advances. */
static int lay_paragraph(ExEnv *env, PsExcerpt *ex, const Article *a, size_t p,
                         const ExMetrics *m, bool numbered, int *number)
{
    size_t ps0 = a->paragraph_start[p], pe = para_end(a, p);
    if (!numbered) return (int)wrap_range(env, ex, a, ps0, pe, m->text_w, 0) * m->pitch;
    int h = 0, blocks = 0;
    for (size_t s = 0; s < a->n_sentences; s++) {
        const TextSpan *sp = &a->sentences[s];
        if (sp->start < ps0 || sp->start >= pe) continue;
        size_t e = sp->end < pe ? sp->end : pe;
        h += (int)wrap_range(env, ex, a, sp->start, e, m->text_w, ++*number) * m->pitch;
        blocks++;
    }
    return h + (blocks > 1 ? (blocks - 1) * ui_px(env->cui, 4) : 0);
}

/* Sentences of paragraph p. */
static int sentences_in(const Article *a, size_t p)
{
    size_t ps0 = a->paragraph_start[p], pe = para_end(a, p);
    int n = 0;
    for (size_t s = 0; s < a->n_sentences; s++)
        n += a->sentences[s].start >= ps0 && a->sentences[s].start < pe;
    return n;
}

/* A window of paragraphs [first, last] around the anchor, grown one paragraph at a time on
 * alternating sides (starting on a side that depends on the question, so the passage is not
 * always at the same place); h is its height. */
typedef struct Grow {
    size_t first, last;
    bool after, stop_before, stop_after;
    int h;
} Grow;

static Grow grow_init(const ExEnv *env, const Question *q, const Article *a, int h)
{
    Grow g;
    g.first = g.last = anchor_paragraph(a, q);
    g.after = (q - env->pack->questions) % 2 == 0;
    g.stop_before = g.first == 0;
    g.stop_after = g.last + 1 >= a->n_paragraphs;
    g.h = h;
    return g;
}

/* Adds one paragraph; with max_h >= 0 only one that keeps the window within max_h. Returns the
 * paragraph added, or -1 when none can be. */
static long grow(ExEnv *env, Grow *g, const Article *a, const ExMetrics *m, bool numbered,
                 int max_h)
{
    while (!g->stop_before || !g->stop_after) {
        if ((g->after && g->stop_after) || (!g->after && g->stop_before)) g->after = !g->after;
        bool after = g->after;
        g->after = !g->after;
        size_t cand = after ? g->last + 1 : g->first - 1;
        int number = 0;
        int ch = lay_paragraph(env, NULL, a, cand, m, numbered, &number);
        if (max_h >= 0 && g->h + m->para_gap + ch + 2 * m->more_h > max_h) {
            if (after) g->stop_after = true;
            else g->stop_before = true;
            continue;
        }
        g->h += m->para_gap + ch;
        if (after) g->last = cand;
        else g->first = cand;
        g->stop_after = g->last + 1 >= a->n_paragraphs;
        g->stop_before = g->first == 0;
        return (long)cand;
    }
    return -1;
}

/* An evidence question shows at least this many sentences (when the article has them), so that
 * picking the right one is a real choice, not the only sentence on screen. */
#define EX_MIN_SENTENCES 4

/* The window a question needs whatever the height: the anchor paragraph, and for evidence
 * questions enough neighbours for EX_MIN_SENTENCES sentences. */
static Grow min_window(ExEnv *env, const Question *q, const Article *a, const ExMetrics *m,
                       bool numbered)
{
    int number = 0;
    size_t anchor = anchor_paragraph(a, q);
    Grow g = grow_init(env, q, a, lay_paragraph(env, NULL, a, anchor, m, numbered, &number));
    int count = sentences_in(a, anchor);
    while (numbered && count < EX_MIN_SENTENCES) {
        long p = grow(env, &g, a, m, numbered, -1);
        if (p < 0) break;
        count += sentences_in(a, (size_t)p);
    }
    return g;
}

int ex_min_height(Ui *cui, const Pack *pack, const Question *q, int width)
{
    ExEnv e = {cui, pack, NULL}, *env = &e;
    const Article *a = &env->pack->articles[anchor_article(q)];
    bool numbered = q->format == FORMAT_EVIDENCE;
    ExMetrics m = metrics(env, a, numbered, width);
    Grow g = min_window(env, q, a, &m, numbered);
    return 2 * m.pad + m.head_h + g.h + 2 * m.more_h;
}

/* The paragraphs to show: the minimum window, then neighbours while they fit. */
static void choose_paragraphs(ExEnv *env, const Question *q, const Article *a,
                              const ExMetrics *m, int avail)
{
    PsExcerpt *ex = env->ex;
    Grow g = min_window(env, q, a, m, ex->numbered);
    while (grow(env, &g, a, m, ex->numbered, avail) >= 0) continue;
    ex->para_first = g.first;
    ex->para_last = g.last;
    ex->more_before = g.first > 0;
    ex->more_after = g.last + 1 < a->n_paragraphs;
}

/* Whether paragraph p of the excerpt's article holds (part of) an evidence passage of q. */
static bool para_has_passage(const Question *q, int article, const Article *a, size_t p)
{
    size_t from = a->paragraph_start[p], to = para_end(a, p);
    for (size_t i = 0; i < q->n_evidence; i++) {
        const Passage *ps = &q->evidence[i];
        if (ps->article == article && ps->start < to && ps->end > from) return true;
    }
    return false;
}

/* Every paragraph with a passage: the first and last of them (false when there is none). */
static bool passage_span(const Question *q, int article, const Article *a, size_t *first, size_t *last)
{
    bool any = false;
    for (size_t p = 0; p < a->n_paragraphs; p++) {
        if (!para_has_passage(q, article, a, p)) continue;
        if (!any) *first = p;
        *last = p;
        any = true;
    }
    return any;
}

int ex_passages_height(Ui *cui, const Pack *pack, const Question *q, int width)
{
    ExEnv e = {cui, pack, NULL}, *env = &e;
    int article = anchor_article(q);
    const Article *a = &pack->articles[article];
    ExMetrics m = metrics(env, a, false, width);
    size_t first = 0, last = 0;
    if (!passage_span(q, article, a, &first, &last)) return ex_min_height(cui, pack, q, width);
    int h = 2 * m.pad + m.head_h + 2 * m.more_h, number = 0;
    bool gap = false;
    for (size_t p = first; p <= last; p++) {
        if (!para_has_passage(q, article, a, p)) {
            gap = true;
            continue;
        }
        h += lay_paragraph(env, NULL, a, p, &m, false, &number) + m.para_gap + (gap ? m.more_h : 0);
        gap = false;
    }
    return h;
}

static void layout(ExEnv *env, const Question *q, SDL_Rect view, bool passages)
{
    PsExcerpt *ex = env->ex;
    float scale = env->cui->fonts.scale;
    if (ex->q == q && ex->ui == env->cui && SDL_RectEquals(&ex->view, &view) && ex->scale == scale &&
        ex->passages == passages)
        return;
    ex->ui = env->cui;
    ex->pack = env->pack;
    ex->q = q;
    ex->view = view;
    ex->scale = scale;
    ex->passages = passages;
    ex->article = anchor_article(q);
    ex->a = &env->pack->articles[ex->article];
    ex->numbered = q->format == FORMAT_EVIDENCE && !passages;
    ex->n_lines = 0;
    const Article *a = ex->a;
    ExMetrics m = metrics(env, a, ex->numbered, view.w);
    ex->pitch = m.pitch;
    ex->gutter = m.gutter;
    ex->title_h = m.title_h;
    ex->title_y = view.y + m.pad;
    ex->meta_y = ex->title_y + m.title_h + ui_px(env->cui, 4);
    int avail = view.h - 2 * m.pad - m.head_h;
    if (passages && passage_span(q, ex->article, a, &ex->para_first, &ex->para_last)) {
        ex->more_before = ex->para_first > 0;
        ex->more_after = ex->para_last + 1 < a->n_paragraphs;
    } else {
        passages = false;
        choose_paragraphs(env, q, a, &m, avail);
    }
    ex->body_y = view.y + m.pad + m.head_h + (ex->more_before ? m.more_h : 0);
    int y = ex->body_y, bottom = view.y + view.h - m.pad - (ex->more_after ? m.more_h : 0);
    int number = 0;
    bool gap = false;
    ex->sent_first = -1;
    for (size_t p = ex->para_first; p <= ex->para_last; p++) {
        if (passages && !para_has_passage(q, ex->article, a, p)) {
            gap = true; /* left out: "[…]" above the next one shown */
            continue;
        }
        size_t from = ex->n_lines;
        lay_paragraph(env, ex, a, p, &m, ex->numbered, &number);
        if (gap) y += m.more_h;
        for (size_t i = from; i < ex->n_lines; i++) {
            PsLine *l = &ex->lines[i];
            if (l->number && i > from) y += ui_px(env->cui, 4);
            l->x = view.x + m.pad + m.gutter;
            l->y = y;
            l->gap_before = gap && i == from;
            y += m.pitch;
        }
        gap = false;
        y += m.para_gap;
    }
    /* A paragraph too long for the panel (at the smallest scale): keep the lines that fit. */
    while (ex->n_lines > 0 && ex->lines[ex->n_lines - 1].y + m.pitch > bottom) {
        ex->n_lines--;
        ex->more_after = true;
    }
    ex->more_after_y = ex->n_lines ? ex->lines[ex->n_lines - 1].y + m.pitch : ex->body_y;
    ex->n_sent = 0;
    for (size_t i = 0; i < ex->n_lines; i++)
        if (ex->lines[i].number) {
            int s = pack_sentence_at(a, ex->lines[i].start);
            if (ex->sent_first < 0) ex->sent_first = s;
            ex->n_sent = ex->lines[i].number;
        }
}

void ex_layout(PsExcerpt *ex, Ui *cui, const Pack *pack, const Question *q, SDL_Rect view)
{
    ExEnv e = {cui, pack, ex};
    layout(&e, q, view, false);
}

void ex_layout_passages(PsExcerpt *ex, Ui *cui, const Pack *pack, const Question *q, SDL_Rect view)
{
    ExEnv e = {cui, pack, ex};
    layout(&e, q, view, true);
}

/* --- queries ------------------------------------------------------------------------------- */

int ex_sentence_of(const PsExcerpt *ex, int number)
{
    if (!ex->numbered || number < 1 || number > ex->n_sent || ex->sent_first < 0) return -1;
    return ex->sent_first + number - 1;
}

int ex_number_of(const PsExcerpt *ex, int sentence)
{
    if (!ex->numbered || ex->sent_first < 0) return 0;
    int n = sentence - ex->sent_first + 1;
    return n >= 1 && n <= ex->n_sent ? n : 0;
}

int ex_number_at(const PsExcerpt *ex, int x, int y)
{
    const ExEnv e = {ex->ui, ex->pack, NULL}, *env = &e;
    if (!ex->q || !ex->numbered || !ui_point_in(ex->view, x, y)) return 0;
    for (size_t i = 0; i < ex->n_lines; i++) {
        const PsLine *l = &ex->lines[i];
        if (y < l->y || y >= l->y + ex->pitch) continue;
        size_t off = l->start;
        if (x > l->x) off += ui_text_fit(ui_font(env->cui, FONT_BODY), ex->a->body + l->start,
                                         l->end - l->start, x - l->x);
        if (off >= l->end && l->end > l->start) off = l->end - 1;
        return ex_number_of(ex, pack_sentence_at(ex->a, off));
    }
    return 0;
}

size_t ex_range_rects(const PsExcerpt *ex, size_t start, size_t end, SDL_Rect *out, size_t max)
{
    TTF_Font *f = ui_font(ex->ui, FONT_BODY);
    size_t n = 0;
    for (size_t i = 0; i < ex->n_lines && n < max; i++) {
        const PsLine *l = &ex->lines[i];
        if (l->end <= start || l->start >= end) continue;
        size_t a = start > l->start ? start : l->start, b = end < l->end ? end : l->end;
        int x0 = ui_text_width(f, ex->a->body + l->start, a - l->start);
        int x1 = ui_text_width(f, ex->a->body + l->start, b - l->start);
        if (x1 > x0) out[n++] = (SDL_Rect){l->x + x0 - 3, l->y, x1 - x0 + 6, ex->pitch};
    }
    return n;
}

/* --- drawing ------------------------------------------------------------------------------- */

static bool in_marks(const Question *q, int article, size_t at)
{
    for (size_t i = 0; i < q->n_evidence; i++)
        if (q->evidence[i].article == article && at >= q->evidence[i].start && at < q->evidence[i].end)
            return true;
    return false;
}

/* One line, split where evidence passages begin or end so marked text takes mark_text. */
static void draw_line(ExEnv *env, const PsLine *l, bool marks)
{
    Ui *ui = env->cui;
    const PsExcerpt *ex = env->ex;
    const char *body = ex->a->body;
    int ty = l->y + (ex->pitch - ui_line(ui, FONT_BODY)) / 2;
    TTF_Font *f = ui_font(ui, FONT_BODY);
    size_t seg = l->start;
    while (seg < l->end) {
        bool marked = marks && in_marks(ex->q, ex->article, seg);
        size_t next = l->end;
        for (size_t i = 0; marks && i < ex->q->n_evidence; i++) {
            const Passage *p = &ex->q->evidence[i];
            if (p->article != ex->article) continue;
            if (p->start > seg && p->start < next) next = p->start;
            if (p->end > seg && p->end < next) next = p->end;
        }
        int x = l->x + ui_text_width(f, body + l->start, seg - l->start);
        ui_text_n(ui, FONT_BODY, marked ? ui->th->mark_text : ui->th->text, x, ty, body + seg, next - seg);
        seg = next;
    }
}

static void fill_sentence(ExEnv *env, int number, SDL_Color c, bool outline)
{
    int s = ex_sentence_of(env->ex, number);
    if (s < 0) return;
    const TextSpan *sp = &env->ex->a->sentences[s];
    SDL_Rect r[32];
    size_t n = ex_range_rects(env->ex, sp->start, sp->end, r, 32);
    for (size_t i = 0; i < n; i++) {
        if (outline) ui_outline(env->cui, r[i], ui_px(env->cui, 3), c);
        else ui_fill(env->cui, r[i], c);
    }
}

static void draw_number(ExEnv *env, const PsLine *l)
{
    Ui *ui = env->cui;
    char num[8];
    snprintf(num, sizeof num, "%d", l->number);
    int h = ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 2);
    int w = env->ex->gutter - ui_px(ui, 8);
    SDL_Rect b = {l->x - env->ex->gutter, l->y + (env->ex->pitch - h) / 2, w, h};
    /* Text-on-panel inverted: never the colour of the evidence highlight (in the contrast theme
     * the accent is the highlight's yellow). */
    ui_fill_round(ui, b, ui_px(ui, 5), ui->th->text);
    ui_text(ui, FONT_SMALL_BOLD, ui->th->panel, b.x + (w - ui_measure(ui, FONT_SMALL_BOLD, num)) / 2,
            b.y + (h - ui_line(ui, FONT_SMALL_BOLD)) / 2, num);
}

static void draw_header(ExEnv *env)
{
    Ui *ui = env->cui;
    const PsExcerpt *ex = env->ex;
    const Article *a = ex->a;
    int pad = ui_px(ui, 18), x = ex->view.x + pad, w = ex->view.w - 2 * pad;
    ui_text_wrapped(ui, FONT_UI_BOLD, ui->th->text, x, ex->title_y, w, a->title);
    char date[64], meta[300];
    ui_format_date(a->date, date, sizeof date);
    snprintf(meta, sizeof meta, "%s%s%s", a->outlet ? a->outlet : "", a->outlet && date[0] ? " \xC2\xB7 " : "", date);
    ui_text_fit_draw(ui, FONT_SMALL, ui->th->muted, x, ex->meta_y, w, meta);
    ui_fill(ui, (SDL_Rect){x, ex->meta_y + ui_line(ui, FONT_SMALL) + ui_px(ui, 5), w, 1}, ui->th->border);
    if (ex->more_before)
        ui_text(ui, FONT_SMALL, ui->th->muted, x + ex->gutter, ex->body_y - ui_line(ui, FONT_SMALL), "[\xE2\x80\xA6]");
    if (ex->more_after) ui_text(ui, FONT_SMALL, ui->th->muted, x + ex->gutter, ex->more_after_y, "[\xE2\x80\xA6]");
}

void ex_render(PsExcerpt *ex, bool marks, int picked, int cursor)
{
    if (!ex->q) return;
    ExEnv e = {ex->ui, ex->pack, ex}, *env = &e;
    Ui *ui = env->cui;
    ui_panel(ui, ex->view);
    draw_header(env);
    if (picked) fill_sentence(env, picked, ui->th->selected, false);
    for (size_t i = 0; marks && i < ex->q->n_evidence; i++) {
        const Passage *p = &ex->q->evidence[i];
        if (p->article != ex->article) continue;
        SDL_Rect r[32];
        size_t n = ex_range_rects(ex, p->start, p->end, r, 32);
        for (size_t k = 0; k < n; k++) ui_fill(ui, r[k], ui->th->mark);
    }
    if (cursor) fill_sentence(env, cursor, ui->th->focus, true);
    int pad = ui_px(ui, 18);
    for (size_t i = 0; i < ex->n_lines; i++) {
        if (ex->lines[i].gap_before)
            ui_text(ui, FONT_SMALL, ui->th->muted, ex->view.x + pad + ex->gutter,
                    ex->lines[i].y - ui_line(ui, FONT_SMALL) - ui_px(ui, 10) / 2, "[\xE2\x80\xA6]");
        draw_line(env, &ex->lines[i], marks);
        if (ex->lines[i].number) draw_number(env, &ex->lines[i]);
    }
}
