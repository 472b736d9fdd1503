/* test_ui_present_cite.c — cite questions (issue 9) in presenter mode, headless: the teams answer,
 * the first reveal key moves on to the sentence, the class picks it on the projector (number
 * keys, ↑ ↓, or a click on the numbered excerpt; Esc goes back to the answers), the second key
 * reveals and both parts are scored; the sentence is not marked right or wrong before that. */
#include "present_harness.h"
#include "ui_present_script.h"

#define CITE "tests/ui/fixtures/cite.json" /* q0 choice B, 4 points, evidence: sentence 1 */

static int number_of_sentence(PH *h, int s)
{
    return ex_number_of(&h->ps->ex, s);
}

static void the_class_picks_the_sentence_then_the_reveal_scores_both(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, CITE, TEAMS3, 3, PRESENT_TOGETHER, false, false, NULL);
    start(&h);
    PresentScreen *ps = h.ps;
    assert_true(presenter_question(P(&h))->cite);
    assert_true(ps->ex.numbered); /* the sentences carry numbers from the start */
    key(&h, SDLK_1);
    key(&h, SDLK_b); /* Owls: B, right */
    key(&h, SDLK_2);
    key(&h, SDLK_a); /* Foxes: A, wrong */
    assert_true(presenter_team_answered(P(&h), 0) && presenter_team_answered(P(&h), 1));
    /* the first Space: on to the sentence, nothing revealed */
    key(&h, SDLK_SPACE);
    assert_true(ps->citing);
    assert_int_equal(presenter_phase(P(&h)), PHASE_ASKING);
    /* Esc goes back to the answers (Bears answer late), Space again */
    key(&h, SDLK_ESCAPE);
    assert_false(ps->citing);
    assert_int_equal(presenter_phase(P(&h)), PHASE_ASKING);
    key(&h, SDLK_3);
    key(&h, SDLK_b);
    assert_true(presenter_team_answered(P(&h), 2));
    key(&h, SDLK_SPACE);
    assert_true(ps->citing);
    /* a number picks a sentence; ↓ moves the pick; a click on the right sentence picks it */
    int art, sen;
    key(&h, SDLK_1);
    assert_true(presenter_cite_pick(P(&h), 0, &art, &sen));
    int first = sen;
    key(&h, SDLK_DOWN);
    assert_true(presenter_cite_pick(P(&h), 0, &art, &sen));
    assert_true(sen != first);
    int right = number_of_sentence(&h, 1);
    assert_true(right > 0);
    SDL_Rect r[4];
    const TextSpan *sp = &ps->ex.a->sentences[1];
    size_t n = ex_range_rects(&ps->ex, sp->start, sp->end, r, 4);
    assert_true(n > 0);
    click_rect(&h, r[0]);
    assert_true(presenter_cite_pick(P(&h), 0, &art, &sen));
    assert_int_equal(sen, 1);
    assert_int_equal(ps->cite_cursor, right);
    /* the second Space reveals: both parts for every team, from the class's sentence */
    key(&h, SDLK_SPACE);
    assert_int_equal(presenter_phase(P(&h)), PHASE_REVEALED);
    assert_false(ps->citing);
    assert_true(fabs(presenter_team_score(P(&h), 0) - 4.0) < 1e-9); /* both right */
    assert_true(fabs(presenter_team_score(P(&h), 1) - 2.0) < 1e-9); /* a misreading: the sentence */
    assert_int_equal(answer_cite_outcome(&presenter_result(P(&h), 0, 1)->grade), CITE_MISREAD);
    ph_close(&h);
}

/* The presenter's script command picks the sentence as a teacher would. */
static void a_script_cites_like_a_teacher(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, CITE, TEAMS3, 2, PRESENT_TURNS, false, false, NULL);
    start(&h);
    PresentScript s;
    int64_t clock = 0;
    ps_script_init(&s, "answer 1 right; cite wrong; key Space; expect revealed", &clock, NULL);
    while (ps_script_step(&s, h.ps)) render_if_dirty(&h);
    if (s.failed) fail_msg("%s", s.error);
    const TeamResult *r = presenter_result(P(&h), 0, 0);
    assert_int_equal(answer_cite_outcome(&r->grade), CITE_GUESS);
    assert_true(fabs(r->grade.points - 2.0) < 1e-9);
    ph_close(&h);
}

/* A cite question answered with Enter (multi, order, text): the answer part alone locks in — the
 * sentence comes later, from the class — as it does for a choice. Enter used to ask for the whole
 * answer, sentence included, so such an answer could not be entered at all. */
static void enter_locks_in_the_answer_part_of_a_multi_cite_question(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, CITE, TEAMS3, 3, PRESENT_TOGETHER, false, false, NULL);
    start(&h);
    key(&h, SDLK_k);
    key(&h, SDLK_k); /* claims-not-facts: multi, cite */
    const Question *q = presenter_question(P(&h));
    assert_int_equal(q->format, FORMAT_MULTI);
    assert_true(q->cite);
    key(&h, SDLK_1);
    for (size_t i = 0; i < q->n_choices; i++)
        if ((q->answers >> i) & 1u) key(&h, SDLK_a + (SDL_Keycode)i);
    key(&h, SDLK_RETURN);
    assert_true(presenter_team_answered(P(&h), 0));
    assert_int_equal(presenter_result(P(&h), 2, 0)->answer.picked, q->answers);
    ph_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_class_picks_the_sentence_then_the_reveal_scores_both),
        cmocka_unit_test(a_script_cites_like_a_teacher),
        cmocka_unit_test(enter_locks_in_the_answer_part_of_a_multi_cite_question),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
