/* test_date.c — partial dates: parsing, ordering, calendar arithmetic. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "date.h"

static void parses_year_month_and_day_precision(void **state)
{
    (void)state;
    Date d;
    assert_true(date_parse("2020", &d));
    assert_int_equal(d.year, 2020);
    assert_int_equal(d.month, 0);
    assert_true(date_parse("2020-03", &d));
    assert_int_equal(d.month, 3);
    assert_true(date_parse("2020-02-29", &d)); /* leap year */
    assert_int_equal(d.day, 29);
    assert_false(date_parse("2021-02-29", &d));
    assert_false(date_parse("2020-13", &d));
    assert_false(date_parse("2020-3-1", &d));
    assert_false(date_parse("April 2", &d));
    assert_false(date_parse("", &d));
    assert_false(date_parse_full("2020-03", &d));
}

static void orders_partial_dates_only_when_they_differ(void **state)
{
    (void)state;
    Date a, b;
    bool comparable;
    date_parse("2020-03", &a);
    date_parse("2020-04-02", &b);
    assert_int_equal(date_compare(a, b, &comparable), -1);
    assert_true(comparable);
    date_parse("2020-03-31", &b);
    assert_int_equal(date_compare(a, b, &comparable), 0);
    assert_false(comparable);
    date_parse("2020-03", &b);
    assert_int_equal(date_compare(a, b, &comparable), 0);
    assert_true(comparable);
    date_parse("2019", &b);
    assert_int_equal(date_compare(a, b, &comparable), 1);
}

static void weekdays_and_day_arithmetic_are_right(void **state)
{
    (void)state;
    Date d;
    date_parse("2020-04-02", &d);
    assert_int_equal(date_weekday(d), 3); /* a Thursday */
    Date t = date_add_days(d, -2);        /* "on Tuesday" in the article */
    assert_int_equal(t.year, 2020);
    assert_int_equal(t.month, 3);
    assert_int_equal(t.day, 31);
    Date n = date_add_days(d, 365);
    assert_int_equal(n.year, 2021);
    assert_int_equal(n.month, 4);
    assert_int_equal(n.day, 2);
    char buf[11];
    date_format(t, buf);
    assert_string_equal(buf, "2020-03-31");
    date_parse("1999-12", &d);
    date_format(d, buf);
    assert_string_equal(buf, "1999-12");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parses_year_month_and_day_precision),
        cmocka_unit_test(orders_partial_dates_only_when_they_differ),
        cmocka_unit_test(weekdays_and_day_arithmetic_are_right),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
