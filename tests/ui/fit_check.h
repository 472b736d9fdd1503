/* fit_check.h — the layout rules of test_ui_fit.c for any screen, given what it drew: the texts
 * of a frame (Ui.trace) and the rectangles of its widgets. Within the window, no two widgets
 * overlap unless one holds the other, no two texts overlap, no text runs into a widget it is not
 * part of, no text is cut ("…") inside a word, and outside the one-line bars none is cut at all.
 * Used by the presenter's fit test (test_ui_present_fit.c); the app's test_ui_fit.c has the same
 * rules over its own hit list. Header-only because each UI test is its own executable. */
#ifndef BYLINE_FIT_CHECK_H
#define BYLINE_FIT_CHECK_H
#include "ui_draw.h"
#include <SDL.h>
#include <stdbool.h>
#include <stdio.h>

#define FIT_TOL 2 /* pixels of overlap tolerated (anti-aliased edges, kerning) */

static inline bool fit_overlap(SDL_Rect a, SDL_Rect b)
{
    SDL_Rect i;
    return SDL_IntersectRect(&a, &b, &i) && i.w > FIT_TOL && i.h > FIT_TOL;
}

/* Pieces of one line drawn one after another (a highlighted passage inside a line): their
 * boxes may share a few pixels of side bearing. */
static inline bool fit_same_line_neighbours(SDL_Rect a, SDL_Rect b)
{
    SDL_Rect i;
    return a.y == b.y && a.h == b.h && SDL_IntersectRect(&a, &b, &i) && i.w <= 6;
}

static inline bool fit_inside(SDL_Rect in, SDL_Rect out)
{
    return in.x >= out.x - FIT_TOL && in.y >= out.y - FIT_TOL && in.x + in.w <= out.x + out.w + FIT_TOL &&
           in.y + in.h <= out.y + out.h + FIT_TOL;
}

typedef struct FitFrame {
    const UiTrace *trace;
    const SDL_Rect *widgets; /* what the mouse can hit: buttons, tiles, chips */
    size_t n_widgets;
    SDL_Rect win;
    const SDL_Rect *bars;    /* one-line bars where a text may end with "…" after a whole word */
    size_t n_bars;
} FitFrame;

/* The problems found, each printed to stderr (the first six) with `where`. */
static inline int fit_problems(const FitFrame *f, const char *where)
{
    int problems = 0;
#define FIT_BAD(...)                                                                              \
    do {                                                                                          \
        if (problems++ < 6) {                                                                     \
            fprintf(stderr, "%s (%dx%d): ", where, f->win.w, f->win.h);                          \
            fprintf(stderr, __VA_ARGS__);                                                         \
        }                                                                                         \
    } while (0)
    for (size_t i = 0; i < f->n_widgets; i++) {
        SDL_Rect a = f->widgets[i];
        if (a.w <= 0 || a.h <= 0) continue;
        if (!fit_inside(a, f->win)) FIT_BAD("widget %zu (%d,%d %dx%d) outside the window\n", i, a.x, a.y, a.w, a.h);
        for (size_t k = i + 1; k < f->n_widgets; k++) {
            SDL_Rect b = f->widgets[k];
            if (b.w <= 0 || b.h <= 0 || !fit_overlap(a, b) || fit_inside(a, b) || fit_inside(b, a)) continue;
            FIT_BAD("widgets %zu and %zu overlap\n", i, k);
        }
    }
    const UiTrace *tr = f->trace;
    for (size_t i = 0; i < tr->n; i++) {
        const UiTraceItem *t = &tr->items[i];
        if (t->cut_in_word) FIT_BAD("\"%s\" is cut inside a word\n", t->text);
        bool bar = false;
        for (size_t b = 0; b < f->n_bars && !bar; b++) bar = fit_inside(t->r, f->bars[b]);
        if (t->cut && !bar) FIT_BAD("\"%s\" is cut where it could wrap\n", t->text);
        if (!fit_inside(t->r, f->win)) FIT_BAD("\"%s\" is outside the window\n", t->text);
        for (size_t k = i + 1; k < tr->n; k++)
            if (fit_overlap(t->r, tr->items[k].r) && !fit_inside(t->r, tr->items[k].r) &&
                !fit_inside(tr->items[k].r, t->r) && !fit_same_line_neighbours(t->r, tr->items[k].r))
                FIT_BAD("texts \"%s\" and \"%s\" overlap\n", t->text, tr->items[k].text);
        for (size_t k = 0; k < f->n_widgets; k++) {
            SDL_Rect b = f->widgets[k];
            if (!fit_overlap(t->r, b) || fit_inside(t->r, b) || fit_inside(b, t->r)) continue;
            FIT_BAD("\"%s\" runs into widget %zu\n", t->text, k);
        }
    }
#undef FIT_BAD
    return problems;
}

#endif
