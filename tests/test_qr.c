/* test_qr.c — QR codes of join addresses: the finder patterns a phone's camera looks for are in
 * three corners, the size grows with the text, and what cannot be encoded is refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "qr.h"
#include <string.h>

/* A finder pattern: a 7×7 dark ring, a light ring, a 3×3 dark centre. */
static void assert_finder(const QrCode *qr, int x0, int y0)
{
    for (int y = 0; y < 7; y++)
        for (int x = 0; x < 7; x++) {
            bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            assert_int_equal(qr_dark(qr, x0 + x, y0 + y), ring || centre);
        }
}

static void encode_puts_finder_patterns_in_three_corners(void **state)
{
    (void)state;
    QrCode qr;
    assert_true(qr_encode("http://192.168.1.20:8080/?room=K7QX", &qr));
    assert_true(qr.size >= 21 && (qr.size - 17) % 4 == 0); /* versions are 21, 25, 29, … */
    assert_finder(&qr, 0, 0);
    assert_finder(&qr, qr.size - 7, 0);
    assert_finder(&qr, 0, qr.size - 7);
    assert_false(qr_dark(&qr, -1, 0));
    assert_false(qr_dark(&qr, qr.size, 0));
    qr_free(&qr);
    assert_null(qr.modules);
}

static void longer_text_needs_a_larger_code(void **state)
{
    (void)state;
    QrCode small, big;
    assert_true(qr_encode("http://10.0.0.2:8080/", &small));
    char url[200];
    memset(url, 'a', sizeof url - 1);
    url[sizeof url - 1] = '\0';
    assert_true(qr_encode(url, &big));
    assert_true(big.size > small.size);
    qr_free(&small);
    qr_free(&big);
}

static void empty_and_oversized_text_is_refused(void **state)
{
    (void)state;
    QrCode qr;
    assert_false(qr_encode("", &qr));
    assert_null(qr.modules);
    static char huge[8000];
    memset(huge, 'x', sizeof huge - 1);
    assert_false(qr_encode(huge, &qr));
    assert_int_equal(qr.size, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(encode_puts_finder_patterns_in_three_corners),
        cmocka_unit_test(longer_text_needs_a_larger_code),
        cmocka_unit_test(empty_and_oversized_text_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
