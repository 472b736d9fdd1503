/* test_datadir.c — where the program looks for its packs and fonts (game/core/datadir.c): --data
 * wins over $BYLINE_DATA_DIR, which wins over the search; run from the build tree (as this test
 * is), the search finds the source tree. Installed and moved copies are tested by
 * tests/cli/install.sh. */
#define _XOPEN_SOURCE 700
#include "helpers.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "datadir.h"

static void data_option_wins_over_the_environment(void **state)
{
    (void)state;
    char dir[256];
    setenv("BYLINE_DATA_DIR", "/from/env", 1);
    assert_true(datadir_find("/from/option/", dir, sizeof dir));
    assert_string_equal(dir, "/from/option");
    unsetenv("BYLINE_DATA_DIR");
}

static void environment_wins_over_the_search(void **state)
{
    (void)state;
    char dir[256];
    setenv("BYLINE_DATA_DIR", "/from/env", 1);
    assert_true(datadir_find(NULL, dir, sizeof dir));
    assert_string_equal(dir, "/from/env");
    setenv("BYLINE_DATA_DIR", "", 1); /* empty: as if unset */
    assert_true(datadir_find("", dir, sizeof dir));
    assert_string_not_equal(dir, "");
    unsetenv("BYLINE_DATA_DIR");
}

static void build_tree_finds_the_source_tree(void **state)
{
    (void)state;
    char dir[4096], src[4096];
    unsetenv("BYLINE_DATA_DIR");
    setenv("XDG_DATA_DIRS", "/nonexistent", 1);
    assert_true(datadir_find(NULL, dir, sizeof dir));
    assert_non_null(realpath(BYLINE_SOURCE_DIR, src));
    assert_string_equal(dir, src);
}

static void too_small_buffer_is_not_overrun(void **state)
{
    (void)state;
    char dir[4];
    assert_false(datadir_find("/a/long/path", dir, sizeof dir)); /* nothing fits: "." */
    assert_string_equal(dir, ".");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(data_option_wins_over_the_environment),
        cmocka_unit_test(environment_wins_over_the_search),
        cmocka_unit_test(build_tree_finds_the_source_tree),
        cmocka_unit_test(too_small_buffer_is_not_overrun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
