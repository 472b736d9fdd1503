/* test_import_gift.c — GIFT to a pack skeleton: each GIFT question type, escapes, comments,
 * feedback, what is skipped out loud, the round trip from `byline export`, and robustness: every
 * truncation of a GIFT file and random garbage give a result (valid JSON) or a clean failure. */
#include "helpers.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "export.h"
#include "import_gift.h"
#include "limits.h"
#include "pack.h"
#include "text.h"

static const char SAMPLE[] =
    "// A GIFT file in the style Moodle writes\n"
    "$CATEGORY: $course$/top/Civics/Harbor quiz\n"
    "\n"
    "::Article\\: The vote::[html]<h3>Council delays vote</h3><p>The council delayed its vote.</p>"
    "<p>The mayor objected.</p>\n"
    "\n"
    "// [id:who] [tag:attribution] [tag:easy]\n"
    "::Who said it::[html]<p>Who said the council needs <b>more time</b>?</p> {\n"
    "  ~Lee Grant#No, he is the mayor.\n"
    "  =Dana Obi#Yes.\n"
    "  ~Jo Park\n"
    "  ####<p>Obi said it.</p><blockquote><p>The council delayed its vote.</p></blockquote>\n"
    "}\n"
    "\n"
    "The mayor supported the delay.{FALSE#He objected.####He objected to it.}\n"
    "\n"
    "Name the outlet \\{in full\\}\\: {=The Ledger =Ledger}\n"
    "\n"
    "::multi::Which are people? {~%50%Obi ~%50%Grant ~%-100%Millbrook}\n"
    "\n"
    "::order::Put in order.{\n =Delay -> 1\n =Vote -> 2\n}\n"
    "\n"
    "::num::What year? {#2025:0}\n"
    "\n"
    "::essay::Write about it.{}\n"
    "\n"
    "::match::Match capitals.{=Paris -> France =Rome -> Italy}\n"
    "\n"
    "The council {~approved =delayed ~cancelled} the vote.\n"
    "\n"
    "::escapes::Tilde \\~ equals \\= hash \\# colon \\: backslash \\\\ done {T}\n";

static cJSON *import_json(const char *text, size_t len, ImportResult *r)
{
    assert_true(import_gift(text, len, "sample.gift", r));
    assert_non_null(r->json);
    cJSON *root = cJSON_Parse(r->json);
    assert_non_null(root);
    return root;
}

static const cJSON *question(const cJSON *root, const char *id)
{
    const cJSON *q;
    cJSON_ArrayForEach(q, cJSON_GetObjectItem(root, "questions")) {
        const cJSON *v = cJSON_GetObjectItem(q, "id");
        if (cJSON_IsString(v) && strcmp(v->valuestring, id) == 0) return q;
    }
    fail_msg("no question %s", id);
    return NULL;
}

static const char *str(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItem(obj, key);
    assert_true(cJSON_IsString(v));
    return v->valuestring;
}

static const char *str_at(const cJSON *obj, const char *key, int i)
{
    const cJSON *v = cJSON_GetArrayItem(cJSON_GetObjectItem(obj, key), i);
    assert_true(cJSON_IsString(v));
    return v->valuestring;
}

static bool warned(const ImportResult *r, const char *needle)
{
    for (size_t i = 0; i < r->warnings.count; i++)
        if (strstr(r->warnings.items[i], needle)) return true;
    return false;
}

