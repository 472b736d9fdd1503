/* test_ui_present.c — presenter mode headless (present_harness.h): the setup stage; answers
 * entered per team; time running out by the injected clock; scores against the core's; no pixel
 * of the right answer or of the evidence before they are revealed, in every theme; the
 * scoreboard and the podium. Sessions, the store and the mouse: test_ui_present_session.c. */
#include "present_harness.h"

/* --- setup --------------------------------------------------------------------------------- */

static void setup_adds_removes_and_refuses_names_then_starts(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, HARBOR, NULL, 0, PRESENT_TOGETHER, false, false, NULL);
    PresentScreen *ps = h.ps;
    key(&h, SDLK_RETURN);
    assert_null(P(&h)); /* no teams yet */
    assert_non_null(strstr(ui_present_status(ps), "two teams"));
    type(&h, "Owls");
    key(&h, SDLK_RETURN);
    type(&h, "owls"); /* the same profile, ignoring case */
    key(&h, SDLK_RETURN);
    assert_int_equal(ps->n_names, 1);
    assert_non_null(strstr(ui_present_status(ps), "same name"));
    for (int i = 0; i < 4; i++) key(&h, SDLK_BACKSPACE); /* clear the field */
    type(&h, "Foxes");
    key(&h, SDLK_RETURN);
    type(&h, "Moles");
    key(&h, SDLK_RETURN);
    assert_int_equal(ps->n_names, 3);
    key(&h, SDLK_BACKSPACE); /* empty field: removes the last team */
    assert_int_equal(ps->n_names, 2);
    type(&h, "Bears");
    key(&h, SDLK_RETURN);
    /* Tab to the mode switch, Right flips it to turns; Tab twice more to Start. */
    key(&h, SDLK_TAB);
    key(&h, SDLK_RIGHT);
    assert_int_equal(ps->mode, PRESENT_TURNS);
    key(&h, SDLK_LEFT);
    key(&h, SDLK_TAB);
    key(&h, SDLK_SPACE);
    assert_true(ps->speed_bonus);
    key(&h, SDLK_TAB);
    key(&h, SDLK_RETURN);
    assert_non_null(P(&h));
    assert_int_equal(presenter_team_count(P(&h)), 3);
    assert_string_equal(presenter_team_name(P(&h), 0), "Owls");
    assert_string_equal(presenter_team_name(P(&h), 2), "Bears");
    assert_int_equal(presenter_mode(P(&h)), PRESENT_TOGETHER);
    ph_close(&h);
}

static void setup_by_mouse(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, HARBOR, TEAMS3, 3, PRESENT_TOGETHER, false, false, NULL);
    PresentScreen *ps = h.ps;
    click_rect(&h, ps->setup.teams[1]); /* not the remove button: nothing */
    assert_int_equal(ps->n_names, 3);
    const PsHit *rm = ps_find_hit(ps, HIT_SETUP_REMOVE, 1);
    assert_non_null(rm);
    click_rect(&h, rm->r);
    assert_int_equal(ps->n_names, 2);
    assert_string_equal(ps->names[1], "Bears");
    click_rect(&h, ps->setup.mode[1]);
    assert_int_equal(ps->mode, PRESENT_TURNS);
    click_rect(&h, ps->setup.start);
    assert_non_null(P(&h));
    assert_int_equal(presenter_mode(P(&h)), PRESENT_TURNS);
    ph_close(&h);
}

/* --- answering, time, reveal --------------------------------------------------------------- */

