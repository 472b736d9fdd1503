/* ui_present_excerpt.c — the part of the article shown beside the question.
 *
 * Choice of text: the article's title, then every paragraph holding one of the question's
 * evidence passages (so the words a question asks about are on the projector, whichever passage
 * they are in), grown by whole neighbouring paragraphs while they fit: first the single
 * paragraphs between two shown ones, then alternating sides (starting on a side that depends on
 * the question so the passage is not always in the same place). Paragraphs left out between
 * shown ones are marked "[…]". Evidence
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

typedef struct ExMetrics {
    int pad, gutter, text_w, pitch, para_gap, title_h, head_h, more_h;
} ExMetrics;

/* What the excerpt's functions work with: the excerpt, the fonts it is laid out in, the pack. */
typedef struct ExCtx {
    PsExcerpt *ex;
    Ui *cui;
    const Pack *pack;
} ExCtx;

static size_t range_rects(const ExCtx *ps, size_t start, size_t end, SDL_Rect *out, size_t max);

void ex_free(PsExcerpt *ex)
{
    free(ex->lines);
    free(ex->shown);
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

static size_t paragraph_of(const Article *a, size_t at)
{
    size_t p = 0;
    for (size_t i = 0; i < a->n_paragraphs; i++)
        if (a->paragraph_start[i] <= at) p = i;
    return p;
}

/* The article the excerpt shows: the caller's choice (ex->want, Ctrl+Tab in the presenter), else
 * the question's own (its first passage's). */
static int shown_article(const PsExcerpt *ex, const Pack *pack, const Question *q)
{
    return ex->want >= 0 && (size_t)ex->want < pack->n_articles ? ex->want : anchor_article(q);
}

/* The paragraph the excerpt is built around: the first of q's passages in this article, else the
 * article's first paragraph (another outlet's article, with no passage of q). */
static size_t anchor_paragraph(const Article *a, const Question *q, int article)
{
    for (size_t i = 0; i < q->n_evidence; i++)
        if (q->evidence[i].article == article) return paragraph_of(a, q->evidence[i].start);
    return 0;
}

/* "Outlet · date", the line under the title (it wraps: never "17…"). In a pack of several
 * articles where the caller lets the class switch (ex->switchable), which one of how many, and the
 * key to the next: "The Eastside Voice · 14 March 2025 · article 1 of 2 · Ctrl+Tab: the next". */
static void meta_text(const ExCtx *ps, const Article *a, char *meta, size_t size)
{
    char date[64];
    ui_format_date(a->date, date, sizeof date);
    snprintf(meta, size, "%s%s%s", a->outlet ? a->outlet : "", a->outlet && date[0] ? " \xC2\xB7 " : "", date);
    size_t n = ps->pack->n_articles, len = strlen(meta);
    if (ps->ex->switchable && n > 1 && len < size)
        snprintf(meta + len, size - len, "%sarticle %d of %zu \xC2\xB7 Ctrl+Tab: the %s", len ? " \xC2\xB7 " : "",
                 (int)(a - ps->pack->articles) + 1, n, n == 2 ? "other" : "next");
}

static ExMetrics metrics(ExCtx *ps, const Article *a, bool numbered, int width)
{
    Ui *ui = ps->cui;
    ExMetrics m;
    m.pad = ui_px(ui, 18);
    m.gutter = numbered ? ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 16) : 0;
    m.text_w = width - 2 * m.pad - m.gutter;
    if (m.text_w < ui_px(ui, 60)) m.text_w = ui_px(ui, 60);
    m.pitch = ui_line(ui, FONT_BODY) + ui_px(ui, 5);
    m.para_gap = ui_px(ui, 10);
    m.title_h = ui_text_wrapped_h(ui, FONT_UI_BOLD, ui->th->text, width - 2 * m.pad, a->title);
    char meta[300];
    meta_text(ps, a, meta, sizeof meta);
    int meta_h = meta[0] ? ui_text_wrapped_h(ui, FONT_SMALL, ui->th->muted, width - 2 * m.pad, meta)
                         : ui_line(ui, FONT_SMALL);
    m.head_h = m.title_h + ui_px(ui, 4) + meta_h + ui_px(ui, 12);
    m.more_h = ui_line(ui, FONT_SMALL);
    return m;
}

