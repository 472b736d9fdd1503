/* test_ui_live_ask.c — the projector's line for a student asking to continue on another device:
 * shown on the join screen and during a question while a request waits (the oldest first), A lets
 * the student in (the seat's token becomes the new device's, under the lock, then changed), D says
 * no, and the line goes once nothing waits. Set BYLINE_LIVE_ASK_SHOT=FILE.png to look at it. */
#include "live_harness.h"
#include "trace_find.h"

static const char *ticket(int n)
{
    static char buf[2][LIVE_TOKEN_CHARS + 1];
    snprintf(buf[n % 2], sizeof buf[0], "%032x", (unsigned)(0xabc0 + n));
    return buf[n % 2];
}

static void a_waiting_request_shows_and_a_lets_the_student_in(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    int ana = join(&h, "Ana"), bo = join(&h, "Bo");
    wake(&h);
    assert_null(box(&h, LB_ASK, ana));
    key(&h, SDLK_a); /* nothing waits: A does nothing */
    assert_int_equal(h.changed, 0);

    assert_int_equal(live_move_ask(h.live, "K7QX", "Ana", ticket(1), h.now), LIVE_JOIN_OK);
    assert_int_equal(live_move_ask(h.live, "K7QX", "Bo", ticket(2), h.now + 1), LIVE_JOIN_OK);
    wake(&h);
    const LvBox *b = box(&h, LB_ASK, ana);
    assert_non_null(b); /* the oldest request first */
    assert_string_equal(h.ls->v.ask_name, "Ana");
    assert_int_equal(h.ls->v.n_asks, 2);
    assert_true(count_colour(&h, (SDL_Rect){b->r.x, b->r.y + b->r.h / 2, b->r.w, 1}, h.ls->ui.th->text) > 0);
    const char *shot_path = getenv("BYLINE_LIVE_ASK_SHOT");
    char err[300];
    if (shot_path && !ui_live_screenshot(h.ls, shot_path, err, sizeof err)) fprintf(stderr, "%s\n", err);

    key(&h, SDLK_a);
    assert_int_equal(h.changed, 1);
    assert_int_equal(h.locks, 0);
    assert_int_equal(live_seat_by_token(h.live, ticket(1)), ana);
    assert_non_null(strstr(h.ls->status, "Ana continues on the new device"));
    /* Bo's request is next; D says no and the line goes */
    assert_non_null(box(&h, LB_ASK, bo));
    key(&h, SDLK_d);
    assert_int_equal(h.changed, 2);
    assert_int_equal(live_move_state(h.live, ticket(2), h.now), LIVE_MOVE_DENIED);
    assert_int_equal(live_seat_by_token(h.live, ticket(2)), -1);
    assert_int_equal(count_boxes(&h, LB_ASK), 0);
    lh_close(&h);
}

static void the_line_shows_during_a_question_and_keys_still_work(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    int ana = join(&h, "Ana");
    key(&h, SDLK_SPACE); /* start */
    assert_int_equal(live_phase(h.live), LIVE_ASKING);
    assert_int_equal(live_move_ask(h.live, "K7QX", "Ana", ticket(3), h.now), LIVE_JOIN_OK);
    wake(&h);
    assert_non_null(box(&h, LB_ASK, ana));
    key(&h, SDLK_a);
    assert_int_equal(live_seat_by_token(h.live, ticket(3)), ana);
    assert_int_equal(live_phase(h.live), LIVE_ASKING); /* A did nothing else */
    lh_close(&h);
}

/* Nothing wakes the projector when a request expires (no event comes): it must set its own timer
 * for the expiry, so the line goes on time and not at the next redraw. Injected clock. */
static void an_expired_request_goes_on_time(void **state)
{
    (void)state;
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    int ana = join(&h, "Ana");
    wake(&h);
    assert_int_equal(ui_live_next_timer_ms(h.ls), -1); /* the lobby has nothing timed */
    assert_int_equal(live_move_ask(h.live, "K7QX", "Ana", ticket(4), h.now), LIVE_JOIN_OK);
    wake(&h);
    assert_non_null(box(&h, LB_ASK, ana));
    int64_t asked = h.now;
    int t = ui_live_next_timer_ms(h.ls);
    assert_true(t > 0 && t <= LIVE_MOVE_WAIT_MS); /* may wake earlier (capped), never later */
    h.now = asked + LIVE_MOVE_WAIT_MS - 1;
    assert_false(ui_live_dirty(h.ls)); /* still waiting: no redraw */
    assert_int_equal(ui_live_next_timer_ms(h.ls), 1);
    h.now += 1;
    assert_int_equal(live_move_state(h.live, ticket(4), h.now), LIVE_MOVE_EXPIRED);
    assert_true(ui_live_dirty(h.ls));
    ui_live_render(h.ls);
    assert_null(box(&h, LB_ASK, ana));
    assert_int_equal(ui_live_next_timer_ms(h.ls), -1);
    lh_close(&h);
}

/* A Hebrew or Arabic name is drawn right to left only as a run of its own (ui_text_dir.c): the
 * band draws the name, then the sentence. */
static void a_right_to_left_name_is_a_run_of_its_own(void **state)
{
    (void)state;
    static const char sara[] = "\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA9"; /* سارة */
    LH h;
    lh_open(&h, HARBOR, LIVE_TEACHER_PACED, NULL);
    int seat = join(&h, sara);
    assert_int_equal(live_move_ask(h.live, "K7QX", sara, ticket(5), h.now), LIVE_JOIN_OK);
    wake(&h);
    const LvBox *b = box(&h, LB_ASK, seat);
    assert_non_null(b);
    UiTrace *tr = calloc(1, sizeof *tr);
    assert_non_null(tr);
    h.ls->ui.trace = tr;
    ui_live_render(h.ls);
    h.ls->ui.trace = NULL;
    bool alone = false;
    for (size_t i = 0; i < tr->n; i++)
        alone |= strcmp(tr->items[i].text, sara) == 0 && SDL_HasIntersection(&tr->items[i].r, &b->r);
    assert_true(alone);
    assert_true(trace_has(tr, " asks to continue on another device", &b->r));
    free(tr);
    const char *shot_path = getenv("BYLINE_LIVE_ASK_RTL_SHOT");
    char err[300];
    if (shot_path && !ui_live_screenshot(h.ls, shot_path, err, sizeof err)) fprintf(stderr, "%s\n", err);
    lh_close(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_waiting_request_shows_and_a_lets_the_student_in),
        cmocka_unit_test(the_line_shows_during_a_question_and_keys_still_work),
        cmocka_unit_test(an_expired_request_goes_on_time),
        cmocka_unit_test(a_right_to_left_name_is_a_run_of_its_own),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
