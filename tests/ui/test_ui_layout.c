/* test_ui_layout.c — layout and drawing: the article view's hit-testing and highlight rectangles
 * agree with its layout, narrow windows switch panes, resizing re-lays out, packs with several
 * articles get tabs, the loop redraws only when something changed and text is drawn from the
 * texture cache, and the text field edits UTF-8 correctly. */
#include "ui_harness.h"
#include "ui_script.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#define PACK "tests/ui/fixtures/all-formats.json"

/* Clicking the middle of any sentence's first rectangle finds that sentence again, at two
 * widths, on the longest bundled article. */
static void every_sentence_is_hit_where_it_is_laid_out(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path("quizzes/sessions-letter.json"), "Ola"));
    App *app = h.app;
    h_key(&h, SDLK_1);
    assert_int_equal(app->screen, SCREEN_READ);
    Ui *ui = &app->ui;
    ArticleView *v = &app->av;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) av_layout(v, ui, (SDL_Rect){0, 60, 500, 600});
        for (size_t s = 0; s < v->a->n_sentences; s++) {
            const TextSpan *sp = &v->a->sentences[s];
            av_scroll_to(v, sp->start, sp->end);
            SDL_Rect r[32];
            size_t n = av_range_rects(v, ui, sp->start, sp->end, r, 32);
            assert_true(n > 0);
            for (size_t i = 0; i < n; i++) {
                assert_true(r[i].w > 0);
                assert_true(r[i].x >= v->view.x && r[i].x + r[i].w <= v->view.x + v->view.w);
            }
            int y = r[0].y + r[0].h / 2;
            if (y < v->view.y || y >= v->view.y + v->view.h) continue; /* sentence taller than view */
            assert_int_equal(av_sentence_at(v, ui, r[0].x + r[0].w / 2, y), (int)s);
        }
        /* the gap between paragraphs and the header are not sentences */
        v->scroll = 0;
        assert_int_equal(av_sentence_at(v, ui, v->view.x + v->col_x + 5, v->view.y + v->title_y + 5), -1);
    }
    h_finish(&h);
}

static void narrow_window_shows_one_pane_at_a_time(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 800, 600, tu_source_path(PACK), "Pia"));
    App *app = h.app;
    h_key(&h, SDLK_1);
    assert_false(app->split);
    assert_true(app->pane_article.w > 0);           /* reading first */
    assert_true(h_click_hit(&h, ACT_TOGGLE_PANE, 0)); /* "About the quiz" */
    assert_int_equal(app->pane_article.w, 0);
    assert_true(app->side_content.w > 0);
    h_key(&h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_int_equal(app->pane_article.w, 0);       /* the question */
    h_key(&h, SDLK_F6);
    assert_true(app->pane_article.w > 0);           /* the article, on request */
    h_key(&h, SDLK_F6);
    h_key(&h, SDLK_b);
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.feedback);
    assert_true(h_click_hit(&h, ACT_TOGGLE_PANE, 0)); /* "Show evidence" */
    assert_true(app->pane_article.w > 0);
    SDL_Rect r[4];
    const Passage *p = &app->av.marks[0];
    size_t n = av_range_rects(&app->av, &app->ui, p->start, p->end, r, 4);
    assert_true(n > 0);
    assert_true(h_fraction(&h, r[0], app->ui.th->mark) > 0.5);
    h_finish(&h);
}

#define run_script(h, text) assert_true(h_script((h), (text)))

/* On a narrow window (one pane), answering a question whose answer is a sentence picked in the
 * article (an evidence question, or a cite question's second step) showed the article again,
 * marks and all, but not the verdict: whether it was right, the points and the explanation were
 * behind "Question". The verdict comes first, as for every other question. */
static void a_sentence_answer_on_a_narrow_window_shows_the_verdict_first(void **state)
{
    (void)state;
    static const int questions[] = {7, 2}; /* sessions-letter: an evidence question, a cite one */
    for (size_t qi = 0; qi < 2; qi++) {
        Harness h = {0};
        assert_true(h_start(&h, 800, 600, tu_source_path("quizzes/sessions-letter.json"), "Ola"));
        App *app = h.app;
        play_read(app, 0);
        assert_true(play_start(app, "study", &questions[qi], 1));
        ui_app_render(app);
        assert_false(app->split);
        run_script(&h, "answer wrong; submit");
        assert_true(app->q.feedback);
        assert_false(app->show_article);
        assert_true(h_drawn(&h, "\xE2\x9C\x97 Not quite"));
        assert_true(h_click_hit(&h, ACT_TOGGLE_PANE, 0)); /* "Show evidence" */
        assert_true(app->show_article);
        assert_true(app->av.n_marks > 0);
        h_finish(&h);
    }
}

