/* test_ui_flow.c — a whole quiz from the profile screen to the results, headless: every answer
 * format by keyboard and by mouse, feedback, the evidence highlight checked on the pixels. */
#include "ui_harness.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#define PACK "tests/ui/fixtures/all-formats.json"

static void start(Harness *h, int w, int ht, const char *profile)
{
    memset(h, 0, sizeof *h);
    assert_true(h_start(h, w, ht, tu_source_path(PACK), profile));
}

static void type_name_and_open(Harness *h)
{
    App *app = h->app;
    assert_int_equal(app->screen, SCREEN_PROFILE);
    h_text(h, "Zo\xC3\xAB");
    h_key(h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_string_equal(app->profile, "Zo\xC3\xAB");
    assert_int_equal(app->n_packs, 1);
    assert_non_null(app->packs[0].pack);
    h_key(h, SDLK_RETURN); /* the first card has focus */
    assert_int_equal(app->screen, SCREEN_READ);
}

/* The pixels under the evidence passage carry the highlight colour; a sentence that is not
 * evidence does not. */
static void assert_evidence_highlighted(Harness *h, const Question *q)
{
    App *app = h->app;
    assert_true(app->av.n_marks > 0);
    SDL_Rect r[16];
    size_t n = av_range_rects(&app->av, &app->ui, q->evidence[0].start, q->evidence[0].end, r, 16);
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++) {
        assert_true(SDL_HasIntersection(&r[i], &app->av.view)); /* scrolled into view */
        double f = h_fraction(h, r[i], app->ui.th->mark);
        assert_true(f > 0.5);
    }
    const Article *a = app->av.a;
    for (size_t s = 0; s < a->n_sentences; s++) {
        if (pack_sentence_is_evidence(q, app->av.index, s, a)) continue;
        size_t m = av_range_rects(&app->av, &app->ui, a->sentences[s].start, a->sentences[s].end, r, 16);
        for (size_t i = 0; i < m; i++) assert_true(h_fraction(h, r[i], app->ui.th->mark) < 0.01);
    }
}

static void submit_only(Harness *h, bool correct)
{
    App *app = h->app;
    const Question *q = h_question(h);
    h->now_ms += 5000;
    h_key(h, SDLK_RETURN);
    assert_true(app->q.feedback);
    assert_int_equal(app->q.grade.correct, correct);
    assert_evidence_highlighted(h, q);
    assert_true(app_has_focus(app, ACT_NEXT, 0));
}

static void submit_and_check(Harness *h, bool correct)
{
    submit_only(h, correct);
    h_key(h, SDLK_RETURN);
}

