/* test_ui_present_outlets.c — issue 13 on the projector: after E, a question on a pack of two
 * articles shows each evidence passage under its outlet, from its own article, highlighted;
 * nothing of it before (the excerpt shows no highlight while asking or at the reveal). Before
 * the reveal Ctrl+Tab shows the other article, so a sentence can be picked from either. */
#include "present_harness.h"
#include "trace_find.h"

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
    h->ps->cui.trace = h->ps->xui.trace = tr;
    redraw(h);
    h->ps->cui.trace = h->ps->xui.trace = NULL;
    bool found = trace_has(tr, s, &r);
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
            assert_true(pp_passage_rect(&ps->xui, h.pack, q, ps->excerpt, k, &r));
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
            if (!pp_passage_rect(&ps->xui, h.pack, q, ps->excerpt, k, &r))
                fail_msg("question %zu (%s): passage %zu is not laid out", i + 1, q->id, k);
            if (r.y + r.h > ps->excerpt.y + ps->excerpt.h - ui_px(&ps->xui, 18))
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

static void ctrl_tab(PH *h, bool back)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = SDLK_TAB;
    e.key.keysym.scancode = SDL_SCANCODE_TAB;
    e.key.keysym.mod = (Uint16)(KMOD_LCTRL | (back ? KMOD_LSHIFT : 0));
    send(h, &e);
}

#define TWO_CITE "tests/ui/fixtures/two-articles-cite.json"

/* An evidence question whose passage is in the second article: Ctrl+Tab shows the first one's
 * sentences (its title, "article 1 of 2"), a team picks there by number, and the picks are graded
 * in their own article (sentence 2 of the Gazette is not the Courier's sentence 2). */
static void ctrl_tab_lets_teams_pick_a_sentence_of_either_article(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, TWO_CITE, TEAMS3, 3, PRESENT_TOGETHER, false, false, "light");
    start(&h);
    go_to(&h, 1);
    PresentScreen *ps = h.ps;
    const Question *q = presenter_question(P(&h));
    assert_int_equal(q->format, FORMAT_EVIDENCE);
    assert_int_equal(ps->ex.article, 1); /* its own article first */
    assert_true(drawn(&h, "Strike strands commuters", ps->excerpt));
    assert_true(drawn(&h, "The Island Courier \xC2\xB7", ps->excerpt));
    key(&h, SDLK_1); /* the Owls … */
    key(&h, SDLK_2); /* … pick the Courier's sentence 2: right */
    ctrl_tab(&h, false);
    assert_int_equal(ps->ex.article, 0);
    assert_true(drawn(&h, "Ferry crews walk out", ps->excerpt));
    assert_false(drawn(&h, "Strike strands commuters", ps->excerpt));
    assert_int_equal(ex_sentence_of(&ps->ex, 2), 1);
    key(&h, SDLK_2); /* the Foxes … */
    key(&h, SDLK_2); /* … the Gazette's sentence 2: wrong */
    assert_true(presenter_team_answered(P(&h), 1));
    assert_int_equal(presenter_result(P(&h), 1, 1)->answer.article, 0);
    key(&h, SDLK_3); /* the Bears, with the Gazette's sentence 1 under the cursor, … */
    key(&h, SDLK_DOWN);
    ctrl_tab(&h, true); /* … move back to the Courier: the cursor is not carried over */
    assert_int_equal(ps->ex.article, 1);
    assert_int_equal(ps->draft.cursor, 0);
    key(&h, SDLK_1); /* the Courier's sentence 1: wrong */
    assert_int_equal(presenter_result(P(&h), 1, 2)->answer.article, 1);
    key(&h, SDLK_SPACE);
    assert_int_equal(presenter_phase(P(&h)), PHASE_REVEALED);
    assert_true(presenter_result(P(&h), 1, 0)->grade.correct);
    assert_false(presenter_result(P(&h), 1, 1)->grade.correct);
    assert_false(presenter_result(P(&h), 1, 2)->grade.correct);
    /* a new question starts on its own article again */
    key(&h, SDLK_b);
    assert_int_equal(presenter_position(P(&h)), 0);
    redraw(&h);
    assert_int_equal(ps->ex.article, 0);
    ph_close(&h);
}

/* A cite question: the class's sentence may come from the other article (Ctrl+Tab in the evidence
 * step); it is marked there, not in the first article, and is graded in its own article. */
static void the_cite_step_picks_from_the_article_shown(void **state)
{
    (void)state;
    PH h;
    ph_open(&h, TWO_CITE, TEAMS3, 3, PRESENT_TOGETHER, false, false, "light");
    start(&h);
    PresentScreen *ps = h.ps;
    assert_true(presenter_question(P(&h))->cite);
    for (int t = 0; t < 3; t++) {
        key(&h, (SDL_Keycode)(SDLK_1 + t));
        key(&h, SDLK_b); /* Sam Otieno: right */
    }
    key(&h, SDLK_SPACE); /* on to the sentence */
    assert_true(ps->citing);
    assert_int_equal(ps->ex.article, 0);
    ctrl_tab(&h, false);
    assert_int_equal(ps->ex.article, 1);
    assert_true(drawn(&h, "Strike strands commuters", ps->excerpt));
    key(&h, SDLK_2); /* the Courier's sentence 2 */
    int art, sen;
    assert_true(presenter_cite_pick(P(&h), 0, &art, &sen));
    assert_int_equal(art, 1);
    assert_int_equal(sen, 1);
    redraw(&h);
    long here = count_colour(&h, ps->excerpt, ps->cui.th->selected);
    assert_true(here > 0); /* the pick is marked in the Courier */
    ctrl_tab(&h, false);
    assert_int_equal(ps->ex.article, 0);
    assert_int_equal(ps->cite_cursor, 0);
    redraw(&h);
    assert_int_equal(count_colour(&h, ps->excerpt, ps->cui.th->selected), 0); /* not in the Gazette */
    key(&h, SDLK_SPACE); /* the reveal */
    const TeamResult *r = presenter_result(P(&h), 0, 0);
    assert_true(r->grade.answer_correct);
    assert_false(r->grade.evidence_correct); /* sentence 2 of the other article */
    ph_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_passage_is_shown_under_its_outlet_after_e),
        cmocka_unit_test(every_passage_of_every_question_fits_the_panel),
        cmocka_unit_test(one_article_keeps_the_excerpt),
        cmocka_unit_test(ctrl_tab_lets_teams_pick_a_sentence_of_either_article),
        cmocka_unit_test(the_cite_step_picks_from_the_article_shown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
