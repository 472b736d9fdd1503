/* test_ui_monkey.c — thousands of random keys, clicks, drags, wheel turns and typed text on every
 * screen (a fixed seed, so a failure repeats): the app must never crash, never leave its states
 * inconsistent, and (under the sanitizers) never touch memory it should not. */
#include "ui_harness.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint32_t next(uint32_t n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng % n);
}

static const SDL_Keycode keys[] = {
    SDLK_TAB, SDLK_RETURN, SDLK_RETURN, SDLK_RETURN, SDLK_ESCAPE, SDLK_UP, SDLK_DOWN, SDLK_LEFT,
    SDLK_RIGHT, SDLK_SPACE, SDLK_1, SDLK_2, SDLK_3, SDLK_a, SDLK_b, SDLK_c, SDLK_t, SDLK_f, SDLK_m,
    SDLK_F6, SDLK_PAGEDOWN, SDLK_PAGEUP, SDLK_HOME, SDLK_END, SDLK_BACKSPACE, SDLK_DELETE,
};

static void random_event(Harness *h)
{
    int w = h->surf->w, ht = h->surf->h;
    switch (next(10)) {
    case 0: case 1: case 2: case 3:
        h_key(h, keys[next(sizeof keys / sizeof keys[0])]);
        break;
    case 4: {
        static const SDL_Keycode ctrl[] = {SDLK_EQUALS, SDLK_MINUS, SDLK_0, SDLK_t, SDLK_BACKSPACE};
        h_key_mod(h, ctrl[next(5)], next(2) ? KMOD_LCTRL : KMOD_LSHIFT);
        break;
    }
    case 5: {
        static const char *const texts[] = {"Grant", "\xC3\xA9t\xC3\xA9", "\xE2\x80\x9Cq\xE2\x80\x9D", " ", "Lee"};
        h_text(h, texts[next(5)]);
        break;
    }
    case 6: case 7:
        h_click(h, (int)next((uint32_t)w), (int)next((uint32_t)ht));
        break;
    case 8: {
        int x = (int)next((uint32_t)w), y = (int)next((uint32_t)ht);
        h_mouse(h, SDL_MOUSEBUTTONDOWN, x, y);
        for (int k = 0; k < 4; k++) h_mouse(h, SDL_MOUSEMOTION, x + (int)next(200) - 100, y + (int)next(200) - 100);
        h_mouse(h, SDL_MOUSEBUTTONUP, x, y);
        break;
    }
    default:
        h_wheel(h, (int)next((uint32_t)w), (int)next((uint32_t)ht), next(2) ? 1 : -1);
        break;
    }
}

static void check_state(const App *app)
{
    assert_true(app->screen < SCREEN_COUNT);
    assert_true(app->ui.zoom >= UI_ZOOM_MIN && app->ui.zoom <= UI_ZOOM_MAX);
    if (app->screen == SCREEN_QUIZ) {
        assert_non_null(app->session);
        assert_false(session_finished(app->session));
    }
    if (app->screen == SCREEN_RESULTS) assert_non_null(app->session);
    if (app->session) assert_true(session_position(app->session) <= session_count(app->session));
    assert_true(app->av.scroll >= 0 && app->av.scroll <= av_max_scroll(&app->av));
    assert_true(app->n_hits <= UI_MAX_HITS);
}

static void run(const char *pack, int w, int ht, int events)
{
    Harness h = {0};
    assert_true(h_start(&h, w, ht, tu_source_path(pack), NULL));
    int screens_seen = 0;
    for (int i = 0; i < events; i++) {
        random_event(&h);
        h.now_ms += next(3000);
        h.now_unix += next(120);
        check_state(h.app);
        screens_seen |= 1 << h.app->screen;
        if (ui_app_should_quit(h.app)) break;
    }
    /* The monkey should have wandered well beyond the first screens. */
    assert_true(screens_seen & (1 << SCREEN_QUIZ));
    print_message("screens visited (bit per ScreenId): 0x%x\n", (unsigned)screens_seen);
    h_finish(&h);
}

static void random_input_on_a_wide_window(void **state)
{
    (void)state;
    run("tests/ui/fixtures/all-formats.json", 1280, 800, 1500);
}

static void random_input_on_a_narrow_window(void **state)
{
    (void)state;
    run("tests/ui/fixtures/two-articles.json", 640, 480, 1000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(random_input_on_a_wide_window),
        cmocka_unit_test(random_input_on_a_narrow_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
