/* ui_article_view.c — layout, drawing and hit-testing of an article.
 *
 * Layout: a centred text column (at most ~70 characters wide) holds the outlet, the headline
 * (wrapped), a meta line (byline, date), then each paragraph wrapped by ui_wrap_some into AvLines
 * whose byte ranges index article->body — from the top down, only as far as needed (see lay_*).
 * Drawing splits each visible line at evidence boundaries so highlighted text can take its own
 * colour; backgrounds (hover, pick, evidence) are rectangles
 * computed from the same byte ranges, so what is highlighted is exactly what is laid out. */
#include "ui_article_view.h"
#include "text.h"
#include "ui_format.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define AV_MAX_COL_UNITS 760 /* widest text column, design units */

void av_init(ArticleView *v)
{
    memset(v, 0, sizeof *v);
    v->cursor = v->hover = v->picked = -1;
}

void av_free(ArticleView *v)
{
    free(v->lines);
    v->lines = NULL;
    v->n_lines = v->cap_lines = 0;
    v->laid_a = NULL;
}

void av_reset_pick(ArticleView *v)
{
    v->cursor = v->hover = v->picked = -1;
    v->pick_state = AV_PICK_NONE;
    v->picking = false;
}

void av_set_article(ArticleView *v, const Article *a, int index)
{
    if (v->a == a && v->index == index) return;
    v->a = a;
    v->index = index;
    v->scroll = 0;
    v->to_end = false;
    v->n_marks = 0;
    v->pending = false;
    av_reset_pick(v);
}

void av_set_marks(ArticleView *v, const Passage *p, size_t n)
{
    v->n_marks = 0;
    for (size_t i = 0; i < n && v->n_marks < PACK_MAX_EVIDENCE; i++)
        if (p[i].article == v->index) v->marks[v->n_marks++] = p[i];
}

void av_clear_marks(ArticleView *v)
{
    v->n_marks = 0;
}

int av_max_scroll(const ArticleView *v)
{
    int m = v->content_h - v->view.h;
    return m > 0 ? m : 0;
}

static void lay_visible(ArticleView *v);
static void lay_until(ArticleView *v, int y, size_t byte);

/* Keeps the scroll within the page, laying out what it brings into view first. */
static void clamp_scroll(ArticleView *v)
{
    lay_visible(v);
    if (v->scroll > av_max_scroll(v)) v->scroll = av_max_scroll(v);
    if (v->scroll < 0) v->scroll = 0;
}

/* Going to the end: the last lines laid out at the bottom of the view (the text is seen coming
 * down), then the real bottom once all is laid. */
static void follow_end(ArticleView *v)
{
    if (v->laid_all) {
        v->to_end = false;
        v->scroll = av_max_scroll(v);
        return;
    }
    int frontier = v->lay_y - v->view.h;
    if (frontier > v->scroll) v->scroll = frontier;
    if (v->scroll > av_max_scroll(v)) v->scroll = av_max_scroll(v);
}

void av_scroll_by(ArticleView *v, int dy)
{
    v->pending = false;
    v->to_end = false;
    if (dy > 0 && v->scroll + dy >= av_max_scroll(v) && av_layout_pending(v)) {
        /* Laying out the rest here would block input for as long as it takes (1.5 s on a
         * 15 MiB article): the idle loop does it in slices (av_layout_more) and the view
         * follows. */
        v->to_end = true;
        follow_end(v);
        return;
    }
    v->scroll += dy;
    clamp_scroll(v);
}

void av_scroll_home(ArticleView *v)
{
    v->pending = false;
    v->to_end = false;
    v->scroll = 0;
}

double av_layout_progress(const ArticleView *v)
{
    if (!v->to_end || !v->a || v->laid_all || v->a->body_len == 0) return 1.0;
    return (double)v->lay_from / (double)v->a->body_len;
}

static void meta_line(const Article *a, char *buf, size_t size)
{
    char date[64];
    ui_format_date(a->date, date, sizeof date);
    if (a->byline && a->byline[0])
        snprintf(buf, size, "%s  \xC2\xB7  %s", a->byline, date);
    else
        snprintf(buf, size, "%s", date);
}

/* The body is laid out in order, a few lines at a time (lay_*): what is shown first, the rest
 * when the loop is idle (av_layout_more) or when something asks for a place further down (a
 * scroll, a passage to show). Until the last line is laid, the height of the rest is estimated
 * from the bytes per line so far, so the scrollbar is about right from the first frame. */

