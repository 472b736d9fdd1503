/* test_jsonpath.c — the JSON path at an offset of raw, possibly broken JSON text (jsonpath_at):
 * members and array items, names that need quoting, a name still being read, text cut short,
 * strings holding brackets and escaped quotes, nesting deeper than the stack, a small buffer. */
#include "jsonpath.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

/* The path at the first occurrence of `mark` in text (the mark's first byte). */
static void assert_path_at(const char *text, const char *mark, const char *want)
{
    const char *at = strstr(text, mark);
    assert_non_null(at);
    char out[256];
    jsonpath_at(text, strlen(text), (size_t)(at - text), out, sizeof out);
    if (strcmp(out, want) != 0) fail_msg("at %s: got %s, want %s", mark, out, want);
}

static void members_and_items_are_named(void **state)
{
    (void)state;
    const char *t = "{\"id\": \"x\", \"questions\": [{\"id\": \"q1\"}, {\"choices\": [\"a\", @]}]}";
    assert_path_at(t, "\"x\"", "id");
    assert_path_at(t, "@", "questions[1].choices[1]");
    assert_path_at(t, "{\"id\": \"q1\"", "questions[0]");
    assert_path_at(t, "\"q1\"", "questions[0].id");
    assert_path_at(t, "{\"id\"", "$"); /* the root, before any member */
}

static void odd_names_are_quoted_and_brackets_in_strings_do_not_count(void **state)
{
    (void)state;
    const char *t = "{\"a b\": {\"x\": \"[{\\\"]\", \"y\": @}}";
    assert_path_at(t, "@", "[\"a b\"].y");
}

/* Text cut short in a member's name: the object, not half a name; cut in a value: the value. */
static void text_cut_short_names_the_open_value(void **state)
{
    (void)state;
    char out[256];
    const char *t = "{\"articles\": [{\"id\": \"a\", \"paragraphs\": [\"one\", \"tw";
    jsonpath_at(t, strlen(t), strlen(t), out, sizeof out);
    assert_string_equal(out, "articles[0].paragraphs[1]");
    const char *u = "{\"articles\": [{\"id\": \"a\", \"para";
    jsonpath_at(u, strlen(u), strlen(u), out, sizeof out);
    assert_string_equal(out, "articles[0]");
}

static void deep_text_and_a_small_buffer_stay_bounded(void **state)
{
    (void)state;
    char deep[400];
    memset(deep, '[', sizeof deep - 1);
    deep[sizeof deep - 1] = '\0';
    char out[1024];
    jsonpath_at(deep, strlen(deep), strlen(deep), out, sizeof out);
    /* Not 64 "[0]" in a row: the first levels, then how deep it goes. */
    assert_string_equal(out, "[0][0][0][0][0][0][0][0]\xE2\x80\xA6 (399 levels)");
    char small[12];
    jsonpath_at(deep, strlen(deep), strlen(deep), small, sizeof small);
    assert_true(strlen(small) < sizeof small);
    assert_non_null(strstr(small, "\xE2\x80\xA6")); /* said to be cut */
    jsonpath_at(deep, strlen(deep), 0, small, sizeof small);
    assert_string_equal(small, "$");
}

/* A deep path keeps its names: the first levels as they are, then the count. */
static void a_deep_path_keeps_its_first_levels_and_a_count(void **state)
{
    (void)state;
    char text[300], out[256];
    int n = snprintf(text, sizeof text, "{\"articles\": [{\"paragraphs\": [");
    memset(text + n, '[', 70);
    text[n + 70] = '\0';
    jsonpath_at(text, strlen(text), strlen(text), out, sizeof out);
    assert_string_equal(out, "articles[0].paragraphs[0][0][0][0][0]\xE2\x80\xA6 (74 levels)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(members_and_items_are_named),
        cmocka_unit_test(odd_names_are_quoted_and_brackets_in_strings_do_not_count),
        cmocka_unit_test(text_cut_short_names_the_open_value),
        cmocka_unit_test(deep_text_and_a_small_buffer_stay_bounded),
        cmocka_unit_test(a_deep_path_keeps_its_first_levels_and_a_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
