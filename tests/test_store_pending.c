/* test_store_pending.c — the first part of a two-part ("cite") answer kept in the progress store
 * between the two steps (store_pending_*): it survives closing (a quit or a killed program),
 * is replaced when changed, is dropped once the whole answer is stored, and decodes back into an
 * answer whose first part is complete; stores made before the table existed still open, read
 * and write, and read-only opens of them still work. */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"
#include "answer.h"
#include "pack.h"
#include "progress.h"
#include <setjmp.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "store_files.h"

#define T0 1750000000

typedef struct Fixture {
    char dir[64];
    char db[128];
} Fixture;

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/byline-pending-XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    snprintf(f->db, sizeof f->db, "%s/progress.db", f->dir);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    tu_store_remove(f->dir, f->db);
    free(f);
    return 0;
}

static Store *open_ok(const Fixture *f)
{
    char err[512] = "";
    Store *s = store_open(f->db, err, sizeof err);
    if (!s) fail_msg("store_open: %s", err);
    return s;
}

/* A store with one profile and one unfinished attempt; the attempt's id. */
static int64_t new_attempt(Store *s)
{
    int64_t p = store_profile(s, "Noor");
    assert_true(p >= 0);
    int64_t a = store_attempt_begin(s, p, "cite-pack", "study", T0);
    assert_true(a >= 0);
    return a;
}

static void the_first_part_survives_closing_and_is_replaced_when_changed(void **state)
{
    Fixture *f = *state;
    Store *s = open_ok(f);
    int64_t a = new_attempt(s);
    char buf[64];
    double sec = -1;
    assert_false(store_pending_answer(s, a, "q1", buf, sizeof buf, &sec));
    assert_string_equal(buf, "");
    assert_int_equal(store_pending_count(s, a), 0);
    assert_true(store_pending_save(s, a, "q1", "c:1", 12.5, T0 + 10));
    assert_int_equal(store_pending_count(s, a), 1);
    store_close(s); /* the program quits (or is killed: every save is committed) */

    s = open_ok(f);
    assert_true(store_pending_answer(s, a, "q1", buf, sizeof buf, &sec));
    assert_string_equal(buf, "c:1");
    assert_true(sec > 12.49 && sec < 12.51);
    assert_false(store_pending_answer(s, a, "q2", buf, sizeof buf, &sec)); /* another question */
    assert_true(store_pending_save(s, a, "q1", "c:2", 20, T0 + 20)); /* changed its mind */
    assert_true(store_pending_answer(s, a, "q1", buf, sizeof buf, &sec));
    assert_string_equal(buf, "c:2");
    assert_int_equal(tu_db_int(f->db, "SELECT count(*) FROM pending_answer"), 1);
    assert_int_equal(store_pending_count(s, a), 1);
    /* A buffer too small for the code gives no answer rather than a cut one. */
    assert_false(store_pending_answer(s, a, "q1", buf, 3, &sec));
    store_close(s);
}

static void storing_the_whole_answer_drops_the_first_part(void **state)
{
    Fixture *f = *state;
    Store *s = open_ok(f);
    int64_t a = new_attempt(s);
    assert_true(store_pending_save(s, a, "q1", "c:1", 5, T0));
    assert_true(store_pending_save(s, a, "q2", "t:1", 5, T0));
    StoredAnswer sa = {.question_id = "q1", .kind = "speaker", .answer = "B", .answer_data =
                       "s:0:1|c:1", .correct = true, .points = 2, .max_points = 2, .seconds = 9};
    assert_true(store_answer(s, a, &sa, T0 + 9));
    char buf[64];
    assert_false(store_pending_answer(s, a, "q1", buf, sizeof buf, NULL));
    assert_true(store_pending_answer(s, a, "q2", buf, sizeof buf, NULL)); /* not this one */
    assert_int_equal(tu_db_int(f->db, "SELECT count(*) FROM pending_answer"), 1);
    /* One left behind (a crash between the two writes) is not read for an answered question. */
    tu_db_exec(f->db, "INSERT INTO pending_answer VALUES (1, 'q1', 'c:3', 1, 1)");
    assert_false(store_pending_answer(s, a, "q1", buf, sizeof buf, NULL));
    assert_int_equal(store_pending_count(s, a), 1); /* q2 only */
    store_close(s);
}

