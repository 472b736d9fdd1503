/* test_ui_live_grid.c — the live projector's student-paced grid (results as symbols, H hides
 * them) and its layout: no widgets overlap at 640x480 and 1920x1080, and the texts pass
 * fit_check.h's rules; again with a request to continue on another device waiting (its band).
 * Headless (live_harness.h). */
#include "live_harness.h"
#include "fit_check.h"

/* --- student-paced ---------------------------------------------------------------------------------- */

static void grid_shows_results_as_symbols_and_h_hides_it(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, MINIMAL, LIVE_STUDENT_PACED, NULL);
    int a = join(&h, "Ana"), b = join(&h, "Ben");
    key(&h, SDLK_RETURN);
    assert_int_equal(live_phase(h.live), LIVE_RUNNING);
    const Question *q0 = &h.pack->questions[0];
    Answer ans;
    answer_init(&ans, q0, NULL);
    ans.choice = q0->answer;
    assert_int_equal(live_answer(h.live, a, q0->id, &ans, h.now), LIVE_ANSWER_OK);
    ans.choice = (q0->answer + 1) % (int)q0->n_choices;
    assert_int_equal(live_answer(h.live, b, q0->id, &ans, h.now), LIVE_ANSWER_OK);
    assert_true(live_student_next(h.live, b, h.now));
    wake(&h);
    size_t nq = h.ls->v.n_questions;
    assert_int_equal(h.ls->v.grid[0 * nq + 0], LC_RIGHT);
    assert_int_equal(h.ls->v.grid[1 * nq + 0], LC_WRONG);
    assert_int_equal(h.ls->v.grid[0 * nq + 1], LC_NOT_YET);
    assert_int_equal(h.ls->v.answers, 2);
    const LvBox *g = box(&h, LB_GRID, 0);
    assert_non_null(g);
    SDL_Rect grid = g->r;
    assert_true(count_colour(&h, grid, h.ls->ui.th->good) > 10); /* a check */
    assert_true(count_colour(&h, grid, h.ls->ui.th->bad) > 10);  /* a cross */
    key(&h, SDLK_h);
    assert_true(h.ls->grid_hidden);
    assert_null(box(&h, LB_GRID, 0));
    assert_int_equal(count_colour(&h, grid, h.ls->ui.th->good), 0);
    key(&h, SDLK_h);
    assert_non_null(box(&h, LB_GRID, 0));
    lh_close(&h);
}

/* --- layout --------------------------------------------------------------------------------------- */

static bool overlap(SDL_Rect a, SDL_Rect b)
{
    return SDL_HasIntersection(&a, &b);
}

/* With a request to continue on another device waiting, every screen shows its band, and the
 * band must not cover the names, the grid or the bars: the overlap check below covers it. */
static bool band_expected;

/* fit_check.h's text rules over one frame drawn again with both fonts traced: no text runs into
 * another or into a widget it is not part of (the band's sentence into the last row of names). */
static void assert_texts_fit(LH *h, const char *what)
{
    LiveScreen *ls = h->ls;
    UiTrace *tr = calloc(1, sizeof *tr);
    assert_non_null(tr);
    ls->ui.trace = ls->cui.trace = tr;
    ui_live_render(ls);
    ls->ui.trace = ls->cui.trace = NULL;
    static SDL_Rect widgets[LV_MAX_BOXES], bars[3 + LV_MAX_BOXES];
    size_t nb = 3;
    bars[0] = ls->header, bars[1] = ls->footer, bars[2] = ls->ask;
    for (size_t i = 0; i < ls->n_boxes; i++) {
        widgets[i] = ls->boxes[i].r;
        LvBoxKind k = ls->boxes[i].kind; /* name tiles, grid and leaderboard rows: one line by design */
        if (k == LB_NAME || k == LB_GRID || k == LB_ROW) bars[nb++] = ls->boxes[i].r;
    }
    /* a name longer than its tile or column is cut even inside its first word (at 640x480,
     * "Ingri…"): these are tables of equal cells, and the cut is the one rule they are excused from */
    for (size_t i = 0; i < tr->n; i++)
        for (size_t b = 3; b < nb; b++) tr->items[i].cut_in_word &= !fit_inside(tr->items[i].r, bars[b]);
    FitFrame f = {tr, widgets, ls->n_boxes, {0, 0, ls->ui.w, ls->ui.h}, bars, nb};
    int problems = fit_problems(&f, what);
    free(tr);
    if (problems) fail_msg("%s: %d layout problems", what, problems);
}