static void lay_reset(ArticleView *v)
{
    v->n_lines = 0;
    v->lay_para = 0;
    v->lay_from = v->a->n_paragraphs ? v->a->paragraph_start[0] : 0;
    v->lay_y = v->body_y;
    v->laid_all = v->a->n_paragraphs == 0;
}

static size_t para_len(const Article *a, size_t p)
{
    size_t start = a->paragraph_start[p], len = strlen(a->paragraphs[p]);
    return start + len > a->body_len ? a->body_len - start : len;
}

static bool add_line(ArticleView *v, AvLine l)
{
    if (v->n_lines == v->cap_lines) {
        size_t cap = v->cap_lines ? v->cap_lines * 2 : 64;
        AvLine *nl = realloc(v->lines, cap * sizeof *nl);
        if (!nl) return false;
        v->lines = nl;
        v->cap_lines = cap;
    }
    v->lines[v->n_lines++] = l;
    return true;
}

/* Lays out up to max more lines of the body. */
static void lay_lines(ArticleView *v, size_t max)
{
    if (v->laid_all) return;
    const Article *a = v->a;
    size_t start = a->paragraph_start[v->lay_para], len = para_len(a, v->lay_para), next;
    UiLine *pl;
    size_t n = ui_wrap_some(ui_font(v->ui, FONT_BODY), a->body + start, len, v->col_w,
                            v->lay_from - start, max, &pl, &next);
    for (size_t i = 0; i < n; i++) {
        if (!add_line(v, (AvLine){start + pl[i].start, start + pl[i].end, v->lay_y, pl[i].width}))
            next = len + 1; /* no memory: the paragraph stops here */
        v->lay_y += v->pitch;
    }
    free(pl);
    if (next <= len) {
        v->lay_from = start + next;
        return;
    }
    v->lay_y += ui_px(v->ui, 14); /* paragraph gap */
    if (++v->lay_para == a->n_paragraphs) v->laid_all = true;
    else v->lay_from = a->paragraph_start[v->lay_para];
}

/* Places what follows the body (attribution, source) after its laid or estimated end. */
static void lay_tail(ArticleView *v)
{
    int end = v->lay_y;
    if (!v->laid_all) {
        size_t laid = v->n_lines ? v->lines[v->n_lines - 1].end - v->lines[0].start : 0;
        double per_line = (double)v->col_w / (0.5 * ui_line(v->ui, FONT_BODY)); /* a guess */
        if (v->n_lines > 8 && laid > 0) per_line = (double)laid / (double)v->n_lines;
        size_t rest = v->a->body_len > v->lay_from ? v->a->body_len - v->lay_from : 0;
        end += (int)((double)rest / per_line) * v->pitch +
               (int)(v->a->n_paragraphs - v->lay_para) * ui_px(v->ui, 14);
    }
    v->attrib_y = end + ui_px(v->ui, 8);
    v->url_y = v->attrib_y + v->attrib_h;
    v->content_h = v->url_y + (v->a->url && v->a->url[0] ? ui_line(v->ui, FONT_SMALL) : 0) + v->pad;
}

/* Lays out until content y `y` and body byte `byte` are both covered. */
static void lay_until(ArticleView *v, int y, size_t byte)
{
    if (!v->a || !v->ui || v->laid_all) return;
    bool grew = false;
    while (!v->laid_all && (v->lay_y < y || v->lay_from < byte)) {
        lay_lines(v, 32);
        grew = true;
    }
    if (grew) lay_tail(v);
}

/* What the view needs laid out now: the screen at the scroll position and one more below. */
static void lay_visible(ArticleView *v)
{
    lay_until(v, v->scroll + 2 * v->view.h, 0);
}

bool av_layout_pending(const ArticleView *v)
{
    return v->a && v->ui && v->laid_a == v->a && !v->laid_all;
}

bool av_layout_more(ArticleView *v, uint64_t budget)
{
    if (!av_layout_pending(v)) return false;
    uint64_t start = ui_text_work();
    while (!v->laid_all && ui_text_work() - start < budget) lay_lines(v, 16);
    lay_tail(v);
    if (v->to_end) follow_end(v);
    else clamp_scroll(v);
    return true;
}

