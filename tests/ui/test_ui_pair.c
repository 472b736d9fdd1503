/* test_ui_pair.c — issue 13: two articles side by side on a wide window, tabs on a narrow one;
 * evidence from both articles highlighted in each column (or marked on the tabs); evidence
 * picked in either column by mouse and keyboard. */
#include "ui_harness.h"
#include "ui_script.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#define PACK "quizzes/practice-two-outlets.json"

#define run_script(h, text) assert_true(h_script((h), (text)))

/* Answers right until the question with this id is on screen. */
static void go_to(Harness *h, const char *id)
{
    run_script(h, "open practice-two-outlets; start");
    for (int i = 0; i < 30 && strcmp(h_question(h)->id, id) != 0; i++)
        run_script(h, "answer right; submit; next");
    assert_string_equal(h_question(h)->id, id);
}

static bool only_in(const Question *q, int article)
{
    bool only = q->n_evidence > 0;
    for (size_t k = 0; k < q->n_evidence; k++) only = only && q->evidence[k].article == article;
    return only;
}

/* From feedback: on to the next question whose evidence is all in `article`. */
static void next_only_in(Harness *h, int article)
{
    run_script(h, "next");
    for (int i = 0; i < 30 && !only_in(h_question(h), article); i++)
        run_script(h, "answer right; submit; next");
    assert_true(only_in(h_question(h), article));
}

static bool rect_inside(SDL_Rect in, SDL_Rect out)
{
    return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w && in.y + in.h <= out.y + out.h;
}

/* Fraction of the highlight colour over the first line of passage k of view v. */
static double mark_fraction(Harness *h, const ArticleView *v, size_t k)
{
    SDL_Rect r[8];
    size_t n = av_range_rects(v, &h->app->ui, v->marks[k].start, v->marks[k].end, r, 8);
    assert_true(n > 0);
    assert_true(rect_inside(r[0], v->view)); /* scrolled into view */
    return h_fraction(h, r[0], h->app->ui.th->mark);
}

/* Clicks the middle of the first line of sentence s of view v. */
static void click_sentence(Harness *h, const ArticleView *v, int s)
{
    const TextSpan *sp = &v->a->sentences[s];
    SDL_Rect r[8];
    size_t n = av_range_rects(v, &h->app->ui, sp->start, sp->end, r, 8);
    assert_true(n > 0);
    int x = r[0].x + (r[0].w < 40 ? r[0].w / 2 : 20), y = r[0].y + r[0].h / 2;
    assert_true(ui_point_in(v->view, x, y));
    h_click(h, x, y);
}

static bool has_tabs(App *app)
{
    app_layout(app);
    return app_find_hit(app, ACT_ARTICLE_TAB, 0) != NULL;
}

static void switching_sizes_flips_between_side_by_side_and_tabs(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    SDL_Window *w = SDL_CreateWindow("t", 0, 0, 1600, 900, SDL_WINDOW_RESIZABLE);
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
    assert_int_equal(app->screen, SCREEN_READ);
    /* wide: both articles, the pack's first on the left, no tabs */
    assert_true(app->pair);
    assert_false(has_tabs(app));
    assert_int_equal(app->av.index, 0);
    assert_int_equal(app->av2.index, 1);
    assert_true(app->av.view.w > 0 && app->av2.view.w > 0);
    assert_true(app->av.view.x + app->av.view.w <= app->av2.view.x);
    assert_true(app->av.col_w >= ui_measure(&app->ui, FONT_BODY, "The notice covered about 4,200 household"));
    /* narrow: one article under tabs */
    SDL_SetWindowSize(w, 900, 700);
    e.type = SDL_WINDOWEVENT;
    e.window.event = SDL_WINDOWEVENT_SIZE_CHANGED;
    ui_app_handle_event(app, &e);
    ui_app_render(app);
    assert_false(app->pair);
    assert_true(has_tabs(app));
    assert_int_equal(app->av2.view.w, 0);
    assert_true(app->av.view.w > 0);
    /* a larger text size on the wide window: the columns would be too narrow, tabs again */
    SDL_SetWindowSize(w, 1600, 900);
    ui_app_handle_event(app, &e);
    ui_app_render(app);
    assert_true(app->pair);
    app_set_zoom(app, 1.5f);
    ui_app_render(app);
    assert_false(app->pair);
    assert_true(has_tabs(app));
    app_set_zoom(app, 1.0f);
    ui_app_render(app);
    assert_true(app->pair);
    ui_app_destroy(app);
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(w);
    char path[128];
    snprintf(path, sizeof path, "%s/progress.db", home);
    unlink(path);
    snprintf(path, sizeof path, "%s/settings.txt", home);
    unlink(path);
    rmdir(home);
    SDL_Quit();
}

