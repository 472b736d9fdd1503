/* test_answer.c — grading every format (right, wrong, partial), describing answers, and the
 * storage codec (round trips, and refusing damaged strings). Uses tests/fixtures/good/minimal.json,
 * which has one question of every format. */
#include "answer.h"
#include "helpers.h"
#include "pack.h"
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

/* Question indices in minimal.json. */
enum { Q_CHOICE = 0, Q_MULTI = 2, Q_TF = 3, Q_ORDER = 4, Q_TEXT = 5, Q_EVIDENCE = 6 };
/* Event indices: request, vote, start (the correct order). */
enum { EV_REQUEST = 0, EV_VOTE = 1, EV_START = 2 };

static Pack *pack;

static int load_pack(void **state)
{
    (void)state;
    Diagnostics d;
    diag_init(&d, "minimal.json");
    pack = pack_load_file(tu_source_path("tests/fixtures/good/minimal.json"), &d);
    diag_free(&d);
    return pack ? 0 : -1;
}

static int free_pack(void **state)
{
    (void)state;
    pack_free(pack);
    return 0;
}

static const Question *question(int i)
{
    return &pack->questions[i];
}

static void assert_near(double a, double b)
{
    if (fabs(a - b) > 1e-9) fail_msg("%.12f != %.12f", a, b);
}

static Grade grade_choice(int pick)
{
    Answer a;
    answer_init(&a, question(Q_CHOICE), NULL);
    a.choice = pick;
    return answer_grade(question(Q_CHOICE), &a);
}

static Grade grade_multi(uint32_t picked)
{
    Answer a;
    answer_init(&a, question(Q_MULTI), NULL);
    a.picked = picked;
    return answer_grade(question(Q_MULTI), &a);
}

static Grade grade_order(int x, int y, int z)
{
    Answer a;
    answer_init(&a, question(Q_ORDER), (const int[]){x, y, z});
    return answer_grade(question(Q_ORDER), &a);
}

static Grade grade_text(const char *typed)
{
    Answer a;
    answer_init(&a, question(Q_TEXT), NULL);
    snprintf(a.text, sizeof a.text, "%s", typed);
    return answer_grade(question(Q_TEXT), &a);
}

/* A text question made by hand, for the typed-answer rules. */
static Question text_question(const char **accept, size_t n, int typos)
{
    Question q;
    memset(&q, 0, sizeof q);
    q.format = FORMAT_TEXT;
    q.kind = KIND_CLAIM;
    q.points = 1;
    q.person = q.holder = q.event = q.answer = -1;
    q.accept = accept;
    q.n_accept = n;
    q.typos = typos;
    return q;
}

/* A timeline text question asking for `want`, in an article dated `ref`. */
static Question date_question(const char *want, const char *ref, DateOrder order)
{
    static const char *form[1];
    form[0] = want;
    Question q = text_question(form, 1, 0);
    q.kind = KIND_TIMELINE;
    q.date_order = order;
    assert_true(date_parse_full(want, &q.answer_date));
    assert_true(date_parse_full(ref, &q.ref_date));
    return q;
}

static bool typed_right(const Question *q, const char *typed)
{
    Answer a;
    answer_init(&a, q, NULL);
    snprintf(a.text, sizeof a.text, "%s", typed);
    return answer_grade(q, &a).correct;
}

static const char *typed_near_miss(const Question *q, const char *typed)
{
    Answer a;
    answer_init(&a, q, NULL);
    snprintf(a.text, sizeof a.text, "%s", typed);
    return answer_near_miss(q, &a);
}

/* The sentence holding the evidence question's first passage. */
static int evidence_sentence(void)
{
    const Passage *p = &question(Q_EVIDENCE)->evidence[0];
    return pack_sentence_at(&pack->articles[p->article], p->start);
}

static Answer evidence_answer(int sentence)
{
    Answer a;
    answer_init(&a, question(Q_EVIDENCE), NULL);
    assert_true(answer_pick_sentence(&a, pack, 0, sentence));
    return a;
}

/* ---- grading ---------------------------------------------------------------------------- */

static void choice_right_pick_earns_all_the_question_points(void **state)
{
    (void)state;
    Grade g = grade_choice(1);
    assert_true(g.correct);
    assert_near(g.fraction, 1.0);
    assert_near(g.points, 2.0); /* this question is worth 2 */
}

static void choice_wrong_pick_earns_nothing(void **state)
{
    (void)state;
    Grade g = grade_choice(0);
    assert_false(g.correct);
    assert_near(g.points, 0.0);
}

static void choice_without_a_pick_is_incomplete_and_wrong(void **state)
{
    (void)state;
    Answer a;
    answer_init(&a, question(Q_CHOICE), NULL);
    assert_false(answer_is_complete(question(Q_CHOICE), &a));
    assert_false(answer_grade(question(Q_CHOICE), &a).correct);
    assert_near(grade_choice(3).points, 0.0);  /* past the last choice */
    assert_near(grade_choice(-7).points, 0.0);
}

