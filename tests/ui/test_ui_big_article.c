/* test_ui_big_article.c — a huge article opens at once: the reading screen's first frame lays out
 * what it shows, not the whole article (a valid pack may hold 15 MiB of 65,000-byte words), the
 * rest is laid out in slices while the loop keeps handling input (quit, SIGTERM), and scrolling,
 * the scrollbar, the sentence cursor and "scroll the evidence into view" still reach the whole
 * article. Work is counted in bytes handed to SDL_ttf (ui_text_work), not in time. The packs are
 * generated here, not committed. */
#include "ui_harness.h"
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

enum { WORD = 65000 };

/* Appends article number k: `paras` paragraphs, each a "Word" then `word` bytes without a space
 * (0: sentences of ordinary words instead), then a short last paragraph (the evidence). */
static size_t put_article(char *s, size_t k, size_t paras, size_t word)
{
    size_t n = (size_t)sprintf(s, "%s{\"id\":\"%c\",\"title\":\"A big article\",\"outlet\":"
                                  "\"The Test\",\"date\":\"2025-06-03\",\"paragraphs\":[",
                               k ? "," : "", (char)('a' + k));
    for (size_t p = 0; p < paras; p++) {
        n += (size_t)sprintf(s + n, "\"Word ");
        if (word) {
            for (size_t i = 0; i < word; i++) s[n++] = (char)('a' + (p + i) % 26);
            s[n++] = '.';
        } else {
            n += (size_t)sprintf(s + n, "number %zu of the article says the council met on "
                                        "Monday. The mayor said the bridge would reopen soon.", p);
        }
        n += (size_t)sprintf(s + n, "\",");
    }
    return n + (size_t)sprintf(s + n, "\"The last paragraph is the one quoted.\"]}");
}

/* A pack of `arts` such articles (a, b, ...) and one question quoting the last paragraph of a.
 * Written to a temporary file; returns its path (static). */
static const char *big_pack_of(size_t arts, size_t paras, size_t word)
{
    size_t cap = arts * (paras * (word + 200) + 400) + 4096, n = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    n += (size_t)sprintf(s + n, "{\"format\":1,\"id\":\"big\",\"title\":\"Big\","
                                "\"language\":\"en\",\"articles\":[");
    for (size_t k = 0; k < arts; k++) n += put_article(s + n, k, paras, word);
    n += (size_t)sprintf(s + n, "],\"questions\":[{"
                                "\"id\":\"q\",\"kind\":\"claim\",\"format\":\"true_false\","
                                "\"prompt\":\"The last paragraph is quoted?\",\"answer\":true,"
                                "\"explanation\":\"It is.\",\"evidence\":[{\"quote\":"
                                "\"The last paragraph is the one quoted.\",\"article\":\"a\"}]}]}");
    static char path[64];
    const char *p = tu_write_temp(s, n);
    assert_non_null(p);
    snprintf(path, sizeof path, "%s", p);
    free(s);
    return path;
}

static const char *big_pack(size_t paras, size_t word)
{
    return big_pack_of(1, paras, word);
}

/* ui_wrap_some in pieces of k lines gives exactly ui_wrap's lines, and the first lines of a
 * 64 KiB word cost about their own text, not the word's. */