static void sample_imports_each_question_type(void **state)
{
    (void)state;
    ImportResult r;
    cJSON *root = import_json(SAMPLE, sizeof SAMPLE - 1, &r);
    assert_int_equal(r.n_questions, 8);
    assert_string_equal(str(root, "title"), "Harbor quiz");
    assert_string_equal(str(root, "id"), "harbor-quiz");

    const cJSON *q = question(root, "who");
    assert_string_equal(str(q, "format"), "choice");
    assert_string_equal(str(q, "prompt"), "Who said the council needs more time?");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(q, "choices")), 3);
    assert_int_equal(cJSON_GetObjectItem(q, "answer")->valueint, 1);
    assert_string_equal(str(q, "explanation"), "Obi said it.");
    assert_string_equal(str_at(q, "evidence", 0), "The council delayed its vote.");
    assert_string_equal(str_at(q, "tags", 1), "easy");

    q = question(root, "q2");
    assert_string_equal(str(q, "format"), "true_false");
    assert_true(cJSON_IsFalse(cJSON_GetObjectItem(q, "answer")));
    assert_string_equal(str(q, "explanation"), "He objected to it.");
    assert_true(strncmp(str_at(q, "evidence", 0), "TODO", 4) == 0);

    q = question(root, "q3");
    assert_string_equal(str(q, "format"), "text");
    assert_string_equal(str(q, "prompt"), "Name the outlet {in full}:");
    assert_string_equal(str_at(q, "accept", 1), "Ledger");
    assert_true(strncmp(str(q, "explanation"), "TODO", 4) == 0);

    q = question(root, "multi");
    assert_string_equal(str(q, "format"), "multi");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(q, "answers")), 2);

    q = question(root, "order");
    assert_string_equal(str(q, "format"), "order");
    assert_string_equal(str(q, "kind"), "timeline");
    assert_string_equal(str_at(q, "events", 0), "order-e1");
    const cJSON *events = cJSON_GetObjectItem(root, "events");
    assert_int_equal(cJSON_GetArraySize(events), 2);
    assert_string_equal(str(cJSON_GetArrayItem(events, 1), "text"), "Vote");

    q = question(root, "num");
    assert_string_equal(str(q, "format"), "text");
    assert_string_equal(str_at(q, "accept", 0), "2025");

    q = question(root, "q7");
    assert_string_equal(str(q, "prompt"), "The council _____ the vote.");
    assert_int_equal(cJSON_GetObjectItem(q, "answer")->valueint, 1);

    q = question(root, "escapes");
    assert_string_equal(str(q, "prompt"), "Tilde ~ equals = hash # colon : backslash \\ done");
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(q, "answer")));

    const cJSON *article = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "articles"), 0);
    assert_string_equal(str(article, "title"), "Council delays vote");
    assert_string_equal(str_at(article, "paragraphs", 1), "The mayor objected.");

    assert_true(warned(&r, "essay"));
    assert_true(warned(&r, "matching question"));
    assert_true(warned(&r, "numerical"));
    assert_false(warned(&r, "several answers"));
    cJSON_Delete(root);
    import_result_free(&r);
}

static void warnings_name_the_line(void **state)
{
    (void)state;
    ImportResult r;
    cJSON *root = import_json(SAMPLE, sizeof SAMPLE - 1, &r);
    bool found = false;
    for (size_t i = 0; i < r.warnings.count; i++)
        found |= strncmp(r.warnings.items[i], "line 27: essay", 14) == 0;
    assert_true(found);
    cJSON_Delete(root);
    import_result_free(&r);
}

static void no_questions_still_gives_a_skeleton(void **state)
{
    (void)state;
    ImportResult r;
    cJSON *root = import_json("just some text\n\n// a comment\n", 30, &r);
    assert_int_equal(r.n_questions, 0);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(root, "articles")), 1);
    cJSON_Delete(root);
    import_result_free(&r);
}

static void unclosed_brace_is_skipped_with_a_warning(void **state)
{
    (void)state;
    ImportResult r;
    const char *t = "Broken {=a ~b\n\nFine {T}\n";
    cJSON *root = import_json(t, strlen(t), &r);
    assert_int_equal(r.n_questions, 1);
    assert_true(warned(&r, "line 1: '{' without a closing '}'"));
    cJSON_Delete(root);
    import_result_free(&r);
}

static void too_large_input_fails_cleanly(void **state)
{
    (void)state;
    ImportResult r;
    assert_false(import_gift("x", (size_t)IMPORT_MAX_GIFT_BYTES + 1, "big", &r));
    assert_null(r.json);
    assert_int_equal(r.warnings.count, 1);
    import_result_free(&r);
}