static void apply_pending(ArticleView *v)
{
    if (!v->pending) return;
    v->pending = false;
    av_scroll_to(v, v->pending_start, v->pending_end);
}

void av_layout(ArticleView *v, Ui *ui, SDL_Rect view)
{
    v->view = view;
    if (!v->a || view.w <= 0 || view.h <= 0) return;
    v->ui = ui;
    if (v->laid_a == v->a && v->laid_w == view.w && v->laid_scale == ui->fonts.scale) {
        clamp_scroll(v);
        apply_pending(v);
        return;
    }
    int pad = v->pad = ui_px(ui, 28);
    int max_col = ui_px(ui, AV_MAX_COL_UNITS);
    v->col_w = view.w - 2 * pad;
    if (v->col_w > max_col) v->col_w = max_col;
    if (v->col_w < ui_px(ui, 40)) v->col_w = ui_px(ui, 40);
    v->col_x = (view.w - v->col_w) / 2;
    v->pitch = ui_line(ui, FONT_BODY) + ui_px(ui, 7);
    int y = pad;
    y += ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 6); /* outlet */
    v->title_y = y;
    y += ui_text_wrapped_h(ui, FONT_H1, ui->th->text, v->col_w, v->a->title) + ui_px(ui, 8);
    v->meta_y = y;
    y += ui_line(ui, FONT_SMALL) + ui_px(ui, 24);
    v->body_y = y;
    v->attrib_h = 0;
    if (v->a->attribution && v->a->attribution[0])
        v->attrib_h = ui_text_wrapped_h(ui, FONT_SMALL, ui->th->muted, v->col_w, v->a->attribution) + ui_px(ui, 4);
    lay_reset(v);
    lay_tail(v);
    v->laid_a = v->a;
    v->laid_w = view.w;
    v->laid_scale = ui->fonts.scale;
    clamp_scroll(v);
    apply_pending(v);
}

/* Index of the first line whose bottom is below content y (binary search). */
static size_t first_line_below(const ArticleView *v, int y)
{
    size_t lo = 0, hi = v->n_lines;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v->lines[mid].y + v->pitch <= y) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static int screen_x(const ArticleView *v)
{
    return v->view.x + v->col_x;
}

static int screen_y(const ArticleView *v, int content_y)
{
    return v->view.y + content_y - v->scroll;
}

size_t av_range_rects(const ArticleView *v, Ui *ui, size_t start, size_t end, SDL_Rect *out,
                      size_t max)
{
    size_t n = 0;
    TTF_Font *f = ui_font(ui, FONT_BODY);
    int lead = (v->pitch - ui_line(ui, FONT_BODY)) / 2;
    for (size_t i = 0; i < v->n_lines && n < max; i++) {
        const AvLine *l = &v->lines[i];
        if (l->end <= start || l->start >= end) continue;
        size_t a = start > l->start ? start : l->start;
        size_t b = end < l->end ? end : l->end;
        int x0 = ui_text_width(f, v->a->body + l->start, a - l->start);
        int x1 = ui_text_width(f, v->a->body + l->start, b - l->start);
        if (x1 <= x0) continue;
        out[n++] = (SDL_Rect){screen_x(v) + x0 - 2, screen_y(v, l->y) - lead, x1 - x0 + 4,
                              v->pitch};
    }
    return n;
}

static void fill_range(const ArticleView *v, Ui *ui, size_t start, size_t end, SDL_Color c)
{
    SDL_Rect r[64];
    size_t n = av_range_rects(v, ui, start, end, r, 64);
    for (size_t i = 0; i < n; i++) ui_fill(ui, r[i], c);
}

static void outline_range(const ArticleView *v, Ui *ui, size_t start, size_t end, SDL_Color c)
{
    SDL_Rect r[64];
    size_t n = av_range_rects(v, ui, start, end, r, 64);
    int t = ui_px(ui, 2) > 2 ? ui_px(ui, 2) : 2;
    for (size_t i = 0; i < n; i++) ui_outline(ui, r[i], t, c);
}

static void underline_range(const ArticleView *v, Ui *ui, size_t start, size_t end, SDL_Color c)
{
    SDL_Rect r[64];
    size_t n = av_range_rects(v, ui, start, end, r, 64);
    int t = ui_px(ui, 4);
    for (size_t i = 0; i < n; i++) ui_fill(ui, (SDL_Rect){r[i].x, r[i].y + r[i].h - t, r[i].w, t}, c);
}

