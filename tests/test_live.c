/* test_live.c — the live classroom's rules (live.h) under an injected clock: joining and names,
 * tokens, the teacher's flow, answers (final, deadlines, stale ids), extra time and speed points,
 * what a student may see before the reveal, distribution, ranking, student-paced progress and
 * the journal. The pack is tests/fixtures/good/every-format.json: 8 questions, no time limit
 * (so 30 s each); q0 choice (answer 1, 2 points), q1 multi (0 and 1), q2 true/false (false),
 * q3 text (3 points), q5 order. */
#include "helpers.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "live.h"
#include "live_fixture.h"

static Live *make(LivePacing pacing, bool speed)
{
    LiveRules rules = live_default_rules(pacing);
    rules.speed_points = speed;
    return live_fixture_class(pacing, rules, 42);
}

/* A distinct well-formed token per number. */
static const char *token(int n)
{
    static char buf[4][LIVE_TOKEN_CHARS + 1];
    static int next;
    char *t = buf[next++ % 4];
    snprintf(t, sizeof buf[0], "%032x", (unsigned)n + 1);
    return t;
}

static int join(Live *lv, const char *name)
{
    int seat = -1;
    static int n;
    assert_int_equal(live_join(lv, "K7QX", name, token(1000 + n++), T0, &seat), LIVE_JOIN_OK);
    return seat;
}

static Answer choice(int c)
{
    Answer a;
    answer_init(&a, &pack->questions[0], NULL);
    a.choice = c;
    return a;
}

static Answer truth(int t)
{
    Answer a;
    answer_init(&a, &pack->questions[2], NULL);
    a.truth = t;
    return a;
}

static LiveAnswerResult answer_q0(Live *lv, int seat, int c, int64_t now)
{
    Answer a = choice(c);
    return live_answer(lv, seat, "who-more-time", &a, now);
}

/* ---- creating and joining -------------------------------------------------------------------- */

static void create_refuses_a_malformed_room_code(void **state)
{
    (void)state;
    char err[128];
    LiveRules r = live_default_rules(LIVE_TEACHER_PACED);
    assert_null(live_create(pack, LIVE_TEACHER_PACED, r, "K7Q", 1, T0, err, sizeof err));
    assert_null(live_create(pack, LIVE_TEACHER_PACED, r, "K7Q0", 1, T0, err, sizeof err));
    assert_non_null(strstr(err, "room code"));
    Live *lv = live_create(pack, LIVE_TEACHER_PACED, r, "k7qx", 1, T0, err, sizeof err);
    assert_string_equal(live_room(lv), "K7QX");
    live_free(lv);
}

static void room_codes_use_the_unambiguous_alphabet(void **state)
{
    (void)state;
    unsigned char rnd[LIVE_ROOM_CHARS] = {0, 8, 31, 255};
    char code[LIVE_ROOM_CHARS + 1];
    live_make_room_code(rnd, code);
    assert_string_equal(code, "AJ99");
}

static void default_rules_give_speed_points_only_when_teacher_paced(void **state)
{
    (void)state;
    assert_true(live_default_rules(LIVE_TEACHER_PACED).speed_points);
    assert_false(live_default_rules(LIVE_STUDENT_PACED).speed_points);
}

static void names_are_trimmed_and_checked(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int seat = -1;
    assert_int_equal(live_join(lv, "k7qx", "  Ana \t", token(1), T0, &seat), LIVE_JOIN_OK);
    assert_string_equal(live_seat(lv, seat)->name, "Ana");
    assert_int_equal(live_join(lv, "K7QX", "   ", token(2), T0, &seat), LIVE_JOIN_BAD_NAME);
    assert_int_equal(live_join(lv, "K7QX", "A\x01na", token(2), T0, &seat), LIVE_JOIN_BAD_NAME);
    assert_int_equal(live_join(lv, "K7QX", "A\nna", token(2), T0, &seat), LIVE_JOIN_BAD_NAME);
    assert_int_equal(live_join(lv, "K7QX", "A\xc2\x85na", token(2), T0, &seat), LIVE_JOIN_BAD_NAME);
    assert_int_equal(live_join(lv, "K7QX", "Bad\xff", token(2), T0, &seat), LIVE_JOIN_BAD_NAME);
    char longname[42];
    memset(longname, 'x', 41);
    longname[41] = '\0';
    assert_int_equal(live_join(lv, "K7QX", longname, token(2), T0, &seat), LIVE_JOIN_BAD_NAME);
    longname[40] = '\0';
    assert_int_equal(live_join(lv, "K7QX", longname, token(2), T0, &seat), LIVE_JOIN_OK);
    /* HTML is only text to the core: the UI and the browser show it as text. */
    assert_int_equal(live_join(lv, "K7QX", "<b>Zoë</b>", token(3), T0, &seat), LIVE_JOIN_OK);
    assert_string_equal(live_seat(lv, seat)->name, "<b>Zoë</b>");
    live_free(lv);
}

