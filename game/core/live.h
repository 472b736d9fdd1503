/* live.h — a live classroom: every student answers on their own device. The rules of the class
 * (who is seated, what is asked now, the countdown, grading, points, the leaderboard) live here as
 * pure state: no sockets, no threads, no clock (milliseconds are passed in to every call). The
 * network layer (game/net/) turns requests into these calls; the projector (game/ui/) reads this
 * state and sends the teacher's actions. docs/live.md states the rules.
 *
 * Two ways to run a class:
 *   LIVE_TEACHER_PACED — like presenter mode: the teacher starts each question, a countdown runs,
 *                        the teacher reveals the answer, shows the leaderboard and moves on.
 *   LIVE_STUDENT_PACED — every student works through the pack at their own speed; each answer is
 *                        graded and shown to its student at once; no countdown.
 *
 * Secrets: a student may learn the right answer to a question only once live_revealed_to() says
 * so. Everything that shapes what a browser receives goes through the view functions below.
 *
 * Changes to save: every call that changes what must survive a crash (the roster, the position,
 * an answer) marks it in the Live's journal; live_store_sync (live_store.h) writes the journal to
 * the progress store and clears it. Callers call it after each action, under the same lock. */
#ifndef BYLINE_LIVE_H
#define BYLINE_LIVE_H
#include "answer.h"
#include "pack.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LIVE_MAX_STUDENTS   300 /* seats in one class, removed ones included */
#define LIVE_MAX_NAME_CHARS 40  /* characters (code points) of a student's name, after trimming */
#define LIVE_MAX_NAME       (4 * LIVE_MAX_NAME_CHARS) /* bytes of UTF-8 that many characters may take */
#define LIVE_TOKEN_CHARS    32  /* a seat's secret token: lowercase hex */
#define LIVE_ROOM_CHARS     4   /* a room code: letters and digits that are not easily confused */
#define LIVE_DEFAULT_TIME_LIMIT 30 /* seconds per question when neither pack nor question gives one */
#define LIVE_EXTRA_TIME     15  /* seconds added by the teacher's extra-time key */
#define LIVE_TOP_N          5   /* leaderboard rows shown on the projector */

typedef struct Live Live;

typedef enum { LIVE_TEACHER_PACED, LIVE_STUDENT_PACED } LivePacing;

typedef enum {
    LIVE_LOBBY,       /* students join; nothing is asked yet */
    LIVE_ASKING,      /* teacher-paced: a question is open and its countdown runs */
    LIVE_PAUSED,      /* teacher-paced: countdown stopped; answers still taken */
    LIVE_TIME_UP,     /* teacher-paced: the class countdown is over (a student with extra time
                         may still answer until their own deadline) */
    LIVE_REVEALED,    /* teacher-paced: right answer, distribution and evidence shown */
    LIVE_LEADERBOARD, /* teacher-paced: standings after the question */
    LIVE_RUNNING,     /* student-paced: the class is working */
    LIVE_FINISHED     /* over: podium / final results */
} LivePhase;

typedef struct LiveRules {
    bool speed_points;      /* a fully right answer earns up to +50% for time left (teacher-paced) */
    int default_time_limit; /* seconds; 0 = the pack's, else LIVE_DEFAULT_TIME_LIMIT */
} LiveRules;

/* The default rules for a pacing: speed points on for teacher-paced, off for student-paced. */
LiveRules live_default_rules(LivePacing pacing);

/* Creates a class in LIVE_LOBBY on every question of the pack, in pack order. room: the room code
 * students must give (LIVE_ROOM_CHARS characters, see live_make_room_code). seed: makes the order
 * questions' starting arrangements repeatable. NULL with a message in err when the pack has no
 * questions or the room code is malformed. The pack must outlive the Live. */
Live *live_create(const Pack *pack, LivePacing pacing, LiveRules rules, const char *room,
                  uint64_t seed, int64_t now_ms, char *err, size_t errlen);
void live_free(Live *lv);

/* A room code from random bytes (the caller's randomness): LIVE_ROOM_CHARS characters of
 * "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" into out (LIVE_ROOM_CHARS + 1 bytes). */
