/* test_ui_fit.c — issue 11.4: every screen readable from 640x480 to 4K at every text size. At
 * each size and text size, on the library, reading, question (every format), feedback and
 * results screens: no two widgets overlap unless one holds the other, no two texts overlap, no
 * text runs into a widget it is not part of, everything is inside the window, no text is cut
 * ("…") inside a word, and outside the one-line bars (top, footer) none is cut at all. Texts are recorded as they are drawn (Ui.trace). */
#include "ui_harness.h"
#include "ui_script.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#define TOL 2 /* pixels of overlap tolerated (anti-aliased edges, kerning) */

#define run_script(h, text) assert_true(h_script((h), (text)))

static bool overlap(SDL_Rect a, SDL_Rect b)
{
    SDL_Rect i;
    return SDL_IntersectRect(&a, &b, &i) && i.w > TOL && i.h > TOL;
}

/* Pieces of one line drawn one after another (a highlighted passage inside a line): their
 * boxes may share a few pixels of side bearing. */
static bool same_line_neighbours(SDL_Rect a, SDL_Rect b)
{
    SDL_Rect i;
    return a.y == b.y && a.h == b.h && SDL_IntersectRect(&a, &b, &i) && i.w <= 6;
}

static bool inside(SDL_Rect in, SDL_Rect out)
{
    return in.x >= out.x - TOL && in.y >= out.y - TOL && in.x + in.w <= out.x + out.w + TOL &&
           in.y + in.h <= out.y + out.h + TOL;
}

static bool visible(const Hit *h)
{
    return h->focusable && h->clip.w > 0 && h->clip.h > 0;
}

/* Set by the footer test: the footer's key hints must not be cut at all (every hint readable). */
static bool footer_whole;

/* The visible part of each widget, the texts drawn, checked against each other. */
static void check_frame_cuts(Harness *h, const char *where, bool any_cut);

static void check_frame(Harness *h, const char *where)
{
    check_frame_cuts(h, where, true);
}

/* any_cut false: a screen whose rows are one-line summaries by design (class results: each
 * row's prompt, opened whole with Enter) may end them with "…" after a whole word. */
static void check_frame_cuts(Harness *h, const char *where, bool any_cut)
{
    App *app = h->app;
    UiTrace *tr = calloc(1, sizeof *tr);
    assert_non_null(tr);
    app->ui.trace = tr;
    app->dirty = true;
    ui_app_render(app);
    app->ui.trace = NULL;
    SDL_Rect win = {0, 0, app->ui.w, app->ui.h};
    int problems = 0;
#define BAD(...)                                                                                  \
    do {                                                                                          \
        if (problems++ < 6) fprintf(stderr, "%s (%dx%d, text size %.2f): ", where, app->ui.w,    \
                                    app->ui.h, (double)app->ui.zoom);                             \
        if (problems <= 6) fprintf(stderr, __VA_ARGS__);                                          \
    } while (0)
    for (size_t i = 0; i < app->n_hits; i++) {
        const Hit *a = &app->hits[i];
        if (!visible(a)) continue;
        if (!inside(a->clip, win)) BAD("widget %d/%d outside the window\n", a->act, a->arg);
        for (size_t k = i + 1; k < app->n_hits; k++) {
            const Hit *b = &app->hits[k];
            if (!visible(b) || !overlap(a->clip, b->clip)) continue;
            if (inside(a->clip, b->clip) || inside(b->clip, a->clip)) continue;
            BAD("widgets %d/%d and %d/%d overlap\n", a->act, a->arg, b->act, b->arg);
        }
    }
    for (size_t i = 0; i < tr->n; i++) {
        const UiTraceItem *t = &tr->items[i];
        if (t->cut_in_word) BAD("\"%s\" is cut inside a word\n", t->text);
        /* Only the one-line bars may shorten a text (after a whole word): the key hints of the
         * footer, the title in the top bar. Anywhere else text wraps. */
        bool bar = inside(t->r, app->footer) || inside(t->r, app->top);
        if (any_cut && t->cut && !bar) BAD("\"%s\" is cut where it could wrap\n", t->text);
        if (footer_whole && t->cut && inside(t->r, app->footer)) BAD("footer hint \"%s\" is cut\n", t->text);
        if (!inside(t->r, win)) BAD("\"%s\" is outside the window\n", t->text);
        for (size_t k = i + 1; k < tr->n; k++)
            if (overlap(t->r, tr->items[k].r) && !inside(t->r, tr->items[k].r) &&
                !inside(tr->items[k].r, t->r) && !same_line_neighbours(t->r, tr->items[k].r))
                BAD("texts \"%s\" and \"%s\" overlap\n", t->text, tr->items[k].text);
        for (size_t k = 0; k < app->n_hits; k++) {
            const Hit *b = &app->hits[k];
            if (!visible(b) || !overlap(t->r, b->clip) || inside(t->r, b->r)) continue;
            if (inside(b->r, t->r)) continue; /* a widget over a wrapped block (an article) */
            /* the card, article or row a text belongs to holds it: only partial overlaps count */
            BAD("\"%s\" runs into widget %d/%d\n", t->text, b->act, b->arg);
        }
    }
    free(tr);
    if (problems) fail_msg("%s: %d layout problems", where, problems);
#undef BAD
}

