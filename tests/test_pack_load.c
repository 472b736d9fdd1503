/* test_pack_load.c — the pack loader: a valid pack loads into the model, and every kind of
 * broken pack is rejected with a diagnostic at the right line:column and JSON path. */
#include "helpers.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "limits.h"
#include "pack.h"

static char *base_pack;
static size_t base_len;

static int setup(void **state)
{
    (void)state;
    base_pack = tu_read_file(tu_source_path("tests/fixtures/good/harbor.json"), &base_len);
    return base_pack ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    free(base_pack);
    return 0;
}

/* The base pack with the first occurrence of `from` replaced by `to` (malloc'd). */
static char *mutate(const char *from, const char *to)
{
    const char *at = strstr(base_pack, from);
    assert_non_null(at);
    size_t pre = (size_t)(at - base_pack), fl = strlen(from), tl = strlen(to);
    char *out = malloc(base_len - fl + tl + 1);
    memcpy(out, base_pack, pre);
    memcpy(out + pre, to, tl);
    strcpy(out + pre + tl, at + fl);
    return out;
}

static Pack *load(const char *text, size_t len, Diagnostics *d)
{
    diag_init(d, "t.json");
    return pack_load_buffer(text, len, d);
}

/* The diagnostic whose path is `path` and whose message contains `needle`, or NULL. */
static const Diagnostic *find_diag(const Diagnostics *d, const char *path, const char *needle)
{
    for (size_t i = 0; i < d->count; i++)
        if (strcmp(d->items[i].path, path) == 0 && strstr(d->items[i].message, needle))
            return &d->items[i];
    return NULL;
}

static void print_diags(const Diagnostics *d) { diag_print(d, stderr); }

/* Loads the mutated base and expects an error at `path` mentioning `needle`. */
static const Diagnostic *expect_error(Diagnostics *d, const char *from, const char *to,
                                      const char *path, const char *needle)
{
    char *text = mutate(from, to);
    Pack *p = load(text, strlen(text), d);
    free(text);
    if (p || !find_diag(d, path, needle)) print_diags(d);
    assert_null(p);
    const Diagnostic *g = find_diag(d, path, needle);
    assert_non_null(g);
    assert_int_equal(g->severity, DIAG_ERROR);
    return g;
}

static void valid_pack_loads_into_the_model(void **state)
{
    (void)state;
    Diagnostics d;
    Pack *p = load(base_pack, base_len, &d);
    if (!p) print_diags(&d);
    assert_non_null(p);
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, 0);
    assert_string_equal(p->id, "harbor-vote");
    assert_int_equal(p->n_articles, 1);
    assert_int_equal(p->articles[0].n_paragraphs, 3);
    assert_int_equal(p->articles[0].date.day, 14);
    assert_int_equal(p->n_people, 2);
    assert_string_equal(p->people[1].aliases[1], "the mayor");
    assert_int_equal(p->n_questions, 2);
    const Question *q = &p->questions[0];
    assert_int_equal(q->kind, KIND_SPEAKER);
    assert_int_equal(q->format, FORMAT_CHOICE);
    assert_int_equal(q->answer, 1);
    assert_int_equal(q->person, 0);
    assert_int_equal(p->questions[1].n_order, 2);
    assert_int_equal(p->questions[1].order[0], 0);
    assert_int_equal(p->questions[1].order[1], 1);
    pack_free(p);
    diag_free(&d);
}

static void evidence_offsets_cover_exactly_the_quoted_bytes(void **state)
{
    (void)state;
    Diagnostics d;
    Pack *p = load(base_pack, base_len, &d);
    assert_non_null(p);
    const Article *a = &p->articles[0];
    const Passage *e = &p->questions[0].evidence[0];
    /* The pack quotes with escaped curly quotes; the body holds the UTF-8 bytes. */
    const char *want = "\xE2\x80\x9CWe need more time to read the numbers,\xE2\x80\x9D council chair "
                       "Dana Obi said.";
    assert_int_equal(e->end - e->start, strlen(want));
    assert_memory_equal(a->body + e->start, want, strlen(want));
    const Passage *v = &p->events[1].evidence[0];
    assert_memory_equal(a->body + v->start, "until April 2", v->end - v->start);
    pack_free(p);
    diag_free(&d);
}

