/* test_annotate_news.c — `byline annotate` on patterns of real news writing, found while reading
 * the misses of the development half of PolNeAR (docs/annotate.md, "On real news"). Each
 * pattern has a line of its own in tests/fixtures/articles/town-hall-exchange.txt,
 * rally-notebook.txt, ferry-hearing.txt, harbor-briefing.txt or poll-roundup.txt, fictional
 * articles written for these tests (the corpus is never copied into the project). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>
#include "annotate.h"
#include "helpers.h"

static const AnnQuote *quote_with(const Annotation *a, const char *needle)
{
    const AnnQuote *q = tu_quote_with(a, needle);
    if (!q) fail_msg("no quotation contains '%s'", needle);
    return q;
}

static void assert_date(const Annotation *a, const char *text, const char *value)
{
    const char *got = tu_date_value(a, text);
    if (!got) fail_msg("no date '%s'", text);
    assert_string_equal(got, value);
}

/* Patterns of real reporting, each in a small fictional article written for this test. */
static void real_news_patterns_find_the_right_speaker(void **state)
{
    (void)state;
    Annotation *a = tu_annotate_file("tests/fixtures/articles/town-hall-exchange.txt", NULL);
    assert_non_null(a);
    /* a role adjective before a title: "Former Secretary of State" is not part of the name */
    assert_true(tu_person(a, "Imelda Varga") >= 0);
    /* ", saying" after an object: the sentence's subject, not the object, speaks */
    const AnnQuote *q = quote_with(a, "Nobody in this room");
    assert_string_equal(annotation_person_name(a, q->speaker), "Imelda Varga");
    assert_int_equal(q->reason, ANN_REASON_PARTICIPLE);
    assert_int_equal(q->confidence, ANN_CONF_MEDIUM);
    /* a dialogue: the second quotation has its own speaker, it is not the first one split */
    q = quote_with(a, "We can fix the rest");
    assert_string_equal(annotation_person_name(a, q->speaker), "Dana Pike");
    assert_null(strstr(q->text, "Look at what"));
    assert_string_equal(tu_speaker_of(a, "Look at what you started"), "Sal Ortega");
    /* "X said, adding": the participle shares the speech verb's subject */
    q = quote_with(a, "Nothing about the schedule");
    assert_string_equal(annotation_person_name(a, q->speaker), "Hal Brandt");
    assert_int_equal(q->confidence, ANN_CONF_HIGH);
    /* "is quoted as saying": the subject before "is" */
    q = quote_with(a, "the bridge money");
    assert_string_equal(annotation_person_name(a, q->speaker), "Imelda Varga");
    assert_int_equal(q->confidence, ANN_CONF_MEDIUM);
    /* the full stops of "(D-Ore.)" and "R-Pa.," end no sentence */
    assert_string_equal(tu_speaker_of(a, "a promise to every family"), "Lyle Gantz");
    /* a double mark set off from a single one by a space still closes the quotation */
    q = quote_with(a, "They treat it like");
    assert_string_equal(annotation_person_name(a, q->speaker), "Hal Brandt");
    assert_non_null(strstr(q->text, "It always matters."));
    /* a quotation that opens a sentence ending in its attribution */
    assert_string_equal(tu_speaker_of(a, "gets the basics right"), "Mona Fitch");
    /* speech verbs beyond "said": quipped, concludes, answered … */
    assert_string_equal(tu_speaker_of(a, "Not a chance,"), "Lyle Gantz");
    /* a transcript's label: a name, with only its title before it, and a colon */
    q = quote_with(a, "Who told you the money");
    assert_string_equal(annotation_person_name(a, q->speaker), "Dana Pike");
    assert_int_equal(q->reason, ANN_REASON_NAME);
    /* "she" with a speaker of unknown gender nearer than the only known woman: a guess */
    assert_int_equal(quote_with(a, "I have not read it yet")->confidence, ANN_CONF_LOW);
    /* "Brandt said he …": the pronoun after a speech verb is its subject, so "added" is his */
    q = quote_with(a, "I will answer every question.");
    assert_string_equal(annotation_person_name(a, q->speaker), "Hal Brandt");
    assert_int_equal(q->confidence, ANN_CONF_MEDIUM);
    /* a name after a preposition ("speaking to the Harbor Gazette said") is not the subject */
    assert_int_equal(quote_with(a, "The ferry stays.")->speaker, -1);
    /* a cue running on into the next quotation belongs to that one: a written exchange */
    assert_string_equal(tu_speaker_of(a, "Is it done?"), "Dana Pike");
    assert_string_equal(tu_speaker_of(a, "Not yet."), "Sal Ortega");
    /* another subject in a "when" clause between the verb and the quotation: a guess */
    assert_int_equal(quote_with(a, "Thank you all")->confidence, ANN_CONF_LOW);
    /* "the newspaper" is the outlet named before it: a description, so low confidence */
    q = quote_with(a, "We stand by every word");
    assert_string_equal(annotation_person_name(a, q->speaker), "Harbor Gazette");
    assert_int_equal(q->reason, ANN_REASON_DESCRIPTION);
    /* an acronym before a speech verb speaks as an organisation */
    q = quote_with(a, "The count is not final");
    assert_string_equal(annotation_person_name(a, q->speaker), "WKPT");
    assert_int_equal(a->people[q->speaker].kind, ANN_KIND_ORGANISATION);
    /* "Name verb-ed back:" is a clause, not a lead-in label; "he" is its subject */
    q = quote_with(a, "As a neighbour of the ferry");
    assert_string_equal(annotation_person_name(a, q->speaker), "Sal Ortega");
    assert_int_equal(q->confidence, ANN_CONF_MEDIUM);
    /* "has since" between the subject and its verb */
    assert_string_equal(tu_speaker_of(a, "It was my decision"), "Imelda Varga");
    /* a lower-case title with "of" before a transcript label */
    q = quote_with(a, "We learned that from the auditors.");
    assert_string_equal(annotation_person_name(a, q->speaker), "Imelda Varga");
    assert_int_equal(q->reason, ANN_REASON_NAME);
    /* a one-word name after “…,” is capitalised mid-sentence, so it is a person */
    assert_string_equal(tu_speaker_of(a, "The vote was fair,"), "Quarrie");
    /* a long appositive between the name and "said" */
    assert_string_equal(tu_speaker_of(a, "We will appeal the decision"), "Rosa Lindqvist");
    annotation_free(a);
}

