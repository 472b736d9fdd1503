/* progress_migrate.c — bringing an older store up to the current schema (progress.h's
 * STORE_SCHEMA_VERSION), run by store_open once the file is known to be a healthy Byline store.
 *
 * Version 1 → 2 (the live classroom): attempt.mode gains 'live', and the live tables appear.
 * SQLite cannot change a CHECK constraint in place, so attempt is rebuilt the way SQLite's
 * documentation describes (ALTER TABLE, "making other kinds of table schema changes"): with
 * foreign keys off, create the new table, copy every row, drop the old one, rename the new one,
 * recreate its index, and check that no reference broke before committing. All of it, the new tables and
 * the version number are one transaction: a crash or an error leaves a version-1 store exactly as
 * it was, and the next open tries again. Ids are copied, so answers and sessions keep pointing at
 * their attempts. */
#include "progress_internal.h"
#include <stdio.h>
#include <stdlib.h>

/* attempt as of version 2; a later version that changes it again adds its own step. */
static const char ATTEMPT_V2[] =
    "CREATE TABLE attempt_v2 ("
    "  id INTEGER PRIMARY KEY,"
    "  profile INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
    "  pack_id TEXT NOT NULL,"
    "  mode TEXT NOT NULL CHECK (mode IN ('study','review','retry','text','present','live')),"
    "  started INTEGER NOT NULL,"
    "  finished INTEGER,"
    "  score REAL,"
    "  max_score REAL,"
    "  session INTEGER REFERENCES attempt(id) ON DELETE SET NULL);"
    "INSERT INTO attempt_v2(id, profile, pack_id, mode, started, finished, score, max_score, "
    "  session) SELECT id, profile, pack_id, mode, started, finished, score, max_score, session "
    "  FROM attempt;"
    "DROP TABLE attempt;"
    "ALTER TABLE attempt_v2 RENAME TO attempt;"
    "CREATE INDEX IF NOT EXISTS attempt_by_pack ON attempt(profile, pack_id);";

static bool exec(Store *s, const char *sql, const char *what)
{
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK) return true;
    ps_db_error(s, what);
    return false;
}

static bool read_version(Store *s, int64_t *version)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) *version = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) ps_db_error(s, "cannot read the store's version");
    return rc == SQLITE_ROW;
}

/* The number of broken references (PRAGMA foreign_key_check), or -1 with an error. */
static int64_t broken_keys(Store *s)
{
    sqlite3_stmt *st = NULL;
    int64_t n = -1;
    if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM pragma_foreign_key_check", -1, &st,
                           NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (n < 0) ps_db_error(s, "cannot upgrade the store");
    return n;
}

/* The rebuild must not break a reference; ones broken before (a store once written with foreign
 * keys off) are not ours to judge, and refusing the whole store over them would lock a class
 * out of its results. */
static bool keys_intact(Store *s, int64_t before)
{
    int64_t after = broken_keys(s);
    if (after < 0) return false;
    if (after <= before) return true;
    ps_set_error(s, "%s: cannot upgrade the store: %lld saved results would point at nothing; it "
                 "was left unchanged", s->path, (long long)(after - before));
    return false;
}

static bool upgrade(Store *s, const char *schema)
{
    if (!exec(s, "BEGIN IMMEDIATE", "cannot upgrade the store")) return false;
    /* Read again under the write lock: another Byline may have upgraded it meanwhile. */
    int64_t from = 0, before = -1;
    bool ok = read_version(s, &from);
    if (ok && from >= STORE_SCHEMA_VERSION) return exec(s, "COMMIT", "cannot upgrade the store");
    ok = ok && (before = broken_keys(s)) >= 0;
    if (ok && from < 2) ok = exec(s, ATTEMPT_V2, "cannot upgrade the store (attempts)");
    ok = ok && exec(s, schema, "cannot upgrade the store (new tables)");
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", STORE_SCHEMA_VERSION);
    ok = ok && keys_intact(s, before) && exec(s, sql, "cannot upgrade the store");
    ok = ok && exec(s, "COMMIT", "cannot save the upgraded store");
    if (!ok) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return ok;
}

/* PRAGMA foreign_keys as it is (0 or 1); -1 with an error. */
static int foreign_keys(Store *s)
{
    sqlite3_stmt *st = NULL;
    int on = -1;
    if (sqlite3_prepare_v2(s->db, "PRAGMA foreign_keys", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        on = sqlite3_column_int(st, 0) != 0;
    sqlite3_finalize(st);
    if (on < 0) ps_db_error(s, "cannot upgrade the store");
    return on;
}

bool ps_migrate(Store *s, const char *schema)
{
    int64_t version = 0;
    if (!read_version(s, &version)) return false;
    if (version >= STORE_SCHEMA_VERSION) return true;
    /* Dropping attempt must not cascade into answers: foreign keys off for the upgrade (outside
     * a transaction, where SQLite allows changing them), then back as they were. */
    int on = foreign_keys(s);
    if (on < 0 || !exec(s, "PRAGMA foreign_keys = OFF", "cannot upgrade the store")) return false;
    bool ok = upgrade(s, schema);
    if (on && !exec(s, "PRAGMA foreign_keys = ON", "cannot upgrade the store")) ok = false;
    return ok;
}