static void straight_quotes_and_extra_spaces_match_typographic_text(void **state)
{
    (void)state;
    Diagnostics d;
    char *text = mutate("\"evidence\": [\"\\u201cWe need more time to read the numbers,\\u201d council chair Dana Obi said.\"",
                        "\"evidence\": [\"\\\"We need  more time\\n to read the numbers,\\\" council\"");
    Pack *p = load(text, strlen(text), &d);
    free(text);
    if (!p) print_diags(&d);
    assert_non_null(p);
    const Passage *e = &p->questions[0].evidence[0];
    assert_memory_equal(p->articles[0].body + e->start, "\xE2\x80\x9CWe need", 10);
    assert_memory_equal(p->articles[0].body + e->end - 7, "council", 7);
    pack_free(p);
    diag_free(&d);
}

static void answer_out_of_range_names_line_column_and_path(void **state)
{
    (void)state;
    Diagnostics d;
    const Diagnostic *g = expect_error(&d, "\"answer\": 1,", "\"answer\": 7,", "questions[0].answer",
                                       "7 is not a choice (0..2)");
    assert_int_equal(g->line, 46);
    assert_int_equal(g->column, 17);
    diag_free(&d);
}

/* Numbers that do not fit an int are refused before any conversion (converting them is undefined
 * behaviour, which the sanitizer build stops on). */
static void huge_answer_indices_are_out_of_range_not_undefined(void **state)
{
    (void)state;
    static const char *const huge[] = {"2147483648", "-2147483649", "1e20", "-1e20", "1e308",
                                       "4294967296"};
    char to[64];
    for (size_t i = 0; i < sizeof huge / sizeof huge[0]; i++) {
        Diagnostics d;
        snprintf(to, sizeof to, "\"answer\": %s,", huge[i]);
        expect_error(&d, "\"answer\": 1,", to, "questions[0].answer", "is not a choice (0..2)");
        diag_free(&d);
        /* The same as one of a multi question's answers. */
        snprintf(to, sizeof to, "\"answers\": [0, %s],", huge[i]);
        char *text = mutate("\"answer\": 1,", to);
        char *multi = strstr(text, "\"format\": \"choice\"");
        assert_non_null(multi);
        memcpy(multi, "\"format\": \"multi\" ", 18);
        Pack *p = load(text, strlen(text), &d);
        free(text);
        assert_null(p);
        if (!find_diag(&d, "questions[0].answers[1]", "is not a choice (0..2)")) print_diags(&d);
        assert_non_null(find_diag(&d, "questions[0].answers[1]", "is not a choice (0..2)"));
        diag_free(&d);
    }
}

static void missing_required_field_is_reported_at_its_object(void **state)
{
    (void)state;
    Diagnostics d;
    expect_error(&d, "\"outlet\": \"The Millbrook Ledger\",", "", "articles[0]",
                 "missing required field \"outlet\"");
    diag_free(&d);
}

static void unknown_field_warns_with_did_you_mean(void **state)
{
    (void)state;
    Diagnostics d;
    char *text = mutate("\"difficulty\": \"easy\"", "\"dificulty\": \"easy\"");
    Pack *p = load(text, strlen(text), &d);
    free(text);
    assert_non_null(p); /* a warning does not make a pack invalid */
    const Diagnostic *g = find_diag(&d, "questions[0].dificulty", "did you mean \"difficulty\"");
    assert_non_null(g);
    assert_int_equal(g->severity, DIAG_WARNING);
    pack_free(p);
    diag_free(&d);
}

/* Issue 11.11: a word longer than any line of any screen (PACK_MAX_WORD_CHARS) is a warning at
 * the string that holds it; ids and URLs are not running text. */
