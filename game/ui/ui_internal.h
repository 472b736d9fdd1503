/* ui_internal.h — the App's state, shared by ui_app.c and the screens (ui_screen_*.c). Not for
 * use outside game/ui and the UI tests, which read it to assert on state.
 *
 * Each frame, the current screen's layout function records "hits": rectangles with the action
 * they trigger. The same hits serve mouse clicks, hover, and keyboard focus (Tab order = record
 * order), so the mouse and the keyboard reach exactly the same things. */
#ifndef BYLINE_UI_INTERNAL_H
#define BYLINE_UI_INTERNAL_H
#include "answer.h"
#include "pack.h"
#include "progress.h"
#include "session.h"
#include "ui_app.h"
#include "ui_article_view.h"
#include "ui_draw.h"
#include "ui_textfield.h"
#include "ui_widgets.h"

#define UI_MAX_HITS 256
#define UI_SPLIT_MIN_UNITS 940 /* narrower than this (design units): one pane at a time */
#define UI_FOOTER_ONE_LINE_UNITS 1100 /* narrower: the footer has two lines for the key hints */
#define UI_ZOOM_MIN 0.7f
#define UI_ZOOM_MAX 2.0f
/* Every screen is laid out for at least this many design units: the text size in effect is the
 * student's choice, lowered while the window is too small to hold it (640x480 at 100 %). */
#define UI_MIN_UNITS_W 640
#define UI_MIN_UNITS_H 480

typedef enum { SCREEN_PROFILE, SCREEN_LIBRARY, SCREEN_PROBLEMS, SCREEN_READ, SCREEN_QUIZ,
               SCREEN_RESULTS, SCREEN_CLASS, SCREEN_COUNT } ScreenId;

typedef enum {
    ACT_NONE,
    ACT_BACK, ACT_ZOOM_OUT, ACT_ZOOM_IN, ACT_THEME, ACT_FULLSCREEN,            /* top bar */
    ACT_PROFILE_PICK, ACT_PROFILE_FIELD, ACT_PROFILE_GO,                        /* profile */
    ACT_PACK_OPEN, ACT_PACK_REVIEW, ACT_SWITCH_PROFILE,                         /* library */
    ACT_START, ACT_RESUME, ACT_START_OVER,                                      /* read */
    ACT_CHOICE, ACT_TRUTH, ACT_MULTI, ACT_ORDER_ITEM, ACT_ORDER_UP, ACT_ORDER_DOWN,
    ACT_TEXT_FIELD, ACT_ARTICLE, ACT_SUBMIT, ACT_NEXT, ACT_TOGGLE_PANE,         /* quiz */
    ACT_MISSED, ACT_RETRY_MISSED, ACT_RETRY_ALL, ACT_LIBRARY,                   /* results */
    ACT_ARTICLE_TAB,                                         /* which article (packs with several) */
    ACT_PREVIEW_PREV, ACT_PREVIEW_NEXT, ACT_PREVIEW_TRY, ACT_PREVIEW_GOTO,      /* teacher preview */
    ACT_PACK_CLASS, ACT_CLASS_ROW,                                              /* class results */
    ACT_PACK_PRESENT,                                                 /* presenter mode on a pack */
    ACT_CITE_BACK,                        /* cite questions: from the evidence step back to the answer */
    ACT_COUNT
} Action;

typedef enum { PANE_NONE, PANE_SIDE, PANE_LIST } PaneId;

typedef struct Hit {
    SDL_Rect r;     /* where it is drawn */
    SDL_Rect clip;  /* the visible part (mouse hits only here) */
    Action act;
    int arg;
    bool focusable;
    PaneId pane;    /* scrolled pane it lives in */
} Hit;

typedef struct PackEntry {
    char *path;
    Pack *pack;           /* NULL when it failed to load */
    Diagnostics diags;    /* errors and warnings from loading */
    double best;          /* best whole-pack score fraction of the current student, -1 none */
    int retry_right, retry_total; /* the newest retry of missed questions since then (total 0: none) */
    int64_t unfinished;   /* unfinished attempt id, -1 none */
    int unfinished_answers;
    int unfinished_halfway; /* cite questions whose first part is kept (store_pending_count) */
    size_t due;           /* questions due for self-study review */
    uint32_t missing_glyph; /* a character the fonts lack, 0 none */
} PackEntry;

