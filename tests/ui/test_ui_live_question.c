/* test_ui_live_question.c — the live projector's question screens, teacher-paced, headless (see
 * live_harness.h): the count "N of M answered" follows answers and the countdown ticks the core;
 * distribution bars only after the reveal, and a cite question's two parts counted there; every
 * evidence passage highlighted at the reveal and nothing of the answer before it; the leaderboard
 * shows at most LIVE_TOP_N rows; Esc ends only when pressed twice. */
#include "live_harness.h"

/* --- teacher-paced ------------------------------------------------------------------------------ */

static void count_follows_answers_and_the_countdown_ticks_the_core(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    key(&h, SDLK_RETURN); /* nobody yet: does not start */
    assert_int_equal(live_phase(h.live), LIVE_LOBBY);
    assert_non_null(strstr(h.ls->status, "Nobody"));
    int s[3] = {join(&h, "Ana"), join(&h, "Ben"), join(&h, "Cy")};
    wake(&h);
    key(&h, SDLK_RETURN);
    assert_int_equal(live_phase(h.live), LIVE_ASKING);
    assert_non_null(box(&h, LB_COUNT_TEXT, 0));
    assert_int_equal(h.ls->v.answered, 0);
    assert_int_equal(h.ls->v.present, 3);
    int w0 = box(&h, LB_COUNT_TEXT, 0)->r.w;
    h.now += 5000;
    answer_choice(&h, s[0], 1);
    wake(&h);
    assert_int_equal(h.ls->v.answered, 1);
    assert_true(box(&h, LB_COUNT_TEXT, 0)->r.w > 0 && box(&h, LB_COUNT_TEXT, 0)->r.w == w0);
    /* Before the reveal no tile is framed as right. */
    for (int i = 0; i < 3; i++) assert_int_equal(count_colour(&h, box(&h, LB_TILE, i)->r, h.ls->cui.th->good), 0);
    /* The countdown: one redraw a second; at 0 the projector ticks the core itself. */
    assert_int_equal(ui_live_next_timer_ms(h.ls), 1000);
    int before = h.changed;
    h.now += 35000;
    render_if_dirty(&h);
    assert_int_equal(live_phase(h.live), LIVE_TIME_UP);
    assert_int_equal(h.changed, before + 1);
    assert_int_equal(ui_live_next_timer_ms(h.ls), -1);
    /* + reopens it, P pauses. */
    key(&h, SDLK_PLUS);
    assert_int_equal(live_phase(h.live), LIVE_ASKING);
    key(&h, SDLK_p);
    assert_int_equal(live_phase(h.live), LIVE_PAUSED);
    key(&h, SDLK_p);
    assert_int_equal(live_phase(h.live), LIVE_ASKING);
    (void)s;
    lh_close(&h);
}

static void distribution_bars_after_the_reveal(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    int s[4] = {join(&h, "Ana"), join(&h, "Ben"), join(&h, "Cy"), join(&h, "Di")};
    key(&h, SDLK_SPACE);
    answer_choice(&h, s[0], 1);
    answer_choice(&h, s[1], 1);
    answer_choice(&h, s[2], 0);
    wake(&h);
    /* The bar area of tile A: no bar of A's colour before the reveal. */
    SDL_Rect a = box(&h, LB_TILE, 0)->r;
    SDL_Rect bars = {a.x + a.w * 2 / 3, a.y, a.w / 3, a.h};
    SDL_Color ca = ps_answer_colour(0);
    assert_int_equal(count_colour(&h, bars, ca), 0);
    key(&h, SDLK_SPACE);
    assert_int_equal(live_phase(h.live), LIVE_REVEALED);
    assert_int_equal(h.ls->v.n_dist, 3);
    assert_int_equal(h.ls->v.dist[0], 1);
    assert_int_equal(h.ls->v.dist[1], 2);
    assert_int_equal(h.ls->v.dist[2], 0);
    a = box(&h, LB_TILE, 0)->r;
    bars = (SDL_Rect){a.x + a.w * 2 / 3, a.y, a.w / 3, a.h};
    assert_true(count_colour(&h, bars, ca) > 50);
    /* B is right: green frame and check; A and C are not. */
    SDL_Color good = h.ls->cui.th->good;
    assert_true(count_colour(&h, box(&h, LB_TILE, 1)->r, good) > 200);
    assert_int_equal(count_colour(&h, box(&h, LB_TILE, 0)->r, good), 0);
    /* S: the leaderboard; → the next question (order: right / partly / wrong once revealed). */
    key(&h, SDLK_s);
    assert_int_equal(live_phase(h.live), LIVE_LEADERBOARD);
    key(&h, SDLK_RIGHT);
    assert_int_equal(live_phase(h.live), LIVE_ASKING);
    assert_int_equal(live_position(h.live), 1);
    /* Order: the events are listed, never in the right order before the reveal (the pack lists
     * them by date, so pack order would be the answer). */
    for (size_t qi = 0; qi < h.pack->n_questions; qi++) {
        const Question *q = &h.pack->questions[qi];
        if (q->format != FORMAT_ORDER) continue;
        int shown[PACK_MAX_ORDER_EVENTS];
        lv_order_shown(q, qi, shown);
        assert_true(memcmp(shown, q->order, q->n_order * sizeof *shown) != 0);
    }
    assert_non_null(box(&h, LB_TILE, 1));
    key(&h, SDLK_SPACE);
    assert_non_null(box(&h, LB_ROW, 0)); /* right */
    assert_non_null(box(&h, LB_ROW, 2)); /* wrong */
    key(&h, SDLK_RIGHT); /* after the last: the podium */
    assert_int_equal(live_phase(h.live), LIVE_FINISHED);
    key(&h, SDLK_ESCAPE);
    assert_true(ui_live_should_quit(h.ls));
    lh_close(&h);
}

