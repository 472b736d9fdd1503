/* test_ui_present_session.c — presenter mode headless (present_harness.h): a session saved in a
 * store (rows per reveal, attempts joined into one session, finished on the podium); whole
 * sessions on every answer format by keyboard alone, together and in turns; clicks on chips,
 * answers and sentences; every question of a bundled pack fits the screen. */
#include "present_harness.h"

static void session_is_saved_on_reveal_and_finished_on_podium(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, HARBOR, TEAMS3, 3, PRESENT_TOGETHER, false, true, NULL);
    start(&h);
    key(&h, SDLK_1);
    key(&h, SDLK_b);
    key(&h, SDLK_2);
    key(&h, SDLK_a);
    Rows rows = {0};
    assert_true(store_each_answer(h.store, NULL, NULL, collect_answer, &rows));
    assert_int_equal(rows.n, 0); /* nothing before the reveal */
    key(&h, SDLK_SPACE);
    assert_true(store_each_answer(h.store, NULL, NULL, collect_answer, &rows));
    assert_int_equal(rows.n, 2); /* one per team that answered */
    assert_string_equal(rows.profile[0], "Owls");
    assert_string_equal(rows.answer[0], "c:1");
    assert_int_equal(rows.correct[0], 1);
    assert_string_equal(rows.profile[1], "Foxes");
    assert_int_equal(rows.correct[1], 0);
    assert_int_equal(rows.session[0], rows.attempt[0]);
    assert_int_equal(rows.session[1], rows.attempt[0]); /* joined to the first team's attempt */
    key(&h, SDLK_LEFT); /* back and forth does not save twice */
    key(&h, SDLK_RIGHT);
    key(&h, SDLK_k);    /* question 2 skipped: the podium */
    assert_int_equal(presenter_phase(P(&h)), PHASE_PODIUM);
    Attempts at = {0};
    assert_true(store_each_attempt(h.store, NULL, NULL, collect_attempt, &at));
    assert_int_equal(at.n, 3);
    assert_int_equal(at.finished, 3);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(at.session[i], at.id[0]);
        assert_true(fabs(at.max[i] - 1) < 1e-9); /* the skipped question counts for no one */
    }
    assert_true(fabs(at.score[0] - 1) < 1e-9);
    assert_true(fabs(at.score[1]) < 1e-9);
    memset(&rows, 0, sizeof rows);
    assert_true(store_each_answer(h.store, NULL, NULL, collect_answer, &rows));
    assert_int_equal(rows.n, 2);
    ph_close(&h);
}

/* --- whole sessions by keyboard ------------------------------------------------------------- */

/* The keys of the right (or a wrong) answer to the current question for the open draft. */
static void answer_keys(PH *h, bool right)
{
    PresentScreen *ps = h->ps;
    const Question *q = presenter_question(P(h));
    switch (q->format) {
    case FORMAT_CHOICE: key(h, SDLK_a + (right ? q->answer : (q->answer + 1) % (int)q->n_choices)); break;
    case FORMAT_TRUE_FALSE: key(h, q->truth == right ? SDLK_t : SDLK_f); break;
    case FORMAT_MULTI:
        for (size_t i = 0; i < q->n_choices; i++)
            if ((((q->answers >> i) & 1u) != 0) == right) key(h, SDLK_a + (SDL_Keycode)i);
        key(h, SDLK_RETURN);
        break;
    case FORMAT_ORDER:
        for (size_t i = 0; right && i < q->n_order; i++) {
            size_t j = i;
            while (ps->draft.a.order[j] != q->order[i]) j++;
            key(h, SDLK_1 + (SDL_Keycode)j);
            for (size_t k = j; k > i; k--) key(h, SDLK_UP);
        }
        key(h, SDLK_RETURN);
        break;
    case FORMAT_TEXT:
        type(h, right ? q->accept[0] : "nobody");
        key(h, SDLK_RETURN);
        break;
    case FORMAT_EVIDENCE: {
        const PsExcerpt *ex = &ps->ex;
        int want = -1;
        for (int n = 1; n <= ex->n_sent; n++)
            if (pack_sentence_is_evidence(q, ex->article, (size_t)ex_sentence_of(ex, n), ex->a) == right) {
                want = n;
                break;
            }
        assert_true(want >= 1 && want <= 9);
        if (right) { /* by the cursor: Down to it, Enter */
            for (int n = 0; n < want; n++) key(h, SDLK_DOWN);
            key(h, SDLK_RETURN);
        } else {
            key(h, SDLK_1 + want - 1);
        }
        break;
    }
    default: break;
    }
}