static void multi_exactly_the_right_set_is_correct(void **state)
{
    (void)state;
    Grade g = grade_multi(0x3);
    assert_true(g.correct);
    assert_near(g.points, 1.0);
}

static void multi_half_the_right_picks_earns_half(void **state)
{
    (void)state;
    Grade g = grade_multi(0x1);
    assert_false(g.correct);
    assert_near(g.fraction, 0.5);
    assert_near(g.points, 0.5);
}

static void multi_wrong_pick_cancels_a_right_pick(void **state)
{
    (void)state;
    assert_near(grade_multi(0x1 | 0x4).fraction, 0.0);
    Grade g = grade_multi(0x3 | 0x4); /* both right ones and one wrong: (2 - 1) / 2 */
    assert_false(g.correct);
    assert_near(g.fraction, 0.5);
}

static void multi_ticking_every_box_earns_nothing(void **state)
{
    (void)state;
    assert_near(grade_multi(0xF).fraction, 0.0);
    assert_near(grade_multi(0x4 | 0x8).fraction, 0.0); /* only wrong ones: never negative */
}

static void multi_pick_beyond_the_choices_is_refused(void **state)
{
    (void)state;
    Grade g = grade_multi(0x3 | 0x10);
    assert_false(g.correct);
    assert_near(g.points, 0.0);
    assert_near(grade_multi(0).points, 0.0);
}

static void true_false_is_all_or_nothing(void **state)
{
    (void)state;
    const Question *q = question(Q_TF); /* the statement is false */
    Answer a;
    answer_init(&a, q, NULL);
    assert_false(answer_is_complete(q, &a));
    a.truth = 0;
    assert_true(answer_grade(q, &a).correct);
    a.truth = 1;
    assert_false(answer_grade(q, &a).correct);
    a.truth = 5;
    assert_false(answer_is_complete(q, &a));
}

static void order_in_the_right_order_is_correct(void **state)
{
    (void)state;
    Grade g = grade_order(EV_REQUEST, EV_VOTE, EV_START);
    assert_true(g.correct);
    assert_near(g.points, 1.0);
}

static void order_one_swap_keeps_two_of_three_pairs(void **state)
{
    (void)state;
    Grade g = grade_order(EV_VOTE, EV_REQUEST, EV_START);
    assert_false(g.correct);
    assert_near(g.fraction, 2.0 / 3.0);
    assert_near(grade_order(EV_REQUEST, EV_START, EV_VOTE).fraction, 2.0 / 3.0);
    assert_near(grade_order(EV_START, EV_REQUEST, EV_VOTE).fraction, 1.0 / 3.0);
}

static void order_reversed_earns_nothing(void **state)
{
    (void)state;
    assert_near(grade_order(EV_START, EV_VOTE, EV_REQUEST).fraction, 0.0);
}

static void order_that_is_not_a_permutation_is_incomplete(void **state)
{
    (void)state;
    assert_false(grade_order(EV_REQUEST, EV_REQUEST, EV_START).correct);
    assert_near(grade_order(EV_REQUEST, EV_REQUEST, EV_START).points, 0.0);
    Answer a;
    answer_init(&a, question(Q_ORDER), NULL);
    a.n_order = 2;
    assert_false(answer_is_complete(question(Q_ORDER), &a));
    a.n_order = 3;
    a.order[2] = 999;
    assert_false(answer_is_complete(question(Q_ORDER), &a));
}

static void order_starts_from_the_given_arrangement(void **state)
{
    (void)state;
    Answer a;
    answer_init(&a, question(Q_ORDER), (const int[]){EV_START, EV_REQUEST, EV_VOTE});
    assert_int_equal(a.n_order, 3);
    assert_int_equal(a.order[0], EV_START);
    answer_init(&a, question(Q_ORDER), NULL);
    assert_int_equal(a.order[0], EV_REQUEST); /* NULL: the pack's (correct) order */
}

static void text_matches_any_accepted_form_ignoring_case_and_punctuation(void **state)
{
    (void)state;
    assert_true(grade_text("Ada Lin").correct);
    assert_true(grade_text("  ada   LIN! ").correct);
    assert_true(grade_text("lin.").correct);
    assert_false(grade_text("Ada").correct);
    assert_false(grade_text("Ada Linn").correct);
}

static void text_matches_letters_with_or_without_accents(void **state)
{
    (void)state;
    const char *forms[] = {"Jos\xC3\xA9 Gitcho", "Lech Wa\xC5\x82\xC4\x99sa"};
    Question q = text_question(forms, 2, 0);
    assert_true(typed_right(&q, "Jose Gitcho"));
    assert_true(typed_right(&q, "Jos\xC3\xA9 Gitch\xC3\xB3"));
    assert_true(typed_right(&q, "lech walesa"));
    assert_false(typed_right(&q, "Josh Gitcho"));
}

