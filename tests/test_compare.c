/* test_compare.c — comparing two articles about one event (compare.c) and drafting a pack from
 * them (draft_pack_articles): who each quotes, words only one prints, fact against attribution,
 * dates and counts that differ, and the promise that every comparison answer key holds in the
 * texts. The two articles are small fictional ones written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "annotate.h"
#include "compare.h"
#include "compare_internal.h"
#include "diag.h"
#include "draft.h"
#include "pack.h"

static const char LEDGER[] =
    "date 2024-05-08 The Elm Street bridge will close for repairs this summer.\n\n"
    "The council voted on Tuesday to close the Elm Street bridge for repairs.\n\n"
    "\xE2\x80\x9CThe steel under the deck is rusting through,\xE2\x80\x9D said Mayor Dan Ortiz. "
    "\xE2\x80\x9CWe cannot wait another winter.\xE2\x80\x9D\n\n"
    "\xE2\x80\x9C" "Drivers will lose twenty minutes every single day,\xE2\x80\x9D said Ann Polk, who "
    "owns a bakery on the street.\n\n"
    "Inspectors found cracks in two support beams of the bridge, Ortiz said.\n\n"
    "About 40 trucks cross the bridge each hour.\n";

static const char COURIER[] =
    "date 2024-05-09 Business owners near the Elm Street bridge are worried about the closing.\n\n"
    "The council voted on Wednesday to close the Elm Street bridge for repairs.\n\n"
    "\xE2\x80\x9CThe steel under the deck is rusting through,\xE2\x80\x9D Mayor Dan Ortiz said.\n\n"
    "Inspectors found cracks in two support beams of the bridge.\n\n"
    "About 65 trucks cross the bridge each hour, a city count shows.\n\n"
    "\xE2\x80\x9CWe were told nothing until the vote came,\xE2\x80\x9D said Lena Fisk, who owns a "
    "hardware store.\n";

typedef struct Two {
    Annotation *a[2];
    CompareArticle art[2];
    Comparison *c;
} Two;

static Two compare_two(const char *x, const char *y)
{
    Two t = {0};
    const char *texts[2] = {x, y};
    char err[200] = "";
    for (int k = 0; k < 2; k++) {
        t.a[k] = annotate_text(texts[k], strlen(texts[k]), NULL, err, sizeof err);
        if (!t.a[k]) fail_msg("annotate_text: %s", err);
        t.art[k] = (CompareArticle){texts[k], strlen(texts[k]), t.a[k]};
    }
    t.c = compare_articles(t.art, 2, ANN_CONF_NONE);
    assert_non_null(t.c);
    return t;
}

static void free_two(Two *t)
{
    comparison_free(t->c);
    annotation_free(t->a[0]);
    annotation_free(t->a[1]);
}

static const ComparePerson *person(const Comparison *c, const char *name)
{
    for (size_t i = 0; i < c->n_people; i++)
        if (strcmp(c->people[i].name, name) == 0) return &c->people[i];
    fail_msg("no person %s", name);
    return NULL;
}

static void word_lists_are_sorted_for_binary_search(void **state)
{
    (void)state;
    assert_true(cmp_lists_sorted());
}

static void people_are_matched_and_quoted_per_article(void **state)
{
    (void)state;
    Two t = compare_two(LEDGER, COURIER);
    const ComparePerson *ortiz = person(t.c, "Dan Ortiz"), *polk = person(t.c, "Ann Polk");
    const ComparePerson *fisk = person(t.c, "Lena Fisk");
    assert_true(ortiz->quote[0] >= 0 && ortiz->quote[1] >= 0);
    assert_true(polk->quote[0] >= 0 && !polk->mentioned[1] && polk->quote[1] < 0);
    assert_true(fisk->quote[1] >= 0 && !fisk->mentioned[0]);
    free_two(&t);
}

static void surname_alone_is_the_same_person(void **state)
{
    (void)state;
    static const char B[] = "date 2024-05-09 The bridge closes.\n\n"
                            "\xE2\x80\x9CThe steel is rusting through and through,\xE2\x80\x9D said Mayor Ortiz.\n";
    Two t = compare_two(LEDGER, B);
    const ComparePerson *ortiz = person(t.c, "Dan Ortiz");
    assert_true(ortiz->person[0] >= 0 && ortiz->person[1] >= 0);
    assert_true(ortiz->quote[1] >= 0);
    free_two(&t);
}

static void a_person_named_but_not_quoted_is_not_absent(void **state)
{
    (void)state;
    static const char B[] = "date 2024-05-09 The bridge closes.\n\n"
                            "The bakery of Ann Polk will stay open, the council said.\n";
    Two t = compare_two(LEDGER, B);
    const ComparePerson *polk = person(t.c, "Ann Polk");
    assert_true(polk->mentioned[1]);
    assert_true(polk->quote[1] < 0);
    free_two(&t);
}

static void quoted_words_in_both_and_in_one(void **state)
{
    (void)state;
    Two t = compare_two(LEDGER, COURIER);
    bool both = false, only_ledger = false;
    for (size_t i = 0; i < t.c->n_words; i++) {
        const CompareWords *w = &t.c->words[i];
        AnnSpan s = t.a[w->article]->quotes[w->quote].parts[w->part];
        const char *text = t.art[w->article].text + s.start;
        if (strncmp(text, "The steel under", 15) == 0) both = w->in[0] && w->in[1];
        if (strncmp(text, "We cannot wait", 14) == 0) only_ledger = w->in[0] && !w->in[1];
    }
    assert_true(both);
    assert_true(only_ledger);
    free_two(&t);
}

static void words_that_appear_in_part_are_not_called_absent(void **state)
{
    (void)state;
    /* four of the words in a row, outside any quotation: neither "in" nor surely absent */
    static const char B[] = "date 2024-05-09 The mayor says they cannot wait another winter for it.\n";
    Two t = compare_two(LEDGER, B);
    for (size_t i = 0; i < t.c->n_words; i++) {
        const CompareWords *w = &t.c->words[i];
        const char *text = t.art[w->article].text + t.a[w->article]->quotes[w->quote].parts[w->part].start;
        assert_false(strncmp(text, "We cannot wait", 14) == 0);
    }
    free_two(&t);
}

