/* ui_present_passages.c — the evidence on the projector for a pack of several articles
 * (issue 13: two outlets, one story), used by the presenter and the live projector after the
 * reveal in place of the excerpt.
 *
 * The excerpt shows paragraphs of one article; a question comparing coverage has its evidence
 * in either article or both, and the class must see which outlet said what. So after the reveal
 * the panel lists, article by article in the pack's order, the outlet ("The Eastside Voice:")
 * and under it each of the question's passages in that article, in reading order: the whole
 * sentences holding it with the passage itself highlighted, or, when those do not fit, the
 * passages alone. The presenter and the live projector count pp_height (the passages alone) when
 * they choose the text size; at the smallest size lines that still do not fit are left out, and
 * "[…]" says so.
 * Stateless: laid out as it is drawn (a few sentences), so nothing goes stale. */
#include "ui_present_internal.h"
#include "text.h"
#include "ui_text.h"
#include "ui_widgets.h"
#include <stdio.h>
#include <stdlib.h>

bool pp_wanted(const Pack *pack, const Question *q)
{
    return pack && q && pack->n_articles > 1 && q->n_evidence > 0;
}

/* Bytes of whole sentences around passage p (the passage itself when outside any). */
static void sentence_bounds(const Article *a, const Passage *p, size_t *s0, size_t *s1)
{
    int first = pack_sentence_at(a, p->start);
    int last = p->end > p->start ? pack_sentence_at(a, p->end - 1) : first;
    *s0 = first >= 0 && a->sentences[first].start < p->start ? a->sentences[first].start : p->start;
    *s1 = last >= 0 && a->sentences[last].end > p->end ? a->sentences[last].end : p->end;
}

/* Draws one wrapped line of body bytes [ls, le) at (x, y), the part inside [ps, pe) on the
 * highlight colour. */
static void draw_line(Ui *ui, const char *body, size_t ls, size_t le, size_t ps, size_t pe, int x,
                      int y, int pitch)
{
    TTF_Font *f = ui_font(ui, FONT_BODY);
    size_t a = ps > ls ? ps : ls, b = pe < le ? pe : le;
    int ty = y + (pitch - ui_line(ui, FONT_BODY)) / 2;
    if (a < b) {
        int x0 = ui_text_width(f, body + ls, a - ls), x1 = ui_text_width(f, body + ls, b - ls);
        ui_fill(ui, (SDL_Rect){x + x0 - 3, y, x1 - x0 + 6, pitch}, ui->th->mark);
    }
    size_t cuts[4] = {ls, a < b ? a : le, a < b ? b : le, le};
    for (int i = 0; i < 3; i++) {
        if (cuts[i + 1] <= cuts[i]) continue;
        bool marked = i == 1;
        int cx = x + ui_text_width(f, body + ls, cuts[i] - ls);
        ui_text_n(ui, FONT_BODY, marked ? ui->th->mark_text : ui->th->text, cx, ty, body + cuts[i],
                  cuts[i + 1] - cuts[i]);
    }
}

/* Indexes of q's passages in article art, in the order they appear in it; returns how many. */
static size_t passages_in(const Question *q, int art, size_t *out)
{
    size_t n = 0;
    for (size_t k = 0; k < q->n_evidence; k++) {
        if (q->evidence[k].article != art) continue;
        size_t i = n++;
        while (i > 0 && q->evidence[out[i - 1]].start > q->evidence[k].start) {
            out[i] = out[i - 1];
            i--;
        }
        out[i] = k;
    }
    return n;
}

/* Lays out (and draws when `draw`) the passages in view, with their whole sentences when
 * `context`, else the passages alone; returns the height needed. When want names a passage,
 * *want gets the rectangle of its first highlighted line. Lines below the view are not drawn;
 * "[…]" says some were left out. */