static const TextSpan *sentence(const ArticleView *v, int s)
{
    if (s < 0 || (size_t)s >= v->a->n_sentences) return NULL;
    return &v->a->sentences[s];
}

/* True when byte offset `at` lies in an evidence mark. */
static bool in_mark(const ArticleView *v, size_t at)
{
    for (size_t i = 0; i < v->n_marks; i++)
        if (at >= v->marks[i].start && at < v->marks[i].end) return true;
    return false;
}

/* Draws one line, split where evidence marks begin or end so marked text gets mark_text. */
static void draw_line(const ArticleView *v, Ui *ui, const AvLine *l)
{
    TTF_Font *f = ui_font(ui, FONT_BODY);
    const char *body = v->a->body;
    int y = screen_y(v, l->y);
    size_t seg = l->start;
    while (seg < l->end) {
        bool marked = in_mark(v, seg);
        size_t next = l->end;
        for (size_t i = 0; i < v->n_marks; i++) {
            size_t b[2] = {v->marks[i].start, v->marks[i].end};
            for (int k = 0; k < 2; k++)
                if (b[k] > seg && b[k] < next) next = b[k];
        }
        int x = screen_x(v) + (seg == l->start ? 0 : ui_text_width(f, body + l->start, seg - l->start));
        SDL_Color c = marked ? ui->th->mark_text : ui->th->text;
        ui_text_n(ui, FONT_BODY, c, x, y, body + seg, next - seg);
        seg = next;
    }
}

static void draw_header(const ArticleView *v, Ui *ui)
{
    const Article *a = v->a;
    int x = screen_x(v);
    int top = screen_y(v, 0);
    ui_text(ui, FONT_SMALL_BOLD, ui->th->accent, x, top + ui_px(ui, 28), a->outlet);
    ui_text_wrapped(ui, FONT_H1, ui->th->text, x, screen_y(v, v->title_y), v->col_w, a->title);
    char meta[512];
    meta_line(a, meta, sizeof meta);
    ui_text_fit_draw(ui, FONT_SMALL, ui->th->muted, x, screen_y(v, v->meta_y), v->col_w, meta);
    ui_fill(ui, (SDL_Rect){x, screen_y(v, v->body_y) - ui_px(ui, 13), v->col_w, 1}, ui->th->border);
}

static void draw_scrollbar(const ArticleView *v, Ui *ui)
{
    int max = av_max_scroll(v);
    if (max <= 0) return;
    int w = ui_px(ui, 6);
    int track_h = v->view.h - ui_px(ui, 8);
    int thumb_h = (int)((long)track_h * v->view.h / v->content_h);
    if (thumb_h < ui_px(ui, 24)) thumb_h = ui_px(ui, 24);
    int y = v->view.y + ui_px(ui, 4) + (int)((long)(track_h - thumb_h) * v->scroll / max);
    SDL_Rect thumb = {v->view.x + v->view.w - w - ui_px(ui, 4), y, w, thumb_h};
    ui_fill_round(ui, thumb, w / 2, ui->th->border);
}

/* Going to the end: "Laying out the article… 43%" and a bar, at the foot of the view, so that
 * the wait is seen and not taken for a key that did nothing. */
static void draw_progress(const ArticleView *v, Ui *ui)
{
    if (!v->to_end || v->laid_all) return;
    char msg[96];
    int pct = (int)(av_layout_progress(v) * 100.0);
    snprintf(msg, sizeof msg, "Going to the end: laying out the article\xE2\x80\xA6 %d%%", pct);
    int pad = ui_px(ui, 10), bar_h = ui_px(ui, 6);
    int w = ui_measure(ui, FONT_SMALL_BOLD, msg) + 2 * pad;
    if (w > v->view.w - 2 * pad) w = v->view.w - 2 * pad;
    int h = ui_line(ui, FONT_SMALL_BOLD) + bar_h + 3 * pad;
    SDL_Rect box = {v->view.x + (v->view.w - w) / 2, v->view.y + v->view.h - h - ui_px(ui, 16), w, h};
    ui_fill_round(ui, box, ui_px(ui, 8), ui->th->border);
    SDL_Rect in = {box.x + 2, box.y + 2, box.w - 4, box.h - 4};
    ui_fill_round(ui, in, ui_px(ui, 7), ui->th->panel);
    ui_text_fit_draw(ui, FONT_SMALL_BOLD, ui->th->text, box.x + pad, box.y + pad, w - 2 * pad, msg);
    SDL_Rect track = {box.x + pad, box.y + 2 * pad + ui_line(ui, FONT_SMALL_BOLD), w - 2 * pad, bar_h};
    ui_fill_round(ui, track, bar_h / 2, ui->th->track);
    track.w = track.w * pct / 100;
    if (track.w > 0) ui_fill_round(ui, track, bar_h / 2, ui->th->accent);
}