static void text_matches_every_kind_of_apostrophe_and_hyphen(void **state)
{
    (void)state;
    const char *forms[] = {"Conan O'Brien-Smith"};
    Question q = text_question(forms, 1, 0);
    assert_true(typed_right(&q, "Conan O\xE2\x80\x99" "Brien\xE2\x80\x93Smith"));
    assert_true(typed_right(&q, "conan o\xCA\xBC" "brien\xE2\x80\x90smith"));
    assert_true(typed_right(&q, "Conan OBrien Smith"));
}

static void text_treats_jr_with_or_without_full_stop_as_optional_part_of_a_name(void **state)
{
    (void)state;
    const char *forms[] = {"Martin Luther King Jr."};
    Question q = text_question(forms, 1, 0);
    assert_true(typed_right(&q, "Martin Luther King Jr"));
    assert_true(typed_right(&q, "martin luther king, junior"));
    assert_true(typed_right(&q, "Martin Luther King"));
    assert_false(typed_right(&q, "Martin Luther King Sr."));
    const char *short_forms[] = {"the senior"};
    Question s = text_question(short_forms, 1, 0);
    assert_false(typed_right(&s, "the")); /* a suffix drops only after a first and last name */
}

static void text_forgives_one_slip_in_six_letters_when_the_question_allows_typos(void **state)
{
    (void)state;
    const char *forms[] = {"Glassner", "Obi"};
    Question q = text_question(forms, 2, 1);
    assert_true(typed_right(&q, "Glasner"));   /* deletion */
    assert_true(typed_right(&q, "Glasssner")); /* insertion */
    assert_true(typed_right(&q, "Glassnar"));  /* substitution */
    assert_true(typed_right(&q, "Galssner"));  /* swap */
    assert_false(typed_right(&q, "Galssnar")); /* two slips */
    assert_false(typed_right(&q, "Oby"));      /* fewer than 6 letters: no slip forgiven */
}

static void text_forgives_no_slip_without_typos(void **state)
{
    (void)state;
    const char *forms[] = {"Glassner"};
    Question q = text_question(forms, 1, 0);
    assert_false(typed_right(&q, "Glasner"));
}

static void text_near_miss_says_check_the_spelling(void **state)
{
    (void)state;
    const char *forms[] = {"Glassner", "Obi"};
    Question strict = text_question(forms, 2, 0), lenient = text_question(forms, 2, 1);
    assert_string_equal(typed_near_miss(&strict, "Glasner"), ANSWER_HINT_SPELLING);
    assert_string_equal(typed_near_miss(&lenient, "Galssnar"), ANSWER_HINT_SPELLING);
    assert_null(typed_near_miss(&lenient, "Glasner"));     /* accepted: nothing to say */
    assert_null(typed_near_miss(&strict, "Gitcho"));       /* far off */
    assert_null(typed_near_miss(&strict, "Oby"));          /* too short to call close */
    assert_null(typed_near_miss(question(Q_CHOICE), "x")); /* not a text question */
}

static void text_never_forgives_a_changed_number(void **state)
{
    (void)state;
    const char *forms[] = {"1,300 students"};
    Question q = text_question(forms, 1, 1);
    assert_false(typed_right(&q, "1,200 students"));
    assert_null(typed_near_miss(&q, "1,200 students"));
    assert_true(typed_right(&q, "1,300 studnets"));
}

static void date_question_accepts_every_way_of_writing_the_date(void **state)
{
    (void)state;
    Question q = date_question("2020-03-31", "2020-04-02", DATE_ORDER_MDY);
    const char *ways[] = {"2020-03-31", "3/31/2020", "03/31/2020", "31/03/2020", "31.3.2020",
                          "3/31/20", "March 31, 2020", "31 March 2020", "Mar. 31", "mar 31",
                          "the 31st of March", "Tuesday, March 31", "tues., march 31st, 2020",
                          "on March 31", "31 march", "MARCH 31 2020", "3-31-2020",
                          "31-Mar-2020", "2020/03/31", "Tue 3/31"};
    for (size_t i = 0; i < sizeof ways / sizeof *ways; i++)
        if (!typed_right(&q, ways[i])) fail_msg("\"%s\" was refused", ways[i]);
    const char *wrong[] = {"April 1", "March 30, 2020", "3/30/2020", "March", "2020", "Tuesday",
                           "March 31 or April 1", "February 31"};
    for (size_t i = 0; i < sizeof wrong / sizeof *wrong; i++)
        if (typed_right(&q, wrong[i])) fail_msg("\"%s\" was accepted", wrong[i]);
}

static void date_question_reads_ambiguous_numbers_by_the_pack_date_order(void **state)
{
    (void)state;
    Question us = date_question("2020-04-03", "2020-04-10", DATE_ORDER_MDY);
    Question eu = date_question("2020-04-03", "2020-04-10", DATE_ORDER_DMY);
    assert_true(typed_right(&us, "4/3/2020"));
    assert_false(typed_right(&us, "3/4/2020"));
    assert_true(typed_right(&eu, "3/4/2020"));
    assert_false(typed_right(&eu, "4/3/2020"));
    assert_true(typed_right(&us, "3.4.2020")); /* dots are day-first */
    Question late = date_question("2020-03-31", "2020-04-02", DATE_ORDER_DMY);
    assert_true(typed_right(&late, "3/31/2020")); /* 31 cannot be a month */
}

