/* test_annotate.c — `byline annotate`'s analysis: quotations and speakers, dates, people and roles,
 * claims, byte offsets, JSON, and hostile input. Fixtures are fictional articles written for these
 * tests (tests/fixtures/articles/); one test reads the real article in ../shared/articles/ and is
 * skipped, saying so, when that folder is not beside the source tree. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "annotate.h"
#include "annotate_internal.h"
#include "helpers.h"
#include "text.h"

#define SHARED_ARTICLE "../shared/articles/2020-04-02-sessions-letter.txt"

typedef struct Loaded {
    char *text;
    size_t len;
    Annotation *a;
} Loaded;

static Loaded load_text(const char *text, size_t len, const char *date)
{
    Loaded l = {NULL, len, NULL};
    char err[200] = "";
    l.text = malloc(len + 1);
    assert_non_null(l.text);
    memcpy(l.text, text, len);
    l.text[len] = '\0';
    l.a = annotate_text(l.text, len, date, err, sizeof err);
    if (!l.a) fail_msg("annotate_text failed: %s", err);
    return l;
}

static Loaded load(const char *rel, const char *date)
{
    size_t len = 0;
    char *text = tu_read_file(tu_source_path(rel), &len);
    if (!text) fail_msg("cannot read fixture %s", rel);
    Loaded l = load_text(text, len, date);
    free(text);
    return l;
}

static void unload(Loaded *l)
{
    annotation_free(l->a);
    free(l->text);
}

/* The bytes of span s must be exactly `expected`. */
static void assert_span(const Loaded *l, AnnSpan s, const char *expected)
{
    assert_true(s.start <= s.end && s.end <= l->len);
    size_t n = strlen(expected);
    if (s.end - s.start != n || memcmp(l->text + s.start, expected, n) != 0)
        fail_msg("bytes [%zu, %zu) are '%.*s', expected '%s'", s.start, s.end,
                 (int)(s.end - s.start), l->text + s.start, expected);
}

static const AnnQuote *quote_with(const Annotation *a, const char *needle)
{
    for (size_t i = 0; i < a->n_quotes; i++)
        if (strstr(a->quotes[i].text, needle)) return &a->quotes[i];
    fail_msg("no quotation contains '%s'", needle);
    return NULL;
}

static const char *speaker_of(const Annotation *a, const char *needle)
{
    const char *name = annotation_person_name(a, quote_with(a, needle)->speaker);
    return name ? name : "(nobody)";
}

static void assert_date(const Annotation *a, const char *text, const char *value)
{
    for (size_t i = 0; i < a->n_dates; i++) {
        if (strcmp(a->dates[i].text, text) != 0) continue;
        char buf[11];
        date_format(a->dates[i].value, buf);
        if (strcmp(buf, value) != 0) fail_msg("'%s' is %s, expected %s", text, buf, value);
        return;
    }
    fail_msg("no date expression '%s'", text);
}

static const AnnPerson *person(const Annotation *a, const char *name)
{
    for (size_t i = 0; i < a->n_people; i++)
        if (strcmp(a->people[i].name, name) == 0) return &a->people[i];
    fail_msg("no person '%s'", name);
    return NULL;
}

static void assert_role(const Annotation *a, const char *name, const char *role)
{
    const AnnPerson *p = person(a, name);
    if (!role) {
        assert_null(p->role);
        return;
    }
    assert_non_null(p->role);
    assert_string_equal(p->role, role);
}

static const AnnClaim *claim_with(const Annotation *a, const char *needle)
{
    for (size_t i = 0; i < a->n_claims; i++)
        if (strstr(a->claims[i].text, needle)) return &a->claims[i];
    fail_msg("no claim contains '%s'", needle);
    return NULL;
}

/* ---- lexicon ---- */

static void word_lists_are_sorted_for_binary_search(void **state)
{
    (void)state;
    assert_true(lex_tables_sorted());
}

/* ---- quotations ---- */

static void quotes_split_around_said_are_one_quote(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    const AnnQuote *q = quote_with(l.a, "Boats are touching bottom");
    assert_int_equal(q->n_parts, 2);
    assert_span(&l, q->parts[0], "Boats are touching bottom at low tide,");
    assert_span(&l, q->parts[1], "We can't keep waiting for a storm to do the dredging for us.");
    assert_string_equal(q->text, "Boats are touching bottom at low tide, We can't keep waiting for "
                                 "a storm to do the dredging for us.");
    assert_string_equal(speaker_of(l.a, "Boats are"), "Dana Whitcombe");
    assert_string_equal(q->cue, "Whitcombe said");
    assert_span(&l, q->cue_span, "Whitcombe said");
    unload(&l);
}