void live_make_room_code(const unsigned char random[LIVE_ROOM_CHARS], char *out);

const Pack *live_pack(const Live *lv);
LivePacing live_pacing(const Live *lv);
LiveRules live_rules(const Live *lv);
const char *live_room(const Live *lv);
LivePhase live_phase(const Live *lv);

/* ---- the roster ------------------------------------------------------------------------- */

typedef enum {
    LIVE_JOIN_OK,
    LIVE_JOIN_BAD_ROOM,   /* the room code is not this class's */
    LIVE_JOIN_BAD_NAME,   /* empty, too long, not UTF-8, or has control characters */
    LIVE_JOIN_NAME_TAKEN, /* another seat has this name (ignoring case) */
    LIVE_JOIN_LOCKED,     /* the teacher locked the room */
    LIVE_JOIN_FULL,       /* LIVE_MAX_STUDENTS seats */
    LIVE_JOIN_BAD_TOKEN,  /* token is not LIVE_TOKEN_CHARS lowercase hex digits, or is in use */
    LIVE_JOIN_FINISHED,   /* the class is over (the protocol's "finished" join error) */
    LIVE_JOIN_NO_SEAT,    /* live_move_ask: no seat (not removed) has that name */
    LIVE_JOIN_BUSY        /* live_move_ask: LIVE_MAX_MOVES requests wait already */
} LiveJoinResult;

/* A message for a join result, for people ("That name is taken — add an initial?"). */
const char *live_join_message(LiveJoinResult r);

/* Seats a student. name is trimmed of spaces; the room code compares ignoring case. token: a
 * fresh secret from the caller's randomness (LIVE_TOKEN_CHARS lowercase hex digits); the seat
 * keeps a copy. On LIVE_JOIN_OK *seat is the new seat's index (seats are never reused). Joining
 * is allowed in every phase but LIVE_FINISHED (late comers start at the current question: the
 * questions before it are not theirs and do not count in their totals). Checked in this order:
 * room, finished, locked, name, token, name taken (ASCII case ignored, like profile names in the
 * store; a removed seat's name is free again), full. */
LiveJoinResult live_join(Live *lv, const char *room, const char *name, const char *token,
                         int64_t now_ms, int *seat);
/* The seat holding this token, or -1 (unknown, malformed or removed). Compares in constant time
 * per seat, so response times do not tell how much of a guess was right. */
int live_seat_by_token(const Live *lv, const char *token);
/* The seat's token, for the progress store only (never send it to anyone but its student);
 * NULL for an unknown seat. */
const char *live_seat_token(const Live *lv, int seat);
/* Teacher-paced: the first question this seat could answer (0 unless it joined late). */
size_t live_seat_first_question(const Live *lv, int seat);

typedef struct LiveSeat {
    char name[LIVE_MAX_NAME + 1];
    bool removed;      /* removed by the teacher: not shown, not ranked, token no longer works */
    bool connected;    /* as last told by live_set_connected */
    int extra_percent; /* countdown for this student: 100, 150 or 200 percent of the class's */
    int64_t joined_ms;
} LiveSeat;

size_t live_seat_count(const Live *lv); /* seats ever given, removed ones included */
const LiveSeat *live_seat(const Live *lv, int seat); /* NULL when out of range */
size_t live_present_count(const Live *lv);           /* seats not removed */
bool live_remove(Live *lv, int seat);
void live_set_locked(Live *lv, bool locked);
bool live_locked(const Live *lv);
/* 100, 150 or 200; false for any other value or an unknown seat. Shown to nobody else. */
bool live_set_extra_time(Live *lv, int seat, int percent);
void live_set_connected(Live *lv, int seat, bool connected);

/* ---- a seat moving to another device ------------------------------------------------------
 *
 * A student whose phone died (or who moves to a laptop) asks for their seat back by name: the
 * name is taken, so live_join refuses it, and only the seat's token gives the seat back. The
 * request waits for the teacher; on admit the seat's token becomes the request's ticket (a fresh
 * secret only the new device holds), so the new device has the seat — score, answers, position,
 * extra time, store row — and the old token stops working. Nothing about the seat is told to the
 * asker before that. A request may be made while the old device is still connected: a dead
 * phone's socket can look open for minutes, and the teacher, who sees both, decides. */

