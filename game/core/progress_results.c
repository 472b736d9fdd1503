/* progress_results.c — the results queries behind `byline results`, and the command line's
 * default store path. */
#define _POSIX_C_SOURCE 200809L
#include "progress_internal.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- results ----------------------------------------------------------------------------- */

static void attempt_row(sqlite3_stmt *st, void *fn, void *ctx)
{
    StoredAttempt a = {
        .id = sqlite3_column_int64(st, 0), .profile = ps_col_text(st, 1),
        .pack_id = ps_col_text(st, 2), .mode = ps_col_text(st, 3),
        .started = sqlite3_column_int64(st, 4), .finished = sqlite3_column_int64(st, 5),
        .score = sqlite3_column_double(st, 6), .max_score = sqlite3_column_double(st, 7),
        .session = sqlite3_column_int64(st, 8),
    };
    ((Callback *)fn)->attempt(&a, ctx);
}

static sqlite3_stmt *filtered(Store *s, StatementId id, const char *profile, const char *pack_id)
{
    sqlite3_stmt *st = ps_stmt(s, id);
    ps_bind_text(st, 1, profile);
    ps_bind_text(st, 2, pack_id);
    return st;
}

bool store_each_attempt(Store *s, const char *profile, const char *pack_id,
                        void (*fn)(const StoredAttempt *a, void *ctx), void *ctx)
{
    Callback cb = {.attempt = fn};
    return ps_each_row(s, filtered(s, ST_EACH_ATTEMPT, profile, pack_id), attempt_row, &cb, ctx);
}

static void full_answer_row(sqlite3_stmt *st, void *fn, void *ctx)
{
    StoredAnswerRow r = {
        .answer = ps_read_answer(st, 0), .attempt = sqlite3_column_int64(st, 8),
        .profile = ps_col_text(st, 9), .pack_id = ps_col_text(st, 10), .mode = ps_col_text(st, 11),
        .answered = sqlite3_column_int64(st, 12), .session = sqlite3_column_int64(st, 13),
    };
    ((Callback *)fn)->answer_row(&r, ctx);
}

bool store_each_answer(Store *s, const char *profile, const char *pack_id,
                       void (*fn)(const StoredAnswerRow *row, void *ctx), void *ctx)
{
    Callback cb = {.answer_row = fn};
    return ps_each_row(s, filtered(s, ST_EACH_ANSWER, profile, pack_id), full_answer_row, &cb, ctx);
}

/* Prepared on each call (it runs when the library refreshes, not per frame), so the store's
 * statement table in progress.c stays as it is. */
bool store_last_retry(Store *s, int64_t profile, const char *pack_id, int *right, int *total)
{
    static const char sql[] =
        "SELECT count(*), coalesce(sum(correct), 0) FROM answer WHERE attempt = ("
        " SELECT id FROM attempt WHERE profile = ?1 AND pack_id = ?2 AND mode = 'retry'"
        " AND finished IS NOT NULL AND id > coalesce((SELECT max(id) FROM attempt"
        "  WHERE profile = ?1 AND pack_id = ?2 AND mode IN ('study', 'text')"
        "  AND finished IS NOT NULL), 0)"
        " ORDER BY id DESC LIMIT 1)";
    *right = *total = 0;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        ps_db_error(s, "cannot read retries");
        return false;
    }
    sqlite3_bind_int64(st, 1, profile);
    ps_bind_text(st, 2, pack_id);
    bool ok = sqlite3_step(st) == SQLITE_ROW;
    if (ok) {
        *total = sqlite3_column_int(st, 0);
        *right = sqlite3_column_int(st, 1);
    } else {
        ps_db_error(s, "cannot read retries");
    }
    sqlite3_finalize(st);
    return ok && *total > 0;
}

/* ---- the command line's default path ------------------------------------------------------ */

/* mkdir -p for the directory part of `path` up to byte `end`. */
static bool make_dirs(char *path, size_t end)
{
    for (size_t i = 1; i <= end; i++) {
        if (i < end && path[i] != '/') continue;
        char saved = path[i];
        path[i] = '\0';
        struct stat st;
        bool ok = mkdir(path, 0700) == 0 || (errno == EEXIST && stat(path, &st) == 0 &&
                                              S_ISDIR(st.st_mode));
        if (!ok && errno == EEXIST) errno = ENOTDIR;
        path[i] = saved;
        if (!ok) return false;
    }
    return true;
}

bool store_default_path(char *buf, size_t n)
{
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    int len;
    /* The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored. */
    if (xdg && xdg[0] == '/') len = snprintf(buf, n, "%s/byline/progress.db", xdg);
    else if (home && home[0]) len = snprintf(buf, n, "%s/.local/share/byline/progress.db", home);
    else {
        if (n) buf[0] = '\0';
        errno = ENOENT;
        return false;
    }
    if (len < 0 || (size_t)len >= n) {
        errno = ENAMETOOLONG;
        return false;
    }
    return make_dirs(buf, (size_t)len - strlen("/progress.db"));
}
