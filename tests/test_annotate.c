/* test_annotate.c — `byline annotate`'s quotations and speakers: cues, split and nested quotations,
 * pronouns, colons, confidence and reasons. Fixtures are fictional articles written for these tests
 * (tests/fixtures/articles/). Dates are in test_annotate_dates.c; people, claims, offsets, JSON and
 * hostile input in test_annotate_output.c; patterns of real news in test_annotate_news.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "annotate_checks.h"

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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
