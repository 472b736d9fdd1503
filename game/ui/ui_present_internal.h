/* ui_present_internal.h — the presenter screen's state, shared by ui_present*.c and read by the
 * UI tests. Not for use elsewhere: the public API is ui_present.h.
 *
 * Two sets of fonts: `ui` draws the chrome (header, countdown, team chips, footer, scoreboard,
 * podium, setup) at one presentation scale that follows the window size; `cui` draws the
 * question (prompt, answers) and `xui` the article excerpt (and the evidence view), each at
 * the largest of a few smaller scales at which it fits its part of the screen (PS_LEVELS,
 * chosen once per question and size; the excerpt never larger than the question), so a long
 * excerpt does not shrink the prompt. All share one text cache. Each frame the layout records hits (rectangle, kind, argument) that
 * serve mouse clicks; keys act on the Presenter directly. */
#ifndef BYLINE_UI_PRESENT_INTERNAL_H
#define BYLINE_UI_PRESENT_INTERNAL_H
#include "presenter.h"
#include "session.h"
#include "ui_draw.h"
#include "ui_present.h"
#include "ui_textfield.h"

#define PS_DESIGN_W 1280   /* the layout is designed for this output size … */
#define PS_DESIGN_H 800
#define PS_BASE_ZOOM 1.6f  /* … with the app's fonts scaled up this much: readable at the back */
#define PS_LEVELS 6        /* content scales tried: 100%, 90% … 50% of the chrome's */
#define PS_MAX_HITS 96

typedef enum {
    HIT_NONE,
    HIT_TEAM, HIT_CHOICE, HIT_ORDER, HIT_TEXT, HIT_ACTION,                  /* session */
    HIT_SETUP_FIELD, HIT_SETUP_ADD, HIT_SETUP_REMOVE, HIT_SETUP_MODE,        /* setup */
    HIT_SETUP_BONUS, HIT_SETUP_START, HIT_SETUP_LIVE
} PsHitKind;

/* The teacher's actions (keys, and the buttons of the footer). */
typedef enum {
    PA_REVEAL, PA_EVIDENCE, PA_SCORES, PA_NEXT, PA_BACK, PA_SKIP, PA_PAUSE, PA_EXTRA, PA_END,
    PA_LOCK, PA_CANCEL, PA_LEAVE, PA_COUNT
} PsAction;

typedef struct PsHit {
    SDL_Rect r;
    PsHitKind kind;
    int arg;
} PsHit;

/* One laid-out line of the excerpt: bytes [start, end) of the article body, at (x, y). */
typedef struct PsLine {
    size_t start, end;
    int x, y, w;
    int number; /* evidence questions: the sentence number drawn before this line, 0 none */
    int sentence; /* with a number: the article sentence it stands for */
} PsLine;

#define PS_MAX_GAPS 16 /* "[…]" marks between the blocks of paragraphs shown */

/* The article excerpt beside the question: the title, then every paragraph that holds one of
 * the question's evidence passages (in the article of the first), and whole neighbours as many
 * as fit; "[…]" marks paragraphs left out between them. For evidence questions each
 * sentence starts its own numbered line, so teams can call a sentence by its number. */
typedef struct PsExcerpt {
    const Question *q;  /* layout key: question, fonts, view, font scale */
    Ui *ui;             /* the content fonts it is laid out in */
    const Pack *pack;
    SDL_Rect view;
    float scale;
    const Article *a;
    int article;        /* the article shown: `want`, or the question's own (its first passage's) */
    int want;           /* set by ex_layout_article: an article to show instead, -1 none */
    bool switchable, laid_switchable; /* the header names "article k of n" and the key to switch */
    bool *shown;        /* per paragraph of a: part of the excerpt */
    size_t n_shown_cap;
    bool more_before, more_after, numbered;
    int n_sent;         /* numbered: sentences 1..n_sent (PsLine.sentence says which) */
    int gap_y[PS_MAX_GAPS], n_gaps; /* "[…]" between paragraphs that are not neighbours */
    bool passages;      /* laid out by ex_layout_passages */
    int title_y, title_h, meta_y, body_y, pitch, gutter, more_after_y;
    PsLine *lines;
    size_t n_lines, cap;
} PsExcerpt;