static void together_keyboard_only_session(void **state)
{
    (void)state;
    static const char *const two[] = {"Red", "Blue"};
    PH h;
    ph_open(&h, MINIMAL, two, 2, PRESENT_TOGETHER, false, true, "dark");
    start(&h);
    double max = 0;
    for (size_t i = 0; i < h.pack->n_questions; i++) {
        assert_int_equal(presenter_position(P(&h)), i);
        later(&h, 2000);
        key(&h, SDLK_1);
        answer_keys(&h, true);
        assert_true(presenter_team_answered(P(&h), 0));
        key(&h, SDLK_2);
        answer_keys(&h, false);
        assert_true(presenter_team_answered(P(&h), 1));
        key(&h, SDLK_SPACE);
        assert_true(presenter_result(P(&h), i, 0)->grade.correct);
        assert_false(presenter_result(P(&h), i, 1)->grade.correct);
        key(&h, SDLK_e);
        key(&h, SDLK_s);
        max += h.pack->questions[i].points;
        key(&h, SDLK_RIGHT);
    }
    assert_int_equal(presenter_phase(P(&h)), PHASE_PODIUM);
    assert_true(fabs(presenter_team_score(P(&h), 0) - max) < 1e-9);
    Attempts at = {0};
    assert_true(store_each_attempt(h.store, NULL, NULL, collect_attempt, &at));
    assert_int_equal(at.finished, 2);
    assert_true(fabs(at.score[0] - presenter_team_score(P(&h), 0)) < 1e-9);
    assert_true(fabs(at.score[1] - presenter_team_score(P(&h), 1)) < 1e-9);
    ph_close(&h);
}

static void turns_keyboard_only_session(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, MINIMAL, TEAMS3, 3, PRESENT_TURNS, false, true, "contrast");
    start(&h);
    for (size_t i = 0; i < h.pack->n_questions; i++) {
        size_t turn = i % 3;
        assert_int_equal(presenter_turn(P(&h)), (int)turn);
        const Question *q = presenter_question(P(&h));
        if (q->format == FORMAT_TEXT) {
            key(&h, SDLK_1 + (SDL_Keycode)((turn + 1) % 3)); /* not their turn: refused */
            assert_false(h.ps->draft.open);
            key(&h, SDLK_1 + (SDL_Keycode)turn);
        }
        assert_true(h.ps->draft.open);
        assert_int_equal(h.ps->draft.team, (int)turn);
        answer_keys(&h, true);
        assert_true(presenter_team_answered(P(&h), turn));
        key(&h, SDLK_SPACE);
        assert_int_equal(presenter_phase(P(&h)), PHASE_REVEALED);
        assert_true(presenter_result(P(&h), i, turn)->grade.correct);
        key(&h, SDLK_n);
    }
    assert_int_equal(presenter_phase(P(&h)), PHASE_PODIUM);
    Attempts at = {0};
    assert_true(store_each_attempt(h.store, NULL, NULL, collect_attempt, &at));
    assert_int_equal(at.n, 3);
    double total = 0;
    for (int t = 0; t < 3; t++) {
        assert_true(fabs(at.score[t] - at.max[t]) < 1e-9); /* all right, own questions only */
        total += at.max[t];
    }
    double all = 0;
    for (size_t i = 0; i < h.pack->n_questions; i++) all += h.pack->questions[i].points;
    assert_true(fabs(total - all) < 1e-9);
    ph_close(&h);
}

/* --- the mouse ------------------------------------------------------------------------------ */

