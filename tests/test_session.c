/* test_session.c — a run through tests/fixtures/good/harbor.json (a choice question, then an
 * order question): submitting, moving on, totals by kind, the missed list, resuming, refusals,
 * and the order-question shuffle (also on minimal.json's three-event question). */
#include "helpers.h"
#include "session.h"
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

enum { Q_WHO = 0, Q_ORDER = 1 };      /* harbor.json questions */
enum { EV_DELAY = 0, EV_VOTE = 1 };   /* harbor.json events, correct order */

static Pack *load(const char *name)
{
    char rel[128];
    snprintf(rel, sizeof rel, "tests/fixtures/good/%s", name);
    Diagnostics d;
    diag_init(&d, name);
    Pack *p = pack_load_file(tu_source_path(rel), &d);
    diag_free(&d);
    assert_non_null(p);
    return p;
}

static int setup(void **state)
{
    *state = load("harbor.json");
    return 0;
}

static int teardown(void **state)
{
    pack_free(*state);
    return 0;
}

static void assert_near(double a, double b)
{
    if (fabs(a - b) > 1e-9) fail_msg("%.12f != %.12f", a, b);
}

static Answer choice(const Session *s, int pick)
{
    Answer a;
    answer_init(&a, session_question(s), NULL);
    a.choice = pick;
    return a;
}

/* The order question answered as it was first shown (the shuffle). */
static Answer as_shown(const Session *s)
{
    return session_current(s)->answer;
}

static Answer in_order(const Session *s)
{
    Answer a;
    answer_init(&a, session_question(s), NULL);
    return a;
}

static void session_asks_every_question_in_pack_order(void **state)
{
    const Pack *p = *state;
    Session *s = session_create(p, NULL, 0, 1);
    assert_non_null(s);
    assert_int_equal(session_count(s), 2);
    assert_int_equal(session_position(s), 0);
    assert_false(session_finished(s));
    assert_ptr_equal(session_pack(s), p);
    assert_string_equal(session_question(s)->id, "who-more-time");
    assert_int_equal(session_current(s)->state, ITEM_PENDING);
    assert_true(session_next(s));
    assert_string_equal(session_question(s)->id, "order");
    assert_false(session_next(s));
    assert_true(session_finished(s));
    assert_null(session_current(s));
    assert_null(session_question(s));
    assert_null(session_item(s, 2));
    session_free(s);
}

static void full_run_scores_and_breaks_down_by_kind(void **state)
{
    Session *s = session_create(*state, NULL, 0, 7);
    Grade g;
    Answer a = choice(s, 1);
    assert_true(session_submit(s, &a, 4.5, &g));
    assert_true(g.correct);
    assert_near(g.points, 1.0);
    /* The item stays current, answered, so the UI can show feedback. */
    assert_int_equal(session_position(s), 0);
    assert_int_equal(session_current(s)->state, ITEM_ANSWERED);
    assert_true(session_next(s));
    a = as_shown(s); /* the shuffle of two events is always the wrong order */
    assert_true(session_submit(s, &a, 10.0, &g));
    assert_false(g.correct);
    assert_near(g.points, 0.0);
    assert_false(session_next(s));

    SessionTotals t = session_totals(s);
    assert_near(t.score, 1.0);
    assert_near(t.max_score, 2.0);
    assert_int_equal(t.answered, 2);
    assert_int_equal(t.correct, 1);
    assert_int_equal(t.total, 2);
    assert_near(t.seconds, 14.5);
    assert_near(t.kind_score[KIND_SPEAKER], 1.0);
    assert_near(t.kind_max[KIND_SPEAKER], 1.0);
    assert_int_equal(t.kind_correct[KIND_SPEAKER], 1);
    assert_int_equal(t.kind_total[KIND_SPEAKER], 1);
    assert_near(t.kind_score[KIND_TIMELINE], 0.0);
    assert_near(t.kind_max[KIND_TIMELINE], 1.0);
    assert_int_equal(t.kind_correct[KIND_TIMELINE], 0);
    assert_int_equal(t.kind_total[KIND_TIMELINE], 1);
    assert_int_equal(t.kind_total[KIND_CLAIM], 0);
    session_free(s);
}

static void all_right_run_gets_full_marks_and_misses_nothing(void **state)
{
    Session *s = session_create(*state, NULL, 0, 7);
    Answer a = choice(s, 1);
    assert_true(session_submit(s, &a, 1, NULL));
    session_next(s);
    a = in_order(s);
    assert_true(session_submit(s, &a, 1, NULL));
    session_next(s);
    SessionTotals t = session_totals(s);
    assert_near(t.score, t.max_score);
    assert_int_equal(t.correct, 2);
    int sentinel = 0, *missed = &sentinel; /* must be replaced */
    assert_int_equal(session_missed(s, &missed), 0);
    assert_null(missed);
    session_free(s);
}