/* An answer being entered for one team, before it is locked in with the Presenter. */
typedef struct PsDraft {
    bool open;      /* entry is on (together: a team was picked; turns: the team on turn) */
    int team;
    Answer a;
    bool changed;   /* differs from what the team has locked in */
    int order_sel;  /* order: the position Up/Down moves */
    int cursor;     /* evidence: sentence number under the keyboard cursor, 0 none */
    TextField field;
} PsDraft;

typedef enum { STAGE_SETUP, STAGE_SESSION } PsStage;

/* The content levels chosen for one question: its column's (cui) while asked, once revealed
 * and in the evidence phase, and its excerpt's (xui). */
typedef struct PsFit {
    signed char column, revealed, evidence, excerpt;
} PsFit;

/* The setup stage's layout of this frame. */
typedef struct PsSetupLayout {
    SDL_Rect field, add, mode[2], bonus[2], start, live, teams[PRESENT_MAX_TEAMS];
    int title_y, sub_y, teams_y, field_label_y, hint_y, mode_y, mode_desc_y, bonus_y,
        bonus_desc_y, status_y, left_x, left_w, right_x, right_w;
} PsSetupLayout;
typedef enum { SF_FIELD, SF_MODE, SF_BONUS, SF_START, SF_LIVE, SF_COUNT } SetupFocus;

struct PresentScreen {
    Ui ui, cui, xui;            /* chrome, question and excerpt drawing contexts (one cache) */
    SDL_Window *win;
    PresentConfig cfg;
    char data_dir[1024];
    float pix;                  /* output pixels per window unit */
    int level, xlevel;          /* content scale levels of cui and xui */
    bool dirty, quit, quit_all, fullscreen;
    char status[256];
    PsStage stage;
    /* setup */
    char names[PRESENT_MAX_TEAMS][PRESENT_MAX_TEAM_NAME + 1];
    size_t n_names;
    TextField name_field;
    SetupFocus setup_focus;
    PsSetupLayout setup;
    PresentMode mode;
    bool speed_bonus;
    /* session */
    Presenter *p;
    Session *shuffles;          /* order questions' starting arrangements (never the solution) */
    PsDraft draft;
    /* A cite question's second step: the class picks the sentence that shows the answer (the
     * first reveal key starts it; the next one reveals). cite_cursor: a sentence number, 0 none. */
    bool citing;
    int cite_cursor;
    /* The article the excerpt shows in a pack of several (Ctrl+Tab): -1 the question's own. Reset
     * on every new question. */
    int ex_article;
    size_t shown_pos;           /* the question and phase the draft belongs to */
    PresentPhase shown_phase;
    int64_t shown_secs;         /* the countdown number last drawn */
    PsFit *fit;                 /* per question: the levels that fit, -1 not yet known */
    int fit_w, fit_h;
    PsExcerpt ex;
    /* layout of this frame */
    PsHit hits[PS_MAX_HITS];
    size_t n_hits;
    SDL_Rect header, bar, body, excerpt, column, answers, chips, footer;
    SDL_Rect tiles[PACK_MAX_CHOICES]; /* choices, true/false or order items, in answer order */
    int n_tiles;
    SDL_Rect textbox;           /* text questions: the typed answer */
    SDL_Rect chip[PRESENT_MAX_TEAMS];
    PsHit pressed;              /* where the left button went down */
    bool pressed_on;
    int prompt_h;
    /* saving */
    int64_t attempt[PRESENT_MAX_TEAMS];
    double att_score[PRESENT_MAX_TEAMS], att_max[PRESENT_MAX_TEAMS];
    int64_t session_id;
    unsigned char *saved;       /* per question: its answers were written */
};

