/* progress.c — the SQLite progress store; see progress.h.
 *
 * Opening is careful because the file may be anything: a student's store, a store from a newer
 * Byline, someone else's database, or junk. Before anything is written the file must either be
 * empty (a new store) or carry our application_id, pass quick_check and have a schema version we
 * know. Only then are WAL and the schema set up. Nothing here ever deletes or truncates a file.
 *
 * Every statement is prepared once at open. Writes are single statements (each its own
 * transaction in autocommit mode) or a short BEGIN IMMEDIATE … COMMIT, so an answer is on disk
 * when store_answer returns (synchronous=FULL). */
#define _POSIX_C_SOURCE 200809L
#include "progress_internal.h"
#include "text.h"
#include <errno.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* How long a store waits for another process's write to finish. A class starting at once (60
 * processes creating one store, on two busy cores under the sanitizers) made one wait more than
 * 5 s; a wait is better than losing a student's answers. */
#define BUSY_TIMEOUT_MS 30000

static const char SCHEMA[] =
    "CREATE TABLE IF NOT EXISTS profile ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    "  used INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE IF NOT EXISTS attempt ("
    "  id INTEGER PRIMARY KEY,"
    "  profile INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
    "  pack_id TEXT NOT NULL,"
    "  mode TEXT NOT NULL CHECK (mode IN ('study','review','retry','text','present','live')),"
    "  started INTEGER NOT NULL,"
    "  finished INTEGER,"
    "  score REAL,"
    "  max_score REAL,"
    "  session INTEGER REFERENCES attempt(id) ON DELETE SET NULL);"
    "CREATE INDEX IF NOT EXISTS attempt_by_pack ON attempt(profile, pack_id);"
    "CREATE TABLE IF NOT EXISTS answer ("
    "  id INTEGER PRIMARY KEY,"
    "  attempt INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,"
    "  question_id TEXT NOT NULL,"
    "  kind TEXT NOT NULL,"
    "  answer TEXT NOT NULL,"
    "  answer_data TEXT NOT NULL,"
    "  correct INTEGER NOT NULL CHECK (correct IN (0, 1)),"
    "  points REAL NOT NULL,"
    "  max_points REAL NOT NULL,"
    "  seconds REAL NOT NULL,"
    "  answered INTEGER NOT NULL);"
    "CREATE INDEX IF NOT EXISTS answer_by_attempt ON answer(attempt);"
    "CREATE TABLE IF NOT EXISTS review ("
    "  profile INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
    "  pack_id TEXT NOT NULL,"
    "  question_id TEXT NOT NULL,"
    "  box INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),"
    "  due INTEGER NOT NULL,"
    "  PRIMARY KEY (profile, pack_id, question_id));"
    STORE_LIVE_SCHEMA;

static const char *const SQL[ST_COUNT] = {
    [ST_PROFILE_FIND] = "SELECT id FROM profile WHERE name = ?1",
    [ST_PROFILE_ADD] = "INSERT INTO profile(name) VALUES (?1)",
    [ST_PROFILE_TOUCH] =
        "UPDATE profile SET used = (SELECT coalesce(max(used), 0) + 1 FROM profile) WHERE id = ?1",
    [ST_PROFILE_NAMES] = "SELECT name FROM profile ORDER BY used DESC, id DESC",
    [ST_ATTEMPT_BEGIN] =
        "INSERT INTO attempt(profile, pack_id, mode, started) VALUES (?1, ?2, ?3, ?4)",
    [ST_ATTEMPT_FINISH] = "UPDATE attempt SET finished = ?2, score = ?3, max_score = ?4 "
                          "WHERE id = ?1 AND finished IS NULL",
    [ST_ANSWER_ADD] =
        "INSERT INTO answer(attempt, question_id, kind, answer, answer_data, correct, points, "
        "max_points, seconds, answered) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10 "
        "WHERE EXISTS (SELECT 1 FROM attempt WHERE id = ?1 AND finished IS NULL)",
    [ST_UNFINISHED] = "SELECT id FROM attempt WHERE profile = ?1 AND pack_id = ?2 AND "
                      "finished IS NULL ORDER BY started DESC, id DESC LIMIT 1",
    [ST_ANSWERS] = "SELECT " ANSWER_COLUMNS " FROM answer a WHERE a.attempt = ?1 ORDER BY a.id",
    [ST_BEST] = "SELECT max(score / max_score) FROM attempt WHERE profile = ?1 AND pack_id = ?2 "
                "AND finished IS NOT NULL AND max_score > 0 AND mode IN ('study', 'text')",
    [ST_REVIEW_GET] = "SELECT box, due FROM review WHERE profile = ?1 AND pack_id = ?2 AND "
                      "question_id = ?3",
    [ST_REVIEW_PUT] = "INSERT OR REPLACE INTO review(profile, pack_id, question_id, box, due) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)",
    [ST_REVIEW_DUE] = "SELECT question_id FROM review WHERE profile = ?1 AND pack_id = ?2 AND "
                      "due <= ?3 ORDER BY due, question_id",
    [ST_EACH_ATTEMPT] =
        "SELECT t.id, p.name, t.pack_id, t.mode, t.started, t.finished, t.score, t.max_score, "
        "coalesce(t.session, t.id) "
        "FROM attempt t JOIN profile p ON p.id = t.profile "
        "WHERE (?1 IS NULL OR p.name = ?1) AND (?2 IS NULL OR t.pack_id = ?2) ORDER BY t.id",
    [ST_EACH_ANSWER] =
        "SELECT " ANSWER_COLUMNS ", t.id, p.name, t.pack_id, t.mode, a.answered, "
        "coalesce(t.session, t.id) "
        "FROM answer a JOIN attempt t ON t.id = a.attempt JOIN profile p ON p.id = t.profile "
        "WHERE (?1 IS NULL OR p.name = ?1) AND (?2 IS NULL OR t.pack_id = ?2) ORDER BY t.id, a.id",
    [ST_JOIN] = "UPDATE attempt SET session = ?2 WHERE id = ?1 AND EXISTS "
                "(SELECT 1 FROM attempt WHERE id = ?2)",
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",
};



/* ---- errors ------------------------------------------------------------------------------ */

void ps_set_error(Store *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void ps_set_error(Store *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->error, sizeof s->error, fmt, ap);
    va_end(ap);
}

/* "PATH: what: SQLite's reason". */
void ps_db_error(Store *s, const char *what)
{
    ps_set_error(s, "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
}

const char *store_error(const Store *s) { return s->error; }

/* ---- statements -------------------------------------------------------------------------- */

sqlite3_stmt *ps_stmt(Store *s, StatementId id)
{
    sqlite3_stmt *st = s->st[id];
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return st;
}

/* Runs a statement that returns no rows; true on success. */
bool ps_run_done(Store *s, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_DONE) return true;
    ps_db_error(s, what);
    return false;
}

void ps_bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v) sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, i);
}

