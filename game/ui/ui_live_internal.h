/* ui_live_internal.h — the live projector's screen object and state, shared by ui_live*.c and read
 * by the UI tests. The public API is ui_live.h.
 *
 * Like PresentScreen (ui_present.h) it is an object on any SDL_Renderer that never waits: the
 * host feeds events, asks whether it is dirty, draws, and sleeps until ui_live_next_timer_ms.
 * Drawing is in two steps: lv_snapshot copies what the frame needs out of the Live under the
 * host's lock (LvView), then layout and drawing read only the copy and the pack (immutable).
 *
 * Scales: `ui` draws the chrome at the presenter's scale (ps_chrome_zoom: 1280x800 with the
 * app's fonts 1.6 times larger, scaled to the window); `cui` draws the question and excerpt at
 * the largest of PS_LEVELS smaller scales at which the question fits. Each frame records its
 * widgets (LvBox) for clicks and for the tests' overlap check. */
#ifndef BYLINE_UI_LIVE_INTERNAL_H
#define BYLINE_UI_LIVE_INTERNAL_H
#include "qr.h"
#include "ui_live.h"
#include "ui_present_internal.h"
#include <SDL.h>

#define LV_MAX_BOXES 512

/* A cell of the student-paced grid; drawn as a symbol, never as colour alone. */
typedef enum { LC_NOT_YET, LC_RIGHT, LC_PARTLY, LC_WRONG, LC_SKIPPED } LvCell;

typedef struct LvSeat {
    int seat;
    char name[LIVE_MAX_NAME + 1];
    bool connected;
    int extra_percent;
    int at; /* student-paced: the question the student is on, -1 finished */
} LvSeat;

typedef struct LvRank {
    int seat, rank;
    double score;
    char name[LIVE_MAX_NAME + 1];
} LvRank;

/* What one frame draws, copied from the Live under the lock. */
typedef struct LvView {
    LivePhase phase;
    LivePacing pacing;
    LiveRules rules;
    char room[LIVE_ROOM_CHARS + 1];
    bool locked;
    size_t position, n_questions;
    int time_limit;
    int64_t time_left_ms;
    size_t present;          /* seats not removed */
    size_t answered;         /* teacher-paced: of the current question */
    LvSeat *seats;           /* seats not removed, in joining order */
    size_t n_seats;
    size_t dist[PACK_MAX_CHOICES], n_dist; /* once revealed (teacher-paced) */
    LiveCiteCounts cite;     /* once revealed, a cite question's two parts (else all 0) */
    LvRank top[LIVE_TOP_N];
    size_t n_top;
    unsigned char *grid;     /* student-paced: n_seats rows of n_questions LvCell */
    size_t finished, answers; /* student-paced: students done, answers given */
    size_t n_asks;           /* requests to continue on another device, waiting */
    int ask_seat;            /* the oldest one's seat, -1 none */
    char ask_name[LIVE_MAX_NAME + 1];
    bool ask_connected;      /* its seat still has a page open */
    int64_t ask_until;       /* host clock ms when the first waiting request expires, -1 none */
} LvView;

typedef enum {
    LA_START, LA_LOCK, LA_REVEAL, LA_BOARD, LA_NEXT, LA_PAUSE, LA_EXTRA, LA_HIDE, LA_END,
    LA_CLOSE, LA_COUNT
} LvAction;

typedef enum {
    LB_NONE, LB_ACTION, LB_REMOVE, LB_EXTRA, LB_NAME, LB_MORE, /* clickable */
    LB_URL, LB_CODE, LB_QR, LB_TILE, LB_ROW, LB_COUNT_TEXT, LB_GRID, LB_EXCERPT, LB_PROMPT,
    LB_HEADER, LB_ASK
} LvBoxKind;

/* A widget of this frame: what it is, which seat / action / choice it is for. */
typedef struct LvBox {
    SDL_Rect r;
    LvBoxKind kind;
    int arg;
} LvBox;

typedef struct LiveScreen {
    Ui ui, cui;
    SDL_Window *win;
    UiLiveHost host;
    const Pack *pack;        /* the Live's (immutable): read without the lock */
    size_t n_fit;            /* the pack's questions: the size of fit and of a grid row */
    bool ttf_on;             /* TTF_Init succeeded (balanced in ui_live_destroy) */
    char data_dir[1024];
    float pix;
    int level;
    bool dirty, quit, quit_all, fullscreen;
    char status[256];
    int64_t status_until;    /* host clock ms; 0 = stays */
    bool confirm_end;        /* Esc was pressed once: the next Esc ends the class */
    bool grid_hidden;        /* student-paced: H */
    int selected;            /* lobby: the seat under the keyboard cursor, -1 none */
    size_t list_first;       /* lobby: first name shown (the list pages to the selection) */
    size_t grid_first;       /* student-paced: first student row shown */
    LvView v;
    int64_t shown_secs;
    signed char *fit;        /* per question: the content level that fits, -1 not yet known */
    QrCode qr;
    PsExcerpt ex;
    /* layout of this frame */
    LvBox boxes[LV_MAX_BOXES];
    size_t n_boxes;
    SDL_Rect header, bar, body, footer, excerpt, column, qr_rect;
    SDL_Rect ask;            /* the band of a waiting request, between body and footer; h 0 none */
    int fit_body_h;          /* the body height the remembered fit levels were found for */
    int qr_module;           /* pixels per module; the code starts 4 modules inside qr_rect */
    LvBox pressed;
    bool pressed_on;
} LiveScreen;