/* ui_present.c */
/* The chrome's font zoom for an output size (the live projector uses the same scale). */
float ps_chrome_zoom(int w, int h);
/* Opens the fonts of data_dir/assets/fonts at zoom into ui (clearing ui's cache). */
bool ps_open_fonts(Ui *ui, const char *data_dir, float zoom, char *err, size_t errlen);
int64_t ps_now_ms(const PresentScreen *ps);
int64_t ps_now_unix(const PresentScreen *ps);
void ps_hit(PresentScreen *ps, SDL_Rect r, PsHitKind kind, int arg);
const PsHit *ps_hit_at(const PresentScreen *ps, int x, int y);
const PsHit *ps_find_hit(const PresentScreen *ps, PsHitKind kind, int arg);
/* Chooses (and opens the fonts of) the content levels for the current question. */
void ps_fit_content(PresentScreen *ps);
bool ps_set_level(PresentScreen *ps, int level);          /* the question column's (cui) */
bool ps_set_excerpt_level(PresentScreen *ps, int level);  /* the excerpt's (xui) */
void ps_layout(PresentScreen *ps);
void ps_start_session(PresentScreen *ps);
/* Whether the excerpt can show another article (Ctrl+Tab): the pack has several. */
bool ps_switchable(const PresentScreen *ps);
/* Sentence `sentence` of article `article` as the projector names it: "sentence 3" when it is
 * numbered in the excerpt shown, else "a sentence of The Eastside Voice" (capital S with cap). */
void ps_sentence_label(const PresentScreen *ps, int article, int sentence, bool cap, char *buf, size_t n);
/* The number of that sentence in the excerpt shown, 0 when it is not there. */
int ps_shown_number(const PresentScreen *ps, int article, int sentence);

/* ui_present_setup.c */
void setup_layout(PresentScreen *ps);
void setup_render(PresentScreen *ps);
void setup_key(PresentScreen *ps, const SDL_KeyboardEvent *k);
void setup_text(PresentScreen *ps, const char *text);
void setup_click(PresentScreen *ps, const PsHit *h);
bool setup_add_team(PresentScreen *ps, const char *name);
bool setup_text_wanted(const PresentScreen *ps);

/* ui_present_input.c */
void ps_session_key(PresentScreen *ps, const SDL_KeyboardEvent *k);
void ps_session_text(PresentScreen *ps, const char *text);
void ps_session_click(PresentScreen *ps, const PsHit *h, int x, int y);
void ps_action(PresentScreen *ps, PsAction a);
bool ps_action_available(const PresentScreen *ps, PsAction a);
/* Ctrl+Tab (dir 1) / Ctrl+Shift+Tab (-1): the excerpt shows the next / previous article. */
void ps_switch_article(PresentScreen *ps, int dir);
/* After anything that may have changed the Presenter: resets the draft on a new question or
 * phase, saves a revealed question's answers, finishes the attempts on the podium. */
void ps_sync(PresentScreen *ps);
bool ps_text_wanted(const PresentScreen *ps);
/* The starting arrangement of order question i. */
const int *ps_arrangement(const PresentScreen *ps, size_t question);

/* ui_present_save.c */
void ps_save_question(PresentScreen *ps, size_t question);
void ps_finish_attempts(PresentScreen *ps);

/* ui_present_draw.c */
void ps_question_layout(PresentScreen *ps);
void ps_question_render(PresentScreen *ps);
/* The height the question column needs at the current content fonts and width w. */
int ps_column_height(PresentScreen *ps, const Question *q, int w);

/* ui_present_shapes.c: answer identities that survive colour blindness: a colour from the
 * Okabe–Ito palette, a shape drawn as geometry (● ▲ ■ ◆ ★ ⬢ ▼ ✚), and a letter. */
SDL_Color ps_answer_colour(int i);
SDL_Color ps_answer_ink(int i); /* black or white, whichever reads on the colour */
void ps_shape(Ui *ui, int shape, SDL_Rect box, SDL_Color c);
void ps_check(Ui *ui, SDL_Rect box, SDL_Color c);
void ps_cross(Ui *ui, SDL_Rect box, SDL_Color c);
void ps_pause_glyph(Ui *ui, SDL_Rect box, SDL_Color c);
/* The coloured block of answer i: its shape and label (a letter) side by side. */
void ps_answer_badge(Ui *ui, SDL_Rect r, int i, const char *label, FontRole font);
void ps_thick_outline(Ui *ui, SDL_Rect r, int radius, int t, SDL_Color c, SDL_Color inside);
/* The countdown: a pill with the seconds left (red in the last five, a pause glyph when paused)
 * and the bar under the header, as full as the time left of limit_s. */
