/* progress.h — saved progress in SQLite: student profiles, attempts, every answer given, and
 * the spaced-repetition schedule of each student's questions.
 *
 * Every answer is committed as it is given (one transaction each, WAL journal, synchronous=FULL),
 * so quitting, closing the window or a killed process loses at most the answer being given. A
 * store that cannot be opened or is damaged is reported, never overwritten. Times are Unix
 * seconds passed in by the caller (the store reads no clock). */
#ifndef BYLINE_PROGRESS_H
#define BYLINE_PROGRESS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Store Store;

/* Opens (creating if needed) the store at `path`. On failure returns NULL and writes a message
 * naming the file into err. Close with store_close. */
Store *store_open(const char *path, char *err, size_t errlen);
void store_close(Store *s);
/* The last error message of the store (valid until the next call). */
const char *store_error(const Store *s);

/* Profiles: a student's name is their profile; returns its id (creating it), or -1. */
int64_t store_profile(Store *s, const char *name);
/* Profile names, most recently used first; *names is malloc'd, each name malloc'd; free with
 * store_free_names. */
size_t store_profile_names(Store *s, char ***names);
void store_free_names(char **names, size_t n);

/* Attempts: one run through a pack (or part of it). mode is "study", "review", "retry", "text"
 * or "present". Returns the attempt id, or -1. */
int64_t store_attempt_begin(Store *s, int64_t profile, const char *pack_id, const char *mode,
                            int64_t now);
bool store_attempt_finish(Store *s, int64_t attempt, double score, double max_score, int64_t now);

typedef struct StoredAnswer {
    const char *question_id;
    const char *kind;        /* "speaker", "claim", "timeline" */
    const char *answer;      /* as people read it (answer_describe) */
    const char *answer_data; /* machine form to restore the Answer (opaque text) */
    bool correct;
    double points, max_points, seconds;
} StoredAnswer;
bool store_answer(Store *s, int64_t attempt, const StoredAnswer *a, int64_t now);

/* The newest unfinished attempt of profile on pack, or -1. */
int64_t store_unfinished_attempt(Store *s, int64_t profile, const char *pack_id);
/* The answers of an attempt, in the order given; calls fn for each (strings valid during the
 * call only). Returns false on error. */
bool store_attempt_answers(Store *s, int64_t attempt,
                           void (*fn)(const StoredAnswer *a, void *ctx), void *ctx);
/* Best finished score fraction (0..1) of profile on pack; -1 when none. */
double store_best_score(Store *s, int64_t profile, const char *pack_id);

/* Spaced repetition (Leitner boxes 1..5): a miss puts the question in box 1 (due again soon), a
 * right answer moves it up one box (due later: 1, 2, 4, 8, 16 days). */
bool store_review_record(Store *s, int64_t profile, const char *pack_id, const char *question_id,
                         bool correct, int64_t now);
/* The ids of questions of pack due for review at `now`, most overdue first; free with
 * store_free_names. */
size_t store_review_due(Store *s, int64_t profile, const char *pack_id, int64_t now, char ***ids);

#endif
