/* test_presenter.c — classroom sessions: countdown under an injected clock, pause and extra
 * time, team turns, reveal and scoring with and without the speed bonus, navigation. */
#include "helpers.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>
#include "presenter.h"

static Pack *pack;

static int setup(void **state)
{
    (void)state;
    pack = tu_load_pack("tests/fixtures/good/harbor.json");
    return pack ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    pack_free(pack);
    return 0;
}

static const char *const TEAMS[] = {"Owls", "Foxes", "Bears"};

static Presenter *make(PresentMode mode, bool bonus, size_t teams)
{
    char err[128];
    PresentRules rules = {bonus, 0};
    Presenter *p = presenter_create(pack, TEAMS, teams, mode, rules, 1000, err, sizeof err);
    assert_non_null(p);
    return p;
}

/* The harbor pack's first question: choice, answer index 1, 1 point, pack time limit 40 s. */
static Answer pick(int choice)
{
    Answer a;
    answer_init(&a, &pack->questions[0], NULL);
    a.choice = choice;
    return a;
}

static void rejects_bad_team_lists(void **state)
{
    (void)state;
    char err[128];
    PresentRules rules = {false, 0};
    const char *const one[] = {"Solo"};
    assert_null(presenter_create(pack, one, 1, PRESENT_TOGETHER, rules, 0, err, sizeof err));
    assert_non_null(strstr(err, "2 to 8"));
    const char *const twins[] = {"A", "A"};
    assert_null(presenter_create(pack, twins, 2, PRESENT_TOGETHER, rules, 0, err, sizeof err));
    assert_non_null(strstr(err, "two teams"));
}

static void countdown_follows_the_injected_clock_and_pauses(void **state)
{
    (void)state;
    Presenter *p = make(PRESENT_TOGETHER, false, 2);
    assert_int_equal(presenter_time_limit(p), 40); /* the pack's time_limit */
    assert_int_equal(presenter_time_left_ms(p, 1000), 40000);
    assert_int_equal(presenter_time_left_ms(p, 11000), 30000);
    presenter_pause(p, 11000);
    assert_int_equal(presenter_phase(p), PHASE_PAUSED);
    assert_int_equal(presenter_time_left_ms(p, 50000), 30000); /* frozen while paused */
    presenter_resume(p, 50000);
    assert_int_equal(presenter_time_left_ms(p, 60000), 20000);
    presenter_extra_time(p, 60000);
    assert_int_equal(presenter_time_left_ms(p, 60000), 35000);
    assert_false(presenter_tick(p, 94999));
    assert_true(presenter_tick(p, 95000));
    assert_int_equal(presenter_phase(p), PHASE_TIME_UP);
    Answer a = pick(1);
    assert_false(presenter_answer(p, 0, &a, 95001)); /* too late */
    presenter_extra_time(p, 100000);                 /* the teacher gives more time */
    assert_int_equal(presenter_phase(p), PHASE_ASKING);
    assert_int_equal(presenter_time_left_ms(p, 100000), 15000);
    assert_true(presenter_answer(p, 0, &a, 101000));
    presenter_free(p);
}

static void answer_stays_hidden_until_reveal(void **state)
{
    (void)state;
    Presenter *p = make(PRESENT_TOGETHER, false, 2);
    char buf[128];
    assert_false(presenter_correct_answer(p, buf, sizeof buf));
    assert_string_equal(buf, "");
    assert_true(presenter_reveal(p, 5000));
    assert_true(presenter_correct_answer(p, buf, sizeof buf));
    assert_non_null(strstr(buf, "Dana Obi"));
    presenter_free(p);
}

static void together_mode_scores_every_team(void **state)
{
    (void)state;
    Presenter *p = make(PRESENT_TOGETHER, false, 3);
    Answer right = pick(1), wrong = pick(0);
    assert_true(presenter_answer(p, 0, &right, 2000));
    assert_true(presenter_answer(p, 1, &wrong, 3000));
    assert_false(presenter_all_answered(p));
    assert_true(presenter_answer(p, 2, &right, 4000));
    assert_true(presenter_all_answered(p));
    assert_true(presenter_reveal(p, 5000));
    assert_true(presenter_result(p, 0, 0)->grade.correct);
    assert_false(presenter_result(p, 0, 1)->grade.correct);
    assert_float_equal(presenter_team_score(p, 0), 1.0, 1e-9);
    assert_float_equal(presenter_team_score(p, 1), 0.0, 1e-9);
    size_t rank[3];
    presenter_ranking(p, rank);
    assert_int_equal(rank[0], 0); /* tie with team 2 keeps team order */
    assert_int_equal(rank[1], 2);
    assert_int_equal(rank[2], 1);
    presenter_free(p);
}