const char *ps_col_text(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? (const char *)t : "";
}

bool ps_begin(Store *s) { return ps_run_done(s, ps_stmt(s, ST_BEGIN), "cannot start a transaction"); }
bool ps_commit(Store *s) { return ps_run_done(s, ps_stmt(s, ST_COMMIT), "cannot save"); }

void ps_rollback(Store *s)
{
    if (!sqlite3_get_autocommit(s->db)) {
        sqlite3_stmt *st = ps_stmt(s, ST_ROLLBACK);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
}

/* ---- opening ----------------------------------------------------------------------------- */

/* Runs a one-value query (a PRAGMA) into *out; false with an error naming the file. */
static bool query_int(Store *s, const char *sql, int64_t *out)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) *out = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW;
}

static const char *create_problem(Store *s);

static void explain_unreadable(Store *s)
{
    int rc = sqlite3_errcode(s->db);
    if (rc == SQLITE_NOTADB)
        ps_set_error(s, "%s is not a Byline progress store (not an SQLite database); it was left "
                     "unchanged", s->path);
    else if (rc == SQLITE_CORRUPT)
        ps_set_error(s, "%s is damaged (%s); it was left unchanged", s->path, sqlite3_errmsg(s->db));
    else if (rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN)
        /* WAL keeps PATH-wal and PATH-shm beside the store, so its folder must be writable. */
        ps_set_error(s, "%s cannot be used: its folder is read-only or the store cannot be written "
                     "(%s)", s->path, create_problem(s));
    else
        ps_db_error(s, "cannot read the progress store");
}