static void surname_cue_gives_the_full_name_as_first_introduced(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/library-budget.txt", NULL);
    assert_string_equal(speaker_of(l.a, "already closed branches"), "Maria Alvarez");
    assert_string_equal(quote_with(l.a, "already closed branches")->cue, "Alvarez told");
    unload(&l);
}

static void quotation_over_several_paragraphs_is_one_quote_in_parts(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    const AnnQuote *q = quote_with(l.a, "I've heard from fishermen");
    assert_int_equal(q->n_parts, 3); /* before "Abernathy said", after it, next paragraph */
    assert_span(&l, q->parts[2], "We should at least phase it in over two years,");
    assert_non_null(strstr(q->text, "I believe him.\n\nWe should"));
    assert_string_equal(speaker_of(l.a, "phase it in"), "Leon Abernathy");
    assert_int_equal(q->via, ANN_VIA_CUE);
    unload(&l);
}

static void nested_quotes_belong_to_the_outer_quote(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    for (size_t i = 0; i < l.a->n_quotes; i++) { /* no quotation of their own */
        assert_false(strncmp(l.a->quotes[i].text, "This town", 9) == 0);
        assert_false(strncmp(l.a->quotes[i].text, "just say no", 11) == 0);
    }
    assert_non_null(strstr(quote_with(l.a, "I've heard")->text, "'This town is pricing out"));
    const AnnQuote *q = quote_with(l.a, "It is a hard decision");
    assert_non_null(strstr(q->text, "\"just say no,\""));
    assert_string_equal(speaker_of(l.a, "hard decision"), "Ruth Okafor");
    assert_string_equal(q->cue, "said Commission Chair Ruth Okafor"); /* inverted cue */
    assert_int_equal(q->n_parts, 2);
    unload(&l);
}

static void partial_quotes_take_the_speaker_of_their_sentence(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    const AnnQuote *q = quote_with(l.a, "asking the smallest boats");
    assert_string_equal(speaker_of(l.a, "asking the smallest boats"), "Leon Abernathy");
    assert_span(&l, q->span, "asking the smallest boats to pay for the biggest problem.");
    unload(&l);
    l = load("tests/fixtures/articles/library-budget.txt", NULL);
    assert_string_equal(speaker_of(l.a, "respects the senator"), "Nora Feld");
    assert_string_equal(speaker_of(l.a, "has to balance"), "Nora Feld");
    assert_string_equal(speaker_of(l.a, "will not survive"), "Maria Alvarez");
    unload(&l);
}

static void he_and_she_go_to_the_latest_person_of_that_gender(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    assert_string_equal(speaker_of(l.a, "We did not rush this"), "Ruth Okafor");
    assert_string_equal(claim_with(l.a, "fees had already risen")->holder_text, "Leon Abernathy");
    unload(&l);
    /* Two women: "She" is the one named last (Nora Feld), not Sen. Maria Alvarez. */
    l = load("tests/fixtures/articles/library-budget.txt", NULL);
    assert_string_equal(claim_with(l.a, "protects rural branches")->holder_text, "Nora Feld");
    assert_string_equal(speaker_of(l.a, "stuck with me"), "Thomas Reyes");
    unload(&l);
}

static void paragraph_that_is_only_a_quote_continues_the_previous_speaker(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    const AnnQuote *q = quote_with(l.a, "Nobody likes paying more.");
    assert_string_equal(speaker_of(l.a, "Nobody likes"), "Ruth Okafor");
    assert_int_equal(q->via, ANN_VIA_CONTINUED);
    assert_null(q->cue);
    unload(&l);
}

static void colon_after_a_name_introduces_the_speaker(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/library-budget.txt", NULL);
    const AnnQuote *q = quote_with(l.a, "The shelves are already half empty.");
    assert_string_equal(speaker_of(l.a, "shelves"), "Thomas Reyes");
    assert_string_equal(q->cue, "Thomas Reyes put it bluntly:");
    /* opened with a curly mark, closed with a straight one */
    assert_span(&l, q->span, "The shelves are already half empty.");
    unload(&l);
}