/* "1 to 40 characters", as the student is told: an Arabic or Chinese name of 23 letters (2 or 3
 * bytes each) is welcome; 41 letters are not, whatever their bytes. */
static void names_are_counted_in_characters_not_bytes(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int seat = -1;
    const char *arabic = "\xd8\xb9\xd8\xa8\xd8\xaf \xd8\xa7\xd9\x84\xd8\xb1\xd8\xad\xd9\x85\xd9\x86 "
                         "\xd9\x85\xd8\xad\xd9\x85\xd8\xaf \xd8\xa7\xd9\x84\xd8\xad\xd8\xb3\xd9\x8a\xd9\x86\xd9\x8a"; /* 23 characters, 42 bytes */
    assert_true(strlen(arabic) > 40);
    assert_int_equal(live_join(lv, "K7QX", arabic, token(1), T0, &seat), LIVE_JOIN_OK);
    assert_string_equal(live_seat(lv, seat)->name, arabic);
    char name[4 * 41 + 1] = "";
    for (int i = 0; i < 40; i++) strcat(name, "\xf0\x9f\xa6\x8a"); /* 40 foxes, 160 bytes */
    assert_int_equal(live_join(lv, "K7QX", name, token(2), T0, &seat), LIVE_JOIN_OK);
    assert_string_equal(live_seat(lv, seat)->name, name);
    strcat(name, "\xf0\x9f\xa6\x8a"); /* 41 */
    assert_int_equal(live_join(lv, "K7QX", name, token(3), T0, &seat), LIVE_JOIN_BAD_NAME);
    char accents[2 * 41 + 1] = "";
    for (int i = 0; i < 41; i++) strcat(accents, "\xc3\xa9"); /* 41 × é */
    assert_int_equal(live_join(lv, "K7QX", accents, token(3), T0, &seat), LIVE_JOIN_BAD_NAME);
    accents[80] = '\0'; /* 40 × é */
    assert_int_equal(live_join(lv, "K7QX", accents, token(3), T0, &seat), LIVE_JOIN_OK);
    live_free(lv);
}

static void a_taken_name_ignoring_case_is_refused_with_a_message(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int seat = join(lv, "Ana");
    int other = -1;
    assert_int_equal(live_join(lv, "K7QX", "aNA", token(9), T0, &other), LIVE_JOIN_NAME_TAKEN);
    assert_non_null(strstr(live_join_message(LIVE_JOIN_NAME_TAKEN), "taken"));
    /* Removing the seat frees the name. */
    assert_true(live_remove(lv, seat));
    assert_int_equal(live_join(lv, "K7QX", "ANA", token(9), T0, &other), LIVE_JOIN_OK);
    assert_int_not_equal(other, seat);
    live_free(lv);
}

