/* test_ui_live_outlets.c — issue 13 on the live projector: after the reveal, a question on a
 * pack of two articles shows each evidence passage under its outlet, from its own article,
 * highlighted; before, no highlight and no outlet list. Headless (live_harness.h). */
#include "live_harness.h"
#include "trace_find.h"

#define PACK "quizzes/practice-two-outlets.json"

/* Whether a text starting with s is drawn in r (recorded with Ui.trace over one frame). */
static bool drawn(LH *h, const char *s, SDL_Rect r)
{
    UiTrace *tr = calloc(1, sizeof *tr);
    assert_non_null(tr);
    h->ls->cui.trace = tr;
    ui_live_render(h->ls);
    h->ls->cui.trace = NULL;
    bool found = trace_has(tr, s, &r);
    free(tr);
    return found;
}

static void reveal_shows_each_passage_under_its_outlet(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, PACK, LIVE_TEACHER_PACED, "light");
    int seat;
    assert_int_equal(live_join(h.live, "K7QX", "Ana", "0123456789abcdef0123456789abcdef", h.now, &seat),
                     LIVE_JOIN_OK);
    size_t target = (size_t)pack_find_question(h.pack, "who-kids-drinking"); /* a passage in each */
    key(&h, SDLK_SPACE); /* start */
    while (live_position(h.live) < target) {
        key(&h, SDLK_SPACE);
        key(&h, SDLK_RIGHT);
    }
    const Question *q = &h.pack->questions[target];
    SDL_Rect ex = lv_find_box(h.ls, LB_EXCERPT, 0)->r;
    SDL_Color mark = h.ls->cui.th->mark;
    assert_int_equal(count_colour(&h, ex, mark), 0); /* nothing before */
    assert_false(drawn(&h, "The Eastside Voice:", ex));
    key(&h, SDLK_SPACE);
    assert_int_equal(live_phase(h.live), LIVE_REVEALED);
    ui_live_render(h.ls);
    for (size_t k = 0; k < q->n_evidence; k++) {
        SDL_Rect r;
        assert_true(pp_passage_rect(&h.ls->cui, h.pack, q, h.ls->excerpt, k, &r));
        assert_true(r.y >= ex.y && r.y + r.h <= ex.y + ex.h);
        assert_true(count_colour(&h, r, mark) > (long)r.w * r.h / 3);
    }
    assert_true(drawn(&h, "The Marlow Bay Herald:", ex));
    assert_true(drawn(&h, "The Eastside Voice:", ex));
    const char *shot = getenv("BYLINE_TEST_SHOT"); /* a BMP of the reveal, to look at */
    if (shot) SDL_SaveBMP(h.surf, shot);
    lh_close(&h);
}

/* Every question: after the reveal every passage is inside the panel and highlighted (the type
 * size counts the outlet view; order-scare has five passages in two articles). */
static void every_passage_of_every_question_fits_the_panel(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, PACK, LIVE_TEACHER_PACED, "light");
    int seat;
    assert_int_equal(live_join(h.live, "K7QX", "Ana", "0123456789abcdef0123456789abcdef", h.now, &seat),
                     LIVE_JOIN_OK);
    key(&h, SDLK_SPACE); /* start */
    for (size_t i = 0; i < h.pack->n_questions; i++) {
        assert_int_equal(live_position(h.live), i);
        key(&h, SDLK_SPACE); /* reveal */
        assert_int_equal(live_phase(h.live), LIVE_REVEALED);
        ui_live_render(h.ls);
        const Question *q = &h.pack->questions[i];
        SDL_Rect ex = lv_find_box(h.ls, LB_EXCERPT, 0)->r;
        for (size_t k = 0; k < q->n_evidence; k++) {
            SDL_Rect r;
            if (!pp_passage_rect(&h.ls->cui, h.pack, q, h.ls->excerpt, k, &r) || r.y + r.h > ex.y + ex.h)
                fail_msg("question %zu (%s): passage %zu is not in the panel", i + 1, q->id, k);
            if (count_colour(&h, r, h.ls->cui.th->mark) <= (long)r.w * r.h / 3)
                fail_msg("question %zu (%s): passage %zu is not highlighted", i + 1, q->id, k);
        }
        key(&h, SDLK_RIGHT);
    }
    lh_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reveal_shows_each_passage_under_its_outlet),
        cmocka_unit_test(every_passage_of_every_question_fits_the_panel),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