static void attributed_in_one_and_fact_in_the_other(void **state)
{
    (void)state;
    Two t = compare_two(LEDGER, COURIER);
    assert_int_equal(t.c->n_claims, 1);
    const CompareClaim *cc = &t.c->claims[0];
    assert_int_equal(cc->claim_article, 0);
    assert_int_equal(cc->fact_article, 1);
    assert_memory_equal(COURIER + cc->fact.start, "Inspectors found cracks", 23);
    free_two(&t);
}

static void a_sentence_naming_the_holder_is_not_the_outlets_own_voice(void **state)
{
    (void)state;
    /* the Courier's sentence has no speech verb, but it is still Ortiz's account */
    static const char B[] = "date 2024-05-09 Notes.\n\n"
                            "Inspectors found cracks in two support beams of the bridge, in Ortiz's "
                            "account.\n";
    Two t = compare_two(LEDGER, B);
    assert_int_equal(t.c->n_claims, 0);
    free_two(&t);
}

static void dates_that_disagree_for_one_event(void **state)
{
    (void)state;
    Two t = compare_two(LEDGER, COURIER);
    assert_int_equal(t.c->n_dates, 1);
    const AnnDate *da = &t.a[0]->dates[t.c->dates[0].date[0]], *db = &t.a[1]->dates[t.c->dates[0].date[1]];
    assert_string_equal(da->text, "Tuesday");
    assert_string_equal(db->text, "Wednesday");
    assert_int_equal(da->value.day, 7);
    assert_int_equal(db->value.day, 8);
    free_two(&t);
}

static void the_same_date_or_another_event_is_no_disagreement(void **state)
{
    (void)state;
    /* the same day in other words; and a date of another event that shares a few words */
    static const char B[] = "date 2024-05-09 Notes.\n\n"
                            "The council voted on Tuesday to close the Elm Street bridge for repairs.\n\n"
                            "On Monday the bridge reopened to trucks after a storm.\n";
    Two t = compare_two(LEDGER, B);
    assert_int_equal(t.c->n_dates, 0);
    free_two(&t);
}

static void counts_of_one_thing_that_differ(void **state)
{
    (void)state;
    Two t = compare_two(LEDGER, COURIER);
    assert_int_equal(t.c->n_numbers, 1);
    assert_string_equal(t.c->numbers[0].noun, "trucks");
    assert_memory_equal(LEDGER + t.c->numbers[0].number[0].start, "40", 2);
    assert_memory_equal(COURIER + t.c->numbers[0].number[1].start, "65", 2);
    free_two(&t);
}

static void years_and_unrelated_counts_are_not_compared(void **state)
{
    (void)state;
    static const char A[] = "date 2024-05-08 The 2016 budget paid for 40 trucks on the river road.\n";
    static const char B[] = "date 2024-05-09 The 2020 budget was late. The city sold 65 trucks at auction.\n";
    Two t = compare_two(A, B);
    assert_int_equal(t.c->n_numbers, 0);
    free_two(&t);
}

/* ---- drafting ------------------------------------------------------------------------------- */

