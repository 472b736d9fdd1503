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

/* The store's format: PRAGMA application_id marks a file as a Byline store; PRAGMA user_version
 * is the schema version (a store made by a newer Byline is refused, not downgraded). */
#define STORE_APPLICATION_ID 0x42796C6E /* "Byln" */
#define STORE_SCHEMA_VERSION 2 /* 2: mode 'live', the live classroom's tables */
#define STORE_MAX_NAME       100 /* bytes of a profile name */

/* Opens (creating if needed) the store at `path`. Many processes may open a store that does not
 * exist yet at the same moment (a class starting `play --text`): one creates it, the others wait
 * for it (up to the busy timeout) and use it. On failure returns NULL and writes a message
 * naming the file into err. A file that is not a Byline store (another database, random bytes),
 * is damaged, is read-only or was made by a newer Byline is refused and left exactly as it was.
 * Close with store_close. */
Store *store_open(const char *path, char *err, size_t errlen);
/* Opens an existing store only to read it (`byline results`): nothing is created or written,
 * so it works on a full disk or a read-only folder, and leaves no PATH-wal/PATH-shm files behind
 * when no other process has the store open. Writing through it fails. An empty file is refused
 * ("holds no saved results yet"). Close with store_close. */
Store *store_open_readonly(const char *path, char *err, size_t errlen);
void store_close(Store *s);
/* The last error message of the store (valid until the next call). */
const char *store_error(const Store *s);

/* Profiles: a student's name is their profile; returns its id (creating it), or -1. Names are
 * trimmed, must be 1..STORE_MAX_NAME bytes of UTF-8 without control characters, and match
 * ignoring ASCII case ("ana" is Ana's profile). Each call makes the profile the most recent. */
int64_t store_profile(Store *s, const char *name);
/* Profile names, most recently used first; *names is malloc'd, each name malloc'd; free with
 * store_free_names. */
size_t store_profile_names(Store *s, char ***names);
void store_free_names(char **names, size_t n);

/* Attempts: one run through a pack (or part of it). mode is "study", "review", "retry", "text",
 * "present" or "live". Returns the attempt id, or -1. Finishing records the score; an attempt can be
 * finished once. */
int64_t store_attempt_begin(Store *s, int64_t profile, const char *pack_id, const char *mode,
                            int64_t now);
bool store_attempt_finish(Store *s, int64_t attempt, double score, double max_score, int64_t now);
/* Groups an attempt into a classroom session: a presenter session stores one attempt per team
 * and joins them all to the first team's attempt id, which is the session's id. An attempt that
 * was never joined is a session of its own (its id). */
bool store_attempt_join(Store *s, int64_t attempt, int64_t session);

typedef struct StoredAnswer {
    const char *question_id;
    const char *kind;        /* "speaker", "claim", "timeline" */
    const char *answer;      /* as people read it (answer_describe) */
    const char *answer_data; /* machine form to restore the Answer (opaque text) */
    bool correct;
    double points, max_points, seconds;
} StoredAnswer;
/* Records one answer, committed on its own. Refused (false) when the attempt does not exist or is
 * already finished. */
bool store_answer(Store *s, int64_t attempt, const StoredAnswer *a, int64_t now);

/* The first part of a two-part ("cite") answer, given before the student picks the sentence that
 * shows it: kept (committed at once) so that quitting or a killed program between the two steps
 * does not lose it. answer_data is the machine form (answer_encode, cite pick optional); seconds
 * the time taken so far. Saving again replaces it; storing the whole answer (store_answer) drops
 * it. Refused (false) when the attempt does not exist or is finished. */
bool store_pending_save(Store *s, int64_t attempt, const char *question_id,
                        const char *answer_data, double seconds, int64_t now);
/* The pending first part of question_id in attempt, into buf (size bytes), with its seconds:
 * true when there is one and the question has no stored answer yet; false when there is none
 * (store_error is then unchanged) or on error. */
