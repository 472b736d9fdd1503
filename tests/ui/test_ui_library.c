/* test_ui_library.c — the library screen: packs from a folder and from the command line, a pack
 * that fails the checker (its messages shown with line and column instead of a crash), a pack
 * with characters the font lacks, and keyboard navigation. */
#include "ui_harness.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

/* harbor.json with a choice answer out of range (the checker reports 46:17). */
static const char *broken_pack(void)
{
    size_t len;
    char *text = tu_read_file(tu_source_path("tests/fixtures/good/harbor.json"), &len);
    assert_non_null(text);
    char *at = strstr(text, "\"answer\": 1,");
    assert_non_null(at);
    at[10] = '7';
    const char *path = tu_write_temp(text, len);
    free(text);
    assert_non_null(path);
    static char copy[128];
    snprintf(copy, sizeof copy, "%s", path);
    return copy;
}

static void invalid_pack_shows_the_checkers_messages(void **state)
{
    (void)state;
    Harness h = {0};
    const char *bad = broken_pack();
    assert_true(h_start(&h, 1280, 800, bad, "Uma"));
    App *app = h.app;
    assert_int_equal(app->n_packs, 1);
    assert_null(app->packs[0].pack);
    assert_true(app->packs[0].diags.errors >= 1);
    const Diagnostic *d = &app->packs[0].diags.items[0];
    assert_int_equal(d->line, 46);
    assert_int_equal(d->column, 17);
    /* the card is drawn with the "bad" border colour */
    const Hit *card = h_hit(&h, ACT_PACK_OPEN, 0);
    assert_non_null(card);
    assert_true(h_same(h_pixel(&h, card->r.x + card->r.w / 2, card->r.y), app->ui.th->bad));
    h_key(&h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_PROBLEMS);
    ui_app_render(app);
    h_key(&h, SDLK_ESCAPE);
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    unlink(bad);
    h_finish(&h);
}

static void folder_of_packs_is_listed_sorted_with_bundled_ones(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path("tests/fixtures/good"), "Vic"));
    App *app = h.app;
    h_stop(&h);
    /* same, plus the bundled quizzes/ folder */
    h.cfg.no_bundled = false;
    h.surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 800, 32, SDL_PIXELFORMAT_ARGB8888);
    h.r = SDL_CreateSoftwareRenderer(h.surf);
    char err[256];
    h.app = app = ui_app_create(h.r, NULL, &h.cfg, err, sizeof err);
    assert_non_null(app);
    assert_true(app->n_packs >= 4);
    assert_non_null(strstr(app->packs[0].path, "tests/fixtures/good/"));
    for (size_t i = 0; i < app->n_packs; i++) {
        assert_non_null(app->packs[i].pack);
        assert_int_equal(app->packs[i].missing_glyph, 0); /* DejaVu covers every bundled pack */
    }
    /* Down moves the focus card by card; the list scrolls to keep it visible */
    ui_app_render(app);
    for (size_t i = 1; i < app->n_packs; i++) {
        h_key(&h, SDLK_DOWN);
        const Hit *hit = h_hit(&h, ACT_PACK_OPEN, (int)i);
        if (!app_has_focus(app, ACT_PACK_OPEN, (int)i)) continue; /* a review button in between */
        assert_true(hit->clip.h == hit->r.h);
    }
    h_finish(&h);
}

/* `byline quizzes/x.json` opens the bundled packs as well: x is listed once, not twice, however
 * its path is spelt. */
static void a_bundled_pack_given_by_another_path_is_listed_once(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path("quizzes/./sessions-letter.json"), "Vic"));
    h_stop(&h);
    h.cfg.no_bundled = false;
    h.surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 800, 32, SDL_PIXELFORMAT_ARGB8888);
    h.r = SDL_CreateSoftwareRenderer(h.surf);
    char err[256];
    h.app = ui_app_create(h.r, NULL, &h.cfg, err, sizeof err);
    assert_non_null(h.app);
    size_t letters = 0, others = 0;
    for (size_t i = 0; i < h.app->n_packs; i++) {
        if (strstr(h.app->packs[i].path, "sessions-letter.json")) letters++;
        else others++;
    }
    assert_int_equal(letters, 1);
    assert_true(others >= 3); /* the other bundled packs are there */
    assert_non_null(strstr(h.app->packs[0].path, "quizzes/./sessions-letter.json")); /* as given, first */
    h_finish(&h);
}

/* harbor.json with `bytes` inserted after the first occurrence of `marker`; returns its path. */
static const char *pack_with(const char *marker, const char *bytes)
{
    size_t len, n = strlen(bytes);
    char *text = tu_read_file(tu_source_path("tests/fixtures/good/harbor.json"), &len);
    assert_non_null(text);
    char *at = strstr(text, marker);
    assert_non_null(at);
    size_t off = (size_t)(at - text) + strlen(marker);
    char *out = malloc(len + n);
    assert_non_null(out);
    memcpy(out, text, off);
    memcpy(out + off, bytes, n);
    memcpy(out + off + n, text + off, len - off);
    const char *tmp = tu_write_temp(out, len + n);
    free(text);
    free(out);
    static char path[128];
    snprintf(path, sizeof path, "%s", tmp);
    return path;
}

static void missing_glyph_is_reported(void **state)
{
    (void)state;
    /* U+1F5DE (rolled-up newspaper) is not in DejaVu */
    const char *path = pack_with("\"prompt\": \"", "\xF0\x9F\x97\x9E ");
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, path, "Wes"));
    assert_non_null(h.app->packs[0].pack);
    assert_int_equal(h.app->packs[0].missing_glyph, 0x1F5DE);
    unlink(path);
    h_finish(&h);
}

static void missing_fonts_fail_with_a_clear_message(void **state)
{
    (void)state;
    SDL_Init(SDL_INIT_VIDEO);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 320, 200, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(s);
    AppConfig cfg = {.data_dir = "/nonexistent/byline", .no_bundled = true};
    char err[512] = "";
    App *app = ui_app_create(r, NULL, &cfg, err, sizeof err);
    assert_null(app);
    assert_non_null(strstr(err, "cannot open the font"));
    assert_non_null(strstr(err, "/nonexistent/byline/assets/fonts/"));
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(s);
    SDL_Quit();
}

static void present_button_without_a_window_says_why_instead_of_blocking(void **state)
{
    (void)state;
    Harness h = {0};
    assert_true(h_start(&h, 1280, 800, tu_source_path("tests/fixtures/good/harbor.json"), "Vic"));
    App *app = h.app;
    assert_non_null(h_hit(&h, ACT_PACK_PRESENT, 0)); /* every valid pack has the button */
    assert_true(h_click_hit(&h, ACT_PACK_PRESENT, 0));
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_non_null(strstr(app->present_err, "byline present"));
    app->present_err[0] = '\0';
    h_key(&h, SDLK_p); /* the key does the same on the focused card */
    assert_non_null(strstr(app->present_err, "needs a window"));
    h_finish(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(invalid_pack_shows_the_checkers_messages),
        cmocka_unit_test(folder_of_packs_is_listed_sorted_with_bundled_ones),
        cmocka_unit_test(a_bundled_pack_given_by_another_path_is_listed_once),
        cmocka_unit_test(missing_glyph_is_reported),
        cmocka_unit_test(missing_fonts_fail_with_a_clear_message),
        cmocka_unit_test(present_button_without_a_window_says_why_instead_of_blocking),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
