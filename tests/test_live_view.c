/* test_live_view.c — what the projector and each student see of a live class (live.h): answer
 * counts and distribution, ranking with ties and removed seats, student-paced progress and what
 * it reveals, order arrangements, the journal that live_store_sync saves, restoring. Same pack as
 * test_live.c (every-format.json: q0 choice answer 1 worth 2, q1 multi {0,1}, q2 true/false
 * false, q3 text "5%" worth 3, q5 order). */
#include "helpers.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "live.h"
#include "live_fixture.h"

static Live *make(LivePacing pacing)
{
    return live_fixture_class(pacing, live_default_rules(pacing), 7);
}

static int join(Live *lv, const char *name)
{
    static int n;
    char token[LIVE_TOKEN_CHARS + 1];
    snprintf(token, sizeof token, "%032x", (unsigned)++n);
    int seat = -1;
    assert_int_equal(live_join(lv, "K7QX", name, token, T0, &seat), LIVE_JOIN_OK);
    return seat;
}

static LiveAnswerResult give(Live *lv, int seat, size_t q, void (*fill)(Answer *), int64_t now)
{
    Answer a;
    answer_init(&a, &pack->questions[q], NULL);
    fill(&a);
    return live_answer(lv, seat, pack->questions[q].id, &a, now);
}

static void pick0(Answer *a) { a->choice = 0; }
static void pick1(Answer *a) { a->choice = 1; }
static void pick2(Answer *a) { a->choice = 2; }
static void multi01(Answer *a) { a->picked = 3; }
static void multi0(Answer *a) { a->picked = 1; }
static void multi23(Answer *a) { a->picked = 12; }
static void say_false(Answer *a) { a->truth = 0; }
static void say_true(Answer *a) { a->truth = 1; }

static void distribution_counts_each_choice_of_present_seats(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    int a = join(lv, "A"), b = join(lv, "B"), c = join(lv, "C"), d = join(lv, "D");
    join(lv, "E");
    live_start(lv, T0);
    give(lv, a, 0, pick1, T0 + S);
    give(lv, b, 0, pick1, T0 + S);
    give(lv, c, 0, pick0, T0 + S);
    give(lv, d, 0, pick2, T0 + S);
    live_remove(lv, d);
    assert_int_equal(live_answered_count(lv, 0), 3);
    assert_int_equal(live_answered_count(lv, 1), 0);
    size_t counts[PACK_MAX_CHOICES];
    assert_int_equal(live_distribution(lv, 0, counts), 3);
    assert_int_equal(counts[0], 1);
    assert_int_equal(counts[1], 2);
    assert_int_equal(counts[2], 0);
    live_reveal(lv, T0 + 2 * S);
    live_next(lv, T0 + 3 * S);
    give(lv, a, 1, multi01, T0 + 4 * S);
    give(lv, b, 1, multi0, T0 + 4 * S);
    give(lv, c, 1, multi23, T0 + 4 * S);
    assert_int_equal(live_distribution(lv, 1, counts), 4);
    assert_int_equal(counts[0], 2);
    assert_int_equal(counts[1], 1);
    assert_int_equal(counts[2], 1);
    assert_int_equal(counts[3], 1);
    live_reveal(lv, T0 + 5 * S);
    live_next(lv, T0 + 6 * S);
    give(lv, a, 2, say_false, T0 + 7 * S);
    give(lv, b, 2, say_true, T0 + 7 * S);
    give(lv, c, 2, say_false, T0 + 7 * S);
    assert_int_equal(live_distribution(lv, 2, counts), 2);
    assert_int_equal(counts[0], 1); /* true */
    assert_int_equal(counts[1], 2); /* false */
    live_free(lv);
}