static cJSON *draft_two(const char *x, const char *y, DraftReport *r)
{
    DraftArticle arts[2] = {{x, strlen(x), NULL, NULL, "The Ledger", "ledger.txt"},
                            {y, strlen(y), NULL, NULL, "The Courier", "courier.txt"}};
    char err[300] = "";
    int which = 5;
    char *json = draft_pack_articles(arts, 2, ANN_CONF_NONE, false, r, &which, err, sizeof err);
    if (!json) fail_msg("draft: %s (article %d)", err, which);
    assert_int_equal(which, -1);
    /* the promise: it passes the checker without a word */
    Diagnostics d;
    diag_init(&d, "draft.json");
    Pack *p = pack_load_buffer(json, strlen(json), &d);
    assert_non_null(p);
    for (size_t i = 0; i < d.count; i++) fail_msg("%s: %s", d.items[i].path, d.items[i].message);
    assert_int_equal(p->n_articles, 2);
    pack_free(p);
    diag_free(&d);
    cJSON *pack = cJSON_Parse(json);
    free(json);
    assert_non_null(pack);
    return pack;
}

static bool tagged(const cJSON *q, const char *tag)
{
    const cJSON *t;
    cJSON_ArrayForEach(t, cJSON_GetObjectItemCaseSensitive(q, "tags"))
    if (strcmp(t->valuestring, tag) == 0) return true;
    return false;
}

static const char *right_choice(const cJSON *q)
{
    int a = cJSON_GetObjectItemCaseSensitive(q, "answer")->valueint;
    return cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(q, "choices"), a)->valuestring;
}

static const cJSON *find_q(const cJSON *pack, const char *prompt_part)
{
    const cJSON *q;
    cJSON_ArrayForEach(q, cJSON_GetObjectItemCaseSensitive(pack, "questions"))
    if (tagged(q, "compare") && strstr(cJSON_GetObjectItemCaseSensitive(q, "prompt")->valuestring, prompt_part))
        return q;
    fail_msg("no comparison question asks \"%s\"", prompt_part);
    return NULL;
}

static void draft_asks_comparison_questions_with_true_keys(void **state)
{
    (void)state;
    DraftReport r;
    cJSON *pack = draft_two(LEDGER, COURIER, &r);
    assert_true(r.compare >= 8);
    assert_string_equal(right_choice(find_q(pack, "quotes Dan Ortiz")), "Both");
    assert_string_equal(right_choice(find_q(pack, "quotes Ann Polk")), "The Ledger");
    assert_string_equal(right_choice(find_q(pack, "quotes Lena Fisk")), "The Courier");
    assert_string_equal(right_choice(find_q(pack, "quoted in The Ledger but not in The Courier")), "Ann Polk");
    assert_string_equal(right_choice(find_q(pack, "quoted in The Courier but not in The Ledger")), "Lena Fisk");
    assert_string_equal(right_choice(find_q(pack, "We cannot wait another winter")), "The Ledger");
    assert_string_equal(right_choice(find_q(pack, "rusting through")), "Both");
    assert_string_equal(right_choice(find_q(pack, "as a fact, in its own voice")), "The Courier");
    assert_string_equal(right_choice(find_q(pack, "Which date does The Courier give")), "May 8, 2024");
    assert_string_equal(right_choice(find_q(pack, "numbers of trucks")), "65");
    /* the one "only in the Ledger" person is never named in the Courier */
    assert_null(strstr(COURIER, "Polk"));
    assert_null(strstr(LEDGER, "Fisk"));
    cJSON_Delete(pack);
}

static void every_passage_names_its_article(void **state)
{
    (void)state;
    DraftReport r;
    cJSON *pack = draft_two(LEDGER, COURIER, &r);
    const cJSON *q, *e;
    size_t compare = 0;
    cJSON_ArrayForEach(q, cJSON_GetObjectItemCaseSensitive(pack, "questions"))
    {
        compare += tagged(q, "compare");
        cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(q, "evidence"))
        {
            const cJSON *a = cJSON_GetObjectItemCaseSensitive(e, "article");
            assert_true(cJSON_IsString(a));
            assert_true(strcmp(a->valuestring, "ledger") == 0 || strcmp(a->valuestring, "courier") == 0);
        }
        /* a question about one article says which */
        if (!tagged(q, "compare"))
            assert_true(strncmp(cJSON_GetObjectItemCaseSensitive(q, "prompt")->valuestring, "In The ", 7) == 0);
    }
    assert_int_equal(compare, r.compare);
    /* the mayor is one person of the pack, not one per article */
    int ortiz = 0;
    cJSON_ArrayForEach(q, cJSON_GetObjectItemCaseSensitive(pack, "people"))
    ortiz += strcmp(cJSON_GetObjectItemCaseSensitive(q, "name")->valuestring, "Dan Ortiz") == 0;
    assert_int_equal(ortiz, 1);
    cJSON_Delete(pack);
}

