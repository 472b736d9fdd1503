/* session.h — one run through a list of a pack's questions: what is asked now, what was
 * answered, the grades, and the totals. Pure state; no I/O, no clock (callers pass seconds).
 *
 * Life cycle: session_create → (session_question, session_submit, session_next)* → results.
 * A session does not own the pack; the pack must outlive it. */
#ifndef BYLINE_SESSION_H
#define BYLINE_SESSION_H
#include "answer.h"
#include "pack.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Session Session;

typedef enum { ITEM_PENDING, ITEM_ANSWERED, ITEM_SKIPPED } ItemState;

typedef struct SessionItem {
    int question;          /* index into pack->questions */
    ItemState state;
    Answer answer;
    Grade grade;
    double seconds;        /* time taken to answer */
    int arrangement[PACK_MAX_ORDER_EVENTS]; /* order questions: the shuffled starting order */
} SessionItem;

typedef struct SessionTotals {
    double score, max_score;
    int answered, correct, total;
    double seconds;
    double kind_score[KIND_COUNT], kind_max[KIND_COUNT];
    int kind_correct[KIND_COUNT], kind_total[KIND_COUNT];
} SessionTotals;

/* A session over `questions` (n indices into pack->questions, in the order to ask them), or over
 * every question of the pack when questions is NULL. `seed` makes the order-question shuffles
 * repeatable. Returns NULL when out of memory or n == 0. Free with session_free. */
Session *session_create(const Pack *pack, const int *questions, size_t n, uint64_t seed);
void session_free(Session *s);

const Pack *session_pack(const Session *s);
size_t session_count(const Session *s);
/* Position of the current item (0-based); == session_count when finished. */
size_t session_position(const Session *s);
bool session_finished(const Session *s);
/* The current item and its question; NULL when finished. */
const SessionItem *session_current(const Session *s);
const Question *session_question(const Session *s);
const SessionItem *session_item(const Session *s, size_t i);

/* Grades and records the answer to the current item (it stays current, so feedback can be
 * shown); returns the grade. Answering an already answered item is refused (returns false). */
bool session_submit(Session *s, const Answer *a, double seconds, Grade *out);
/* Marks the current item skipped (no points) if it was not answered. */
void session_skip(Session *s);
/* Moves to the next item; false when there is none (the session is finished). */
bool session_next(Session *s);
/* Restores an answer given earlier (resuming a saved attempt): finds the item of question
 * `question`, records it as answered with the stored grade, and moves past answered items at the
 * start. Returns false if the question is not in the session. */
bool session_restore(Session *s, int question, const Answer *a, double seconds);

SessionTotals session_totals(const Session *s);
/* The questions not answered fully correctly, in session order; *out is malloc'd (caller frees).
 * Returns the count. */
size_t session_missed(const Session *s, int **out);

#endif