/* Patterns of real reporting, in short texts written for this test. */
static void confidence_says_how_the_speaker_was_found(void **state)
{
    (void)state;
    static const char TEXT[] =
        "Morton Quillfeather, the veteran organiser who founded the tenants' group, endorsed the "
        "plan on Friday.\n\n"
        "\xE2\x80\x9CWe have waited long enough,\xE2\x80\x9D Quillfeather wrote.\n\n"
        "Governor Tom Reyes met Mayor Dan Ortiz on Monday. \xE2\x80\x9CIt is done,\xE2\x80\x9D "
        "he said.\n\n"
        "The council thanked Mayor Ortiz, saying \xE2\x80\x9Cthe work is only starting.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe will pay for it,\xE2\x80\x9D said Reyes's budget director, Ann Polk.\n\n"
        "Ortiz spoke for an hour, adding \xE2\x80\x9Cnobody should be surprised.\xE2\x80\x9D\n";
    Loaded l = load_text(TEXT, sizeof TEXT - 1, "2024-05-06");
    /* an unlisted given name: the surname speaks elsewhere, so the full name is a person */
    const AnnQuote *q = quote_with(l.a, "We have waited long enough,");
    assert_string_equal(annotation_person_name(l.a, q->speaker), "Morton Quillfeather");
    assert_int_equal(q->reason, ANN_REASON_NAME);
    assert_int_equal(q->confidence, ANN_CONF_HIGH);
    /* two men in play: "he" is a guess */
    q = quote_with(l.a, "It is done,");
    assert_int_equal(q->reason, ANN_REASON_GUESS);
    assert_int_equal(q->confidence, ANN_CONF_LOW);
    /* the name before ", saying" is the object of "thanked" */
    q = quote_with(l.a, "the work is only starting.");
    assert_int_equal(q->confidence, ANN_CONF_LOW);
    /* "said Reyes's budget director, Ann Polk": Reyes is a modifier */
    q = quote_with(l.a, "We will pay for it,");
    assert_string_equal(annotation_person_name(l.a, q->speaker), "Ann Polk");
    assert_int_equal(q->confidence, ANN_CONF_HIGH);
    /* the sentence's only person, at its start */
    q = quote_with(l.a, "nobody should be surprised.");
    assert_string_equal(annotation_person_name(l.a, q->speaker), "Dan Ortiz");
    assert_int_equal(q->reason, ANN_REASON_PARTICIPLE);
    assert_int_equal(q->confidence, ANN_CONF_MEDIUM);
    /* JSON: a low-confidence speaker is a "guess", never a "speaker" */
    char *json = annotation_to_json(l.a, false);
    assert_non_null(json);
    assert_non_null(strstr(json, "\"text\":\"It is done,\",\"speaker\":null,\"guess\":\"Dan Ortiz\""));
    assert_non_null(strstr(json, "\"reason\":\"guess\",\"confidence\":\"low\""));
    free(json);
    unload(&l);
}

static void speakers_of_wire_copy_and_campaign_reporting_are_found(void **state)
{
    (void)state;
    static const char TEXT[] =
        "Democrat Zephyr Quint is running for the open seat.\n\n"
        "\"This is very serious,\" Quint says in the ad.\n\n"
        "\"We are treating it as one long election day,\" said Rubio's deputy campaign manager, "
        "Rich Beeson, who ran the ground game.\n\n"
        "Donald Trump spoke in Ohio. \"Find the missing emails.\" Trump said.\n\n"
        "Later on Sunday, Ben Carson posted a syllabus on his page, writing \"Here is the class "
        "you claim never existed.\"\n\n"
        "\"He opted for a takedown,\" Brendan Buck, a spokesman for House Speaker Paul Ryan, "
        "said.\n\n"
        "Sitting down for \"The Dana Whitlow Hour\" on Friday, the senator spoke about taxes.\n\n"
        "\"Would you raise them?\" Whitlow asked.\n\n"
        "When Whitlow pressed again, the senator declined. Officials said \"the matter is closed.\"\n\n"
        "After Mayor Jerry Brown criticized Bill Clinton during a debate, Hillary Clinton shot "
        "back, \"I could have stayed home.\"\n\n"
        "Governor Ann Marsh attacked Senator Tom Reyes: \"He has no plan.\"\n\n"
        "\"We stand by our reporting,\" the Daily Ledger said.\n\n"
        "Mayor Helen Tarrant said the town would hold a \"Shop the Falls\" weekend, and that she "
        "enjoys \"Parks and Recreation.\"\n\n"
        "Speaking on Fox News Channel's \"Hannity,\" Newt Gingrich said he was ready.\n\n"
        "Chelsea Vance, 35, the daughter of former Governor Bill Vance, said on Monday, \"We are "
        "thrilled.\"\n";
    Loaded l = load_text(TEXT, sizeof TEXT - 1, "2016-02-01");
    /* a party label is not part of the name */
    assert_string_equal(speaker_of(l.a, "very serious"), "Zephyr Quint");
    /* a possessive after "said" is a modifier; the name after the role speaks */
    assert_string_equal(speaker_of(l.a, "one long election day"), "Rich Beeson");
    /* a closed quotation followed by a sentence that is only its attribution */
    assert_string_equal(speaker_of(l.a, "missing emails"), "Donald Trump");
    /* the subject of the sentence, after a lead-in, speaks through "writing" */
    const AnnQuote *q = quote_with(l.a, "Here is the class");
    assert_string_equal(annotation_person_name(l.a, q->speaker), "Ben Carson");
    assert_int_equal(q->confidence, ANN_CONF_MEDIUM);
    /* a name inside the appositive is not the subject */
    assert_string_equal(speaker_of(l.a, "opted for a takedown"), "Brendan Buck");
    /* a one-word name that speaks and is capitalised mid-sentence is a person… */
    assert_string_equal(speaker_of(l.a, "Would you raise them?"), "Whitlow");
    /* …a capitalised common noun at a sentence start is not */
    assert_int_equal(quote_with(l.a, "the matter is closed.")->speaker, -1);
    /* a quotation opened by a comma: the subject of its clause, no speech verb needed */
    q = quote_with(l.a, "I could have stayed home.");
    assert_string_equal(annotation_person_name(l.a, q->speaker), "Hillary Clinton");
    assert_int_equal(q->reason, ANN_REASON_SUBJECT);
    /* a colon after an object: whose words they are is a guess */
    assert_int_equal(quote_with(l.a, "He has no plan.")->confidence, ANN_CONF_LOW);
    /* an organisation can speak */
    q = quote_with(l.a, "We stand by our reporting,");
    assert_string_equal(annotation_person_name(l.a, q->speaker), "Daily Ledger");
    assert_int_equal(l.a->people[q->speaker].kind, ANN_KIND_ORGANISATION);
    /* titles and names in quote marks are nobody's words */
    q = quote_with(l.a, "Shop the Falls");
    assert_int_equal(q->speaker, -1);
    assert_int_equal(q->reason, ANN_REASON_TITLE);
    assert_int_equal(quote_with(l.a, "Parks and Recreation.")->speaker, -1);
    assert_int_equal(quote_with(l.a, "Hannity,")->reason, ANN_REASON_TITLE);
    /* an age between the name and its appositive */
    assert_string_equal(speaker_of(l.a, "We are thrilled."), "Chelsea Vance");
    unload(&l);
}