static int walk(Ui *ui, const Pack *pack, const Question *q, SDL_Rect view, bool draw, bool context,
                size_t want_k, SDL_Rect *want)
{
    int pad = ui_px(ui, 18), x = view.x + pad, w = view.w - 2 * pad, y = view.y + pad;
    int pitch = ui_line(ui, FONT_BODY) + ui_px(ui, 5), bottom = view.y + view.h - pad;
    if (w < ui_px(ui, 60)) w = ui_px(ui, 60);
    TTF_Font *f = ui_font(ui, FONT_BODY);
    bool cut = false;
    for (size_t art = 0; art < pack->n_articles; art++) {
        const Article *a = &pack->articles[art];
        size_t order[PACK_MAX_EVIDENCE];
        size_t n_here = passages_in(q, (int)art, order);
        if (n_here == 0) continue;
        char label[300];
        snprintf(label, sizeof label, "%s:", a->outlet && a->outlet[0] ? a->outlet : a->title);
        int lh = ui_text_wrapped_h(ui, FONT_UI_BOLD, ui->th->accent, w, label);
        if (draw && y + lh <= bottom) ui_text_wrapped(ui, FONT_UI_BOLD, ui->th->accent, x, y, w, label);
        else if (draw) cut = true;
        y += lh + ui_px(ui, 6);
        for (size_t j = 0; j < n_here; j++) {
            size_t k = order[j];
            const Passage *p = &q->evidence[k];
            size_t s0 = p->start, s1 = p->end;
            if (context) sentence_bounds(a, p, &s0, &s1);
            UiLine *ul;
            size_t n = ui_wrap(f, a->body + s0, s1 - s0, w, &ul);
            bool first = true;
            for (size_t i = 0; i < n; i++, y += pitch) {
                size_t ls = s0 + ul[i].start, le = s0 + ul[i].end;
                if (want && k == want_k && first && le > p->start && ls < p->end) {
                    int x0 = ui_text_width(f, a->body + ls, (p->start > ls ? p->start : ls) - ls);
                    *want = (SDL_Rect){x + x0, y, ui_text_width(f, a->body + ls, (p->end < le ? p->end : le) - ls) - x0,
                                       pitch};
                    first = false;
                }
                if (draw && y + pitch <= bottom) draw_line(ui, a->body, ls, le, p->start, p->end, x, y, pitch);
                else if (draw) cut = true;
            }
            free(ul);
            y += ui_px(ui, 10);
        }
        y += ui_px(ui, 8);
    }
    if (cut) ui_text(ui, FONT_SMALL, ui->th->muted, x, bottom - ui_line(ui, FONT_SMALL) + pad / 2, "[\xE2\x80\xA6]");
    return y - view.y;
}

/* Whole sentences when they fit the view, else the passages alone. */
static bool with_context(Ui *cui, const Pack *pack, const Question *q, SDL_Rect view)
{
    return walk(cui, pack, q, (SDL_Rect){0, 0, view.w, 1 << 20}, false, true, 0, NULL) <= view.h;
}

int pp_height(Ui *cui, const Pack *pack, const Question *q, int width)
{
    return walk(cui, pack, q, (SDL_Rect){0, 0, width, 1 << 20}, false, false, 0, NULL);
}

void pp_render(Ui *cui, const Pack *pack, const Question *q, SDL_Rect view)
{
    if (!pp_wanted(pack, q)) return;
    ui_panel(cui, view);
    SDL_Rect saved = cui->clip;
    ui_clip(cui, &view);
    walk(cui, pack, q, view, true, with_context(cui, pack, q, view), 0, NULL);
    ui_clip(cui, saved.w ? &saved : NULL);
}

bool pp_passage_rect(Ui *cui, const Pack *pack, const Question *q, SDL_Rect view, size_t k, SDL_Rect *out)
{
    if (!pp_wanted(pack, q) || k >= q->n_evidence) return false;
    *out = (SDL_Rect){0, 0, 0, 0};
    walk(cui, pack, q, view, false, with_context(cui, pack, q, view), k, out);
    return out->w > 0;
}
