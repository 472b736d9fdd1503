/* test_answer_cite.c — two-part "cite" items: loading the pack's and the questions' settings,
 * grading both parts with the pack's split, telling guesses from misreadings, the codec's cite
 * prefix (old codes still decode, damaged ones are refused) and the session. Uses
 * tests/fixtures/good/cite.json: minimal.json with "cite": true for the pack, question 1 with
 * "cite": false, and question 2 (multi) with "cite_share": 0.25. */
#include "answer.h"
#include "helpers.h"
#include "pack.h"
#include "session.h"
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

/* Question indices in cite.json (as in minimal.json). */
enum { Q_CHOICE, Q_NO_CITE, Q_MULTI, Q_TF, Q_ORDER, Q_TEXT, Q_EVIDENCE };

static Pack *pack;

static int load_pack(void **state)
{
    (void)state;
    pack = tu_load_pack("tests/fixtures/good/cite.json");
    return pack ? 0 : -1;
}

static int free_pack(void **state)
{
    (void)state;
    pack_free(pack);
    return 0;
}

static const Question *question(int i) { return &pack->questions[i]; }

static void assert_near(double a, double b)
{
    if (fabs(a - b) > 1e-9) fail_msg("%.12f != %.12f", a, b);
}

/* A sentence of the article that is (want = true) or is not evidence for question qi. */
static int sentence_for(int qi, bool want)
{
    const Article *ar = &pack->articles[0];
    for (size_t s = 0; s < ar->n_sentences; s++)
        if (pack_sentence_is_evidence(question(qi), 0, s, ar) == want) return (int)s;
    fail_msg("no %s sentence for question %d", want ? "evidence" : "other", qi);
    return -1;
}

/* The choice question (2 points) answered `pick`, citing a right or a wrong sentence. */
static Answer choice_answer(int pick, bool right_sentence)
{
    Answer a;
    answer_init(&a, question(Q_CHOICE), NULL);
    a.choice = pick;
    assert_true(answer_cite_sentence(&a, pack, 0, sentence_for(Q_CHOICE, right_sentence)));
    return a;
}

enum { RIGHT = 1, WRONG = 0 }; /* choices of Q_CHOICE */

static void pack_default_reaches_every_question_that_can_cite(void **state)
{
    (void)state;
    assert_true(pack->cite);
    assert_near(pack->cite_share, 0.5);
    int citing[] = {Q_CHOICE, Q_MULTI, Q_TF, Q_ORDER, Q_TEXT};
    for (size_t i = 0; i < sizeof citing / sizeof citing[0]; i++)
        assert_true(question(citing[i])->cite);
    assert_false(question(Q_NO_CITE)->cite);  /* its own "cite": false overrides */
    assert_false(question(Q_EVIDENCE)->cite); /* already asks for the sentence */
    assert_near(question(Q_CHOICE)->cite_share, 0.5);
    assert_near(question(Q_MULTI)->cite_share, 0.25);
}

static void both_parts_right_earn_every_point(void **state)
{
    (void)state;
    Answer a = choice_answer(RIGHT, true);
    Grade g = answer_grade(question(Q_CHOICE), &a);
    assert_true(g.cited && g.correct && g.answer_correct && g.evidence_correct);
    assert_near(g.fraction, 1.0);
    assert_near(g.points, 2.0);
    assert_int_equal(answer_cite_outcome(&g), CITE_BOTH_RIGHT);
}

/* docs/scoring.md's example: 2 points, share 0.5, right answer with the wrong sentence. */
static void right_answer_with_the_wrong_sentence_is_a_guess_worth_half(void **state)
{
    (void)state;
    Answer a = choice_answer(RIGHT, false);
    Grade g = answer_grade(question(Q_CHOICE), &a);
    assert_true(g.cited && g.answer_correct);
    assert_false(g.evidence_correct);
    assert_false(g.correct);
    assert_near(g.answer_fraction, 1.0);
    assert_near(g.points, 1.0);
    assert_int_equal(answer_cite_outcome(&g), CITE_GUESS);
    assert_string_equal(answer_cite_outcome_name(CITE_GUESS), "guess");
}

static void wrong_answer_with_the_right_sentence_is_a_misreading(void **state)
{
    (void)state;
    Answer a = choice_answer(WRONG, true);
    Grade g = answer_grade(question(Q_CHOICE), &a);
    assert_true(g.cited && g.evidence_correct);
    assert_false(g.answer_correct || g.correct);
    assert_near(g.answer_fraction, 0.0);
    assert_near(g.points, 1.0);
    assert_int_equal(answer_cite_outcome(&g), CITE_MISREAD);
}