static void together_answers_time_up_and_scores_match_the_core(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, HARBOR, TEAMS3, 3, PRESENT_TOGETHER, true, false, NULL);
    start(&h);
    PresentScreen *ps = h.ps;
    assert_int_equal(presenter_time_limit(P(&h)), 40);
    later(&h, 10000);
    key(&h, SDLK_1); /* Owls … */
    assert_true(ps->draft.open);
    key(&h, SDLK_b); /* … say B: right */
    assert_true(presenter_team_answered(P(&h), 0));
    assert_false(ps->draft.open);
    later(&h, 10000);
    key(&h, SDLK_2);
    key(&h, SDLK_3); /* Foxes say C (the third choice, by number) */
    assert_true(presenter_team_answered(P(&h), 1));
    assert_int_equal(presenter_result(P(&h), 0, 1)->answer.choice, 2);
    key(&h, SDLK_3); /* Bears are picked … */
    key(&h, SDLK_ESCAPE); /* … and put down again: Esc does not end the session then */
    assert_int_equal(presenter_phase(P(&h)), PHASE_ASKING);
    assert_false(presenter_team_answered(P(&h), 2));
    /* The countdown runs out by the clock alone. */
    assert_int_equal(ui_present_next_timer_ms(ps), 1000);
    later(&h, 19500);
    assert_int_equal(ui_present_next_timer_ms(ps), 500);
    later(&h, 500);
    assert_int_equal(presenter_phase(P(&h)), PHASE_TIME_UP);
    assert_int_equal(ui_present_next_timer_ms(ps), -1);
    key(&h, SDLK_3);
    key(&h, SDLK_b); /* too late */
    assert_false(presenter_team_answered(P(&h), 2));
    key(&h, SDLK_SPACE);
    assert_int_equal(presenter_phase(P(&h)), PHASE_REVEALED);
    /* Owls: right with 30 of 40 s left: 1 + 0.5 * 30/40. */
    assert_true(fabs(presenter_team_score(P(&h), 0) - 1.375) < 1e-9);
    assert_true(fabs(presenter_team_score(P(&h), 1)) < 1e-9);
    assert_true(fabs(presenter_team_score(P(&h), 2)) < 1e-9);
    ph_close(&h);
}

static void pause_stops_the_countdown_and_extra_time_reopens(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, HARBOR, TEAMS3, 3, PRESENT_TOGETHER, false, false, NULL);
    start(&h);
    later(&h, 5000);
    key(&h, SDLK_p);
    assert_int_equal(presenter_phase(P(&h)), PHASE_PAUSED);
    assert_int_equal(ui_present_next_timer_ms(h.ps), -1); /* nothing to redraw while paused */
    later(&h, 60000);
    assert_int_equal(presenter_time_left_ms(P(&h), h.now), 35000);
    key(&h, SDLK_1);
    key(&h, SDLK_a); /* answers still taken while paused */
    assert_true(presenter_team_answered(P(&h), 0));
    key(&h, SDLK_p);
    assert_int_equal(presenter_phase(P(&h)), PHASE_ASKING);
    later(&h, 35000);
    assert_int_equal(presenter_phase(P(&h)), PHASE_TIME_UP);
    key(&h, SDLK_PLUS);
    assert_int_equal(presenter_phase(P(&h)), PHASE_ASKING);
    assert_int_equal(presenter_time_left_ms(P(&h), h.now), 15000);
    ph_close(&h);
}

/* No pixel of the right-answer marker before the reveal; then on the right tile. */
static void right_answer_not_on_screen_before_reveal(void **state)
{
    (void)state;
    static const char *const themes[] = {"light", "dark", "contrast"};
    for (size_t t = 0; t < 3; t++) {
        PH h;
        ph_open(&h, HARBOR, TEAMS3, 3, PRESENT_TOGETHER, false, false, themes[t]);
        start(&h);
        PresentScreen *ps = h.ps;
        const Theme *th = ps->ui.th;
        key(&h, SDLK_1);
        key(&h, SDLK_b);
        key(&h, SDLK_2);
        key(&h, SDLK_a);
        redraw(&h);
        SDL_Rect screen = {0, 0, 1280, 800};
        assert_int_equal(count_colour(&h, screen, th->good), 0);
        assert_int_equal(count_colour(&h, ps->answers, th->good_bg), 0);
        char buf[64];
        assert_false(presenter_correct_answer(P(&h), buf, sizeof buf));
        key(&h, SDLK_SPACE);
        redraw(&h);
        SDL_Rect right = ps->tiles[h.pack->questions[0].answer], wrong = ps->tiles[0];
        assert_true(count_colour(&h, right, th->good) > 500);
        assert_int_equal(count_colour(&h, wrong, th->good), 0);
        ph_close(&h);
    }
}