static void distribution_of_text_questions_is_right_partly_wrong(void **state)
{
    (void)state;
    Live *lv = make(LIVE_STUDENT_PACED);
    int a = join(lv, "A"), b = join(lv, "B");
    live_start(lv, T0);
    for (int i = 0; i < 3; i++) {
        live_student_next(lv, a, T0);
        live_student_next(lv, b, T0);
    }
    Answer x;
    answer_init(&x, &pack->questions[3], NULL);
    snprintf(x.text, sizeof x.text, "five percent");
    assert_int_equal(live_answer(lv, a, "share", &x, T0 + S), LIVE_ANSWER_OK);
    snprintf(x.text, sizeof x.text, "ten percent");
    assert_int_equal(live_answer(lv, b, "share", &x, T0 + S), LIVE_ANSWER_OK);
    size_t counts[PACK_MAX_CHOICES];
    assert_int_equal(live_distribution(lv, 3, counts), 3);
    assert_int_equal(counts[0], 1);
    assert_int_equal(counts[1], 0);
    assert_int_equal(counts[2], 1);
    live_free(lv);
}

static void ranking_orders_by_score_ties_by_joining_and_skips_removed(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    int a = join(lv, "A"), b = join(lv, "B"), c = join(lv, "C"), d = join(lv, "D");
    int e = join(lv, "E");
    live_start(lv, T0);
    /* Everyone answers at the same moment: equal speed points for equal answers. */
    give(lv, b, 0, pick1, T0 + 10 * S);
    give(lv, d, 0, pick1, T0 + 10 * S);
    give(lv, e, 0, pick1, T0 + 5 * S); /* fastest: most points, then removed */
    give(lv, c, 0, pick0, T0 + 10 * S);
    live_reveal(lv, T0 + 20 * S);
    live_remove(lv, e);
    int seats[LIVE_TOP_N];
    assert_int_equal(live_ranking(lv, seats, LIVE_TOP_N), 4);
    assert_int_equal(seats[0], b);
    assert_int_equal(seats[1], d);
    assert_int_equal(seats[2], a); /* 0 points, joined before c */
    assert_int_equal(seats[3], c);
    assert_int_equal(live_rank(lv, b), 1);
    assert_int_equal(live_rank(lv, d), 1);
    assert_int_equal(live_rank(lv, a), 3);
    assert_int_equal(live_rank(lv, c), 3);
    assert_int_equal(live_rank(lv, e), 0);
    /* A short list keeps the top. */
    assert_int_equal(live_ranking(lv, seats, 1), 1);
    assert_int_equal(seats[0], b);
    live_free(lv);
}

static void student_paced_answers_are_shown_at_once_and_next_moves_on(void **state)
{
    (void)state;
    Live *lv = make(LIVE_STUDENT_PACED);
    int a = join(lv, "A"), b = join(lv, "B");
    assert_int_equal(live_student_question(lv, a), -1);
    assert_true(live_start(lv, T0));
    assert_int_equal(live_phase(lv), LIVE_RUNNING);
    assert_int_equal(live_student_time_left_ms(lv, a, T0), -1);
    for (size_t q = 0; q < live_question_count(lv); q++) {
        assert_false(live_revealed_to(lv, a, q));
        assert_false(live_revealed_to(lv, b, q));
    }
    assert_int_equal(live_student_question(lv, a), 0);
    assert_int_equal(give(lv, a, 0, pick1, T0 + 3 * S), LIVE_ANSWER_OK);
    assert_true(live_revealed_to(lv, a, 0));
    assert_false(live_revealed_to(lv, b, 0)); /* b has not answered it */
    assert_false(live_revealed_to(lv, a, 1));
    assert_int_equal(give(lv, a, 1, multi01, T0 + 3 * S), LIVE_ANSWER_STALE);
    assert_int_equal(give(lv, a, 0, pick1, T0 + 4 * S), LIVE_ANSWER_ALREADY);
    assert_float_equal(live_seat_score(lv, a), 2, 1e-9); /* no speed points by default */
    assert_float_equal(live_result(lv, a, 0)->seconds, 3, 1e-9);
    /* b skips q0: it is then shown to b, and scores nothing. */
    assert_true(live_student_next(lv, b, T0 + 5 * S));
    assert_true(live_revealed_to(lv, b, 0));
    assert_int_equal(live_student_question(lv, b), 1);
    assert_true(live_reached(lv, b, 1));
    assert_false(live_reached(lv, b, 2));
    LiveTotals t = live_seat_totals(lv, b);
    assert_true(t.max_score == 2 && t.score == 0 && t.answered == 0 && t.total == 1);
    /* To the end: next returns false and the student has finished. */
    while (live_student_next(lv, a, T0 + 6 * S)) {}
    assert_int_equal(live_student_question(lv, a), -1);
    assert_int_equal(give(lv, a, 7, pick0, T0 + 7 * S), LIVE_ANSWER_NOT_NOW);
    for (size_t q = 0; q < live_question_count(lv); q++) assert_true(live_revealed_to(lv, a, q));
    assert_false(live_student_next(lv, a, T0 + 7 * S));
    live_free(lv);
}