/* The script's "answer wrong" on a multi question whose every choice is right (two-outlets
 * question 4: both articles quote her) gave an empty answer, which cannot be submitted: "play
 * mixed" stopped there on a wide window. Wrong is then the first choice alone. */
static void script_answers_wrong_when_every_choice_is_right(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1920, 1080, tu_source_path("quizzes/practice-two-outlets.json"), "Ola"));
    App *app = h.app;
    play_read(app, 0);
    static const int q4 = 3;
    assert_true(play_start(app, "study", &q4, 1));
    const Question *q = h_question(&h);
    assert_int_equal(q->format, FORMAT_MULTI);
    assert_int_equal(q->answers, (1u << q->n_choices) - 1);
    run_script(&h, "answer wrong; submit");
    assert_true(app->q.feedback);
    assert_false(app->q.grade.correct);
    h_finish(&h);
}

/* Issue 11.1: after answering, "Show evidence" on a narrow window opened the article at its end
 * whatever the question (the scroll was computed while the pane had no size). Every line of the
 * first passage must be in view and highlighted, narrow or wide. */
static void show_evidence_scrolls_to_the_passage_at_every_width(void **state)
{
    (void)state;
    static const int sizes[][2] = {{800, 600}, {640, 480}, {1280, 800}};
    static const int questions[] = {0, 5, 8}; /* sessions-letter questions 1, 6, 9 */
    for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++)
        for (size_t qi = 0; qi < sizeof questions / sizeof questions[0]; qi++) {
            Harness h = {0};
            assert_true(h_start(&h, sizes[si][0], sizes[si][1],
                                tu_source_path("quizzes/sessions-letter.json"), "Ola"));
            App *app = h.app;
            play_read(app, 0);
            assert_true(play_start(app, "study", &questions[qi], 1));
            ui_app_render(app);
            run_script(&h, "answer wrong; submit");
            assert_true(app->q.feedback);
            if (!app->split) assert_true(h_click_hit(&h, ACT_TOGGLE_PANE, 0)); /* Show evidence */
            ui_app_render(app);
            assert_true(app->pane_article.w > 0);
            assert_true(app->av.n_marks > 0);
            const Passage *p = &app->av.marks[0];
            SDL_Rect r[32];
            size_t n = av_range_rects(&app->av, &app->ui, p->start, p->end, r, 32);
            assert_true(n > 0);
            for (size_t i = 0; i < n; i++) {
                SDL_Rect in;
                assert_true(SDL_IntersectRect(&r[i], &app->av.view, &in));
                assert_int_equal(in.h, r[i].h); /* the whole line, not a sliver */
                assert_true(h_fraction(&h, r[i], app->ui.th->mark) > 0.5);
            }
            h_finish(&h);
        }
}

/* Issue 11.7: Tab follows the reading order. Shift+Tab from "Next question" landed on
 * "← Library" (and Space then left the quiz); Tab from "Show evidence" went to "Full screen". */
static void tab_order_follows_the_reading_order(void **state)
{
    (void)state;
    static const int sizes[][2] = {{800, 600}, {1280, 800}};
    for (size_t si = 0; si < 2; si++) {
        Harness h = {0};
        assert_true(h_start(&h, sizes[si][0], sizes[si][1],
                            tu_source_path("quizzes/sessions-letter.json"), "Ola"));
        App *app = h.app;
        run_script(&h, "open sessions-letter; start; answer wrong; submit");
        assert_true(app->q.feedback);
        assert_true(app_has_focus(app, ACT_NEXT, 0));
        h_key_mod(&h, SDLK_TAB, KMOD_LSHIFT);
        assert_false(app_has_focus(app, ACT_BACK, 0));
        if (!app->split) {
            assert_true(app_has_focus(app, ACT_TOGGLE_PANE, 0)); /* "Show evidence", left of Next */
            h_key(&h, SDLK_TAB);
            assert_true(app_has_focus(app, ACT_NEXT, 0));
        }
        /* Focusable hits in Tab order: the panel's strip left to right, then the top bar left
         * to right ("← Library", A−, A+, Theme). */
        app_layout(app);
        int last_x = -1;
        bool in_bar = false;
        for (size_t i = 0; i < app->n_hits; i++) {
            const Hit *t = &app->hits[i];
            if (!t->focusable) continue;
            bool bar = t->r.y + t->r.h <= app->top.y + app->top.h;
            if (bar && !in_bar) last_x = -1;
            if (in_bar) assert_true(bar); /* nothing after the bar */
            in_bar = bar;
            if (bar || t->act == ACT_NEXT || t->act == ACT_TOGGLE_PANE) {
                assert_true(t->r.x > last_x);
                last_x = t->r.x;
            }
        }
        assert_true(in_bar);
        /* Space on the button Shift+Tab reached does not leave the quiz */
        h_key(&h, SDLK_SPACE);
        assert_int_equal(app->screen, SCREEN_QUIZ);
        h_finish(&h);
    }
}