/* ui_live.c: the object (also used by ui_live_run.c and the tests). opt may be NULL. */
LiveScreen *ui_live_create(SDL_Renderer *r, SDL_Window *window, const UiLiveHost *host,
                           const UiLiveOptions *opt, char *err, size_t errlen);
void ui_live_destroy(LiveScreen *ls);
void ui_live_handle_event(LiveScreen *ls, const SDL_Event *e);
/* Reads the clock (and ticks the core when the countdown ran out): true when a redraw is due. */
bool ui_live_dirty(LiveScreen *ls);
void ui_live_render(LiveScreen *ls);
bool ui_live_screenshot(LiveScreen *ls, const char *path, char *err, size_t errlen);
/* Milliseconds until the next redraw is due (countdown second, status line or a waiting request
 * expiring), -1 when nothing is timed. */
int ui_live_next_timer_ms(LiveScreen *ls);
bool ui_live_should_quit(const LiveScreen *ls);
void ui_live_resized(LiveScreen *ls);
bool ui_live_set_theme(LiveScreen *ls, const char *name);
void ui_live_set_fullscreen_flag(LiveScreen *ls, bool on);
/* Runs the projector on an existing window and renderer (presenter setup's "Live" choice) until
 * the teacher closes it; blocks in SDL_WaitEventTimeout meanwhile. *quit_all (may be NULL) tells
 * whether the user asked to quit the whole program. False when the screen could not be created
 * (message in err). */
bool ui_live_run_on(SDL_Renderer *r, SDL_Window *window, const UiLiveHost *host,
                    const UiLiveOptions *opt, bool *quit_all, char *err, size_t errlen);
/* The SDL event type ui_live_wake pushes (registered by ui_live_create; 0 before). */
Uint32 ui_live_wake_event(void);

/* Internal. */
int64_t lv_now(const LiveScreen *ls);
void lv_snapshot(LiveScreen *ls);
void lv_box(LiveScreen *ls, SDL_Rect r, LvBoxKind kind, int arg);
const LvBox *lv_box_at(const LiveScreen *ls, int x, int y);
const LvBox *lv_find_box(const LiveScreen *ls, LvBoxKind kind, int arg);
void lv_layout(LiveScreen *ls);
void lv_action(LiveScreen *ls, LvAction a);
bool lv_action_available(const LiveScreen *ls, LvAction a);
void lv_say(LiveScreen *ls, const char *msg);
/* Opens the content fonts (cui) at the largest level at which fits() is true for question pos
 * (remembered per question until the size changes); returns the level. */
int lv_fit_level(LiveScreen *ls, size_t pos, bool (*fits)(LiveScreen *));

/* ui_live_join.c */
void lv_join_layout(LiveScreen *ls);
void lv_join_render(LiveScreen *ls);
void lv_join_key(LiveScreen *ls, SDL_Keycode k);
void lv_remove_seat(LiveScreen *ls, int seat);
void lv_cycle_extra(LiveScreen *ls, int seat);

/* ui_live_ask.c: a request to continue on another device (A admits, D denies) */
void lv_ask_snapshot(LiveScreen *ls, Live *lv, int64_t now);
bool lv_ask_key(LiveScreen *ls, SDL_Keycode k);
void lv_ask_render(LiveScreen *ls);
/* The band's height (0 when nothing waits): layout takes it from the body. */
int lv_ask_height(LiveScreen *ls);

/* ui_live_question.c */
void lv_question_layout(LiveScreen *ls);
void lv_question_render(LiveScreen *ls);
/* Order question number index: its events as listed before the reveal (never the right order). */
size_t lv_order_shown(const Question *q, size_t index, int *out);
void lv_header_render(LiveScreen *ls, const char *title, const char *sub, const char *status,
                      bool countdown);

/* ui_live_boards.c */
void lv_board_render(LiveScreen *ls);
void lv_podium_render(LiveScreen *ls);
void lv_grid_layout(LiveScreen *ls);
void lv_grid_render(LiveScreen *ls);
void lv_footer_layout(LiveScreen *ls);
void lv_footer_render(LiveScreen *ls);
void lv_cell_symbol(Ui *ui, SDL_Rect r, LvCell c);

#endif
