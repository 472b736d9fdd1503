/* ui_article_view.h — an article, word-wrapped and scrollable, that knows where every byte is.
 *
 * The view lays the article out itself (header, then each paragraph wrapped with ui_wrap_some)
 * and keeps the lines with their byte ranges in article->body — lazily, from the top down, so a
 * huge article shows at once: what lies below is laid out when the loop is idle or when asked for.
 * From them it answers: which sentence lies under a point (clicking evidence), which rectangles
 * a byte range covers (highlighting a passage in place), and how far to scroll to bring a range
 * into view. */
#ifndef BYLINE_UI_ARTICLE_VIEW_H
#define BYLINE_UI_ARTICLE_VIEW_H
#include "limits.h"
#include "pack.h"
#include "ui_draw.h"
#include <stdbool.h>

typedef struct AvLine {
    size_t start, end; /* bytes of article->body */
    int y;             /* top, in content coordinates */
    int w;
} AvLine;

typedef enum { AV_PICK_NONE, AV_PICK_CHOSEN, AV_PICK_RIGHT, AV_PICK_WRONG } AvPickState;

typedef struct ArticleView {
    const Article *a;
    int index;          /* article index in the pack (passages name it) */
    SDL_Rect view;      /* where it is drawn, in pixels */
    /* layout, in content coordinates (0 = top of the page) */
    int col_x, col_w;   /* text column within the view */
    int title_y, meta_y, body_y, attrib_y, url_y, content_h;
    int pitch;          /* distance between body lines */
    int pad, attrib_h;
    AvLine *lines;      /* the body lines laid out so far, in order */
    size_t n_lines, cap_lines;
    /* incremental layout: the next line starts at body byte lay_from of paragraph lay_para, at
     * lay_y; until laid_all, content_h and what follows the body are estimated */
    size_t lay_para, lay_from;
    int lay_y;
    bool laid_all;
    /* Going to the end (End, or scrolling past the estimated bottom) before the rest is laid
     * out: the view follows the layout down, a slice per idle tick, showing its progress, and
     * stands at the real bottom when the last line is laid. Any other scroll cancels it. */
    bool to_end;
    Ui *ui;             /* fonts for laying out more (set by av_layout) */
    int laid_w;         /* view width and font scale the layout was made for */
    float laid_scale;
    const Article *laid_a;
    int scroll;
    /* A range to bring into view asked for while the view was hidden (narrow window showing the
     * question): applied at the next layout with a real size, when line positions are known. */
    bool pending;
    size_t pending_start, pending_end;
    /* interaction */
    bool picking;       /* an evidence question is asked: show hover and cursor */
    bool focused;       /* keyboard focus is in the article */
    int cursor;         /* sentence under the keyboard cursor, -1 none */
    int hover;          /* sentence under the mouse, -1 none */
    int picked;         /* sentence the student chose, -1 none */
    AvPickState pick_state;
    Passage marks[PACK_MAX_EVIDENCE]; /* evidence to highlight (this article's only) */
    size_t n_marks;
    /* mouse drag scrolling */
    bool pressed, dragging;
    int press_x, press_y, press_scroll;
} ArticleView;

void av_init(ArticleView *v);
void av_free(ArticleView *v);
/* Shows article a (index in its pack); resets scroll and interaction when it changes. */
void av_set_article(ArticleView *v, const Article *a, int index);
/* Places the view; re-wraps only when the width, the fonts or the article changed. A hidden
 * view (zero width or height) keeps its last layout: wrapping at no width means nothing. */
void av_layout(ArticleView *v, Ui *ui, SDL_Rect view);
void av_render(ArticleView *v, Ui *ui);
/* The body is laid out lazily: av_layout lays out what is shown (plus a screen), scrolling and
 * av_scroll_to lay out as far as they need. av_layout_more lays out more of the rest, about
 * `budget` bytes of text work (ui_text_work), and returns true when it did (a frame is due: the
 * scrollbar may change); av_layout_pending says whether any is left. */
bool av_layout_more(ArticleView *v, uint64_t budget);
/* While going to the end: how much of the body is laid out, 0..1 (1 when not going). */
double av_layout_progress(const ArticleView *v);
bool av_layout_pending(const ArticleView *v);

/* Highlights the passages of this article among p[0..n) (the others are ignored). */
void av_set_marks(ArticleView *v, const Passage *p, size_t n);
void av_clear_marks(ArticleView *v);
/* Resets picking state (cursor, hover, pick). */
void av_reset_pick(ArticleView *v);

/* The sentence under pixel (x, y), or -1. */
int av_sentence_at(const ArticleView *v, Ui *ui, int x, int y);
/* Screen rectangles (one per line) covered by body bytes [start, end); returns how many were
 * written (at most max). They may lie outside the view when it is scrolled away. */
size_t av_range_rects(const ArticleView *v, Ui *ui, size_t start, size_t end, SDL_Rect *out,
                      size_t max);
/* Scrolls so that [start, end) is in view (about a third from the top), if it is not already.
 * While the view is hidden (zero size) the request waits for the next layout that shows it. */
void av_scroll_to(ArticleView *v, size_t start, size_t end);
/* Brings [start, end) into view, and [start2, end2) with it when both fit in the view at once
 * (the real passage and the sentence a student picked); otherwise only the first. */
void av_scroll_to_both(ArticleView *v, size_t start, size_t end, size_t start2, size_t end2);
/* Scrolls by dy pixels. Reaching the bottom before the article is laid out does not lay out the
 * rest at once (seconds on a huge article): it goes to the end in slices (to_end, above). */
void av_scroll_by(ArticleView *v, int dy);
/* The page's top (Home); cancels going to the end. */
void av_scroll_home(ArticleView *v);
int av_max_scroll(const ArticleView *v);
/* Moves the sentence cursor by delta (wrapping at the ends is not done) and scrolls to it. */
void av_move_cursor(ArticleView *v, int delta);

/* Mouse handling (event coordinates already in pixels): wheel scrolls, drag scrolls, a click
 * without drag reports the sentence clicked in *clicked (else -1). Returns true when the view
 * changed or consumed the event. */
bool av_handle_mouse(ArticleView *v, Ui *ui, const SDL_Event *e, int *clicked);

#endif