/* A cite question (issue 9): the reveal counts both parts under the prompt; nothing before. */
static void cite_reveal_counts_both_parts(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, "tests/ui/fixtures/cite.json", LIVE_TEACHER_PACED, NULL);
    int s[3] = {join(&h, "Ana"), join(&h, "Ben"), join(&h, "Cy")};
    key(&h, SDLK_SPACE);
    const Question *q = &h.pack->questions[0];
    assert_true(q->cite);
    const int pick[3][2] = {{1, 1}, {1, 0}, {0, 1}}; /* both right, a guess, a misreading */
    for (int i = 0; i < 3; i++) {
        Answer a;
        answer_init(&a, q, NULL);
        a.choice = pick[i][0];
        assert_true(answer_cite_sentence(&a, h.pack, 0, pick[i][1]));
        assert_int_equal(live_answer(h.live, s[i], q->id, &a, h.now), LIVE_ANSWER_OK);
    }
    wake(&h);
    assert_int_equal(h.ls->v.cite.answered, 0); /* not before the reveal */
    SDL_Rect pr = box(&h, LB_PROMPT, 0)->r, t0 = box(&h, LB_TILE, 0)->r;
    SDL_Rect under = {pr.x, pr.y, pr.w, t0.y - pr.y}; /* the prompt and the line under it */
    long before = count_colour(&h, under, h.ls->cui.th->text);
    key(&h, SDLK_SPACE);
    assert_int_equal(live_phase(h.live), LIVE_REVEALED);
    const LiveCiteCounts *c = &h.ls->v.cite;
    assert_int_equal(c->answered, 3);
    assert_int_equal(c->right_answer, 2);
    assert_int_equal(c->right_evidence, 2);
    assert_int_equal(c->guessed, 1);
    assert_int_equal(c->misread, 1);
    assert_true(count_colour(&h, under, h.ls->cui.th->text) > before + 50); /* the counts line */
    assert_int_equal(h.ls->v.dist[1], 2); /* the bars are the answer part's */
    lh_close(&h);
}

static void reveal_highlights_every_passage(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, "quizzes/practice-river-bridge.json", LIVE_TEACHER_PACED, NULL);
    join(&h, "Ana");
    size_t target = spread_question(h.pack);
    assert_true(target != (size_t)-1);
    key(&h, SDLK_SPACE);
    while (live_position(h.live) < target) {
        key(&h, SDLK_SPACE);
        key(&h, SDLK_RIGHT);
    }
    const Question *q = &h.pack->questions[target];
    SDL_Color mark = h.ls->cui.th->mark;
    assert_int_equal(count_colour(&h, box(&h, LB_EXCERPT, 0)->r, mark), 0); /* nothing before */
    key(&h, SDLK_SPACE);
    assert_int_equal(live_phase(h.live), LIVE_REVEALED);
    assert_true(h.ls->ex.passages);
    for (size_t i = 0; i < q->n_evidence; i++) {
        if (q->evidence[i].article != q->evidence[0].article) continue;
        SDL_Rect r[8];
        size_t n = ex_range_rects(&h.ls->ex, q->evidence[i].start, q->evidence[i].end, r, 8);
        assert_true(n > 0); /* on screen … */
        assert_true(count_colour(&h, r[0], mark) > 0); /* … and highlighted */
    }
    lh_close(&h);
}