/* quick_check: damage found now is reported instead of surfacing as odd errors mid-quiz. */
static bool check_integrity(Store *s)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, "PRAGMA quick_check(1)", -1, &st, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    bool ok = rc == SQLITE_ROW && strcmp(ps_col_text(st, 0), "ok") == 0;
    if (rc == SQLITE_ROW && !ok)
        ps_set_error(s, "%s is damaged (%s); it was left unchanged", s->path, ps_col_text(st, 0));
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) explain_unreadable(s);
    return ok;
}

/* Inside check_identity's transaction. */
static bool create_schema(Store *s)
{
    char sql[sizeof SCHEMA + 160];
    snprintf(sql, sizeof sql, "%s PRAGMA application_id = %d; PRAGMA user_version = %d;", SCHEMA,
             STORE_APPLICATION_ID, STORE_SCHEMA_VERSION);
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK) return true;
    ps_db_error(s, "cannot create the progress store");
    return false;
}

/* Reads what the file is and, when it is new, sets it up. */
static bool identify(Store *s, bool *is_new)
{
    int64_t app = 0, version = 0, tables = 0;
    *is_new = false;
    if (!query_int(s, "PRAGMA application_id", &app) ||
        !query_int(s, "PRAGMA user_version", &version) ||
        !query_int(s, "SELECT count(*) FROM sqlite_master", &tables)) {
        explain_unreadable(s);
        return false;
    }
    if (app == 0 && tables == 0) { /* empty or new: ours to set up */
        *is_new = true;
        if (s->readonly) {
            ps_set_error(s, "%s holds no saved results yet", s->path);
            return false;
        }
        return create_schema(s);
    }
    if (app != STORE_APPLICATION_ID) {
        ps_set_error(s, "%s is an SQLite database but not a Byline progress store; it was left "
                     "unchanged", s->path);
        return false;
    }
    if (version > STORE_SCHEMA_VERSION) {
        ps_set_error(s, "%s was made by a newer version of Byline (store version %lld, this one "
                     "knows %d); it was left unchanged", s->path, (long long)version,
                  STORE_SCHEMA_VERSION);
        return false;
    }
    return true;
}

/* Decides what the file is, before anything is written to it. The look and the creation are one
 * transaction — a write transaction (BEGIN IMMEDIATE) unless read-only — so that of many
 * processes starting at once on a store that does not exist yet, one creates the schema and the
 * others wait for it (busy timeout) and then see it whole. Three separate reads used to see
 * application_id 0 before the creator committed and its tables after, and refused the store as
 * "not a Byline store". */
