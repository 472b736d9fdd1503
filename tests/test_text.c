/* test_text.c — UTF-8, quotation normalisation, typed-answer folding, sentence splitting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "text.h"

static void utf8_validation_finds_the_first_bad_byte(void **state)
{
    (void)state;
    size_t bad = 0;
    assert_true(text_utf8_valid("caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D", 14, &bad));
    assert_false(text_utf8_valid("ab\xC0\xAF", 4, &bad)); /* overlong '/' */
    assert_int_equal(bad, 2);
    assert_false(text_utf8_valid("a\xED\xA0\x80", 4, &bad)); /* UTF-16 surrogate */
    assert_int_equal(bad, 1);
    assert_false(text_utf8_valid("abc\xE2\x80", 5, &bad)); /* truncated */
    assert_int_equal(bad, 3);
    assert_false(text_utf8_valid("\xF4\x90\x80\x80", 4, &bad)); /* above U+10FFFF */
    assert_true(text_utf8_valid("\xEF\xBF\xBD", 3, &bad));      /* U+FFFD itself is fine */
}

static void line_and_column_count_characters_not_bytes(void **state)
{
    (void)state;
    const char *s = "{\n  \"t\": \"\xC3\xA9\xC3\xA9x\"";
    int line, col;
    text_line_col(s, strlen(s), (size_t)(strchr(s, 'x') - s), &line, &col);
    assert_int_equal(line, 2);
    assert_int_equal(col, 11);
}

static void normalising_folds_quotes_and_spaces_and_maps_back(void **state)
{
    (void)state;
    const char *s = "\xE2\x80\x9CHi,\xE2\x80\x9D  she\n\nsaid \xE2\x80\x98ok\xE2\x80\x99";
    NormText n;
    assert_true(text_norm_quotes(s, strlen(s), &n));
    assert_string_equal(n.text, "\"Hi,\" she said 'ok'");
    /* "she" starts at original byte 11 (after a 3-byte quote, "Hi,", a 3-byte quote, 2 spaces) */
    assert_int_equal(n.map[6], 11);
    assert_int_equal(n.map[n.len], strlen(s));
    text_norm_free(&n);
}

static void typed_answers_ignore_case_punctuation_and_spacing(void **state)
{
    (void)state;
    assert_true(text_answers_match("  michael   GLASSNER. ", "Michael Glassner"));
    assert_true(text_answers_match("Trump\xE2\x80\x99s #1 supporter", "trumps 1 supporter"));
    assert_true(text_answers_match("Caf\xC3\xA9", "cafe"));
    assert_true(text_answers_match("July 14", "july-14"));
    assert_false(text_answers_match("Glassner", "Gitcho"));
    assert_false(text_answers_match("", ""));
    assert_false(text_answers_match("...", "!"));
}

static void typed_answers_fold_latin_accents_to_base_letters(void **state)
{
    (void)state;
    assert_true(text_answers_match("Jos\xC3\xA9", "Jose"));            /* José, Latin-1 */
    assert_true(text_answers_match("Gitcho", "Gitch\xC3\xB3"));        /* Gitchó */
    /* Łukasz Wałęsa */
    assert_true(text_answers_match("\xC5\x81ukasz Wa\xC5\x82\xC4\x99sa", "lukasz walesa"));
    assert_true(text_answers_match("Dvo\xC5\x99\xC3\xA1k", "DVORAK")); /* Dvořák, Extended-A */
    assert_true(text_answers_match("Stra\xC3\x9F" "e", "strasse"));     /* Straße */
    assert_true(text_answers_match("\xC5\x92uvre", "oeuvre"));           /* Œuvre */
    assert_false(text_answers_match("Jos\xC3\xA9", "Josh"));
}

static void typed_answers_fold_every_apostrophe_and_dash(void **state)
{
    (void)state;
    const char *apostrophes[] = {"O'Brien", "O\xE2\x80\x99" "Brien", "O\xE2\x80\x98" "Brien",
                                 "O\xCA\xBC" "Brien", "O\xE2\x80\xB2" "Brien", "OBrien"};
    for (size_t i = 0; i < sizeof apostrophes / sizeof *apostrophes; i++)
        assert_true(text_answers_match(apostrophes[i], "o'brien"));
    const char *dashes[] = {"Smith-Jones", "Smith\xE2\x80\x90Jones", "Smith\xE2\x80\x91Jones",
                            "Smith\xE2\x80\x92Jones", "Smith\xE2\x80\x93Jones",
                            "Smith\xE2\x80\x94Jones", "Smith\xE2\x88\x92Jones", "Smith Jones"};
    for (size_t i = 0; i < sizeof dashes / sizeof *dashes; i++)
        assert_true(text_answers_match(dashes[i], "smith-jones"));
    assert_false(text_answers_match("SmithJones", "smith-jones"));
}

static void edit_distance_is_capped(void **state)
{
    (void)state;
    assert_int_equal(text_edit_distance("explaination", "explanation", 3), 1);
    assert_int_equal(text_edit_distance("tittle", "title", 3), 1);
    assert_int_equal(text_edit_distance("zzzzzz", "title", 3), 3);
}

static size_t split(const char *s, TextSpan **v) { return text_sentences(s, strlen(s), v); }

static void expect_sentence(const char *s, const TextSpan *v, const char *want)
{
    size_t n = v->end - v->start;
    if (n != strlen(want) || memcmp(s + v->start, want, n) != 0)
        fail_msg("sentence is \"%.*s\", expected \"%s\"", (int)n, s + v->start, want);
}