/* The JSON is parseable and valid UTF-8, whatever the input. */
static void check_output(const char *text, size_t len)
{
    ImportResult r;
    assert_true(import_gift(text, len, "fuzz", &r));
    size_t bad;
    assert_true(text_utf8_valid(r.json, strlen(r.json), &bad));
    cJSON *root = cJSON_Parse(r.json);
    assert_non_null(root);
    assert_int_equal((size_t)cJSON_GetArraySize(cJSON_GetObjectItem(root, "questions")),
                     r.n_questions);
    cJSON_Delete(root);
    import_result_free(&r);
}

static void every_truncation_of_a_gift_file_is_read(void **state)
{
    (void)state;
    for (size_t n = 0; n <= sizeof SAMPLE - 1; n++) {
        char *copy = malloc(n ? n : 1); /* exactly n bytes: ASan catches any read past them */
        memcpy(copy, SAMPLE, n);
        check_output(copy, n);
        free(copy);
    }
}

static void random_garbage_is_read(void **state)
{
    (void)state;
    static const char ALPHABET[] = "{}=~#:\\%->[]/\n\n \tTFabc$CATEGORY:<p></p>&amp;&#3;\xC3\xA9\xFF";
    uint32_t x = 12345;
    char buf[400];
    for (int round = 0; round < 3000; round++) {
        x = x * 1664525u + 1013904223u;
        size_t n = (x >> 8) % sizeof buf;
        for (size_t i = 0; i < n; i++) {
            x = x * 1664525u + 1013904223u;
            buf[i] = (x >> 24) % 8 == 0 ? (char)(x >> 16) : ALPHABET[(x >> 16) % (sizeof ALPHABET - 1)];
        }
        char *copy = malloc(n ? n : 1);
        memcpy(copy, buf, n);
        check_output(copy, n);
        free(copy);
    }
}

static void nul_bytes_and_bad_utf8_are_cleaned(void **state)
{
    (void)state;
    const char t[] = "Q\0x \xFF\xFE ok {=a\0b ~c}\n";
    ImportResult r;
    cJSON *root = import_json(t, sizeof t - 1, &r);
    assert_int_equal(r.n_questions, 1);
    assert_string_equal(str(question(root, "q1"), "prompt"), "Q x \xC3\xBF\xC3\xBE ok");
    assert_true(warned(&r, "line 1: not valid UTF-8 (byte 0xFF): read as Latin-1"));
    cJSON_Delete(root);
    import_result_free(&r);
}

/* GIFT as Moodle reads it (question/format/gift/format.php; gift-pegjs agrees), one case per
 * question, each written for this test from the cases of Moodle's documentation and fixtures. */
static const char MOODLE_CASES[] =
    "// Moodle's own export writes every short answer with a weight\n"       /* line 1 */
    "::weighted::What's the answer? {=%100%Moodler#}\n"                         /* line 2 */
    "\n"
    "::animals::Name an animal. {=Frog =%50%Cat =%0%*}\n"                      /* line 4 */
    "\n"
    "::birthplace::Where was he born? {~Jerusalem ~%25%Bethlehem ~%50%Galilee =Nazareth}\n" /* 6 */
    "\n"
    "::any-one::Which is a primary colour? {=red =blue ~green}\n"              /* line 8 */
    "\n"
    "::checkbox::Which are even? {~%50%two ~%50%four ~%-100%three}\n"         /* line 10 */
    "\n"
    "::one-box::Tick the even one. {~%100%two ~three ~five}\n"                 /* line 12 */
    "\n"
    "::lower-true::Type the word true. {true}\n"                               /* line 14 */
    "\n"
    "::upper-true::Grass is green. {TRUE#No.#Yes.}\n"                          /* line 16 */
    "\n"
    "::match::Match. {=Canada -> Ottawa =Italy -> Rome}\n"                     /* line 18 */
    "\n"
    "::no-full::Guess. {=%50%maybe =%0%no}\n"                                  /* line 20 */
    "\n"
    "::nine::Pick. {=a ~b ~c ~d ~e ~f ~g ~h ~i}\n"                             /* line 22 */
    "\n"
    "::lead::Pick. {wrong ~other =right}\n"                                   /* line 24 */
    "\n"
    "::num::Year? {#=%100%1822:0 =%50%1821:1}\n"                              /* line 26 */
    "\n"
    "::pi::Pi to 3 places? {#3.1415:0.0005}\n"                                 /* line 28 */
    "\n"
    "::range::Pi to 3 places? {#3.141..3.142}\n";                              /* line 30 */