static void speed_bonus_rewards_time_left(void **state)
{
    (void)state;
    /* In turns, question 1 is team 0's: after 10 s of 40 (30 left) the bonus is
     * 1 * 0.5 * 30/40 = 0.375; after 30 s (10 left), 0.125. */
    static const struct {
        int64_t at_ms;
        double score;
    } cases[] = {{11000, 1.375}, {31000, 1.125}};
    for (size_t i = 0; i < 2; i++) {
        Presenter *p = make(PRESENT_TURNS, true, 2);
        Answer right = pick(1);
        assert_true(presenter_speed_bonus(p));
        assert_true(presenter_answer(p, 0, &right, cases[i].at_ms));
        presenter_reveal(p, cases[i].at_ms + 1000);
        assert_float_equal(presenter_team_score(p, 0), cases[i].score, 1e-9);
        presenter_free(p);
    }
}

/* Together, the teacher types the teams' answers one after another: a bonus for time would be a
 * bonus for being typed first (the same right answer earned 1.43 or 1.41). There is none. */
static void together_mode_has_no_speed_bonus(void **state)
{
    (void)state;
    Presenter *p = make(PRESENT_TOGETHER, true, 3);
    Answer right = pick(1);
    assert_false(presenter_speed_bonus(p));
    assert_true(presenter_answer(p, 2, &right, 11000));
    assert_true(presenter_answer(p, 0, &right, 14000));
    assert_true(presenter_answer(p, 1, &right, 31000));
    presenter_reveal(p, 32000);
    for (size_t t = 0; t < 3; t++) {
        assert_float_equal(presenter_team_score(p, t), 1.0, 1e-9);
        assert_float_equal(presenter_result(p, 0, t)->bonus, 0.0, 1e-9);
    }
    presenter_free(p);
}

static void turns_mode_lets_only_the_current_team_answer(void **state)
{
    (void)state;
    Presenter *p = make(PRESENT_TURNS, false, 2);
    Answer right = pick(1);
    assert_int_equal(presenter_turn(p), 0);
    assert_false(presenter_answer(p, 1, &right, 2000));
    assert_true(presenter_answer(p, 0, &right, 2000));
    assert_true(presenter_all_answered(p));
    presenter_reveal(p, 3000);
    assert_true(presenter_next(p, 4000));
    assert_int_equal(presenter_turn(p), 1);
    presenter_free(p);
}

static void navigation_back_skip_and_podium(void **state)
{
    (void)state;
    Presenter *p = make(PRESENT_TOGETHER, false, 2);
    Answer right = pick(1);
    assert_false(presenter_next(p, 2000)); /* must reveal or skip first */
    presenter_answer(p, 0, &right, 2000);
    presenter_reveal(p, 3000);
    assert_true(presenter_show_evidence(p));
    assert_true(presenter_show_scoreboard(p));
    assert_true(presenter_next(p, 4000));
    assert_int_equal(presenter_position(p), 1);
    assert_int_equal(presenter_phase(p), PHASE_ASKING);
    assert_true(presenter_back(p));
    assert_int_equal(presenter_position(p), 0);
    assert_int_equal(presenter_phase(p), PHASE_REVEALED); /* kept its answers */
    assert_float_equal(presenter_team_score(p, 0), 1.0, 1e-9);
    assert_true(presenter_next(p, 5000));
    assert_true(presenter_skip(p, 6000)); /* the last question: skipped, then the podium */
    assert_int_equal(presenter_phase(p), PHASE_PODIUM);
    assert_true(presenter_question_skipped(p, 1));
    assert_null(presenter_question(p));
    presenter_free(p);
}

