/* test_net_rate.c — the token bucket that limits each client's messages and joins. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "net_rate.h"

static void a_burst_is_allowed_then_refused(void **state)
{
    (void)state;
    RateBucket b;
    rate_init(&b, 20, 40, 0);
    for (int i = 0; i < 40; i++) assert_true(rate_take(&b, 0));
    assert_false(rate_take(&b, 0));
}

static void tokens_come_back_at_the_rate(void **state)
{
    (void)state;
    RateBucket b;
    rate_init(&b, 20, 40, 0);
    for (int i = 0; i < 40; i++) rate_take(&b, 0);
    assert_false(rate_take(&b, 49));  /* 0.98 of a token */
    assert_true(rate_take(&b, 50));   /* one token after 50 ms */
    assert_false(rate_take(&b, 50));
    int allowed = 0;
    for (int64_t t = 51; t <= 10050; t += 10) allowed += rate_take(&b, t);
    assert_in_range(allowed, 199, 201); /* 20 a second over 10 s */
}

static void tokens_never_exceed_the_burst(void **state)
{
    (void)state;
    RateBucket b;
    rate_init(&b, 1, 3, 0);
    for (int i = 0; i < 3; i++) rate_take(&b, 0);
    int allowed = 0;
    for (int i = 0; i < 10; i++) allowed += rate_take(&b, 3600000);
    assert_int_equal(allowed, 3);
    assert_false(rate_take(&b, 1000)); /* the clock going back adds nothing */
}

/* 20 joins a minute: the 21st is refused and told to wait 3 s (one token's time), and waiting
 * exactly that long lets it in. */
static void the_wait_named_is_the_time_to_the_next_token(void **state)
{
    (void)state;
    RateBucket b;
    rate_init(&b, 20.0 / 60.0, 20, 0);
    assert_int_equal(rate_wait_ms(&b, 0), 0);
    for (int i = 0; i < 20; i++) assert_true(rate_take(&b, 0));
    assert_false(rate_take(&b, 0));
    int64_t wait = rate_wait_ms(&b, 0);
    assert_in_range(wait, 3000, 3001); /* rounded up, never down */
    assert_in_range(rate_wait_ms(&b, 1000), 2000, 2001);
    assert_false(rate_take(&b, 2990));
    assert_true(rate_take(&b, 2990 + rate_wait_ms(&b, 2990)));
    assert_in_range(rate_wait_ms(&b, 3001), 2990, 3001);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_burst_is_allowed_then_refused),
        cmocka_unit_test(tokens_come_back_at_the_rate),
        cmocka_unit_test(tokens_never_exceed_the_burst),
        cmocka_unit_test(the_wait_named_is_the_time_to_the_next_token),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