#define LIVE_MAX_MOVES    16             /* requests waiting at once, in the whole class */
#define LIVE_MOVE_WAIT_MS (3 * 60 * 1000) /* a request not answered by then has expired */
#define LIVE_MOVE_KEEP_MS (2 * 60 * 1000) /* an answered request's outcome is told this long */

typedef enum {
    LIVE_MOVE_UNKNOWN,  /* no such ticket (never asked, or forgotten) */
    LIVE_MOVE_WAITING,  /* the teacher has not answered yet */
    LIVE_MOVE_ADMITTED, /* the ticket is now the seat's token */
    LIVE_MOVE_DENIED,   /* the teacher said no, or the seat was removed */
    LIVE_MOVE_REPLACED, /* a newer request for the same seat took its place */
    LIVE_MOVE_EXPIRED,  /* not answered within LIVE_MOVE_WAIT_MS */
    LIVE_MOVE_WITHDRAWN /* the asker gave up (picked another name) */
} LiveMoveState;

/* Asks for the seat called name (ASCII case ignored, as live_join) to move to the device holding
 * ticket (LIVE_TOKEN_CHARS lowercase hex from the caller's randomness, not in use). Checked in
 * this order: room, finished, name, ticket, a seat of that name (LIVE_JOIN_NO_SEAT), room for one
 * more request (LIVE_JOIN_BUSY). A locked room takes requests: the student is not new. A seat's
 * earlier request still waiting is REPLACED: the teacher answers one request per name. */
LiveJoinResult live_move_ask(Live *lv, const char *room, const char *name, const char *ticket,
                             int64_t now_ms);
/* What became of the request holding ticket, at now. */
LiveMoveState live_move_state(const Live *lv, const char *ticket, int64_t now_ms);
/* The seats with a request waiting at now, oldest request first; returns the count written. */
size_t live_move_waiting(const Live *lv, int64_t now_ms, int *seats, size_t max);
/* When the first request waiting at now expires (host clock ms, > now), -1 when none waits: a
 * host that shows the requests sets a timer for it, since expiry happens without any call. */
int64_t live_move_next_expiry(const Live *lv, int64_t now_ms);
/* The teacher's answer to the seat's waiting request. admit: the seat's token becomes the ticket
 * (saved with the roster). False when the seat has no request waiting. */
bool live_move_admit(Live *lv, int seat, int64_t now_ms);
bool live_move_deny(Live *lv, int seat, int64_t now_ms);
/* The asker gives up: a waiting request holding ticket is WITHDRAWN, so a later "yes" cannot give
 * the seat to a ticket nobody holds. False when no such request waits. */
bool live_move_withdraw(Live *lv, const char *ticket, int64_t now_ms);
/* Requests ever made, so a host can tell a new one came. */
uint64_t live_move_asked_total(const Live *lv);

/* ---- the teacher's flow ----------------------------------------------------------------- */

/* LOBBY → ASKING the first question (teacher-paced) or RUNNING (student-paced). */
bool live_start(Live *lv, int64_t now_ms);
/* ASKING → TIME_UP when the class countdown has run out. True when the phase changed. */
bool live_tick(Live *lv, int64_t now_ms);
bool live_pause(Live *lv, int64_t now_ms); /* from ASKING, or TIME_UP (stops extra time too) */
bool live_resume(Live *lv, int64_t now_ms);
bool live_extra_time(Live *lv, int64_t now_ms); /* + LIVE_EXTRA_TIME s; reopens a TIME_UP question */
/* Closes the question and shows the answer: from ASKING, PAUSED or TIME_UP. */
bool live_reveal(Live *lv, int64_t now_ms);
bool live_show_leaderboard(Live *lv); /* REVEALED → LEADERBOARD */
/* The next question (from REVEALED or LEADERBOARD), or FINISHED after the last. */
bool live_next(Live *lv, int64_t now_ms);
/* Ends the class now (any phase): FINISHED. An open question is revealed first, so the answers
 * already saved for it count. */