static void evidence_in_both_articles_is_highlighted_in_each_column(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1600, 900, tu_source_path(PACK), "Ana"));
    App *app = h.app;
    go_to(&h, "which-quote-standard");
    run_script(&h, "answer right; submit");
    assert_true(app->q.grade.correct);
    assert_true(app->pair);
    assert_int_equal(app->av.n_marks, 1);
    assert_int_equal(app->av2.n_marks, 1);
    assert_int_not_equal(app->av.index, app->av2.index);
    /* each passage in its own article, both scrolled into view and drawn highlighted */
    assert_int_equal(app->av.marks[0].article, app->av.index);
    assert_int_equal(app->av2.marks[0].article, app->av2.index);
    assert_true(mark_fraction(&h, &app->av, 0) > 0.3);
    assert_true(mark_fraction(&h, &app->av2, 0) > 0.3);
    /* a question whose evidence is in one article: no highlight in the other column */
    next_only_in(&h, 1);
    run_script(&h, "answer right; submit");
    const ArticleView *second = app->av.index == 1 ? &app->av : &app->av2;
    const ArticleView *first = app->av.index == 1 ? &app->av2 : &app->av;
    assert_true(second->n_marks > 0);
    assert_int_equal(first->n_marks, 0);
    assert_true(mark_fraction(&h, second, 0) > 0.3);
    assert_true(h_fraction(&h, first->view, app->ui.th->mark) < 0.001);
    h_finish(&h);
}

static void evidence_can_be_picked_in_either_column_by_mouse_and_keyboard(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1600, 900, tu_source_path(PACK), "Ben"));
    App *app = h.app;
    go_to(&h, "find-neighbor");
    assert_true(app->pair);
    assert_true(app->av.picking);
    assert_true(app->av2.picking);
    /* the left column holds the first article, whichever is active */
    const ArticleView *left = app->av.index == 0 ? &app->av : &app->av2;
    assert_true(left->view.x < (left == &app->av ? app->av2.view.x : app->av.view.x));
    click_sentence(&h, left, 2);
    assert_int_equal(app->q.answer.article, 0);
    assert_int_equal(app->q.answer.sentence, 2);
    assert_int_equal(app->av.index, 0); /* the column clicked is now the active one */
    assert_int_equal(app->av.picked, 2);
    assert_int_equal(app->av2.picked, -1);
    char pick[1024];
    quiz_evidence_text(app, pick, sizeof pick); /* the pick names its outlet */
    assert_true(strncmp(pick, "The Marlow Bay Herald: ", 23) == 0);
    /* the right column: that article's sentence, and the left pick is gone */
    click_sentence(&h, &app->av2, 1);
    assert_int_equal(app->q.answer.article, 1);
    assert_int_equal(app->q.answer.sentence, 1);
    assert_int_equal(app->av.index, 1);
    assert_int_equal(app->av2.picked, -1);
    quiz_evidence_text(app, pick, sizeof pick);
    assert_true(strncmp(pick, "The Eastside Voice: ", 20) == 0);
    /* keyboard: Ctrl+Tab to the other column, Down picks its first sentence, Down the next */
    h_key_mod(&h, SDLK_TAB, KMOD_LCTRL);
    assert_int_equal(app->av.index, 0);
    h_key(&h, SDLK_DOWN);
    assert_int_equal(app->q.answer.article, 0);
    assert_int_equal(app->q.answer.sentence, 0);
    h_key(&h, SDLK_DOWN);
    assert_int_equal(app->q.answer.sentence, 1);
    assert_int_equal(app->av2.picked, -1);
    /* back to the right column; the pick there is the right one */
    h_key_mod(&h, SDLK_TAB, KMOD_LCTRL);
    assert_int_equal(app->av.index, 1);
    const Question *q = h_question(&h);
    const Article *a = app->av.a;
    int right = pack_sentence_at(a, q->evidence[0].start);
    assert_true(right >= 0);
    click_sentence(&h, &app->av, right);
    assert_int_equal(app->q.answer.article, 1);
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.grade.correct);
    assert_int_equal(app->av.index, 1);
    assert_int_equal(app->av.pick_state, AV_PICK_RIGHT);
    /* the pick is drawn in the right column only */
    assert_true(app->av2.pick_state == AV_PICK_NONE);
    h_finish(&h);
}