/* The question on screen. */
typedef struct QuizState {
    Answer answer;
    bool feedback;      /* submitted: showing the result */
    /* A cite question's second step: the answer is given (and locked), the student picks the
     * sentence that shows it. Both parts are submitted together. */
    bool citing;
    Grade grade;
    uint64_t shown_ms;
    int order_grab;     /* order: position picked up with the keyboard, -1 none */
    int drag_pos;       /* order: position being dragged with the mouse, -1 none */
    int drag_y;
    TextField field;
    char described[1024], correct[1024];
    bool own_in_view;   /* feedback: Y brought the student's (wrong) sentence into view */
    /* layout of the side panel (content coordinates are screen pixels, scroll applied) */
    int y_head, y_prompt, y_instr, y_answers, y_feedback, h_feedback;
} QuizState;

struct App {
    Ui ui;
    SDL_Window *win;
    char data_dir[1024], home[1024];
    AppConfig cfg;
    ScreenId screen;
    bool dirty, quit, fullscreen, focus_visible;
    float zoom_pref;             /* the text size chosen (remembered); ui.zoom is the one in effect */
    /* the top bar's texts this frame (w 0: not shown for want of room) */
    SDL_Rect top_brand, top_context, top_who;
    /* layout of this frame */
    Hit hits[UI_MAX_HITS];
    size_t n_hits;
    bool split;
    SDL_Rect top, main, footer, pane_article, pane_side, side_content;
    int side_scroll, side_h;     /* question/results panel scroll and content height */
    int list_scroll, list_h;     /* library list */
    SDL_Rect list_view;
    bool show_article;           /* narrow windows: the article pane instead of the side pane */
    /* interaction */
    Action focus_act, hover_act, press_act;
    int focus_arg, hover_arg, press_arg;
    /* progress */
    Store *store;
    char store_msg[512];
    char **profiles;
    size_t n_profiles;
    int64_t profile_id;
    char profile[TF_MAX];
    TextField name_field;
    /* packs */
    PackEntry *packs;
    size_t n_packs;
    int cur;                     /* pack being read/played, -1 none */
    /* reading, playing, results */
    /* The article pane. With several articles, av is the active one (keyboard, picks) and av2
     * another: shown beside it when the pane is wide enough (pair), else kept hidden behind
     * the tabs with its scroll and marks (ui_article_pair.c). */
    ArticleView av, av2;
    bool pair;
    Session *session;
    int64_t attempt;
    const char *mode;            /* "study", "retry", "review" */
    QuizState q;
    const Question *marks_q;     /* whose evidence the article highlights, NULL none */
    const Answer *marks_answer;  /* the answer given to it (its picked sentence), NULL none */
    int *missed;
    size_t n_missed;
    int missed_sel;
    char status[256];            /* a line for errors ("could not save …") */
    int64_t clock_offset;        /* added to the wall clock (scripts: "later SECONDS") */
    unsigned long frames;
    /* teacher preview (AppConfig.watch): the watched pack is packs[0] */
    struct Watch *watch;
    bool preview;
    bool preview_try;            /* answering the question instead of seeing its answer */
    int preview_index;           /* the question shown (index into the pack) */
    char preview_id[4 * PACK_MAX_ID_CHARS + 1]; /* its id: kept while the file is broken */
    unsigned long reloads;       /* how many times the file was loaded again */
    /* class results of packs[cur] (SCREEN_CLASS) */
    struct ClassStats *class_stats;
    char class_err[256];
    char present_err[256]; /* why presenter mode could not start, shown in the library */
    int class_open;              /* the question row opened to show its answer, -1 none */
};