static void sentences_end_at_stops_before_capitals(void **state)
{
    (void)state;
    const char *s = "The vote was delayed. Mr. Obi said it was fine! Was it? \xE2\x80\x9CYes.\xE2\x80\x9D The end";
    TextSpan *v;
    assert_int_equal(split(s, &v), 5);
    expect_sentence(s, &v[0], "The vote was delayed.");
    expect_sentence(s, &v[1], "Mr. Obi said it was fine!");
    expect_sentence(s, &v[2], "Was it?");
    expect_sentence(s, &v[3], "\xE2\x80\x9CYes.\xE2\x80\x9D");
    expect_sentence(s, &v[4], "The end");
    free(v);
}

static void abbreviations_initials_and_quotes_do_not_split(void **state)
{
    (void)state;
    const char *s = "It was held on Sept. 3 in the U.S. Capitol, J. Smith said. "
                    "\"It is late,\" she said. \"We know.\" he added.";
    TextSpan *v;
    size_t n = split(s, &v);
    assert_int_equal(n, 3);
    expect_sentence(s, &v[0], "It was held on Sept. 3 in the U.S. Capitol, J. Smith said.");
    expect_sentence(s, &v[1], "\"It is late,\" she said.");
    expect_sentence(s, &v[2], "\"We know.\" he added.");
    free(v);
}

static void paragraph_breaks_always_end_a_sentence(void **state)
{
    (void)state;
    const char *s = "Why it matters: a heading\n\nDetails: more text\n\n\n";
    TextSpan *v;
    assert_int_equal(split(s, &v), 2);
    expect_sentence(s, &v[0], "Why it matters: a heading");
    expect_sentence(s, &v[1], "Details: more text");
    free(v);
    assert_int_equal(split("   ", &v), 0);
    assert_null(v);
}

static void script_commands_split_trim_and_skip_comments(void **state)
{
    (void)state;
    const char *script = "  profile Ana ;open x\n\n# a comment\n;  ; key Return  \r\n";
    size_t pos = 0;
    char cmd[8];
    assert_true(text_next_command(script, &pos, cmd, sizeof cmd));
    assert_string_equal(cmd, "profile");  /* cut to fit 8 bytes */
    assert_true(text_next_command(script, &pos, cmd, sizeof cmd));
    assert_string_equal(cmd, "open x");
    assert_true(text_next_command(script, &pos, cmd, sizeof cmd));
    assert_string_equal(cmd, "key Ret");
    assert_false(text_next_command(script, &pos, cmd, sizeof cmd));
}

/* Numbers of script commands: exactly the count asked for, each within its bounds, and no
 * undefined behaviour on numbers past the range of long or int. */
static void script_numbers_are_bounded(void **state)
{
    (void)state;
    long v[4];
    assert_true(text_parse_longs("10 -20", 2, -100, 100, v));
    assert_int_equal(v[0], 10);
    assert_int_equal(v[1], -20);
    assert_true(text_parse_longs("  7  ", 1, 0, 10, v));
    assert_false(text_parse_longs("10", 2, -100, 100, v));          /* too few */
    assert_false(text_parse_longs("1 2 3", 2, -100, 100, v));       /* too many */
    assert_false(text_parse_longs("1 x", 2, -100, 100, v));         /* not a number */
    assert_false(text_parse_longs("12px 3", 2, -100, 100, v));
    assert_false(text_parse_longs("100000 100000", 2, 100, 8192, v));
    assert_false(text_parse_longs("2147483648 1", 2, -32767, 32767, v));
    assert_false(text_parse_longs("99999999999999999999999 1", 2, -32767, 32767, v));
    assert_false(text_parse_longs("-99999999999999999999999", 1, -32767, 32767, v));
    assert_false(text_parse_longs("", 1, 0, 10, v));
    double d;
    assert_true(text_parse_double("1.5", 0.1, 10, &d));
    assert_true(d > 1.49 && d < 1.51);
    assert_false(text_parse_double("nan", 0.1, 10, &d));
    assert_false(text_parse_double("inf", 0, 1e9, &d));
    assert_false(text_parse_double("1e300", 0, 1e9, &d));
    assert_false(text_parse_double("-5", 0, 1e9, &d));
    assert_false(text_parse_double("5 s", 0, 1e9, &d));
    /* A zero-sized buffer does not wrap around. */
    size_t pos = 0;
    char c = 'x';
    assert_true(text_next_command("abc; d", &pos, &c, 0));
    assert_int_equal(c, 'x');
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_validation_finds_the_first_bad_byte),
        cmocka_unit_test(line_and_column_count_characters_not_bytes),
        cmocka_unit_test(normalising_folds_quotes_and_spaces_and_maps_back),
        cmocka_unit_test(typed_answers_ignore_case_punctuation_and_spacing),
        cmocka_unit_test(typed_answers_fold_latin_accents_to_base_letters),
        cmocka_unit_test(typed_answers_fold_every_apostrophe_and_dash),
        cmocka_unit_test(edit_distance_is_capped),
        cmocka_unit_test(sentences_end_at_stops_before_capitals),
        cmocka_unit_test(abbreviations_initials_and_quotes_do_not_split),
        cmocka_unit_test(paragraph_breaks_always_end_a_sentence),
        cmocka_unit_test(script_commands_split_trim_and_skip_comments),
        cmocka_unit_test(script_numbers_are_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