/* Before the reveal no pixel of the body is in the colour of a right answer or of the evidence
 * highlight, for every format and theme; after it, both are there. */
static void nothing_of_the_answer_before_the_reveal(void **state)
{
    (void)state;
    static const char *const themes[] = {"light", "dark", "contrast"};
    for (size_t t = 0; t < 3; t++) {
        LH h;
        lh_open(&h, MINIMAL, LIVE_TEACHER_PACED, themes[t]);
        join(&h, "Ana");
        key(&h, SDLK_SPACE);
        /* The body: in the contrast theme the countdown's accent is the highlight's yellow. */
        SDL_Rect all = h.ls->body;
        for (size_t q = 0; q < h.pack->n_questions; q++) {
            const Theme *th = h.ls->ui.th;
            assert_int_equal(live_phase(h.live), LIVE_ASKING);
            assert_int_equal(count_colour(&h, all, th->good), 0);
            assert_int_equal(count_colour(&h, all, th->good_bg), 0);
            assert_int_equal(count_colour(&h, all, th->mark), 0);
            key(&h, SDLK_SPACE);
            assert_true(count_colour(&h, all, th->good) > 0);
            if (h.pack->questions[q].n_evidence) assert_true(count_colour(&h, all, th->mark) > 0);
            key(&h, SDLK_RIGHT);
        }
        lh_close(&h);
    }
}

static void leaderboard_shows_the_top_five_and_never_the_bottom(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    static const char *const names[8] = {"Ana", "Ben", "Cy", "Di", "Ed", "Flo", "Gus", "Hal"};
    int s[8];
    for (int i = 0; i < 8; i++) s[i] = join(&h, names[i]);
    key(&h, SDLK_SPACE);
    for (int i = 0; i < 8; i++) {
        h.now += 1000;
        answer_choice(&h, s[i], i < 6 ? 1 : 0); /* the first six right, faster is better */
    }
    key(&h, SDLK_SPACE);
    key(&h, SDLK_s);
    assert_int_equal(live_phase(h.live), LIVE_LEADERBOARD);
    assert_int_equal(h.ls->v.n_top, LIVE_TOP_N);
    size_t rows = 0;
    for (size_t i = 0; i < h.ls->n_boxes; i++)
        rows += h.ls->boxes[i].kind == LB_ROW && h.ls->boxes[i].arg < 99;
    assert_int_equal(rows, LIVE_TOP_N);
    assert_non_null(box(&h, LB_ROW, 99)); /* "and 3 more students" */
    for (size_t i = 0; i < h.ls->v.n_top; i++) {
        assert_int_equal(h.ls->v.top[i].seat, s[i]);
        assert_true(h.ls->v.top[i].seat != s[6] && h.ls->v.top[i].seat != s[7]);
    }
    /* The podium: three steps, the rest a count. */
    key(&h, SDLK_ESCAPE);
    key(&h, SDLK_ESCAPE);
    assert_int_equal(live_phase(h.live), LIVE_FINISHED);
    assert_non_null(box(&h, LB_ROW, 1));
    assert_non_null(box(&h, LB_ROW, 99));
    lh_close(&h);
}

static void esc_ends_only_when_pressed_twice(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    join(&h, "Ana");
    key(&h, SDLK_SPACE);
    key(&h, SDLK_ESCAPE);
    assert_int_equal(live_phase(h.live), LIVE_ASKING);
    assert_true(h.ls->confirm_end);
    key(&h, SDLK_p); /* another key forgets it */
    assert_false(h.ls->confirm_end);
    key(&h, SDLK_ESCAPE);
    click_rect(&h, box(&h, LB_ACTION, LA_END)->r);
    assert_int_equal(live_phase(h.live), LIVE_FINISHED);
    lh_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(count_follows_answers_and_the_countdown_ticks_the_core),
        cmocka_unit_test(distribution_bars_after_the_reveal),
        cmocka_unit_test(cite_reveal_counts_both_parts),
        cmocka_unit_test(reveal_highlights_every_passage),
        cmocka_unit_test(nothing_of_the_answer_before_the_reveal),
        cmocka_unit_test(leaderboard_shows_the_top_five_and_never_the_bottom),
        cmocka_unit_test(esc_ends_only_when_pressed_twice),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
