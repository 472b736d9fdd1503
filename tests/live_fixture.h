/* live_fixture.h — what the live-class rule tests share (test_live.c, test_live_view.c,
 * test_live_move.c): the pack every one of them plays, tests/fixtures/good/every-format.json
 * (q0 choice, answer 1, 2 points; q1 multi {0,1}; q2 true/false false; q3 text "5%", 3 points;
 * q5 order), loaded once per test by setup and freed by teardown, the injected clock's start and
 * second, and a new class on it. Include after <cmocka.h>, "helpers.h" and "live.h". */
#ifndef BYLINE_TEST_LIVE_FIXTURE_H
#define BYLINE_TEST_LIVE_FIXTURE_H

#define T0 1000000 /* the class's "now" in ms */
#define S 1000     /* one second */

static Pack *pack;

static int setup(void **state)
{
    (void)state;
    pack = tu_load_pack("tests/fixtures/good/every-format.json");
    return pack ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    pack_free(pack);
    return 0;
}

/* A class on the pack with room code K7QX, created at T0; the seed picks the tokens. */
static inline Live *live_fixture_class(LivePacing pacing, LiveRules rules, uint64_t seed)
{
    char err[128];
    Live *lv = live_create(pack, pacing, rules, "K7QX", seed, T0, err, sizeof err);
    assert_non_null(lv);
    return lv;
}

#endif