/* Quotations that had no speaker at all: more speech verbs, an "of" phrase after the name, an
 * invisible direction mark before the opening quotation mark. */
static void rally_notebook_quotations_get_their_speakers(void **state)
{
    (void)state;
    Annotation *a = tu_annotate_file("tests/fixtures/articles/rally-notebook.txt", NULL);
    assert_non_null(a);
    /* "points out", "boomed", "beamed", "assured", "posted": speech verbs */
    assert_string_equal(tu_speaker_of(a, "Some of us thought"), "Dara Quill");
    assert_string_equal(tu_speaker_of(a, "Let us fix the landing"), "Lena Ortiz");
    assert_string_equal(tu_speaker_of(a, "This is a great day!"), "Donald Hartwell");
    assert_string_equal(tu_speaker_of(a, "not a tax on farmers"), "Pete LeVell");
    /* "went on to say": the subject before "went" */
    assert_string_equal(tu_speaker_of(a, "I have waited ten years"), "Tom Bryne");
    /* "Name of The Valley Ledger wrote": the name, not the body after "of" */
    const AnnQuote *q = quote_with(a, "publish the costs");
    assert_string_equal(annotation_person_name(a, q->speaker), "George Zorn");
    assert_int_equal(q->confidence, ANN_CONF_HIGH);
    /* U+202A before a closing-shaped mark that opens the quotation: it is found, and attributed */
    assert_string_equal(tu_speaker_of(a, "The ferry saved my commute"), "Sharon Powers Gale");
    /* "Name agreed. “…”": a sentence ending in a speech verb leads into the quotation after it */
    q = quote_with(a, "The ferry built this county.");
    assert_string_equal(annotation_person_name(a, q->speaker), "Mara Quint");
    assert_int_equal(q->reason, ANN_REASON_NAME);
    /* "the author wrote" between Mayor Tom Reyes and "He went on to say": he is a guess */
    assert_int_equal(quote_with(a, "Nobody ever counted")->confidence, ANN_CONF_LOW);
    /* "Walter Pollard III, founder of …, tells": the suffix belongs to the name's mention */
    assert_string_equal(tu_speaker_of(a, "Yes, I back the levy"), "Walter Pollard");
    /* a one-word speaker after “…!” (word, speech verb, full stop) and after “… ‘bro,’” */
    assert_string_equal(tu_speaker_of(a, "it is a disgrace!"), "Marchetti");
    assert_string_equal(tu_speaker_of(a, "We already wrote them"), "Santangelo");
    /* "did not …, but told": the clause's subject; ", tweeting": a participle like ", writing" */
    assert_string_equal(tu_speaker_of(a, "Our landing is in trouble."), "Ben Carsen");
    assert_string_equal(tu_speaker_of(a, "You never ride the ferry."), "Jeb Bosh");
    /* "Former Harbor Lines CEO Quinta Voight": a role in capitals before an unknown given name */
    assert_string_equal(tu_speaker_of(a, "the boat was full"), "Quinta Voight");
    annotation_free(a);
}

