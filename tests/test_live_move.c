/* test_live_move.c — a seat moving to another device with the teacher's yes (live.h, live_move.c):
 * who may ask, what the teacher's admit and deny do, expiry on the injected clock, replaced
 * requests, the table's limit, and that the seat keeps its score, answers, position and extra
 * time while the old token stops working. Pack: tests/fixtures/good/every-format.json (q0 choice
 * "who-more-time", answer 1, 2 points). */
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
    return live_fixture_class(pacing, live_default_rules(pacing), 42);
}

/* A distinct well-formed token per number (kept in a ring of 8). */
static const char *tok(int n)
{
    static char buf[8][LIVE_TOKEN_CHARS + 1];
    static int next;
    char *t = buf[next++ % 8];
    snprintf(t, sizeof buf[0], "%032x", (unsigned)n + 1);
    return t;
}

static int join(Live *lv, const char *name, int n)
{
    int seat = -1;
    assert_int_equal(live_join(lv, "K7QX", name, tok(n), T0, &seat), LIVE_JOIN_OK);
    return seat;
}

static LiveAnswerResult answer_q0(Live *lv, int seat, int c, int64_t now)
{
    Answer a;
    answer_init(&a, &pack->questions[0], NULL);
    a.choice = c;
    return live_answer(lv, seat, "who-more-time", &a, now);
}

static void only_a_seated_name_may_ask_and_checks_come_in_order(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    join(lv, "Ana", 1);
    assert_int_equal(live_move_ask(lv, "ZZZZ", "Ana", tok(50), T0), LIVE_JOIN_BAD_ROOM);
    assert_int_equal(live_move_ask(lv, "K7QX", " ", tok(50), T0), LIVE_JOIN_BAD_NAME);
    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", "nothex", T0), LIVE_JOIN_BAD_TOKEN);
    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", tok(1), T0), LIVE_JOIN_BAD_TOKEN); /* Ana's own */
    assert_int_equal(live_move_ask(lv, "K7QX", "Bea", tok(50), T0), LIVE_JOIN_NO_SEAT);
    assert_int_equal(live_move_state(lv, tok(50), T0), LIVE_MOVE_UNKNOWN);
    /* a locked room still takes a request (the student is not new); case is ignored as in joins */
    live_set_locked(lv, true);
    assert_int_equal(live_move_ask(lv, "k7qx", "  aNA ", tok(50), T0), LIVE_JOIN_OK);
    assert_int_equal(live_move_state(lv, tok(50), T0), LIVE_MOVE_WAITING);
    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", tok(50), T0), LIVE_JOIN_BAD_TOKEN); /* reused */
    assert_int_equal(live_move_asked_total(lv), 1);
    assert_string_not_equal(live_join_message(LIVE_JOIN_NO_SEAT), live_join_message(LIVE_JOIN_BUSY));
    live_end(lv, T0);
    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", tok(51), T0), LIVE_JOIN_FINISHED);
    live_free(lv);
}

static void admit_moves_the_seat_with_its_answers_and_retires_the_old_token(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    int ana = join(lv, "Ana", 1);
    int bo = join(lv, "Bo", 2);
    assert_true(live_set_extra_time(lv, ana, 150));
    assert_true(live_start(lv, T0));
    assert_int_equal(answer_q0(lv, ana, 1, T0 + 2 * S), LIVE_ANSWER_OK);
    assert_true(live_reveal(lv, T0 + 3 * S));
    double score = live_seat_score(lv, ana);
    assert_true(score >= 2.0);
    live_journal_clear(lv);

    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", tok(60), T0 + 4 * S), LIVE_JOIN_OK);
    int waiting[4];
    assert_int_equal(live_move_waiting(lv, T0 + 4 * S, waiting, 4), 1);
    assert_int_equal(waiting[0], ana);
    /* asking changes nothing: the old token still works, the ticket does not yet */
    assert_int_equal(live_seat_by_token(lv, tok(1)), ana);
    assert_int_equal(live_seat_by_token(lv, tok(60)), -1);
    assert_false(live_journal(lv)->roster);

    assert_false(live_move_admit(lv, bo, T0 + 5 * S)); /* Bo asked nothing */
    assert_true(live_move_admit(lv, ana, T0 + 5 * S));
    assert_int_equal(live_move_state(lv, tok(60), T0 + 5 * S), LIVE_MOVE_ADMITTED);
    assert_int_equal(live_seat_by_token(lv, tok(60)), ana);
    assert_int_equal(live_seat_by_token(lv, tok(1)), -1);
    assert_string_equal(live_seat_token(lv, ana), tok(60));
    assert_true(live_journal(lv)->roster); /* the new token is saved */
    /* the same seat: score, answer, extra time, name */
    assert_true(live_seat_score(lv, ana) == score);
    assert_true(live_result(lv, ana, 0)->answered);
    assert_int_equal(live_result(lv, ana, 0)->answer.choice, 1);
    assert_int_equal(live_seat(lv, ana)->extra_percent, 150);
    assert_string_equal(live_seat(lv, ana)->name, "Ana");
    assert_int_equal(live_seat_count(lv), 2);
    assert_int_equal(live_move_waiting(lv, T0 + 5 * S, waiting, 4), 0);
    assert_false(live_move_admit(lv, ana, T0 + 6 * S)); /* answered once */
    live_free(lv);
}

