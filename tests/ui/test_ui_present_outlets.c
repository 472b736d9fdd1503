/* test_ui_present_outlets.c — issue 13 on the projector: after E, a question on a pack of two
 * articles shows each evidence passage under its outlet, from its own article, highlighted;
 * nothing of it before (the excerpt shows no highlight while asking or at the reveal). */
#include "present_harness.h"

#define PACK "quizzes/practice-two-outlets.json"

static void go_to(PH *h, size_t question)
{
    for (int guard = 0; presenter_position(P(h)) < question && guard < 100; guard++) {
        size_t before = presenter_position(P(h));
        key(h, SDLK_k);
        if (presenter_position(P(h)) == before) key(h, SDLK_n);
    }
    assert_int_equal(presenter_position(P(h)), question);
}

/* Whether a text starting with `s` was drawn in r in the last frame (recorded with Ui.trace). */
static bool drawn(PH *h, const char *s, SDL_Rect r)
{
    UiTrace *tr = calloc(1, sizeof *tr);
    assert_non_null(tr);
    h->ps->cui.trace = tr;
    redraw(h);
    h->ps->cui.trace = NULL;
    bool found = false;
    for (size_t i = 0; i < tr->n && !found; i++)
        found = strncmp(tr->items[i].text, s, strlen(s)) == 0 && SDL_HasIntersection(&tr->items[i].r, &r);
    free(tr);
    return found;
}

static bool in_article(const Question *q, int article)
{
    for (size_t k = 0; k < q->n_evidence; k++)
        if (q->evidence[k].article == article) return true;
    return false;
}

static void each_passage_is_shown_under_its_outlet_after_e(void **state)
{
    (void)state;
    /* who-kids-drinking and which-quote-standard: both articles; households-herald: one */
    static const size_t questions[] = {2, 3, 8};
    for (size_t c = 0; c < sizeof questions / sizeof questions[0]; c++) {
        PH h;
        ph_open(&h, PACK, TEAMS3, 3, PRESENT_TOGETHER, false, false, "light");
        start(&h);
        go_to(&h, questions[c]);
        PresentScreen *ps = h.ps;
        const Question *q = presenter_question(P(&h));
        SDL_Color mark = ps->cui.th->mark;
        redraw(&h);
        assert_int_equal(count_colour(&h, ps->excerpt, mark), 0);
        assert_false(drawn(&h, "The Eastside Voice:", ps->excerpt));
        key(&h, SDLK_SPACE); /* the reveal: still no highlight */
        redraw(&h);
        assert_int_equal(count_colour(&h, ps->excerpt, mark), 0);
        key(&h, SDLK_e);
        assert_int_equal(presenter_phase(P(&h)), PHASE_EVIDENCE);
        redraw(&h);
        for (size_t k = 0; k < q->n_evidence; k++) {
            SDL_Rect r;
            assert_true(pp_passage_rect(&ps->cui, h.pack, q, ps->excerpt, k, &r));
            assert_true(SDL_HasIntersection(&r, &ps->excerpt));
            assert_true(r.y + r.h <= ps->excerpt.y + ps->excerpt.h);
            assert_true(count_colour(&h, r, mark) > (long)r.w * r.h / 3);
        }
        /* each outlet named when it holds evidence, and only then */
        for (int a = 0; a < 2; a++) {
            char label[200];
            snprintf(label, sizeof label, "%s:", h.pack->articles[a].outlet);
            if (in_article(q, a) != drawn(&h, label, ps->excerpt))
                fail_msg("question %zu: \"%s\" %s", questions[c] + 1, label,
                         in_article(q, a) ? "is missing" : "is shown without evidence there");
        }
        ph_close(&h);
    }
}

/* Every question of the pack: after E every passage is inside the panel, highlighted (the text
 * size is chosen so that the outlet view fits; order-scare has five passages in two articles). */
static void every_passage_of_every_question_fits_the_panel(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, PACK, TEAMS3, 3, PRESENT_TOGETHER, false, false, "light");
    start(&h);
    PresentScreen *ps = h.ps;
    for (size_t i = 0; i < h.pack->n_questions; i++) {
        go_to(&h, i);
        const Question *q = presenter_question(P(&h));
        key(&h, SDLK_SPACE);
        key(&h, SDLK_e);
        redraw(&h);
        for (size_t k = 0; k < q->n_evidence; k++) {
            SDL_Rect r;
            if (!pp_passage_rect(&ps->cui, h.pack, q, ps->excerpt, k, &r))
                fail_msg("question %zu (%s): passage %zu is not laid out", i + 1, q->id, k);
            if (r.y + r.h > ps->excerpt.y + ps->excerpt.h - ui_px(&ps->cui, 18))
                fail_msg("question %zu (%s): passage %zu is below the panel", i + 1, q->id, k);
            if (count_colour(&h, r, ps->cui.th->mark) <= (long)r.w * r.h / 3)
                fail_msg("question %zu (%s): passage %zu is not highlighted", i + 1, q->id, k);
        }
    }
    ph_close(&h);
}

/* A pack of one article keeps the excerpt with its highlight in place (no outlet list). */
static void one_article_keeps_the_excerpt(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, HARBOR, TEAMS3, 3, PRESENT_TOGETHER, false, false, "light");
    start(&h);
    const Question *q = presenter_question(P(&h));
    assert_false(pp_wanted(h.pack, q));
    key(&h, SDLK_SPACE);
    key(&h, SDLK_e);
    redraw(&h);
    SDL_Rect r[8];
    size_t n = ex_range_rects(&h.ps->ex, q->evidence[0].start, q->evidence[0].end, r, 8);
    assert_true(n > 0);
    assert_true(count_colour(&h, r[0], h.ps->cui.th->mark) > 0);
    ph_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_passage_is_shown_under_its_outlet_after_e),
        cmocka_unit_test(every_passage_of_every_question_fits_the_panel),
        cmocka_unit_test(one_article_keeps_the_excerpt),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