bool store_pending_answer(Store *s, int64_t attempt, const char *question_id, char *buf,
                          size_t size, double *seconds);

/* How many questions of attempt have a pending first part and no stored answer (0 on error). */
int store_pending_count(Store *s, int64_t attempt);

/* The newest unfinished attempt of profile on pack, or -1. */
int64_t store_unfinished_attempt(Store *s, int64_t profile, const char *pack_id);
/* The answers of an attempt, in the order given; calls fn for each (strings valid during the
 * call only). Returns false on error. */
bool store_attempt_answers(Store *s, int64_t attempt,
                           void (*fn)(const StoredAnswer *a, void *ctx), void *ctx);
/* Best finished score fraction (0..1) of profile on pack, of whole-pack attempts only (modes
 * study and text: a retry or review of some questions is no score for the pack); -1 when none. */
double store_best_score(Store *s, int64_t profile, const char *pack_id);

/* Spaced repetition (Leitner boxes 1..5): a miss puts the question in box 1 due again in
 * STORE_MISS_DELAY seconds (10 minutes: a missed question comes back in the same sitting, after
 * a few others); a right answer moves it up one box (a question seen for the first time enters
 * box 1), due after that box's interval: box 1..5 → 1, 2, 4, 8, 16 days. Box 5 stays box 5. */
#define STORE_MISS_DELAY (10 * 60)
#define STORE_BOXES 5
bool store_review_record(Store *s, int64_t profile, const char *pack_id, const char *question_id,
                         bool correct, int64_t now);
/* A question's box (1..5) and due time; false when it has no schedule yet (or on error). */
bool store_review_state(Store *s, int64_t profile, const char *pack_id, const char *question_id,
                        int *box, int64_t *due);
/* The ids of questions of pack due for review at `now`, most overdue first; free with
 * store_free_names. */
size_t store_review_due(Store *s, int64_t profile, const char *pack_id, int64_t now, char ***ids);

/* Results (for `byline results`). Filters: profile name and/or pack id, NULL for all. fn is called
 * once per row, oldest first; strings are valid during the call only, and fn must not call the same
 * store_each_* function again. Return false on error. */
typedef struct StoredAttempt {
    int64_t id;
    const char *profile;     /* the student's name */
    const char *pack_id, *mode;
    int64_t started;
    int64_t finished;        /* 0 while unfinished */
    double score, max_score; /* 0 while unfinished */
    int64_t session;         /* the session it belongs to (its own id unless joined) */
} StoredAttempt;
bool store_each_attempt(Store *s, const char *profile, const char *pack_id,
                        void (*fn)(const StoredAttempt *a, void *ctx), void *ctx);

typedef struct StoredAnswerRow {
    int64_t attempt;
    const char *profile, *pack_id, *mode;
    int64_t answered;        /* when it was given (store_answer's now) */
    StoredAnswer answer;
    int64_t session;         /* as in StoredAttempt */
} StoredAnswerRow;
/* Every answer with its attempt's profile and pack, by attempt, in the order given. */
bool store_each_answer(Store *s, const char *profile, const char *pack_id,
                       void (*fn)(const StoredAnswerRow *row, void *ctx), void *ctx);

/* The newest finished retry of missed questions by profile on pack, when it is newer than the
 * newest finished whole-pack attempt: how many questions it asked (*total) and how many of them
 * were answered right (*right). False when there is none (or on error). */
bool store_last_retry(Store *s, int64_t profile, const char *pack_id, int *right, int *total);

/* The command line's default store: $XDG_DATA_HOME/byline/progress.db when XDG_DATA_HOME is an
 * absolute path, else $HOME/.local/share/byline/progress.db; creates the directory (mode 0700).
 * The path is written into buf even when the directory cannot be made (for the message); returns
 * false, with errno set, when there is no usable variable, the path does not fit, or mkdir fails.
 * (The app uses SDL_GetPrefPath instead.) */
bool store_default_path(char *buf, size_t n);

#endif
