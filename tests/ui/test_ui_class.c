/* test_ui_class.c — the class results screen, headless: reached from the library by mouse (the
 * card's "Class results" button) and by keyboard (C), the questions listed most-missed first
 * with their bars filled to the share of students right (checked on the pixels), a question
 * opened to show its answer, the per-kind breakdown, Esc back to the library. The store is
 * filled beforehand with store_* calls, as three students' play would have. */
#include "ui_harness.h"
#include "class_stats.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#define PACK "tests/ui/fixtures/all-formats.json"
enum { Q_WHO, Q_GRANT, Q_CLAIMS, Q_ORDER, Q_MISTAKE, Q_HEARING, Q_VOTE }; /* pack order */

typedef struct Given {
    const char *student, *question;
    bool correct;
} Given;

static const Given answers[] = {
    {"Ana", "who-more-time", true}, {"Ben", "who-more-time", true}, {"Cy", "who-more-time", true},
    {"Ana", "grant-cost", false}, {"Ben", "grant-cost", false}, {"Cy", "grant-cost", true},
    {"Ana", "claims-not-facts", false}, {"Ben", "claims-not-facts", false},
    {"Ana", "order-events", true}, {"Ben", "order-events", false},
    {"Ana", "who-mistake", true}, {"Ben", "who-mistake", true}, {"Cy", "who-mistake", false},
    {"Ana", "when-vote", true}, {"Ben", "when-vote", true}, {"Cy", "when-vote", true},
    {"Dee", "when-vote", false},
};
/* most missed first: 0 %, 33 %, 50 %, 67 %, 75 %, 100 %, then the unanswered one */
static const int expected_order[] = {Q_CLAIMS, Q_GRANT, Q_ORDER, Q_MISTAKE, Q_VOTE, Q_WHO, Q_HEARING};

static void fill_store(Harness *h)
{
    snprintf(h->home, sizeof h->home, "/tmp/byline-ui-XXXXXX");
    assert_non_null(mkdtemp(h->home));
    h->now_ms = 1000;
    h->now_unix = 1760000000;
    char path[128], err[300];
    snprintf(path, sizeof path, "%s/progress.db", h->home);
    Store *s = store_open(path, err, sizeof err);
    assert_non_null(s);
    for (size_t i = 0; i < sizeof answers / sizeof answers[0]; i++) {
        const Given *g = &answers[i];
        int64_t p = store_profile(s, g->student);
        int64_t at = store_unfinished_attempt(s, p, "harbor-all-formats");
        if (at < 0) at = store_attempt_begin(s, p, "harbor-all-formats", "study", h->now_unix);
        StoredAnswer a = {.question_id = g->question, .kind = "claim", .answer = "x", .answer_data = "-",
                          .correct = g->correct, .points = g->correct, .max_points = 1, .seconds = 20};
        assert_true(store_answer(s, at, &a, h->now_unix + (int64_t)i));
    }
    store_close(s);
}

static SDL_Color fill_colour(const Theme *th, double rate)
{
    return rate >= 0.7 ? th->good : rate >= 0.5 ? th->accent : th->bad;
}

/* The bar of each visible row is filled to its rate: fill colour just left of rate × width,
 * track colour just right of it. Returns how many rows were checked. */
static int check_bars(Harness *h)
{
    App *app = h->app;
    const Theme *th = app->ui.th;
    int checked = 0;
    for (size_t i = 0; i < app->n_hits; i++) {
        const Hit *hit = &app->hits[i];
        if (hit->act != ACT_CLASS_ROW) continue;
        SDL_Rect bar = class_row_bar(app, hit->r);
        if (bar.y < app->list_view.y || bar.y + bar.h > app->list_view.y + app->list_view.h) continue;
        const ClassQuestion *cq = &app->class_stats->questions[hit->arg];
        int y = bar.y + bar.h / 2, edge = bar.x + (int)(bar.w * (cq->students ? cq->rate : 0) + 0.5);
        SDL_Color fill = fill_colour(th, cq->rate);
        if (cq->students && cq->rate > 0)
            assert_true(h_same(h_pixel(h, edge - 4, y), fill));
        if (!cq->students || cq->rate < 1)
            assert_true(h_same(h_pixel(h, edge + 4 < bar.x + bar.w - bar.h ? edge + 4 : edge + 1, y), th->track));
        if (!cq->students || cq->rate == 0) /* nothing filled at all */
            assert_true(h_fraction(h, (SDL_Rect){bar.x, y, bar.w, 1}, fill) < 0.01 || !cq->students);
        checked++;
    }
    return checked;
}