/* The evidence highlight appears with E only: not while asking, not at the reveal. */
static void evidence_highlight_only_after_e(void **state)
{
    (void)state;
    static const char *const themes[] = {"light", "dark", "contrast"};
    for (size_t t = 0; t < 3; t++) {
        PH h;
        ph_open(&h, HARBOR, TEAMS3, 3, PRESENT_TOGETHER, false, false, themes[t]);
        start(&h);
        PresentScreen *ps = h.ps;
        SDL_Color mark = ps->cui.th->mark;
        redraw(&h);
        assert_int_equal(count_colour(&h, ps->ex.view, mark), 0);
        key(&h, SDLK_e); /* not before the reveal */
        assert_int_equal(presenter_phase(P(&h)), PHASE_ASKING);
        key(&h, SDLK_SPACE);
        redraw(&h);
        assert_int_equal(count_colour(&h, ps->ex.view, mark), 0);
        key(&h, SDLK_e);
        assert_int_equal(presenter_phase(P(&h)), PHASE_EVIDENCE);
        redraw(&h);
        const Passage *ev = &h.pack->questions[0].evidence[0];
        SDL_Rect r[8];
        size_t n = ex_range_rects(&ps->ex, ev->start, ev->end, r, 8);
        assert_true(n > 0);
        long marked = 0, area = 0;
        for (size_t i = 0; i < n; i++) {
            marked += count_colour(&h, r[i], mark);
            area += (long)r[i].w * r[i].h;
        }
        assert_true(marked > area / 3); /* the rest is the passage's text */
        ph_close(&h);
    }
}

static void scoreboard_ranks_and_podium_ends(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, HARBOR, TEAMS3, 3, PRESENT_TOGETHER, false, false, NULL);
    start(&h);
    key(&h, SDLK_3);
    key(&h, SDLK_b); /* Bears right */
    key(&h, SDLK_1);
    key(&h, SDLK_c); /* Owls wrong */
    key(&h, SDLK_RETURN); /* reveal */
    key(&h, SDLK_s);
    assert_int_equal(presenter_phase(P(&h)), PHASE_SCOREBOARD);
    size_t order[3];
    presenter_ranking(P(&h), order);
    assert_int_equal(order[0], 2);
    assert_int_equal(order[1], 0); /* ties keep team order */
    assert_int_equal(order[2], 1);
    redraw(&h);
    SDL_Rect screen = {0, 0, 1280, 800};
    assert_true(count_colour(&h, screen, h.ps->ui.th->accent) > 1000); /* the leader's bar */
    key(&h, SDLK_RIGHT); /* question 2: order; Foxes arrange it right with the keys */
    assert_int_equal(presenter_position(P(&h)), 1);
    key(&h, SDLK_2);
    const Question *q = presenter_question(P(&h));
    assert_int_not_equal(h.ps->draft.a.order[0], q->order[0]); /* never starts solved */
    key(&h, SDLK_2);
    key(&h, SDLK_UP);
    key(&h, SDLK_RETURN);
    assert_true(presenter_team_answered(P(&h), 1));
    key(&h, SDLK_SPACE);
    assert_true(presenter_result(P(&h), 1, 1)->grade.correct);
    key(&h, SDLK_n);
    assert_int_equal(presenter_phase(P(&h)), PHASE_PODIUM);
    redraw(&h);
    key(&h, SDLK_LEFT); /* back from the podium */
    assert_int_equal(presenter_phase(P(&h)), PHASE_REVEALED);
    key(&h, SDLK_ESCAPE);
    assert_int_equal(presenter_phase(P(&h)), PHASE_PODIUM);
    assert_false(ui_present_should_quit(h.ps));
    key(&h, SDLK_ESCAPE); /* Esc on the podium leaves presenter mode */
    assert_true(ui_present_should_quit(h.ps));
    assert_false(ui_present_quit_all(h.ps));
    ph_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(setup_adds_removes_and_refuses_names_then_starts),
        cmocka_unit_test(setup_by_mouse),
        cmocka_unit_test(together_answers_time_up_and_scores_match_the_core),
        cmocka_unit_test(pause_stops_the_countdown_and_extra_time_reopens),
        cmocka_unit_test(right_answer_not_on_screen_before_reveal),
        cmocka_unit_test(evidence_highlight_only_after_e),
        cmocka_unit_test(scoreboard_ranks_and_podium_ends),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
