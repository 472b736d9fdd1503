/* test_ui_live_outlets.c — issue 13 on the live projector: after the reveal, a question on a
 * pack of two articles shows each evidence passage under its outlet, from its own article,
 * highlighted; before, no highlight and no outlet list. Headless: a software renderer on a
 * surface, a fake host (no-op lock, a clock only the test moves). */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"
#include "ui_live_internal.h"
#include <SDL.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#define PACK "quizzes/practice-two-outlets.json"

typedef struct LH {
    SDL_Surface *surf;
    SDL_Renderer *r;
    LiveScreen *ls;
    Pack *pack;
    Live *live;
    int64_t now;
    const char *urls[1];
} LH;

static void no_op(void *ctx) { (void)ctx; }
static int64_t fake_now(void *ctx) { return ((LH *)ctx)->now; }

static void lh_open(LH *h)
{
    memset(h, 0, sizeof *h);
    h->now = 1000000;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    h->pack = tu_load_pack(PACK);
    assert_non_null(h->pack);
    char err[256];
    h->live = live_create(h->pack, LIVE_TEACHER_PACED, live_default_rules(LIVE_TEACHER_PACED), "K7QX", 7,
                          h->now, err, sizeof err);
    assert_non_null(h->live);
    h->surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 800, 32, SDL_PIXELFORMAT_ARGB8888);
    h->r = SDL_CreateSoftwareRenderer(h->surf);
    assert_non_null(h->r);
    h->urls[0] = "http://192.168.1.20:8080/?room=K7QX";
    UiLiveHost host = {h->live, no_op, no_op, no_op, fake_now, h, h->urls, 1};
    UiLiveOptions opt = {.data_dir = BYLINE_SOURCE_DIR, .theme = "light"};
    h->ls = ui_live_create(h->r, NULL, &host, &opt, err, sizeof err);
    if (!h->ls) fprintf(stderr, "ui_live_create: %s\n", err);
    assert_non_null(h->ls);
    ui_live_render(h->ls);
}

static void lh_close(LH *h)
{
    ui_live_destroy(h->ls);
    SDL_DestroyRenderer(h->r);
    SDL_FreeSurface(h->surf);
    live_free(h->live);
    pack_free(h->pack);
    SDL_Quit();
}

static void key(LH *h, SDL_Keycode k)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = k;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(k);
    ui_live_handle_event(h->ls, &e);
    if (ui_live_dirty(h->ls)) ui_live_render(h->ls);
}

static long count_colour(LH *h, SDL_Rect r, SDL_Color c)
{
    long n = 0;
    for (int y = r.y > 0 ? r.y : 0; y < r.y + r.h && y < h->surf->h; y++)
        for (int x = r.x > 0 ? r.x : 0; x < r.x + r.w && x < h->surf->w; x++) {
            Uint32 v = ((const Uint32 *)h->surf->pixels)[(size_t)y * (size_t)h->surf->pitch / 4 + (size_t)x];
            n += (Uint8)(v >> 16) == c.r && (Uint8)(v >> 8) == c.g && (Uint8)v == c.b;
        }
    return n;
}

/* Whether a text starting with s is drawn in r (recorded with Ui.trace over one frame). */
static bool drawn(LH *h, const char *s, SDL_Rect r)
{
    UiTrace *tr = calloc(1, sizeof *tr);
    assert_non_null(tr);
    h->ls->cui.trace = tr;
    ui_live_render(h->ls);
    h->ls->cui.trace = NULL;
    bool found = false;
    for (size_t i = 0; i < tr->n && !found; i++)
        found = strncmp(tr->items[i].text, s, strlen(s)) == 0 && SDL_HasIntersection(&tr->items[i].r, &r);
    free(tr);
    return found;
}

static void reveal_shows_each_passage_under_its_outlet(void **state)
{
    (void)state;
    LH h;
    lh_open(&h);
    int seat;
    assert_int_equal(live_join(h.live, "K7QX", "Ana", "0123456789abcdef0123456789abcdef", h.now, &seat),
                     LIVE_JOIN_OK);
    size_t target = (size_t)pack_find_question(h.pack, "who-kids-drinking"); /* a passage in each */
    key(&h, SDLK_SPACE); /* start */
    while (live_position(h.live) < target) {
        key(&h, SDLK_SPACE);
        key(&h, SDLK_RIGHT);
    }
    const Question *q = &h.pack->questions[target];
    SDL_Rect ex = lv_find_box(h.ls, LB_EXCERPT, 0)->r;
    SDL_Color mark = h.ls->cui.th->mark;
    assert_int_equal(count_colour(&h, ex, mark), 0); /* nothing before */
    assert_false(drawn(&h, "The Eastside Voice:", ex));
    key(&h, SDLK_SPACE);
    assert_int_equal(live_phase(h.live), LIVE_REVEALED);
    ui_live_render(h.ls);
    for (size_t k = 0; k < q->n_evidence; k++) {
        SDL_Rect r;
        assert_true(pp_passage_rect(&h.ls->cui, h.pack, q, h.ls->excerpt, k, &r));
        assert_true(r.y >= ex.y && r.y + r.h <= ex.y + ex.h);
        assert_true(count_colour(&h, r, mark) > (long)r.w * r.h / 3);
    }
    assert_true(drawn(&h, "The Marlow Bay Herald:", ex));
    assert_true(drawn(&h, "The Eastside Voice:", ex));
    const char *shot = getenv("BYLINE_TEST_SHOT"); /* a BMP of the reveal, to look at */
    if (shot) SDL_SaveBMP(h.surf, shot);
    lh_close(&h);
}

/* Every question: after the reveal every passage is inside the panel and highlighted (the type
 * size counts the outlet view; order-scare has five passages in two articles). */
static void every_passage_of_every_question_fits_the_panel(void **state)
{
    (void)state;
    LH h;
    lh_open(&h);
    int seat;
    assert_int_equal(live_join(h.live, "K7QX", "Ana", "0123456789abcdef0123456789abcdef", h.now, &seat),
                     LIVE_JOIN_OK);
    key(&h, SDLK_SPACE); /* start */
    for (size_t i = 0; i < h.pack->n_questions; i++) {
        assert_int_equal(live_position(h.live), i);
        key(&h, SDLK_SPACE); /* reveal */
        assert_int_equal(live_phase(h.live), LIVE_REVEALED);
        ui_live_render(h.ls);
        const Question *q = &h.pack->questions[i];
        SDL_Rect ex = lv_find_box(h.ls, LB_EXCERPT, 0)->r;
        for (size_t k = 0; k < q->n_evidence; k++) {
            SDL_Rect r;
            if (!pp_passage_rect(&h.ls->cui, h.pack, q, h.ls->excerpt, k, &r) || r.y + r.h > ex.y + ex.h)
                fail_msg("question %zu (%s): passage %zu is not in the panel", i + 1, q->id, k);
            if (count_colour(&h, r, h.ls->cui.th->mark) <= (long)r.w * r.h / 3)
                fail_msg("question %zu (%s): passage %zu is not highlighted", i + 1, q->id, k);
        }
        key(&h, SDLK_RIGHT);
    }
    lh_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reveal_shows_each_passage_under_its_outlet),
        cmocka_unit_test(every_passage_of_every_question_fits_the_panel),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