void live_end(Live *lv, int64_t now_ms);

/* Teacher-paced: the current question's index in the pack (0 in LOBBY). */
size_t live_position(const Live *lv);
size_t live_question_count(const Live *lv);
/* The class countdown of the current question: its limit in seconds, and ms left at now. */
int live_time_limit(const Live *lv);
int64_t live_time_left_ms(const Live *lv, int64_t now_ms);

/* ---- students' actions ------------------------------------------------------------------ */

typedef enum {
    LIVE_ANSWER_OK,
    LIVE_ANSWER_NOT_NOW,   /* no question is open (lobby, revealed, finished, …) */
    LIVE_ANSWER_STALE,     /* question_id is not the question this student is on */
    LIVE_ANSWER_TIME_UP,   /* the student's own deadline has passed */
    LIVE_ANSWER_ALREADY,   /* answered already: an answer is final */
    LIVE_ANSWER_INVALID,   /* incomplete, or does not fit the question (answer_check) */
    LIVE_ANSWER_NO_SEAT    /* unknown or removed seat */
} LiveAnswerResult;

const char *live_answer_message(LiveAnswerResult r);

/* Records a student's answer to question_id (a question id of the pack). Graded at once; the grade
 * is told to the student only when live_revealed_to says so. For order questions, the answer's
 * order[] holds pack event indices (translate the student's arrangement with live_arrangement);
 * for evidence questions article and sentence are enough (the span is filled in from the pack).
 * A cite question's answer carries both parts (answer_cite_sentence; cite_article and
 * cite_sentence are enough here too). One without its cite pick is taken as well — the countdown
 * may run out while the student looks for the sentence — and earns the answer part only.
 * Speed points are fixed when the answer comes: points × 0.5 × the student's time left / their
 * own limit (the class's × extra_percent; student-paced, the question's limit from when they
 * reached it, with no deadline). Checked in this order: seat, phase, question, already answered,
 * deadline, the answer itself. */
LiveAnswerResult live_answer(Live *lv, int seat, const char *question_id, const Answer *a,
                             int64_t now_ms);
/* Student-paced: moves the student on to their next question once they have answered (or to
 * skip it: an unanswered question scores nothing). False when there is no next question; the
 * student has then finished. */
bool live_student_next(Live *lv, int seat, int64_t now_ms);

/* ---- what a student may see ------------------------------------------------------------- */

/* The question index (in the pack) this student is on: teacher-paced, the class's current one;
 * student-paced, their own; -1 in LOBBY and FINISHED, for an unknown seat, or when a
 * student-paced student has finished. */
int live_student_question(const Live *lv, int seat);
/* True when the student may see the right answer, explanation and evidence of question q:
 * teacher-paced once q has been revealed; student-paced once the student answered or moved past it;
 * everyone once the class is FINISHED. */
bool live_revealed_to(const Live *lv, int seat, size_t q);
/* The student's own countdown at now: ms left (their limit is the class's × extra_percent, pauses
 * excluded); 0 when up or when no countdown applies; -1 in student-paced mode (no countdown). */
int64_t live_student_time_left_ms(const Live *lv, int seat, int64_t now_ms);
/* The starting arrangement of an order question for a student: n event indices (pack order is
 * never the right order, unless the question has one event). Send the browser the events in this
 * order under opaque positions 0..n-1, never their pack indices or dates. */
size_t live_arrangement(const Live *lv, int seat, size_t q, int *out);

typedef struct LiveResult {
    bool answered;
    Answer answer;
    Grade grade;
    double bonus;   /* speed points */
    double seconds; /* from the question's start (for the student) to the answer, pauses excluded */
} LiveResult;

/* A student's result on question q; NULL when out of range. Whether it may be shown to the
 * student is live_revealed_to's decision, not this function's. */
const LiveResult *live_result(const Live *lv, int seat, size_t q);
/* Whether question q has come to this student (the projector's grid: not yet / right / wrong):
 * teacher-paced, q has been asked since the seat joined; student-paced, the student is on q or
 * past it. */