/* ui_app.c */
void app_hit(App *app, SDL_Rect r, Action act, int arg, bool focusable, PaneId pane);
const Hit *app_find_hit(const App *app, Action act, int arg);
WidgetState app_widget_state(const App *app, Action act, int arg);
bool app_has_focus(const App *app, Action act, int arg);
void app_set_focus(App *app, Action act, int arg);
void app_go(App *app, ScreenId s);
void app_layout(App *app);
/* ui_chrome.c: the top bar and footer around every screen. */
void app_layout_chrome(App *app);
void app_layout_top_buttons(App *app);
bool app_is_chrome(Action a);
/* The "← Library" button of the top bar (screens that have one call it in their layout). */
void app_layout_back(App *app);
uint64_t app_now_ms(const App *app);
int64_t app_now_unix(const App *app);
void app_set_zoom(App *app, float zoom);
void app_set_theme(App *app, ThemeId t);
/* Chrome drawn around every screen. */
void app_render_top(App *app, const char *context);
void app_render_footer(App *app, const char *hints);
/* The footer bar of a side pane: buttons right-aligned; returns its rect. */
SDL_Rect app_side_footer(App *app);

/* ui_packs.c */
/* "retry: 8 of 8 missed now right" for e's newest retry, or "" when it has none. */
void packs_retry_note(const PackEntry *e, char *buf, size_t size);
void packs_load(App *app);
void packs_free(App *app);
void packs_refresh_stats(App *app);
/* An unfinished attempt with something to resume: an answer, or a cite question's first part. */
bool packs_resumable(const PackEntry *e);
/* Loads packs[i] again from its file (it changed on disk). The old pack is freed: nothing may
 * point into it any more (end the session, reset the article view first). */
void packs_reload(App *app, size_t i);
const PackEntry *packs_current(const App *app);

/* ui_play.c: the flow of an attempt (sessions, answers, saving). */
void play_read(App *app, int pack);
bool play_start(App *app, const char *mode, const int *questions, size_t n);
bool play_resume(App *app);
void play_submit(App *app);
void play_next(App *app);
void play_abandon(App *app);
void play_review(App *app, int pack);
void play_retry_missed(App *app);
void play_show_missed(App *app, int i);
void play_end(App *app);
/* Shows article i of the current pack with whatever of the current question belongs to it. */
void play_show_article(App *app, int article);
/* Sets up the session's current question on the quiz screen (empty answer, its article). */
void play_prepare(App *app);
/* Highlights q's evidence in the article pane and scrolls the first passage into view. */
void play_show_evidence(App *app, const Question *q, const Answer *given);
/* Feedback: true when the student picked a sentence that does not show it (marked red); Y
 * (play_toggle_own_sentence) scrolls between that sentence and the real passage. */
bool play_has_wrong_pick(const App *app);
void play_toggle_own_sentence(App *app);
bool play_profile(App *app, const char *name);

/* ui_preview.c: the teacher preview (AppConfig.watch). Questions are shown one at a time with
 * their answer filled in and the evidence highlighted; the teacher can jump anywhere, or try a
 * question (nothing is saved). When the file changes it is loaded again and the same question
 * (by id; the nearest position if it was deleted) comes back; a broken file shows its problems
 * until it is fixed. */
bool preview_open(App *app);       /* at creation, before packs_load: start watching the file */
void preview_start(App *app);      /* after packs_load: the first question, or the problems */
void preview_close(App *app);
void preview_show(App *app, int index, bool try_it);
void preview_step(App *app, int delta);
void preview_reload(App *app);      /* load the file again, keeping the question */
void preview_tick(App *app);
/* A cite question revealed in the preview: its two parts (answer, and the sentence that shows it)
 * with their points, at (x, y) in width w; returns the height (measures only when !draw). */
int preview_cite_parts(App *app, int x, int y, int w, bool draw);

/* screens */
typedef struct ScreenDef {
    void (*layout)(App *app);
    void (*render)(App *app);
    bool (*key)(App *app, const SDL_KeyboardEvent *k);
    bool (*mouse)(App *app, const SDL_Event *e);  /* before the generic hit handling */
    void (*activate)(App *app, Action act, int arg);
    void (*enter)(App *app);                      /* on arrival */
} ScreenDef;
extern const ScreenDef screen_profile, screen_library, screen_problems, screen_read,
    screen_quiz, screen_results, screen_class;

/* ui_screen_class.c: the class results of a pack (from the library). */
void class_results_open(App *app, int pack);
void class_results_free(App *app);
/* Where the bar of a question row (its hit rectangle) is drawn (for the tests' pixel checks). */
SDL_Rect class_row_bar(App *app, SDL_Rect row);