static void evidence_answers_by_sentence_are_graded_by_their_span(void **state)
{
    (void)state;
    Diagnostics d;
    diag_init(&d, "minimal.json");
    Pack *m = pack_load_file(tu_source_path("tests/fixtures/good/minimal.json"), &d);
    diag_free(&d);
    assert_non_null(m);
    char err[64];
    PresentRules rules = {false, 0};
    Presenter *p = presenter_create(m, TEAMS, 2, PRESENT_TOGETHER, rules, 0, err, sizeof err);
    while (presenter_question(p)->format != FORMAT_EVIDENCE) assert_true(presenter_skip(p, 0));
    const Question *q = presenter_question(p);
    int right = pack_sentence_at(&m->articles[0], q->evidence[0].start);
    assert_true(right >= 0);
    Answer a;
    answer_init(&a, q, NULL);
    a.article = 0;
    a.sentence = right; /* the screen sets only these two */
    assert_true(presenter_answer(p, 0, &a, 1000));
    a.sentence = right == 0 ? 1 : 0;
    assert_true(presenter_answer(p, 1, &a, 1000));
    a.sentence = 100000; /* no such sentence: refused */
    assert_false(presenter_answer(p, 1, &a, 1000));
    presenter_reveal(p, 2000);
    assert_true(presenter_result(p, presenter_position(p), 0)->grade.correct);
    assert_false(presenter_result(p, presenter_position(p), 1)->grade.correct);
    presenter_free(p);
    pack_free(m);
}

static void ending_mid_question_skips_it_and_drops_its_answers(void **state)
{
    (void)state;
    Presenter *p = make(PRESENT_TOGETHER, false, 2);
    Answer right = pick(1);
    assert_true(presenter_answer(p, 0, &right, 2000));
    presenter_end(p); /* before the reveal */
    assert_int_equal(presenter_phase(p), PHASE_PODIUM);
    assert_true(presenter_question_skipped(p, 0));
    assert_false(presenter_result(p, 0, 0)->answered);
    assert_float_equal(presenter_team_score(p, 0), 0.0, 1e-9);
    assert_true(presenter_back(p));
    assert_false(presenter_question_revealed(p, 0));
    presenter_free(p);
}

/* Cite questions (issue 9): the class picks one sentence after answering; the reveal grades both
 * parts of every team's answer. The pack is tests/ui/fixtures/cite.json: q0 choice (answer 1,
 * 4 points, evidence: sentence 1 of article 0), q5 a choice without a cite part. */
static void the_class_picks_the_sentence_and_the_reveal_scores_both_parts(void **state)
{
    (void)state;
    Pack *cp = tu_load_pack("tests/ui/fixtures/cite.json");
    assert_non_null(cp);
    char err[128];
    PresentRules rules = {false, 0};
    Presenter *p = presenter_create(cp, TEAMS, 3, PRESENT_TOGETHER, rules, 1000, err, sizeof err);
    assert_non_null(p);
    const Question *q = presenter_question(p);
    assert_true(q->cite);
    for (size_t t = 0; t < 3; t++) {
        Answer a;
        answer_init(&a, q, NULL);
        a.choice = t == 2 ? 0 : 1; /* Owls and Foxes right, Bears wrong */
        assert_true(presenter_answer(p, t, &a, 2000)); /* the answer part alone is enough */
    }
    int art, sen;
    assert_false(presenter_cite_pick(p, 0, &art, &sen));
    assert_false(presenter_cite(p, 0, 999)); /* no such sentence */
    assert_true(presenter_cite(p, 0, 3));    /* a first thought … */
    assert_true(presenter_cite(p, 0, 1));    /* … changed to the right one */
    assert_true(presenter_cite_pick(p, 0, &art, &sen));
    assert_int_equal(sen, 1);
    /* time up: the sentence may still be picked */
    presenter_tick(p, 1000 + 61 * 1000);
    assert_int_equal(presenter_phase(p), PHASE_TIME_UP);
    assert_true(presenter_cite(p, 0, 1));
    assert_true(presenter_reveal(p, 70000));
    assert_false(presenter_cite(p, 0, 2)); /* closed once revealed */
    const TeamResult *owls = presenter_result(p, 0, 0), *bears = presenter_result(p, 0, 2);
    assert_true(owls->grade.correct);
    assert_true(owls->grade.points > 3.999);
    assert_int_equal(answer_cite_outcome(&bears->grade), CITE_MISREAD); /* wrong answer, right sentence */
    assert_true(bears->grade.points > 1.999 && bears->grade.points < 2.001);
    assert_int_equal(owls->answer.cite_sentence, 1);
    /* the next question starts with no sentence; the last one, without a cite part, takes none */
    assert_true(presenter_next(p, 80000));
    assert_false(presenter_cite_pick(p, 1, &art, &sen));
    for (int i = 0; i < 4; i++) assert_true(presenter_skip(p, 81000));
    assert_false(presenter_question(p)->cite);
    assert_false(presenter_cite(p, 0, 1));
    /* a question without a picked sentence scores its evidence part as wrong */
    presenter_free(p);
    p = presenter_create(cp, TEAMS, 2, PRESENT_TURNS, rules, 1000, err, sizeof err);
    Answer a;
    answer_init(&a, q, NULL);
    a.choice = 1;
    assert_false(presenter_answer(p, 1, &a, 2000)); /* not the Foxes' turn */
    assert_true(presenter_answer(p, 0, &a, 2000));
    assert_true(presenter_reveal(p, 3000)); /* nobody picked a sentence */
    const TeamResult *r = presenter_result(p, 0, 0);
    assert_int_equal(answer_cite_outcome(&r->grade), CITE_GUESS);
    assert_true(r->grade.points > 1.999 && r->grade.points < 2.001);
    presenter_free(p);
    pack_free(cp);
}

