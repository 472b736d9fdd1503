/* test_ui_long_text.c — issue 11.11: a valid pack with a 64 KiB word froze the GUI for seconds
 * per word (minutes for a large pack), because laying out a word too long for a line measured
 * the rest of the word again for every line. These tests count the work (bytes handed to
 * SDL_ttf, ui_text_work), not the time, and require it to grow linearly with the text. */
#include "ui_harness.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

/* n bytes of letters, with a space every `every` bytes (0: none); caller frees. */
static char *letters(size_t n, size_t every)
{
    char *s = malloc(n + 1);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++) s[i] = every && i % every == every - 1 ? ' ' : (char)('a' + i % 26);
    s[n] = '\0';
    return s;
}

static TTF_Font *open_font(void)
{
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    assert_int_equal(TTF_Init(), 0);
    TTF_Font *f = TTF_OpenFont(tu_source_path("assets/fonts/DejaVuSerif.ttf"), 21);
    assert_non_null(f);
    return f;
}

static void close_font(TTF_Font *f)
{
    TTF_CloseFont(f);
    TTF_Quit();
    SDL_Quit();
}

/* Wrapping and rendering wrapped text cost a bounded multiple of its length, for one unbroken
 * word and for ordinary words, at 16 KiB and 64 KiB alike. */
static void wrapping_a_long_word_is_linear(void **state)
{
    (void)state;
    TTF_Font *f = open_font();
    static const size_t sizes[] = {16 * 1024, 64 * 1024 - 1};
    static const size_t spacing[] = {0, 9};
    for (size_t k = 0; k < 2; k++)
        for (size_t i = 0; i < 2; i++) {
            size_t n = sizes[i];
            char *s = letters(n, spacing[k]);
            uint64_t before = ui_text_work();
            UiLine *lines;
            size_t nl = ui_wrap(f, s, n, 600, &lines);
            uint64_t wrap = ui_text_work() - before;
            assert_true(nl > n / 200);
            for (size_t l = 0; l < nl; l++) assert_true(lines[l].width <= 600);
            assert_int_equal(lines[nl - 1].end, n);
            free(lines);
            if (wrap > 8 * n) fail_msg("wrapping %zu bytes measured %llu bytes", n, (unsigned long long)wrap);
            before = ui_text_work();
            SDL_Surface *surf = ui_render_wrapped(f, s, n, (SDL_Color){0, 0, 0, 255}, 600);
            uint64_t render = ui_text_work() - before;
            assert_non_null(surf);
            int skip = TTF_FontLineSkip(f);
            size_t rows = nl < (size_t)(UI_TEXT_MAX_PX / skip) ? nl : (size_t)(UI_TEXT_MAX_PX / skip);
            assert_int_equal(surf->h, (int)rows * skip);
            assert_true(surf->w <= 600);
            SDL_FreeSurface(surf);
            if (render > 10 * n) fail_msg("rendering %zu bytes took %llu bytes of work", n, (unsigned long long)render);
            free(s);
        }
    close_font(f);
}

/* Rendered wrapped text has the lines ui_wrap lays out: the same break positions show as the
 * same number of rows, and a short text is one row as wide as its text. */
static void wrapped_rendering_matches_the_layout(void **state)
{
    (void)state;
    TTF_Font *f = open_font();
    const char *s = "The council \xE2\x80\x94 after a long night \xE2\x80\x94 voted.\nNew line here";
    UiLine *lines;
    size_t n = ui_wrap(f, s, strlen(s), 180, &lines);
    SDL_Surface *surf = ui_render_wrapped(f, s, strlen(s), (SDL_Color){0, 0, 0, 255}, 180);
    assert_non_null(surf);
    assert_int_equal(surf->h, (int)n * TTF_FontLineSkip(f));
    free(lines);
    SDL_FreeSurface(surf);
    surf = ui_render_wrapped(f, "Obi", 3, (SDL_Color){0, 0, 0, 255}, 500);
    assert_non_null(surf);
    assert_int_equal(surf->h, TTF_FontLineSkip(f));
    assert_int_equal(surf->w, ui_text_width(f, "Obi", 3));
    SDL_FreeSurface(surf);
    assert_null(ui_render_wrapped(f, "", 0, (SDL_Color){0, 0, 0, 255}, 500));
    close_font(f);
}

/* Replaces the first `what` in text with `with`; malloc'd. */
static char *replace(const char *text, const char *what, const char *with)
{
    const char *at = strstr(text, what);
    assert_non_null(at);
    size_t a = (size_t)(at - text), wl = strlen(with), rest = strlen(at + strlen(what));
    char *out = malloc(a + wl + rest + 1);
    assert_non_null(out);
    memcpy(out, text, a);
    memcpy(out + a, with, wl);
    memcpy(out + a + wl, at + strlen(what), rest + 1);
    return out;
}

/* The app on a valid pack with a 60 000-byte word in a paragraph, a prompt and an explanation:
 * reading, answering and the feedback cost work linear in the pack's text. */
static void the_app_lays_out_a_pack_with_huge_words_in_linear_work(void **state)
{
    (void)state;
    enum { WORD = 60000 };
    char *word = letters(WORD, 0);
    size_t len;
    char *json = tu_read_file(tu_source_path("tests/ui/fixtures/all-formats.json"), &len);
    assert_non_null(json);
    char with[WORD + 200];
    snprintf(with, sizeof with, "Mayor Lee Grant said the delay would cost the town money. %s", word);
    char *a = replace(json, "Mayor Lee Grant said the delay would cost the town money.", with);
    snprintf(with, sizeof with, "Who said the council needs more time to read the numbers? %s", word);
    char *b = replace(a, "Who said the council needs more time to read the numbers?", with);
    snprintf(with, sizeof with, "The quote is attributed to council chair Dana Obi. %s", word);
    char *c = replace(b, "The quote is attributed to council chair Dana Obi.", with);
    const char *path = tu_write_temp(c, strlen(c));
    assert_non_null(path);
    char pack[64];
    snprintf(pack, sizeof pack, "%s", path);
    static const int sizes[][2] = {{1280, 800}, {640, 480}};
    for (size_t si = 0; si < 2; si++) {
        Harness h = {0};
        uint64_t before = ui_text_work();
        assert_true(h_start(&h, sizes[si][0], sizes[si][1], pack, "Lin"));
        App *app = h.app;
        assert_non_null(app->packs[0].pack);
        h_key(&h, SDLK_1);                 /* read */
        assert_int_equal(app->screen, SCREEN_READ);
        h_key(&h, SDLK_RETURN);            /* the question with the long prompt */
        assert_int_equal(app->screen, SCREEN_QUIZ);
        h_key(&h, SDLK_F6);                /* the article, on a narrow window */
        h_key(&h, SDLK_F6);
        h_key(&h, SDLK_b);
        h_key(&h, SDLK_RETURN);            /* feedback: the long explanation */
        assert_true(app->q.feedback);
        uint64_t work = ui_text_work() - before;
        if (work > 40 * (uint64_t)WORD)
            fail_msg("%dx%d: %llu bytes of text work for 3 words of %d bytes", sizes[si][0],
                     sizes[si][1], (unsigned long long)work, WORD);
        h_finish(&h);
    }
    unlink(pack);
    free(word);
    free(json);
    free(a);
    free(b);
    free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(wrapping_a_long_word_is_linear),
        cmocka_unit_test(wrapped_rendering_matches_the_layout),
        cmocka_unit_test(the_app_lays_out_a_pack_with_huge_words_in_linear_work),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