static const int SIZES[][2] = {{640, 480}, {800, 600}, {1024, 768}, {1280, 800}, {3840, 2160}};
static const float ZOOMS[] = {0.7f, 1.0f, 1.5f, 2.0f};

static void every_screen_fits_every_size_and_text_size(void **state)
{
    (void)state;
    for (size_t si = 0; si < sizeof SIZES / sizeof SIZES[0]; si++)
        for (size_t zi = 0; zi < sizeof ZOOMS / sizeof ZOOMS[0]; zi++) {
            Harness h = {0};
            assert_true(h_start(&h, SIZES[si][0], SIZES[si][1],
                                tu_source_path("quizzes/sessions-letter.json"),
                                "Alexandra Okonkwo-Villanueva"));
            App *app = h.app;
            app_set_zoom(app, ZOOMS[zi]);
            char where[64];
            run_script(&h, "screen library");
            check_frame(&h, "library");
            run_script(&h, "open sessions-letter");
            check_frame(&h, "reading");
            run_script(&h, "start");
            for (int q = 0; q < 22 && app->screen == SCREEN_QUIZ; q++) {
                snprintf(where, sizeof where, "question %d", q + 1);
                check_frame(&h, where);
                run_script(&h, q % 2 ? "answer right; submit" : "answer wrong; submit");
                snprintf(where, sizeof where, "feedback %d", q + 1);
                check_frame(&h, where);
                run_script(&h, "next");
            }
            assert_int_equal(app->screen, SCREEN_RESULTS);
            check_frame(&h, "results");
            run_script(&h, "screen library");
            check_frame(&h, "library after");
            run_script(&h, "class sessions-letter");
            check_frame_cuts(&h, "class results", false);
            run_script(&h, "screen profile");
            check_frame(&h, "profile");
            h_finish(&h);
        }
}

/* Issue 13: a pack of two articles, side by side where they fit (each column with its outlet
 * strip) and under tabs elsewhere, through reading, every question and its feedback. */
static void two_articles_fit_every_size_and_text_size(void **state)
{
    (void)state;
    for (size_t si = 0; si < sizeof SIZES / sizeof SIZES[0]; si++)
        for (size_t zi = 0; zi < sizeof ZOOMS / sizeof ZOOMS[0]; zi++) {
            Harness h = {0};
            assert_true(h_start(&h, SIZES[si][0], SIZES[si][1],
                                tu_source_path("quizzes/practice-two-outlets.json"), "Alexandra Okonkwo-Villanueva"));
            App *app = h.app;
            app_set_zoom(app, ZOOMS[zi]);
            char where[64];
            run_script(&h, "open practice-two-outlets");
            check_frame(&h, "reading two articles");
            run_script(&h, "start");
            for (int q = 0; q < 25 && app->screen == SCREEN_QUIZ; q++) {
                snprintf(where, sizeof where, "two articles, question %d", q + 1);
                check_frame(&h, where);
                run_script(&h, q % 2 ? "answer right; submit" : "answer wrong; submit");
                snprintf(where, sizeof where, "two articles, feedback %d", q + 1);
                check_frame(&h, where);
                if (!app->split) {
                    run_script(&h, "key F6");
                    snprintf(where, sizeof where, "two articles, evidence %d", q + 1);
                    check_frame(&h, where);
                }
                run_script(&h, "next");
            }
            assert_int_equal(app->screen, SCREEN_RESULTS);
            check_frame(&h, "two articles, results");
            h_finish(&h);
        }
}