static void inverted_cues_read_past_the_role_to_the_name(void **state)
{
    (void)state;
    static const char TEXT[] =
        "\"The first line of defense is at home,\" said former secretary of state Hillary "
        "Clinton, who spoke in Ohio.\n\n"
        "\"It's according to age groups,\" said Mattie Thomas, 66, a retired worker.\n\n"
        "After winning Ohio, Gov. John Kasich (R-OH), said, \"I'm getting ready to rent a covered "
        "wagon.\"\n\n"
        "\"Costs went up,\" said the report, which cited Clinton.\n\n"
        "\"Carolina is going to win that one,\" Gov. Kasich replied. \"I hate to say it.\"\n\n"
        "As the Daily Ledger's Ishaan Tharwani wrote, \"The race is over.\"\n\n"
        "\"We need a budget,\" New York City Public Advocate Trish Jamison said.\n\n"
        "\"We will meet,\" Reince Priebus later Thursday told reporters.\n\n"
        "Reince Priebus called on her to resign and said \"the party comes first.\"\n";
    Loaded l = load_text(TEXT, sizeof TEXT - 1, "2016-03-16");
    assert_string_equal(speaker_of(l.a, "first line of defense"), "Hillary Clinton");
    /* a given name as the last word is still the surname */
    assert_string_equal(speaker_of(l.a, "according to age groups"), "Mattie Thomas");
    assert_string_equal(speaker_of(l.a, "covered wagon"), "John Kasich");
    /* a name after a verb is not the subject of "said" */
    assert_int_equal(quote_with(l.a, "Costs went up,")->speaker, -1);
    /* the full stop of "Gov." does not end the cue, and the quotation continues after it */
    const AnnQuote *q = quote_with(l.a, "Carolina is going");
    assert_string_equal(annotation_person_name(l.a, q->speaker), "John Kasich");
    assert_int_equal(q->n_parts, 2);
    /* a possessive ends a run of capitalised words: the name after it is its own */
    assert_string_equal(speaker_of(l.a, "The race is over."), "Ishaan Tharwani");
    /* a run too long for a name, before "said", ends in the name */
    assert_string_equal(speaker_of(l.a, "We need a budget,"), "Trish Jamison");
    /* adverbs and a weekday between the subject and the verb */
    assert_string_equal(speaker_of(l.a, "We will meet,"), "Reince Priebus");
    /* a second verb after "and" shares the subject */
    assert_string_equal(speaker_of(l.a, "the party comes first."), "Reince Priebus");
    unload(&l);
}

static void quotes_without_a_named_speaker_have_none(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/library-budget.txt", NULL);
    const AnnQuote *q = quote_with(l.a, "My kids learned to read here.");
    assert_int_equal(q->speaker, -1); /* "a patron who told him" */
    assert_int_equal(q->via, ANN_VIA_CUE);
    unload(&l);
    l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    q = quote_with(l.a, "harbor tax");
    assert_int_equal(q->speaker, -1); /* a scare quote */
    assert_int_equal(q->via, ANN_VIA_NONE);
    unload(&l);
}