/* Names the previous rounds could not read (dotted initials standing for a given name, titles
 * of the clergy and of city and state assemblies, roles behind "co-"), an appositive missing its
 * closing comma, and a statement announced before its paragraph. */
static void ferry_hearing_initials_and_titles_make_names(void **state)
{
    (void)state;
    Annotation *a = tu_annotate_file("tests/fixtures/articles/ferry-hearing.txt", NULL);
    assert_non_null(a);
    /* "says J.R. Kettering": the initials are the given name, the full stop ends no cue */
    const AnnQuote *q = quote_with(a, "The permits were never");
    assert_string_equal(annotation_person_name(a, q->speaker), "J.R. Kettering");
    assert_int_equal(q->confidence, ANN_CONF_HIGH);
    assert_true(tu_person(a, "J.R") < 0); /* no second person made of the initials alone */
    /* "Archbishop", "Cardinal": titles, so the name after them is a person's, without them */
    assert_string_equal(tu_speaker_of(a, "three hundred years"), "Teodor Vardanyan");
    assert_string_equal(tu_speaker_of(a, "A landing is a promise"), "Ruslan Ostrowicz");
    assert_true(tu_person(a, "Cardinal Ruslan Ostrowicz") < 0);
    /* "co-host": a role noun behind "co-" is still a role, so the name after it speaks */
    assert_string_equal(tu_speaker_of(a, "Imagine the ferry at night"), "Wim Haverkamp");
    /* "Name, the spokesman for Mayor Tom Reyes said": the appositive's closing comma is
     * missing, and the sentence's first name, not the one inside the appositive, speaks */
    assert_string_equal(tu_speaker_of(a, "The schedule will not change."), "Sam Lowe");
    /* dotted places are not initials: "D.C. Mayor Ada Fenn", "U.S. Steel said" */
    assert_true(tu_person(a, "Ada Fenn") >= 0);
    assert_true(tu_person(a, "U.S. Steel") < 0);
    assert_true(tu_person(a, "D.C. Mayor Ada Fenn") < 0);
    /* "X issued the following statement:" and a paragraph that is only the statement */
    const AnnQuote *st = quote_with(a, "stays open through the winter");
    assert_string_equal(annotation_person_name(a, st->speaker), "Otto Lindgren");
    assert_int_equal(st->reason, ANN_REASON_CARRIED);
    annotation_free(a);
}

/* Answer keys that were wrong on real news: a quotation whose words describe the person named
 * just before them (the subject of the quoted predicate, not its speaker), a quotation after a
 * conjunction that opens another clause, a speaker told only second-hand. */