/* Whether tab i has the highlight colour on it. */
static bool tab_marked(Harness *h, int i)
{
    const Hit *t = h_hit(h, ACT_ARTICLE_TAB, i);
    assert_non_null(t);
    return h_fraction(h, t->r, h->app->ui.th->mark) > 0.005;
}

static void tabs_select_and_mark_the_articles_holding_evidence(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 900, 700, tu_source_path(PACK), "Cy"));
    App *app = h.app;
    go_to(&h, "which-quote-standard");
    run_script(&h, "answer right; submit; key F6");
    assert_false(app->pair);
    assert_true(app->pane_article.w > 0);
    assert_true(tab_marked(&h, 0));
    assert_true(tab_marked(&h, 1));
    assert_int_equal(app->av.index, 0);
    assert_true(mark_fraction(&h, &app->av, 0) > 0.3);
    /* the other tab: its passage is marked and scrolled into view too */
    assert_true(h_click_hit(&h, ACT_ARTICLE_TAB, 1));
    assert_int_equal(app->av.index, 1);
    assert_true(mark_fraction(&h, &app->av, 0) > 0.3);
    /* Ctrl+Tab goes back */
    h_key_mod(&h, SDLK_TAB, KMOD_LCTRL);
    assert_int_equal(app->av.index, 0);
    /* a question with evidence in the second article only: that tab is selected and marked */
    next_only_in(&h, 1);
    run_script(&h, "answer right; submit");
    if (app->pane_article.w <= 0) run_script(&h, "key F6");
    assert_int_equal(app->av.index, 1);
    assert_false(tab_marked(&h, 0));
    assert_true(tab_marked(&h, 1));
    /* before an answer no tab is marked (nothing is revealed) */
    run_script(&h, "next");
    if (app->pane_article.w <= 0) run_script(&h, "key F6");
    assert_false(tab_marked(&h, 0));
    assert_false(tab_marked(&h, 1));
    h_finish(&h);
}

/* Three articles on a wide window: two columns, and tabs above them to choose what the active
 * column shows (the other column keeps its article). */
static void three_articles_keep_tabs_above_the_two_columns(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1920, 1080, tu_source_path("tests/ui/fixtures/three-articles.json"), "Dee"));
    App *app = h.app;
    h_key(&h, SDLK_1);
    assert_int_equal(app->screen, SCREEN_READ);
    assert_true(app->pair);
    assert_non_null(h_hit(&h, ACT_ARTICLE_TAB, 2));
    assert_int_equal(app->av.index, 0);
    assert_int_equal(app->av2.index, 1);
    assert_true(h_click_hit(&h, ACT_ARTICLE_TAB, 2));
    assert_true(app->pair);
    assert_int_equal(app->av.index, 2);
    assert_int_equal(app->av2.index, 1);
    /* the pack's order left to right: the second article now on the left */
    assert_true(app->av2.view.x < app->av.view.x);
    const Hit *tab = h_hit(&h, ACT_ARTICLE_TAB, 0);
    assert_true(tab->r.y + tab->r.h <= app->av.view.y);
    /* a tab of the other column's article swaps the two: both stay shown */
    assert_true(h_click_hit(&h, ACT_ARTICLE_TAB, 1));
    assert_int_equal(app->av.index, 1);
    assert_int_equal(app->av2.index, 2);
    assert_true(app->av.view.x < app->av2.view.x);
    h_finish(&h);
}