static void words_no_screen_can_show_are_warned_about(void **state)
{
    (void)state;
    char word[PACK_MAX_WORD_CHARS + 2], to[256];
    for (int len = PACK_MAX_WORD_CHARS; len <= PACK_MAX_WORD_CHARS + 1; len++) {
        memset(word, 'w', (size_t)len);
        word[len] = '\0';
        snprintf(to, sizeof to, "\"explanation\": \"Read it: %s then", word);
        char *text = mutate("\"explanation\": \"", to);
        Diagnostics d;
        Pack *p = load(text, strlen(text), &d);
        free(text);
        assert_non_null(p); /* valid: a warning only */
        const Diagnostic *g = find_diag(&d, "questions[0].explanation", "PACK_MAX_WORD_CHARS");
        if (len > PACK_MAX_WORD_CHARS) {
            assert_non_null(g);
            assert_int_equal(g->severity, DIAG_WARNING);
            assert_non_null(strstr(g->message, "61 characters"));
        } else {
            assert_null(g);
            assert_int_equal(d.warnings, 0);
        }
        pack_free(p);
        diag_free(&d);
    }
    /* a long URL in "url" is not running text */
    char url[200];
    snprintf(url, sizeof url, "\"url\": \"https://example.org/%070d", 0);
    char *text = mutate("\"url\": \"https://example.org/harbor", url);
    Diagnostics d;
    Pack *p = load(text, strlen(text), &d);
    free(text);
    assert_non_null(p);
    assert_int_equal(d.warnings, 0);
    pack_free(p);
    diag_free(&d);
}

static void passage_not_in_article_says_where_it_stops_matching(void **state)
{
    (void)state;
    Diagnostics d;
    expect_error(&d, "[\"until April 2\"]", "[\"until April 3\"]", "events[1].evidence[0]",
                 "differs at \"3\"");
    diag_free(&d);
}

static void ambiguous_passage_needs_an_occurrence(void **state)
{
    (void)state;
    Diagnostics d;
    expect_error(&d, "[\"until April 2\"]", "[\"the\"]", "events[1].evidence[0]",
                 "appears more than once");
    diag_free(&d);
    char *text = mutate("[\"until April 2\"]", "[{\"quote\": \"said\", \"occurrence\": 2}]");
    Pack *p = load(text, strlen(text), &d);
    free(text);
    assert_non_null(p);
    const Passage *e = &p->events[1].evidence[0];
    /* The second "said" is in the mayor's paragraph (the third). */
    assert_true(e->start > p->articles[0].paragraph_start[2]);
    pack_free(p);
    diag_free(&d);
    expect_error(&d, "[\"until April 2\"]", "[{\"quote\": \"said\", \"occurrence\": 3}]",
                 "events[1].evidence[0]", "appears 2 times");
    diag_free(&d);
}

/* harbor.json with a second article, from another outlet, that also says "until April 2". */
static const char SECOND_ARTICLE[] =
    "      ]\n    },\n    {\n      \"id\": \"gazette\", \"title\": \"Harbor vote put off\",\n"
    "      \"outlet\": \"The Bay Gazette\", \"date\": \"2025-03-15\",\n"
    "      \"paragraphs\": [\"Critics said the vote was pushed back until April 2 to suit the "
    "mayor.\"]\n    }\n  ],";

static void passage_in_two_articles_must_name_its_article(void **state)
{
    (void)state;
    const char *end_of_first = "      ]\n    }\n  ],";
    char *two = mutate(end_of_first, SECOND_ARTICLE);
    char *saved = base_pack;
    size_t saved_len = base_len;
    base_pack = two;
    base_len = strlen(two);
    Diagnostics d;
    /* Without "article": an error naming both articles and the member that settles it. */
    const Diagnostic *g = expect_error(&d, "[\"until April 2\"]", "[\"until April 2\"]",
                                       "events[1].evidence[0]", "appears in 2 articles");
    assert_non_null(strstr(g->message, "(\"harbor\" and \"gazette\")"));
    assert_non_null(strstr(g->message, "add \"article\": \"harbor\""));
    assert_true(g->line > 0 && g->column > 0);
    diag_free(&d);
    /* With "article", the passage is found in the article it names. */
    char *text = mutate("[\"until April 2\"]",
                        "[{\"quote\": \"until April 2\", \"article\": \"gazette\"}]");
    Pack *p = load(text, strlen(text), &d);
    free(text);
    if (!p) print_diags(&d);
    assert_non_null(p);
    assert_int_equal(p->n_articles, 2);
    assert_int_equal(p->events[1].evidence[0].article, 1);
    assert_memory_equal(p->articles[1].body + p->events[1].evidence[0].start, "until April 2", 13);
    /* A passage only the first article has still needs no "article". */
    assert_int_equal(p->events[0].evidence[0].article, 0);
    pack_free(p);
    diag_free(&d);
    base_pack = saved;
    base_len = saved_len;
    free(two);
}