/* ui_screen_quiz.c parts shared with ui_quiz_answer.c */
void quiz_answer_layout(App *app, int x, int *y, int w);
void quiz_answer_render(App *app);
bool quiz_answer_key(App *app, const SDL_KeyboardEvent *k);
bool quiz_answer_mouse(App *app, const SDL_Event *e);
void quiz_answer_activate(App *app, Action act, int arg);
void quiz_default_focus(App *app);
void quiz_pick_sentence(App *app, int sentence);
/* The evidence box's text: the picked sentence in quotation marks (not doubled), or a hint. */
void quiz_evidence_text(const App *app, char *buf, size_t size);
/* Sentence `sentence` of article `article` in quotation marks (not doubled), or "(none)". */
void quiz_sentence_quote(const Pack *p, int article, int sentence, char *buf, size_t size);
/* ui_quiz_cite.c: the second step of cite questions ("Now show where the article says so"). */
/* True while a sentence of the article is being picked: an evidence question, or a cite step. */
bool quiz_picking(const App *app);
/* True when the answer widgets take no input: the feedback is shown, or the evidence is asked. */
bool quiz_locked(const App *app);
/* The sentence picked for the question on screen (the evidence answer, or the cite part);
 * false when none. */
bool quiz_picked(const App *app, const Answer *a, int *article, int *sentence);
/* Step 1 → 2 (the answer part must be complete), and back. */
void quiz_cite_begin(App *app);
void quiz_cite_back(App *app);
/* The cite instruction of the current step, or NULL for questions without a cite part. */
const char *quiz_cite_instruction(const App *app);
/* The feedback lines of a graded cite question (both parts), measured or drawn; returns height. */
int quiz_cite_feedback(App *app, int x, int y, int w, bool draw);
/* The guesses and misreadings among the answers of the session: "" when none. */
void quiz_cite_summary(const App *app, char *buf, size_t size);
/* ui_screen_results.c: the summary line under the score, and the footer's key hints. */
void results_summary_line(const App *app, char *buf, size_t size);
const char *results_footer_hints(const App *app);

/* panes shared by read, quiz and results */
typedef struct StripButton {
    Action act;
    int arg;
    const char *label;
    ButtonStyle style;
    bool disabled;
} StripButton;
void app_layout_strip(App *app, const StripButton *b, size_t n);
void app_render_strip(App *app, const StripButton *b, size_t n);
/* A scroll thumb at the right edge of the side panel when its content overflows. */
void app_render_side_scrollbar(App *app);
void app_layout_panes(App *app, int side_units);
void app_render_article_pane(App *app);
bool app_article_mouse(App *app, const SDL_Event *e, int *clicked);

/* ui_article_pair.c: two articles side by side, or tabs.
 * The pane shows two columns when the pack has several articles and each column can hold
 * PAIR_MIN_CHARS characters of body text; else one article under a row of tabs. */
#define PAIR_MIN_CHARS 40
bool pair_fits(App *app, int pane_w);
/* Lays out the tabs (if any) and the view(s) in the article pane's rectangle. */
void pair_layout(App *app, SDL_Rect pane);
/* Draws the tabs (with a marker on those holding highlighted evidence) and the view(s). */
void pair_render(App *app);
/* Lays out more of the shown articles' bodies (a slice of work; ui_app_tick calls it while the
 * loop is idle, so events are handled between slices); true when a frame is due. */
bool pair_layout_more(App *app);
bool pair_layout_pending(const App *app);
/* Routes a mouse event to the column it concerns; a click in the other column makes it the
 * active one (av) before *clicked reports the sentence. */
bool pair_mouse(App *app, const SDL_Event *e, int *clicked);
/* Makes av2 the active view (swapping the two). */
void pair_swap(App *app);
/* Keyboard switch (Ctrl+Tab): the other column, or the next tab (dir -1: previous). */
bool pair_switch(App *app, int dir);
/* Keeps av2 on an article of the current pack other than av's: `prefer` when valid, else the
 * first other one; none when the pack has one article. */
void pair_keep_other(App *app, int prefer);
/* True when the evidence of the question being reviewed lies (partly) in article i. */
bool pair_has_evidence(const App *app, int i);

#endif