static void class_results_list_the_most_missed_first_with_bars(void **state)
{
    (void)state;
    Harness h = {0};
    fill_store(&h);
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Ms Ortiz"));
    App *app = h.app;
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_true(h_click_hit(&h, ACT_PACK_CLASS, 0));
    assert_int_equal(app->screen, SCREEN_CLASS);
    const ClassStats *cs = app->class_stats;
    assert_non_null(cs);
    assert_int_equal(cs->students, 4); /* the teacher's own profile has no answers */
    assert_int_equal(cs->n_questions, 7);
    /* the order shown: the rows, top to bottom */
    int y = -1, pos = 0;
    for (size_t i = 0; i < app->n_hits; i++) {
        const Hit *hit = &app->hits[i];
        if (hit->act != ACT_CLASS_ROW) continue;
        assert_int_equal(hit->arg, pos);
        assert_true(hit->r.y > y);
        y = hit->r.y;
        assert_int_equal(cs->questions[pos].question, expected_order[pos]);
        pos++;
    }
    assert_int_equal(pos, 7);
    assert_true(app_has_focus(app, ACT_CLASS_ROW, 0));
    /* the bars, on the pixels: the rows on screen now, then the rest after scrolling */
    int seen = check_bars(&h);
    assert_true(seen >= 4);
    h_key(&h, SDLK_PAGEDOWN);
    assert_true(app->list_scroll > 0);
    seen += check_bars(&h);
    assert_true(seen >= 7);
    /* per kind: speakers 5 of 6, claims 1 of 5, timeline 4 of 6 */
    assert_int_equal(cs->kinds[KIND_SPEAKER].answers, 6);
    assert_int_equal(cs->kinds[KIND_SPEAKER].right, 5);
    assert_int_equal(cs->kinds[KIND_CLAIM].answers, 5);
    assert_int_equal(cs->kinds[KIND_CLAIM].right, 1);
    assert_int_equal(cs->kinds[KIND_TIMELINE].answers, 6);
    assert_int_equal(cs->kinds[KIND_TIMELINE].right, 4);
    /* Esc: back to the library, the card still focused */
    h_key(&h, SDLK_ESCAPE);
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_null(app->class_stats);
    assert_true(app_has_focus(app, ACT_PACK_OPEN, 0));
    h_finish(&h);
}

static void keyboard_reaches_the_results_and_opens_a_question(void **state)
{
    (void)state;
    Harness h = {0};
    fill_store(&h);
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Ms Ortiz"));
    App *app = h.app;
    h_key(&h, SDLK_c);
    assert_int_equal(app->screen, SCREEN_CLASS);
    int before = app->list_h;
    h_key(&h, SDLK_DOWN);
    assert_true(app_has_focus(app, ACT_CLASS_ROW, 1));
    h_key(&h, SDLK_RETURN); /* opens: the prompt, the correct answer and the explanation */
    assert_int_equal(app->class_open, 1);
    ui_app_render(app);
    assert_true(app->list_h > before);
    const Hit *row = h_hit(&h, ACT_CLASS_ROW, 1), *next = h_hit(&h, ACT_CLASS_ROW, 2);
    assert_true(next->r.y > row->r.y + row->r.h);
    assert_true(h_click_hit(&h, ACT_CLASS_ROW, 1)); /* a click closes it again */
    assert_int_equal(app->class_open, -1);
    assert_true(h_click_hit(&h, ACT_BACK, 0));
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    h_finish(&h);
}

static void a_pack_nobody_played_says_so(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Ms Ortiz"));
    App *app = h.app;
    h_key(&h, SDLK_c);
    assert_int_equal(app->screen, SCREEN_CLASS);
    assert_non_null(app->class_stats);
    assert_int_equal(app->class_stats->answers, 0);
    assert_true(check_bars(&h) >= 4); /* every bar empty */
    for (size_t i = 0; i < 7; i++) assert_int_equal(app->class_stats->questions[i].question, (int)i);
    h_finish(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(class_results_list_the_most_missed_first_with_bars),
        cmocka_unit_test(keyboard_reaches_the_results_and_opens_a_question),
        cmocka_unit_test(a_pack_nobody_played_says_so),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