static void order_must_agree_with_event_dates(void **state)
{
    (void)state;
    Diagnostics d;
    expect_error(&d, "[\"delay\", \"vote\"]", "[\"vote\", \"delay\"]", "questions[1].events[1]",
                 "not in date order");
    diag_free(&d);
    expect_error(&d, "\"date\": \"2025-04-02\"", "\"date\": \"2025-03\"", "questions[1].events[1]",
                 "cannot be put in order");
    diag_free(&d);
}

static void speaker_answer_must_name_the_person(void **state)
{
    (void)state;
    Diagnostics d;
    expect_error(&d, "\"answer\": 1,", "\"answer\": 2,", "questions[0].answer",
                 "not the name or an alias of person \"obi\"");
    diag_free(&d);
    expect_error(&d, "\"person\": \"obi\"", "\"person\": \"nobody\"", "questions[0].person",
                 "no person in \"people\" has the id \"nobody\"");
    diag_free(&d);
}

static void duplicate_ids_and_keys_are_errors(void **state)
{
    (void)state;
    Diagnostics d;
    expect_error(&d, "\"id\": \"order\"", "\"id\": \"who-more-time\"", "questions[1].id",
                 "duplicate id \"who-more-time\"");
    diag_free(&d);
    expect_error(&d, "\"points\": 1,", "\"points\": 1, \"points\": 2,", "questions[0].points",
                 "duplicate key");
    diag_free(&d);
}

