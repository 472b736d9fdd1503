/* progress_internal.h — shared by the progress store's files: progress.c (opening, profiles,
 * attempts, answers), progress_review.c (spaced repetition) and progress_results.c (results
 * queries, the default path). Not for use outside the store. */
#ifndef BYLINE_PROGRESS_INTERNAL_H
#define BYLINE_PROGRESS_INTERNAL_H
#include "progress.h"
#include <sqlite3.h>

typedef enum {
    ST_PROFILE_FIND, ST_PROFILE_ADD, ST_PROFILE_TOUCH, ST_PROFILE_NAMES,
    ST_ATTEMPT_BEGIN, ST_ATTEMPT_FINISH, ST_ANSWER_ADD, ST_UNFINISHED, ST_ANSWERS, ST_BEST,
    ST_REVIEW_GET, ST_REVIEW_PUT, ST_REVIEW_DUE, ST_EACH_ATTEMPT, ST_EACH_ANSWER, ST_JOIN,
    ST_BEGIN, ST_COMMIT, ST_ROLLBACK, ST_COUNT
} StatementId;

#define ANSWER_COLUMNS \
    "a.question_id, a.kind, a.answer, a.answer_data, a.correct, a.points, a.max_points, a.seconds"

struct Store {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *st[ST_COUNT];
    char error[512];
    bool readonly; /* store_open_readonly: nothing is written, not even -wal/-shm files */
};

/* Errors: the message returned by store_error. */
void ps_set_error(Store *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "PATH: what: SQLite's reason". */
void ps_db_error(Store *s, const char *what);
/* A prepared statement, reset and with bindings cleared. */
sqlite3_stmt *ps_stmt(Store *s, StatementId id);
/* Runs a statement that returns no rows; true on success. */
bool ps_run_done(Store *s, sqlite3_stmt *st, const char *what);
void ps_bind_text(sqlite3_stmt *st, int i, const char *v); /* NULL binds NULL */
const char *ps_col_text(sqlite3_stmt *st, int i);          /* "" for NULL */
bool ps_begin(Store *s);
bool ps_commit(Store *s);
void ps_rollback(Store *s);
/* Reads the answer columns (ANSWER_COLUMNS) starting at column `c`. */
StoredAnswer ps_read_answer(sqlite3_stmt *st, int c);
/* The text of column 0 of every row, malloc'd (free with store_free_names); the count. */
size_t ps_collect_names(Store *s, sqlite3_stmt *st, char ***out);
/* Steps through rows, handing each to `row`; false (with an error) if stepping fails. */
bool ps_each_row(Store *s, sqlite3_stmt *st, void (*row)(sqlite3_stmt *, void *, void *),
                 void *fn, void *ctx);

/* progress_migrate.c: the live classroom's tables (a class, its seats), part of the schema. */
#define STORE_LIVE_SCHEMA \
    "CREATE TABLE IF NOT EXISTS live_session (" \
    "  id INTEGER PRIMARY KEY," \
    "  pack_id TEXT NOT NULL," \
    "  room TEXT NOT NULL," \
    "  pacing TEXT NOT NULL CHECK (pacing IN ('teacher','student'))," \
    "  speed_points INTEGER NOT NULL CHECK (speed_points IN (0, 1))," \
    "  time_limit INTEGER NOT NULL DEFAULT 0," \
    "  seed INTEGER NOT NULL," \
    "  locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1))," \
    "  phase TEXT NOT NULL," \
    "  position INTEGER NOT NULL DEFAULT 0," \
    "  time_left_ms INTEGER NOT NULL DEFAULT 0," \
    "  session INTEGER REFERENCES attempt(id) ON DELETE SET NULL," \
    "  created INTEGER NOT NULL," \
    "  updated INTEGER NOT NULL," \
    "  ended INTEGER);" \
    "CREATE INDEX IF NOT EXISTS live_session_by_pack ON live_session(pack_id, created);" \
    "CREATE TABLE IF NOT EXISTS live_seat (" \
    "  live INTEGER NOT NULL REFERENCES live_session(id) ON DELETE CASCADE," \
    "  seat INTEGER NOT NULL," \
    "  name TEXT NOT NULL," \
    "  token TEXT NOT NULL," \
    "  removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))," \
    "  extra_percent INTEGER NOT NULL DEFAULT 100 CHECK (extra_percent IN (100, 150, 200))," \
    "  joined INTEGER NOT NULL," \
    "  first_question INTEGER NOT NULL DEFAULT 0," \
    "  question INTEGER NOT NULL DEFAULT 0," \
    "  attempt INTEGER REFERENCES attempt(id) ON DELETE SET NULL," \
    "  PRIMARY KEY (live, seat));"

/* progress_pending.c: the first part of a cite answer, kept until the second is given. Not part
 * of the versioned schema: created on every read-write open (ps_pending_create), see there. */
#define STORE_PENDING_SCHEMA \
    "CREATE TABLE IF NOT EXISTS pending_answer (" \
    "  attempt INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE," \
    "  question_id TEXT NOT NULL," \
    "  answer_data TEXT NOT NULL," \
    "  seconds REAL NOT NULL," \
    "  saved INTEGER NOT NULL," \
    "  PRIMARY KEY (attempt, question_id));"
/* Creates the table when the store has none yet; false with an error. */
bool ps_pending_create(Store *s);
/* Drops the pending first part of an answer now stored whole; false with an error. */
bool ps_pending_drop(Store *s, int64_t attempt, const char *question_id);

/* Brings a store of an older schema version up to STORE_SCHEMA_VERSION in one transaction (a
 * store already current is left alone); schema: the current schema (CREATE … IF NOT EXISTS), run
 * to add new tables. False with an error, the store unchanged. Foreign keys are off meanwhile
 * and left as they were. */
bool ps_migrate(Store *s, const char *schema);

typedef void (*AnswerFn)(const StoredAnswer *a, void *ctx);
typedef void (*AttemptFn)(const StoredAttempt *a, void *ctx);
typedef void (*AnswerRowFn)(const StoredAnswerRow *row, void *ctx);

/* Data pointers and function pointers do not convert in ISO C, so callbacks travel wrapped. */
typedef struct Callback {
    AnswerFn answer;
    AttemptFn attempt;
    AnswerRowFn answer_row;
} Callback;

#endif
