/* test_ui_live.c — the live projector's join screen, headless (see live_harness.h): the room code
 * and a scannable QR code (its finder patterns are in the pixels, dark on light in every theme);
 * names appear after joining and show as typed ("<b>"); remove, lock and extra time by key and by
 * click change the core. The other screens are in test_ui_live_question.c (teacher-paced),
 * test_ui_live_grid.c (student-paced grid, layout) and test_ui_live_host.c (threads, presenter).
 *
 * `test_ui_live --screenshots DIR [W H]` instead writes the docs' screenshots
 * (docs/screenshots/live-*.png); `--pack-shots DIR W H PACK` every question of a pack, asked and
 * revealed; `test_ui_live --run SCRIPT [PNG]` runs the real window.
 */
#include "live_harness.h"

/* --- the join screen ------------------------------------------------------------------------- */

/* Module (mx, my) of the QR code is dark in the pixels (sampled at its centre). */
static bool module_dark(LH *h, int mx, int my)
{
    const LiveScreen *ls = h->ls;
    int m = ls->qr_module;
    int x = ls->qr_rect.x + (4 + mx) * m + m / 2, y = ls->qr_rect.y + (4 + my) * m + m / 2;
    SDL_Color p = pixel(h, x, y);
    if (p.r == 0 && p.g == 0 && p.b == 0) return true;
    assert_true(p.r == 255 && p.g == 255 && p.b == 255); /* dark on light, nothing in between */
    return false;
}

static void assert_finder(LH *h, int ox, int oy)
{
    for (int y = 0; y < 7; y++)
        for (int x = 0; x < 7; x++) {
            bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            assert_int_equal(module_dark(h, ox + x, oy + y), ring || core);
        }
    /* The separator around it is light. */
    for (int i = -1; i <= 7; i++) {
        if (ox - 1 >= 0 && oy + i >= 0 && oy + i < h->ls->qr.size) assert_false(module_dark(h, ox - 1, oy + i));
        if (ox + 7 < h->ls->qr.size && oy + i >= 0 && oy + i < h->ls->qr.size) assert_false(module_dark(h, ox + 7, oy + i));
    }
}

static void check_qr(LH *h)
{
    LiveScreen *ls = h->ls;
    assert_true(ls->qr.size >= 21);
    assert_true(ls->qr_module >= 2);
    assert_non_null(box(h, LB_QR, 0));
    int n = ls->qr.size;
    assert_finder(h, 0, 0);
    assert_finder(h, n - 7, 0);
    assert_finder(h, 0, n - 7);
    /* The quiet zone: four light modules all round. */
    SDL_Rect quiet = {ls->qr_rect.x, ls->qr_rect.y, ls->qr_rect.w, 4 * ls->qr_module};
    assert_int_equal(count_colour(h, quiet, (SDL_Color){255, 255, 255, 255}), (long)quiet.w * quiet.h);
    quiet = (SDL_Rect){ls->qr_rect.x, ls->qr_rect.y, 4 * ls->qr_module, ls->qr_rect.h};
    assert_int_equal(count_colour(h, quiet, (SDL_Color){255, 255, 255, 255}), (long)quiet.w * quiet.h);
    /* And it is the code of the address. */
    QrCode want;
    assert_true(qr_encode(URL, &want));
    assert_int_equal(want.size, n);
    for (int y = 0; y < n; y++)
        for (int x = 0; x < n; x++) assert_int_equal(module_dark(h, x, y), qr_dark(&want, x, y));
    qr_free(&want);
}

static void join_screen_shows_the_code_and_a_qr_code(void **state)
{
    (void)state;
    static const char *const themes[] = {"light", "dark", "contrast"};
    for (size_t t = 0; t < 3; t++) {
        LH h;
        lh_open(&h, HARBOR, LIVE_TEACHER_PACED, themes[t]);
        const LvBox *code = box(&h, LB_CODE, 0);
        assert_non_null(code);
        assert_true(count_colour(&h, code->r, h.ls->ui.th->text) > 200); /* the letters, in the text colour */
        assert_non_null(box(&h, LB_URL, 0));
        assert_non_null(box(&h, LB_URL, 1));
        check_qr(&h);
        lh_close(&h);
    }
}