static void one_paragraph_per_line_is_understood(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/pool-lines.txt", NULL);
    assert_int_equal(l.a->n_quotes, 2);
    assert_string_equal(speaker_of(l.a, "bake sales"), "Agnes Porter");
    assert_int_equal(quote_with(l.a, "bake sales")->n_parts, 2);
    assert_string_equal(speaker_of(l.a, "numbers don't lie"), "Victor Salas");
    unload(&l);
}

static void descriptions_honorifics_and_asides_find_the_right_person(void **state)
{
    (void)state;
    const char *t =
        "date 2022-11-10 Mayor Janet Kim and council member Robert Hayes clashed over the buses. "
        "\xE2\x80\x9CWhy now?\xE2\x80\x9D asked Linda Hayes, a bus driver. \xE2\x80\x9CIt will save "
        "money,\xE2\x80\x9D the mayor told reporters. She said the contract includes a warranty.\n\n"
        "Mr. Hayes disagreed. \"I have read the contract,\" he said. Sen. Ana Ruiz (D-Ore.) said "
        "the plan was \"reckless.\"";
    Loaded l = load_text(t, strlen(t), NULL);
    assert_string_equal(speaker_of(l.a, "Why now?"), "Linda Hayes");
    assert_string_equal(speaker_of(l.a, "It will save money"), "Janet Kim"); /* "the mayor" */
    assert_string_equal(claim_with(l.a, "includes a warranty")->holder_text, "Janet Kim");
    assert_string_equal(speaker_of(l.a, "I have read the contract"), "Robert Hayes"); /* Mr. */
    assert_string_equal(speaker_of(l.a, "reckless"), "Ana Ruiz");
    assert_role(l.a, "Robert Hayes", "council member");
    unload(&l);
}

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

/* ---- people ---- */

static void people_get_the_roles_the_article_gives_them(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    assert_int_equal(l.a->n_people, 3);
    assert_role(l.a, "Dana Whitcombe", "Harbor master");
    assert_role(l.a, "Leon Abernathy", "Commissioner");
    assert_role(l.a, "Ruth Okafor", "Commission Chair");
    assert_int_equal(person(l.a, "Ruth Okafor")->gender, ANN_GENDER_FEMALE);
    unload(&l);
    l = load("tests/fixtures/articles/library-budget.txt", NULL);
    assert_role(l.a, "Maria Alvarez", "Sen.");
    assert_role(l.a, "Peter Lindgren", "Gov.");
    assert_role(l.a, "Nora Feld", "Lindgren\xE2\x80\x99s spokeswoman");
    assert_role(l.a, "Thomas Reyes", "State librarian"); /* not the later "a former teacher" */
    assert_span(&l, person(l.a, "Peter Lindgren")->first, "Peter Lindgren");
    assert_int_equal(person(l.a, "Peter Lindgren")->mentions, 2);
    unload(&l);
    l = load("tests/fixtures/articles/pool-lines.txt", NULL);
    assert_role(l.a, "Agnes Porter", "longtime resident");
    assert_role(l.a, "Victor Salas", "Town manager");
    unload(&l);
}

static void appositive_roles_follow_the_name(void **state)
{
    (void)state;
    const char *t = "Ava Stone, the district's finance director, said costs rose. Omar Haddad, 71, a "
                    "retired machinist, agreed. Luis Ortega, whose shop is closing, said little. "
                    "Nina Park, the mission is different, said nothing.";
    Loaded l = load_text(t, strlen(t), "2020-01-01");
    assert_role(l.a, "Ava Stone", "the district's finance director");
    assert_role(l.a, "Omar Haddad", "a retired machinist");
    assert_role(l.a, "Luis Ortega", "whose shop is closing");
    /* a clause with a finite verb is no role (unless it opens with who/whose) */
    for (size_t i = 0; i < l.a->n_people; i++)
        if (strcmp(l.a->people[i].name, "Nina Park") == 0) assert_null(l.a->people[i].role);
    unload(&l);
}

static void organisations_and_places_are_not_people(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    for (size_t i = 0; i < l.a->n_people; i++) {
        assert_null(strstr(l.a->people[i].name, "Harbor Commission"));
        assert_null(strstr(l.a->people[i].name, "PORT"));
    }
    unload(&l);
}

/* ---- claims ---- */

static void claims_name_their_holders(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    const AnnClaim *c = claim_with(l.a, "the money would pay for dredging");
    assert_string_equal(c->holder_text, "Dana Whitcombe");
    assert_string_equal(c->cue, "Dana Whitcombe told the commission"); /* the listener skipped */
    assert_int_equal(c->holder, 0);
    c = claim_with(l.a, "the harbor collected $1.2 million");
    assert_int_equal(c->holder, -1);
    assert_string_equal(c->holder_text, "a staff report released last Friday");
    assert_span(&l, c->span, "the harbor collected $1.2 million in fees during the 2022 season");
    c = claim_with(l.a, "Dredging last began");
    assert_string_equal(c->holder_text, "crews"); /* "…, crews said." */
    unload(&l);
}

