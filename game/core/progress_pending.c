/* progress_pending.c — the first part of a two-part ("cite") answer, kept while the student picks
 * the sentence that shows it (progress.h, store_pending_*).
 *
 * A cite answer is graded and stored only once both parts are given (answer table), but a student
 * who quits or whose program is killed between the steps must find the first part again. It
 * lives in its own table, one row per (attempt, question), replaced as the student changes it and
 * dropped when the whole answer is stored. The table is additive: it is created on every
 * read-write open (CREATE … IF NOT EXISTS), so a store of any earlier version gains it without a
 * version change, and an earlier Byline still opens a store that has it (it ignores the table).
 * Its statements are prepared when used, not with the others, so that a store opened read-only
 * that never had the table still opens. */
#include "progress_internal.h"
#include <stdio.h>
#include <string.h>

bool ps_pending_create(Store *s)
{
    if (sqlite3_exec(s->db, STORE_PENDING_SCHEMA, NULL, NULL, NULL) == SQLITE_OK) return true;
    ps_db_error(s, "cannot set up the progress store");
    return false;
}

static sqlite3_stmt *prepare(Store *s, const char *sql, const char *what)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK) return st;
    ps_db_error(s, what);
    sqlite3_finalize(st);
    return NULL;
}

bool store_pending_save(Store *s, int64_t attempt, const char *question_id,
                        const char *answer_data, double seconds, int64_t now)
{
    sqlite3_stmt *st = prepare(s,
        "INSERT OR REPLACE INTO pending_answer(attempt, question_id, answer_data, seconds, saved) "
        "SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS "
        "(SELECT 1 FROM attempt WHERE id = ?1 AND finished IS NULL)", "cannot save the answer");
    if (!st) return false;
    sqlite3_bind_int64(st, 1, attempt);
    ps_bind_text(st, 2, question_id);
    ps_bind_text(st, 3, answer_data);
    sqlite3_bind_double(st, 4, seconds > 0 ? seconds : 0);
    sqlite3_bind_int64(st, 5, now);
    bool ok = ps_run_done(s, st, "cannot save the answer");
    sqlite3_finalize(st);
    if (ok && sqlite3_changes(s->db) != 1) {
        ps_set_error(s, "%s: attempt %lld does not exist or is already finished", s->path,
                     (long long)attempt);
        ok = false;
    }
    return ok;
}

bool store_pending_answer(Store *s, int64_t attempt, const char *question_id, char *buf,
                          size_t size, double *seconds)
{
    if (size) buf[0] = '\0';
    if (seconds) *seconds = 0;
    sqlite3_stmt *st = prepare(s,
        "SELECT answer_data, seconds FROM pending_answer WHERE attempt = ?1 AND question_id = ?2 "
        "AND NOT EXISTS (SELECT 1 FROM answer WHERE attempt = ?1 AND question_id = ?2)",
        "cannot read the saved answers");
    if (!st) return false;
    sqlite3_bind_int64(st, 1, attempt);
    ps_bind_text(st, 2, question_id);
    int rc = sqlite3_step(st);
    bool found = false;
    if (rc == SQLITE_ROW) {
        const char *data = ps_col_text(st, 0);
        found = strlen(data) < size; /* a code that does not fit is no answer to restore */
        if (found) memcpy(buf, data, strlen(data) + 1);
        if (found && seconds) *seconds = sqlite3_column_double(st, 1);
    } else if (rc != SQLITE_DONE) {
        ps_db_error(s, "cannot read the saved answers");
    }
    sqlite3_finalize(st);
    return found;
}

int store_pending_count(Store *s, int64_t attempt)
{
    sqlite3_stmt *st = prepare(s,
        "SELECT count(*) FROM pending_answer p WHERE p.attempt = ?1 AND NOT EXISTS "
        "(SELECT 1 FROM answer a WHERE a.attempt = ?1 AND a.question_id = p.question_id)",
        "cannot read the saved answers");
    if (!st) return 0;
    sqlite3_bind_int64(st, 1, attempt);
    int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return n;
}

bool ps_pending_drop(Store *s, int64_t attempt, const char *question_id)
{
    sqlite3_stmt *st = prepare(s, "DELETE FROM pending_answer WHERE attempt = ?1 AND "
                                  "question_id = ?2", "cannot save the answer");
    if (!st) return false;
    sqlite3_bind_int64(st, 1, attempt);
    ps_bind_text(st, 2, question_id);
    bool ok = ps_run_done(s, st, "cannot save the answer");
    sqlite3_finalize(st);
    return ok;
}