static void wrapping_in_pieces_gives_the_same_lines(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    assert_int_equal(TTF_Init(), 0);
    TTF_Font *f = TTF_OpenFont(tu_source_path("assets/fonts/DejaVuSerif.ttf"), 21);
    assert_non_null(f);
    size_t len = 3 * WORD;
    char *s = malloc(len + 1);
    assert_non_null(s);
    for (size_t i = 0; i < len; i++) s[i] = (char)('a' + i % 26);
    memcpy(s + 10, "  a few  words\nthen \n\n a line ", 30); /* spaces, newlines, empty lines */
    s[WORD] = ' ';
    s[WORD + 40] = '\n';
    UiLine *all;
    size_t n = ui_wrap(f, s, len, 500, &all);
    assert_true(n > len / 100);
    static const size_t pieces[] = {1, 3, 16};
    for (size_t k = 0; k < 3; k++) {
        size_t from = 0, got = 0;
        while (from <= len) {
            UiLine *l;
            size_t next;
            size_t m = ui_wrap_some(f, s, len, 500, from, pieces[k], &l, &next);
            assert_true(m >= 1 && m <= pieces[k]);
            for (size_t i = 0; i < m; i++, got++) {
                assert_true(got < n);
                assert_int_equal(l[i].start, all[got].start);
                assert_int_equal(l[i].end, all[got].end);
                assert_int_equal(l[i].width, all[got].width);
            }
            free(l);
            assert_true(next > from);
            from = next;
        }
        assert_int_equal(got, n);
    }
    uint64_t before = ui_text_work();
    UiLine *l;
    size_t next;
    size_t m = ui_wrap_some(f, s + 100, len - 100, 500, 0, 10, &l, &next);
    uint64_t work = ui_text_work() - before;
    assert_int_equal(m, 10);
    assert_true(next == l[9].end);
    if (work > 8 * (l[9].end + 512))
        fail_msg("10 lines of a long word cost %llu bytes", (unsigned long long)work);
    free(l);
    free(all);
    free(s);
    TTF_CloseFont(f);
    TTF_Quit();
    SDL_Quit();
}

/* Runs the loop's idle work (what ui_run does while ui_app_timeout_ms is 0) until none is left;
 * returns how many slices it took. */
static int idle_until_laid(Harness *h)
{
    int slices = 0;
    while (ui_app_timeout_ms(h->app) == 0 && slices < 100000) {
        ui_app_tick(h->app);
        if (ui_app_dirty(h->app)) ui_app_render(h->app);
        slices++;
    }
    return slices;
}

/* The reading screen of 8 paragraphs of 65,000-byte words (520 KB): its first frame measures
 * text for about what it shows; the rest is laid out in several slices, after which the lines
 * are ui_wrap's lines of each paragraph, and the height is exact. */
static void the_first_frame_lays_out_what_is_visible(void **state)
{
    (void)state;
    const char *pack = big_pack(8, WORD);
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, pack, "Big"));
    App *app = h.app;
    uint64_t before = ui_text_work();
    h_key(&h, SDLK_1);
    assert_int_equal(app->screen, SCREEN_READ);
    uint64_t work = ui_text_work() - before;
    ArticleView *v = &app->av;
    /* Two screens of lines (what is shown and one below) of ~90 bytes, the header, the page. */
    size_t shown = (size_t)(2 * v->view.h / v->pitch + 1) * 100;
    if (work > 4 * shown + 8192)
        fail_msg("first frame: %llu bytes of text work for %zu bytes shown",
                 (unsigned long long)work, shown);
    assert_false(v->laid_all);
    assert_true(av_max_scroll(v) > 8 * 600 * v->pitch); /* the estimate: ~700 lines a paragraph */
    assert_true(ui_app_timeout_ms(app) == 0);            /* the loop must not block */
    int slices = idle_until_laid(&h);
    assert_true(slices > 10);
    assert_true(v->laid_all);
    assert_int_equal(ui_app_timeout_ms(app), -1);
    /* The same lines as one ui_wrap per paragraph. */
    size_t k = 0;
    for (size_t p = 0; p < v->a->n_paragraphs; p++) {
        UiLine *l;
        size_t start = v->a->paragraph_start[p];
        size_t n = ui_wrap(ui_font(&app->ui, FONT_BODY), v->a->body + start,
                           strlen(v->a->paragraphs[p]), v->col_w, &l);
        for (size_t i = 0; i < n; i++, k++) {
            assert_true(k < v->n_lines);
            assert_int_equal(v->lines[k].start, start + l[i].start);
            assert_int_equal(v->lines[k].end, start + l[i].end);
            if (k) assert_true(v->lines[k].y >= v->lines[k - 1].y + v->pitch);
        }
        free(l);
    }
    assert_int_equal(k, v->n_lines);
    assert_true(v->content_h > v->lines[k - 1].y + v->pitch);
    h_finish(&h);
    unlink(pack);
}

/* End on the first frame of the 520 KB article of 65,000-byte words: the key does no more text
 * work than a frame (it used to lay out the whole rest at once: 1.5 s on the 15 MiB pack), says
 * it is going to the end, and the idle loop then carries the view down slice by slice (never
 * up) to the real bottom. Home on the way stops it. */