static void both_parts_wrong_earn_nothing(void **state)
{
    (void)state;
    Answer a = choice_answer(WRONG, false);
    Grade g = answer_grade(question(Q_CHOICE), &a);
    assert_true(g.cited);
    assert_near(g.points, 0.0);
    assert_int_equal(answer_cite_outcome(&g), CITE_BOTH_WRONG);
}

/* The question's own share: 0.25 for the evidence, 0.75 for the answer, and partial credit of
 * the answer part scales within its share. */
static void question_share_splits_the_points_and_keeps_partial_credit(void **state)
{
    (void)state;
    const Question *q = question(Q_MULTI); /* answers 0 and 1, 1 point */
    Answer a;
    answer_init(&a, q, NULL);
    a.picked = 1u << 0; /* half of the answer */
    assert_true(answer_cite_sentence(&a, pack, 0, sentence_for(Q_MULTI, true)));
    Grade g = answer_grade(q, &a);
    assert_near(g.answer_fraction, 0.5);
    assert_near(g.fraction, 0.75 * 0.5 + 0.25);
    assert_near(g.points, 0.625);
    assert_false(g.answer_correct);
    assert_int_equal(answer_cite_outcome(&g), CITE_MISREAD); /* partly right is not right */
    a.picked = 3u;
    assert_true(answer_cite_sentence(&a, pack, 0, sentence_for(Q_MULTI, false)));
    g = answer_grade(q, &a);
    assert_near(g.points, 0.75);
    assert_int_equal(answer_cite_outcome(&g), CITE_GUESS);
}

static void the_cite_pick_is_needed_to_be_complete_but_not_for_the_first_part(void **state)
{
    (void)state;
    const Question *q = question(Q_CHOICE);
    Answer a;
    answer_init(&a, q, NULL);
    assert_int_equal(a.cite_article, -1);
    assert_int_equal(a.cite_sentence, -1);
    assert_false(answer_first_part_complete(q, &a));
    a.choice = RIGHT;
    assert_true(answer_first_part_complete(q, &a));
    assert_false(answer_is_complete(q, &a));
    assert_true(answer_cite_sentence(&a, pack, 0, 0));
    assert_true(answer_is_complete(q, &a));
}

/* Time ran out on the evidence step: the answer part still counts, the evidence is wrong. */
static void answer_without_its_cite_pick_earns_the_answer_part(void **state)
{
    (void)state;
    Answer a;
    answer_init(&a, question(Q_CHOICE), NULL);
    a.choice = RIGHT;
    Grade g = answer_grade(question(Q_CHOICE), &a);
    assert_true(g.cited && g.answer_correct);
    assert_false(g.evidence_correct);
    assert_near(g.points, 1.0);
}

static void questions_without_a_cite_part_grade_as_before(void **state)
{
    (void)state;
    const Question *q = question(Q_NO_CITE);
    Answer a;
    answer_init(&a, q, NULL);
    a.choice = q->answer;
    assert_true(answer_is_complete(q, &a));
    /* A stray cite pick changes nothing on a question that does not ask for one. */
    assert_true(answer_cite_sentence(&a, pack, 0, 0));
    Grade g = answer_grade(q, &a);
    assert_false(g.cited);
    assert_true(g.correct && g.answer_correct);
    assert_near(g.answer_fraction, g.fraction);
    assert_near(g.points, 1.0);
    assert_int_equal(answer_cite_outcome(&g), CITE_NONE);
}

static void a_skipped_cite_question_has_no_outcome(void **state)
{
    (void)state;
    Answer a;
    answer_init(&a, question(Q_CHOICE), NULL);
    Grade g = answer_grade(question(Q_CHOICE), &a);
    assert_false(g.cited);
    assert_near(g.points, 0.0);
    assert_int_equal(answer_cite_outcome(&g), CITE_NONE);
    assert_string_equal(answer_cite_outcome_name(CITE_NONE), "");
}

static void cite_pick_outside_the_article_is_refused(void **state)
{
    (void)state;
    Answer a = choice_answer(RIGHT, true), before = a;
    int n = (int)pack->articles[0].n_sentences;
    assert_false(answer_cite_sentence(&a, pack, 0, n));
    assert_false(answer_cite_sentence(&a, pack, 1, 0));
    assert_false(answer_cite_sentence(&a, pack, -1, 0));
    assert_memory_equal(&a, &before, sizeof a);
}