static void resizing_the_window_lays_out_again(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    SDL_Window *w = SDL_CreateWindow("t", 0, 0, 1280, 800, SDL_WINDOW_RESIZABLE);
    assert_non_null(w);
    SDL_Renderer *r = SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE);
    assert_non_null(r);
    char home[] = "/tmp/byline-ui-XXXXXX";
    assert_non_null(mkdtemp(home));
    const char *packs[] = {tu_source_path(PACK)};
    AppConfig cfg = {.data_dir = BYLINE_SOURCE_DIR, .home = home, .packs = packs, .n_packs = 1,
                     .no_bundled = true, .profile = "Quinn"};
    char err[256];
    App *app = ui_app_create(r, w, &cfg, err, sizeof err);
    assert_non_null(app);
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = SDLK_1;
    ui_app_handle_event(app, &e);
    ui_app_render(app);
    assert_true(app->split);
    assert_int_equal(app->ui.w, 1280);
    SDL_SetWindowSize(w, 700, 500);
    e.type = SDL_WINDOWEVENT;
    e.window.event = SDL_WINDOWEVENT_SIZE_CHANGED;
    ui_app_handle_event(app, &e);
    assert_true(ui_app_dirty(app));
    ui_app_render(app);
    assert_int_equal(app->ui.w, 700);
    assert_false(app->split);
    assert_true(app->av.view.w <= 700);
    ui_app_destroy(app);
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(w);
    char path[128];
    snprintf(path, sizeof path, "%s/progress.db", home);
    unlink(path);
    rmdir(home);
    SDL_Quit();
}

static void packs_with_several_articles_get_tabs(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path("tests/ui/fixtures/two-articles.json"), "Rui"));
    App *app = h.app;
    h_key(&h, SDLK_1);
    assert_non_null(h_hit(&h, ACT_ARTICLE_TAB, 0));
    assert_true(h_click_hit(&h, ACT_ARTICLE_TAB, 1));
    assert_int_equal(app->av.index, 1);
    h_key(&h, SDLK_RETURN);
    /* q1: the evidence is in the first article, which is shown after answering */
    h_key(&h, SDLK_b);
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.grade.correct);
    assert_int_equal(app->av.index, 0);
    assert_int_equal(app->av.n_marks, 1);
    h_key(&h, SDLK_RETURN);
    /* q2: evidence in the second article; pick by clicking, switch tabs back and forth */
    assert_int_equal(app->av.index, 1);
    const Article *a = app->av.a;
    SDL_Rect r[4];
    size_t n = av_range_rects(&app->av, &app->ui, a->sentences[1].start, a->sentences[1].end, r, 4);
    assert_true(n > 0);
    h_click(&h, r[0].x + 10, r[0].y + r[0].h / 2);
    assert_int_equal(app->q.answer.article, 1);
    assert_int_equal(app->q.answer.sentence, 1);
    assert_true(h_click_hit(&h, ACT_ARTICLE_TAB, 0));
    assert_int_equal(app->av.picked, -1);
    assert_true(h_click_hit(&h, ACT_ARTICLE_TAB, 1));
    assert_int_equal(app->av.picked, 1);
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    assert_true(app->q.grade.correct);
    assert_int_equal(app->av.pick_state, AV_PICK_RIGHT);
    assert_true(h_click_hit(&h, ACT_ARTICLE_TAB, 0));
    assert_int_equal(app->av.n_marks, 0);
    assert_true(h_click_hit(&h, ACT_ARTICLE_TAB, 1));
    assert_int_equal(app->av.n_marks, 1);
    assert_int_equal(app->av.pick_state, AV_PICK_RIGHT);
    h_finish(&h);
}