static void moodle_gift_keeps_its_meaning(void **state)
{
    (void)state;
    ImportResult r;
    cJSON *root = import_json(MOODLE_CASES, sizeof MOODLE_CASES - 1, &r);

    const cJSON *q = question(root, "weighted");
    assert_string_equal(str(q, "format"), "text");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(q, "accept")), 1);
    assert_string_equal(str_at(q, "accept", 0), "Moodler");

    q = question(root, "animals");
    assert_string_equal(str(q, "format"), "text");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(q, "accept")), 1);
    assert_string_equal(str_at(q, "accept", 0), "Frog");
    assert_true(warned(&r, "line 4: partial credit for 'Cat' (50%) is lost"));
    assert_false(warned(&r, "wildcard")); /* the 0% star only gave feedback */

    q = question(root, "birthplace");
    assert_string_equal(str(q, "format"), "choice");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(q, "choices")), 4);
    assert_int_equal(cJSON_GetObjectItem(q, "answer")->valueint, 3);
    assert_true(warned(&r, "line 6: partial credit for 'Bethlehem' (25%), 'Galilee' (50%) is lost"));

    assert_true(warned(&r, "line 8: 2 answers are each fully right"));

    q = question(root, "checkbox");
    assert_string_equal(str(q, "format"), "multi");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(q, "answers")), 2);
    assert_false(warned(&r, "line 10:"));

    q = question(root, "one-box");
    assert_string_equal(str(q, "format"), "multi");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(q, "answers")), 1);
    assert_int_equal(cJSON_GetArrayItem(cJSON_GetObjectItem(q, "answers"), 0)->valueint, 0);

    q = question(root, "lower-true");
    assert_string_equal(str(q, "format"), "text");
    assert_string_equal(str_at(q, "accept", 0), "true");

    q = question(root, "upper-true");
    assert_string_equal(str(q, "format"), "true_false");
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(q, "answer")));

    assert_true(warned(&r, "line 18: matching question"));
    assert_true(warned(&r, "line 20: short answer without a fully right answer: skipped"));
    assert_true(warned(&r, "line 22: multiple-choice question with 9 answers"));

    q = question(root, "lead"); /* Moodle: text before the first ~ is a wrong answer */
    assert_string_equal(str(q, "format"), "choice");
    assert_string_equal(str_at(q, "choices", 0), "wrong");
    assert_int_equal(cJSON_GetObjectItem(q, "answer")->valueint, 2);

    q = question(root, "num");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(q, "accept")), 1);
    assert_string_equal(str_at(q, "accept", 0), "1822");
    assert_true(warned(&r, "line 26: partial credit for '1821:1' (50%) is lost"));
    assert_true(warned(&r, "line 28: numerical question with a tolerance or range"));
    assert_true(warned(&r, "line 30: numerical question with a tolerance or range"));

    assert_int_equal(r.n_questions, 9);
    cJSON_Delete(root);
    import_result_free(&r);
}

/* Forms that Byline compares as equal (as `byline export` adds them) are kept once; more than
 * PACK_MAX_ACCEPT different ones are cut, with a warning. */