static void check_refuses_a_forged_cite_span(void **state)
{
    (void)state;
    const Question *q = question(Q_CHOICE);
    Answer a = choice_answer(RIGHT, false);
    assert_true(answer_check(pack, q, &a));
    /* Claiming the evidence passage's bytes for a sentence elsewhere would earn the points. */
    a.cite_start = q->evidence[0].start;
    a.cite_end = q->evidence[0].end;
    assert_false(answer_check(pack, q, &a));
    a.cite_start = a.cite_end = 0; /* no span: the session fills it in from the pack */
    assert_true(answer_check(pack, q, &a));
    a.cite_sentence = 10000;
    assert_false(answer_check(pack, q, &a));
}

static void describe_cite_gives_the_sentence(void **state)
{
    (void)state;
    Answer a = choice_answer(RIGHT, true);
    char buf[512];
    answer_describe_cite(pack, &a, buf, sizeof buf);
    assert_non_null(strstr(buf, "Teenagers learn better"));
    answer_init(&a, question(Q_CHOICE), NULL);
    answer_describe_cite(pack, &a, buf, sizeof buf);
    assert_string_equal(buf, "(no sentence)");
}

/* ---- the codec ------------------------------------------------------------------------------ */

/* Encodes a and decodes it for question qi; the result must equal a. */
static void round_trip(int qi, const Answer *a, const char *expect_prefix)
{
    char code[ANSWER_CODE_MAX];
    assert_true(answer_encode(a, code, sizeof code));
    if (expect_prefix && strncmp(code, expect_prefix, strlen(expect_prefix)) != 0)
        fail_msg("code \"%s\" does not start with \"%s\"", code, expect_prefix);
    Answer back;
    assert_true(answer_decode(question(qi), code, &back));
    assert_memory_equal(&back, a, sizeof back);
}

static void codec_round_trips_a_cite_pick_with_every_format(void **state)
{
    (void)state;
    for (int qi = 0; qi < Q_EVIDENCE; qi++) {
        const Question *q = question(qi);
        Answer a;
        answer_init(&a, q, NULL);
        switch (q->format) {
        case FORMAT_CHOICE: a.choice = 1; break;
        case FORMAT_MULTI: a.picked = 5u; break;
        case FORMAT_TRUE_FALSE: a.truth = 0; break;
        case FORMAT_ORDER: break; /* the pack order is a full arrangement */
        case FORMAT_TEXT: snprintf(a.text, sizeof a.text, "Ada Lin|s:0:1|"); break;
        default: break;
        }
        assert_true(answer_cite_sentence(&a, pack, 0, 2));
        round_trip(qi, &a, "s:0:2:");
    }
}

/* The longest typed answer and the largest cite pick still fit ANSWER_CODE_MAX. */
static void codec_fits_the_longest_text_with_a_cite_pick(void **state)
{
    (void)state;
    Answer a;
    answer_init(&a, question(Q_TEXT), NULL);
    memset(a.text, 'x', ANSWER_MAX_TEXT - 1);
    a.text[ANSWER_MAX_TEXT - 1] = '\0';
    a.cite_article = 99;
    a.cite_sentence = 999999;
    a.cite_start = 4194303;
    a.cite_end = 4194304;
    char code[ANSWER_CODE_MAX];
    assert_true(answer_encode(&a, code, sizeof code));
}

/* Codes stored before cite items existed decode exactly as before: no cite pick. */
static void old_codes_decode_without_a_cite_pick(void **state)
{
    (void)state;
    Answer a;
    assert_true(answer_decode(question(Q_CHOICE), "c:1", &a));
    assert_int_equal(a.choice, 1);
    assert_int_equal(a.cite_article, -1);
    assert_int_equal(a.cite_sentence, -1);
    assert_true(a.cite_start == 0 && a.cite_end == 0);
    Grade g = answer_grade(question(Q_CHOICE), &a);
    assert_true(g.answer_correct);
    assert_false(g.evidence_correct);
    assert_true(answer_decode(question(Q_TEXT), "x:s:0:1|c:1", &a)); /* typed text, verbatim */
    assert_string_equal(a.text, "s:0:1|c:1");
    assert_int_equal(a.cite_article, -1);
    assert_true(answer_decode(question(Q_CHOICE), "-", &a));
    assert_false(answer_first_part_complete(question(Q_CHOICE), &a));
}