static void student_paced_position_comes_along(void **state)
{
    (void)state;
    Live *lv = make(LIVE_STUDENT_PACED);
    int ana = join(lv, "Ana", 1);
    assert_true(live_start(lv, T0));
    assert_int_equal(answer_q0(lv, ana, 0, T0 + S), LIVE_ANSWER_OK);
    assert_true(live_student_next(lv, ana, T0 + 2 * S));
    assert_int_equal(live_student_question(lv, ana), 1);
    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", tok(70), T0 + 3 * S), LIVE_JOIN_OK);
    assert_true(live_move_admit(lv, ana, T0 + 4 * S));
    assert_int_equal(live_seat_by_token(lv, tok(70)), ana);
    assert_int_equal(live_student_question(lv, ana), 1);
    assert_true(live_revealed_to(lv, ana, 0));
    live_free(lv);
}

static void deny_expiry_and_removal_leave_the_seat_alone(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    int ana = join(lv, "Ana", 1);
    int bo = join(lv, "Bo", 2);
    int cy = join(lv, "Cy", 3);
    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", tok(80), T0), LIVE_JOIN_OK);
    assert_true(live_move_deny(lv, ana, T0 + S));
    assert_false(live_move_deny(lv, ana, T0 + S));
    assert_int_equal(live_move_state(lv, tok(80), T0 + S), LIVE_MOVE_DENIED);
    assert_int_equal(live_seat_by_token(lv, tok(1)), ana);
    assert_int_equal(live_seat_by_token(lv, tok(80)), -1);

    assert_int_equal(live_move_ask(lv, "K7QX", "Bo", tok(81), T0), LIVE_JOIN_OK);
    assert_int_equal(live_move_state(lv, tok(81), T0 + LIVE_MOVE_WAIT_MS - 1), LIVE_MOVE_WAITING);
    assert_int_equal(live_move_state(lv, tok(81), T0 + LIVE_MOVE_WAIT_MS), LIVE_MOVE_EXPIRED);
    assert_false(live_move_admit(lv, bo, T0 + LIVE_MOVE_WAIT_MS)); /* too late */
    assert_int_equal(live_seat_by_token(lv, tok(2)), bo);

    assert_int_equal(live_move_ask(lv, "K7QX", "Cy", tok(82), T0), LIVE_JOIN_OK);
    assert_true(live_remove(lv, cy));
    assert_int_equal(live_move_state(lv, tok(82), T0 + S), LIVE_MOVE_DENIED);
    assert_false(live_move_admit(lv, cy, T0 + S));
    live_free(lv);
}

/* The projector sleeps until the next expiry: it must be the first waiting request's, and none
 * once nothing waits. */
static void next_expiry_is_the_first_waiting_requests(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    int ana = join(lv, "Ana", 1);
    join(lv, "Bo", 2);
    assert_int_equal(live_move_next_expiry(lv, T0), -1);
    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", tok(70), T0), LIVE_JOIN_OK);
    assert_int_equal(live_move_ask(lv, "K7QX", "Bo", tok(71), T0 + 5 * S), LIVE_JOIN_OK);
    assert_int_equal(live_move_next_expiry(lv, T0 + S), T0 + LIVE_MOVE_WAIT_MS);
    assert_true(live_move_deny(lv, ana, T0 + 2 * S)); /* answered: Bo's is next */
    assert_int_equal(live_move_next_expiry(lv, T0 + 2 * S), T0 + 5 * S + LIVE_MOVE_WAIT_MS);
    assert_int_equal(live_move_next_expiry(lv, T0 + 5 * S + LIVE_MOVE_WAIT_MS), -1); /* expired */
    live_free(lv);
}