static void quote_cues_do_not_become_claims(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/library-budget.txt", NULL);
    for (size_t i = 0; i < l.a->n_claims; i++) {
        assert_null(strstr(l.a->claims[i].text, "We have already closed"));
        assert_null(strstr(l.a->claims[i].text, "My kids"));
    }
    /* an organisation that speaks is a holder of its own, of kind organisation */
    const AnnClaim *c = claim_with(l.a, "visits rose 12%");
    assert_string_equal(c->holder_text, "Library Association");
    assert_int_equal(l.a->people[c->holder].kind, ANN_KIND_ORGANISATION);
    unload(&l);
}

/* ---- offsets, JSON, robustness ---- */

static void check_offsets(const Loaded *l)
{
    const Annotation *a = l->a;
    for (size_t i = 0; i < a->n_quotes; i++) {
        const AnnQuote *q = &a->quotes[i];
        assert_true(q->n_parts >= 1 && q->span.start == q->parts[0].start &&
                    q->span.end == q->parts[q->n_parts - 1].end && q->span.end <= l->len);
        if (q->n_parts == 1) assert_span(l, q->span, q->text);
        for (size_t k = 0; k < q->n_parts; k++) { /* every part is in the text, in order */
            size_t n = q->parts[k].end - q->parts[k].start;
            char *part = malloc(n + 1);
            assert_non_null(part);
            memcpy(part, l->text + q->parts[k].start, n);
            part[n] = '\0';
            assert_non_null(strstr(q->text, part));
            free(part);
        }
        if (q->cue) assert_span(l, q->cue_span, q->cue);
        if (q->speaker >= 0) assert_true((size_t)q->speaker < a->n_people);
    }
    for (size_t i = 0; i < a->n_dates; i++) assert_span(l, a->dates[i].span, a->dates[i].text);
    for (size_t i = 0; i < a->n_claims; i++) {
        assert_span(l, a->claims[i].span, a->claims[i].text);
        assert_span(l, a->claims[i].cue_span, a->claims[i].cue);
    }
    for (size_t i = 0; i < a->n_people; i++)
        if (a->people[i].role) assert_span(l, a->people[i].role_span, a->people[i].role);
}

static void offsets_point_at_the_bytes_they_describe(void **state)
{
    (void)state;
    const char *fixtures[] = {"harbor-fees.txt", "library-budget.txt", "pool-lines.txt"};
    for (size_t f = 0; f < 3; f++) {
        char rel[128];
        snprintf(rel, sizeof rel, "tests/fixtures/articles/%s", fixtures[f]);
        Loaded l = load(rel, "2024-06-01");
        check_offsets(&l);
        unload(&l);
    }
}

static void json_has_the_documented_fields(void **state)
{
    (void)state;
    Loaded l = load("tests/fixtures/articles/harbor-fees.txt", NULL);
    char *json = annotation_to_json(l.a, false);
    assert_non_null(json);
    cJSON *root = cJSON_Parse(json);
    assert_non_null(root);
    assert_string_equal(cJSON_GetObjectItem(root, "date")->valuestring, "2023-07-13");
    const cJSON *q = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "quotes"), 0);
    assert_string_equal(cJSON_GetObjectItem(q, "speaker")->valuestring, "Dana Whitcombe");
    assert_int_equal((size_t)cJSON_GetObjectItem(q, "start")->valuedouble, l.a->quotes[0].span.start);
    assert_true(cJSON_IsNumber(cJSON_GetObjectItem(q, "end")));
    assert_string_equal(cJSON_GetObjectItem(q, "cue")->valuestring, "Whitcombe said");
    const cJSON *d = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "dates"), 0);
    assert_string_equal(cJSON_GetObjectItem(d, "value")->valuestring, "2023-07-11");
    const cJSON *p = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "people"), 1);
    assert_string_equal(cJSON_GetObjectItem(p, "role")->valuestring, "Commissioner");
    const cJSON *c = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "claims"), 0);
    assert_string_equal(cJSON_GetObjectItem(c, "holder")->valuestring, "Dana Whitcombe");
    cJSON_Delete(root);
    free(json);
    unload(&l);
}

static void bad_dates_are_errors_with_a_message(void **state)
{
    (void)state;
    char err[200] = "";
    const char *t = "date 2020-13-45 Text.";
    assert_null(annotate_text(t, strlen(t), NULL, err, sizeof err));
    assert_non_null(strstr(err, "2020-13-45"));
    assert_null(annotate_text("Text.", 5, "April 2", err, sizeof err));
    assert_non_null(strstr(err, "April 2"));
    /* "Date night" is an article that starts with a word, not a date token. */
    Annotation *a = annotate_text("Date night was fun.", 19, NULL, err, sizeof err);
    assert_non_null(a);
    assert_int_equal(a->body_start, 0);
    annotation_free(a);
}

