/* test_live_cite.c — cite questions (issue 9) in a live class (live.h): an answer carries both
 * parts and is graded on both; one without its sentence (the countdown ran out on that step)
 * earns the answer part only; speed points need both parts right; the projector's counts tell
 * right answers, right evidence, guesses and misreadings. The pack is tests/ui/fixtures/cite.json:
 * q0 choice (answer 1, 4 points, evidence sentence 1 of article 0), q5 a choice without a cite
 * part. */
#include "helpers.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "live.h"

#define T0 1000000
#define S 1000

static Pack *pack;

static int setup(void **state)
{
    (void)state;
    pack = tu_load_pack("tests/ui/fixtures/cite.json");
    return pack && pack->questions[0].cite ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    pack_free(pack);
    return 0;
}

static Live *make(bool speed)
{
    char err[128];
    LiveRules rules = live_default_rules(LIVE_TEACHER_PACED);
    rules.speed_points = speed;
    Live *lv = live_create(pack, LIVE_TEACHER_PACED, rules, "K7QX", 42, T0, err, sizeof err);
    assert_non_null(lv);
    return lv;
}

static int join(Live *lv, int n)
{
    char name[16], token[LIVE_TOKEN_CHARS + 1];
    snprintf(name, sizeof name, "S%d", n);
    snprintf(token, sizeof token, "%032x", (unsigned)n + 77);
    int seat = -1;
    assert_int_equal(live_join(lv, "K7QX", name, token, T0, &seat), LIVE_JOIN_OK);
    return seat;
}

/* Choice c, and sentence s of article 0 as the evidence (-1: none picked). The span is left to
 * live_answer, as net_parse_answer's callers may. */
static LiveAnswerResult answer(Live *lv, int seat, int c, int s, int64_t now)
{
    Answer a;
    answer_init(&a, &pack->questions[0], NULL);
    a.choice = c;
    if (s >= 0) {
        a.cite_article = 0;
        a.cite_sentence = s;
    }
    return live_answer(lv, seat, pack->questions[0].id, &a, now);
}

static void both_parts_are_graded_and_counted(void **state)
{
    (void)state;
    Live *lv = make(false);
    int seat[5];
    for (int i = 0; i < 5; i++) seat[i] = join(lv, i);
    assert_true(live_start(lv, T0));
    assert_int_equal(answer(lv, seat[0], 1, 1, T0 + S), LIVE_ANSWER_OK);  /* both right */
    assert_int_equal(answer(lv, seat[1], 1, 0, T0 + S), LIVE_ANSWER_OK);  /* a guess */
    assert_int_equal(answer(lv, seat[2], 0, 1, T0 + S), LIVE_ANSWER_OK);  /* a misreading */
    assert_int_equal(answer(lv, seat[3], 0, 4, T0 + S), LIVE_ANSWER_OK);  /* both wrong */
    assert_int_equal(answer(lv, seat[4], 1, -1, T0 + S), LIVE_ANSWER_OK); /* no sentence in time */
    const double want[5] = {4, 2, 2, 0, 2};
    for (int i = 0; i < 5; i++) {
        const LiveResult *r = live_result(lv, seat[i], 0);
        assert_true(r->answered);
        assert_true(r->grade.cited);
        assert_true(r->grade.points > want[i] - 1e-9 && r->grade.points < want[i] + 1e-9);
    }
    assert_int_equal(live_result(lv, seat[0], 0)->answer.cite_sentence, 1);
    assert_true(live_result(lv, seat[0], 0)->answer.cite_end > 0); /* the span was filled in */
    LiveCiteCounts c = live_cite_counts(lv, 0);
    assert_int_equal(c.answered, 5);
    assert_int_equal(c.right_answer, 3);
    assert_int_equal(c.right_evidence, 2);
    assert_int_equal(c.guessed, 2); /* the pick that never came counts as wrong evidence */
    assert_int_equal(c.misread, 1);
    /* The distribution is the answer part's: choice 1 three times. */
    size_t counts[PACK_MAX_CHOICES];
    assert_int_equal(live_distribution(lv, 0, counts), 3);
    assert_int_equal(counts[1], 3);
    assert_int_equal(counts[0], 2);
    /* A question without a cite part counts nothing here. */
    c = live_cite_counts(lv, 5);
    assert_int_equal(c.answered, 0);
    live_free(lv);
}

static void a_sentence_that_does_not_exist_is_refused(void **state)
{
    (void)state;
    Live *lv = make(false);
    int s = join(lv, 1);
    assert_true(live_start(lv, T0));
    assert_int_equal(answer(lv, s, 1, 99, T0 + S), LIVE_ANSWER_INVALID);
    assert_false(live_result(lv, s, 0)->answered);
    assert_int_equal(answer(lv, s, 1, 1, T0 + S), LIVE_ANSWER_OK);
    live_free(lv);
}

static void speed_points_need_both_parts_right(void **state)
{
    (void)state;
    Live *lv = make(true);
    int a = join(lv, 1), b = join(lv, 2);
    assert_true(live_start(lv, T0));
    assert_int_equal(answer(lv, a, 1, 1, T0 + S), LIVE_ANSWER_OK);
    assert_int_equal(answer(lv, b, 1, 0, T0 + S), LIVE_ANSWER_OK);
    assert_true(live_result(lv, a, 0)->bonus > 0);
    assert_true(live_result(lv, b, 0)->bonus == 0);
    live_free(lv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(both_parts_are_graded_and_counted),
        cmocka_unit_test(a_sentence_that_does_not_exist_is_refused),
        cmocka_unit_test(speed_points_need_both_parts_right),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