static void a_finished_or_unknown_attempt_keeps_no_first_part(void **state)
{
    Fixture *f = *state;
    Store *s = open_ok(f);
    int64_t a = new_attempt(s);
    assert_false(store_pending_save(s, a + 100, "q1", "c:1", 1, T0));
    assert_non_null(strstr(store_error(s), "does not exist or is already finished"));
    assert_true(store_attempt_finish(s, a, 1, 2, T0 + 60));
    assert_false(store_pending_save(s, a, "q1", "c:1", 1, T0 + 61));
    assert_int_equal(tu_db_int(f->db, "SELECT count(*) FROM pending_answer"), 0);
    store_close(s);
}

/* A store written before the table existed (same version number, no pending_answer) opens as it
 * is read-only, and read-write gains the table with every saved answer kept. */
static void a_store_from_before_the_table_opens_and_gains_it(void **state)
{
    Fixture *f = *state;
    Store *s = open_ok(f);
    int64_t a = new_attempt(s);
    StoredAnswer sa = {.question_id = "q1", .kind = "speaker", .answer = "B", .answer_data = "c:1",
                       .correct = true, .points = 1, .max_points = 1, .seconds = 3};
    assert_true(store_answer(s, a, &sa, T0 + 3));
    store_close(s);
    tu_db_exec(f->db, "DROP TABLE pending_answer");
    assert_int_equal(tu_db_int(f->db, "SELECT count(*) FROM sqlite_master WHERE name = "
                                    "'pending_answer'"), 0);

    char err[512] = "";
    Store *ro = store_open_readonly(f->db, err, sizeof err);
    if (!ro) fail_msg("store_open_readonly: %s", err);
    char buf[64];
    assert_false(store_pending_answer(ro, a, "q2", buf, sizeof buf, NULL));
    store_close(ro);
    assert_int_equal(tu_db_int(f->db, "SELECT count(*) FROM sqlite_master WHERE name = "
                                    "'pending_answer'"), 0); /* read-only wrote nothing */

    s = open_ok(f);
    assert_int_equal(tu_db_int(f->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(tu_db_int(f->db, "PRAGMA application_id"), STORE_APPLICATION_ID);
    assert_int_equal(tu_db_int(f->db, "SELECT count(*) FROM answer"), 1);
    assert_true(store_pending_save(s, a, "q2", "t:0", 4, T0 + 10));
    assert_true(store_pending_answer(s, a, "q2", buf, sizeof buf, NULL));
    assert_string_equal(buf, "t:0");
    store_close(s);
}

/* What the app keeps is answer_encode of the first part; decoded, the first part is complete and
 * the cite pick is still to be made. */
static void the_kept_code_decodes_to_a_complete_first_part(void **state)
{
    Fixture *f = *state;
    Pack *p = tu_load_pack("tests/ui/fixtures/cite.json");
    assert_non_null(p);
    const Question *q = &p->questions[0];
    assert_true(q->cite);
    Answer given;
    answer_init(&given, q, NULL);
    given.choice = 1;
    assert_true(answer_first_part_complete(q, &given));
    assert_false(answer_is_complete(q, &given));
    char code[ANSWER_CODE_MAX];
    assert_true(answer_encode(&given, code, sizeof code));

    Store *s = open_ok(f);
    int64_t a = new_attempt(s);
    assert_true(store_pending_save(s, a, q->id, code, 7, T0));
    store_close(s);
    s = open_ok(f);
    char back[ANSWER_CODE_MAX];
    assert_true(store_pending_answer(s, a, q->id, back, sizeof back, NULL));
    Answer got;
    assert_true(answer_decode(q, back, &got));
    assert_true(answer_check(p, q, &got));
    assert_true(answer_first_part_complete(q, &got));
    assert_false(answer_is_complete(q, &got));
    assert_int_equal(got.choice, 1);
    store_close(s);
    pack_free(p);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(the_first_part_survives_closing_and_is_replaced_when_changed),
        T(storing_the_whole_answer_drops_the_first_part),
        T(a_finished_or_unknown_attempt_keeps_no_first_part),
        T(a_store_from_before_the_table_opens_and_gains_it),
        T(the_kept_code_decodes_to_a_complete_first_part),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