static void finished_reveals_everything_and_counts_every_question_student_paced(void **state)
{
    (void)state;
    Live *lv = make(LIVE_STUDENT_PACED);
    int a = join(lv, "A");
    live_start(lv, T0);
    give(lv, a, 0, pick1, T0 + S);
    live_end(lv, T0 + 2 * S);
    assert_int_equal(live_phase(lv), LIVE_FINISHED);
    for (size_t q = 0; q < live_question_count(lv); q++) assert_true(live_revealed_to(lv, a, q));
    LiveTotals t = live_seat_totals(lv, a);
    assert_int_equal(t.total, (int)live_question_count(lv));
    assert_true(t.score == 2);
    live_free(lv);
}

static void ending_mid_question_reveals_it_so_its_answers_count(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    int a = join(lv, "A");
    live_start(lv, T0);
    give(lv, a, 0, pick1, T0 + 30 * S - 1);
    live_end(lv, T0 + 40 * S);
    assert_true(live_seat_totals(lv, a).max_score == 2);
    assert_true(live_seat_score(lv, a) > 2); /* with speed points */
    live_free(lv);
}

static void order_arrangements_are_never_the_answer_and_differ_by_seat(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    const Question *q = &pack->questions[5];
    assert_int_equal(q->format, FORMAT_ORDER);
    bool differ = false;
    int first[PACK_MAX_ORDER_EVENTS];
    for (int i = 0; i < 20; i++) {
        char name[8];
        snprintf(name, sizeof name, "S%d", i);
        int seat = join(lv, name);
        int out[PACK_MAX_ORDER_EVENTS];
        assert_int_equal(live_arrangement(lv, seat, 5, out), q->n_order);
        assert_memory_not_equal(out, q->order, q->n_order * sizeof *out);
        if (i == 0) memcpy(first, out, sizeof out);
        else differ |= memcmp(first, out, q->n_order * sizeof *out) != 0;
        int again[PACK_MAX_ORDER_EVENTS];
        live_arrangement(lv, seat, 5, again);
        assert_memory_equal(out, again, q->n_order * sizeof *out);
    }
    assert_true(differ);
    assert_int_equal(live_arrangement(lv, 0, 0, first), 0); /* not an order question */
    live_free(lv);
}

static void the_journal_records_roster_position_and_each_answer(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    const LiveJournal *j = live_journal(lv);
    assert_false(j->roster || j->position || j->n_answers);
    int a = join(lv, "A"), b = join(lv, "B");
    assert_true(j->roster);
    assert_false(j->position);
    live_journal_clear(lv);
    live_start(lv, T0);
    assert_true(j->position);
    assert_false(j->roster);
    live_journal_clear(lv);
    give(lv, b, 0, pick1, T0 + S);
    give(lv, a, 0, pick0, T0 + S);
    give(lv, a, 0, pick1, T0 + S); /* refused: not journaled */
    assert_int_equal(j->n_answers, 2);
    assert_int_equal(j->answers[0].seat, b);
    assert_int_equal(j->answers[1].seat, a);
    assert_int_equal(j->answers[1].question, 0);
    assert_false(j->overflow);
    live_journal_clear(lv);
    live_set_extra_time(lv, a, 150);
    assert_true(j->roster);
    live_journal_clear(lv);
    live_set_locked(lv, true);
    assert_true(j->roster);
    live_journal_clear(lv);
    live_set_connected(lv, a, true); /* not saved */
    assert_false(j->roster || j->position || j->n_answers);
    live_free(lv);
}