/* A pack of two articles about one event (tests/ui/fixtures/two-articles-cite.json): q0 a cite
 * choice whose passage is sentence 1 of article 0, q1 an evidence question whose passage is
 * sentence 1 of article 1. A sentence of either article can be picked, and it is right only when
 * it overlaps a passage in its own article: sentence 1 of the other article is wrong. */
static void a_sentence_of_either_article_is_graded_in_its_own_article(void **state)
{
    (void)state;
    Pack *tp = tu_load_pack("tests/ui/fixtures/two-articles-cite.json");
    assert_non_null(tp);
    assert_int_equal(tp->n_articles, 2);
    char err[128];
    PresentRules rules = {false, 0};
    /* the cite question: the class's sentence, from either article */
    for (int art = 0; art < 2; art++) {
        Presenter *p = presenter_create(tp, TEAMS, 2, PRESENT_TOGETHER, rules, 1000, err, sizeof err);
        assert_non_null(p);
        const Question *q = presenter_question(p);
        assert_true(q->cite);
        assert_int_equal(q->evidence[0].article, 0);
        Answer a;
        answer_init(&a, q, NULL);
        a.choice = 1;
        assert_true(presenter_answer(p, 0, &a, 2000));
        assert_true(presenter_cite(p, art, 1));
        int got_art, got_sen;
        assert_true(presenter_cite_pick(p, 0, &got_art, &got_sen));
        assert_int_equal(got_art, art);
        assert_true(presenter_reveal(p, 3000));
        const TeamResult *r = presenter_result(p, 0, 0);
        assert_int_equal(r->answer.cite_article, art);
        assert_int_equal(r->grade.evidence_correct, art == 0);
        assert_int_equal(r->grade.correct, art == 0);
        presenter_free(p);
    }
    /* the evidence question: each team's sentence, from either article */
    Presenter *p = presenter_create(tp, TEAMS, 3, PRESENT_TOGETHER, rules, 1000, err, sizeof err);
    assert_non_null(p);
    assert_true(presenter_skip(p, 1500));
    const Question *q = presenter_question(p);
    assert_int_equal(q->format, FORMAT_EVIDENCE);
    assert_int_equal(q->evidence[0].article, 1);
    static const int picks[3][2] = {{1, 1}, {0, 1}, {1, 0}}; /* right; same number, other article; wrong */
    for (size_t t = 0; t < 3; t++) {
        Answer a;
        answer_init(&a, q, NULL);
        a.article = picks[t][0];
        a.sentence = picks[t][1];
        assert_true(presenter_answer(p, t, &a, 2000));
    }
    assert_true(presenter_reveal(p, 3000));
    assert_true(presenter_result(p, 1, 0)->grade.correct);
    assert_int_equal(presenter_result(p, 1, 1)->answer.article, 0);
    assert_false(presenter_result(p, 1, 1)->grade.correct);
    assert_false(presenter_result(p, 1, 2)->grade.correct);
    presenter_free(p);
    pack_free(tp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rejects_bad_team_lists),
        cmocka_unit_test(countdown_follows_the_injected_clock_and_pauses),
        cmocka_unit_test(answer_stays_hidden_until_reveal),
        cmocka_unit_test(together_mode_scores_every_team),
        cmocka_unit_test(speed_bonus_rewards_time_left),
        cmocka_unit_test(together_mode_has_no_speed_bonus),
        cmocka_unit_test(turns_mode_lets_only_the_current_team_answer),
        cmocka_unit_test(navigation_back_skip_and_podium),
        cmocka_unit_test(evidence_answers_by_sentence_are_graded_by_their_span),
        cmocka_unit_test(ending_mid_question_skips_it_and_drops_its_answers),
        cmocka_unit_test(the_class_picks_the_sentence_and_the_reveal_scores_both_parts),
        cmocka_unit_test(a_sentence_of_either_article_is_graded_in_its_own_article),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