/* Wraps bytes [start, end) of the body, appending lines (x, y left 0) to ex when ex is not NULL;
 * returns the number of lines. */
static size_t wrap_range(ExCtx *ps, PsExcerpt *ex, const Article *a, size_t start,
                         size_t end, int w, int number)
{
    UiLine *ul;
    size_t n = ui_wrap(ui_font(ps->cui, FONT_BODY), a->body + start, end - start, w, &ul);
    for (size_t i = 0; ex && i < n; i++) {
        if (ex->n_lines == ex->cap) {
            size_t cap = ex->cap ? ex->cap * 2 : 32;
            PsLine *nl = realloc(ex->lines, cap * sizeof *nl);
            if (!nl) break;
            ex->lines = nl;
            ex->cap = cap;
        }
        ex->lines[ex->n_lines++] = (PsLine){start + ul[i].start, start + ul[i].end, 0, 0,
                                            ul[i].width, i == 0 ? number : 0, -1};
    }
    free(ul);
    return n;
}

/* Lays out paragraph p (as numbered sentences when numbered); returns its height. Sentence
 * numbers start at *number + 1 and *number advances. */
static int lay_paragraph(ExCtx *ps, PsExcerpt *ex, const Article *a, size_t p,
                         const ExMetrics *m, bool numbered, int *number)
{
    size_t ps0 = a->paragraph_start[p], pe = para_end(a, p);
    if (!numbered) return (int)wrap_range(ps, ex, a, ps0, pe, m->text_w, 0) * m->pitch;
    int h = 0, blocks = 0;
    for (size_t s = 0; s < a->n_sentences; s++) {
        const TextSpan *sp = &a->sentences[s];
        if (sp->start < ps0 || sp->start >= pe) continue;
        size_t e = sp->end < pe ? sp->end : pe;
        size_t from = ex ? ex->n_lines : 0;
        h += (int)wrap_range(ps, ex, a, sp->start, e, m->text_w, ++*number) * m->pitch;
        if (ex && ex->n_lines > from) ex->lines[from].sentence = (int)s;
        blocks++;
    }
    return h + (blocks > 1 ? (blocks - 1) * ui_px(ps->cui, 4) : 0);
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

/* The paragraphs shown (a set: the evidence may lie in paragraphs far apart), grown one at a
 * time; h is the height of the body (paragraphs, gaps between them, "[…]" between blocks). */
typedef struct Grow {
    bool *shown;
    int *height;        /* per paragraph, -1 until measured */
    size_t n, first, last;
    bool after, blocked_before, blocked_after; /* a paragraph on that side did not fit */
    int h;
} Grow;

static int para_height(ExCtx *ps, Grow *g, const Article *a, size_t p, const ExMetrics *m,
                       bool numbered)
{
    if (g->height[p] < 0) {
        int number = 0;
        g->height[p] = lay_paragraph(ps, NULL, a, p, m, numbered, &number);
    }
    return g->height[p];
}

static void grow_update(ExCtx *ps, Grow *g, const Article *a, const ExMetrics *m,
                        bool numbered)
{
    g->h = 0;
    bool any = false;
    for (size_t p = 0; p < g->n; p++) {
        if (!g->shown[p]) continue;
        if (!any) g->first = p;
        else g->h += m->para_gap + (g->shown[p - 1] ? 0 : m->more_h);
        g->h += para_height(ps, g, a, p, m, numbered);
        g->last = p;
        any = true;
    }
}

/* Every paragraph holding a passage of q in this article (the first passage's paragraph at
 * least), measured. Allocation failure leaves g->shown NULL. */
static Grow grow_init(ExCtx *ps, const Question *q, const Article *a, const ExMetrics *m,
                      bool numbered)
{
    Grow g = {0};
    g.n = a->n_paragraphs ? a->n_paragraphs : 1;
    g.shown = calloc(g.n, sizeof *g.shown);
    g.height = malloc(g.n * sizeof *g.height);
    if (!g.shown || !g.height) {
        free(g.shown);
        free(g.height);
        g.shown = NULL;
        g.height = NULL;
        return g;
    }
    for (size_t p = 0; p < g.n; p++) g.height[p] = -1;
    int article = (int)(a - ps->pack->articles);
    g.shown[a->n_paragraphs ? anchor_paragraph(a, q, article) : 0] = true;
    for (size_t i = 0; i < q->n_evidence && a->n_paragraphs; i++) {
        const Passage *ps_ = &q->evidence[i];
        if (ps_->article != article || ps_->end <= ps_->start) continue;
        size_t from = paragraph_of(a, ps_->start), to = paragraph_of(a, ps_->end - 1);
        for (size_t p = from; p <= to; p++) g.shown[p] = true;
    }
    g.after = (q - ps->pack->questions) % 2 == 0;
    grow_update(ps, &g, a, m, numbered);
    return g;
}

static void grow_free(Grow *g)
{
    free(g->shown);
    free(g->height);
}

/* Shows paragraph cand if, with max_h >= 0, the body then stays within max_h. */
static bool try_add(ExCtx *ps, Grow *g, const Article *a, const ExMetrics *m,
                    bool numbered, size_t cand, int max_h)
{
    g->shown[cand] = true;
    grow_update(ps, g, a, m, numbered);
    if (max_h >= 0 && g->h + 2 * m->more_h > max_h) {
        g->shown[cand] = false;
        grow_update(ps, g, a, m, numbered);
        return false;
    }
    return true;
}

/* Adds one paragraph: one that joins two shown paragraphs, else a neighbour of the whole on
 * alternating sides, else one next to a shown paragraph inside a gap; with max_h >= 0 only one that keeps the body within max_h. Returns the
 * paragraph added, or -1 when none can be. */
static long grow(ExCtx *ps, Grow *g, const Article *a, const ExMetrics *m, bool numbered,
                 int max_h)
{
    for (size_t p = 1; p + 1 < g->n; p++)
        if (!g->shown[p] && g->shown[p - 1] && g->shown[p + 1] &&
            try_add(ps, g, a, m, numbered, p, max_h))
            return (long)p;
    for (;;) {
        bool can_before = !g->blocked_before && g->first > 0;
        bool can_after = !g->blocked_after && g->last + 1 < g->n;
        if (!can_before && !can_after) break;
        bool after = g->after ? can_after : !can_before;
        g->after = !after;
        size_t cand = after ? g->last + 1 : g->first - 1;
        if (try_add(ps, g, a, m, numbered, cand, max_h)) return (long)cand;
        if (after) g->blocked_after = true;
        else g->blocked_before = true;
    }
    /* Then into the gaps between passages far apart: the paragraph after a shown one, or before. */
    for (int side = 0; side < 2; side++)
        for (size_t p = 0; p < g->n; p++) {
            bool next_to = side == 0 ? p > 0 && g->shown[p - 1] : p + 1 < g->n && g->shown[p + 1];
            if (!g->shown[p] && next_to && p > g->first && p < g->last &&
                try_add(ps, g, a, m, numbered, p, max_h))
                return (long)p;
        }
    return -1;
}

/* An evidence question shows at least this many sentences (when the article has them), so that
 * picking the right one is a real choice, not the only sentence on screen. */
#define EX_MIN_SENTENCES 4

/* The paragraphs a question needs whatever the height: those of its passages, and for evidence
 * questions enough neighbours for EX_MIN_SENTENCES sentences. */
static Grow min_window(ExCtx *ps, const Question *q, const Article *a, const ExMetrics *m,
                       bool numbered)
{
    Grow g = grow_init(ps, q, a, m, numbered);
    if (!g.shown) return g;
    int count = 0;
    for (size_t p = 0; p < a->n_paragraphs; p++)
        if (g.shown[p]) count += sentences_in(a, p);
    while (numbered && count < EX_MIN_SENTENCES) {
        long p = grow(ps, &g, a, m, numbered, -1);
        if (p < 0) break;
        count += sentences_in(a, (size_t)p);
    }
    return g;
}

static int min_height(ExCtx *ps, const Question *q, int width)
{
    const Article *a = &ps->pack->articles[shown_article(ps->ex, ps->pack, q)];
    bool numbered = q->format == FORMAT_EVIDENCE || q->cite; /* cite: the class picks one */
    ExMetrics m = metrics(ps, a, numbered, width);
    Grow g = min_window(ps, q, a, &m, numbered);
    int h = 2 * m.pad + m.head_h + g.h + 2 * m.more_h;
    grow_free(&g);
    return h;
}

/* The paragraphs to show: the minimum window, then neighbours while they fit. */
static void choose_paragraphs(ExCtx *ps, const Question *q, const Article *a,
                              const ExMetrics *m, int avail)
{
    PsExcerpt *ex = ps->ex;
    Grow g = min_window(ps, q, a, m, ex->numbered);
    size_t n = a->n_paragraphs;
    if (ex->n_shown_cap < n) {
        bool *sh = realloc(ex->shown, n * sizeof *sh);
        if (sh) {
            ex->shown = sh;
            ex->n_shown_cap = n;
        }
    }
    if (ex->shown) memset(ex->shown, 0, ex->n_shown_cap * sizeof *ex->shown);
    if (!g.shown || !ex->shown || ex->n_shown_cap < n) {
        if (ex->shown && n) ex->shown[anchor_paragraph(a, q, ex->article)] = true;
        grow_free(&g);
        ex->more_before = ex->more_after = n > 1;
        return;
    }
    while (grow(ps, &g, a, m, ex->numbered, avail) >= 0) continue;
    memcpy(ex->shown, g.shown, n * sizeof *ex->shown);
    ex->more_before = g.first > 0;
    ex->more_after = g.last + 1 < n;
    grow_free(&g);
}

static void layout(ExCtx *ps, const Question *q, SDL_Rect view)
{
    PsExcerpt *ex = ps->ex;
    float scale = ps->cui->fonts.scale;
    int article = shown_article(ex, ps->pack, q);
    if (ex->q == q && SDL_RectEquals(&ex->view, &view) && ex->scale == scale && ex->article == article &&
        ex->laid_switchable == ex->switchable)
        return;
    ex->q = q;
    ex->view = view;
    ex->scale = scale;
    ex->laid_switchable = ex->switchable;
    ex->article = article;
    ex->a = &ps->pack->articles[ex->article];
    ex->numbered = q->format == FORMAT_EVIDENCE || q->cite;
    ex->n_lines = 0;
    const Article *a = ex->a;
    ExMetrics m = metrics(ps, a, ex->numbered, view.w);
    ex->pitch = m.pitch;
    ex->gutter = m.gutter;
    ex->title_h = m.title_h;
    ex->title_y = view.y + m.pad;
    ex->meta_y = ex->title_y + m.title_h + ui_px(ps->cui, 4);
    int avail = view.h - 2 * m.pad - m.head_h;
    choose_paragraphs(ps, q, a, &m, avail);
    ex->body_y = view.y + m.pad + m.head_h + (ex->more_before ? m.more_h : 0);
    int y = ex->body_y, bottom = view.y + view.h - m.pad - (ex->more_after ? m.more_h : 0);
    int number = 0;
    ex->n_gaps = 0;
    bool prev = false, any = false;
    for (size_t p = 0; ex->shown && p < a->n_paragraphs && p < ex->n_shown_cap; p++) {
        if (!ex->shown[p]) {
            prev = false;
            continue;
        }
        if (any && !prev) { /* paragraphs left out before this one */
            if (ex->n_gaps < PS_MAX_GAPS) ex->gap_y[ex->n_gaps++] = y;
            y += m.more_h;
        }
        size_t from = ex->n_lines;
        lay_paragraph(ps, ex, a, p, &m, ex->numbered, &number);
        for (size_t i = from; i < ex->n_lines; i++) {
            PsLine *l = &ex->lines[i];
            if (l->number && i > from) y += ui_px(ps->cui, 4);
            l->x = view.x + m.pad + m.gutter;
            l->y = y;
            y += m.pitch;
        }
        y += m.para_gap;
        prev = any = true;
    }
    /* A paragraph too long for the panel (at the smallest scale): keep the lines that fit. */
    while (ex->n_lines > 0 && ex->lines[ex->n_lines - 1].y + m.pitch > bottom) {
        ex->n_lines--;
        ex->more_after = true;
    }
    ex->more_after_y = ex->n_lines ? ex->lines[ex->n_lines - 1].y + m.pitch : ex->body_y;
    /* a gap before a paragraph whose lines all went: the closing "[…]" says it (they overlapped
     * on practice-river-bridge question 9, whose six passages never fit) */
    while (ex->n_gaps > 0 && (ex->gap_y[ex->n_gaps - 1] > bottom || ex->gap_y[ex->n_gaps - 1] >= ex->more_after_y))
        ex->n_gaps--;
    ex->n_sent = 0;
    for (size_t i = 0; i < ex->n_lines; i++)
        if (ex->lines[i].number) ex->n_sent = ex->lines[i].number;
}

/* --- queries ------------------------------------------------------------------------------- */

int ex_sentence_of(const PsExcerpt *ex, int number)
{
    if (!ex->numbered || number < 1 || number > ex->n_sent) return -1;
    for (size_t i = 0; i < ex->n_lines; i++)
        if (ex->lines[i].number == number) return ex->lines[i].sentence;
    return -1;
}

int ex_number_of(const PsExcerpt *ex, int sentence)
{
    if (!ex->numbered) return 0;
    for (size_t i = 0; i < ex->n_lines; i++)
        if (ex->lines[i].number && ex->lines[i].sentence == sentence) return ex->lines[i].number;
    return 0;
}

static int number_at(const ExCtx *ps, int x, int y)
{
    const PsExcerpt *ex = ps->ex;
    if (!ex->q || !ex->numbered || !ui_point_in(ex->view, x, y)) return 0;
    for (size_t i = 0; i < ex->n_lines; i++) {
        const PsLine *l = &ex->lines[i];
        if (y < l->y || y >= l->y + ex->pitch) continue;
        size_t off = l->start;
        if (x > l->x) off += ui_text_fit(ui_font(ps->cui, FONT_BODY), ex->a->body + l->start,
                                         l->end - l->start, x - l->x);
        if (off >= l->end && l->end > l->start) off = l->end - 1;
        return ex_number_of(ex, pack_sentence_at(ex->a, off));
    }
    return 0;
}

static size_t range_rects(const ExCtx *ps, size_t start, size_t end, SDL_Rect *out, size_t max)
{
    const PsExcerpt *ex = ps->ex;
    TTF_Font *f = ui_font(ps->cui, FONT_BODY);
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
static void draw_line(ExCtx *ps, const PsLine *l, bool marks)
{
    Ui *ui = ps->cui;
    const PsExcerpt *ex = ps->ex;
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

static void fill_sentence(ExCtx *ps, int number, SDL_Color c, bool outline)
{
    int s = ex_sentence_of(ps->ex, number);
    if (s < 0) return;
    const TextSpan *sp = &ps->ex->a->sentences[s];
    SDL_Rect r[32];
    size_t n = range_rects(ps, sp->start, sp->end, r, 32);
    for (size_t i = 0; i < n; i++) {
        if (outline) ui_outline(ps->cui, r[i], ui_px(ps->cui, 3), c);
        else ui_fill(ps->cui, r[i], c);
    }
}

static void draw_number(ExCtx *ps, const PsLine *l)
{
    Ui *ui = ps->cui;
    char num[8];
    snprintf(num, sizeof num, "%d", l->number);
    int h = ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 2);
    int w = ps->ex->gutter - ui_px(ui, 8);
    SDL_Rect b = {l->x - ps->ex->gutter, l->y + (ps->ex->pitch - h) / 2, w, h};
    /* Text-on-panel inverted: never the colour of the evidence highlight (in the contrast theme
     * the accent is the highlight's yellow). */
    ui_fill_round(ui, b, ui_px(ui, 5), ui->th->text);
    ui_text(ui, FONT_SMALL_BOLD, ui->th->panel, b.x + (w - ui_measure(ui, FONT_SMALL_BOLD, num)) / 2,
            b.y + (h - ui_line(ui, FONT_SMALL_BOLD)) / 2, num);
}

static void draw_header(ExCtx *ps)
{
    Ui *ui = ps->cui;
    const PsExcerpt *ex = ps->ex;
    const Article *a = ex->a;
    int pad = ui_px(ui, 18), x = ex->view.x + pad, w = ex->view.w - 2 * pad;
    ui_text_wrapped(ui, FONT_UI_BOLD, ui->th->text, x, ex->title_y, w, a->title);
    char meta[300];
    meta_text(ps, a, meta, sizeof meta);
    int mh = meta[0] ? ui_text_wrapped(ui, FONT_SMALL, ui->th->muted, x, ex->meta_y, w, meta)
                     : ui_line(ui, FONT_SMALL);
    ui_fill(ui, (SDL_Rect){x, ex->meta_y + mh + ui_px(ui, 5), w, 1}, ui->th->border);
    if (ex->more_before)
        ui_text(ui, FONT_SMALL, ui->th->muted, x + ex->gutter, ex->body_y - ui_line(ui, FONT_SMALL), "[\xE2\x80\xA6]");
    if (ex->more_after) ui_text(ui, FONT_SMALL, ui->th->muted, x + ex->gutter, ex->more_after_y, "[\xE2\x80\xA6]");
    for (int i = 0; i < ex->n_gaps; i++) /* paragraphs left out between two shown */
        ui_text(ui, FONT_SMALL, ui->th->muted, x + ex->gutter, ex->gap_y[i], "[\xE2\x80\xA6]");
}

static void render(ExCtx *ps, bool marks, int picked, int cursor)
{
    Ui *ui = ps->cui;
    const PsExcerpt *ex = ps->ex;
    if (!ex->q) return;
    ui_panel(ui, ex->view);
    draw_header(ps);
    if (picked) fill_sentence(ps, picked, ui->th->selected, false);
    for (size_t i = 0; marks && i < ex->q->n_evidence; i++) {
        const Passage *p = &ex->q->evidence[i];
        if (p->article != ex->article) continue;
        SDL_Rect r[32];
        size_t n = range_rects(ps, p->start, p->end, r, 32);
        for (size_t k = 0; k < n; k++) ui_fill(ui, r[k], ui->th->mark);
    }
    if (cursor) fill_sentence(ps, cursor, ui->th->focus, true);
    for (size_t i = 0; i < ex->n_lines; i++) {
        draw_line(ps, &ex->lines[i], marks);
        if (ex->lines[i].number) draw_number(ps, &ex->lines[i]);
    }
}

/* ---- the public face: free of the presenter's state (the live projector uses it too) ------ */

void ex_layout(PsExcerpt *ex, Ui *cui, const Pack *pack, const Question *q, SDL_Rect view)
{
    ex_layout_article(ex, cui, pack, q, view, -1, false);
}

void ex_layout_article(PsExcerpt *ex, Ui *cui, const Pack *pack, const Question *q, SDL_Rect view,
                       int article, bool switchable)
{
    if (ex->ui != cui || ex->pack != pack) ex->q = NULL; /* other fonts or pack: lay out again */
    ex->want = article;
    ex->switchable = switchable;
    ex->ui = cui;
    ex->pack = pack;
    ex->passages = false;
    ExCtx c = {ex, cui, pack};
    layout(&c, q, view);
}

/* The excerpt already holds every paragraph with a passage, "[…]" between them: the evidence view
 * is the same layout, marked as such. */
void ex_layout_passages(PsExcerpt *ex, Ui *cui, const Pack *pack, const Question *q, SDL_Rect view)
{
    ex_layout(ex, cui, pack, q, view);
    ex->passages = true;
}

int ex_min_height(Ui *cui, const Pack *pack, const Question *q, int width)
{
    return ex_min_height_article(cui, pack, q, width, -1, false);
}

int ex_min_height_article(Ui *cui, const Pack *pack, const Question *q, int width, int article,
                          bool switchable)
{
    PsExcerpt scratch = {.want = article, .switchable = switchable};
    ExCtx c = {&scratch, cui, pack};
    int h = min_height(&c, q, width);
    ex_free(&scratch);
    return h;
}

int ex_passages_height(Ui *cui, const Pack *pack, const Question *q, int width)
{
    return ex_min_height(cui, pack, q, width);
}

void ex_render(PsExcerpt *ex, bool marks, int picked, int cursor)
{
    if (!ex->q || !ex->ui) return;
    ExCtx c = {ex, ex->ui, ex->pack};
    render(&c, marks, picked, cursor);
}

int ex_number_at(const PsExcerpt *ex, int x, int y)
{
    ExCtx c = {(PsExcerpt *)ex, ex->ui, ex->pack};
    return number_at(&c, x, y);
}

size_t ex_range_rects(const PsExcerpt *ex, size_t start, size_t end, SDL_Rect *out, size_t max)
{
    if (!ex->ui) return 0;
    ExCtx c = {(PsExcerpt *)ex, ex->ui, ex->pack};
    return range_rects(&c, start, end, out, max);
}