static void date_question_takes_the_year_only_when_the_article_date_makes_it_certain(void **state)
{
    (void)state;
    /* Nearest to the article date: March 31 read in an April 2020 article is 2020. */
    Question near = date_question("2020-03-31", "2020-04-02", DATE_ORDER_MDY);
    assert_true(typed_right(&near, "March 31"));
    assert_true(typed_right(&near, "3/31"));
    /* A January article about the coming December: "December 20" alone reads as last year's. */
    Question far = date_question("2020-12-20", "2020-01-05", DATE_ORDER_MDY);
    assert_false(typed_right(&far, "December 20"));
    assert_string_equal(typed_near_miss(&far, "December 20"), ANSWER_HINT_YEAR_NEEDED);
    assert_true(typed_right(&far, "December 20, 2020"));
    assert_string_equal(typed_near_miss(&far, "December 20, 2019"), ANSWER_HINT_YEAR_WRONG);
}

static void date_question_refuses_a_weekday_the_date_does_not_fall_on(void **state)
{
    (void)state;
    Question q = date_question("2020-03-31", "2020-04-02", DATE_ORDER_MDY);
    assert_true(typed_right(&q, "Tuesday, March 31"));
    assert_false(typed_right(&q, "Monday, March 31"));
    assert_string_equal(typed_near_miss(&q, "Monday, March 31"), ANSWER_HINT_WEEKDAY);
}

static void bundled_letter_date_question_accepts_numeric_and_ordinal_dates(void **state)
{
    (void)state;
    Diagnostics d;
    diag_init(&d, "sessions-letter.json");
    Pack *p = pack_load_file(tu_source_path("quizzes/sessions-letter.json"), &d);
    diag_free(&d);
    assert_non_null(p);
    int i = pack_find_question(p, "letter-date");
    assert_true(i >= 0);
    const Question *q = &p->questions[i];
    assert_true(typed_right(q, "03/31/2020"));
    assert_true(typed_right(q, "the 31st of March"));
    assert_true(typed_right(q, "March 31"));
    assert_false(typed_right(q, "April 1"));
    assert_false(typed_right(q, "Monday, March 31"));
    pack_free(p);
}

/* The bundled pack `file`'s question `id`, graded on `typed`. */
static bool bundled_right(const char *file, const char *id, const char *typed)
{
    char path[128];
    snprintf(path, sizeof path, "quizzes/%s", file);
    Diagnostics d;
    diag_init(&d, file);
    Pack *p = pack_load_file(tu_source_path(path), &d);
    diag_free(&d);
    assert_non_null(p);
    int i = pack_find_question(p, id);
    assert_true(i >= 0);
    bool right = typed_right(&p->questions[i], typed);
    pack_free(p);
    return right;
}

static void bundled_date_questions_accept_every_way_of_writing_their_dates(void **state)
{
    (void)state;
    assert_true(bundled_right("practice-river-bridge.json", "vote-date", "10/14/2024"));
    assert_true(bundled_right("practice-river-bridge.json", "vote-date", "the 14th of october"));
    assert_false(bundled_right("practice-river-bridge.json", "vote-date", "Tuesday, Oct. 14"));
    assert_true(bundled_right("practice-phone-ban.json", "debate-date", "2/11/25"));
    assert_true(bundled_right("practice-phone-ban.json", "debate-date", "11.2.2025"));
    assert_false(bundled_right("practice-phone-ban.json", "debate-date", "February 12"));
}

static void pack_typos_and_date_order_reach_the_grading(void **state)
{
    (void)state;
    Diagnostics d;
    diag_init(&d, "typed-answers.json");
    Pack *p = pack_load_file(tu_source_path("tests/fixtures/good/typed-answers.json"), &d);
    diag_free(&d);
    assert_non_null(p);
    assert_int_equal(p->date_order, DATE_ORDER_DMY);
    const Question *date = &p->questions[pack_find_question(p, "reopen-date")];
    assert_true(typed_right(date, "3/4/2025"));  /* day first, as the pack says */
    assert_false(typed_right(date, "4/3/2025"));
    assert_true(typed_right(date, "April 3"));   /* a week before the 10 April date line */
    assert_true(typed_right(date, "Thursday 3rd April"));
    const Question *name = &p->questions[pack_find_question(p, "who-engineer")];
    assert_int_equal(name->typos, 1);
    assert_true(typed_right(name, "Zoe Gonzalez-O'Neill"));
    assert_true(typed_right(name, "Gonzales O'Neill"));    /* one slip forgiven */
    assert_false(typed_right(name, "Gonzales O'Neil"));    /* two are not */
    assert_string_equal(typed_near_miss(name, "Gonzales O'Neil"), ANSWER_HINT_SPELLING);
    pack_free(p);
}

