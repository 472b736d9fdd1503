/* test_progress.c — the SQLite progress store, on temporary files under /tmp: profiles, attempts
 * and answers surviving close and reopen, resuming, best scores, the Leitner schedule, results
 * queries, and refusing (without touching) files that are not healthy Byline stores. */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"
#include "progress.h"
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include "store_files.h"

#define DAY 86400
#define T0 1750000000 /* a fixed "now" */

typedef struct Fixture {
    char dir[64];
    char db[128];
} Fixture;

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "/tmp/byline-progress-XXXXXX");
    if (!f || !mkdtemp(f->dir)) return -1;
    snprintf(f->db, sizeof f->db, "%s/progress.db", f->dir);
    *state = f;
    return 0;
}

/* Removes the fixture directory and the files the tests made in it (one level, plus one
 * subdirectory level for the default-path test). */
static void remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            chmod(path, 0700);
            remove_tree(path);
        } else {
            unlink(path);
        }
    }
    if (d) closedir(d);
    rmdir(dir);
}

static int teardown(void **state)
{
    Fixture *f = *state;
    chmod(f->dir, 0700);
    remove_tree(f->dir);
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

static void assert_near(double a, double b)
{
    if (fabs(a - b) > 1e-9) fail_msg("%.12f != %.12f", a, b);
}

static StoredAnswer answer(const char *qid, const char *data, bool correct, double points)
{
    StoredAnswer a = {.question_id = qid, .kind = "speaker", .answer = "B. Dana Obi",
                      .answer_data = data, .correct = correct, .points = points,
                      .max_points = 1, .seconds = 3.5};
    return a;
}

static void write_file(const char *path, const void *data, size_t n)
{
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(data, 1, n, fp), n);
    fclose(fp);
}

/* Opening `path` must fail with a message naming it and containing `why`, and leave the file
 * byte-for-byte as it was. */
static void assert_refused_unchanged(const char *path, const char *why)
{
    size_t before_len, after_len;
    char *before = tu_read_file(path, &before_len);
    assert_non_null(before);
    char err[512] = "";
    Store *s = store_open(path, err, sizeof err);
    assert_null(s);
    if (!strstr(err, path) || !strstr(err, why)) fail_msg("unexpected message: %s", err);
    char *after = tu_read_file(path, &after_len);
    assert_non_null(after);
    assert_int_equal(before_len, after_len);
    assert_memory_equal(before, after, before_len);
    free(before);
    free(after);
}

/* ---- opening ----------------------------------------------------------------------------- */

