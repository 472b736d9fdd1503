/* test_ui_text_dir.c — a name wholly in Hebrew or Arabic is drawn right to left (ui_text_dir.c):
 * SDL_ttf's default (left to right, no script) drew "שרה" as "הרש" and Arabic unjoined. Checked
 * against SDL_ttf itself: the UI's drawing of "שרה" must be pixel for pixel SDL_ttf's left-to-right
 * drawing of the letters in reverse ("הרש"; Hebrew letters do not join), through both the
 * one-line (text cache) and the wrapped path. Mixed runs stay left to right. Headless. */
#include "helpers.h"
#include "ui_cache.h"
#include "ui_text.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <string.h>

#define SARAH_HE "\xD7\xA9\xD7\xA8\xD7\x94"     /* שרה */
#define SARAH_REVERSED "\xD7\x94\xD7\xA8\xD7\xA9" /* הרש */
#define SARA_AR "\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA9" /* سارة */

static const SDL_Color ink = {20, 20, 20, 255};

static TTF_Font *open_font(void)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/DejaVuSans-Bold.ttf", tu_source_path("assets/fonts"));
    TTF_Font *f = TTF_OpenFont(path, 40);
    assert_non_null(f);
    return f;
}

static int setup(void **state)
{
    (void)state;
    return SDL_Init(0) == 0 && TTF_Init() == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    TTF_Quit();
    SDL_Quit();
    return 0;
}

static long differing(const SDL_Surface *a, const SDL_Surface *b)
{
    if (a->w != b->w || a->h != b->h) return -1;
    long n = 0;
    for (int y = 0; y < a->h; y++)
        n += memcmp((const Uint8 *)a->pixels + (size_t)y * (size_t)a->pitch,
                    (const Uint8 *)b->pixels + (size_t)y * (size_t)b->pitch, (size_t)a->w * 4) != 0;
    return n;
}

static void runs_are_right_to_left_only_when_all_their_letters_are(void **state)
{
    (void)state;
    assert_int_equal(ui_text_dir_of("Ana", 3), UI_DIR_LTR);
    assert_int_equal(ui_text_dir_of(SARAH_HE, strlen(SARAH_HE)), UI_DIR_HEBREW);
    assert_int_equal(ui_text_dir_of(SARA_AR, strlen(SARA_AR)), UI_DIR_ARABIC);
    assert_int_equal(ui_text_dir_of(SARA_AR " 2", strlen(SARA_AR " 2")), UI_DIR_ARABIC);
    assert_int_equal(ui_text_dir_of("(" SARAH_HE ")\xE2\x80\xA6", strlen("(" SARAH_HE ")\xE2\x80\xA6")), UI_DIR_HEBREW);
    assert_int_equal(ui_text_dir_of("Sara " SARA_AR, strlen("Sara " SARA_AR)), UI_DIR_LTR);
    assert_int_equal(ui_text_dir_of(SARAH_HE " Lee", strlen(SARAH_HE " Lee")), UI_DIR_LTR);
    assert_int_equal(ui_text_dir_of("\xC3\x89lise", strlen("\xC3\x89lise")), UI_DIR_LTR);
    assert_int_equal(ui_text_dir_of("42", 2), UI_DIR_LTR);
}

static void a_hebrew_name_is_drawn_right_to_left_on_both_paths(void **state)
{
    (void)state;
    TTF_Font *f = open_font();
    SDL_Surface *want = TTF_RenderUTF8_Blended(f, SARAH_REVERSED, ink); /* ש rightmost */
    SDL_Surface *backwards = TTF_RenderUTF8_Blended(f, SARAH_HE, ink);  /* ש leftmost: the bug */
    assert_non_null(want);
    assert_non_null(backwards);
    assert_true(differing(want, backwards) != 0); /* the comparison can tell them apart */

    SDL_Surface *wrapped = ui_render_wrapped(f, SARAH_HE, strlen(SARAH_HE), ink, 1000);
    assert_non_null(wrapped);
    SDL_Rect top = {0, 0, want->w, want->h};
    SDL_Surface *row = SDL_CreateRGBSurfaceWithFormat(0, want->w, want->h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_SetSurfaceBlendMode(wrapped, SDL_BLENDMODE_NONE);
    SDL_BlitSurface(wrapped, &top, row, NULL);
    assert_int_equal(wrapped->w, want->w);
    assert_int_equal(differing(row, want), 0);

    /* One line, through the text cache, drawn as the screens draw it. */
    SDL_Surface *screen = SDL_CreateRGBSurfaceWithFormat(0, 400, 200, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(screen);
    TextCache *c = ui_cache_create(r);
    SDL_SetRenderDrawColor(r, 255, 255, 255, 255);
    SDL_RenderClear(r);
    int w, h;
    SDL_Texture *got = ui_cache_text(c, f, ink, 0, SARAH_HE, strlen(SARAH_HE), &w, &h);
    assert_non_null(got);
    assert_int_equal(w, want->w);
    SDL_RenderCopy(r, got, NULL, &(SDL_Rect){0, 0, w, h});
    SDL_Texture *ref = SDL_CreateTextureFromSurface(r, want);
    SDL_RenderCopy(r, ref, NULL, &(SDL_Rect){0, 100, want->w, want->h});
    SDL_RenderPresent(r);
    SDL_Surface *a = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Surface *b = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_BlitSurface(screen, &(SDL_Rect){0, 0, w, h}, a, NULL);
    SDL_BlitSurface(screen, &(SDL_Rect){0, 100, w, h}, b, NULL);
    assert_int_equal(differing(a, b), 0);
    /* and the font is left as it was: a Latin name after it is drawn as before */
    SDL_Surface *latin = TTF_RenderUTF8_Blended(f, "Ana", ink);
    SDL_Surface *latin_again = ui_render_wrapped(f, "Ana", 3, ink, 1000);
    SDL_Surface *latin_row = SDL_CreateRGBSurfaceWithFormat(0, latin->w, latin->h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_SetSurfaceBlendMode(latin_again, SDL_BLENDMODE_NONE);
    SDL_BlitSurface(latin_again, &(SDL_Rect){0, 0, latin->w, latin->h}, latin_row, NULL);
    assert_int_equal(differing(latin_row, latin), 0);

    SDL_FreeSurface(latin);
    SDL_FreeSurface(latin_again);
    SDL_FreeSurface(latin_row);
    SDL_FreeSurface(a);
    SDL_FreeSurface(b);
    SDL_DestroyTexture(ref);
    ui_cache_destroy(c);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(screen);
    SDL_FreeSurface(row);
    SDL_FreeSurface(wrapped);
    SDL_FreeSurface(backwards);
    SDL_FreeSurface(want);
    TTF_CloseFont(f);
}

/* Arabic letters join when shaped with their script: the word is narrower than its four
 * isolated forms side by side, as SDL_ttf's default drew them. */
static void an_arabic_name_is_shaped_joined(void **state)
{
    (void)state;
    TTF_Font *f = open_font();
    int isolated = 0;
    assert_int_equal(TTF_SizeUTF8(f, SARA_AR, &isolated, NULL), 0);
    int shaped = ui_text_width(f, SARA_AR, strlen(SARA_AR));
    assert_true(shaped > 0);
    assert_true(shaped != isolated);
    TTF_CloseFont(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(runs_are_right_to_left_only_when_all_their_letters_are),
        cmocka_unit_test(a_hebrew_name_is_drawn_right_to_left_on_both_paths),
        cmocka_unit_test(an_arabic_name_is_shaped_joined),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