static void event_question_with_word_answers_does_not_take_the_event_date(void **state)
{
    (void)state;
    Diagnostics d;
    diag_init(&d, "typed-answers.json");
    Pack *p = pack_load_file(tu_source_path("tests/fixtures/good/typed-answers.json"), &d);
    diag_free(&d);
    assert_non_null(p);
    const Question *q = &p->questions[pack_find_question(p, "what-reopened")];
    assert_false(date_is_set(q->answer_date));
    assert_false(typed_right(q, "3 April 2025"));
    assert_true(typed_right(q, "The bridge"));
    pack_free(p);
}

static void text_of_only_spaces_and_punctuation_is_incomplete(void **state)
{
    (void)state;
    Answer a;
    answer_init(&a, question(Q_TEXT), NULL);
    assert_false(answer_is_complete(question(Q_TEXT), &a));
    strcpy(a.text, " ?! ");
    assert_false(answer_is_complete(question(Q_TEXT), &a));
    assert_false(grade_text("").correct);
}

static void evidence_sentence_overlapping_a_passage_is_right(void **state)
{
    (void)state;
    int s = evidence_sentence();
    assert_true(s >= 0);
    Answer a = evidence_answer(s);
    assert_true(answer_is_complete(question(Q_EVIDENCE), &a));
    assert_true(answer_grade(question(Q_EVIDENCE), &a).correct);
    assert_true(pack_sentence_is_evidence(question(Q_EVIDENCE), 0, (size_t)s, &pack->articles[0]));
}

static void evidence_other_sentence_is_wrong(void **state)
{
    (void)state;
    int s = evidence_sentence();
    Answer a = evidence_answer(s + 1);
    Grade g = answer_grade(question(Q_EVIDENCE), &a);
    assert_false(g.correct);
    assert_near(g.points, 0.0);
}

static void evidence_pick_outside_the_article_is_refused(void **state)
{
    (void)state;
    Answer a;
    answer_init(&a, question(Q_EVIDENCE), NULL);
    assert_false(answer_pick_sentence(&a, pack, 0, 9999));
    assert_false(answer_pick_sentence(&a, pack, 3, 0));
    assert_false(answer_pick_sentence(&a, pack, -1, 0));
    assert_int_equal(a.sentence, -1);
    /* Indices set by hand, without the span: complete (the session fills in the span), but
     * answer_grade alone cannot find the sentence, so it never counts it right. */
    a.article = 0;
    a.sentence = evidence_sentence();
    assert_true(answer_is_complete(question(Q_EVIDENCE), &a));
    assert_true(answer_check(pack, question(Q_EVIDENCE), &a));
    assert_false(answer_grade(question(Q_EVIDENCE), &a).correct);
    a.sentence = 9999;
    assert_false(answer_check(pack, question(Q_EVIDENCE), &a));
}

static void answer_of_another_format_is_wrong(void **state)
{
    (void)state;
    Answer a;
    answer_init(&a, question(Q_TF), NULL);
    a.truth = 1;
    a.choice = 1;
    assert_false(answer_is_complete(question(Q_CHOICE), &a));
    assert_false(answer_grade(question(Q_CHOICE), &a).correct);
}

/* ---- describing --------------------------------------------------------------------------- */

static void describe_gives_the_answer_as_people_read_it(void **state)
{
    (void)state;
    char buf[256];
    Answer a;
    answer_init(&a, question(Q_CHOICE), NULL);
    a.choice = 1;
    answer_describe(pack, question(Q_CHOICE), &a, buf, sizeof buf);
    assert_string_equal(buf, "B. Mara Quint");
    answer_init(&a, question(Q_MULTI), NULL);
    a.picked = 0x5;
    answer_describe(pack, question(Q_MULTI), &a, buf, sizeof buf);
    assert_string_equal(buf, "A. Two new bus routes would be needed; C. Students would miss "
                             "sports practice");
    answer_init(&a, question(Q_TF), NULL);
    a.truth = 1;
    answer_describe(pack, question(Q_TF), &a, buf, sizeof buf);
    assert_string_equal(buf, "True"); /* as the buttons say it */
    /* events by their text, as the terminal mode lists them, never by their ids */
    answer_init(&a, question(Q_ORDER), (const int[]){EV_VOTE, EV_REQUEST, EV_START});
    answer_describe(pack, question(Q_ORDER), &a, buf, sizeof buf);
    assert_string_equal(buf, "1. The board votes for the later start; 2. Parents ask the board to "
                             "study a later start; 3. Classes begin at 8:15 a.m.");
    answer_init(&a, question(Q_ORDER), (const int[]){EV_START, EV_VOTE, EV_REQUEST});
    answer_describe(pack, question(Q_ORDER), &a, buf, sizeof buf);
    assert_string_equal(buf, "1. Classes begin at 8:15 a.m. 2. The board votes for the later "
                             "start; 3. Parents ask the board to study a later start");
}