static void new_store_gets_schema_version_and_wal(void **state)
{
    Fixture *f = *state;
    Store *s = open_ok(f);
    assert_true(store_profile(s, "Ana") > 0); /* something to write */
    store_close(s);
    assert_int_equal(tu_db_int(f->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(tu_db_int(f->db, "PRAGMA application_id"), STORE_APPLICATION_ID);
    /* WAL is recorded in the file header: bytes 18 and 19 are 2. */
    size_t n;
    char *bytes = tu_read_file(f->db, &n);
    assert_true(n >= 100);
    assert_int_equal(bytes[18], 2);
    assert_int_equal(bytes[19], 2);
    free(bytes);
    s = open_ok(f); /* and it opens again */
    store_close(s);
}

static void empty_file_becomes_a_new_store(void **state)
{
    Fixture *f = *state;
    write_file(f->db, "", 0);
    Store *s = open_ok(f);
    assert_true(store_profile(s, "Ana") > 0);
    store_close(s);
}

static void random_bytes_are_refused_and_left_unchanged(void **state)
{
    Fixture *f = *state;
    unsigned char junk[4096];
    unsigned seed = 99;
    for (size_t i = 0; i < sizeof junk; i++) {
        seed = seed * 1103515245u + 12345u;
        junk[i] = (unsigned char)(seed >> 16);
    }
    write_file(f->db, junk, sizeof junk);
    assert_refused_unchanged(f->db, "not a Byline progress store");
}

static void text_file_is_refused_and_left_unchanged(void **state)
{
    Fixture *f = *state;
    const char *notes = "Ana 3/4\nBen 4/4\n";
    write_file(f->db, notes, strlen(notes));
    assert_refused_unchanged(f->db, "not a Byline progress store");
}

static void another_programs_database_is_refused_and_left_unchanged(void **state)
{
    Fixture *f = *state;
    tu_db_exec(f->db, "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('soup');");
    assert_refused_unchanged(f->db, "not a Byline progress store");
}

static void store_from_a_newer_byline_is_refused(void **state)
{
    Fixture *f = *state;
    store_close(open_ok(f));
    tu_db_exec(f->db, "PRAGMA user_version = 99");
    assert_refused_unchanged(f->db, "newer version of Byline");
}

static void damaged_store_is_refused_and_left_unchanged(void **state)
{
    Fixture *f = *state;
    Store *s = open_ok(f);
    int64_t p = store_profile(s, "Ana");
    int64_t at = store_attempt_begin(s, p, "harbor-vote", "study", T0);
    for (int i = 0; i < 200; i++) {
        StoredAnswer a = answer("who-more-time", "c:1", true, 1);
        assert_true(store_answer(s, at, &a, T0 + i));
    }
    store_close(s);
    /* Scribble over the middle of page 3 (a b-tree page of the answers). */
    size_t n;
    char *bytes = tu_read_file(f->db, &n);
    assert_true(n > 4 * 4096);
    memset(bytes + 2 * 4096, 0x5A, 4096);
    write_file(f->db, bytes, n);
    free(bytes);
    assert_refused_unchanged(f->db, "damaged");
}

static void directory_in_the_way_is_refused(void **state)
{
    Fixture *f = *state;
    char err[512] = "";
    assert_null(store_open(f->dir, err, sizeof err));
    assert_non_null(strstr(err, f->dir));
    assert_non_null(strstr(err, "not a file"));
}

/* Runs fn in a child process as user "nobody" (root ignores permissions), returning its exit
 * status; the child prints the store's message to stderr. */
static int as_nobody(int (*fn)(const Fixture *f), const Fixture *f)
{
    if (geteuid() != 0) return fn(f);
    pid_t pid = fork();
    if (pid == 0) {
        if (setgid(65534) != 0 || setuid(65534) != 0) _exit(99);
        _exit(fn(f));
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 98;
}

/* 0 when opening fails with a message naming the file and saying why. */
static int open_fails_clearly(const Fixture *f)
{
    char err[512] = "";
    Store *s = store_open(f->db, err, sizeof err);
    if (s) {
        store_close(s);
        return 1;
    }
    fprintf(stderr, "(expected) %s\n", err);
    return strstr(err, f->db) && (strstr(err, "ermission denied") || strstr(err, "read-only"))
               ? 0 : 2;
}

static void read_only_directory_gives_a_clear_error(void **state)
{
    Fixture *f = *state;
    assert_int_equal(chmod(f->dir, 0555), 0);
    assert_int_equal(as_nobody(open_fails_clearly, f), 0);
    assert_int_equal(access(f->db, F_OK), -1); /* nothing was created */
}

static void read_only_store_file_gives_a_clear_error(void **state)
{
    Fixture *f = *state;
    store_close(open_ok(f));
    assert_int_equal(chmod(f->dir, 0755), 0); /* others may look in, not change the file */
    assert_int_equal(chmod(f->db, 0444), 0);
    assert_int_equal(as_nobody(open_fails_clearly, f), 0);
}

static void existing_store_in_a_read_only_directory_gives_a_clear_error(void **state)
{
    Fixture *f = *state;
    store_close(open_ok(f));
    if (geteuid() == 0) assert_int_equal(chown(f->db, 65534, 65534), 0); /* nobody's own file */
    assert_int_equal(chmod(f->dir, 0555), 0); /* but WAL needs files beside it */
    assert_int_equal(as_nobody(open_fails_clearly, f), 0);
}

/* ---- profiles ---------------------------------------------------------------------------- */

static void profile_is_created_once_and_matched_ignoring_case(void **state)
{
    Store *s = open_ok(*state);
    int64_t ana = store_profile(s, "Ana");
    assert_true(ana > 0);
    assert_int_equal(store_profile(s, "Ana"), ana);
    assert_int_equal(store_profile(s, "  ana "), ana);
    int64_t ben = store_profile(s, "Ben");
    assert_true(ben > 0 && ben != ana);
    store_close(s);
}

static void profile_names_come_most_recent_first(void **state)
{
    Store *s = open_ok(*state);
    store_profile(s, "Ana");
    store_profile(s, "Ben");
    store_profile(s, "Chloé");
    store_profile(s, "ANA"); /* Ana used again: first; keeps the spelling she was made with */
    char **names = NULL;
    size_t n = store_profile_names(s, &names);
    assert_int_equal(n, 3);
    assert_string_equal(names[0], "Ana");
    assert_string_equal(names[1], "Chloé");
    assert_string_equal(names[2], "Ben");
    store_free_names(names, n);
    store_close(s);
}

static void bad_profile_names_are_refused_with_a_reason(void **state)
{
    Store *s = open_ok(*state);
    char longname[STORE_MAX_NAME + 2];
    memset(longname, 'x', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    const char *bad[] = {"", "   ", "Ana\nBen", "\xff\xfe", longname};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(store_profile(s, bad[i]), -1);
        assert_true(strlen(store_error(s)) > 0);
    }
    assert_non_null(strstr(store_error(s), "1 to 100 bytes"));
    char **names = NULL;
    assert_int_equal(store_profile_names(s, &names), 0);
    store_free_names(names, 0);
    store_close(s);
}

/* ---- attempts and answers ---------------------------------------------------------------- */

typedef struct Collected {
    int n;
    char ids[8][32], data[8][32];
    bool correct[8];
    double points[8], seconds[8];
} Collected;

static void collect(const StoredAnswer *a, void *ctx)
{
    Collected *c = ctx;
    if (c->n >= 8) return;
    snprintf(c->ids[c->n], sizeof c->ids[0], "%s", a->question_id);
    snprintf(c->data[c->n], sizeof c->data[0], "%s", a->answer_data);
    c->correct[c->n] = a->correct;
    c->points[c->n] = a->points;
    c->seconds[c->n] = a->seconds;
    c->n++;
}

static void answers_survive_closing_and_reopening(void **state)
{
    Fixture *f = *state;
    Store *s = open_ok(f);
    int64_t p = store_profile(s, "Ana");
    int64_t at = store_attempt_begin(s, p, "harbor-vote", "study", T0);
    assert_true(at > 0);
    StoredAnswer a1 = answer("who-more-time", "c:1", true, 1);
    StoredAnswer a2 = answer("order", "o:1,0", false, 0);
    assert_true(store_answer(s, at, &a1, T0 + 5));
    assert_true(store_answer(s, at, &a2, T0 + 9));
    store_close(s); /* as if the window were closed mid-quiz */

    s = open_ok(f);
    Collected c = {0};
    assert_true(store_attempt_answers(s, at, collect, &c));
    assert_int_equal(c.n, 2);
    assert_string_equal(c.ids[0], "who-more-time");
    assert_string_equal(c.data[0], "c:1");
    assert_true(c.correct[0]);
    assert_near(c.points[0], 1.0);
    assert_near(c.seconds[0], 3.5);
    assert_string_equal(c.ids[1], "order");
    assert_string_equal(c.data[1], "o:1,0");
    assert_false(c.correct[1]);
    store_close(s);
}

static void unfinished_attempt_is_found_for_resuming(void **state)
{
    Fixture *f = *state;
    Store *s = open_ok(f);
    int64_t ana = store_profile(s, "Ana"), ben = store_profile(s, "Ben");
    assert_int_equal(store_unfinished_attempt(s, ana, "harbor-vote"), -1);
    int64_t old = store_attempt_begin(s, ana, "harbor-vote", "study", T0);
    int64_t newer = store_attempt_begin(s, ana, "harbor-vote", "study", T0 + 60);
    store_attempt_begin(s, ana, "other-pack", "study", T0 + 120);
    store_close(s);

    s = open_ok(f);
    assert_true(old > 0);
    assert_int_equal(store_unfinished_attempt(s, ana, "harbor-vote"), newer);
    assert_int_equal(store_unfinished_attempt(s, ben, "harbor-vote"), -1);
    assert_true(store_attempt_finish(s, newer, 1, 2, T0 + 200));
    assert_int_equal(store_unfinished_attempt(s, ana, "harbor-vote"), old);
    store_close(s);
}

static void best_score_is_the_best_finished_fraction(void **state)
{
    Store *s = open_ok(*state);
    int64_t p = store_profile(s, "Ana");
    assert_near(store_best_score(s, p, "harbor-vote"), -1.0);
    int64_t a = store_attempt_begin(s, p, "harbor-vote", "study", T0);
    assert_true(store_attempt_finish(s, a, 1.5, 2, T0 + 10));
    int64_t b = store_attempt_begin(s, p, "harbor-vote", "retry", T0 + 20);
    assert_true(store_attempt_finish(s, b, 1, 2, T0 + 30));
    store_attempt_begin(s, p, "harbor-vote", "study", T0 + 40); /* unfinished: not counted */
    assert_near(store_best_score(s, p, "harbor-vote"), 0.75);
    assert_near(store_best_score(s, p, "another"), -1.0);
    store_close(s);
}

static void add_answers(Store *s, int64_t attempt, int right, int wrong)
{
    for (int i = 0; i < right + wrong; i++) {
        char id[16];
        snprintf(id, sizeof id, "q%d", i);
        StoredAnswer a = {.question_id = id, .kind = "speaker", .answer = "x", .answer_data = "c:0",
                          .correct = i < right, .points = i < right, .max_points = 1};
        assert_true(store_answer(s, attempt, &a, T0));
    }
}

/* Issue 11.3: a retry of the missed questions (all right: 100%) or a review is no score for the
 * pack; the best stays the best whole attempt, and the retry is told apart. */
static void best_score_counts_whole_pack_attempts_only(void **state)
{
    Store *s = open_ok(*state);
    int64_t p = store_profile(s, "Ana");
    int right, total;
    int64_t a = store_attempt_begin(s, p, "sessions", "study", T0);
    add_answers(s, a, 33, 8);
    assert_true(store_attempt_finish(s, a, 31.33, 41, T0 + 10));
    assert_false(store_last_retry(s, p, "sessions", &right, &total));
    int64_t r = store_attempt_begin(s, p, "sessions", "retry", T0 + 20);
    add_answers(s, r, 8, 0);
    assert_true(store_attempt_finish(s, r, 12, 12, T0 + 30));
    int64_t v = store_attempt_begin(s, p, "sessions", "review", T0 + 40);
    assert_true(store_attempt_finish(s, v, 3, 3, T0 + 50));
    assert_near(store_best_score(s, p, "sessions"), 31.33 / 41);
    assert_true(store_last_retry(s, p, "sessions", &right, &total));
    assert_int_equal(right, 8);
    assert_int_equal(total, 8);
    int64_t t = store_attempt_begin(s, p, "sessions", "text", T0 + 60); /* terminal: whole pack */
    assert_true(store_attempt_finish(s, t, 40, 41, T0 + 70));
    assert_near(store_best_score(s, p, "sessions"), 40.0 / 41);
    assert_false(store_last_retry(s, p, "sessions", &right, &total)); /* older than that */
    store_close(s);
}

static void finished_or_unknown_attempts_take_no_answers(void **state)
{
    Store *s = open_ok(*state);
    int64_t p = store_profile(s, "Ana");
    int64_t at = store_attempt_begin(s, p, "harbor-vote", "text", T0);
    assert_true(store_attempt_finish(s, at, 0, 2, T0 + 1));
    assert_false(store_attempt_finish(s, at, 2, 2, T0 + 2)); /* only once */
    StoredAnswer a = answer("who-more-time", "c:1", true, 1);
    assert_false(store_answer(s, at, &a, T0 + 3));
    assert_non_null(strstr(store_error(s), "already finished"));
    assert_false(store_answer(s, at + 100, &a, T0 + 3));
    store_close(s);
}

static void attempts_need_a_real_profile_and_mode(void **state)
{
    Store *s = open_ok(*state);
    int64_t p = store_profile(s, "Ana");
    assert_int_equal(store_attempt_begin(s, p + 50, "harbor-vote", "study", T0), -1);
    assert_int_equal(store_attempt_begin(s, p, "harbor-vote", "cheat", T0), -1);
    assert_true(strlen(store_error(s)) > 0);
    assert_true(store_attempt_begin(s, p, "harbor-vote", "present", T0) > 0);
    store_close(s);
}

/* ---- spaced repetition ------------------------------------------------------------------- */

static void assert_box(Store *s, int64_t p, const char *q, int box, int64_t due)
{
    int b = 0;
    int64_t d = 0;
    assert_true(store_review_state(s, p, "harbor-vote", q, &b, &d));
    assert_int_equal(b, box);
    assert_int_equal(d, due);
}

static void right_answers_climb_the_boxes_with_doubling_waits(void **state)
{
    Store *s = open_ok(*state);
    int64_t p = store_profile(s, "Ana");
    assert_false(store_review_state(s, p, "harbor-vote", "q", NULL, NULL));
    static const int days[] = {1, 2, 4, 8, 16, 16};
    int64_t now = T0;
    for (int i = 0; i < 6; i++) {
        assert_true(store_review_record(s, p, "harbor-vote", "q", true, now));
        assert_box(s, p, "q", i < 5 ? i + 1 : 5, now + (int64_t)days[i] * DAY);
        now += (int64_t)days[i] * DAY;
    }
    store_close(s);
}

static void a_miss_goes_back_to_box_one_within_the_sitting(void **state)
{
    Store *s = open_ok(*state);
    int64_t p = store_profile(s, "Ana");
    for (int i = 0; i < 3; i++) store_review_record(s, p, "harbor-vote", "q", true, T0);
    assert_box(s, p, "q", 3, T0 + 4 * DAY);
    assert_true(store_review_record(s, p, "harbor-vote", "q", false, T0 + DAY));
    assert_box(s, p, "q", 1, T0 + DAY + STORE_MISS_DELAY);
    assert_int_equal(STORE_MISS_DELAY, 600);
    store_close(s);
}

static void due_questions_come_most_overdue_first(void **state)
{
    Fixture *f = *state;
    Store *s = open_ok(f);
    int64_t p = store_profile(s, "Ana"), ben = store_profile(s, "Ben");
    store_review_record(s, p, "harbor-vote", "right-long-ago", true, T0 - 10 * DAY); /* due -9d */
    store_review_record(s, p, "harbor-vote", "missed", false, T0);                  /* +10 min */
    store_review_record(s, p, "harbor-vote", "right-today", true, T0);              /* +1d */
    store_review_record(s, p, "other-pack", "missed", false, T0);
    store_review_record(s, ben, "harbor-vote", "ben-missed", false, T0);
    store_close(s);

    s = open_ok(f);
    char **ids = NULL;
    size_t n = store_review_due(s, p, "harbor-vote", T0, &ids);
    assert_int_equal(n, 1);
    assert_string_equal(ids[0], "right-long-ago");
    store_free_names(ids, n);
    n = store_review_due(s, p, "harbor-vote", T0 + STORE_MISS_DELAY, &ids);
    assert_int_equal(n, 2);
    assert_string_equal(ids[0], "right-long-ago");
    assert_string_equal(ids[1], "missed");
    store_free_names(ids, n);
    n = store_review_due(s, p, "harbor-vote", T0 + 2 * DAY, &ids);
    assert_int_equal(n, 3);
    assert_string_equal(ids[2], "right-today");
    store_free_names(ids, n);
    store_close(s);
}

/* ---- results ----------------------------------------------------------------------------- */

typedef struct Rows {
    int n;
    char line[8][160];
} Rows;

static void attempt_line(const StoredAttempt *a, void *ctx)
{
    Rows *r = ctx;
    if (r->n < 8)
        snprintf(r->line[r->n++], sizeof r->line[0], "%s %s %s %lld %lld %.1f/%.1f", a->profile,
                 a->pack_id, a->mode, (long long)(a->started - T0),
                 (long long)(a->finished ? a->finished - T0 : -1), a->score, a->max_score);
}

static void answer_line(const StoredAnswerRow *row, void *ctx)
{
    Rows *r = ctx;
    if (r->n < 8)
        snprintf(r->line[r->n++], sizeof r->line[0], "%s %s %s %s %s %d %lld", row->profile,
                 row->pack_id, row->mode, row->answer.question_id, row->answer.answer,
                 row->answer.correct, (long long)(row->answered - T0));
}

static void results_list_attempts_and_answers_with_their_student(void **state)
{
    Store *s = open_ok(*state);
    int64_t ana = store_profile(s, "Ana"), ben = store_profile(s, "Ben");
    int64_t a1 = store_attempt_begin(s, ana, "harbor-vote", "study", T0);
    int64_t b1 = store_attempt_begin(s, ben, "harbor-vote", "text", T0 + 5);
    store_attempt_begin(s, ana, "other-pack", "review", T0 + 9);
    StoredAnswer x = answer("who-more-time", "c:1", true, 1);
    store_answer(s, a1, &x, T0 + 1);
    StoredAnswer y = answer("order", "o:1,0", false, 0);
    y.answer = "vote > delay";
    store_answer(s, b1, &y, T0 + 7);
    store_attempt_finish(s, a1, 1, 2, T0 + 3);

    Rows r = {0};
    assert_true(store_each_attempt(s, NULL, NULL, attempt_line, &r));
    assert_int_equal(r.n, 3);
    assert_string_equal(r.line[0], "Ana harbor-vote study 0 3 1.0/2.0");
    assert_string_equal(r.line[1], "Ben harbor-vote text 5 -1 0.0/0.0");
    assert_string_equal(r.line[2], "Ana other-pack review 9 -1 0.0/0.0");
    memset(&r, 0, sizeof r);
    assert_true(store_each_attempt(s, "ana", "harbor-vote", attempt_line, &r));
    assert_int_equal(r.n, 1);

    memset(&r, 0, sizeof r);
    assert_true(store_each_answer(s, NULL, "harbor-vote", answer_line, &r));
    assert_int_equal(r.n, 2);
    assert_string_equal(r.line[0], "Ana harbor-vote study who-more-time B. Dana Obi 1 1");
    assert_string_equal(r.line[1], "Ben harbor-vote text order vote > delay 0 7");
    memset(&r, 0, sizeof r);
    assert_true(store_each_answer(s, "Ben", NULL, answer_line, &r));
    assert_int_equal(r.n, 1);
    store_close(s);
}

static void session_of(const StoredAttempt *a, void *ctx)
{
    Rows *r = ctx;
    if (r->n < 8)
        snprintf(r->line[r->n++], sizeof r->line[0], "%s %lld", a->profile,
                 (long long)a->session);
}

static void classroom_attempts_join_one_session(void **state)
{
    Store *s = open_ok(*state);
    int64_t owls = store_profile(s, "Owls"), foxes = store_profile(s, "Foxes");
    int64_t a = store_attempt_begin(s, owls, "harbor-vote", "present", T0);
    int64_t b = store_attempt_begin(s, foxes, "harbor-vote", "present", T0);
    int64_t solo = store_attempt_begin(s, owls, "harbor-vote", "study", T0);
    assert_true(store_attempt_join(s, b, a));
    assert_false(store_attempt_join(s, b, 9999)); /* no such session */
    Rows r = {0};
    assert_true(store_each_attempt(s, NULL, NULL, session_of, &r));
    assert_int_equal(r.n, 3);
    char want[3][64];
    snprintf(want[0], sizeof want[0], "Owls %lld", (long long)a);
    snprintf(want[1], sizeof want[1], "Foxes %lld", (long long)a);
    snprintf(want[2], sizeof want[2], "Owls %lld", (long long)solo);
    for (int i = 0; i < 3; i++) assert_string_equal(r.line[i], want[i]);
    store_close(s);
}

/* ---- the default path -------------------------------------------------------------------- */

static void default_path_follows_xdg_then_home_and_makes_the_folder(void **state)
{
    Fixture *f = *state;
    char *old_xdg = getenv("XDG_DATA_HOME") ? strdup(getenv("XDG_DATA_HOME")) : NULL;
    char *old_home = getenv("HOME") ? strdup(getenv("HOME")) : NULL;
    char path[256], want[256], xdg[128];
    snprintf(xdg, sizeof xdg, "%s/xdg", f->dir);
    setenv("XDG_DATA_HOME", xdg, 1);
    assert_true(store_default_path(path, sizeof path));
    snprintf(want, sizeof want, "%s/xdg/byline/progress.db", f->dir);
    assert_string_equal(path, want);
    snprintf(want, sizeof want, "%s/xdg/byline", f->dir);
    struct stat st;
    assert_int_equal(stat(want, &st), 0);
    assert_true(S_ISDIR(st.st_mode));

    setenv("XDG_DATA_HOME", "relative/ignored", 1);
    setenv("HOME", f->dir, 1);
    assert_true(store_default_path(path, sizeof path));
    snprintf(want, sizeof want, "%s/.local/share/byline/progress.db", f->dir);
    assert_string_equal(path, want);
    assert_false(store_default_path(path, 10)); /* does not fit */

    old_xdg ? setenv("XDG_DATA_HOME", old_xdg, 1) : unsetenv("XDG_DATA_HOME");
    old_home ? setenv("HOME", old_home, 1) : unsetenv("HOME");
    free(old_xdg);
    free(old_home);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(new_store_gets_schema_version_and_wal),
        T(empty_file_becomes_a_new_store),
        T(random_bytes_are_refused_and_left_unchanged),
        T(text_file_is_refused_and_left_unchanged),
        T(another_programs_database_is_refused_and_left_unchanged),
        T(store_from_a_newer_byline_is_refused),
        T(damaged_store_is_refused_and_left_unchanged),
        T(directory_in_the_way_is_refused),
        T(read_only_directory_gives_a_clear_error),
        T(read_only_store_file_gives_a_clear_error),
        T(existing_store_in_a_read_only_directory_gives_a_clear_error),
        T(profile_is_created_once_and_matched_ignoring_case),
        T(profile_names_come_most_recent_first),
        T(bad_profile_names_are_refused_with_a_reason),
        T(answers_survive_closing_and_reopening),
        T(unfinished_attempt_is_found_for_resuming),
        T(best_score_is_the_best_finished_fraction),
        T(best_score_counts_whole_pack_attempts_only),
        T(finished_or_unknown_attempts_take_no_answers),
        T(attempts_need_a_real_profile_and_mode),
        T(right_answers_climb_the_boxes_with_doubling_waits),
        T(a_miss_goes_back_to_box_one_within_the_sitting),
        T(due_questions_come_most_overdue_first),
        T(results_list_attempts_and_answers_with_their_student),
        T(classroom_attempts_join_one_session),
        T(default_path_follows_xdg_then_home_and_makes_the_folder),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