static void joins_are_refused_for_bad_room_lock_token_and_end(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int seat = -1;
    assert_int_equal(live_join(lv, "ZZZZ", "Ana", token(1), T0, &seat), LIVE_JOIN_BAD_ROOM);
    assert_int_equal(live_join(lv, "K7QX", "Ana", "ABCDEF", T0, &seat), LIVE_JOIN_BAD_TOKEN);
    assert_int_equal(live_join(lv, "K7QX", "Ana", "0000000000000000000000000000000G", T0, &seat),
                     LIVE_JOIN_BAD_TOKEN);
    assert_int_equal(live_join(lv, "K7QX", "Ana", token(1), T0, &seat), LIVE_JOIN_OK);
    assert_int_equal(live_join(lv, "K7QX", "Bo", token(1), T0, &seat), LIVE_JOIN_BAD_TOKEN);
    live_set_locked(lv, true);
    assert_true(live_locked(lv));
    assert_int_equal(live_join(lv, "K7QX", "Bo", token(2), T0, &seat), LIVE_JOIN_LOCKED);
    live_set_locked(lv, false);
    live_end(lv, T0);
    assert_int_equal(live_join(lv, "K7QX", "Bo", token(2), T0, &seat), LIVE_JOIN_FINISHED);
    live_free(lv);
}

static void the_class_is_full_at_the_seat_limit(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    char name[16];
    int seat;
    for (int i = 0; i < LIVE_MAX_STUDENTS; i++) {
        snprintf(name, sizeof name, "S%d", i);
        assert_int_equal(live_join(lv, "K7QX", name, token(i), T0, &seat), LIVE_JOIN_OK);
    }
    assert_int_equal(live_join(lv, "K7QX", "One more", token(5000), T0, &seat), LIVE_JOIN_FULL);
    assert_int_equal(live_seat_count(lv), LIVE_MAX_STUDENTS);
    live_free(lv);
}

static void tokens_find_their_seat_but_not_once_removed(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int seat = -1;
    assert_int_equal(live_join(lv, "K7QX", "Ana", token(7), T0, &seat), LIVE_JOIN_OK);
    assert_int_equal(live_seat_by_token(lv, token(7)), seat);
    assert_int_equal(live_seat_by_token(lv, token(8)), -1);
    assert_int_equal(live_seat_by_token(lv, "short"), -1);
    assert_int_equal(live_seat_by_token(lv, NULL), -1);
    assert_true(live_remove(lv, seat));
    assert_false(live_remove(lv, seat));
    assert_int_equal(live_seat_by_token(lv, token(7)), -1);
    assert_true(live_seat(lv, seat)->removed);
    assert_int_equal(live_present_count(lv), 0);
    live_free(lv);
}

/* ---- the teacher-paced flow ------------------------------------------------------------------ */

static void teacher_paced_flow_goes_from_lobby_to_finished(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int ana = join(lv, "Ana");
    assert_int_equal(live_phase(lv), LIVE_LOBBY);
    assert_int_equal(live_student_question(lv, ana), -1);
    assert_int_equal(answer_q0(lv, ana, 1, T0), LIVE_ANSWER_NOT_NOW);
    assert_true(live_start(lv, T0));
    assert_false(live_start(lv, T0));
    assert_int_equal(live_phase(lv), LIVE_ASKING);
    assert_int_equal(live_student_question(lv, ana), 0);
    assert_int_equal(live_time_limit(lv), 30);
    assert_int_equal(live_time_left_ms(lv, T0 + 10 * S), 20 * S);
    assert_false(live_show_leaderboard(lv));
    assert_false(live_next(lv, T0));
    assert_true(live_reveal(lv, T0 + 10 * S));
    assert_int_equal(live_phase(lv), LIVE_REVEALED);
    assert_true(live_show_leaderboard(lv));
    assert_int_equal(live_phase(lv), LIVE_LEADERBOARD);
    for (size_t q = 1; q < live_question_count(lv); q++) {
        assert_true(live_next(lv, T0 + 20 * S));
        assert_int_equal(live_position(lv), q);
        assert_int_equal(live_phase(lv), LIVE_ASKING);
        assert_true(live_reveal(lv, T0 + 20 * S));
    }
    assert_true(live_next(lv, T0 + 30 * S));
    assert_int_equal(live_phase(lv), LIVE_FINISHED);
    assert_int_equal(live_student_question(lv, ana), -1);
    live_free(lv);
}