static void harbor_briefing_names_only_the_speakers(void **state)
{
    (void)state;
    Annotation *a = tu_annotate_file("tests/fixtures/articles/harbor-briefing.txt", NULL);
    assert_non_null(a);
    /* "said Tuesday that Pruitt “will meet …”": Pruitt is the subject of the reported clause */
    assert_int_equal(quote_with(a, "will meet with any captain")->speaker, -1);
    /* "Pruitt was not taken seriously by the dock workers, who wondered": "who" is theirs */
    assert_int_equal(quote_with(a, "would last a single season")->speaker, -1);
    /* "“…,” while … Walter Hume suggested": another clause; the words are the councilwoman's */
    assert_string_equal(tu_speaker_of(a, "will not sign the harbor pledge"), "Irene Dobbs");
    /* "endorsed Pruitt last week, saying she “…”": the object is no subject, so no sure speaker */
    const AnnQuote *q = quote_with(a, "has shown her deep commitment");
    assert_true(q->speaker < 0 || q->confidence == ANN_CONF_LOW);
    /* ", said Pruitt “never once missed …”": a name right before a lower-case quotation is
     * what the words are about */
    assert_int_equal(quote_with(a, "never once missed a morning tide")->speaker, -1);
    /* "sources have said he said “…”": second-hand, so whose words they are is a guess */
    q = quote_with(a, "no more toll booths");
    assert_int_equal(q->confidence, ANN_CONF_LOW);
    /* "with deck boss Carl Menzies calling …": a name right before a participle is its subject */
    assert_string_equal(tu_speaker_of(a, "a race against the tide"), "Carl Menzies");
    /* "The longtime pilot said she …": reported by a description of the same person, not by
     * someone else, so not second-hand */
    q = quote_with(a, "except when the harbor itself");
    assert_string_equal(annotation_person_name(a, q->speaker), "Ruth Abernathy");
    assert_int_equal(q->confidence, ANN_CONF_MEDIUM);
    /* a signed pull quote: its last line, inside the marks, is the speaker's name and role */
    q = quote_with(a, "The tolls will outlast every boat");
    assert_string_equal(annotation_person_name(a, q->speaker), "Walter Hume");
    assert_int_equal(q->confidence, ANN_CONF_HIGH);
    /* a paragraph of quotation only, signed by the next one: a dash and a name */
    q = quote_with(a, "the only road some of us have");
    assert_string_equal(annotation_person_name(a, q->speaker), "Irene Dobbs");
    assert_int_equal(q->confidence, ANN_CONF_HIGH);
    /* "Olsen, himself a Pruitt supporter …, drew jeers … upon saying": the subject is the name
     * before the appositive, not the name inside it ("a Pruitt supporter") */
    q = quote_with(a, "The tolls are here to stay.");
    assert_string_equal(annotation_person_name(a, q->speaker), "Frank Olsen");
    assert_int_equal(q->confidence, ANN_CONF_MEDIUM);
    /* "the Port Alder mayor" matches the whole role "Port Alder Mayor": sure enough to name */
    q = quote_with(a, "We will not let the ferry go");
    assert_string_equal(annotation_person_name(a, q->speaker), "Teresa Quon");
    assert_int_equal(q->reason, ANN_REASON_DESCRIPTION);
    assert_int_equal(q->confidence, ANN_CONF_MEDIUM);
    /* "said a spokesman for Harbor Master Pruitt": a name after a preposition is not the speaker */
    assert_int_equal(quote_with(a, "no comment on the audit")->speaker, -1);
    /* … unless the spokesman is named after a comma */
    assert_string_equal(tu_speaker_of(a, "The audit will be public"), "Dan Fitch");
    /* and a plain attribution still stands */
    q = quote_with(a, "The tolls pay for the dredging");
    assert_string_equal(annotation_person_name(a, q->speaker), "Gloria Pruitt");
    assert_int_equal(q->confidence, ANN_CONF_HIGH);
    annotation_free(a);
}