static void full_quiz_by_keyboard(void **state)
{
    (void)state;
    Harness h;
    start(&h, 1280, 800, NULL);
    App *app = h.app;
    type_name_and_open(&h);
    h_key(&h, SDLK_PAGEDOWN); /* reading: the article scrolls */
    h_key(&h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_true(app->split);

    /* 1 choice: key 2 = Dana Obi */
    assert_int_equal(h_question(&h)->format, FORMAT_CHOICE);
    h_key(&h, SDLK_2);
    assert_int_equal(app->q.answer.choice, 1);
    submit_and_check(&h, true);
    /* 2 true/false: key 2 = false (wrong) */
    assert_int_equal(h_question(&h)->format, FORMAT_TRUE_FALSE);
    h_key(&h, SDLK_2);
    submit_and_check(&h, false);
    /* 3 multi: 1 and 3 */
    assert_int_equal(h_question(&h)->format, FORMAT_MULTI);
    h_key(&h, SDLK_1);
    h_key(&h, SDLK_3);
    h_key(&h, SDLK_4);
    h_key(&h, SDLK_4); /* toggled off again */
    assert_int_equal(app->q.answer.picked, 5u);
    submit_and_check(&h, true);
    /* 4 order: pick up rows with Space and move them with arrows until the order is right */
    const Question *q = h_question(&h);
    assert_int_equal(q->format, FORMAT_ORDER);
    for (size_t target = 0; target < q->n_order; target++) {
        size_t at = target;
        while (app->q.answer.order[at] != q->order[target]) at++;
        app_set_focus(app, ACT_ORDER_ITEM, (int)at);
        h_key(&h, SDLK_SPACE);
        assert_int_equal(app->q.order_grab, (int)at);
        for (size_t k = at; k > target; k--) h_key(&h, SDLK_UP);
        h_key(&h, SDLK_SPACE);
        assert_int_equal(app->q.order_grab, -1);
    }
    submit_and_check(&h, true);
    /* 5 text: typed with editing keys */
    assert_int_equal(h_question(&h)->format, FORMAT_TEXT);
    assert_true(app_has_focus(app, ACT_TEXT_FIELD, 0));
    assert_true(SDL_IsTextInputActive());
    h_text(&h, "Lee Grnt");
    h_key(&h, SDLK_LEFT);
    h_key(&h, SDLK_LEFT);
    h_text(&h, "a");
    assert_string_equal(app->q.answer.text, "Lee Grant");
    h_key(&h, SDLK_1); /* a digit key is typing here, not a shortcut */
    submit_and_check(&h, true);
    assert_false(SDL_IsTextInputActive());
    /* 6 evidence: arrows move between sentences; the last sentence is the hearing */
    assert_int_equal(h_question(&h)->format, FORMAT_EVIDENCE);
    assert_true(app_has_focus(app, ACT_ARTICLE, 0));
    size_t ns = app->av.a->n_sentences;
    for (size_t i = 0; i < ns + 2; i++) h_key(&h, SDLK_DOWN);
    assert_int_equal(app->q.answer.sentence, (int)ns - 1);
    submit_only(&h, true);
    assert_int_equal(app->av.pick_state, AV_PICK_RIGHT);
    h_key(&h, SDLK_RETURN);
    /* 7 choice, wrong */
    h_key(&h, SDLK_1);
    h.now_ms += 1;
    submit_and_check(&h, false);

    assert_int_equal(app->screen, SCREEN_RESULTS);
    SessionTotals t = session_totals(app->session);
    assert_int_equal(t.total, 7);
    assert_int_equal(t.correct, 5);
    assert_int_equal(app->n_missed, 2);
    assert_true(t.seconds > 30.0);
    assert_int_equal(t.kind_total[KIND_SPEAKER], 2);
    assert_int_equal(t.kind_total[KIND_CLAIM], 2);
    assert_int_equal(t.kind_total[KIND_TIMELINE], 3);
    /* the review shows the first missed question's evidence */
    assert_int_equal(app->missed_sel, 0);
    assert_evidence_highlighted(&h, &app->packs[0].pack->questions[app->missed[0]]);
    h_key(&h, SDLK_DOWN);
    h_key(&h, SDLK_RETURN);
    assert_int_equal(app->missed_sel, 1);
    assert_evidence_highlighted(&h, &app->packs[0].pack->questions[app->missed[1]]);
    /* retry the missed ones only */
    h_key(&h, SDLK_m);
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_int_equal(session_count(app->session), 2);
    h_key(&h, SDLK_ESCAPE);
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_true(app->packs[0].best > 0.6 && app->packs[0].best < 0.9);
    h_finish(&h);
}

static void full_quiz_by_mouse(void **state)
{
    (void)state;
    Harness h;
    start(&h, 1280, 800, "Sam");
    App *app = h.app;
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_true(h_click_hit(&h, ACT_PACK_OPEN, 0));
    assert_int_equal(app->screen, SCREEN_READ);
    h_wheel(&h, app->pane_article.x + 50, app->pane_article.y + 50, -3);
    assert_true(app->av.scroll > 0 || av_max_scroll(&app->av) == 0);
    assert_true(h_click_hit(&h, ACT_START, 0));
    assert_int_equal(app->screen, SCREEN_QUIZ);
    /* choice */
    assert_true(h_click_hit(&h, ACT_CHOICE, 1));
    assert_int_equal(app->q.answer.choice, 1);
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    assert_true(app->q.grade.correct);
    assert_true(h_click_hit(&h, ACT_NEXT, 0));
    /* true/false */
    assert_true(h_click_hit(&h, ACT_TRUTH, 1));
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    assert_true(app->q.grade.correct);
    assert_true(h_click_hit(&h, ACT_NEXT, 0));
    /* multi */
    assert_true(h_click_hit(&h, ACT_MULTI, 0));
    assert_true(h_click_hit(&h, ACT_MULTI, 2));
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    assert_true(app->q.grade.correct);
    assert_true(h_click_hit(&h, ACT_NEXT, 0));
    /* order: drag each row to its place */
    const Question *q = h_question(&h);
    for (size_t target = 0; target < q->n_order; target++) {
        size_t at = target;
        while (app->q.answer.order[at] != q->order[target]) at++;
        if (at == target) continue;
        const Hit *from = h_hit(&h, ACT_ORDER_ITEM, (int)at);
        int x = from->r.x + from->r.w / 2, y = from->r.y + from->r.h / 2;
        const Hit *to = h_hit(&h, ACT_ORDER_ITEM, (int)target);
        int ty = to->r.y + 4;
        h_mouse(&h, SDL_MOUSEBUTTONDOWN, x, y);
        for (int k = 1; k <= 4; k++) h_mouse(&h, SDL_MOUSEMOTION, x, y + (ty - y) * k / 4);
        h_mouse(&h, SDL_MOUSEBUTTONUP, x, ty);
        assert_int_equal(app->q.answer.order[target], q->order[target]);
    }
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    assert_true(app->q.grade.correct);
    assert_true(h_click_hit(&h, ACT_NEXT, 0));
    /* text: click the field, type */
    assert_true(h_click_hit(&h, ACT_TEXT_FIELD, 0));
    h_text(&h, "grant");
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    assert_true(app->q.grade.correct);
    assert_true(h_click_hit(&h, ACT_NEXT, 0));
    /* evidence: click the middle of the hearing sentence in the article */
    q = h_question(&h);
    const Article *a = app->av.a;
    int s = pack_sentence_at(a, q->evidence[0].start);
    av_scroll_to(&app->av, a->sentences[s].start, a->sentences[s].end);
    SDL_Rect r[8];
    size_t n = av_range_rects(&app->av, &app->ui, a->sentences[s].start, a->sentences[s].end, r, 8);
    assert_true(n > 0);
    h_click(&h, r[0].x + r[0].w / 2, r[0].y + r[0].h / 2);
    assert_int_equal(app->q.answer.sentence, s);
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    assert_true(app->q.grade.correct);
    assert_true(h_click_hit(&h, ACT_NEXT, 0));
    /* last choice */
    assert_true(h_click_hit(&h, ACT_CHOICE, 2));
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    assert_true(h_click_hit(&h, ACT_NEXT, 0));
    assert_int_equal(app->screen, SCREEN_RESULTS);
    assert_int_equal(app->n_missed, 0);
    /* retry all, then back to the library with the mouse */
    assert_true(h_click_hit(&h, ACT_RETRY_ALL, 0));
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_int_equal(session_count(app->session), 7);
    assert_true(h_click_hit(&h, ACT_BACK, 0));
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_true(app->packs[0].best > 0.99);
    h_finish(&h);
}

/* Submitting nothing is refused with a message; Submit looks disabled until an answer exists. */
static void submit_needs_an_answer(void **state)
{
    (void)state;
    Harness h;
    start(&h, 1280, 800, "Ann");
    App *app = h.app;
    h_key(&h, SDLK_RETURN);
    h_key(&h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_QUIZ);
    h_key(&h, SDLK_RETURN);
    assert_false(app->q.feedback);
    assert_true(strstr(app->status, "answer") != NULL);
    h_finish(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(full_quiz_by_keyboard),
        cmocka_unit_test(full_quiz_by_mouse),
        cmocka_unit_test(submit_needs_an_answer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