static void missed_lists_wrong_and_skipped_questions(void **state)
{
    Session *s = session_create(*state, NULL, 0, 7);
    Answer a = choice(s, 0); /* wrong */
    assert_true(session_submit(s, &a, 1, NULL));
    session_next(s);
    session_skip(s);
    assert_int_equal(session_current(s)->state, ITEM_SKIPPED);
    session_next(s);
    int *missed = NULL;
    assert_int_equal(session_missed(s, &missed), 2);
    assert_int_equal(missed[0], Q_WHO);
    assert_int_equal(missed[1], Q_ORDER);
    free(missed);
    SessionTotals t = session_totals(s);
    assert_int_equal(t.answered, 1);
    assert_int_equal(t.correct, 0);
    assert_near(t.max_score, 2.0);
    session_free(s);
}

static void submitting_twice_is_refused(void **state)
{
    Session *s = session_create(*state, NULL, 0, 7);
    Answer a = choice(s, 0);
    Grade g;
    assert_true(session_submit(s, &a, 1, &g));
    Answer again = choice(s, 1);
    assert_false(session_submit(s, &again, 1, &g));
    assert_false(session_current(s)->grade.correct); /* the first answer stands */
    assert_int_equal(session_current(s)->answer.choice, 0);
    session_free(s);
}

static void submitting_an_incomplete_or_foreign_answer_is_refused(void **state)
{
    Session *s = session_create(*state, NULL, 0, 7);
    Answer none = choice(s, -1), far = choice(s, 5);
    assert_false(session_submit(s, &none, 1, NULL));
    assert_false(session_submit(s, &far, 1, NULL));
    session_skip(s);
    Answer late = choice(s, 1);
    assert_false(session_submit(s, &late, 1, NULL)); /* skipped is final */
    session_next(s);
    session_next(s);
    assert_false(session_submit(s, &late, 1, NULL)); /* finished */
    session_free(s);
}

static void moving_on_without_answering_is_a_skip(void **state)
{
    Session *s = session_create(*state, NULL, 0, 7);
    session_next(s);
    assert_int_equal(session_item(s, 0)->state, ITEM_SKIPPED);
    session_free(s);
}

static void session_over_chosen_questions_asks_only_those(void **state)
{
    const Pack *p = *state;
    Session *s = session_create(p, (const int[]){Q_ORDER, Q_WHO}, 2, 1);
    assert_string_equal(session_question(s)->id, "order");
    session_free(s);
    s = session_create(p, (const int[]){Q_ORDER}, 1, 1);
    assert_int_equal(session_count(s), 1);
    assert_near(session_totals(s).max_score, 1.0);
    session_free(s);
    assert_null(session_create(p, (const int[]){Q_WHO, 2}, 2, 1));
    assert_null(session_create(p, (const int[]){-1}, 1, 1));
    assert_null(session_create(p, (const int[]){Q_WHO}, 0, 1));
}

static void restore_resumes_after_the_answered_questions(void **state)
{
    Session *s = session_create(*state, NULL, 0, 7);
    Answer a = choice(s, 1);
    assert_true(session_restore(s, Q_WHO, &a, 3.0));
    assert_int_equal(session_position(s), 1);
    assert_string_equal(session_question(s)->id, "order");
    assert_int_equal(session_item(s, 0)->state, ITEM_ANSWERED);
    assert_true(session_item(s, 0)->grade.correct); /* graded again, not trusted */
    assert_false(session_restore(s, Q_WHO, &a, 3.0)); /* already restored */
    SessionTotals t = session_totals(s);
    assert_near(t.score, 1.0);
    assert_near(t.seconds, 3.0);
    session_free(s);
}

static void restore_out_of_order_is_stepped_over_later(void **state)
{
    Session *s = session_create(*state, NULL, 0, 7);
    Answer a;
    answer_init(&a, &((const Pack *)*state)->questions[Q_ORDER], NULL);
    assert_true(session_restore(s, Q_ORDER, &a, 2.0));
    assert_int_equal(session_position(s), 0); /* the first question is still to be asked */
    a = choice(s, 1);
    assert_true(session_submit(s, &a, 1, NULL));
    assert_false(session_next(s)); /* the order question was done already */
    assert_true(session_finished(s));
    assert_int_equal(session_totals(s).correct, 2);
    session_free(s);
}