static bool check_identity(Store *s)
{
    if (sqlite3_exec(s->db, s->readonly ? "BEGIN" : "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
        SQLITE_OK) {
        explain_unreadable(s);
        return false;
    }
    bool is_new, ok = identify(s, &is_new);
    if (ok && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        ps_db_error(s, is_new ? "cannot create the progress store" : "cannot read the progress store");
        ok = false;
    }
    if (!ok) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return ok && (is_new || check_integrity(s));
}

/* PRAGMA journal_mode = WAL on a store still in rollback mode needs every other process out of
 * it; SQLite then answers SQLITE_BUSY at once instead of waiting (no busy handler for this lock
 * upgrade), so 60 processes opening a new store together could fail one of them. Try again, a
 * few milliseconds apart, for as long as the busy timeout. */
static char *set_wal(Store *s)
{
    for (int waited = 0;; waited += 5) {
        sqlite3_stmt *st = NULL;
        int rc = sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1, &st, NULL);
        if (rc == SQLITE_OK) rc = sqlite3_step(st);
        char *mode = rc == SQLITE_ROW ? strdup(ps_col_text(st, 0)) : NULL;
        sqlite3_finalize(st);
        if (mode || (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || waited >= BUSY_TIMEOUT_MS) return mode;
        nanosleep(&(struct timespec){0, 5 * 1000 * 1000}, NULL);
    }
}

static bool configure(Store *s)
{
    /* WAL: readers never block the writer, and a crash mid-write cannot tear the file. */
    char *mode = set_wal(s);
    bool ok = mode != NULL &&
              sqlite3_exec(s->db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", NULL,
                           NULL, NULL) == SQLITE_OK;
    if (!ok) ps_db_error(s, "cannot set up the progress store");
    free(mode);
    return ok;
}

static bool prepare_all(Store *s)
{
    for (int i = 0; i < ST_COUNT; i++) {
        if (sqlite3_prepare_v3(s->db, SQL[i], -1, SQLITE_PREPARE_PERSISTENT, &s->st[i], NULL) !=
            SQLITE_OK) {
            ps_db_error(s, "cannot prepare a query (is the store damaged?)");
            return false;
        }
    }
    return true;
}

/* Why a new store cannot be made at path: SQLite's own errno is often that of a read-only retry
 * ("No such file"), so ask about the folder directly. */
static const char *create_problem(Store *s)
{
    char *dir = strdup(s->path);
    char *slash = dir ? strrchr(dir, '/') : NULL;
    const char *why = NULL;
    if (slash) {
        *slash = '\0';
        if (access(slash == dir ? "/" : dir, W_OK | X_OK) != 0) why = strerror(errno);
    }
    free(dir);
    if (why) return why;
    int err = sqlite3_system_errno(s->db);
    return err ? strerror(err) : sqlite3_errmsg(s->db);
}

/* Opens the file without creating it when it exists, so a path that names something else is
 * never replaced by a fresh database. */
static bool open_file(Store *s)
{
    struct stat st;
    bool exists = stat(s->path, &st) == 0;
    if (!exists && errno != ENOENT) {
        ps_set_error(s, "cannot open %s: %s", s->path, strerror(errno));
        return false;
    }
    if (exists && !S_ISREG(st.st_mode)) {
        ps_set_error(s, "%s is not a file", s->path);
        return false;
    }
    int flags = SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(s->path, &s->db, flags, NULL) != SQLITE_OK) {
        if (!s->db) ps_set_error(s, "%s: out of memory", s->path);
        else if (exists) ps_set_error(s, "cannot open %s: %s", s->path, sqlite3_errmsg(s->db));
        else ps_set_error(s, "cannot create %s: %s", s->path, create_problem(s));
        return false;
    }
    sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
    if (sqlite3_db_readonly(s->db, "main") == 1) {
        ps_set_error(s, "%s is read-only; progress cannot be saved", s->path);
        return false;
    }
    return true;
}

/* "file:PATH?mode=ro[&immutable=1]" with PATH percent-encoded where a URI needs it. */
static bool readonly_uri(const char *path, bool immutable, char *out, size_t n)
{
    size_t o = 0;
    int w = snprintf(out, n, "file:");
    if (w < 0 || (size_t)w >= n) return false;
    o = (size_t)w;
    for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
        bool plain = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                     (*c >= '0' && *c <= '9') || strchr("/-_.~", *c);
        w = plain ? snprintf(out + o, n - o, "%c", *c) : snprintf(out + o, n - o, "%%%02X", *c);
        if (w < 0 || (size_t)w >= n - o) return false;
        o += (size_t)w;
    }
    w = snprintf(out + o, n - o, "?mode=ro%s", immutable ? "&immutable=1" : "");
    return w >= 0 && (size_t)w < n - o;
}