static void accepted_forms_are_folded_and_limited(void **state)
{
    (void)state;
    ImportResult r;
    char g[1024];
    int n = snprintf(g, sizeof g, "::folded::Rate? {=5%% =5 =5 %% }\n\n::many::Count? {");
    for (int i = 0; i < PACK_MAX_ACCEPT + 5; i++) n += snprintf(g + n, sizeof g - (size_t)n, "=w%d ", i);
    n += snprintf(g + n, sizeof g - (size_t)n, "}\n");
    cJSON *root = import_json(g, (size_t)n, &r);
    const cJSON *q = question(root, "folded");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(q, "accept")), 1);
    assert_string_equal(str_at(q, "accept", 0), "5%");
    q = question(root, "many");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(q, "accept")), PACK_MAX_ACCEPT);
    assert_true(warned(&r, "line 3: more than 20 different accepted answers"));
    cJSON_Delete(root);
    import_result_free(&r);
}

/* Latin-1 text (an old editor's "Zoé") is read as Latin-1 and the line named; UTF-8 on the same
 * line is kept. */
static void latin1_is_read_with_a_warning(void **state)
{
    (void)state;
    const char t[] = "::ok::Fine {T}\n\n::zoe::Qui est Zo\xE9 \xC3\xA0 Paris ? {=Zo\xE9}\n";
    ImportResult r;
    cJSON *root = import_json(t, sizeof t - 1, &r);
    const cJSON *q = question(root, "zoe");
    assert_string_equal(str(q, "prompt"), "Qui est Zo\xC3\xA9 \xC3\xA0 Paris ?");
    assert_string_equal(str_at(q, "accept", 0), "Zo\xC3\xA9");
    assert_true(warned(&r, "line 3: not valid UTF-8 (byte 0xE9): read as Latin-1"));
    assert_int_equal(r.warnings.count, 1);
    cJSON_Delete(root);
    import_result_free(&r);
}

/* Export a fixture as GIFT, import it back: same questions; only the timeline events' dates
 * (which GIFT does not carry) keep the pack from loading. */
static void round_trip_keeps_questions_article_and_evidence(void **state)
{
    (void)state;
    const char *fixtures[] = {"tests/fixtures/good/harbor.json", "tests/fixtures/good/every-format.json"};
    for (size_t k = 0; k < 2; k++) {
        Diagnostics d;
        diag_init(&d, fixtures[k]);
        Pack *p = pack_load_file(tu_source_path(fixtures[k]), &d);
        diag_free(&d);
        assert_non_null(p);
        ExportResult e;
        assert_true(export_pack(p, EXPORT_GIFT, &e));
        ImportResult r;
        const ExBuf *g = &e.files[0].content;
        assert_true(import_gift(g->data, g->len, "x.gift", &r));
        assert_int_equal(r.n_questions, p->n_questions);
        diag_init(&d, "back.json");
        Pack *back = pack_load_buffer(r.json, strlen(r.json), &d);
        assert_null(back); /* the event dates are TODO */
        for (size_t i = 0; i < d.count; i++) {
            if (d.items[i].severity != DIAG_ERROR) continue;
            if (!strstr(d.items[i].path, "events[") || !strstr(d.items[i].path, ".date")) {
                diag_print(&d, stderr);
                fail_msg("unexpected error at %s", d.items[i].path);
            }
        }
        assert_int_equal(d.errors, p->n_events);
        diag_free(&d);
        import_result_free(&r);
        export_result_free(&e);
        pack_free(p);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sample_imports_each_question_type),
        cmocka_unit_test(warnings_name_the_line),
        cmocka_unit_test(no_questions_still_gives_a_skeleton),
        cmocka_unit_test(unclosed_brace_is_skipped_with_a_warning),
        cmocka_unit_test(too_large_input_fails_cleanly),
        cmocka_unit_test(every_truncation_of_a_gift_file_is_read),
        cmocka_unit_test(random_garbage_is_read),
        cmocka_unit_test(nul_bytes_and_bad_utf8_are_cleaned),
        cmocka_unit_test(round_trip_keeps_questions_article_and_evidence),
        cmocka_unit_test(moodle_gift_keeps_its_meaning),
        cmocka_unit_test(accepted_forms_are_folded_and_limited),
        cmocka_unit_test(latin1_is_read_with_a_warning),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