static void countdown_pauses_runs_out_and_reopens_with_extra_time(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int ana = join(lv, "Ana");
    live_start(lv, T0);
    assert_true(live_pause(lv, T0 + 10 * S));
    assert_int_equal(live_phase(lv), LIVE_PAUSED);
    assert_int_equal(live_time_left_ms(lv, T0 + 100 * S), 20 * S);
    assert_true(live_resume(lv, T0 + 100 * S));
    assert_false(live_tick(lv, T0 + 119 * S));
    assert_true(live_tick(lv, T0 + 120 * S));
    assert_int_equal(live_phase(lv), LIVE_TIME_UP);
    assert_int_equal(answer_q0(lv, ana, 1, T0 + 121 * S), LIVE_ANSWER_TIME_UP);
    assert_true(live_extra_time(lv, T0 + 130 * S));
    assert_int_equal(live_phase(lv), LIVE_ASKING);
    assert_int_equal(live_time_left_ms(lv, T0 + 130 * S), LIVE_EXTRA_TIME * S);
    assert_int_equal(answer_q0(lv, ana, 1, T0 + 131 * S), LIVE_ANSWER_OK);
    live_free(lv);
}

static void extra_time_after_time_up_while_paused_resumes_from_the_extra(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    join(lv, "Ana");
    live_start(lv, T0);
    live_tick(lv, T0 + 30 * S);
    assert_true(live_pause(lv, T0 + 50 * S));
    assert_true(live_extra_time(lv, T0 + 60 * S));
    assert_int_equal(live_phase(lv), LIVE_PAUSED);
    assert_int_equal(live_time_left_ms(lv, T0 + 70 * S), LIVE_EXTRA_TIME * S);
    assert_true(live_resume(lv, T0 + 80 * S));
    assert_int_equal(live_phase(lv), LIVE_ASKING);
    assert_int_equal(live_time_left_ms(lv, T0 + 85 * S), (LIVE_EXTRA_TIME - 5) * S);
    live_reveal(lv, T0 + 86 * S);
    assert_false(live_extra_time(lv, T0 + 87 * S)); /* closed */
    live_free(lv);
}

static void an_answer_is_final_once_given(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int ana = join(lv, "Ana");
    live_start(lv, T0);
    assert_int_equal(answer_q0(lv, ana, 0, T0 + S), LIVE_ANSWER_OK);
    assert_int_equal(answer_q0(lv, ana, 1, T0 + 2 * S), LIVE_ANSWER_ALREADY);
    assert_int_equal(live_result(lv, ana, 0)->answer.choice, 0);
    assert_false(live_result(lv, ana, 0)->grade.correct);
    live_free(lv);
}

static void answer_after_deadline_is_refused(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int ana = join(lv, "Ana");
    live_start(lv, T0);
    /* Without a tick the class is still ASKING, but the deadline has passed. */
    assert_int_equal(answer_q0(lv, ana, 1, T0 + 30 * S), LIVE_ANSWER_TIME_UP);
    assert_int_equal(live_phase(lv), LIVE_TIME_UP);
    assert_false(live_result(lv, ana, 0)->answered);
    assert_non_null(strstr(live_answer_message(LIVE_ANSWER_TIME_UP), "Time"));
    live_free(lv);
}

static void stale_unknown_invalid_and_removed_answers_are_refused(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int ana = join(lv, "Ana"), bo = join(lv, "Bo");
    live_start(lv, T0);
    Answer t = truth(0);
    assert_int_equal(live_answer(lv, ana, "delay-saves", &t, T0), LIVE_ANSWER_STALE);
    assert_int_equal(live_answer(lv, ana, "no-such-question", &t, T0), LIVE_ANSWER_STALE);
    assert_int_equal(live_answer(lv, ana, NULL, &t, T0), LIVE_ANSWER_STALE);
    assert_int_equal(live_answer(lv, ana, "who-more-time", &t, T0), LIVE_ANSWER_INVALID);
    assert_int_equal(answer_q0(lv, ana, -1, T0), LIVE_ANSWER_INVALID);
    assert_int_equal(answer_q0(lv, ana, 7, T0), LIVE_ANSWER_INVALID);
    assert_int_equal(answer_q0(lv, 99, 1, T0), LIVE_ANSWER_NO_SEAT);
    live_remove(lv, bo);
    assert_int_equal(answer_q0(lv, bo, 1, T0), LIVE_ANSWER_NO_SEAT);
    live_reveal(lv, T0 + S);
    assert_int_equal(answer_q0(lv, ana, 1, T0 + S), LIVE_ANSWER_NOT_NOW);
    live_free(lv);
}