static void one_article_drafts_as_before(void **state)
{
    (void)state;
    DraftOptions opt = {.outlet = "The Ledger", .source = "ledger.txt"};
    DraftArticle a = {LEDGER, strlen(LEDGER), NULL, NULL, "The Ledger", "ledger.txt"};
    char err[300];
    DraftReport r1, r2;
    char *x = draft_pack(LEDGER, strlen(LEDGER), &opt, &r1, err, sizeof err);
    char *y = draft_pack_articles(&a, 1, ANN_CONF_NONE, false, &r2, NULL, err, sizeof err);
    assert_non_null(x);
    assert_non_null(y);
    assert_string_equal(x, y);
    assert_int_equal(r1.compare, 0);
    assert_non_null(strstr(x, "\"id\":\t\"article\""));
    free(x);
    free(y);
}

static void errors_name_the_article_at_fault(void **state)
{
    (void)state;
    static const char NODATE[] = "The bridge closes, the mayor said.\n";
    DraftArticle arts[2] = {{LEDGER, strlen(LEDGER), NULL, NULL, "The Ledger", "l.txt"},
                            {NODATE, strlen(NODATE), NULL, NULL, "The Courier", "c.txt"}};
    char err[300] = "";
    int which = -5;
    assert_null(draft_pack_articles(arts, 2, ANN_CONF_NONE, false, NULL, &which, err, sizeof err));
    assert_int_equal(which, 1);
    assert_non_null(strstr(err, "no date"));
    /* two articles under one outlet cannot be told apart */
    arts[1] = (DraftArticle){COURIER, strlen(COURIER), NULL, NULL, "the ledger", "c.txt"};
    assert_null(draft_pack_articles(arts, 2, ANN_CONF_NONE, false, NULL, &which, err, sizeof err));
    assert_int_equal(which, -1);
    assert_non_null(strstr(err, "same outlet"));
    /* without outlets, the file names tell them apart */
    arts[0].outlet = arts[1].outlet = NULL;
    char *json = draft_pack_articles(arts, 2, ANN_CONF_NONE, false, NULL, &which, err, sizeof err);
    assert_non_null(json);
    assert_non_null(strstr(json, "\"outlet\":\t\"l\""));
    free(json);
}

static void hostile_pairs_never_break(void **state)
{
    (void)state;
    /* quote marks and digits everywhere, one endless sentence: no crash, bounded work */
    size_t n = 200000;
    char *x = malloc(n + 1), *y = malloc(n + 1);
    assert_non_null(x);
    assert_non_null(y);
    memcpy(x, "date 2024-05-08 ", 16);
    memcpy(y, "date 2024-05-09 ", 16);
    for (size_t i = 16; i < n; i++) {
        x[i] = "\"a 1 said Bo Li, 22 cats \""[i % 25];
        y[i] = "Bo Li said \"a b c d e\" 7 cats"[i % 29];
    }
    x[n] = y[n] = '\0';
    Two t = compare_two(x, y);
    free_two(&t);
    /* one long quotation whose words the other article never uses: each of its runs of words is
     * looked up, not searched for (a search was quadratic: minutes at this size) */
    memcpy(x + 16, "\xE2\x80\x9C", 3);
    for (size_t i = 19; i < n - 20; i++) {
        x[i] = "alpha beta gamma "[i % 17];
        y[i] = "kappa sigma tau "[i % 16];
    }
    memcpy(x + n - 20, "\xE2\x80\x9D said Bo Li.  ", 17);
    x[n - 3] = '\0';
    y[n - 3] = '\0';
    t = compare_two(x, y);
    free_two(&t);
    free(x);
    free(y);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(word_lists_are_sorted_for_binary_search),
        cmocka_unit_test(people_are_matched_and_quoted_per_article),
        cmocka_unit_test(surname_alone_is_the_same_person),
        cmocka_unit_test(a_person_named_but_not_quoted_is_not_absent),
        cmocka_unit_test(quoted_words_in_both_and_in_one),
        cmocka_unit_test(words_that_appear_in_part_are_not_called_absent),
        cmocka_unit_test(attributed_in_one_and_fact_in_the_other),
        cmocka_unit_test(a_sentence_naming_the_holder_is_not_the_outlets_own_voice),
        cmocka_unit_test(dates_that_disagree_for_one_event),
        cmocka_unit_test(the_same_date_or_another_event_is_no_disagreement),
        cmocka_unit_test(counts_of_one_thing_that_differ),
        cmocka_unit_test(years_and_unrelated_counts_are_not_compared),
        cmocka_unit_test(draft_asks_comparison_questions_with_true_keys),
        cmocka_unit_test(every_passage_names_its_article),
        cmocka_unit_test(one_article_drafts_as_before),
        cmocka_unit_test(errors_name_the_article_at_fault),
        cmocka_unit_test(hostile_pairs_never_break),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