static void wrong_types_anywhere_are_reported_not_crashed(void **state)
{
    (void)state;
    static const char *const cases[][3] = {
        {"\"title\": \"The Harbor Vote\"", "\"title\": 12", "title"},
        {"\"answer\": 1,", "\"answer\": \"1\",", "questions[0].answer"},
        {"\"points\": 1,", "\"points\": 1e999999,", "questions[0].points"},
        {"\"points\": 1,", "\"points\": 2.5,", "questions[0].points"},
        {"\"points\": 1,", "\"points\": 0,", "questions[0].points"},
        {"\"tags\": [\"attribution\"]", "\"tags\": [null]", "questions[0].tags[0]"},
        {"\"people\": [", "\"people\": 5, \"x\": [", "people"},
        {"\"kind\": \"speaker\"", "\"kind\": \"opinion\"", "questions[0].kind"},
        {"\"date\": \"2025-03-14\"", "\"date\": \"2025-02-30\"", "articles[0].date"},
        {"\"format\": 1,", "\"format\": 2,", "format"},
        {"\"id\": \"harbor-vote\"", "\"id\": \"harbor vote!\"", "id"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Diagnostics d;
        char *text = mutate(cases[i][0], cases[i][1]);
        Pack *p = load(text, strlen(text), &d);
        free(text);
        bool found = false;
        for (size_t k = 0; k < d.count; k++) found |= strcmp(d.items[k].path, cases[i][2]) == 0;
        if (p || !found) {
            fprintf(stderr, "case %zu (%s):\n", i, cases[i][1]);
            print_diags(&d);
        }
        assert_null(p);
        assert_true(found);
        diag_free(&d);
    }
}

static void syntax_errors_point_at_the_problem(void **state)
{
    (void)state;
    Diagnostics d;
    Pack *p = load("{\n  \"a\": 1,\n}", 13, &d);
    assert_null(p);
    assert_int_equal(d.count, 1);
    assert_non_null(strstr(d.items[0].message, "trailing comma"));
    assert_int_equal(d.items[0].line, 2);
    assert_int_equal(d.items[0].column, 9);
    diag_free(&d);
    /* In a nested object cJSON stops one byte past the '}': still the comma, at its place. */
    const char *nested = "{\"title\": \"x\",\n \"b\": {\"a\": 1,\n }}";
    p = load(nested, strlen(nested), &d);
    assert_null(p);
    assert_int_equal(d.count, 1);
    assert_non_null(strstr(d.items[0].message, "trailing comma"));
    assert_int_equal(d.items[0].line, 2);
    assert_int_equal(d.items[0].column, 14);
    assert_string_equal(d.items[0].path, "b.a");
    diag_free(&d);
    /* A truncated pack: the base cut in half. */
    p = load(base_pack, base_len / 2, &d);
    assert_null(p);
    assert_non_null(strstr(d.items[0].message, "truncated"));
    assert_string_not_equal(d.items[0].path, "$"); /* where it was cut, not just "$" */
    diag_free(&d);
}

/* Errors found before the JSON parses (syntax, bytes) name the JSON path as the others do: a
 * teacher finds "questions[1].prompt" faster than line 80 of a file they did not lay out. */
static void errors_before_parsing_name_the_json_path(void **state)
{
    (void)state;
    static const struct {
        const char *text, *path, *needle;
    } cases[] = {
        {"{\"questions\": [{\"id\": \"q1\"}, {\"id\": \"q2\" \"prompt\": \"Who?\"}]}",
         "questions[1].id", "syntax error"}, /* the comma missing after the id */
        {"{\"articles\": [{\"id\": \"a\", \"paragraphs\": [\"One.\", \"Tw", "articles[0].paragraphs[1]",
         "truncated"},
        {"{\"title\": \"Caf\xE9\"}", "title", "invalid UTF-8"},
        {"{\"format\": 1, \"ti\0tle\": 2}", "$", "NUL byte"},
        {"{\"articles\": [{\"title\": \"a\x01b\"}]}", "articles[0].title", "raw control character"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Diagnostics d;
        size_t len = strlen(cases[i].text);
        if (strstr(cases[i].needle, "NUL")) len = 26; /* the text holds a NUL */
        Pack *p = load(cases[i].text, len, &d);
        assert_null(p);
        assert_true(d.count > 0);
        if (!strstr(d.items[0].message, cases[i].needle) || strcmp(d.items[0].path, cases[i].path))
            fail_msg("case %zu: %s: %s (want %s: ...%s)", i, d.items[0].path, d.items[0].message,
                     cases[i].path, cases[i].needle);
        diag_free(&d);
    }
}

static void hostile_bytes_are_rejected_cleanly(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t len;
        const char *needle;
    } cases[] = {
        {"", 0, "empty"},
        {"   \n\t ", 6, "empty"},
        {"{\"a\": \"\xC3\x28\"}", 10, "invalid UTF-8"},
        {"{\"a\": \"\xED\xA0\x80\"}", 11, "invalid UTF-8"}, /* an encoded surrogate */
        {"{\"a\": \"\\ud800\"}", 15, "syntax error"},      /* a lone surrogate escape */
        {"{\"a\": \"x\0y\"}", 12, "NUL byte"},
        {"{\"a\": \"x\\u0000y\"}", 17, "NUL"},
        {"\x7F" "ELF\x02\x01\x01", 7, "control character"},
        {"\x7F" "ELF", 4, "syntax error"},
        {"[1, 2, 3]", 9, "expected a quiz pack"},
        {"{} {}", 5, "unexpected text after"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Diagnostics d;
        Pack *p = load(cases[i].text, cases[i].len, &d);
        bool found = d.count > 0 && strstr(d.items[0].message, cases[i].needle);
        if (p || !found) {
            fprintf(stderr, "case %zu:\n", i);
            print_diags(&d);
        }
        assert_null(p);
        assert_true(found);
        diag_free(&d);
    }
}

static void deep_nesting_is_refused_before_parsing(void **state)
{
    (void)state;
    size_t n = 200000;
    char *text = malloc(2 * n);
    memset(text, '[', n);
    memset(text + n, ']', n);
    Diagnostics d;
    Pack *p = load(text, 2 * n, &d);
    assert_null(p);
    assert_non_null(strstr(d.items[0].message, "nested deeper than 64"));
    assert_int_equal(d.items[0].column, PACK_MAX_DEPTH + 1);
    free(text);
    diag_free(&d);
}

static void oversized_file_names_the_limit(void **state)
{
    (void)state;
    size_t n = 20u * 1024u * 1024u;
    char *text = malloc(n);
    memset(text, ' ', n);
    text[0] = '{';
    text[n - 1] = '}';
    const char *path = tu_write_temp(text, n);
    assert_non_null(path);
    Diagnostics d;
    diag_init(&d, path);
    Pack *p = pack_load_file(path, &d);
    assert_null(p);
    assert_non_null(strstr(d.items[0].message, "PACK_MAX_FILE_BYTES"));
    assert_non_null(strstr(d.items[0].message, "20.0 MiB"));
    remove(path);
    free(text);
    diag_free(&d);
}

static void missing_file_and_directory_are_io_errors(void **state)
{
    (void)state;
    Diagnostics d;
    diag_init(&d, "/nonexistent/x.json");
    assert_null(pack_load_file("/nonexistent/x.json", &d));
    assert_non_null(strstr(d.items[0].message, "cannot open"));
    diag_free(&d);
    diag_init(&d, "/tmp");
    assert_null(pack_load_file("/tmp", &d));
    assert_non_null(strstr(d.items[0].message, "directory"));
    diag_free(&d);
}

static void every_problem_is_reported_not_only_the_first(void **state)
{
    (void)state;
    Diagnostics d;
    char *a = mutate("\"answer\": 1,", "\"answer\": 9,");
    /* also break the order and an evidence passage in the same file */
    char *b = strstr(a, "[\"delay\", \"vote\"]");
    memcpy(b, "[\"vote\", \"delay\"]", 17);
    Pack *p = load(a, strlen(a), &d);
    free(a);
    assert_null(p);
    assert_true(d.errors >= 2);
    assert_non_null(find_diag(&d, "questions[0].answer", "not a choice"));
    assert_non_null(find_diag(&d, "questions[1].events[1]", "not in date order"));
    /* sorted by position */
    for (size_t i = 1; i < d.count; i++) assert_true(d.items[i - 1].line <= d.items[i].line);
    diag_free(&d);
}

/* Two-part cite items: the pack's default, a question's override and its share load; a question
 * that cannot cite, and a share out of range, are errors at their JSON path. */
static void cite_settings_load_and_the_question_overrides_the_pack(void **state)
{
    (void)state;
    Diagnostics d;
    char *text =
        mutate("\"time_limit\": 40,", "\"time_limit\": 40, \"cite\": true, \"cite_share\": 0.4,");
    char *t2 = NULL;
    Pack *p = load(text, strlen(text), &d);
    if (!p) print_diags(&d);
    assert_non_null(p);
    assert_true(p->cite);
    assert_true(p->questions[0].cite && p->questions[1].cite);
    assert_true(fabs(p->questions[0].cite_share - 0.4) < 1e-12);
    pack_free(p);
    diag_free(&d);
    /* The question's own "cite": false and "cite_share" win over the pack's. */
    const char *at = strstr(text, "\"points\": 1,");
    assert_non_null(at);
    size_t pre = (size_t)(at - text);
    const char *own = "\"cite\": false, \"points\": 1,";
    t2 = malloc(strlen(text) + strlen(own) + 1);
    memcpy(t2, text, pre);
    strcpy(t2 + pre, own);
    strcat(t2, at + strlen("\"points\": 1,"));
    p = load(t2, strlen(t2), &d);
    assert_non_null(p);
    assert_false(p->questions[0].cite);
    assert_true(p->questions[1].cite);
    pack_free(p);
    diag_free(&d);
    free(t2);
    free(text);
    /* Without the pack's "cite" nothing cites, and the share is one half. */
    p = load(base_pack, base_len, &d);
    assert_non_null(p);
    assert_false(p->questions[0].cite);
    assert_true(fabs(p->questions[0].cite_share - 0.5) < 1e-12);
    pack_free(p);
    diag_free(&d);
}

static void cite_that_cannot_be_graded_is_an_error_with_its_path(void **state)
{
    (void)state;
    Diagnostics d;
    expect_error(&d, "\"format\": \"choice\",", "\"format\": \"evidence\", \"cite\": true,",
                 "questions[0].cite", "\"evidence\" question already asks");
    diag_free(&d);
    const Diagnostic *g =
        expect_error(&d, "\"time_limit\": 40,", "\"time_limit\": 40, \"cite_share\": 1,",
                     "cite_share", "out of range");
    assert_int_equal(g->line, 11);
    diag_free(&d);
    expect_error(&d, "\"points\": 1,", "\"cite\": true, \"cite_share\": 0, \"points\": 1,",
                 "questions[0].cite_share", "more than 0 and less than 1");
    diag_free(&d);
    expect_error(&d, "\"points\": 1,", "\"cite\": \"yes\", \"points\": 1,", "questions[0].cite",
                 "expected true or false");
    diag_free(&d);
    expect_error(&d, "\"time_limit\": 40,", "\"time_limit\": 40, \"cite_share\": \"half\",",
                 "cite_share", "expected a number");
    diag_free(&d);
}

/* A pack-level "cite" leaves evidence questions alone (no error: they already ask for the
 * sentence); a share on a question that does not cite is a warning, since it does nothing. */
static void cite_default_skips_evidence_questions_and_a_lone_share_warns(void **state)
{
    (void)state;
    Diagnostics d;
    char *text = mutate("\"format\": \"choice\",", "\"format\": \"evidence\",");
    char *both = NULL;
    Pack *p = load(text, strlen(text), &d);
    assert_non_null(p);
    pack_free(p);
    diag_free(&d);
    free(text);
    text = mutate("\"time_limit\": 40,", "\"time_limit\": 40, \"cite\": true,");
    const char *at = strstr(text, "\"format\": \"choice\",");
    size_t pre = (size_t)(at - text);
    both = malloc(strlen(text) + 64);
    memcpy(both, text, pre);
    strcpy(both + pre, "\"format\": \"evidence\", \"cite_share\": 0.3,");
    strcat(both, at + strlen("\"format\": \"choice\","));
    p = load(both, strlen(both), &d);
    if (!p) print_diags(&d);
    assert_non_null(p);
    assert_false(p->questions[0].cite);
    assert_true(p->questions[1].cite);
    const Diagnostic *w = find_diag(&d, "questions[0].cite_share", "is ignored");
    assert_non_null(w);
    assert_int_equal(w->severity, DIAG_WARNING);
    pack_free(p);
    diag_free(&d);
    free(both);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cite_settings_load_and_the_question_overrides_the_pack),
        cmocka_unit_test(cite_that_cannot_be_graded_is_an_error_with_its_path),
        cmocka_unit_test(cite_default_skips_evidence_questions_and_a_lone_share_warns),
        cmocka_unit_test(valid_pack_loads_into_the_model),
        cmocka_unit_test(evidence_offsets_cover_exactly_the_quoted_bytes),
        cmocka_unit_test(straight_quotes_and_extra_spaces_match_typographic_text),
        cmocka_unit_test(answer_out_of_range_names_line_column_and_path),
        cmocka_unit_test(huge_answer_indices_are_out_of_range_not_undefined),
        cmocka_unit_test(missing_required_field_is_reported_at_its_object),
        cmocka_unit_test(unknown_field_warns_with_did_you_mean),
        cmocka_unit_test(passage_not_in_article_says_where_it_stops_matching),
        cmocka_unit_test(ambiguous_passage_needs_an_occurrence),
        cmocka_unit_test(passage_in_two_articles_must_name_its_article),
        cmocka_unit_test(order_must_agree_with_event_dates),
        cmocka_unit_test(speaker_answer_must_name_the_person),
        cmocka_unit_test(duplicate_ids_and_keys_are_errors),
        cmocka_unit_test(wrong_types_anywhere_are_reported_not_crashed),
        cmocka_unit_test(syntax_errors_point_at_the_problem),
        cmocka_unit_test(hostile_bytes_are_rejected_cleanly),
        cmocka_unit_test(errors_before_parsing_name_the_json_path),
        cmocka_unit_test(deep_nesting_is_refused_before_parsing),
        cmocka_unit_test(oversized_file_names_the_limit),
        cmocka_unit_test(missing_file_and_directory_are_io_errors),
        cmocka_unit_test(every_problem_is_reported_not_only_the_first),
        cmocka_unit_test(words_no_screen_can_show_are_warned_about),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