/* Issue 11.8: choices that end a sentence are not followed by "; " ("what to do.; C."). */
static void describe_separates_sentences_without_a_semicolon(void **state)
{
    (void)state;
    Diagnostics d;
    diag_init(&d, "sessions-letter.json");
    Pack *p = pack_load_file(tu_source_path("quizzes/sessions-letter.json"), &d);
    assert_non_null(p);
    int qi = pack_find_question(p, "gitcho-statements");
    assert_true(qi >= 0);
    const Question *q = &p->questions[qi];
    Answer a;
    answer_init(&a, q, NULL);
    a.picked = 0x5;
    char buf[512];
    answer_describe(p, q, &a, buf, sizeof buf);
    assert_string_equal(buf, "A. Alabamans don\xE2\x80\x99t like to be told what to do. "
                             "C. Sessions is one of the most fervent supporters of Trump and his agenda.");
    assert_null(strstr(buf, ".;"));
    pack_free(p);
    diag_free(&d);
}

static void describe_shows_typed_text_and_picked_sentence(void **state)
{
    (void)state;
    char buf[512];
    Answer a;
    answer_init(&a, question(Q_TEXT), NULL);
    strcpy(a.text, "ada lin");
    answer_describe(pack, question(Q_TEXT), &a, buf, sizeof buf);
    assert_string_equal(buf, "ada lin");
    a = evidence_answer(evidence_sentence());
    answer_describe(pack, question(Q_EVIDENCE), &a, buf, sizeof buf);
    assert_non_null(strstr(buf, "beginning in September."));
    assert_true(strncmp(buf, "The Greenfield school board", 27) == 0);
}

static void describe_of_nothing_says_no_answer(void **state)
{
    (void)state;
    char buf[64];
    Answer a;
    answer_init(&a, question(Q_CHOICE), NULL);
    answer_describe(pack, question(Q_CHOICE), &a, buf, sizeof buf);
    assert_string_equal(buf, "(no answer)");
}

static void describe_correct_gives_the_key(void **state)
{
    (void)state;
    char buf[256];
    answer_describe_correct(pack, question(Q_CHOICE), buf, sizeof buf);
    assert_string_equal(buf, "B. Mara Quint");
    answer_describe_correct(pack, question(Q_MULTI), buf, sizeof buf);
    assert_string_equal(buf, "A. Two new bus routes would be needed; B. It could cost about "
                             "$90,000 a year");
    answer_describe_correct(pack, question(Q_TF), buf, sizeof buf);
    assert_string_equal(buf, "False");
    answer_describe_correct(pack, question(Q_ORDER), buf, sizeof buf);
    assert_string_equal(buf, "1. Parents ask the board to study a later start; 2. The board votes "
                             "for the later start; 3. Classes begin at 8:15 a.m.");
    answer_describe_correct(pack, question(Q_TEXT), buf, sizeof buf);
    assert_string_equal(buf, "Ada Lin");
    answer_describe_correct(pack, question(Q_EVIDENCE), buf, sizeof buf);
    assert_string_equal(buf, "beginning in September");
}

static void describe_truncates_on_a_character_boundary(void **state)
{
    (void)state;
    Answer a;
    answer_init(&a, question(Q_TEXT), NULL);
    strcpy(a.text, "ab\xC3\xA9\xC3\xA9"); /* "abéé" */
    char buf[5];                           /* room for "ab", one é (2 bytes) and the NUL */
    answer_describe(pack, question(Q_TEXT), &a, buf, sizeof buf);
    assert_string_equal(buf, "ab\xC3\xA9");
    char tiny[4];
    answer_describe(pack, question(Q_TEXT), &a, tiny, sizeof tiny);
    assert_string_equal(tiny, "ab"); /* never half an é */
}

static void letters_name_choices_from_a(void **state)
{
    (void)state;
    assert_int_equal(answer_letter(0), 'A');
    assert_int_equal(answer_letter(7), 'H');
    assert_int_equal(answer_letter(-1), '?');
    assert_int_equal(answer_letter(26), '?');
}

/* ---- the codec --------------------------------------------------------------------------- */

static void assert_round_trip(int qi, const Answer *a, const char *expected)
{
    char code[ANSWER_CODE_MAX];
    assert_true(answer_encode(a, code, sizeof code));
    if (expected) assert_string_equal(code, expected);
    Answer back;
    assert_true(answer_decode(question(qi), code, &back));
    Grade g1 = answer_grade(question(qi), a), g2 = answer_grade(question(qi), &back);
    assert_int_equal(g1.correct, g2.correct);
    assert_near(g1.points, g2.points);
    char d1[512], d2[512];
    answer_describe(pack, question(qi), a, d1, sizeof d1);
    answer_describe(pack, question(qi), &back, d2, sizeof d2);
    assert_string_equal(d1, d2);
    assert_true(answer_check(pack, question(qi), &back));
}