bool live_reached(const Live *lv, int seat, size_t q);
/* Points + speed points of the questions that count for the seat (see LiveTotals). */
double live_seat_score(const Live *lv, int seat);

typedef struct LiveTotals {
    /* Questions that count: teacher-paced, those revealed since the seat joined; student-paced,
     * those answered or passed, and once the class is FINISHED every question (one never reached
     * scores nothing). score includes speed points. */
    double score, max_score;
    int answered, correct, total;
    double kind_score[KIND_COUNT], kind_max[KIND_COUNT];
    int kind_correct[KIND_COUNT], kind_total[KIND_COUNT];
} LiveTotals;
LiveTotals live_seat_totals(const Live *lv, int seat);

/* ---- what the projector shows ----------------------------------------------------------- */

/* Of the seats not removed: how many answered question q. */
size_t live_answered_count(const Live *lv, size_t q);
/* The answer distribution of question q: for choice and multi, counts[i] = students who picked
 * choice i (n_choices entries); for true/false counts[0] = true, counts[1] = false; for order, text
 * and evidence counts[0] = right, counts[1] = partly right, counts[2] = wrong. For cite questions
 * these are the answer part's (live_cite_counts has both parts). Returns the number
 * of entries written (at most PACK_MAX_CHOICES). Only meaningful to show once revealed. */
size_t live_distribution(const Live *lv, size_t q, size_t *counts);
/* A cite question's two parts over the class (seats not removed that answered q): right answer
 * parts, right evidence, guesses (right answer, wrong evidence) and misreadings (wrong answer,
 * right evidence) — answer_cite_outcome. All 0 for a question without a cite part. Only
 * meaningful to show once revealed. */
typedef struct LiveCiteCounts {
    size_t answered, right_answer, right_evidence, guessed, misread;
} LiveCiteCounts;
LiveCiteCounts live_cite_counts(const Live *lv, size_t q);
/* Seats not removed, ranked by score (ties: who joined first). Returns the count written. */
size_t live_ranking(const Live *lv, int *seats, size_t max);
/* A student's rank (1-based, ties share a rank) among seats not removed; 0 for none. */
int live_rank(const Live *lv, int seat);

/* ---- the journal: what live_store_sync must save ------------------------------------------ */

typedef struct LiveJournal {
    bool roster;      /* a seat joined, was removed, or its extra time changed; the lock */
    bool position;    /* the phase, the question, the countdown, a student-paced position */
    size_t n_answers; /* answers recorded since the last sync */
    struct { int seat; size_t question; } answers[64];
    bool overflow;    /* more answers than fit: save every answer not saved yet */
} LiveJournal;
const LiveJournal *live_journal(const Live *lv);
void live_journal_clear(Live *lv);

/* ---- restoring (live_store.c) -------------------------------------------------------------- */

/* Puts back a seat as it was saved (no room or lock check); -1 on a bad name/token or when full. */
int live_restore_seat(Live *lv, const char *name, const char *token, bool removed, int extra_percent,
                      int64_t joined_ms);
/* Puts back a saved answer (graded again; bonus as saved). */
bool live_restore_answer(Live *lv, int seat, size_t q, const Answer *a, double bonus, double seconds);
/* Puts back the class's position. A question that was open comes back PAUSED with time_left_ms. */
bool live_restore_position(Live *lv, LivePhase phase, size_t position, int64_t time_left_ms,
                           int64_t now_ms);
/* Student-paced: puts back a student's position. */
bool live_restore_student_position(Live *lv, int seat, int question);
/* Teacher-paced: puts back the first question a late joiner could answer. */
bool live_restore_seat_first(Live *lv, int seat, size_t first_question);
/* The values to save for the position: the class countdown's ms left of an open question
 * (negative once the class's time is up, so students with extra time keep theirs); 0 otherwise. */
int64_t live_saved_time_left_ms(const Live *lv, int64_t now_ms);
/* The seed given to live_create (saved, so arrangements are the same after a resume). */
uint64_t live_seed(const Live *lv);

#endif