static void hostile_input_never_breaks_the_analysis(void **state)
{
    (void)state;
    static const char *const PIECES[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "'", "\xE2\x80\x99",
                                         " said ", " she ", " He ", "Mr.", " Jane Doe", ",", ".",
                                         "\n\n", "\n", " on Tuesday", " March 3", " 2020", ":",
                                         " according to", " last ", "\xFF", "\xE2\x80",
                                         " Sen.", " who ", "\0", "Smith"};
    const size_t n_pieces = sizeof PIECES / sizeof PIECES[0];
    unsigned seed = 12345;
    char buf[4096];
    for (int round = 0; round < 300; round++) {
        size_t len = 0;
        while (len < sizeof buf - 16) {
            seed = seed * 1103515245u + 12345u;
            size_t k = (seed >> 16) % n_pieces;
            size_t n = PIECES[k][0] ? strlen(PIECES[k]) : 1;
            memcpy(buf + len, PIECES[k], n);
            len += n;
            if ((seed >> 8) % 97 == 0) break;
        }
        Loaded l = load_text(buf, len, "2021-06-15");
        for (size_t i = 0; i < l.a->n_quotes; i++)
            assert_true(l.a->quotes[i].span.start <= l.a->quotes[i].span.end &&
                        l.a->quotes[i].span.end <= len);
        char *json = annotation_to_json(l.a, round % 2 == 0);
        assert_non_null(json);
        assert_true(text_utf8_valid(json, strlen(json), NULL)); /* JSON must be UTF-8 */
        cJSON *parsed = cJSON_Parse(json);
        assert_non_null(parsed);
        cJSON_Delete(parsed);
        free(json);
        unload(&l);
    }
    const char *edge[] = {"", "date 2020-01-01", "date 2020-01-01 ", "\"", "\xE2\x80\x9C\xE2\x80\x9D",
                          "\"\"\"\"", "said said said", "He said.", "\"Open and never closed"};
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++) {
        Loaded l = load_text(edge[i], strlen(edge[i]), NULL);
        unload(&l);
    }
}

static void one_huge_sentence_takes_linear_time(void **state)
{
    (void)state;
    static const char PIECE[] = "Jane Smith said he told the board \"yes,\" she said on Tuesday ";
    size_t n = 6000, len = n * (sizeof PIECE - 1);
    char *t = malloc(len + 1);
    assert_non_null(t);
    for (size_t i = 0; i < n; i++) memcpy(t + i * (sizeof PIECE - 1), PIECE, sizeof PIECE - 1);
    clock_t start = clock();
    Loaded l = load_text(t, len, "2020-01-01");
    double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
    assert_true(l.a->n_quotes == n);
    /* Quadratic scans would take minutes here; linear ones take well under a second. */
    if (seconds > 10.0) fail_msg("%zu bytes took %.1f s", len, seconds);
    free(t);
    unload(&l);
}

/* A text of nothing but quotation marks once cost ~700 bytes of memory per byte (4 MiB of '"' took
 * 2.85 GB): every pair of marks was an empty quotation, and the JSON was one cJSON tree. Marks
 * with no word between them are no quotation, and the JSON is printed entry by entry, so the
 * result and the JSON stay a small multiple of the text. */
static void quotation_mark_floods_cost_memory_in_proportion(void **state)
{
    (void)state;
    static const char *const UNITS[] = {"\"", "\xE2\x80\x9C\xE2\x80\x9D", "\"a\" ", "\"\n\n"};
    const size_t len = 256 * 1024;
    char *t = malloc(len);
    assert_non_null(t);
    for (size_t u = 0; u < sizeof UNITS / sizeof UNITS[0]; u++) {
        size_t n = strlen(UNITS[u]);
        for (size_t i = 0; i < len; i++) t[i] = UNITS[u][i % n];
        Loaded l = load_text(t, len, "2020-01-01");
        if (u != 2) assert_int_equal(l.a->n_quotes, 0);
        else assert_int_equal(l.a->n_quotes, len / 4); /* "a" is a quotation, with no speaker */
        size_t arena = arena_bytes_used(l.a->arena_);
        if (arena > 64 * len) fail_msg("unit %zu: the result holds %zu bytes for %zu", u, arena, len);
        char *json = annotation_to_json(l.a, true);
        assert_non_null(json);
        if (strlen(json) > 64 * len) fail_msg("unit %zu: %zu bytes of JSON", u, strlen(json));
        free(json);
        unload(&l);
    }
    free(t);
}

/* ---- the real article the issue names ---- */