static void codec_keeps_a_cite_pick_without_a_span_and_on_a_skip(void **state)
{
    (void)state;
    Answer a;
    assert_true(answer_decode(question(Q_CHOICE), "s:0:3|c:0", &a));
    assert_int_equal(a.cite_sentence, 3);
    assert_true(a.cite_start == 0 && a.cite_end == 0);
    assert_int_equal(a.choice, 0);
    round_trip(Q_CHOICE, &a, "s:0:3|c:0");
    assert_true(answer_decode(question(Q_CHOICE), "s:0:3|-", &a));
    assert_int_equal(a.choice, -1);
    assert_int_equal(a.cite_sentence, 3);
    /* A question the pack no longer asks to cite keeps the stored pick (nothing is lost). */
    assert_true(answer_decode(question(Q_NO_CITE), "s:0:2|c:1", &a));
    assert_int_equal(a.cite_sentence, 2);
}

static void decode_rejects_damaged_cite_prefixes(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "s:", "s:0:1", "s:0:1|", "s:0|c:1", "s:0:1c:1", "s:0:1:5|c:1", "s:0:1:9:3|c:1",
        "s:0:1:3:3|c:1", "s:00:1|c:1", "s:-1:1|c:1", "s:0:1|s:0:1|c:1", "s:0:1|c:9",
        "s:0:1|x:", "s:0:1| c:1", "S:0:1|c:1", "s:100:1|c:1", "s:0:1000001|c:1", "s:0:1||c:1",
        "s:0:1|e:0:1",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        Answer a;
        if (answer_decode(question(Q_CHOICE), bad[i], &a))
            fail_msg("decoded damaged code \"%s\"", bad[i]);
        assert_int_equal(a.choice, -1);
        assert_int_equal(a.cite_article, -1);
    }
}

/* Changing any byte of a valid cite code never yields an answer that answer_check passes with a
 * pick outside the pack, or a grade out of range. */
static void decode_of_mangled_cite_codes_never_yields_a_bad_answer(void **state)
{
    (void)state;
    Answer a = choice_answer(RIGHT, true);
    char code[ANSWER_CODE_MAX];
    assert_true(answer_encode(&a, code, sizeof code));
    size_t len = strlen(code);
    for (size_t i = 0; i < len; i++) {
        for (int c = 32; c < 127; c++) {
            char m[ANSWER_CODE_MAX];
            memcpy(m, code, len + 1);
            m[i] = (char)c;
            Answer got;
            if (!answer_decode(question(Q_CHOICE), m, &got)) continue;
            if (!answer_check(pack, question(Q_CHOICE), &got)) continue;
            if (got.cite_article >= 0 &&
                ((size_t)got.cite_article >= pack->n_articles ||
                 (size_t)got.cite_sentence >= pack->articles[got.cite_article].n_sentences))
                fail_msg("\"%s\" passed the check with a pick outside the pack", m);
            Grade g = answer_grade(question(Q_CHOICE), &got);
            assert_true(g.points >= 0.0 && g.points <= 2.0);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pack_default_reaches_every_question_that_can_cite),
        cmocka_unit_test(both_parts_right_earn_every_point),
        cmocka_unit_test(right_answer_with_the_wrong_sentence_is_a_guess_worth_half),
        cmocka_unit_test(wrong_answer_with_the_right_sentence_is_a_misreading),
        cmocka_unit_test(both_parts_wrong_earn_nothing),
        cmocka_unit_test(question_share_splits_the_points_and_keeps_partial_credit),
        cmocka_unit_test(the_cite_pick_is_needed_to_be_complete_but_not_for_the_first_part),
        cmocka_unit_test(answer_without_its_cite_pick_earns_the_answer_part),
        cmocka_unit_test(questions_without_a_cite_part_grade_as_before),
        cmocka_unit_test(a_skipped_cite_question_has_no_outcome),
        cmocka_unit_test(cite_pick_outside_the_article_is_refused),
        cmocka_unit_test(check_refuses_a_forged_cite_span),
        cmocka_unit_test(describe_cite_gives_the_sentence),
        cmocka_unit_test(codec_round_trips_a_cite_pick_with_every_format),
        cmocka_unit_test(codec_fits_the_longest_text_with_a_cite_pick),
        cmocka_unit_test(old_codes_decode_without_a_cite_pick),
        cmocka_unit_test(codec_keeps_a_cite_pick_without_a_span_and_on_a_skip),
        cmocka_unit_test(decode_rejects_damaged_cite_prefixes),
        cmocka_unit_test(decode_of_mangled_cite_codes_never_yields_a_bad_answer),
    };
    return cmocka_run_group_tests(tests, load_pack, free_pack);
}
