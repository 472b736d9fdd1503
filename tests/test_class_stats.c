/* test_class_stats.c — class results (game/core/class_stats.c) from a temporary store filled with
 * store_* calls for tests/ui/fixtures/all-formats.json: each student's latest answer per question
 * counts (retries and reviews included, ties in time go to the answer saved last), classroom
 * teams, other packs and deleted questions do not; questions come most-missed first with the
 * unanswered ones last; per-kind totals and averages; guesses and misreadings of cite questions
 * (tests/fixtures/good/cite.json). */
#define _POSIX_C_SOURCE 200809L
#include "class_stats.h"
#include "helpers.h"
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>
#include <cmocka.h>
#include "store_files.h"

#define PACK_ID "harbor-all-formats"
enum { Q_WHO, Q_GRANT, Q_CLAIMS, Q_ORDER, Q_MISTAKE, Q_HEARING, Q_VOTE }; /* pack order */

typedef struct Fixture {
    char dir[64], db[128];
    Store *store;
    Pack *pack;
} Fixture;

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/byline-class-XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    snprintf(f->db, sizeof f->db, "%s/progress.db", f->dir);
    char err[300];
    f->store = store_open(f->db, err, sizeof err);
    Diagnostics d;
    diag_init(&d, "all-formats.json");
    f->pack = pack_load_file(tu_source_path("tests/ui/fixtures/all-formats.json"), &d);
    diag_free(&d);
    if (!f->store || !f->pack) return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    store_close(f->store);
    pack_free(f->pack);
    tu_store_remove(f->dir, f->db);
    free(f);
    return 0;
}

static int64_t attempt(Fixture *f, const char *who, const char *pack, const char *mode, int64_t t)
{
    int64_t p = store_profile(f->store, who);
    assert_true(p >= 0);
    int64_t a = store_attempt_begin(f->store, p, pack, mode, t);
    assert_true(a >= 0);
    return a;
}

static void answer(Fixture *f, int64_t at, const char *qid, bool correct, double points,
                   double seconds, int64_t t)
{
    StoredAnswer a = {.question_id = qid, .kind = "claim", .answer = "x", .answer_data = "-",
                      .correct = correct, .points = points, .max_points = 1, .seconds = seconds};
    assert_true(store_answer(f->store, at, &a, t));
}

/* Four students, retries, a review, a tie in time, a team, another pack, a deleted question. */
static void fill(Fixture *f)
{
    int64_t ana = attempt(f, "Ana", PACK_ID, "study", 100);
    answer(f, ana, "who-more-time", true, 1, 10, 100);
    answer(f, ana, "grant-cost", false, 0, 20, 101);
    answer(f, ana, "claims-not-facts", false, 0, 30, 102);
    answer(f, ana, "who-mistake", false, 0, 5, 103);
    answer(f, ana, "old-question", false, 0, 5, 104);       /* no longer in the pack */
    answer(f, ana, "when-hearing", true, 1, 8, 300);
    answer(f, ana, "when-hearing", false, 0, 9, 300);       /* same second, saved later: counts */
    answer(f, ana, "when-vote", true, 1, 4, 301);
    int64_t ana2 = attempt(f, "ana", PACK_ID, "retry", 200); /* the same student (case) */
    answer(f, ana2, "claims-not-facts", true, 2, 12, 200);  /* latest: right */

    int64_t ben = attempt(f, "Ben", PACK_ID, "study", 110);
    answer(f, ben, "who-more-time", true, 1, 6, 110);
    answer(f, ben, "grant-cost", false, 0, 7, 111);
    answer(f, ben, "claims-not-facts", false, 1, 8, 112);   /* partly right */
    answer(f, ben, "who-mistake", false, 0, 9, 113);
    answer(f, ben, "when-hearing", true, 1, 10, 114);
    int64_t ben_review = attempt(f, "Ben", PACK_ID, "review", 50); /* older answer, later attempt */
    answer(f, ben_review, "who-mistake", true, 1, 3, 50);   /* older than Ben's miss: does not count */

    int64_t cy = attempt(f, "Cy", PACK_ID, "text", 120);
    answer(f, cy, "who-more-time", true, 1, 2, 120);
    answer(f, cy, "grant-cost", true, 1, 2, 121);
    answer(f, cy, "claims-not-facts", false, 0, 2, 122);

    int64_t dee = attempt(f, "Dee", PACK_ID, "study", 130);
    answer(f, dee, "who-more-time", false, 0, 40, 130);

    int64_t team = attempt(f, "Team A", PACK_ID, "present", 140); /* a team, not a student */
    answer(f, team, "when-vote", false, 0, 1, 140);
    int64_t other = attempt(f, "Ben", "other-pack", "study", 150);
    answer(f, other, "who-more-time", false, 0, 1, 150);
}

