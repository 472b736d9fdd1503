/* test_annotate_dates.c — `byline annotate`'s dates: weekdays, month and day without a year, ranges,
 * relative expressions, the --date option, and articles without a date. Fixtures are fictional
 * articles written for these tests (tests/fixtures/articles/). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "annotate_checks.h"

/* ---- dates ---- */

static void weekdays_are_the_most_recent_such_day(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL); /* Thursday 2023-07-13 */
    assert_date(l.a, "Tuesday", "2023-07-11");
    assert_date(l.a, "last Friday", "2023-07-07");
    unload(&l);
    l = load("tests/fixtures/articles/library-budget.txt", NULL); /* "said on Wednesday that …" */
    assert_date(l.a, "Wednesday", "2021-03-03");
    unload(&l);
}

static void month_day_without_year_takes_the_year_its_tense_implies(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL); /* 2023-07-13 */
    assert_date(l.a, "Feb. 2", "2024-02-02");   /* "will hold a final vote": future */
    assert_date(l.a, "Jan. 15", "2024-01-15");  /* "… and the commission will hold" */
    assert_date(l.a, "Sept. 3", "2022-09-03");  /* "was first proposed": past */
    assert_date(l.a, "Oct. 12, 2022", "2022-10-12");
    unload(&l);
}

static void scheduled_dates_are_the_nearest_to_the_article(void **state)
{
    (void)state;
    const char *t = "date 2020-04-02 The runoff, which was originally scheduled for March 31, was "
                    "rescheduled to July 14. Officials said the count ended on Dec. 30.";
    Loaded l = load_text(t, strlen(t), NULL);
    assert_date(l.a, "March 31", "2020-03-31");
    assert_date(l.a, "July 14", "2020-07-14"); /* past verb, but a rescheduled date */
    assert_date(l.a, "Dec. 30", "2019-12-30"); /* "ended": past */
    unload(&l);
}

static void ranges_give_both_ends_in_the_nearest_years(void **state)
{
    (void)state;
    static const char TEXT[] =
        "date 2020-06-10\n\n"
        "The council moved the vote from July 9 to Aug. 6 after a dispute.\n\n"
        "The district was closed from Dec. 20 to Jan. 3.\n\n"
        "The hearings will be held March 3-5.\n";
    Loaded l = load_text(TEXT, sizeof TEXT - 1, NULL);
    static const char *const WANT[][2] = {{"July 9", "2020-07-09"}, {"Aug. 6", "2020-08-06"},
                                          {"Dec. 20", "2019-12-20"}, {"Jan. 3", "2020-01-03"},
                                          {"March 3-5", "2021-03-03"}, {"3-5", "2021-03-05"}};
    assert_int_equal(l.a->n_dates, 6);
    for (size_t i = 0; i < 6; i++) {
        char iso[11];
        date_format(l.a->dates[i].value, iso);
        assert_string_equal(l.a->dates[i].text, WANT[i][0]);
        assert_string_equal(iso, WANT[i][1]);
    }
    unload(&l);
}

static void relative_expressions_count_from_the_article_date(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    assert_date(l.a, "last year", "2022");
    assert_date(l.a, "next month", "2023-08");
    assert_date(l.a, "two years ago", "2021");
    assert_date(l.a, "yesterday", "2023-07-12");
    assert_date(l.a, "March 2019", "2019-03");
    assert_date(l.a, "2017", "2017");
    assert_date(l.a, "1998", "1998");
    unload(&l);
    l = load("tests/fixtures/articles/library-budget.txt", NULL);
    assert_date(l.a, "last month", "2021-02");
    assert_date(l.a, "April 15", "2021-04-15");
    unload(&l);
}

static void numbers_that_are_not_years_are_not_dates(void **state)
{
    (void)state;
    const char *t = "date 2020-04-02 About 2000 people came, paying $2019 each; 1,999 left early.";
    Loaded l = load_text(t, strlen(t), NULL);
    assert_int_equal(l.a->n_dates, 0);
    unload(&l);
}

static void date_option_overrides_the_date_token(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", "2023-12-28");
    assert_int_equal(l.a->date.year, 2023);
    assert_int_equal(l.a->date.month, 12);
    assert_date(l.a, "Tuesday", "2023-12-26");
    assert_date(l.a, "Feb. 2", "2024-02-02");
    unload(&l);
}

static void without_an_article_date_relative_dates_have_no_value(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/pool-lines.txt", NULL);
    assert_false(date_is_set(l.a->date));
    assert_date(l.a, "Monday", "?");
    assert_date(l.a, "last year", "?");
    assert_date(l.a, "June 1", "?");
    unload(&l);
    l = load("tests/fixtures/articles/pool-lines.txt", "2022-05-20");
    assert_date(l.a, "Monday", "2022-05-16");
    assert_date(l.a, "June 1", "2022-06-01"); /* "needs … by June 1": no tense, nearest */
    unload(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(weekdays_are_the_most_recent_such_day),
        cmocka_unit_test(month_day_without_year_takes_the_year_its_tense_implies),
        cmocka_unit_test(scheduled_dates_are_the_nearest_to_the_article),
        cmocka_unit_test(relative_expressions_count_from_the_article_date),
        cmocka_unit_test(ranges_give_both_ends_in_the_nearest_years),
        cmocka_unit_test(numbers_that_are_not_years_are_not_dates),
        cmocka_unit_test(date_option_overrides_the_date_token),
        cmocka_unit_test(without_an_article_date_relative_dates_have_no_value),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