static void names_appear_as_students_join_and_show_as_typed(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    assert_int_equal(count_boxes(&h, LB_NAME), 0);
    int bo = join(&h, "b");
    wake(&h);
    assert_non_null(box(&h, LB_NAME, bo));
    int html = join(&h, "<b>");
    int amp = join(&h, "Zo\xC3\xAB & <i>");
    wake(&h); /* two joins, one redraw */
    assert_int_equal(count_boxes(&h, LB_NAME), 3);
    assert_string_equal(h.ls->v.seats[1].name, "<b>");
    assert_non_null(box(&h, LB_NAME, amp));
    /* The markup is drawn as characters: "<b>" leaves more than twice the ink of "b". */
    SDL_Color panel = h.ls->ui.th->panel;
    int in_x = ui_px(&h.ls->ui, 28), in_y = ui_px(&h.ls->ui, 4); /* past the frame and the dot */
    SDL_Rect rb = box(&h, LB_NAME, bo)->r, rh = box(&h, LB_NAME, html)->r;
    long plain = count_other(&h, (SDL_Rect){rb.x + in_x, rb.y + in_y, rb.w - in_x, rb.h - 2 * in_y}, panel);
    long tagged = count_other(&h, (SDL_Rect){rh.x + in_x, rh.y + in_y, rh.w - in_x, rh.h - 2 * in_y}, panel);
    assert_true(plain > 20);
    assert_true(tagged > plain * 2);
    lh_close(&h);
}

static void remove_lock_and_extra_time_by_key_and_click(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    int a = join(&h, "Ana"), b = join(&h, "Ben"), c = join(&h, "Cy");
    wake(&h);
    /* Click: remove Ben. */
    int before = h.changed;
    click_rect(&h, box(&h, LB_REMOVE, b)->r);
    assert_true(live_seat(h.live, b)->removed);
    assert_int_equal(h.changed, before + 1);
    assert_null(box(&h, LB_NAME, b));
    assert_int_equal(live_present_count(h.live), 2);
    /* Keys: the cursor on the first name, Right to Cy, Delete. */
    key(&h, SDLK_DOWN);
    assert_int_equal(h.ls->selected, a);
    key(&h, SDLK_RIGHT);
    assert_int_equal(h.ls->selected, c);
    key(&h, SDLK_DELETE);
    assert_true(live_seat(h.live, c)->removed);
    assert_false(live_seat(h.live, a)->removed);
    /* Extra time: T on the selected name, a click on its time button; ×1.5, ×2, back to ×1. */
    assert_int_equal(h.ls->selected, a);
    key(&h, SDLK_t);
    assert_int_equal(live_seat(h.live, a)->extra_percent, 150);
    click_rect(&h, box(&h, LB_EXTRA, a)->r);
    assert_int_equal(live_seat(h.live, a)->extra_percent, 200);
    /* The value shows on the name under the cursor only: the class sees this screen. */
    SDL_Color accent = h.ls->ui.th->accent;
    assert_true(count_colour(&h, box(&h, LB_EXTRA, a)->r, accent) > 50);
    key(&h, SDLK_HOME); /* the cursor stays on Ana: still shown */
    h.ls->selected = -1;
    h.ls->dirty = true;
    render_if_dirty(&h);
    assert_int_equal(count_colour(&h, box(&h, LB_EXTRA, a)->r, accent), 0);
    click_rect(&h, box(&h, LB_EXTRA, a)->r);
    assert_int_equal(live_seat(h.live, a)->extra_percent, 100);
    /* Lock by key, unlock by the footer button. */
    key(&h, SDLK_l);
    assert_true(live_locked(h.live));
    char token[LIVE_TOKEN_CHARS + 1] = "0123456789abcdef0123456789abcdef";
    int seat;
    assert_int_equal(live_join(h.live, "K7QX", "Late", token, h.now, &seat), LIVE_JOIN_LOCKED);
    click_rect(&h, box(&h, LB_ACTION, LA_LOCK)->r);
    assert_false(live_locked(h.live));
    assert_int_equal(h.locks, 0);
    lh_close(&h);
}

/* --- screenshots for docs/ ---------------------------------------------------------------------- */

static void shot(LH *h, const char *dir, const char *name)
{
    char path[1200], err[300];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (!ui_live_screenshot(h->ls, path, err, sizeof err)) fprintf(stderr, "%s\n", err);
    else printf("wrote %s\n", path);
}

static int shot_w = 1280, shot_h = 800;