static void the_right_answer_is_not_revealed_before_the_reveal(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int ana = join(lv, "Ana"), bo = join(lv, "Bo");
    for (size_t q = 0; q < live_question_count(lv); q++) {
        assert_false(live_revealed_to(lv, ana, q));
        assert_false(live_revealed_to(lv, bo, q));
    }
    live_start(lv, T0);
    answer_q0(lv, ana, 1, T0 + S);
    live_pause(lv, T0 + 2 * S);
    live_resume(lv, T0 + 3 * S);
    live_tick(lv, T0 + 60 * S);
    for (size_t q = 0; q < live_question_count(lv); q++) {
        assert_false(live_revealed_to(lv, ana, q));
        assert_false(live_revealed_to(lv, bo, q));
    }
    assert_true(live_reveal(lv, T0 + 60 * S));
    assert_true(live_revealed_to(lv, ana, 0));
    assert_true(live_revealed_to(lv, bo, 0));
    for (size_t q = 1; q < live_question_count(lv); q++) assert_false(live_revealed_to(lv, ana, q));
    assert_false(live_revealed_to(lv, 99, 0));
    live_end(lv, T0 + 61 * S);
    for (size_t q = 0; q < live_question_count(lv); q++) assert_true(live_revealed_to(lv, bo, q));
    live_free(lv);
}

static void scores_count_only_revealed_questions(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int ana = join(lv, "Ana");
    live_start(lv, T0);
    answer_q0(lv, ana, 1, T0 + S);
    assert_true(live_result(lv, ana, 0)->grade.correct);
    assert_true(live_seat_score(lv, ana) == 0);
    assert_true(live_seat_totals(lv, ana).max_score == 0);
    live_reveal(lv, T0 + 2 * S);
    assert_true(live_seat_score(lv, ana) == 2);
    LiveTotals t = live_seat_totals(lv, ana);
    assert_true(t.score == 2 && t.max_score == 2);
    assert_int_equal(t.correct, 1);
    assert_int_equal(t.total, 1);
    assert_true(t.kind_score[KIND_SPEAKER] == 2);
    live_free(lv);
}

/* ---- extra time and speed points ------------------------------------------------------------- */

static void extra_time_extends_only_that_students_deadline(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int ana = join(lv, "Ana"), bo = join(lv, "Bo"), cy = join(lv, "Cy");
    assert_true(live_set_extra_time(lv, bo, 150));
    assert_true(live_set_extra_time(lv, cy, 200));
    assert_false(live_set_extra_time(lv, cy, 120));
    assert_false(live_set_extra_time(lv, 42, 150));
    live_start(lv, T0);
    assert_int_equal(live_student_time_left_ms(lv, ana, T0 + 10 * S), 20 * S);
    assert_int_equal(live_student_time_left_ms(lv, bo, T0 + 10 * S), 35 * S);
    assert_int_equal(live_student_time_left_ms(lv, cy, T0 + 10 * S), 50 * S);
    assert_true(live_tick(lv, T0 + 30 * S));
    assert_int_equal(live_phase(lv), LIVE_TIME_UP);
    assert_int_equal(live_student_time_left_ms(lv, ana, T0 + 40 * S), 0);
    assert_int_equal(live_student_time_left_ms(lv, bo, T0 + 40 * S), 5 * S);
    assert_int_equal(answer_q0(lv, ana, 1, T0 + 40 * S), LIVE_ANSWER_TIME_UP);
    assert_int_equal(answer_q0(lv, bo, 1, T0 + 44 * S), LIVE_ANSWER_OK);
    assert_int_equal(answer_q0(lv, cy, 1, T0 + 59 * S), LIVE_ANSWER_OK);
    /* Pausing stops the students with extra time too. */
    live_free(lv);
    lv = make(LIVE_TEACHER_PACED, false);
    bo = join(lv, "Bo");
    live_set_extra_time(lv, bo, 200);
    live_start(lv, T0);
    live_tick(lv, T0 + 30 * S);
    assert_true(live_pause(lv, T0 + 40 * S));
    assert_int_equal(live_student_time_left_ms(lv, bo, T0 + 500 * S), 20 * S);
    live_free(lv);
}