static void a_journal_full_of_answers_says_overflow(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    int seats[70];
    for (int i = 0; i < 70; i++) {
        char name[8];
        snprintf(name, sizeof name, "S%d", i);
        seats[i] = join(lv, name);
    }
    live_start(lv, T0);
    for (int i = 0; i < 70; i++) assert_int_equal(give(lv, seats[i], 0, pick1, T0 + S), LIVE_ANSWER_OK);
    assert_int_equal(live_journal(lv)->n_answers, 64);
    assert_true(live_journal(lv)->overflow);
    live_free(lv);
}

/* What the store hands back may be damaged: restoring refuses it instead of trusting it. */
static void restoring_refuses_damaged_values(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    const char *tok = "0123456789abcdef0123456789abcdef";
    assert_int_equal(live_restore_seat(lv, "", tok, false, 100, T0), -1);
    assert_int_equal(live_restore_seat(lv, "Ana", "XYZ", false, 100, T0), -1);
    assert_int_equal(live_restore_seat(lv, "Ana", tok, false, 120, T0), -1);
    int ana = live_restore_seat(lv, "Ana", tok, false, 150, T0);
    assert_int_equal(ana, 0);
    assert_int_equal(live_restore_seat(lv, "Bo", tok, false, 100, T0), -1); /* token in use */
    assert_int_equal(live_restore_seat(lv, "ana", "0123456789abcdef0123456789abcde0", true, 100, T0), 1);
    assert_false(live_restore_seat_first(lv, ana, 99));
    assert_false(live_restore_student_position(lv, ana, 99));
    assert_false(live_restore_position(lv, LIVE_ASKING, 99, 0, T0));
    assert_false(live_restore_position(lv, LIVE_RUNNING, 0, 0, T0));
    Answer a;
    answer_init(&a, &pack->questions[0], NULL);
    a.choice = 7;
    assert_false(live_restore_answer(lv, ana, 0, &a, 0, 1));
    a.choice = 1;
    assert_false(live_restore_answer(lv, ana, 1, &a, 0, 1)); /* another question's format */
    assert_false(live_restore_answer(lv, 5, 0, &a, 0, 1));
    assert_true(live_restore_answer(lv, ana, 0, &a, 0.25, 1));
    assert_false(live_restore_answer(lv, ana, 0, &a, 0.25, 1)); /* once */
    assert_true(live_restore_position(lv, LIVE_REVEALED, 0, 0, T0));
    assert_float_equal(live_seat_score(lv, ana), 2.25, 1e-9);
    live_free(lv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(distribution_counts_each_choice_of_present_seats),
        cmocka_unit_test(distribution_of_text_questions_is_right_partly_wrong),
        cmocka_unit_test(ranking_orders_by_score_ties_by_joining_and_skips_removed),
        cmocka_unit_test(student_paced_answers_are_shown_at_once_and_next_moves_on),
        cmocka_unit_test(finished_reveals_everything_and_counts_every_question_student_paced),
        cmocka_unit_test(ending_mid_question_reveals_it_so_its_answers_count),
        cmocka_unit_test(order_arrangements_are_never_the_answer_and_differ_by_seat),
        cmocka_unit_test(the_journal_records_roster_position_and_each_answer),
        cmocka_unit_test(a_journal_full_of_answers_says_overflow),
        cmocka_unit_test(restoring_refuses_damaged_values),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
