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
 * repeatable: an order question's starting arrangement depends only on the seed and the question,
 * and is never already the right order. Returns NULL when out of memory, n == 0 or an index is
 * out of range. Free with session_free. */
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
 * shown); returns the grade. A cite question's answer holds both parts (the answer and the cited
 * sentence), graded at once: no feedback comes between them, since the highlighted passage
 * would give the evidence part away. Answering an already answered (or skipped) item is refused
 * (returns false), and so is an incomplete answer or one that does not fit the question
 * (answer_is_complete, answer_check). */
bool session_submit(Session *s, const Answer *a, double seconds, Grade *out);
/* The same when the evidence step of a cite question was not completed (time ran out, or the
 * student gave up on it): the answer part alone must be complete (answer_first_part_complete);
 * it is graded, and the evidence part is wrong. A cite pick in `a` still counts. For questions
 * without a cite part it is session_submit. */
bool session_submit_answer_part(Session *s, const Answer *a, double seconds, Grade *out);
/* Marks the current item skipped (no points) if it was not answered. */
void session_skip(Session *s);
/* Moves to the next item still to be asked (items restored as answered are stepped over); the
 * item left behind is marked skipped if it was not answered. False when there is none (the
 * session is finished). */
bool session_next(Session *s);
/* Restores an answer given earlier (resuming a saved attempt): finds the item of question
 * `question`, records it as answered with the stored grade, and moves past answered items at the
 * start. The answer is checked against the pack first (answer_check) and graded again; an empty
 * answer (a stored skip) restores a skip; both parts of a cite question are restored (an answer
 * without its cite pick, stored when time ran out, keeps the answer part's points). Returns
 * false if the question is not in the session (or already restored), or the answer does not fit
 * it. */
bool session_restore(Session *s, int question, const Answer *a, double seconds);

/* score: points earned; max_score: points of every question of the session (asked or not);
 * answered excludes skips; the kind_ arrays break the same down by QuestionKind. */
SessionTotals session_totals(const Session *s);
/* The questions not answered fully correctly (wrong, partly right, skipped or not reached), in
 * session order; *out is malloc'd (caller frees), NULL when the count is 0. Returns the count. */
size_t session_missed(const Session *s, int **out);

#endif