static int screenshots(const char *dir)
{
    static const char *const names[] = {"Amara", "Ben", "Chloé", "Dev", "Eli", "Farah", "Gabe", "Hana",
                                        "Ivo", "Jules", "Kofi", "Lena", "Mateo", "Nia", "<b>Omar</b>",
                                        "Priya", "Quinn", "Rosa", "Sami", "Tomás", "Uma", "Vik"};
    const size_t n = sizeof names / sizeof names[0];
    LH h;
    lh_open_sized(&h, "quizzes/practice-river-bridge.json", LIVE_TEACHER_PACED, NULL, shot_w, shot_h);
    int s[32];
    for (size_t i = 0; i < n; i++) s[i] = join(&h, names[i]);
    live_set_connected(h.live, s[3], true);
    for (size_t i = 0; i < n; i++) live_set_connected(h.live, s[i], i != 5);
    live_set_extra_time(h.live, s[4], 150);
    h.ls->selected = s[4]; /* the cursor on Eli: his extra time shows */
    h.ls->dirty = true;
    render_if_dirty(&h);
    shot(&h, dir, "live-join.png");
    key(&h, SDLK_SPACE);
    h.now += 12400;
    for (size_t i = 0; i < 17; i++) answer_choice(&h, s[i], i % 5 == 0 ? 0 : i % 7 == 0 ? 2 : h.pack->questions[0].answer);
    h.ls->dirty = true;
    render_if_dirty(&h);
    shot(&h, dir, "live-question.png");
    key(&h, SDLK_SPACE);
    shot(&h, dir, "live-reveal.png");
    key(&h, SDLK_s);
    shot(&h, dir, "live-leaderboard.png");
    size_t spread = spread_question(h.pack);
    while (live_phase(h.live) != LIVE_FINISHED && live_position(h.live) < spread) {
        key(&h, SDLK_RIGHT);
        const Question *q = &h.pack->questions[live_position(h.live)];
        if (live_position(h.live) == spread && q->format == FORMAT_CHOICE)
            for (size_t i = 0; i < 20; i++)
                answer_choice(&h, s[i], i % 4 == 1 ? (q->answer + 2) % (int)q->n_choices : q->answer);
        key(&h, SDLK_SPACE);
    }
    shot(&h, dir, "live-evidence.png");
    key(&h, SDLK_ESCAPE);
    key(&h, SDLK_ESCAPE);
    shot(&h, dir, "live-podium.png");
    lh_close(&h);
    lh_open_sized(&h, "quizzes/practice-river-bridge.json", LIVE_STUDENT_PACED, "dark", shot_w, shot_h);
    for (size_t i = 0; i < n; i++) s[i] = join(&h, names[i]);
    key(&h, SDLK_SPACE);
    for (size_t i = 0; i < n; i++) {
        size_t upto = (i * 7) % h.pack->n_questions;
        for (size_t q = 0; q < upto; q++) {
            const Question *qq = &h.pack->questions[q];
            Answer a;
            answer_init(&a, qq, NULL);
            bool right = (i + q) % 3 != 0;
            switch (qq->format) {
            case FORMAT_CHOICE: a.choice = right ? qq->answer : (qq->answer + 1) % (int)qq->n_choices; break;
            case FORMAT_MULTI: a.picked = right ? qq->answers : (qq->answers & 1u) | 2u; break;
            case FORMAT_TRUE_FALSE: a.truth = right ? qq->truth : !qq->truth; break;
            case FORMAT_TEXT: snprintf(a.text, sizeof a.text, "%s", right ? qq->accept[0] : "no idea"); break;
            case FORMAT_EVIDENCE:
                answer_pick_sentence(&a, h.pack, qq->evidence[0].article,
                                     right ? pack_sentence_at(&h.pack->articles[qq->evidence[0].article], qq->evidence[0].start) : 0);
                break;
            default: break;
            }
            live_answer(h.live, s[i], qq->id, &a, h.now);
            live_student_next(h.live, s[i], h.now);
        }
    }
    h.ls->dirty = true;
    render_if_dirty(&h);
    shot(&h, dir, "live-grid.png");
    lh_close(&h);
    return 0;
}

/* `test_ui_live --pack-shots DIR W H PACK`: every question of PACK on the projector, asked and
 * revealed (DIR/q01-ask.png, DIR/q01-reveal.png …), answered by six students (two of them wrong;
 * a cite answer's sentence right for half of them), for a look at a pack's screens at any size. */