/* One read-only attempt; see store_open_readonly. */
static Store *open_readonly_as(const char *path, bool immutable, char *err, size_t errlen)
{
    Store *s = calloc(1, sizeof *s);
    char uri[4200];
    if (!s || !(s->path = strdup(path))) {
        snprintf(err, errlen, "%s: out of memory", path);
        goto fail;
    }
    s->readonly = true;
    if (!readonly_uri(path, immutable, uri, sizeof uri)) {
        snprintf(err, errlen, "%s: the path is too long", path);
        goto fail;
    }
    if (sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "cannot open %s: %s", path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
        goto fail;
    }
    sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
    if (!check_identity(s) || !prepare_all(s)) {
        snprintf(err, errlen, "%s", s->error);
        goto fail;
    }
    return s;
fail:
    store_close(s);
    return NULL;
}

Store *store_open_readonly(const char *path, char *err, size_t errlen)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(err, errlen, "cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s is not a file", path);
        return NULL;
    }
    /* In WAL mode a reader makes PATH-wal and PATH-shm, and a read-only one cannot remove them
     * when it closes (nor make them on a full disk). No PATH-wal means no connection has the
     * store open and every answer is in the file itself: read it as immutable, which needs
     * neither. A writer that starts meanwhile writes to a new PATH-wal, not into the file (until
     * it checkpoints at its close): if one appeared, read again the ordinary way. */
    char wal[4200];
    snprintf(wal, sizeof wal, "%s-wal", path);
    bool idle = access(wal, F_OK) != 0;
    Store *s = open_readonly_as(path, idle, err, errlen);
    if (idle && (!s || access(wal, F_OK) == 0)) {
        store_close(s);
        s = open_readonly_as(path, false, err, errlen);
    }
    return s;
}

Store *store_open(const char *path, char *err, size_t errlen)
{
    Store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        snprintf(err, errlen, "%s: out of memory", path);
        goto fail;
    }
    if (!open_file(s) || !check_identity(s) || !ps_migrate(s, SCHEMA) || !ps_pending_create(s) ||
        !configure(s) || !prepare_all(s)) {
        snprintf(err, errlen, "%s", s->error);
        goto fail;
    }
    return s;
fail:
    store_close(s);
    return NULL;
}

void store_close(Store *s)
{
    if (!s) return;
    for (int i = 0; i < ST_COUNT; i++) sqlite3_finalize(s->st[i]);
    sqlite3_close(s->db);
    free(s->path);
    free(s);
}

/* ---- profiles ---------------------------------------------------------------------------- */

/* Trims the name into buf and checks it; false with an error. */
static bool clean_name(Store *s, const char *name, char *buf, size_t size)
{
    while (*name == ' ' || *name == '\t') name++;
    size_t n = strlen(name);
    while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '\t')) n--;
    if (n == 0 || n >= size || n > STORE_MAX_NAME) {
        ps_set_error(s, "a profile name must be 1 to %d bytes long", STORE_MAX_NAME);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)name[i] < 0x20 || name[i] == 0x7f) {
            ps_set_error(s, "a profile name cannot contain control characters");
            return false;
        }
    if (!text_utf8_valid(name, n, NULL)) {
        ps_set_error(s, "a profile name must be UTF-8 text");
        return false;
    }
    memcpy(buf, name, n);
    buf[n] = '\0';
    return true;
}