void ps_countdown(Ui *ui, SDL_Rect pill, SDL_Rect bar, int64_t left_ms, int limit_s, bool paused);
/* A footer button naming its key: "Space Reveal". */
int ps_key_button_w(Ui *ui, const char *key, const char *label);
void ps_key_button(Ui *ui, SDL_Rect r, const char *key, const char *label);

/* ui_present_excerpt.c: free of the presenter's state, so the live projector shows excerpts too.
 * The excerpt keeps the fonts (cui) and pack it was laid out with until the next layout. */
void ex_layout(PsExcerpt *ex, Ui *cui, const Pack *pack, const Question *q, SDL_Rect view);
/* The evidence view (after a reveal): every paragraph of the article that holds one of q's
 * passages, in order, "[…]" where paragraphs are left out; lines that do not fit are cut. Falls
 * back to ex_layout when q has no passage in its first article. (ex_layout already shows every
 * paragraph with a passage, so this is the same layout, marked as the evidence view.) */
void ex_layout_passages(PsExcerpt *ex, Ui *cui, const Pack *pack, const Question *q, SDL_Rect view);
/* The same showing article `article` of the pack instead of the question's own (-1: its own),
 * built around the question's first passage in it, else from its first paragraph. switchable:
 * in a pack of several articles, the header says which one and that Ctrl+Tab shows the next. */
void ex_layout_article(PsExcerpt *ex, Ui *cui, const Pack *pack, const Question *q, SDL_Rect view,
                       int article, bool switchable);
/* The height the evidence view needs at width (see ex_layout_passages). */
int ex_passages_height(Ui *cui, const Pack *pack, const Question *q, int width);
/* The height needed for the title and the paragraph with the first evidence passage. */
int ex_min_height(Ui *cui, const Pack *pack, const Question *q, int width);
int ex_min_height_article(Ui *cui, const Pack *pack, const Question *q, int width, int article,
                          bool switchable);
/* marks: highlight the evidence; picked / cursor: sentence numbers (0 none). */
void ex_render(PsExcerpt *ex, bool marks, int picked, int cursor);

/* ui_present_passages.c: after the reveal, for a pack of several articles, the evidence in
 * place of the excerpt: each outlet ("The Eastside Voice:") with its passages (their whole
 * sentences, the passage highlighted). pp_wanted: the pack has several articles and q evidence. */
bool pp_wanted(const Pack *pack, const Question *q);
void pp_render(Ui *cui, const Pack *pack, const Question *q, SDL_Rect view);
/* The height of the passages alone (the least the view needs) at width. */
int pp_height(Ui *cui, const Pack *pack, const Question *q, int width);
/* Where passage k's first highlighted line is drawn in view (tests); false when not shown. */
bool pp_passage_rect(Ui *cui, const Pack *pack, const Question *q, SDL_Rect view, size_t k, SDL_Rect *out);
void ex_free(PsExcerpt *ex);
/* The sentence number (1-based, numbered excerpts) under pixel (x, y), or 0. */
int ex_number_at(const PsExcerpt *ex, int x, int y);
/* The article sentence of number n, or -1; and back (0 when not shown). */
int ex_sentence_of(const PsExcerpt *ex, int number);
int ex_number_of(const PsExcerpt *ex, int sentence);
/* Screen rectangles covered by body bytes [start, end) of the excerpt's article (shown lines). */
size_t ex_range_rects(const PsExcerpt *ex, size_t start, size_t end, SDL_Rect *out, size_t max);

/* ui_present_boards.c */
void ps_scoreboard_render(PresentScreen *ps);
void ps_podium_render(PresentScreen *ps);
void ps_footer_layout(PresentScreen *ps);
void ps_footer_render(PresentScreen *ps);

#endif