/* Cite questions (issue 9): the evidence step and the two-part feedback fit as well. */
static void the_cite_steps_fit_every_size_and_text_size(void **state)
{
    (void)state;
    static const char *const how[] = {"answer guess; submit", "answer misread; submit", "answer right; submit"};
    for (size_t si = 0; si < sizeof SIZES / sizeof SIZES[0]; si++)
        for (size_t zi = 0; zi < sizeof ZOOMS / sizeof ZOOMS[0]; zi++) {
            Harness h = {0};
            assert_true(h_start(&h, SIZES[si][0], SIZES[si][1], tu_source_path("tests/ui/fixtures/cite.json"),
                                "Alexandra Okonkwo-Villanueva"));
            App *app = h.app;
            app_set_zoom(app, ZOOMS[zi]);
            char where[64];
            run_script(&h, "open harbor-cite; start");
            check_frame(&h, "cite question 1");
            run_script(&h, "key 2; key Return");
            assert_true(app->q.citing);
            check_frame(&h, "cite question 1, the evidence step");
            for (int q = 0; q < 6 && app->screen == SCREEN_QUIZ; q++) {
                run_script(&h, how[q % 3]);
                snprintf(where, sizeof where, "cite feedback %d", q + 1);
                check_frame(&h, where);
                run_script(&h, "next");
                snprintf(where, sizeof where, "cite question %d", q + 2);
                if (app->screen == SCREEN_QUIZ) check_frame(&h, where);
            }
            assert_int_equal(app->screen, SCREEN_RESULTS);
            check_frame(&h, "cite results");
            h_finish(&h);
        }
}

/* The text size chosen is remembered whole; the window only lowers the one in effect. */
static void a_small_window_lowers_the_text_size_in_effect_only(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 640, 480, tu_source_path("quizzes/sessions-letter.json"), "Ola"));
    App *app = h.app;
    for (int i = 0; i < 6; i++) h_key_mod(&h, SDLK_EQUALS, KMOD_LCTRL);
    assert_true(app->zoom_pref > 1.7f);
    assert_true(app->ui.zoom <= 1.0f + 1e-3f);
    check_frame(&h, "library, Ctrl+= six times at 640x480");
    h_stop(&h); /* the same data folder: the settings stay */
    assert_true(h_start(&h, 1920, 1080, tu_source_path("quizzes/sessions-letter.json"), "Ola"));
    assert_true(h.app->ui.zoom > 1.7f); /* the same setting, remembered, on a larger screen */
    h_finish(&h);
}

/* At 800x600 and the usual text size, the footer's key hints are all there to read, on every
 * screen of the app: none ends in "…". */
static void the_footer_hints_are_whole_at_800x600(void **state)
{
    (void)state;
    static const char *const packs[][2] = {{"quizzes/sessions-letter.json", "open sessions-letter"},
                                           {"quizzes/practice-two-outlets.json", "open practice-two-outlets"},
                                           {"tests/ui/fixtures/cite.json", "open harbor-cite"}};
    footer_whole = true;
    for (size_t k = 0; k < 3; k++) {
        Harness h = {0};
        assert_true(h_start(&h, 800, 600, tu_source_path(packs[k][0]), "Ola"));
        App *app = h.app;
        app_set_zoom(app, 1.0f);
        char where[80];
        run_script(&h, "screen profile");
        check_frame(&h, "footer, profile");
        run_script(&h, "screen library");
        check_frame(&h, "footer, library");
        run_script(&h, packs[k][1]);
        check_frame(&h, "footer, reading");
        run_script(&h, "start");
        for (int q = 0; q < 25 && app->screen == SCREEN_QUIZ; q++) {
            snprintf(where, sizeof where, "footer, %s question %d", packs[k][1] + 5, q + 1);
            check_frame(&h, where);
            if (app->session && session_question(app->session)->cite) {
                run_script(&h, "key 1; key Return");
                if (app->q.citing) check_frame(&h, "footer, the evidence step");
            }
            run_script(&h, q % 2 ? "answer right; submit" : "answer wrong; submit");
            snprintf(where, sizeof where, "footer, %s feedback %d", packs[k][1] + 5, q + 1);
            check_frame(&h, where);
            run_script(&h, "next");
        }
        check_frame(&h, "footer, results");
        h_finish(&h);
    }
    footer_whole = false;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_small_window_lowers_the_text_size_in_effect_only),
        cmocka_unit_test(every_screen_fits_every_size_and_text_size),
        cmocka_unit_test(two_articles_fit_every_size_and_text_size),
        cmocka_unit_test(the_cite_steps_fit_every_size_and_text_size),
        cmocka_unit_test(the_footer_hints_are_whole_at_800x600),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