static int64_t find_or_add_profile(Store *s, const char *name)
{
    sqlite3_stmt *st = ps_stmt(s, ST_PROFILE_FIND);
    ps_bind_text(st, 1, name);
    int rc = sqlite3_step(st);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    if (rc == SQLITE_ROW) return id;
    if (rc != SQLITE_DONE) {
        ps_db_error(s, "cannot read profiles");
        return -1;
    }
    st = ps_stmt(s, ST_PROFILE_ADD);
    ps_bind_text(st, 1, name);
    return ps_run_done(s, st, "cannot add the profile") ? sqlite3_last_insert_rowid(s->db) : -1;
}

int64_t store_profile(Store *s, const char *name)
{
    char clean[STORE_MAX_NAME + 1];
    if (!name || !clean_name(s, name, clean, sizeof clean)) return -1;
    if (!ps_begin(s)) return -1;
    int64_t id = find_or_add_profile(s, clean);
    if (id >= 0) {
        sqlite3_stmt *st = ps_stmt(s, ST_PROFILE_TOUCH);
        sqlite3_bind_int64(st, 1, id);
        if (!ps_run_done(s, st, "cannot update the profile") || !ps_commit(s)) id = -1;
    }
    if (id < 0) ps_rollback(s);
    return id;
}

/* Collects the first column of a statement's rows into a malloc'd array of strings. */
size_t ps_collect_names(Store *s, sqlite3_stmt *st, char ***out)
{
    char **v = NULL;
    size_t n = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            char **grown = realloc(v, (cap = cap ? cap * 2 : 8) * sizeof *v);
            if (!grown) goto fail;
            v = grown;
        }
        if (!(v[n] = strdup(ps_col_text(st, 0)))) goto fail;
        n++;
    }
    if (rc != SQLITE_DONE) goto fail;
    sqlite3_reset(st);
    *out = v;
    return n;
fail:
    ps_db_error(s, "cannot read the list");
    sqlite3_reset(st);
    store_free_names(v, n);
    *out = NULL;
    return 0;
}

size_t store_profile_names(Store *s, char ***names)
{
    return ps_collect_names(s, ps_stmt(s, ST_PROFILE_NAMES), names);
}

void store_free_names(char **names, size_t n)
{
    for (size_t i = 0; names && i < n; i++) free(names[i]);
    free(names);
}

/* ---- attempts and answers ---------------------------------------------------------------- */

int64_t store_attempt_begin(Store *s, int64_t profile, const char *pack_id, const char *mode,
                            int64_t now)
{
    sqlite3_stmt *st = ps_stmt(s, ST_ATTEMPT_BEGIN);
    sqlite3_bind_int64(st, 1, profile);
    ps_bind_text(st, 2, pack_id);
    ps_bind_text(st, 3, mode);
    sqlite3_bind_int64(st, 4, now);
    if (!ps_run_done(s, st, "cannot start the attempt")) return -1;
    return sqlite3_last_insert_rowid(s->db);
}

bool store_attempt_finish(Store *s, int64_t attempt, double score, double max_score, int64_t now)
{
    sqlite3_stmt *st = ps_stmt(s, ST_ATTEMPT_FINISH);
    sqlite3_bind_int64(st, 1, attempt);
    sqlite3_bind_int64(st, 2, now);
    sqlite3_bind_double(st, 3, score);
    sqlite3_bind_double(st, 4, max_score);
    if (!ps_run_done(s, st, "cannot finish the attempt")) return false;
    if (sqlite3_changes(s->db) == 1) return true;
    ps_set_error(s, "%s: attempt %lld does not exist or is already finished", s->path,
              (long long)attempt);
    return false;
}

bool store_attempt_join(Store *s, int64_t attempt, int64_t session)
{
    sqlite3_stmt *st = ps_stmt(s, ST_JOIN);
    sqlite3_bind_int64(st, 1, attempt);
    sqlite3_bind_int64(st, 2, session);
    if (!ps_run_done(s, st, "cannot group the attempt")) return false;
    if (sqlite3_changes(s->db) == 1) return true;
    ps_set_error(s, "%s: attempt %lld or session %lld does not exist", s->path, (long long)attempt,
              (long long)session);
    return false;
}