static void restore_refuses_damaged_or_unknown_answers(void **state)
{
    const Pack *p = *state;
    Session *s = session_create(p, (const int[]){Q_WHO}, 1, 7);
    Answer a = choice(s, 9);
    assert_false(session_restore(s, Q_WHO, &a, 1));
    a = choice(s, 1);
    assert_false(session_restore(s, Q_ORDER, &a, 1)); /* not in this session */
    Answer other;
    answer_init(&other, &p->questions[Q_ORDER], NULL);
    assert_false(session_restore(s, Q_WHO, &other, 1)); /* another format */
    assert_int_equal(session_position(s), 0);
    session_free(s);
}

static void restore_of_a_stored_skip_records_a_skip(void **state)
{
    Session *s = session_create(*state, NULL, 0, 7);
    Answer a = choice(s, -1);
    assert_true(session_restore(s, Q_WHO, &a, 0));
    assert_int_equal(session_item(s, 0)->state, ITEM_SKIPPED);
    assert_int_equal(session_position(s), 1);
    assert_int_equal(session_totals(s).answered, 0);
    session_free(s);
}

static void order_shuffle_is_repeatable_and_never_the_answer(void **state)
{
    (void)state;
    Pack *p = load("minimal.json");
    int q = pack_find_question(p, "order");
    const Question *oq = &p->questions[q];
    int distinct[64][3], n_distinct = 0;
    for (uint64_t seed = 0; seed < 200; seed++) {
        Session *a = session_create(p, &q, 1, seed), *b = session_create(p, &q, 1, seed);
        const SessionItem *ia = session_current(a), *ib = session_current(b);
        assert_memory_equal(ia->arrangement, ib->arrangement, 3 * sizeof(int));
        assert_memory_equal(ia->answer.order, ia->arrangement, 3 * sizeof(int));
        assert_int_equal(ia->answer.n_order, 3);
        assert_true(memcmp(ia->arrangement, oq->order, 3 * sizeof(int)) != 0);
        assert_true(answer_is_complete(oq, &ia->answer)); /* a permutation of the events */
        bool seen = false;
        for (int k = 0; k < n_distinct; k++)
            seen |= memcmp(distinct[k], ia->arrangement, sizeof distinct[k]) == 0;
        if (!seen) memcpy(distinct[n_distinct++], ia->arrangement, sizeof distinct[0]);
        session_free(a);
        session_free(b);
    }
    assert_int_equal(n_distinct, 5); /* every arrangement but the right one shows up */
    pack_free(p);
}

static void order_shuffle_does_not_depend_on_position(void **state)
{
    Pack *p = load("minimal.json");
    (void)state;
    int q = pack_find_question(p, "order");
    Session *alone = session_create(p, &q, 1, 42), *all = session_create(p, NULL, 0, 42);
    assert_memory_equal(session_current(alone)->arrangement,
                        session_item(all, (size_t)q)->arrangement, 3 * sizeof(int));
    session_free(alone);
    session_free(all);
    pack_free(p);
}

static void evidence_picked_by_index_is_graded_through_the_session(void **state)
{
    (void)state;
    Pack *p = load("minimal.json");
    int q = pack_find_question(p, "when-start");
    const Passage *ev = &p->questions[q].evidence[0];
    int right = pack_sentence_at(&p->articles[ev->article], ev->start);
    Session *s = session_create(p, &q, 1, 1);
    Answer a;
    answer_init(&a, session_question(s), NULL);
    a.article = ev->article; /* as a UI sets it: indices only */
    a.sentence = right;
    Grade g;
    assert_true(session_submit(s, &a, 1, &g));
    assert_true(g.correct);
    assert_true(session_current(s)->answer.span_end > 0); /* the span was recorded */
    session_free(s);

    s = session_create(p, &q, 1, 1);
    Answer stored;
    assert_true(answer_decode(&p->questions[q], "e:0:1", &stored)); /* a wrong sentence */
    assert_true(session_restore(s, q, &stored, 2));
    assert_false(session_item(s, 0)->grade.correct);
    assert_true(session_finished(s));
    session_free(s);

    s = session_create(p, &q, 1, 1);
    a.sentence = 999;
    assert_false(session_submit(s, &a, 1, &g)); /* no such sentence */
    session_free(s);
    pack_free(p);
}

/* A sentence of the first article that is (want) or is not evidence for question q. */
static int cite_sentence_for(const Pack *p, int q, bool want)
{
    const Article *ar = &p->articles[0];
    for (size_t i = 0; i < ar->n_sentences; i++)
        if (pack_sentence_is_evidence(&p->questions[q], 0, i, ar) == want) return (int)i;
    fail_msg("no sentence for question %d", q);
    return -1;
}