static void codec_round_trips_every_format(void **state)
{
    (void)state;
    Answer a;
    answer_init(&a, question(Q_CHOICE), NULL);
    a.choice = 2;
    assert_round_trip(Q_CHOICE, &a, "c:2");
    answer_init(&a, question(Q_MULTI), NULL);
    a.picked = 0x9;
    assert_round_trip(Q_MULTI, &a, "m:0,3");
    answer_init(&a, question(Q_TF), NULL);
    a.truth = 0;
    assert_round_trip(Q_TF, &a, "t:0");
    answer_init(&a, question(Q_ORDER), (const int[]){EV_START, EV_REQUEST, EV_VOTE});
    assert_round_trip(Q_ORDER, &a, "o:2,0,1");
    answer_init(&a, question(Q_TEXT), NULL);
    strcpy(a.text, "Ada \xE2\x80\x9CLin\xE2\x80\x9D: yes, x:1");
    assert_round_trip(Q_TEXT, &a, "x:Ada \xE2\x80\x9CLin\xE2\x80\x9D: yes, x:1");
    a = evidence_answer(evidence_sentence());
    assert_round_trip(Q_EVIDENCE, &a, NULL);
    answer_init(&a, question(Q_EVIDENCE), NULL);
    a.article = 0;
    a.sentence = 3; /* no span recorded */
    assert_round_trip(Q_EVIDENCE, &a, "e:0:3");
}

static void codec_keeps_a_skip_as_a_dash(void **state)
{
    (void)state;
    for (int qi = 0; qi < (int)pack->n_questions; qi++) {
        Answer a, back;
        answer_init(&a, question(qi), NULL);
        a.n_order = 0;
        char code[ANSWER_CODE_MAX];
        assert_true(answer_encode(&a, code, sizeof code));
        assert_string_equal(code, "-");
        assert_true(answer_decode(question(qi), code, &back));
        assert_false(answer_is_complete(question(qi), &back));
    }
}

static void codec_refuses_a_buffer_too_small(void **state)
{
    (void)state;
    Answer a;
    answer_init(&a, question(Q_TEXT), NULL);
    strcpy(a.text, "Ada Lin");
    char code[6];
    assert_false(answer_encode(&a, code, sizeof code));
    assert_string_equal(code, "");
}