static void speed_points_are_relative_to_the_students_own_limit(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, true);
    int ana = join(lv, "Ana"), bo = join(lv, "Bo"), cy = join(lv, "Cy");
    live_set_extra_time(lv, bo, 200);
    live_start(lv, T0);
    /* Ana: 15 of 30 s left → 2 × 0.5 × 0.5 = 0.5. Bo: 45 of 60 s left → 2 × 0.5 × 0.75 = 0.75. */
    assert_int_equal(answer_q0(lv, ana, 1, T0 + 15 * S), LIVE_ANSWER_OK);
    assert_int_equal(answer_q0(lv, bo, 1, T0 + 15 * S), LIVE_ANSWER_OK);
    assert_int_equal(answer_q0(lv, cy, 0, T0 + 1 * S), LIVE_ANSWER_OK); /* wrong: no speed */
    assert_float_equal(live_result(lv, ana, 0)->bonus, 0.5, 1e-9);
    assert_float_equal(live_result(lv, bo, 0)->bonus, 0.75, 1e-9);
    assert_float_equal(live_result(lv, cy, 0)->bonus, 0, 1e-9);
    assert_float_equal(live_result(lv, ana, 0)->seconds, 15, 1e-9);
    live_reveal(lv, T0 + 20 * S);
    assert_float_equal(live_seat_score(lv, ana), 2.5, 1e-9);
    assert_float_equal(live_seat_score(lv, bo), 2.75, 1e-9);
    live_free(lv);
    /* Off: accuracy only. */
    lv = make(LIVE_TEACHER_PACED, false);
    ana = join(lv, "Ana");
    live_start(lv, T0);
    answer_q0(lv, ana, 1, T0 + S);
    assert_float_equal(live_result(lv, ana, 0)->bonus, 0, 1e-9);
    live_free(lv);
}

static void paused_time_does_not_count_against_speed(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, true);
    int ana = join(lv, "Ana");
    live_start(lv, T0);
    live_pause(lv, T0 + 5 * S);
    assert_int_equal(answer_q0(lv, ana, 1, T0 + 100 * S), LIVE_ANSWER_OK); /* paused: taken */
    assert_float_equal(live_result(lv, ana, 0)->seconds, 5, 1e-9);
    assert_float_equal(live_result(lv, ana, 0)->bonus, 2 * 0.5 * 25.0 / 30.0, 1e-9);
    live_free(lv);
}

/* ---- late joiners ---------------------------------------------------------------------------- */

static void late_joiners_start_at_the_current_question(void **state)
{
    (void)state;
    Live *lv = make(LIVE_TEACHER_PACED, false);
    int ana = join(lv, "Ana");
    live_start(lv, T0);
    answer_q0(lv, ana, 1, T0 + S);
    live_reveal(lv, T0 + 2 * S);
    int bo = join(lv, "Bo"); /* during the reveal of q0: q0 is not theirs */
    assert_int_equal(live_seat_first_question(lv, bo), 1);
    live_next(lv, T0 + 3 * S);
    int cy = join(lv, "Cy"); /* while q1 is asked: q1 is theirs */
    assert_int_equal(live_seat_first_question(lv, cy), 1);
    assert_int_equal(live_student_question(lv, cy), 1);
    assert_false(live_reached(lv, bo, 0));
    assert_true(live_reached(lv, ana, 0));
    assert_true(live_reached(lv, cy, 1));
    assert_false(live_reached(lv, cy, 2));
    live_reveal(lv, T0 + 4 * S);
    assert_true(live_seat_totals(lv, ana).max_score == 3);
    assert_true(live_seat_totals(lv, bo).max_score == 1); /* q1 only */
    live_free(lv);
}

/* cite.json's first question (2 points) asks for its evidence: a phone sends both parts with
 * indices only (the spans are filled in), and the grade has both; an answer without the cite
 * pick (time ran out on the second step) is taken with the evidence wrong. */