static void draw_sentence_states(const ArticleView *v, Ui *ui)
{
    const TextSpan *s;
    if (v->picking && (s = sentence(v, v->hover)) && v->hover != v->picked)
        fill_range(v, ui, s->start, s->end, ui->th->hover);
    if ((s = sentence(v, v->picked)) && v->pick_state != AV_PICK_NONE)
        fill_range(v, ui, s->start, s->end, ui->th->selected);
    for (size_t i = 0; i < v->n_marks; i++)
        fill_range(v, ui, v->marks[i].start, v->marks[i].end, ui->th->mark);
    if ((s = sentence(v, v->picked)) && v->pick_state == AV_PICK_RIGHT)
        underline_range(v, ui, s->start, s->end, ui->th->good);
    if ((s = sentence(v, v->picked)) && v->pick_state == AV_PICK_WRONG)
        underline_range(v, ui, s->start, s->end, ui->th->bad);
    if (v->picking && v->focused && (s = sentence(v, v->cursor)))
        outline_range(v, ui, s->start, s->end, ui->th->focus);
}

void av_render(ArticleView *v, Ui *ui)
{
    ui_fill(ui, v->view, ui->th->panel);
    if (!v->a) return;
    lay_visible(v);
    SDL_Rect saved = ui->clip;
    ui_clip(ui, &v->view);
    draw_header(v, ui);
    draw_sentence_states(v, ui);
    size_t i = first_line_below(v, v->scroll);
    for (; i < v->n_lines && screen_y(v, v->lines[i].y) < v->view.y + v->view.h; i++)
        draw_line(v, ui, &v->lines[i]);
    if (v->a->attribution && v->a->attribution[0])
        ui_text_wrapped(ui, FONT_SMALL, ui->th->muted, screen_x(v), screen_y(v, v->attrib_y),
                        v->col_w, v->a->attribution);
    if (v->a->url && v->a->url[0]) {
        char src[600];
        snprintf(src, sizeof src, "Source: %s", v->a->url);
        ui_text_fit_draw(ui, FONT_SMALL, ui->th->muted, screen_x(v), screen_y(v, v->url_y), v->col_w, src);
    }
    draw_scrollbar(v, ui);
    draw_progress(v, ui);
    ui_clip(ui, saved.w ? &saved : NULL);
}

/* The sentence containing `at`, or the nearest one on [lo, hi) when `at` is between sentences. */
static int sentence_near(const Article *a, size_t at, size_t lo, size_t hi)
{
    int s = pack_sentence_at(a, at);
    for (size_t d = 1; s < 0 && d < 64; d++) {
        if (at >= lo + d) s = pack_sentence_at(a, at - d);
        if (s < 0 && at + d < hi) s = pack_sentence_at(a, at + d);
    }
    return s;
}

int av_sentence_at(const ArticleView *v, Ui *ui, int x, int y)
{
    if (!v->a || !ui_point_in(v->view, x, y) || v->n_lines == 0) return -1;
    int cy = y - v->view.y + v->scroll;
    int lead = (v->pitch - ui_line(ui, FONT_BODY)) / 2;
    size_t i = first_line_below(v, cy + lead);
    if (i >= v->n_lines || cy + lead < v->lines[i].y) return -1; /* paragraph gap or header */
    const AvLine *l = &v->lines[i];
    int dx = x - screen_x(v);
    if (dx < -ui_px(ui, 8) || dx > l->w + ui_px(ui, 8)) return -1;
    size_t fit = ui_text_fit(ui_font(ui, FONT_BODY), v->a->body + l->start, l->end - l->start,
                             dx > 0 ? dx : 0);
    size_t at = l->start + fit;
    if (at >= l->end) at = l->end - 1;
    return sentence_near(v->a, at, l->start, l->end);
}