static void end_before_the_layout_is_done_answers_at_once(void **state)
{
    (void)state;
    const char *pack = big_pack(8, WORD);
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, pack, "Big"));
    App *app = h.app;
    h_key(&h, SDLK_1);
    ArticleView *v = &app->av;
    assert_false(v->laid_all);
    size_t shown = (size_t)(2 * v->view.h / v->pitch + 1) * 100;
    uint64_t before = ui_text_work();
    h_key(&h, SDLK_END);
    uint64_t work = ui_text_work() - before;
    if (work > 4 * shown + 8192)
        fail_msg("End: %llu bytes of text work (a frame is about %zu)", (unsigned long long)work,
                 shown);
    assert_false(v->laid_all);
    assert_true(v->to_end);
    assert_true(v->scroll > 0); /* it moved: the last lines laid are in view */
    assert_true(ui_app_timeout_ms(app) == 0);
    assert_true(h_drawn(&h, "Going to the end: laying out the article"));
    double progress = av_layout_progress(v);
    assert_true(progress > 0.0 && progress < 0.5);

    int slices = 0, last = v->scroll;
    while (ui_app_timeout_ms(app) == 0 && slices < 100000) {
        ui_app_tick(app);
        if (ui_app_dirty(app)) ui_app_render(app);
        assert_true(v->scroll >= last); /* down only */
        assert_true(av_layout_progress(v) >= progress);
        last = v->scroll;
        progress = av_layout_progress(v);
        slices++;
    }
    assert_true(slices > 10);
    assert_true(v->laid_all);
    assert_false(v->to_end);
    assert_int_equal(v->scroll, av_max_scroll(v)); /* the real bottom, not the estimated one */
    const AvLine *end = &v->lines[v->n_lines - 1];
    assert_true(end->y - v->scroll + v->pitch <= v->view.h);
    assert_false(h_drawn(&h, "Going to the end"));
    h_finish(&h);

    /* Home on the way to the end: back at the top, and it stays there. */
    assert_true(h_start(&h, 1280, 800, pack, "Big"));
    app = h.app;
    v = &app->av;
    h_key(&h, SDLK_1);
    h_key(&h, SDLK_END);
    ui_app_tick(app);
    assert_true(v->to_end);
    h_key(&h, SDLK_HOME);
    assert_false(v->to_end);
    assert_int_equal(v->scroll, 0);
    idle_until_laid(&h);
    assert_true(v->laid_all);
    assert_int_equal(v->scroll, 0);
    h_finish(&h);
    unlink(pack);
}

/* Before anything below is laid out: End reaches the real bottom (the last paragraph in view),
 * the sentence cursor goes to the last sentence and shows it, and the quiz screen scrolls the
 * evidence (the last paragraph) into view. */
static void scrolling_reaches_the_end_before_it_is_laid_out(void **state)
{
    (void)state;
    const char *pack = big_pack(300, 0);
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, pack, "Big"));
    App *app = h.app;
    h_key(&h, SDLK_1);
    ArticleView *v = &app->av;
    assert_false(v->laid_all);
    h_key(&h, SDLK_END);
    assert_true(v->to_end);
    idle_until_laid(&h);
    assert_true(v->laid_all);
    assert_int_equal(v->scroll, av_max_scroll(v));
    const AvLine *last = &v->lines[v->n_lines - 1];
    assert_true(v->view.y + last->y - v->scroll + v->pitch <= v->view.y + v->view.h);
    h_key(&h, SDLK_HOME);
    assert_int_equal(v->scroll, 0);
    h_finish(&h);

    /* The quiz: evidence at the very end, scrolled into view, highlighted where it is. */
    assert_true(h_start(&h, 1280, 800, pack, "Big"));
    app = h.app;
    h_key(&h, SDLK_1);
    h_key(&h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_QUIZ);
    v = &app->av;
    h_key(&h, SDLK_t);
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.feedback);
    assert_true(v->n_marks > 0);
    SDL_Rect r[4], in;
    size_t n = av_range_rects(v, &app->ui, v->marks[0].start, v->marks[0].end, r, 4);
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++) assert_true(SDL_IntersectRect(&r[i], &v->view, &in));
    assert_true(v->scroll > 0);
    /* The sentence cursor across the whole article: the last sentence, then back to the first. */
    size_t ns = v->a->n_sentences;
    v->cursor = -1;
    av_move_cursor(v, -1);
    assert_int_equal(v->cursor, (int)ns - 1);
    const TextSpan *last_s = &v->a->sentences[ns - 1];
    n = av_range_rects(v, &app->ui, last_s->start, last_s->end, r, 4);
    assert_true(n > 0 && SDL_IntersectRect(&r[0], &v->view, &in));
    av_move_cursor(v, -(int)ns);
    assert_int_equal(v->cursor, 0);
    assert_int_equal(v->scroll, 0);
    h_finish(&h);
    unlink(pack);
}