static void decode_rejects_damaged_strings(void **state)
{
    (void)state;
    static const struct { int q; const char *code; } bad[] = {
        {Q_CHOICE, ""}, {Q_CHOICE, "c"}, {Q_CHOICE, "c:"}, {Q_CHOICE, "c:3"}, {Q_CHOICE, "c:-1"},
        {Q_CHOICE, "c:01"}, {Q_CHOICE, "c:1x"}, {Q_CHOICE, "c:1,2"}, {Q_CHOICE, "m:1"},
        {Q_CHOICE, "c: 1"}, {Q_CHOICE, "c:99999999999999999999"}, {Q_CHOICE, "--"},
        {Q_MULTI, "m:"}, {Q_MULTI, "m:0,0"}, {Q_MULTI, "m:4"}, {Q_MULTI, "m:0,"},
        {Q_MULTI, "m:,1"}, {Q_MULTI, "m:0,1,2,3,0"},
        {Q_TF, "t:2"}, {Q_TF, "t:"}, {Q_TF, "t:true"},
        {Q_ORDER, "o:0,1"}, {Q_ORDER, "o:0,0,1"}, {Q_ORDER, "o:0,1,5"}, {Q_ORDER, "o:0,1,2,0"},
        {Q_ORDER, "o:"}, {Q_ORDER, "o:2;1;0"},
        {Q_TEXT, "x:"}, {Q_TEXT, "x:..."}, {Q_TEXT, "x:\xff\xfe"}, {Q_TEXT, "x:\xC3"},
        {Q_TEXT, "c:1"},
        {Q_EVIDENCE, "e:0:1:5"}, {Q_EVIDENCE, "e:9:0:0:1"}, {Q_EVIDENCE, "e:0:0:5:5"},
        {Q_EVIDENCE, "e:0:0:9:5"}, {Q_EVIDENCE, "e:0:0:0:1:"}, {Q_EVIDENCE, "e:a:b:c:d"},
        {Q_EVIDENCE, "e:0:0:0:999999999999"}, {Q_EVIDENCE, "e:0"}, {Q_EVIDENCE, "e:0:"},
        {Q_EVIDENCE, "e:0:0:"}, {Q_EVIDENCE, "e:0:0:1"}, {Q_EVIDENCE, "e:-1:0"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        Answer a;
        if (answer_decode(question(bad[i].q), bad[i].code, &a))
            fail_msg("accepted damaged answer_data \"%s\"", bad[i].code);
        assert_false(answer_is_complete(question(bad[i].q), &a)); /* left empty */
    }
    Answer a;
    assert_false(answer_decode(question(Q_CHOICE), NULL, &a));
}

static void decode_rejects_text_longer_than_an_answer_holds(void **state)
{
    (void)state;
    char code[ANSWER_MAX_TEXT + 8];
    memset(code, 'a', sizeof code - 1);
    code[0] = 'x';
    code[1] = ':';
    code[sizeof code - 1] = '\0';
    Answer a;
    assert_false(answer_decode(question(Q_TEXT), code, &a));
}

static void decode_of_random_bytes_never_yields_a_bad_answer(void **state)
{
    (void)state;
    static const char alphabet[] = "cmtoxe:-,0123456789\xC3\xA9\xff";
    unsigned seed = 12345;
    for (int round = 0; round < 20000; round++) {
        char code[16];
        size_t n = (size_t)(round % 15);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            code[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        code[n] = '\0';
        const Question *q = question(round % (int)pack->n_questions);
        Answer a;
        if (answer_decode(q, code, &a) && strcmp(code, "-") != 0) {
            assert_true(answer_is_complete(q, &a));
            answer_grade(q, &a);
        }
    }
}

static void check_refuses_a_forged_evidence_span(void **state)
{
    (void)state;
    Answer a;
    /* A stored span claiming sentence 1 covers the evidence passage of sentence 0. */
    const Passage *p = &question(Q_EVIDENCE)->evidence[0];
    char code[64];
    snprintf(code, sizeof code, "e:0:1:%zu:%zu", p->start, p->end);
    assert_true(answer_decode(question(Q_EVIDENCE), code, &a));
    assert_false(answer_check(pack, question(Q_EVIDENCE), &a));
    a = evidence_answer(1);
    assert_true(answer_check(pack, question(Q_EVIDENCE), &a));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(choice_right_pick_earns_all_the_question_points),
        cmocka_unit_test(choice_wrong_pick_earns_nothing),
        cmocka_unit_test(choice_without_a_pick_is_incomplete_and_wrong),
        cmocka_unit_test(multi_exactly_the_right_set_is_correct),
        cmocka_unit_test(multi_half_the_right_picks_earns_half),
        cmocka_unit_test(multi_wrong_pick_cancels_a_right_pick),
        cmocka_unit_test(multi_ticking_every_box_earns_nothing),
        cmocka_unit_test(multi_pick_beyond_the_choices_is_refused),
        cmocka_unit_test(true_false_is_all_or_nothing),
        cmocka_unit_test(order_in_the_right_order_is_correct),
        cmocka_unit_test(order_one_swap_keeps_two_of_three_pairs),
        cmocka_unit_test(order_reversed_earns_nothing),
        cmocka_unit_test(order_that_is_not_a_permutation_is_incomplete),
        cmocka_unit_test(order_starts_from_the_given_arrangement),
        cmocka_unit_test(text_matches_any_accepted_form_ignoring_case_and_punctuation),
        cmocka_unit_test(text_of_only_spaces_and_punctuation_is_incomplete),
        cmocka_unit_test(text_matches_letters_with_or_without_accents),
        cmocka_unit_test(text_matches_every_kind_of_apostrophe_and_hyphen),
        cmocka_unit_test(text_treats_jr_with_or_without_full_stop_as_optional_part_of_a_name),
        cmocka_unit_test(text_forgives_one_slip_in_six_letters_when_the_question_allows_typos),
        cmocka_unit_test(text_forgives_no_slip_without_typos),
        cmocka_unit_test(text_near_miss_says_check_the_spelling),
        cmocka_unit_test(text_never_forgives_a_changed_number),
        cmocka_unit_test(date_question_accepts_every_way_of_writing_the_date),
        cmocka_unit_test(date_question_reads_ambiguous_numbers_by_the_pack_date_order),
        cmocka_unit_test(date_question_takes_the_year_only_when_the_article_date_makes_it_certain),
        cmocka_unit_test(date_question_refuses_a_weekday_the_date_does_not_fall_on),
        cmocka_unit_test(bundled_letter_date_question_accepts_numeric_and_ordinal_dates),
        cmocka_unit_test(bundled_date_questions_accept_every_way_of_writing_their_dates),
        cmocka_unit_test(pack_typos_and_date_order_reach_the_grading),
        cmocka_unit_test(event_question_with_word_answers_does_not_take_the_event_date),
        cmocka_unit_test(evidence_sentence_overlapping_a_passage_is_right),
        cmocka_unit_test(evidence_other_sentence_is_wrong),
        cmocka_unit_test(evidence_pick_outside_the_article_is_refused),
        cmocka_unit_test(answer_of_another_format_is_wrong),
        cmocka_unit_test(describe_gives_the_answer_as_people_read_it),
        cmocka_unit_test(describe_separates_sentences_without_a_semicolon),
        cmocka_unit_test(describe_shows_typed_text_and_picked_sentence),
        cmocka_unit_test(describe_of_nothing_says_no_answer),
        cmocka_unit_test(describe_correct_gives_the_key),
        cmocka_unit_test(describe_truncates_on_a_character_boundary),
        cmocka_unit_test(letters_name_choices_from_a),
        cmocka_unit_test(codec_round_trips_every_format),
        cmocka_unit_test(codec_keeps_a_skip_as_a_dash),
        cmocka_unit_test(codec_refuses_a_buffer_too_small),
        cmocka_unit_test(decode_rejects_damaged_strings),
        cmocka_unit_test(decode_rejects_text_longer_than_an_answer_holds),
        cmocka_unit_test(decode_of_random_bytes_never_yields_a_bad_answer),
        cmocka_unit_test(check_refuses_a_forged_evidence_span),
    };
    return cmocka_run_group_tests(tests, load_pack, free_pack);
}