static void shared_article_is_annotated_as_a_teacher_would(void **state)
{
    (void)state;
    size_t len = 0;
    char *text = tu_read_file(tu_source_path(SHARED_ARTICLE), &len);
    if (!text) {
        print_message("skipped: %s not found (the shared folder sits beside the clone)\n",
                      tu_source_path(SHARED_ARTICLE));
        skip();
    }
    Loaded l = load_text(text, len, NULL);
    free(text);
    const Annotation *a = l.a;
    assert_string_equal(speaker_of(a, "The Trump campaign has learned"), "Michael Glassner");
    assert_string_equal(speaker_of(a, "The enclosed letter and donor form"), "Michael Glassner");
    assert_string_equal(speaker_of(a, "We only assume your campaign"), "Michael Glassner");
    assert_string_equal(speaker_of(a, "Alabamans don"), "Gail Gitcho");
    assert_string_equal(speaker_of(a, "They have shown that repeatedly"), "Gail Gitcho");
    assert_string_equal(speaker_of(a, "No one can change that"), "Gail Gitcho");
    assert_string_equal(quote_with(a, "No one can change")->cue, "she said");
    assert_int_equal(a->n_quotes, 6); /* ‘support’ and ‘Trump’s #1 supporter.' are not quotes */
    assert_non_null(strstr(quote_with(a, "delusional")->text, "\xE2\x80\x98Trump\xE2\x80\x99s #1 supporter.'"));
    assert_date(a, "Tuesday", "2020-03-31");
    assert_date(a, "March 31", "2020-03-31");
    assert_date(a, "July 14", "2020-07-14");
    assert_role(a, "Michael Glassner", "Trump campaign chief operating officer");
    assert_role(a, "Gail Gitcho", "Sessions campaign spokesperson");
    assert_role(a, "Jeff Sessions", "former Attorney General");
    assert_role(a, "Tommy Tuberville", "former college football coach");
    assert_role(a, "Trump", "President");
    const AnnClaim *c = claim_with(a, "was sent before Trump endorsed Tuberville");
    assert_string_equal(c->holder_text, "Gail Gitcho");
    assert_string_equal(claim_with(a, "most fervent supporters")->holder_text, "Gail Gitcho");
    check_offsets(&l);
    unload(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(word_lists_are_sorted_for_binary_search),
        cmocka_unit_test(quotes_split_around_said_are_one_quote),
        cmocka_unit_test(surname_cue_gives_the_full_name_as_first_introduced),
        cmocka_unit_test(quotation_over_several_paragraphs_is_one_quote_in_parts),
        cmocka_unit_test(nested_quotes_belong_to_the_outer_quote),
        cmocka_unit_test(partial_quotes_take_the_speaker_of_their_sentence),
        cmocka_unit_test(he_and_she_go_to_the_latest_person_of_that_gender),
        cmocka_unit_test(paragraph_that_is_only_a_quote_continues_the_previous_speaker),
        cmocka_unit_test(colon_after_a_name_introduces_the_speaker),
        cmocka_unit_test(quotes_without_a_named_speaker_have_none),
        cmocka_unit_test(confidence_says_how_the_speaker_was_found),
        cmocka_unit_test(speakers_of_wire_copy_and_campaign_reporting_are_found),
        cmocka_unit_test(inverted_cues_read_past_the_role_to_the_name),
        cmocka_unit_test(one_paragraph_per_line_is_understood),
        cmocka_unit_test(descriptions_honorifics_and_asides_find_the_right_person),
        cmocka_unit_test(weekdays_are_the_most_recent_such_day),
        cmocka_unit_test(month_day_without_year_takes_the_year_its_tense_implies),
        cmocka_unit_test(scheduled_dates_are_the_nearest_to_the_article),
        cmocka_unit_test(relative_expressions_count_from_the_article_date),
        cmocka_unit_test(ranges_give_both_ends_in_the_nearest_years),
        cmocka_unit_test(numbers_that_are_not_years_are_not_dates),
        cmocka_unit_test(date_option_overrides_the_date_token),
        cmocka_unit_test(without_an_article_date_relative_dates_have_no_value),
        cmocka_unit_test(people_get_the_roles_the_article_gives_them),
        cmocka_unit_test(appositive_roles_follow_the_name),
        cmocka_unit_test(organisations_and_places_are_not_people),
        cmocka_unit_test(claims_name_their_holders),
        cmocka_unit_test(quote_cues_do_not_become_claims),
        cmocka_unit_test(offsets_point_at_the_bytes_they_describe),
        cmocka_unit_test(json_has_the_documented_fields),
        cmocka_unit_test(bad_dates_are_errors_with_a_message),
        cmocka_unit_test(hostile_input_never_breaks_the_analysis),
        cmocka_unit_test(one_huge_sentence_takes_linear_time),
        cmocka_unit_test(quotation_mark_floods_cost_memory_in_proportion),
        cmocka_unit_test(shared_article_is_annotated_as_a_teacher_would),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