/* Eight articles of one outlet with a long name: the tabs are narrow, and a label is broken
 * between words, a word too wide for the tab shortened with "…" — never cut mid-word by SDL_ttf's
 * wrapping ("Gazett" over "e"). Every text drawn in a tab is one line at its own width. */
static void eight_narrow_tabs_never_cut_a_word(void **state)
{
    (void)state;
    char json[8192];
    size_t n = (size_t)snprintf(json, sizeof json, "{\"format\":1,\"id\":\"eight\",\"title\":"
                                "\"Eight\",\"language\":\"en\",\"articles\":[");
    for (int k = 0; k < 8; k++)
        n += (size_t)snprintf(json + n, sizeof json - n, "%s{\"id\":\"a%d\",\"title\":\"Article "
                              "%d\",\"outlet\":\"The Bench Gazette\",\"date\":\"2025-06-03\","
                              "\"paragraphs\":[\"The council met on Monday.\"]}", k ? "," : "", k, k);
    n += (size_t)snprintf(json + n, sizeof json - n, "],\"questions\":[{\"id\":\"q\",\"kind\":"
                          "\"claim\",\"format\":\"true_false\",\"prompt\":\"It met?\",\"answer\":"
                          "true,\"explanation\":\"It did.\",\"evidence\":[{\"quote\":\"The council "
                          "met on Monday.\",\"article\":\"a0\"}]}]}");
    const char *tmp = tu_write_temp(json, n);
    assert_non_null(tmp);
    char path[64];
    snprintf(path, sizeof path, "%s", tmp);
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, path, "Tabs"));
    App *app = h.app;
    h_key(&h, SDLK_1);
    assert_int_equal(app->screen, SCREEN_READ);
    UiTrace *tr = calloc(1, sizeof *tr);
    assert_non_null(tr);
    app->ui.trace = tr;
    app->dirty = true;
    ui_app_render(app);
    app->ui.trace = NULL;
    int tabs = 0, texts = 0;
    for (size_t i = 0; i < app->n_hits; i++) {
        const Hit *hit = &app->hits[i];
        if (hit->act != ACT_ARTICLE_TAB) continue;
        tabs++;
        for (size_t k = 0; k < tr->n; k++) {
            const UiTraceItem *it = &tr->items[k];
            SDL_Rect in;
            if (!SDL_IntersectRect(&it->r, &hit->r, &in)) continue;
            texts++;
            int w = ui_measure(&app->ui, FONT_SMALL_BOLD, it->text);
            if (w > it->r.w + 1)
                fail_msg("tab %d: \"%s\" drawn wrapped in %d px (it needs %d)", hit->arg, it->text,
                         it->r.w, w);
        }
    }
    assert_int_equal(tabs, 8);
    assert_true(texts >= 8);
    assert_true(trace_has(tr, "1. The", NULL)); /* the number and the start of the name */
    free(tr);
    h_finish(&h);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(switching_sizes_flips_between_side_by_side_and_tabs),
        cmocka_unit_test(evidence_in_both_articles_is_highlighted_in_each_column),
        cmocka_unit_test(evidence_can_be_picked_in_either_column_by_mouse_and_keyboard),
        cmocka_unit_test(tabs_select_and_mark_the_articles_holding_evidence),
        cmocka_unit_test(three_articles_keep_tabs_above_the_two_columns),
        cmocka_unit_test(eight_narrow_tabs_never_cut_a_word),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
