/* test_ui_progress.c — progress that is never lost: profiles, resuming an attempt after the app
 * is closed mid-quiz, best scores, the self-study review of missed questions, remembered text
 * size and theme, and a store that cannot be opened. */
#include "ui_harness.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#define PACK "tests/ui/fixtures/all-formats.json"

static void open_and_start(Harness *h)
{
    assert_int_equal(h->app->screen, SCREEN_LIBRARY);
    h_key(h, SDLK_1);
    assert_int_equal(h->app->screen, SCREEN_READ);
    h_key(h, SDLK_RETURN);
    assert_int_equal(h->app->screen, SCREEN_QUIZ);
}

static void answer_choice(Harness *h, SDL_Keycode k)
{
    h_key(h, k);
    h->now_ms += 3000;
    h_key(h, SDLK_RETURN);
    assert_true(h->app->q.feedback);
    h_key(h, SDLK_RETURN);
}

static void resume_after_closing_mid_quiz(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Ida"));
    open_and_start(&h);
    answer_choice(&h, SDLK_b);   /* right */
    answer_choice(&h, SDLK_f);   /* wrong */
    h_key(&h, SDLK_1);           /* a pick on question 3, not submitted: may be lost */
    h_stop(&h);                  /* the window is closed */

    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Ida"));
    App *app = h.app;
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_true(app->packs[0].unfinished >= 0);
    assert_int_equal(app->packs[0].unfinished_answers, 2);
    h_key(&h, SDLK_1);
    assert_non_null(h_hit(&h, ACT_RESUME, 0));
    assert_non_null(h_hit(&h, ACT_START_OVER, 0));
    h_key(&h, SDLK_RETURN);  /* Enter resumes */
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_int_equal(session_position(app->session), 2);
    assert_int_equal(h_question(&h)->format, FORMAT_MULTI);
    SessionTotals t = session_totals(app->session);
    assert_int_equal(t.answered, 2);
    assert_int_equal(t.correct, 1);
    /* finish: the results count the restored answers */
    while (app->screen == SCREEN_QUIZ) {
        const Question *q = h_question(&h);
        if (q->format == FORMAT_EVIDENCE) h_key(&h, SDLK_DOWN);
        else if (q->format == FORMAT_TEXT) h_text(&h, "Grant");
        else if (q->format != FORMAT_ORDER) h_key(&h, SDLK_1);
        h_key(&h, SDLK_RETURN);
        assert_true(app->q.feedback);
        h_key(&h, SDLK_RETURN);
    }
    assert_int_equal(app->screen, SCREEN_RESULTS);
    assert_int_equal(session_totals(app->session).answered, 7);
    h_key(&h, SDLK_ESCAPE);
    assert_int_equal(app->packs[0].unfinished, -1);
    assert_true(app->packs[0].best >= 0);
    h_finish(&h);
}

static void start_over_discards_nothing_but_begins_fresh(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Kai"));
    open_and_start(&h);
    answer_choice(&h, SDLK_b);
    h_key(&h, SDLK_ESCAPE); /* back to the library: progress is saved */
    assert_int_equal(h.app->screen, SCREEN_LIBRARY);
    assert_int_equal(h.app->packs[0].unfinished_answers, 1);
    h_key(&h, SDLK_1);
    assert_true(h_click_hit(&h, ACT_START_OVER, 0));
    assert_int_equal(h.app->screen, SCREEN_QUIZ);
    assert_int_equal(session_position(h.app->session), 0);
    h_finish(&h);
}

static void profiles_are_separate(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Ana"));
    open_and_start(&h);
    answer_choice(&h, SDLK_b);
    h_stop(&h);
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), NULL));
    App *app = h.app;
    assert_int_equal(app->screen, SCREEN_PROFILE);
    assert_int_equal(app->n_profiles, 1);
    assert_string_equal(app->profiles[0], "Ana");
    /* a second student just types (the focus is on Ana's button: typing goes to the field) */
    assert_true(app_has_focus(app, ACT_PROFILE_PICK, 0));
    assert_true(SDL_IsTextInputActive());
    h_text(&h, "Bo");
    assert_true(app_has_focus(app, ACT_PROFILE_FIELD, 0));
    h_key(&h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_int_equal(app->packs[0].unfinished, -1); /* Ana's attempt is not Bo's */
    /* switch back to Ana with the mouse */
    assert_true(h_click_hit(&h, ACT_SWITCH_PROFILE, 0));
    assert_int_equal(app->screen, SCREEN_PROFILE);
    assert_int_equal(app->n_profiles, 2);
    int ana = strcmp(app->profiles[0], "Ana") == 0 ? 0 : 1;
    assert_true(h_click_hit(&h, ACT_PROFILE_PICK, ana));
    assert_string_equal(app->profile, "Ana");
    assert_int_equal(app->packs[0].unfinished_answers, 1);
    h_finish(&h);
}