static void fill_answer(LH *h, const Question *q, Answer *a, bool right, int cite_right)
{
    answer_init(a, q, NULL);
    switch (q->format) {
    case FORMAT_CHOICE: a->choice = right ? q->answer : (q->answer + 1) % (int)q->n_choices; break;
    case FORMAT_MULTI: a->picked = right ? q->answers : 1u; break;
    case FORMAT_TRUE_FALSE: a->truth = right ? q->truth : !q->truth; break;
    case FORMAT_TEXT: snprintf(a->text, sizeof a->text, "%s", right && q->n_accept ? q->accept[0] : "no idea"); break;
    case FORMAT_ORDER:
        for (size_t i = 0; i < q->n_order; i++) a->order[i] = q->order[right ? i : q->n_order - 1 - i];
        a->n_order = q->n_order;
        break;
    case FORMAT_EVIDENCE:
        answer_pick_sentence(a, h->pack, q->evidence[0].article,
                             right ? pack_sentence_at(&h->pack->articles[q->evidence[0].article], q->evidence[0].start) : 0);
        break;
    default: break;
    }
    if (q->cite && q->format != FORMAT_EVIDENCE && q->n_evidence) {
        const Passage *ev = &q->evidence[0];
        int sen = pack_sentence_at(&h->pack->articles[ev->article], ev->start);
        answer_cite_sentence(a, h->pack, ev->article, cite_right ? sen : (sen == 0 ? 1 : 0));
    }
}

static int pack_shots(const char *dir, int w, int hgt, const char *pack)
{
    static const char *const names[] = {"Amara", "Ben", "Chlo\xC3\xA9", "Dev", "Eli", "Farah"};
    LH h;
    lh_open_sized(&h, pack, LIVE_TEACHER_PACED, "light", w, hgt);
    int s[6];
    for (int i = 0; i < 6; i++) s[i] = join(&h, names[i]);
    key(&h, SDLK_SPACE);
    char name[64];
    for (size_t qi = 0; qi < h.pack->n_questions && live_phase(h.live) != LIVE_FINISHED; qi++) {
        const Question *q = &h.pack->questions[live_position(h.live)];
        for (int i = 0; i < 6; i++) {
            Answer a;
            fill_answer(&h, q, &a, i % 3 != 2, i % 2);
            live_answer(h.live, s[i], q->id, &a, h.now);
        }
        h.ls->dirty = true;
        render_if_dirty(&h);
        snprintf(name, sizeof name, "q%02zu-ask.png", qi + 1);
        shot(&h, dir, name);
        key(&h, SDLK_SPACE);
        snprintf(name, sizeof name, "q%02zu-reveal.png", qi + 1);
        shot(&h, dir, name);
        key(&h, SDLK_RIGHT);
    }
    lh_close(&h);
    return 0;
}

/* `test_ui_live --run SCRIPT [PNG]`: the real window and loop (ui_live_run) on a fake class of
 * five students, for a look under Xvfb. */
static int run_window(const char *script, const char *png)
{
    LH h;
    memset(&h, 0, sizeof h);
    h.now = 1000000;
    h.urls[0] = URL;
    Diagnostics d;
    diag_init(&d, "practice-river-bridge.json");
    h.pack = pack_load_file(tu_source_path("quizzes/practice-river-bridge.json"), &d);
    diag_free(&d);
    char err[256];
    h.live = live_create(h.pack, LIVE_TEACHER_PACED, live_default_rules(LIVE_TEACHER_PACED), "K7QX", 7, h.now, err,
                         sizeof err);
    if (!h.pack || !h.live) return 2;
    static const char *const names[] = {"Amara", "Ben", "Chlo\xC3\xA9", "<b>Dev</b>", "Eli"};
    for (int i = 0; i < 5; i++) join(&h, names[i]);
    UiLiveHost host = {h.live, fake_lock, fake_unlock, fake_changed, fake_now, &h, h.urls, 1};
    UiLiveOptions opt = {.data_dir = BYLINE_SOURCE_DIR, .theme = "light", .script = script, .screenshot = png};
    int status = ui_live_run(&host, &opt);
    printf("phase %d, %zu present, status %d\n", (int)live_phase(h.live), live_present_count(h.live), status);
    live_free(h.live);
    pack_free(h.pack);
    return status;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "--run") == 0) return run_window(argv[2], argc >= 4 ? argv[3] : NULL);
    if (argc == 6 && strcmp(argv[1], "--pack-shots") == 0)
        return pack_shots(argv[2], atoi(argv[3]), atoi(argv[4]), argv[5]);
    if (argc >= 3 && strcmp(argv[1], "--screenshots") == 0) {
        if (argc == 5) {
            shot_w = atoi(argv[3]);
            shot_h = atoi(argv[4]);
        }
        return screenshots(argv[2]);
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(join_screen_shows_the_code_and_a_qr_code),
        cmocka_unit_test(names_appear_as_students_join_and_show_as_typed),
        cmocka_unit_test(remove_lock_and_extra_time_by_key_and_click),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