static void a_newer_request_replaces_the_waiting_one(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    int ana = join(lv, "Ana", 1);
    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", tok(90), T0), LIVE_JOIN_OK);
    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", tok(91), T0 + S), LIVE_JOIN_OK);
    assert_int_equal(live_move_state(lv, tok(90), T0 + S), LIVE_MOVE_REPLACED);
    int waiting[4];
    assert_int_equal(live_move_waiting(lv, T0 + S, waiting, 4), 1);
    assert_true(live_move_admit(lv, ana, T0 + 2 * S));
    assert_int_equal(live_seat_by_token(lv, tok(91)), ana);
    assert_int_equal(live_seat_by_token(lv, tok(90)), -1);
    live_free(lv);
}

static void the_table_is_limited_and_forgets_old_outcomes(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    char name[16];
    for (int i = 0; i <= LIVE_MAX_MOVES; i++) {
        snprintf(name, sizeof name, "S%d", i);
        join(lv, name, 100 + i);
    }
    for (int i = 0; i < LIVE_MAX_MOVES; i++) {
        snprintf(name, sizeof name, "S%d", i);
        assert_int_equal(live_move_ask(lv, "K7QX", name, tok(200 + i), T0 + i), LIVE_JOIN_OK);
    }
    snprintf(name, sizeof name, "S%d", LIVE_MAX_MOVES);
    assert_int_equal(live_move_ask(lv, "K7QX", name, tok(300), T0 + S), LIVE_JOIN_BUSY);
    int waiting[LIVE_MAX_MOVES + 1];
    assert_int_equal(live_move_waiting(lv, T0 + S, waiting, LIVE_MAX_MOVES + 1), LIVE_MAX_MOVES);
    assert_int_equal(waiting[0], 0); /* oldest first */
    /* once the teacher answers one, there is room again; its outcome stays readable a while */
    assert_true(live_move_deny(lv, 0, T0 + 2 * S));
    assert_int_equal(live_move_ask(lv, "K7QX", name, tok(301), T0 + 3 * S), LIVE_JOIN_OK);
    /* after expiry plus the keeping time everything is forgotten */
    int64_t later = T0 + LIVE_MOVE_WAIT_MS + LIVE_MOVE_KEEP_MS + 10 * S;
    assert_int_equal(live_move_waiting(lv, later, waiting, LIVE_MAX_MOVES + 1), 0);
    assert_int_equal(live_move_ask(lv, "K7QX", "S1", tok(302), later), LIVE_JOIN_OK);
    assert_int_equal(live_move_state(lv, tok(201), later), LIVE_MOVE_UNKNOWN);
    assert_int_equal(live_move_state(lv, tok(302), later), LIVE_MOVE_WAITING);
    live_free(lv);
}

static void a_withdrawn_request_cannot_be_admitted(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED);
    int ana = join(lv, "Ana", 1);
    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", tok(95), T0), LIVE_JOIN_OK);
    assert_false(live_move_withdraw(lv, tok(96), T0 + S)); /* not a request */
    assert_true(live_move_withdraw(lv, tok(95), T0 + S));
    assert_false(live_move_withdraw(lv, tok(95), T0 + S));
    assert_int_equal(live_move_state(lv, tok(95), T0 + S), LIVE_MOVE_WITHDRAWN);
    assert_false(live_move_admit(lv, ana, T0 + 2 * S));
    assert_int_equal(live_seat_by_token(lv, tok(1)), ana);
    live_free(lv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(only_a_seated_name_may_ask_and_checks_come_in_order),
        cmocka_unit_test(admit_moves_the_seat_with_its_answers_and_retires_the_old_token),
        cmocka_unit_test(student_paced_position_comes_along),
        cmocka_unit_test(deny_expiry_and_removal_leave_the_seat_alone),
        cmocka_unit_test(next_expiry_is_the_first_waiting_requests),
        cmocka_unit_test(a_newer_request_replaces_the_waiting_one),
        cmocka_unit_test(the_table_is_limited_and_forgets_old_outcomes),
        cmocka_unit_test(a_withdrawn_request_cannot_be_admitted),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