/* Missed questions come back for self-study when due; right ones do not (yet). */
static void missed_questions_come_back_for_review(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Lea"));
    App *app = h.app;
    open_and_start(&h);
    answer_choice(&h, SDLK_b); /* right */
    answer_choice(&h, SDLK_f); /* wrong */
    while (app->screen == SCREEN_QUIZ) {
        const Question *q = h_question(&h);
        if (q->format == FORMAT_EVIDENCE) h_key(&h, SDLK_DOWN);
        else if (q->format == FORMAT_TEXT) h_text(&h, "Grant");
        else if (q->format == FORMAT_CHOICE) h_key(&h, SDLK_c);
        else if (q->format == FORMAT_MULTI) { h_key(&h, SDLK_a); h_key(&h, SDLK_c); }
        h_key(&h, SDLK_RETURN);
        h_key(&h, SDLK_RETURN);
    }
    size_t missed = app->n_missed;
    assert_true(missed >= 1);
    h_key(&h, SDLK_ESCAPE);
    assert_int_equal(app->packs[0].due, 0); /* not yet */
    h.now_unix += STORE_MISS_DELAY + 1;
    packs_refresh_stats(app);
    assert_int_equal(app->packs[0].due, missed);
    app_layout(app);
    assert_true(h_click_hit(&h, ACT_PACK_REVIEW, 0));
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_string_equal(app->mode, "review");
    assert_int_equal(session_count(app->session), missed);
    h_finish(&h);
}

static void text_size_and_theme_are_remembered(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Max"));
    int px = h.app->ui.fonts.px[FONT_BODY];
    h_key_mod(&h, SDLK_EQUALS, KMOD_LCTRL);
    h_key_mod(&h, SDLK_EQUALS, KMOD_LCTRL);
    assert_true(h.app->ui.fonts.px[FONT_BODY] > px);
    h_key_mod(&h, SDLK_t, KMOD_LCTRL);
    assert_int_equal(h.app->ui.theme, THEME_DARK);
    assert_true(h_click_hit(&h, ACT_THEME, 0));
    assert_int_equal(h.app->ui.theme, THEME_CONTRAST);
    /* the background really is the theme's */
    assert_true(h_same(h_pixel(&h, h.surf->w / 2, h.surf->h - 60), h.app->ui.th->bg));
    float zoom = h.app->ui.zoom;
    h_stop(&h);
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Max"));
    assert_true(h.app->ui.zoom > 1.15f && h.app->ui.zoom == zoom);
    assert_int_equal(h.app->ui.theme, THEME_CONTRAST);
    h_key_mod(&h, SDLK_0, KMOD_LCTRL);
    assert_true(h.app->ui.zoom == 1.0f);
    assert_true(h_click_hit(&h, ACT_ZOOM_OUT, 0));
    assert_true(h.app->ui.zoom < 1.0f);
    h_finish(&h);
}

static void unusable_store_is_reported_and_the_quiz_still_works(void **state)
{
    (void)state;
    Harness h = {0};
    snprintf(h.home, sizeof h.home, "/tmp/byline-ui-XXXXXX");
    assert_non_null(mkdtemp(h.home));
    char path[128];
    snprintf(path, sizeof path, "%s/progress.db", h.home);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("this is not a database, and must not be overwritten\n", f);
    fclose(f);
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Noa"));
    App *app = h.app;
    assert_null(app->store);
    assert_true(strstr(app->store_msg, "cannot be saved") != NULL);
    open_and_start(&h);
    answer_choice(&h, SDLK_b);
    assert_int_equal(session_position(app->session), 1);
    h_stop(&h);
    size_t len;
    char *text = tu_read_file(path, &len);
    assert_non_null(text);
    assert_non_null(strstr(text, "must not be overwritten"));
    free(text);
    h_finish(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(resume_after_closing_mid_quiz),
        cmocka_unit_test(start_over_discards_nothing_but_begins_fresh),
        cmocka_unit_test(profiles_are_separate),
        cmocka_unit_test(missed_questions_come_back_for_review),
        cmocka_unit_test(text_size_and_theme_are_remembered),
        cmocka_unit_test(unusable_store_is_reported_and_the_quiz_still_works),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