static void clicks_pick_teams_answers_and_sentences(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, MINIMAL, TEAMS3, 3, PRESENT_TOGETHER, false, false, NULL);
    start(&h);
    PresentScreen *ps = h.ps;
    click_rect(&h, ps->tiles[1]); /* no team picked: nothing */
    assert_false(presenter_team_answered(P(&h), 0));
    click_rect(&h, ps->chip[0]);
    assert_true(ps->draft.open);
    click_rect(&h, ps->tiles[1]);
    assert_true(presenter_team_answered(P(&h), 0));
    assert_true(presenter_result(P(&h), 0, 0)->answer.choice == 1);
    const PsHit *reveal = ps_find_hit(ps, HIT_ACTION, PA_REVEAL);
    assert_non_null(reveal);
    click_rect(&h, reveal->r);
    assert_int_equal(presenter_phase(P(&h)), PHASE_REVEALED);
    while (presenter_question(P(&h))->format != FORMAT_EVIDENCE) key(&h, SDLK_k);
    const Question *q = presenter_question(P(&h));
    click_rect(&h, ps->chip[2]);
    /* Click the middle of the evidence passage. */
    SDL_Rect r[8];
    size_t n = ex_range_rects(&ps->ex, q->evidence[0].start, q->evidence[0].end, r, 8);
    assert_true(n > 0);
    click_rect(&h, r[0]);
    assert_true(presenter_team_answered(P(&h), 2));
    key(&h, SDLK_SPACE);
    assert_true(presenter_result(P(&h), presenter_position(P(&h)), 2)->grade.correct);
    ph_close(&h);
}

static void every_question_fits_at_small_sizes(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, "quizzes/practice-phone-ban.json", TEAMS3, 3, PRESENT_TOGETHER, false, false, NULL);
    start(&h);
    for (size_t i = 0; i < h.pack->n_questions; i++) {
        redraw(&h);
        PresentScreen *ps = h.ps;
        /* The answers end inside the column, above the chips. */
        assert_true(ps->answers.y + ps->answers.h <= ps->column.y + ps->column.h);
        assert_true(ps->ex.n_lines > 0);
        key(&h, SDLK_k);
    }
    ph_close(&h);
}

/* --- the App's entry: ui_present_run_on --------------------------------------------------- */

static void push_key(SDL_Keycode k)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = k;
    SDL_PushEvent(&e);
}

/* The blocking loop on a renderer the caller owns: Esc on the setup leaves (the caller goes on),
 * a whole short session runs from queued events, and SDL_QUIT asks the caller to quit too. */
static void run_on_returns_to_the_caller(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, HARBOR, NULL, 0, PRESENT_TOGETHER, false, true, NULL);
    PresentConfig cfg = {
        .pack = h.pack, .data_dir = BYLINE_SOURCE_DIR, .store = h.store, .teams = TEAMS3,
        .n_teams = 3, .now_ms = ph_clock, .now_unix = ph_unix, .clock_ctx = &h,
    };
    char err[256];
    push_key(SDLK_ESCAPE);
    assert_true(ui_present_run_on(h.r, NULL, &cfg, err, sizeof err));
    SDL_Keycode session[] = {SDLK_RETURN, SDLK_1, SDLK_b, SDLK_SPACE, SDLK_ESCAPE, SDLK_ESCAPE};
    for (size_t i = 0; i < sizeof session / sizeof session[0]; i++) push_key(session[i]);
    assert_true(ui_present_run_on(h.r, NULL, &cfg, err, sizeof err));
    Attempts at = {0};
    assert_true(store_each_attempt(h.store, NULL, NULL, collect_attempt, &at));
    assert_int_equal(at.finished, 3); /* revealed, then the podium finished the attempts */
    assert_true(fabs(at.score[0] - 1) < 1e-9);
    SDL_Event quit = {.type = SDL_QUIT};
    SDL_PushEvent(&quit);
    assert_false(ui_present_run_on(h.r, NULL, &cfg, err, sizeof err));
    assert_int_equal(err[0], '\0');
    cfg.pack = NULL;
    assert_false(ui_present_run_on(h.r, NULL, &cfg, err, sizeof err));
    assert_true(err[0] != '\0');
    ph_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(session_is_saved_on_reveal_and_finished_on_podium),
        cmocka_unit_test(together_keyboard_only_session),
        cmocka_unit_test(turns_keyboard_only_session),
        cmocka_unit_test(clicks_pick_teams_answers_and_sentences),
        cmocka_unit_test(every_question_fits_at_small_sizes),
        cmocka_unit_test(run_on_returns_to_the_caller),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