/* Found in the fifth round's named quotations without a speaker (poll-roundup.txt). */
static void poll_roundup_labels_and_unlisted_verbs_name_the_speaker(void **state)
{
    (void)state;
    Annotation *a = tu_annotate_file("tests/fixtures/articles/poll-roundup.txt", NULL);
    assert_non_null(a);
    /* "Nadia Okafor and Leon Brandvold: “…”": two authors in a label, the first named speaks */
    const AnnQuote *q = quote_with(a, "The surveys stopped a week");
    assert_string_equal(annotation_person_name(a, q->speaker), "Nadia Okafor");
    assert_int_equal(q->reason, ANN_REASON_NAME);
    /* "More from Okafor and Brandvold: “…”", "More from Tavera: “…”": a roundup's label */
    assert_string_equal(tu_speaker_of(a, "Our panel saw the shift"), "Nadia Okafor");
    q = quote_with(a, "Rain on a weekday");
    assert_string_equal(annotation_person_name(a, q->speaker), "Ines Tavera");
    assert_int_equal(q->confidence, ANN_CONF_HIGH);
    /* "“…,” Merritt started." / "“…,” Vance shot back.": a verb outside the list of speech
     * verbs after a name, ending the sentence; medium, since the verb is not known to report
     * speech */
    q = quote_with(a, "The ballots sat in a warehouse");
    assert_string_equal(annotation_person_name(a, q->speaker), "Gus Merritt");
    assert_int_equal(q->reason, ANN_REASON_SUBJECT);
    assert_int_equal(q->confidence, ANN_CONF_MEDIUM);
    q = quote_with(a, "They sat in a locked room");
    assert_string_equal(annotation_person_name(a, q->speaker), "Rosa Vance");
    assert_int_equal(q->confidence, ANN_CONF_MEDIUM);
    /* "a caller laughed": nobody named, so nobody is given */
    assert_int_equal(quote_with(a, "Both of you are right")->speaker, -1);
    /* "Otis Ferrell, wearing a “Vote Yes” button …, said": a short quotation inside the
     * appositive is part of the cue, and stays a title of its own */
    q = quote_with(a, "better election nights");
    assert_string_equal(annotation_person_name(a, q->speaker), "Otis Ferrell");
    assert_int_equal(q->confidence, ANN_CONF_HIGH);
    assert_int_equal(quote_with(a, "Vote Yes")->reason, ANN_REASON_TITLE);
    /* "(Ambrose Kettleby, who ran …, once said, “…”)": a given name not in the list, made a
     * person by its "who" clause and the speech verb after it (sixth round) */
    q = quote_with(a, "Every recount finds");
    assert_string_equal(annotation_person_name(a, q->speaker), "Ambrose Kettleby");
    assert_int_equal(q->confidence, ANN_CONF_HIGH);
    /* "Marlow Republicans, who lost …, later said": a group, not a person */
    assert_int_equal(quote_with(a, "ask for the tapes")->speaker, -1);
    assert_int_equal(tu_person(a, "Marlow Republicans"), -1);
    annotation_free(a);
}

static void last_year_after_a_month_day_moves_the_date_and_its_range(void **state)
{
    (void)state;
    static const char TEXT[] =
        "date 2020-06-10\n\n"
        "The pool was closed from March 31 to April 4 last year.\n\n"
        "It will reopen Aug. 3 next year, and it was shut from Dec. 20 to Jan. 3 last year.\n";
    char err[200] = "";
    Annotation *a = annotate_text(TEXT, sizeof TEXT - 1, NULL, err, sizeof err);
    assert_non_null(a);
    assert_date(a, "March 31", "2019-03-31");
    assert_date(a, "April 4 last year", "2019-04-04");
    assert_date(a, "Aug. 3 next year", "2021-08-03");
    assert_date(a, "Dec. 20", "2018-12-20"); /* the range's start stays before its end */
    assert_date(a, "Jan. 3 last year", "2019-01-03");
    annotation_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(real_news_patterns_find_the_right_speaker),
        cmocka_unit_test(rally_notebook_quotations_get_their_speakers),
        cmocka_unit_test(ferry_hearing_initials_and_titles_make_names),
        cmocka_unit_test(harbor_briefing_names_only_the_speakers),
        cmocka_unit_test(poll_roundup_labels_and_unlisted_verbs_name_the_speaker),
        cmocka_unit_test(last_year_after_a_month_day_moves_the_date_and_its_range),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