/* cite.json: the choice question (2 points) asks for its evidence too. Both parts are graded at
 * one submit; the answer part alone cannot be submitted. */
static void cite_question_is_submitted_with_both_parts(void **state)
{
    (void)state;
    Pack *p = load("cite.json");
    int q = 0;
    Session *s = session_create(p, &q, 1, 1);
    Answer a;
    answer_init(&a, session_question(s), NULL);
    a.choice = p->questions[q].answer;
    Grade g;
    assert_false(session_submit(s, &a, 1, &g)); /* no evidence yet */
    a.cite_article = 0; /* as a UI sets it: indices only */
    a.cite_sentence = cite_sentence_for(p, q, false);
    assert_true(session_submit(s, &a, 1, &g));
    assert_true(session_current(s)->answer.cite_end > 0); /* the span was recorded */
    assert_true(g.cited && g.answer_correct && !g.evidence_correct);
    assert_int_equal(answer_cite_outcome(&session_current(s)->grade), CITE_GUESS);
    SessionTotals t = session_totals(s);
    assert_true(fabs(t.score - 1.0) < 1e-9);
    assert_int_equal(t.correct, 0); /* right for the wrong reason is not fully right */
    session_free(s);

    s = session_create(p, &q, 1, 1);
    a.cite_sentence = 9999;
    assert_false(session_submit(s, &a, 1, &g)); /* no such sentence */
    assert_false(session_submit_answer_part(s, &a, 1, &g));
    /* The evidence step given up on: the answer part alone is recorded, the evidence wrong. */
    answer_init(&a, session_question(s), NULL);
    assert_false(session_submit_answer_part(s, &a, 1, &g)); /* not even the answer */
    a.choice = p->questions[q].answer;
    assert_true(session_submit_answer_part(s, &a, 1, &g));
    assert_true(fabs(g.points - 1.0) < 1e-9);
    assert_int_equal(session_current(s)->state, ITEM_ANSWERED);
    assert_int_equal(answer_cite_outcome(&g), CITE_GUESS);
    session_free(s);
    pack_free(p);
}

/* Resuming restores both parts from the stored code; an answer stored without its cite pick
 * (time ran out on the evidence step) keeps the answer part's points. */
static void cite_question_restores_both_parts(void **state)
{
    (void)state;
    Pack *p = load("cite.json");
    int q = 0;
    char code[64];
    snprintf(code, sizeof code, "s:0:%d|c:%d", cite_sentence_for(p, q, true),
             p->questions[q].answer);
    Answer stored;
    assert_true(answer_decode(&p->questions[q], code, &stored));
    Session *s = session_create(p, &q, 1, 1);
    assert_true(session_restore(s, q, &stored, 3));
    const SessionItem *it = session_item(s, 0);
    assert_int_equal(it->state, ITEM_ANSWERED);
    assert_true(it->grade.correct);
    assert_true(fabs(it->grade.points - 2.0) < 1e-9);
    session_free(s);

    snprintf(code, sizeof code, "c:%d", p->questions[q].answer);
    assert_true(answer_decode(&p->questions[q], code, &stored));
    s = session_create(p, &q, 1, 1);
    assert_true(session_restore(s, q, &stored, 3));
    it = session_item(s, 0);
    assert_int_equal(it->state, ITEM_ANSWERED);
    assert_true(fabs(it->grade.points - 1.0) < 1e-9);
    assert_false(it->grade.evidence_correct);
    session_free(s);
    pack_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(session_asks_every_question_in_pack_order, setup, teardown),
        cmocka_unit_test_setup_teardown(full_run_scores_and_breaks_down_by_kind, setup, teardown),
        cmocka_unit_test_setup_teardown(all_right_run_gets_full_marks_and_misses_nothing, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(missed_lists_wrong_and_skipped_questions, setup, teardown),
        cmocka_unit_test_setup_teardown(submitting_twice_is_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(submitting_an_incomplete_or_foreign_answer_is_refused,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(moving_on_without_answering_is_a_skip, setup, teardown),
        cmocka_unit_test_setup_teardown(session_over_chosen_questions_asks_only_those, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(restore_resumes_after_the_answered_questions, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(restore_out_of_order_is_stepped_over_later, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(restore_refuses_damaged_or_unknown_answers, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(restore_of_a_stored_skip_records_a_skip, setup, teardown),
        cmocka_unit_test(order_shuffle_is_repeatable_and_never_the_answer),
        cmocka_unit_test(order_shuffle_does_not_depend_on_position),
        cmocka_unit_test(evidence_picked_by_index_is_graded_through_the_session),
        cmocka_unit_test(cite_question_is_submitted_with_both_parts),
        cmocka_unit_test(cite_question_restores_both_parts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