static void assert_question(const ClassStats *cs, size_t pos, int question, int students, int right)
{
    const ClassQuestion *q = &cs->questions[pos];
    if (q->question != question)
        fail_msg("position %zu: question %d, expected %d", pos, q->question, question);
    assert_int_equal(q->students, students);
    assert_int_equal(q->right, right);
    if (students) assert_true(fabs(q->rate - (double)right / students) < 1e-9);
    else assert_true(q->rate < 0);
}

static void latest_answers_count_most_missed_first(void **state)
{
    Fixture *f = *state;
    fill(f);
    ClassStats cs;
    char err[300] = "";
    assert_true(class_stats_build(f->store, f->pack, &cs, err, sizeof err));
    assert_int_equal(cs.n_questions, 7);
    assert_question(&cs, 0, Q_MISTAKE, 2, 0);   /* 0 % */
    assert_question(&cs, 1, Q_GRANT, 3, 1);     /* 33 %, before CLAIMS by pack order */
    assert_question(&cs, 2, Q_CLAIMS, 3, 1);    /* Ana's retry counts as right */
    assert_question(&cs, 3, Q_HEARING, 2, 1);   /* Ana's later-saved miss counts */
    assert_question(&cs, 4, Q_WHO, 4, 3);
    assert_question(&cs, 5, Q_VOTE, 1, 1);      /* the team's miss is not counted */
    assert_question(&cs, 6, Q_ORDER, 0, 0);     /* nobody answered: last */
    assert_int_equal(cs.students, 4);
    assert_int_equal(cs.answers, 15);
    assert_int_equal(cs.ignored, 1);
    const ClassQuestion *claims = &cs.questions[2];
    assert_true(fabs(claims->avg_points - 1.0) < 1e-9);        /* (2 + 1 + 0) / 3 */
    assert_true(fabs(claims->avg_seconds - 22.0 / 3) < 1e-9);   /* 12 + 8 + 2 */
    assert_true(fabs(claims->max_points - 2.0) < 1e-9);
    class_stats_free(&cs);
}

static void kinds_add_up_the_counted_answers(void **state)
{
    Fixture *f = *state;
    fill(f);
    ClassStats cs;
    char err[300] = "";
    assert_true(class_stats_build(f->store, f->pack, &cs, err, sizeof err));
    const ClassKind *sp = &cs.kinds[KIND_SPEAKER], *cl = &cs.kinds[KIND_CLAIM], *tl = &cs.kinds[KIND_TIMELINE];
    assert_int_equal(sp->questions, 2);
    assert_int_equal(sp->answers, 6);
    assert_int_equal(sp->right, 3);
    assert_true(fabs(sp->rate - 0.5) < 1e-9);
    assert_int_equal(cl->questions, 2);
    assert_int_equal(cl->answers, 6);
    assert_int_equal(cl->right, 2);
    assert_true(fabs(cl->points - 4.0) < 1e-9);        /* grant 0 + 0 + 1, claims 2 + 1 + 0 */
    assert_true(fabs(cl->max_points - 9.0) < 1e-9);    /* 3 × 1 + 3 × 2 */
    assert_int_equal(tl->questions, 3);
    assert_int_equal(tl->answers, 3);
    assert_int_equal(tl->right, 2);
    class_stats_free(&cs);
}

static void an_empty_store_lists_every_question_unanswered_in_pack_order(void **state)
{
    Fixture *f = *state;
    ClassStats cs;
    char err[300] = "";
    assert_true(class_stats_build(f->store, f->pack, &cs, err, sizeof err));
    assert_int_equal(cs.n_questions, 7);
    for (size_t i = 0; i < 7; i++) assert_question(&cs, i, (int)i, 0, 0);
    assert_int_equal(cs.students, 0);
    for (int k = 0; k < KIND_COUNT; k++) assert_true(cs.kinds[k].rate < 0);
    class_stats_free(&cs);
    class_stats_free(&cs); /* freeing twice is harmless */
}