/* Two big articles side by side: the first frame lays out what both columns show; a text size
 * change while the rest is being laid out starts again from what is shown; the idle loop then
 * lays out both, the active one first. */
static void two_columns_and_a_zoom_mid_layout(void **state)
{
    (void)state;
    const char *pack = big_pack_of(2, 4, WORD);
    Harness h = {0};
    assert_true(h_start(&h, 1600, 900, pack, "Big"));
    App *app = h.app;
    uint64_t before = ui_text_work();
    h_key(&h, SDLK_1);
    assert_true(app->pair);
    uint64_t work = ui_text_work() - before;
    size_t shown = (size_t)(2 * app->av.view.h / app->av.pitch + 1) * 100 * 2;
    if (work > 4 * shown + 16384)
        fail_msg("two columns: %llu bytes of work for %zu shown", (unsigned long long)work, shown);
    assert_true(av_layout_pending(&app->av) && av_layout_pending(&app->av2));
    size_t av_first = app->av.n_lines, av2_first = app->av2.n_lines;
    for (int i = 0; i < 3; i++) ui_app_tick(app);
    assert_true(app->av.n_lines > av_first);   /* the active column goes on first */
    assert_int_equal(app->av2.n_lines, av2_first);
    size_t lines_before = app->av.n_lines;
    int col_before = app->av.col_w;
    before = ui_text_work();
    app_set_zoom(app, 1.25f);
    ui_app_render(app);
    work = ui_text_work() - before;
    if (app->pair) assert_true(app->av.col_w != col_before);
    assert_true(app->av.n_lines < lines_before); /* laid again, only what is shown */
    if (work > 4 * shown + 32768)
        fail_msg("after a zoom: %llu bytes of work for %zu shown", (unsigned long long)work, shown);
    idle_until_laid(&h);
    assert_true(app->av.laid_all);
    assert_true(app->av2.laid_all || !app->pair);
    h_finish(&h);
    unlink(pack);
}

/* SIGTERM (SDL makes it an SDL_QUIT event) and closing the window are handled while the article
 * is still being laid out: the loop polls between slices instead of finishing first. */
static void quit_is_handled_while_laying_out(void **state)
{
    (void)state;
    const char *pack = big_pack(8, WORD);
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, pack, "Big"));
    App *app = h.app;
    h_key(&h, SDLK_1);
    assert_true(av_layout_pending(&app->av));
    ui_app_tick(app); /* one slice, as the loop runs it */
    assert_true(av_layout_pending(&app->av));
    raise(SIGTERM);
    SDL_Event e;
    bool quit = false;
    while (SDL_PollEvent(&e)) {
        ui_app_handle_event(app, &e);
        quit |= e.type == SDL_QUIT;
    }
    assert_true(quit);
    assert_true(ui_app_should_quit(app));
    assert_true(av_layout_pending(&app->av)); /* quit came first */
    h_finish(&h);
    unlink(pack);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(wrapping_in_pieces_gives_the_same_lines),
        cmocka_unit_test(the_first_frame_lays_out_what_is_visible),
        cmocka_unit_test(end_before_the_layout_is_done_answers_at_once),
        cmocka_unit_test(scrolling_reaches_the_end_before_it_is_laid_out),
        cmocka_unit_test(two_columns_and_a_zoom_mid_layout),
        cmocka_unit_test(quit_is_handled_while_laying_out),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