bool store_answer(Store *s, int64_t attempt, const StoredAnswer *a, int64_t now)
{
    sqlite3_stmt *st = ps_stmt(s, ST_ANSWER_ADD);
    sqlite3_bind_int64(st, 1, attempt);
    ps_bind_text(st, 2, a->question_id);
    ps_bind_text(st, 3, a->kind);
    ps_bind_text(st, 4, a->answer);
    ps_bind_text(st, 5, a->answer_data);
    sqlite3_bind_int(st, 6, a->correct);
    sqlite3_bind_double(st, 7, a->points);
    sqlite3_bind_double(st, 8, a->max_points);
    sqlite3_bind_double(st, 9, a->seconds);
    sqlite3_bind_int64(st, 10, now);
    if (!ps_run_done(s, st, "cannot save the answer")) return false;
    if (sqlite3_changes(s->db) != 1) {
        ps_set_error(s, "%s: attempt %lld does not exist or is already finished", s->path,
                  (long long)attempt);
        return false;
    }
    /* The whole answer is saved: its first part, kept alone meanwhile, is no longer needed (one
     * left behind by a crash right here is never read: the question is answered). */
    return ps_pending_drop(s, attempt, a->question_id);
}

int64_t store_unfinished_attempt(Store *s, int64_t profile, const char *pack_id)
{
    sqlite3_stmt *st = ps_stmt(s, ST_UNFINISHED);
    sqlite3_bind_int64(st, 1, profile);
    ps_bind_text(st, 2, pack_id);
    int rc = sqlite3_step(st);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) ps_db_error(s, "cannot read attempts");
    sqlite3_reset(st);
    return id;
}

/* Reads the answer columns (ANSWER_COLUMNS) starting at column `c`. */
StoredAnswer ps_read_answer(sqlite3_stmt *st, int c)
{
    StoredAnswer a = {
        .question_id = ps_col_text(st, c), .kind = ps_col_text(st, c + 1),
        .answer = ps_col_text(st, c + 2), .answer_data = ps_col_text(st, c + 3),
        .correct = sqlite3_column_int(st, c + 4) != 0,
        .points = sqlite3_column_double(st, c + 5),
        .max_points = sqlite3_column_double(st, c + 6),
        .seconds = sqlite3_column_double(st, c + 7),
    };
    return a;
}

/* Steps through rows, handing each to `row`; false (with an error) if stepping fails. */
bool ps_each_row(Store *s, sqlite3_stmt *st, void (*row)(sqlite3_stmt *, void *, void *),
                     void *fn, void *ctx)
{
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) row(st, fn, ctx);
    sqlite3_reset(st);
    if (rc == SQLITE_DONE) return true;
    ps_db_error(s, "cannot read results");
    return false;
}


static void answer_row(sqlite3_stmt *st, void *fn, void *ctx)
{
    StoredAnswer a = ps_read_answer(st, 0);
    ((Callback *)fn)->answer(&a, ctx);
}

bool store_attempt_answers(Store *s, int64_t attempt,
                           void (*fn)(const StoredAnswer *a, void *ctx), void *ctx)
{
    sqlite3_stmt *st = ps_stmt(s, ST_ANSWERS);
    sqlite3_bind_int64(st, 1, attempt);
    Callback cb = {.answer = fn};
    return ps_each_row(s, st, answer_row, &cb, ctx);
}

double store_best_score(Store *s, int64_t profile, const char *pack_id)
{
    sqlite3_stmt *st = ps_stmt(s, ST_BEST);
    sqlite3_bind_int64(st, 1, profile);
    ps_bind_text(st, 2, pack_id);
    int rc = sqlite3_step(st);
    double best = rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL
                      ? sqlite3_column_double(st, 0) : -1.0;
    if (rc != SQLITE_ROW) ps_db_error(s, "cannot read scores");
    sqlite3_reset(st);
    return best;
}
