/* test_store_migrate.c — opening a version-1 progress store (made before the live classroom)
 * upgrades it to the current schema in one go and keeps every row: profiles, attempts with their
 * ids and sessions, answers, review schedules; afterwards mode "live" is accepted, the live tables
 * exist and foreign keys still hold. The v1 schema below is a verbatim copy of the one Byline
 * 0.1 created. */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"
#include "progress.h"
#include <setjmp.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "store_files.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char V1_SCHEMA[] =
    "CREATE TABLE IF NOT EXISTS profile ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    "  used INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE IF NOT EXISTS attempt ("
    "  id INTEGER PRIMARY KEY,"
    "  profile INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
    "  pack_id TEXT NOT NULL,"
    "  mode TEXT NOT NULL CHECK (mode IN ('study','review','retry','text','present')),"
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
    "PRAGMA application_id = 1115253870;" /* STORE_APPLICATION_ID */
    "PRAGMA user_version = 1;";

/* Two teams of a presenter session (attempts 1 and 2, session 1), a self-study attempt (3,
 * finished), answers and a review row. */
static const char V1_DATA[] =
    "INSERT INTO profile(id, name, used) VALUES (1, 'Owls', 1), (2, 'Foxes', 2), (3, 'Ana', 3);"
    "INSERT INTO attempt VALUES (1, 1, 'harbor-vote', 'present', 100, 200, 2.5, 3, 1);"
    "INSERT INTO attempt VALUES (2, 2, 'harbor-vote', 'present', 100, 200, 1, 3, 1);"
    "INSERT INTO attempt VALUES (3, 3, 'harbor-vote', 'study', 300, NULL, NULL, NULL, NULL);"
    "INSERT INTO answer VALUES (1, 1, 'who-more-time', 'speaker', 'B. Dana Obi', 'c:1', 1, 1.5, 1,"
    "  4.5, 150);"
    "INSERT INTO answer VALUES (2, 3, 'who-more-time', 'speaker', 'A. Lee Grant', 'c:0', 0, 0, 1,"
    "  9, 310);"
    "INSERT INTO review VALUES (3, 'harbor-vote', 'who-more-time', 1, 910);";

static char dir[64], db[128];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/byline-migrate-XXXXXX");
    if (!mkdtemp(dir) || STORE_APPLICATION_ID != 1115253870) return -1;
    snprintf(db, sizeof db, "%s/progress.db", dir);
    sqlite3 *h = NULL;
    int rc = sqlite3_open(db, &h);
    if (rc == SQLITE_OK) rc = sqlite3_exec(h, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_exec(h, V1_SCHEMA, NULL, NULL, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_exec(h, V1_DATA, NULL, NULL, NULL);
    sqlite3_close(h);
    return rc == SQLITE_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    tu_store_remove(dir, db);
    return 0;
}

static int64_t raw_int(const char *sql)
{
    sqlite3 *h = NULL;
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int64_t v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(h);
    return v;
}

typedef struct Seen {
    int attempts, answers;
    int64_t sessions[8];
    char modes[8][16];
    double scores[8];
} Seen;

static void see_attempt(const StoredAttempt *a, void *ctx)
{
    Seen *s = ctx;
    if (s->attempts < 8) {
        s->sessions[s->attempts] = a->session;
        snprintf(s->modes[s->attempts], sizeof s->modes[0], "%s", a->mode);
        s->scores[s->attempts] = a->max_score > 0 ? a->score / a->max_score : 0;
    }
    s->attempts++;
}

static void see_answer(const StoredAnswerRow *r, void *ctx)
{
    (void)r;
    ((Seen *)ctx)->answers++;
}

static void a_version_1_store_is_upgraded_with_its_data_kept(void **state)
{
    (void)state;
    char err[512];
    Store *st = store_open(db, err, sizeof err);
    assert_non_null(st);
    assert_int_equal(raw_int("PRAGMA user_version"), STORE_SCHEMA_VERSION);
    Seen seen = {0};
    assert_true(store_each_attempt(st, NULL, NULL, see_attempt, &seen));
    assert_int_equal(seen.attempts, 3);
    assert_int_equal(seen.sessions[0], 1);
    assert_int_equal(seen.sessions[1], 1);
    assert_int_equal(seen.sessions[2], 3);
    assert_string_equal(seen.modes[0], "present");
    assert_string_equal(seen.modes[2], "study");
    assert_true(store_each_answer(st, NULL, NULL, see_answer, &seen));
    assert_int_equal(seen.answers, 2);
    assert_true(seen.scores[0] > 0.8); /* the first team's 2.5 of 3 (best scores count study only) */
    assert_int_equal(store_unfinished_attempt(st, 3, "harbor-vote"), 3);
    int box = 0;
    int64_t due = 0;
    assert_true(store_review_state(st, 3, "harbor-vote", "who-more-time", &box, &due));
    assert_int_equal(due, 910);
    /* The new schema: "live" attempts and the live tables. */
    int64_t p = store_profile(st, "Bo");
    int64_t a = store_attempt_begin(st, p, "harbor-vote", "live", 400);
    assert_true(a > 3);
    assert_true(store_attempt_join(st, a, a));
    assert_int_equal(store_attempt_begin(st, p, "harbor-vote", "bogus", 400), -1);
    store_close(st);
    assert_int_equal(raw_int("SELECT count(*) FROM sqlite_master WHERE name IN "
                             "('live_session', 'live_seat', 'attempt_by_pack')"), 3);
    assert_int_equal(raw_int("SELECT count(*) FROM sqlite_master WHERE name = 'attempt_v2'"), 0);
    assert_int_equal(raw_int("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    assert_int_equal(raw_int("SELECT count(*) FROM answer WHERE attempt = 1"), 1);
}

static void an_upgraded_store_opens_again_without_change(void **state)
{
    (void)state;
    char err[512];
    Store *st = store_open(db, err, sizeof err);
    assert_non_null(st);
    store_close(st);
    int64_t schema = raw_int("SELECT count(*) FROM sqlite_master");
    st = store_open(db, err, sizeof err);
    assert_non_null(st);
    store_close(st);
    assert_int_equal(raw_int("SELECT count(*) FROM sqlite_master"), schema);
    assert_int_equal(raw_int("SELECT count(*) FROM attempt"), 3);
}

/* Deleting a profile still cascades through the rebuilt attempt table to its answers. */
static void foreign_keys_still_cascade_after_the_upgrade(void **state)
{
    (void)state;
    char err[512];
    Store *st = store_open(db, err, sizeof err);
    assert_non_null(st);
    store_close(st);
    sqlite3 *h = NULL;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, "PRAGMA foreign_keys = ON; DELETE FROM profile WHERE id = 3;",
                                  NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    assert_int_equal(raw_int("SELECT count(*) FROM attempt WHERE profile = 3"), 0);
    assert_int_equal(raw_int("SELECT count(*) FROM answer WHERE attempt = 3"), 0);
    assert_int_equal(raw_int("SELECT count(*) FROM answer"), 1);
}

/* A failure halfway (here: a table in the way of the rebuild) leaves the version-1 store as it
 * was, and says so. */
static void a_failed_upgrade_leaves_the_store_as_it_was(void **state)
{
    (void)state;
    sqlite3 *h = NULL;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, "CREATE TABLE attempt_v2(x)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    char err[512];
    assert_null(store_open(db, err, sizeof err));
    assert_non_null(strstr(err, "upgrade"));
    assert_int_equal(raw_int("PRAGMA user_version"), 1);
    assert_int_equal(raw_int("SELECT count(*) FROM attempt"), 3);
    assert_int_equal(raw_int("SELECT count(*) FROM answer"), 2);
    assert_int_equal(raw_int("SELECT count(*) FROM sqlite_master WHERE name = 'live_session'"), 0);
}

/* A reference broken before the upgrade (written with foreign keys off) does not stop it. */
static void an_old_broken_reference_does_not_block_the_upgrade(void **state)
{
    (void)state;
    sqlite3 *h = NULL;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, "INSERT INTO answer VALUES (9, 99, 'q', 'claim', 'x', '-', 0, "
                                  "0, 1, 1, 1)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    char err[512];
    Store *st = store_open(db, err, sizeof err);
    assert_non_null(st);
    store_close(st);
    assert_int_equal(raw_int("PRAGMA user_version"), STORE_SCHEMA_VERSION);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(a_version_1_store_is_upgraded_with_its_data_kept, setup, teardown),
        cmocka_unit_test_setup_teardown(an_upgraded_store_opens_again_without_change, setup, teardown),
        cmocka_unit_test_setup_teardown(foreign_keys_still_cascade_after_the_upgrade, setup, teardown),
        cmocka_unit_test_setup_teardown(a_failed_upgrade_leaves_the_store_as_it_was, setup, teardown),
        cmocka_unit_test_setup_teardown(an_old_broken_reference_does_not_block_the_upgrade, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