static void redraws_only_when_something_changed(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Sol"));
    App *app = h.app;
    h_key(&h, SDLK_1);
    h_key(&h, SDLK_RETURN);
    ui_app_render(app);
    assert_false(ui_app_dirty(app));
    /* moving over nothing changes nothing */
    SDL_Event e = {0};
    e.type = SDL_MOUSEMOTION;
    e.motion.x = app->side_content.x + 5;
    e.motion.y = app->side_content.y + app->side_content.h - 5;
    ui_app_handle_event(app, &e);
    assert_false(ui_app_dirty(app));
    /* over a choice: hover changes, a redraw is due */
    const Hit *c = h_hit(&h, ACT_CHOICE, 0);
    e.motion.x = c->r.x + 5;
    e.motion.y = c->r.y + 5;
    ui_app_handle_event(app, &e);
    assert_true(ui_app_dirty(app));
    ui_app_render(app);
    /* the same frame again: every text comes from the cache */
    TextCacheStats before = ui_cache_stats(app->ui.cache);
    ui_app_render(app);
    TextCacheStats after = ui_cache_stats(app->ui.cache);
    assert_int_equal(after.misses, before.misses);
    assert_true(after.hits > before.hits);
    h_finish(&h);
}

static void text_field_edits_utf8(void **state)
{
    (void)state;
    TextField t;
    tf_init(&t, 13);
    assert_true(tf_insert(&t, "Ren\xC3\xA9"));       /* René */
    assert_false(tf_insert(&t, "\x01\x02"));         /* control characters are dropped */
    assert_false(tf_insert(&t, "\xC3"));             /* so is a broken sequence */
    assert_string_equal(t.text, "Ren\xC3\xA9");
    tf_key(&t, SDLK_BACKSPACE, 0);                   /* removes é (2 bytes) */
    assert_string_equal(t.text, "Ren");
    tf_key(&t, SDLK_HOME, 0);
    tf_insert(&t, "\xE2\x80\x9C");                   /* “ at the start */
    tf_key(&t, SDLK_END, 0);
    tf_insert(&t, " Dubois");
    assert_string_equal(t.text, "\xE2\x80\x9CRen Dubois");
    assert_int_equal(t.len, 13);                     /* full: nothing more fits */
    assert_false(tf_insert(&t, "x"));
    tf_key(&t, SDLK_BACKSPACE, KMOD_LCTRL);          /* Ctrl+Backspace: a word */
    assert_string_equal(t.text, "\xE2\x80\x9CRen ");
    tf_key(&t, SDLK_LEFT, KMOD_LCTRL);
    assert_int_equal(t.cursor, 0);
    tf_key(&t, SDLK_DELETE, 0);                      /* deletes the 3-byte quote */
    assert_string_equal(t.text, "Ren ");
    tf_key(&t, SDLK_RIGHT, 0);
    assert_int_equal(t.cursor, 1);
}

static void wrap_keeps_lines_within_width(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    assert_int_equal(TTF_Init(), 0);
    TTF_Font *f = TTF_OpenFont(tu_source_path("assets/fonts/DejaVuSerif.ttf"), 20);
    assert_non_null(f);
    const char *s = "The council \xE2\x80\x94 after a long night \xE2\x80\x94 voted.\nNew line "
                    "Supercalifragilisticexpialidociousandthensomemoretextwithoutspaces end";
    UiLine *lines;
    size_t n = ui_wrap(f, s, strlen(s), 200, &lines);
    assert_true(n >= 4);
    size_t covered = 0;
    for (size_t i = 0; i < n; i++) {
        assert_true(lines[i].width <= 200);
        assert_true(lines[i].end >= lines[i].start);
        assert_true(lines[i].start >= covered);
        covered = lines[i].end;
        assert_int_equal(ui_text_width(f, s + lines[i].start, lines[i].end - lines[i].start) <= 202, 1);
    }
    /* the forced break: "voted." ends a line */
    bool found = false;
    for (size_t i = 0; i < n; i++)
        found |= lines[i].end > 6 && strncmp(s + lines[i].end - 6, "voted.", 6) == 0;
    assert_true(found);
    free(lines);
    assert_int_equal(ui_wrap(f, "", 0, 200, &lines), 0);
    TTF_CloseFont(f);
    TTF_Quit();
    SDL_Quit();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_sentence_is_hit_where_it_is_laid_out),
        cmocka_unit_test(narrow_window_shows_one_pane_at_a_time),
        cmocka_unit_test(show_evidence_scrolls_to_the_passage_at_every_width),
        cmocka_unit_test(a_sentence_answer_on_a_narrow_window_shows_the_verdict_first),
        cmocka_unit_test(script_answers_wrong_when_every_choice_is_right),
        cmocka_unit_test(tab_order_follows_the_reading_order),
        cmocka_unit_test(resizing_the_window_lays_out_again),
        cmocka_unit_test(packs_with_several_articles_get_tabs),
        cmocka_unit_test(redraws_only_when_something_changed),
        cmocka_unit_test(text_field_edits_utf8),
        cmocka_unit_test(wrap_keeps_lines_within_width),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