static void cite_answer(Fixture *f, int64_t at, const char *qid, const char *code, int64_t t)
{
    StoredAnswer a = {.question_id = qid, .kind = "speaker", .answer = "x", .answer_data = code,
                      .correct = false, .points = 0, .max_points = 1, .seconds = 1};
    assert_true(store_answer(f->store, at, &a, t));
}

static const ClassQuestion *stats_of(const ClassStats *cs, const Pack *p, const char *qid)
{
    for (size_t i = 0; i < cs->n_questions; i++)
        if (strcmp(p->questions[cs->questions[i].question].id, qid) == 0) return &cs->questions[i];
    fail_msg("no question %s", qid);
    return NULL;
}

/* cite.json (sentence 1 is the quote of who-half-asleep; sentence 0 is another): the stored codes
 * are graded again, and guesses and misreadings counted per question, per student and in all;
 * skips, questions without a cite part and damaged codes are not cited. */
static void guesses_and_misreadings_are_counted_per_question_and_student(void **state)
{
    Fixture *f = *state;
    Pack *p = tu_load_pack("tests/fixtures/good/cite.json");
    assert_non_null(p);
    const char *id = p->id;
    int64_t ana = attempt(f, "Ana", id, "study", 100);
    cite_answer(f, ana, "who-half-asleep", "s:0:1|c:1", 100);    /* both right */
    cite_answer(f, ana, "reyes-concerns", "s:0:0|m:0,1", 101);   /* a guess */
    int64_t ben = attempt(f, "Ben", id, "live", 110);
    cite_answer(f, ben, "who-half-asleep", "s:0:1|c:0", 110);    /* a misreading */
    cite_answer(f, ben, "vote-unanimous", "-", 111);             /* a skip */
    int64_t cy = attempt(f, "Cy", id, "text", 120);
    cite_answer(f, cy, "who-half-asleep", "s:0:0|c:1", 120);     /* a guess */
    cite_answer(f, cy, "reyes-role", "c:1", 121);                /* no cite part */
    int64_t dee = attempt(f, "Dee", id, "study", 130);
    cite_answer(f, dee, "who-half-asleep", "s:0:1|c:9", 130);    /* damaged */
    ClassStats cs;
    char err[200];
    assert_true(class_stats_build(f->store, p, &cs, err, sizeof err));
    const ClassQuestion *who = stats_of(&cs, p, "who-half-asleep");
    assert_int_equal(who->students, 4);
    assert_int_equal(who->cited, 3);
    assert_int_equal(who->guesses, 1);
    assert_int_equal(who->misreads, 1);
    const ClassQuestion *concerns = stats_of(&cs, p, "reyes-concerns");
    assert_int_equal(concerns->cited, 1);
    assert_int_equal(concerns->guesses, 1);
    assert_int_equal(stats_of(&cs, p, "vote-unanimous")->cited, 0);
    assert_int_equal(stats_of(&cs, p, "reyes-role")->cited, 0);
    assert_int_equal(cs.n_by_student, 4);
    static const char *const names[] = {"Ana", "Ben", "Cy", "Dee"};
    static const int cited[] = {2, 1, 1, 0}, guesses[] = {1, 0, 1, 0}, misreads[] = {0, 1, 0, 0};
    static const int answers[] = {2, 2, 2, 1};
    for (size_t i = 0; i < 4; i++) {
        const ClassStudent *st = &cs.by_student[i];
        assert_string_equal(st->name, names[i]);
        assert_int_equal(st->answers, answers[i]);
        assert_int_equal(st->cited, cited[i]);
        assert_int_equal(st->guesses, guesses[i]);
        assert_int_equal(st->misreads, misreads[i]);
    }
    assert_int_equal(cs.cited, 4);
    assert_int_equal(cs.guesses, 2);
    assert_int_equal(cs.misreads, 1);
    class_stats_free(&cs);
    pack_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(latest_answers_count_most_missed_first, setup, teardown),
        cmocka_unit_test_setup_teardown(
            guesses_and_misreadings_are_counted_per_question_and_student, setup, teardown),
        cmocka_unit_test_setup_teardown(kinds_add_up_the_counted_answers, setup, teardown),
        cmocka_unit_test_setup_teardown(an_empty_store_lists_every_question_unanswered_in_pack_order,
                                        setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