static void cite_answers_carry_both_parts(void **state)
{
    (void)state;
    Pack *cp = tu_load_pack("tests/fixtures/good/cite.json");
    assert_non_null(cp);
    char err[128];
    Live *lv = live_create(cp, LIVE_TEACHER_PACED, live_default_rules(LIVE_TEACHER_PACED), "K7QX",
                           42, T0, err, sizeof err);
    assert_non_null(lv);
    int ana = join(lv, "Ana"), ben = join(lv, "Ben"), cy = join(lv, "Cy");
    assert_true(live_start(lv, T0));
    const Question *q = &cp->questions[0];
    Answer a;
    answer_init(&a, q, NULL);
    a.choice = q->answer;
    a.cite_article = 0;
    a.cite_sentence = 1; /* the quote */
    assert_int_equal(live_answer(lv, ana, q->id, &a, T0 + S), LIVE_ANSWER_OK);
    a.cite_sentence = 0; /* another sentence: a guess */
    assert_int_equal(live_answer(lv, ben, q->id, &a, T0 + S), LIVE_ANSWER_OK);
    Answer part;
    answer_init(&part, q, NULL);
    part.choice = q->answer;
    assert_int_equal(live_answer(lv, cy, q->id, &part, T0 + S), LIVE_ANSWER_OK);
    const LiveResult *ra = live_result(lv, ana, 0), *rb = live_result(lv, ben, 0);
    const LiveResult *rc = live_result(lv, cy, 0);
    assert_true(ra->answer.cite_end > 0); /* the span was filled in */
    assert_int_equal(answer_cite_outcome(&ra->grade), CITE_BOTH_RIGHT);
    assert_true(ra->grade.correct);
    assert_int_equal(answer_cite_outcome(&rb->grade), CITE_GUESS);
    assert_true(rb->grade.points > 0.99 && rb->grade.points < 1.01);
    assert_int_equal(answer_cite_outcome(&rc->grade), CITE_GUESS);
    assert_false(rc->grade.evidence_correct);
    LiveCiteCounts c = live_cite_counts(lv, 0);
    assert_int_equal(c.answered, 3);
    assert_int_equal(c.right_answer, 3);
    assert_int_equal(c.right_evidence, 1);
    assert_int_equal(c.guessed, 2);
    assert_int_equal(c.misread, 0);
    int dee = join(lv, "Dee");
    a.cite_sentence = 9999; /* no such sentence */
    assert_int_equal(live_answer(lv, dee, q->id, &a, T0 + S), LIVE_ANSWER_INVALID);
    live_free(lv);
    pack_free(cp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cite_answers_carry_both_parts),
        cmocka_unit_test(create_refuses_a_malformed_room_code),
        cmocka_unit_test(room_codes_use_the_unambiguous_alphabet),
        cmocka_unit_test(default_rules_give_speed_points_only_when_teacher_paced),
        cmocka_unit_test(names_are_trimmed_and_checked),
        cmocka_unit_test(names_are_counted_in_characters_not_bytes),
        cmocka_unit_test(a_taken_name_ignoring_case_is_refused_with_a_message),
        cmocka_unit_test(joins_are_refused_for_bad_room_lock_token_and_end),
        cmocka_unit_test(the_class_is_full_at_the_seat_limit),
        cmocka_unit_test(tokens_find_their_seat_but_not_once_removed),
        cmocka_unit_test(teacher_paced_flow_goes_from_lobby_to_finished),
        cmocka_unit_test(countdown_pauses_runs_out_and_reopens_with_extra_time),
        cmocka_unit_test(extra_time_after_time_up_while_paused_resumes_from_the_extra),
        cmocka_unit_test(an_answer_is_final_once_given),
        cmocka_unit_test(answer_after_deadline_is_refused),
        cmocka_unit_test(stale_unknown_invalid_and_removed_answers_are_refused),
        cmocka_unit_test(the_right_answer_is_not_revealed_before_the_reveal),
        cmocka_unit_test(scores_count_only_revealed_questions),
        cmocka_unit_test(extra_time_extends_only_that_students_deadline),
        cmocka_unit_test(speed_points_are_relative_to_the_students_own_limit),
        cmocka_unit_test(paused_time_does_not_count_against_speed),
        cmocka_unit_test(late_joiners_start_at_the_current_question),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
