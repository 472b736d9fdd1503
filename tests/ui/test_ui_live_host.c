/* test_ui_live_host.c — the live projector with its hosts: students changing the Live on other
 * threads (under a real mutex) wake the projector; the presenter's setup offers "Live" when it can
 * start a server and runs the projector in its own window, and has no such button otherwise.
 * Headless (live_harness.h). */
#include "live_harness.h"

/* --- students on other threads ------------------------------------------------------------------ */

typedef struct Threaded {
    LH *h;
    SDL_mutex *mu;
    int joined;
} Threaded;

static void mu_lock(void *ctx) { SDL_LockMutex(((Threaded *)ctx)->mu); }
static void mu_unlock(void *ctx) { SDL_UnlockMutex(((Threaded *)ctx)->mu); }
static void mu_changed(void *ctx) { (void)ctx; }
static int64_t mu_now(void *ctx) { return ((Threaded *)ctx)->h->now; }

/* What the network layer does: change the Live under the lock, then wake the projector. */
static int students_thread(void *data)
{
    Threaded *t = data;
    for (int i = 0; i < 6; i++) {
        char name[16], token[LIVE_TOKEN_CHARS + 1];
        snprintf(name, sizeof name, "Student %d", i + 1);
        snprintf(token, sizeof token, "%032x", i + 100);
        int seat;
        SDL_LockMutex(t->mu);
        if (live_join(t->h->live, "K7QX", name, token, t->h->now, &seat) == LIVE_JOIN_OK) t->joined++;
        SDL_UnlockMutex(t->mu);
        ui_live_wake();
        SDL_Delay(3);
    }
    return 0;
}

static void students_on_other_threads_wake_the_projector(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    ui_live_destroy(h.ls); /* again, with a real lock */
    Threaded t = {&h, SDL_CreateMutex(), 0};
    UiLiveHost host = {h.live, mu_lock, mu_unlock, mu_changed, mu_now, &t, h.urls, 1};
    UiLiveOptions opt = {.data_dir = BYLINE_SOURCE_DIR};
    char err[256];
    h.ls = ui_live_create(h.r, NULL, &host, &opt, err, sizeof err);
    assert_non_null(h.ls);
    SDL_Thread *th = SDL_CreateThread(students_thread, "students", &t);
    assert_non_null(th);
    Uint64 until = SDL_GetTicks64() + 10000;
    while (h.ls->v.n_seats < 6 && SDL_GetTicks64() < until) {
        if (ui_live_dirty(h.ls)) ui_live_render(h.ls);
        SDL_Event e;
        if (SDL_WaitEventTimeout(&e, 200)) ui_live_handle_event(h.ls, &e);
    }
    SDL_WaitThread(th, NULL);
    assert_int_equal(t.joined, 6);
    assert_int_equal(h.ls->v.n_seats, 6);
    render_if_dirty(&h);
    assert_int_equal(count_boxes(&h, LB_NAME), 6);
    lh_close(&h);
    SDL_DestroyMutex(t.mu);
}

/* --- presenter setup's "Live" choice --------------------------------------------------------- */

static bool fake_start_live(void *ctx, const Pack *pack, LivePacing pacing, LiveRules rules, UiLiveHost *host,
                            char *err, size_t n)
{
    LH *h = ctx;
    h->live = live_create(pack, pacing, rules, "K7QX", 7, h->now, err, n);
    if (!h->live) return false;
    h->speed = rules.speed_points;
    *host = (UiLiveHost){h->live, fake_lock, fake_unlock, fake_changed, fake_now, h, h->urls, 1};
    return true;
}

static void fake_stop_live(void *ctx, UiLiveHost *host)
{
    LH *h = ctx;
    assert_ptr_equal(host->live, h->live);
    h->stopped++;
}

static void push_key(SDL_Keycode k)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    assert_int_equal(SDL_PushEvent(&e), 1);
}

static void presenter_setup_offers_live_and_runs_the_projector_in_its_window(void **state)
{
    (void)state;
    LH h;
    memset(&h, 0, sizeof h);
    h.now = 1000000;
    h.urls[0] = URL;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    Diagnostics d;
    diag_init(&d, HARBOR);
    h.pack = pack_load_file(tu_source_path(HARBOR), &d);
    diag_free(&d);
    assert_non_null(h.pack);
    h.surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 800, 32, SDL_PIXELFORMAT_ARGB8888);
    h.r = SDL_CreateSoftwareRenderer(h.surf);
    PresentConfig cfg = {.pack = h.pack, .data_dir = BYLINE_SOURCE_DIR, .speed_bonus = true,
                         .start_live = fake_start_live, .stop_live = fake_stop_live, .live_ctx = &h};
    char err[256];
    PresentScreen *ps = ui_present_create(h.r, NULL, &cfg, err, sizeof err);
    assert_non_null(ps);
    ui_present_render(ps);
    const PsHit *live = ps_find_hit(ps, HIT_SETUP_LIVE, 0);
    assert_non_null(live);
    if (getenv("BYLINE_SETUP_SHOT")) ui_present_screenshot(ps, getenv("BYLINE_SETUP_SHOT"), err, sizeof err);
    live = ps_find_hit(ps, HIT_SETUP_LIVE, 0);
    /* The teacher ends the class (Esc twice) and closes the projector (Esc): queued before the
     * click, they are what the projector's own loop reads. */
    push_key(SDLK_ESCAPE);
    push_key(SDLK_ESCAPE);
    push_key(SDLK_ESCAPE);
    SDL_Event e = {0};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = live->r.x + live->r.w / 2;
    e.button.y = live->r.y + live->r.h / 2;
    ui_present_handle_event(ps, &e);
    e.type = SDL_MOUSEBUTTONUP;
    ui_present_handle_event(ps, &e);
    assert_non_null(h.live);
    assert_true(h.speed);
    assert_int_equal(live_pacing(h.live), LIVE_TEACHER_PACED);
    assert_int_equal(live_phase(h.live), LIVE_FINISHED);
    assert_int_equal(h.stopped, 1);
    assert_true(ui_present_should_quit(ps));
    assert_false(ui_present_quit_all(ps));
    ui_present_destroy(ps);
    live_free(h.live);
    SDL_DestroyRenderer(h.r);
    SDL_FreeSurface(h.surf);
    pack_free(h.pack);
    SDL_Quit();
}

static void presenter_setup_without_live_has_no_live_button(void **state)
{
    (void)state;
    assert_int_equal(SDL_Init(SDL_INIT_VIDEO), 0);
    Diagnostics d;
    diag_init(&d, HARBOR);
    Pack *pack = pack_load_file(tu_source_path(HARBOR), &d);
    diag_free(&d);
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 800, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(surf);
    PresentConfig cfg = {.pack = pack, .data_dir = BYLINE_SOURCE_DIR};
    char err[256];
    PresentScreen *ps = ui_present_create(r, NULL, &cfg, err, sizeof err);
    assert_non_null(ps);
    ui_present_render(ps);
    assert_null(ps_find_hit(ps, HIT_SETUP_LIVE, 0));
    ui_present_destroy(ps);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surf);
    pack_free(pack);
    SDL_Quit();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(students_on_other_threads_wake_the_projector),
        cmocka_unit_test(presenter_setup_offers_live_and_runs_the_projector_in_its_window),
        cmocka_unit_test(presenter_setup_without_live_has_no_live_button),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