static void assert_no_overlaps(LH *h, const char *what)
{
    const LiveScreen *ls = h->ls;
    assert_texts_fit(h, what);
    if (band_expected && !lv_find_box(ls, LB_ASK, 0)) {
        fprintf(stderr, "%s: no band for the waiting request\n", what);
        fail();
    }
    for (size_t i = 0; i < ls->n_boxes; i++) {
        SDL_Rect a = ls->boxes[i].r;
        if (a.x < 0 || a.y < 0 || a.x + a.w > h->surf->w || a.y + a.h > h->surf->h || a.w <= 0 || a.h <= 0) {
            fprintf(stderr, "%s: box %zu (kind %d) off screen: %d,%d %dx%d\n", what, i, ls->boxes[i].kind, a.x, a.y, a.w, a.h);
            fail();
        }
        for (size_t j = i + 1; j < ls->n_boxes; j++)
            if (overlap(a, ls->boxes[j].r)) {
                SDL_Rect b = ls->boxes[j].r;
                fprintf(stderr, "%s: kind %d arg %d (%d,%d %dx%d) overlaps kind %d arg %d (%d,%d %dx%d)\n", what,
                        ls->boxes[i].kind, ls->boxes[i].arg, a.x, a.y, a.w, a.h, ls->boxes[j].kind,
                        ls->boxes[j].arg, b.x, b.y, b.w, b.h);
                fail();
            }
    }
}

static void ask_for_ana(LH *h)
{
    if (band_expected)
        assert_int_equal(live_move_ask(h->live, "K7QX", "Ana", "0123456789abcdef0123456789abcdef", h->now),
                         LIVE_JOIN_OK);
}

static void no_overlaps_at(int w, int hgt)
{
    static const char *const names[] = {"Ana", "Ben", "Cy", "Di", "Ed", "Flo", "Gus", "Hal",
                                        "Ingrid Marie-Louise Johansson", "Jo", "Kai", "<b>Lu</b>"};
    LH h;
    lh_open_sized(&h, MINIMAL, LIVE_TEACHER_PACED, NULL, w, hgt);
    int s[12];
    for (int i = 0; i < 12; i++) s[i] = join(&h, names[i]);
    ask_for_ana(&h);
    wake(&h);
    assert_no_overlaps(&h, "join");
    if (w == 640) { /* twenty names do not fit: the last tile pages on */
        static const char *const more_names[8] = {"Mo", "Ned", "Oz", "Pia", "Q", "Ray", "Sue", "Tia"};
        for (int i = 0; i < 8; i++) join(&h, more_names[i]);
        wake(&h);
        const LvBox *more = box(&h, LB_MORE, 0);
        assert_non_null(more);
        size_t before = count_boxes(&h, LB_NAME);
        click_rect(&h, more->r);
        assert_null(box(&h, LB_NAME, s[0]));
        assert_true(count_boxes(&h, LB_NAME) > 0 && count_boxes(&h, LB_NAME) <= before);
        assert_no_overlaps(&h, "join, second page");
    }
    key(&h, SDLK_SPACE);
    for (size_t q = 0; q < h.pack->n_questions; q++) {
        if (h.pack->questions[q].format == FORMAT_CHOICE) answer_choice(&h, s[0], 0);
        assert_no_overlaps(&h, "asking");
        key(&h, SDLK_SPACE);
        assert_no_overlaps(&h, "revealed");
        key(&h, SDLK_s);
        assert_no_overlaps(&h, "leaderboard");
        key(&h, SDLK_RIGHT);
    }
    assert_int_equal(live_phase(h.live), LIVE_FINISHED);
    assert_no_overlaps(&h, "podium");
    lh_close(&h);
    lh_open_sized(&h, MINIMAL, LIVE_STUDENT_PACED, NULL, w, hgt);
    for (int i = 0; i < 12; i++) join(&h, names[i]);
    ask_for_ana(&h);
    key(&h, SDLK_SPACE);
    assert_no_overlaps(&h, "grid");
    lh_close(&h);
}

static void no_widgets_overlap_at_640x480_and_1920x1080(void **state)
{
    (void)state;
    no_overlaps_at(640, 480);
    no_overlaps_at(1920, 1080);
}

static void the_request_band_covers_nothing_at_640x480_and_1920x1080(void **state)
{
    (void)state;
    band_expected = true;
    no_overlaps_at(640, 480);
    no_overlaps_at(1920, 1080);
    band_expected = false;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(grid_shows_results_as_symbols_and_h_hides_it),
        cmocka_unit_test(no_widgets_overlap_at_640x480_and_1920x1080),
        cmocka_unit_test(the_request_band_covers_nothing_at_640x480_and_1920x1080),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