/* The top and bottom (content coordinates) of the laid-out lines [start, end) touches; false
 * when it touches none. */
static bool range_span(const ArticleView *v, size_t start, size_t end, int *top, int *bottom)
{
    *top = *bottom = -1;
    for (size_t i = 0; i < v->n_lines; i++) {
        if (v->lines[i].end <= start || v->lines[i].start >= end) continue;
        if (*top < 0) *top = v->lines[i].y;
        *bottom = v->lines[i].y + v->pitch;
    }
    return *top >= 0;
}

void av_scroll_to(ArticleView *v, size_t start, size_t end)
{
    v->to_end = false;
    if (v->view.w <= 0 || v->view.h <= 0 || v->laid_w != v->view.w) {
        v->pending = true;
        v->pending_start = start;
        v->pending_end = end;
        return;
    }
    v->pending = false;
    lay_until(v, 0, end);
    int top, bottom;
    if (!range_span(v, start, end, &top, &bottom)) return;
    if (top >= v->scroll && bottom <= v->scroll + v->view.h) return; /* already visible */
    v->scroll = top - v->view.h / 3;
    if (bottom - top > v->view.h * 2 / 3) v->scroll = top - v->pitch;
    clamp_scroll(v);
}

void av_scroll_to_both(ArticleView *v, size_t start, size_t end, size_t start2, size_t end2)
{
    size_t lo = start < start2 ? start : start2, hi = end > end2 ? end : end2;
    int top, bottom;
    bool shown = v->view.w > 0 && v->view.h > 0 && v->laid_w == v->view.w;
    if (shown) lay_until(v, 0, hi);
    /* Everything from the first to the last line of the two, with a line to spare, fits: */
    if (shown && range_span(v, lo, hi, &top, &bottom) && bottom - top + v->pitch <= v->view.h * 2 / 3)
        av_scroll_to(v, lo, hi);
    else if (shown && range_span(v, lo, hi, &top, &bottom) && bottom - top + v->pitch <= v->view.h) {
        v->to_end = false;
        v->pending = false;
        v->scroll = top - v->pitch / 2;
        clamp_scroll(v);
    } else av_scroll_to(v, start, end);
}

void av_move_cursor(ArticleView *v, int delta)
{
    if (!v->a || v->a->n_sentences == 0) return;
    int n = (int)v->a->n_sentences;
    int c = v->cursor < 0 ? (delta > 0 ? 0 : n - 1) : v->cursor + delta;
    if (c < 0) c = 0;
    if (c >= n) c = n - 1;
    v->cursor = c;
    av_scroll_to(v, v->a->sentences[c].start, v->a->sentences[c].end);
}

bool av_handle_mouse(ArticleView *v, Ui *ui, const SDL_Event *e, int *clicked)
{
    *clicked = -1;
    int slop = ui_px(ui, 6);
    switch (e->type) {
    case SDL_MOUSEWHEEL: {
        int step = v->pitch * 3;
        int before = v->scroll;
        av_scroll_by(v, -e->wheel.y * step);
        return v->scroll != before;
    }
    case SDL_MOUSEBUTTONDOWN:
        if (e->button.button != SDL_BUTTON_LEFT || !ui_point_in(v->view, e->button.x, e->button.y))
            return false;
        v->pressed = true;
        v->dragging = false;
        v->press_x = e->button.x;
        v->press_y = e->button.y;
        v->press_scroll = v->scroll;
        return true;
    case SDL_MOUSEMOTION: {
        if (v->pressed) {
            int dy = e->motion.y - v->press_y;
            if (!v->dragging && (abs(dy) > slop || abs(e->motion.x - v->press_x) > slop))
                v->dragging = true;
            if (v->dragging) {
                v->to_end = false;
                v->scroll = v->press_scroll - dy;
                clamp_scroll(v);
            }
            return true;
        }
        if (!v->picking) return false;
        int h = av_sentence_at(v, ui, e->motion.x, e->motion.y);
        if (h == v->hover) return false;
        v->hover = h;
        return true;
    }
    case SDL_MOUSEBUTTONUP:
        if (!v->pressed || e->button.button != SDL_BUTTON_LEFT) return false;
        v->pressed = false;
        if (!v->dragging) *clicked = av_sentence_at(v, ui, e->button.x, e->button.y);
        v->dragging = false;
        return true;
    default:
        return false;
    }
}
