/* test_export.c — exporting packs as GIFT, Moodle XML and QTI 2.1: escaping, the content of
 * each format for the fixtures, and the warnings that list what a target cannot express.
 * (tests/cli/export.sh parses the same exports with independent parsers.) */
#include "helpers.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "export_internal.h"
#include "pack.h"

static Pack *load_fixture(const char *rel)
{
    Diagnostics d;
    const char *path = tu_source_path(rel);
    diag_init(&d, path);
    Pack *p = pack_load_file(path, &d);
    if (!p) diag_print(&d, stderr);
    diag_free(&d);
    assert_non_null(p);
    return p;
}

static Pack *load_text(const char *text)
{
    Diagnostics d;
    diag_init(&d, "t.json");
    Pack *p = pack_load_buffer(text, strlen(text), &d);
    if (!p) diag_print(&d, stderr);
    diag_free(&d);
    assert_non_null(p);
    return p;
}

/* The one exported file's text; the result stays owned by r. */
static const char *export_one(const Pack *p, ExportFormat f, ExportResult *r)
{
    assert_true(export_pack(p, f, r));
    assert_true(r->n_files >= 1);
    assert_non_null(r->files[0].content.data);
    return r->files[0].content.data;
}

static const char *warning_with(const ExportResult *r, const char *needle)
{
    for (size_t i = 0; i < r->warnings.count; i++)
        if (strstr(r->warnings.items[i], needle)) return r->warnings.items[i];
    return NULL;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *at = strstr(hay, needle); at; at = strstr(at + 1, needle)) n++;
    return n;
}

static const ExportFile *file_named(const ExportResult *r, const char *name)
{
    for (size_t i = 0; i < r->n_files; i++)
        if (strcmp(r->files[i].name, name) == 0) return &r->files[i];
    return NULL;
}

/* --- escaping ------------------------------------------------------------------------------- */

static void gift_escaping_backslashes_every_special_character(void **state)
{
    (void)state;
    ExBuf b = {0};
    const char *in = "a~b=c#d{e}f:g\\h";
    exbuf_gift(&b, in, strlen(in));
    assert_string_equal(b.data, "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
    exbuf_free(&b);
}

static void gift_escaping_turns_line_breaks_into_spaces(void **state)
{
    (void)state;
    ExBuf b = {0};
    exbuf_gift(&b, "one\n\ntwo\r\x01three", 15);
    assert_null(strchr(b.data, '\n'));
    assert_string_equal(b.data, "one  two  three");
    exbuf_free(&b);
}

static void xml_escaping_covers_markup_and_quotes(void **state)
{
    (void)state;
    ExBuf b = {0};
    const char *in = "<a href=\"x\">Tom & Jerry's</a>";
    exbuf_xml(&b, in, strlen(in), false);
    assert_string_equal(b.data, "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
    exbuf_free(&b);
}

static void xml_escaping_replaces_characters_xml_forbids(void **state)
{
    (void)state;
    ExBuf b = {0};
    /* NUL, U+0001, U+001F, U+FFFE, U+FFFF and a stray continuation byte */
    const char in[] = "a\0b\x01" "c\x1F" "d\xEF\xBF\xBE" "e\xEF\xBF\xBF" "f\x80g";
    exbuf_xml(&b, in, sizeof in - 1, false);
    assert_string_equal(b.data, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\xEF\xBF\xBD"
                                "e\xEF\xBF\xBD" "f\xEF\xBF\xBD" "g");
    exbuf_free(&b);
}

static void xml_escaping_keeps_tab_and_newline_in_text_but_not_in_attributes(void **state)
{
    (void)state;
    ExBuf text = {0}, attr = {0};
    exbuf_xml(&text, "a\tb\nc\rd", 7, false);
    exbuf_xml(&attr, "a\tb\nc\rd", 7, true);
    assert_string_equal(text.data, "a\tb\nc\rd");
    assert_string_equal(attr.data, "a&#9;b&#10;c&#13;d");
    exbuf_free(&text);
    exbuf_free(&attr);
}

static void xml_escaping_keeps_valid_multibyte_text(void **state)
{
    (void)state;
    ExBuf b = {0};
    const char *in = "\xE2\x80\x9CQuoted\xE2\x80\x9D \xF0\x9F\x93\xB0 caf\xC3\xA9";
    exbuf_xml(&b, in, strlen(in), false);
    assert_string_equal(b.data, in);
    exbuf_free(&b);
}

static void html_escaping_drops_control_characters(void **state)
{
    (void)state;
    ExBuf b = {0};
    exbuf_html(&b, "1 < 2 & \"x\"\x07\xEF\xBF\xBF", 16);
    assert_string_equal(b.data, "1 &lt; 2 &amp; &quot;x&quot;\xEF\xBF\xBD");
    exbuf_free(&b);
}

static void format_names_parse(void **state)
{
    (void)state;
    ExportFormat f;
    assert_true(export_format_parse("gift", &f));
    assert_int_equal(f, EXPORT_GIFT);
    assert_true(export_format_parse("moodle-xml", &f));
    assert_int_equal(f, EXPORT_MOODLE_XML);
    assert_true(export_format_parse("qti", &f));
    assert_int_equal(f, EXPORT_QTI);
    assert_false(export_format_parse("csv", &f));
}

static void shuffle_is_a_permutation_and_never_the_correct_order(void **state)
{
    (void)state;
    const char *ids[] = {"order", "a", "b", "timeline-2", "x.y", "q17"};
    for (size_t k = 0; k < sizeof ids / sizeof *ids; k++)
        for (size_t n = 2; n <= PACK_MAX_ORDER_EVENTS; n++) {
            Question q = {.id = ids[k]};
            int perm[PACK_MAX_ORDER_EVENTS], seen[PACK_MAX_ORDER_EVENTS] = {0};
            bool identity = true;
            export_shuffle(&q, perm, n);
            for (size_t i = 0; i < n; i++) {
                assert_true(perm[i] >= 0 && (size_t)perm[i] < n);
                assert_int_equal(seen[perm[i]]++, 0);
                identity &= perm[i] == (int)i;
            }
            assert_false(identity);
        }
}

/* --- GIFT ------------------------------------------------------------------------------------- */

/* A tag GIFT cannot hold as it is is changed out loud; a slash is kept (only categories nest). */
static void gift_tags_that_change_are_warned(void **state)
{
    (void)state;
    Pack *p = load_fixture("tests/fixtures/good/harbor.json");
    Question *q = &p->questions[0];
    const char *tags[] = {"needs [brackets]/slash", "plain"};
    const char **saved = q->tags;
    size_t n_saved = q->n_tags;
    q->tags = tags;
    q->n_tags = 2;
    ExportResult r;
    const char *g = export_one(p, EXPORT_GIFT, &r);
    assert_non_null(strstr(g, " [tag:needs (brackets)/slash] [tag:plain]\n"));
    const char *w = warning_with(&r, "tags changed for GIFT");
    assert_non_null(w);
    assert_non_null(strstr(w, q->id));
    q->tags = saved;
    q->n_tags = n_saved;
    export_result_free(&r);
    g = export_one(p, EXPORT_GIFT, &r);
    assert_null(warning_with(&r, "tags changed"));
    export_result_free(&r);
    pack_free(p);
}

static void gift_of_harbor_has_article_questions_and_feedback(void **state)
{
    (void)state;
    Pack *p = load_fixture("tests/fixtures/good/harbor.json");
    ExportResult r;
    const char *g = export_one(p, EXPORT_GIFT, &r);
    assert_int_equal(r.n_files, 1);
    assert_string_equal(r.files[0].name, "harbor-vote.gift.txt");
    assert_non_null(strstr(g, "$CATEGORY: $course$/top/Byline/The Harbor Vote\n"));
    assert_non_null(strstr(g, "::Article\\: Council delays harbor vote::[html]<h3>"));
    assert_non_null(strstr(g, "<p>Mayor Lee Grant said the delay would cost the town money.</p>"));
    assert_non_null(strstr(g, "// [id:who-more-time] [tag:attribution]\n::who-more-time::[html]"));
    assert_non_null(strstr(g, "\n~Lee Grant\n=Dana Obi\n~Jo Park\n####[html]<p>The quote is"));
    assert_non_null(strstr(g, "<blockquote class\\=\"byline-evidence\"><p>“We need more time"));
    /* order → matching, events shuffled (never in the correct order) */
    assert_non_null(strstr(g, "=[html]The council votes on the bond -> 2\n"
                              "=[html]The council delays the vote -> 1\n"));
    assert_int_equal(count(g, "\n}\n"), 2);
    assert_int_equal(r.warnings.count, 1);
    assert_non_null(warning_with(&r, "no ordering question"));
    assert_non_null(strstr(r.warnings.items[0], ": order"));
    export_result_free(&r);
    pack_free(p);
}

static void gift_lists_every_conversion_and_lost_points(void **state)
{
    (void)state;
    Pack *p = load_fixture("tests/fixtures/good/every-format.json");
    ExportResult r;
    const char *g = export_one(p, EXPORT_GIFT, &r);
    const char *w = warning_with(&r, "no ordering question");
    assert_non_null(w);
    assert_non_null(strstr(w, "order-3"));
    w = warning_with(&r, "click a sentence");
    assert_non_null(w);
    assert_non_null(strstr(w, "click-cost, click-rushed"));
    w = warning_with(&r, "no marks");
    assert_non_null(w);
    assert_non_null(strstr(w, "who-more-time, share"));
    w = warning_with(&r, "tags changed for GIFT"); /* "needs [brackets]/slash" */
    assert_non_null(w);
    assert_non_null(strstr(w, ": who-more-time"));
    assert_non_null(warning_with(&r, "Moodle category is the pack title with /")); /* "… / ~=#:\\" */
    assert_int_equal(r.warnings.count, 5);
    /* multi: Moodle's weights; a leading % in a choice is not a weight */
    assert_non_null(strstr(g, "~%50%Dana Obi\n~%50%Lee Grant\n~%-50%Ann Wu\n"));
    assert_non_null(strstr(g, "~&\\#37;Jo Park\n"));
    /* text: Byline's folded forms added; * is a literal star for Moodle */
    assert_non_null(strstr(g, "=5%\n=5 \\\\* percent\n=five percent\n=5\n=5 percent\n"));
    /* evidence: every sentence a choice, each evidence sentence right */
    assert_non_null(strstr(g, "=The draft goes to a vote on March 31.\n=Critics call it rushed.\n"));
    assert_non_null(strstr(g, "FALSE\n####"));
    export_result_free(&r);
    pack_free(p);
}

static const char ONE_SENTENCE[] =
    "{\"format\":1,\"id\":\"one\",\"title\":\"One\",\"language\":\"en\",\"articles\":[{\"id\":\"a\","
    "\"title\":\"T\",\"outlet\":\"O\",\"date\":\"2025-01-01\",\"paragraphs\":[\"Only one sentence "
    "here.\"]}],\"questions\":[{\"id\":\"click\",\"kind\":\"claim\",\"format\":\"evidence\","
    "\"prompt\":\"Click it.\",\"explanation\":\"It is the one.\",\"evidence\":[\"one sentence\"]},"
    "{\"id\":\"tf\",\"kind\":\"claim\",\"format\":\"true_false\",\"prompt\":\"True?\",\"answer\":"
    "true,\"explanation\":\"Yes.\",\"evidence\":[\"Only one\"]}]}";

static void evidence_over_a_one_sentence_article_is_skipped_out_loud(void **state)
{
    (void)state;
    Pack *p = load_text(ONE_SENTENCE);
    for (ExportFormat f = EXPORT_GIFT; f <= EXPORT_MOODLE_XML; f++) {
        ExportResult r;
        const char *out = export_one(p, f, &r);
        assert_null(strstr(out, f == EXPORT_GIFT ? "::click::" : "<name><text>click<"));
        assert_non_null(strstr(out, f == EXPORT_GIFT ? "::tf::" : "<name><text>tf<"));
        const char *w = warning_with(&r, "skipped");
        assert_non_null(w);
        assert_non_null(strstr(w, ": click"));
        export_result_free(&r);
    }
    ExportResult r; /* QTI can: the only sentence is the hottext */
    assert_true(export_pack(p, EXPORT_QTI, &r));
    assert_int_equal(r.warnings.count, 0);
    assert_non_null(strstr(r.files[0].content.data, "<hottext identifier=\"S1\">"));
    export_result_free(&r);
    pack_free(p);
}

/* --- Moodle XML ---------------------------------------------------------------------------------- */

static void moodle_xml_of_harbor_has_each_question_type(void **state)
{
    (void)state;
    Pack *p = load_fixture("tests/fixtures/good/harbor.json");
    ExportResult r;
    const char *x = export_one(p, EXPORT_MOODLE_XML, &r);
    assert_true(strncmp(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 39) == 0);
    assert_non_null(strstr(x, "\n<quiz>\n"));
    assert_int_equal(count(x, "<question type="), 4);
    assert_int_equal(count(x, "<question type=\"category\">"), 1);
    assert_int_equal(count(x, "<question type=\"description\">"), 1);
    assert_int_equal(count(x, "<question type=\"multichoice\">"), 1);
    assert_int_equal(count(x, "<question type=\"matching\">"), 1);
    assert_int_equal(count(x, "<subquestion format=\"html\">"), 2);
    assert_non_null(strstr(x, "<answer fraction=\"100\" format=\"html\"><text>Dana Obi</text>"));
    assert_non_null(strstr(x, "<idnumber>who-more-time</idnumber>"));
    assert_non_null(strstr(x, "<tag><text>attribution</text></tag>"));
    /* HTML inside XML is escaped once more */
    assert_non_null(strstr(x, "<generalfeedback format=\"html\"><text>&lt;p&gt;The quote is"));
    assert_non_null(strstr(x, "</quiz>\n"));
    assert_int_equal(r.warnings.count, 1);
    assert_non_null(warning_with(&r, "matching"));
    export_result_free(&r);
    pack_free(p);
}

static void moodle_xml_keeps_points_and_scores_multi_like_byline(void **state)
{
    (void)state;
    Pack *p = load_fixture("tests/fixtures/good/every-format.json");
    ExportResult r;
    const char *x = export_one(p, EXPORT_MOODLE_XML, &r);
    assert_non_null(strstr(x, "<defaultgrade>2</defaultgrade>"));
    assert_non_null(strstr(x, "<defaultgrade>3</defaultgrade>"));
    assert_non_null(strstr(x, "<single>false</single>"));
    assert_non_null(strstr(x, "<answer fraction=\"-50\" format=\"html\"><text>Ann Wu</text>"));
    assert_non_null(strstr(x, "<question type=\"truefalse\">"));
    assert_non_null(strstr(x, "<answer fraction=\"100\" format=\"moodle_auto_format\"><text>false"));
    assert_non_null(strstr(x, "<usecase>0</usecase>"));
    assert_non_null(strstr(x, "<text>5 \\* percent</text>"));
    /* a title full of specials is escaped in the category */
    assert_non_null(strstr(x, "Byline/Every format: {escapes} &amp; &lt;markup&gt; - ~=#:\\<"));
    assert_null(warning_with(&r, "marks"));
    assert_int_equal(r.warnings.count, 2);
    export_result_free(&r);
    pack_free(p);
}

/* --- QTI ------------------------------------------------------------------------------------------- */

static void qti_of_harbor_is_items_test_and_manifest(void **state)
{
    (void)state;
    Pack *p = load_fixture("tests/fixtures/good/harbor.json");
    ExportResult r;
    assert_true(export_pack(p, EXPORT_QTI, &r));
    assert_int_equal(r.n_files, 4);
    assert_int_equal(r.warnings.count, 0);
    const ExportFile *choice = file_named(&r, "q0001-who-more-time.xml");
    const ExportFile *order = file_named(&r, "q0002-order.xml");
    const ExportFile *test = file_named(&r, "harbor-vote-test.xml");
    const ExportFile *manifest = file_named(&r, "imsmanifest.xml");
    assert_non_null(choice);
    assert_non_null(order);
    assert_non_null(test);
    assert_non_null(manifest);
    const char *c = choice->content.data;
    assert_non_null(strstr(c, "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\""));
    assert_non_null(strstr(c, "identifier=\"Q_who-more-time\""));
    assert_non_null(strstr(c, "<correctResponse>\n      <value>C2</value>\n    </correctResponse>"));
    assert_non_null(strstr(c, "maxChoices=\"1\""));
    assert_non_null(strstr(c, "<simpleChoice identifier=\"C2\">Dana Obi</simpleChoice>"));
    assert_non_null(strstr(c, "<div class=\"byline-article\"><h3>Council delays harbor vote</h3>"));
    assert_non_null(strstr(c, "rptemplates/match_correct\">"));
    assert_non_null(strstr(c, "<modalFeedback outcomeIdentifier=\"FEEDBACK\" identifier=\"EXPLANATION\""));
    const char *o = order->content.data;
    assert_non_null(strstr(o, "cardinality=\"ordered\""));
    assert_non_null(strstr(o, "<value>E_delay</value>\n      <value>E_vote</value>"));
    assert_non_null(strstr(o, "<orderInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\">"));
    /* listed shuffled, not in the correct order */
    assert_true(strstr(o, "identifier=\"E_vote\">") < strstr(o, "identifier=\"E_delay\">"));
    const char *t = test->content.data;
    assert_non_null(strstr(t, "<assessmentItemRef identifier=\"Q_order\" href=\"q0002-order.xml\">"
                              "\n        <timeLimits maxTime=\"40\"/>"));
    const char *m = manifest->content.data;
    assert_int_equal(count(m, "type=\"imsqti_item_xmlv2p1\""), 2);
    assert_int_equal(count(m, "type=\"imsqti_test_xmlv2p1\""), 1);
    assert_non_null(strstr(m, "<dependency identifierref=\"R_order\"/>"));
    export_result_free(&r);
    pack_free(p);
}

static void qti_expresses_evidence_text_and_multi(void **state)
{
    (void)state;
    Pack *p = load_fixture("tests/fixtures/good/every-format.json");
    ExportResult r;
    assert_true(export_pack(p, EXPORT_QTI, &r));
    assert_int_equal(r.warnings.count, 0);
    assert_int_equal(r.n_files, p->n_questions + 2);
    const char *ev = file_named(&r, "q0008-click-rushed.xml")->content.data;
    assert_non_null(strstr(ev, "<hottextInteraction responseIdentifier=\"RESPONSE\" maxChoices=\"1\">"));
    assert_non_null(strstr(ev, "<hottext identifier=\"S3\">The draft goes to a vote on March 31.</hottext>"));
    assert_non_null(strstr(ev, "<mapEntry mapKey=\"S3\" mappedValue=\"1\""));
    assert_non_null(strstr(ev, "<mapEntry mapKey=\"S4\" mappedValue=\"1\""));
    assert_null(strstr(ev, "mapKey=\"S2\""));
    const char *tx = file_named(&r, "q0004-share.xml")->content.data;
    assert_non_null(strstr(tx, "baseType=\"string\""));
    assert_non_null(strstr(tx, "<textEntryInteraction responseIdentifier=\"RESPONSE\""));
    assert_non_null(strstr(tx, "<mapEntry mapKey=\"5\" mappedValue=\"3\" caseSensitive=\"false\"/>"));
    assert_non_null(strstr(tx, "<defaultValue><value>3</value></defaultValue>"));
    const char *mu = file_named(&r, "q0002-who-is-quoted.xml")->content.data;
    assert_non_null(strstr(mu, "cardinality=\"multiple\""));
    assert_non_null(strstr(mu, "maxChoices=\"0\""));
    assert_non_null(strstr(mu, "<mapEntry mapKey=\"C3\" mappedValue=\"-0.5\""));
    const char *tf = file_named(&r, "q0003-delay-saves.xml")->content.data;
    assert_non_null(strstr(tf, "<value>FALSE</value>"));
    /* the title in attributes is escaped */
    const char *test = file_named(&r, "every-format-test.xml")->content.data;
    assert_non_null(strstr(test, "title=\"Every format: {escapes} &amp; &lt;markup&gt; / ~=#:\\\""));
    export_result_free(&r);
    pack_free(p);
}

static void zip_holds_every_file_stored(void **state)
{
    (void)state;
    Pack *p = load_fixture("tests/fixtures/good/harbor.json");
    ExportResult r;
    ExBuf zip = {0};
    assert_true(export_pack(p, EXPORT_QTI, &r));
    assert_true(export_zip(&r, &zip));
    assert_memory_equal(zip.data, "PK\x03\x04", 4);
    assert_memory_equal(zip.data + zip.len - 22, "PK\x05\x06", 4);
    assert_int_equal((unsigned char)zip.data[zip.len - 12], r.n_files); /* entries */
    for (size_t i = 0; i < r.n_files; i++) {
        const char *found = NULL;
        for (size_t k = 0; k + r.files[i].content.len <= zip.len && !found; k++)
            if (memcmp(zip.data + k, r.files[i].content.data, r.files[i].content.len) == 0)
                found = zip.data + k;
        assert_non_null(found);
    }
    exbuf_free(&zip);
    export_result_free(&r);
    pack_free(p);
}

/* cite.json: the pack asks every question that can for its evidence (reyes-role opts out;
 * reyes-concerns gives a quarter of its point to the evidence). GIFT and Moodle XML follow each
 * with its evidence part, multiple choice over the sentences; Moodle splits the points; QTI adds
 * a second interaction; every target names what changed. */
static void cite_questions_become_two_linked_parts(void **state)
{
    (void)state;
    Pack *p = load_fixture("tests/fixtures/good/cite.json");
    ExportResult r = {0};
    const char *gift = export_one(p, EXPORT_GIFT, &r);
    assert_non_null(strstr(gift, "::who-half-asleep-evidence::"));
    assert_null(strstr(gift, "::reyes-role-evidence::"));
    assert_null(strstr(gift, "::when-start-evidence::")); /* an evidence question never cites */
    const char *part = strstr(gift, "::who-half-asleep-evidence::");
    assert_true(part > strstr(gift, "::who-half-asleep::")); /* right after its question */
    assert_non_null(strstr(part, "Which sentence of the article shows it?"));
    assert_non_null(strstr(part, "\n=\u201cTeenagers learn better")); /* the quote is right */
    const char *w = warning_with(&r, "exported as two questions");
    assert_non_null(w);
    assert_non_null(strstr(w, "who-half-asleep, reyes-concerns"));
    assert_null(strstr(w, "reyes-role"));
    export_result_free(&r);

    const char *xml = export_one(p, EXPORT_MOODLE_XML, &r);
    assert_int_equal(count(xml, "-evidence</text></name>"), 5);
    /* 2 points at share 0.5: 1 + 1; 1 point at share 0.25: 0.75 + 0.25 */
#define GRADE_OF(g, id) "<defaultgrade>" g "</defaultgrade>\n    <idnumber>" id "</idnumber>"
    assert_non_null(strstr(xml, GRADE_OF("1", "who-half-asleep")));
    assert_non_null(strstr(xml, GRADE_OF("1", "who-half-asleep-evidence")));
    assert_non_null(strstr(xml, GRADE_OF("0.75", "reyes-concerns")));
    assert_non_null(strstr(xml, GRADE_OF("0.25", "reyes-concerns-evidence")));
    assert_non_null(strstr(xml, GRADE_OF("1", "reyes-role")));
#undef GRADE_OF
    assert_non_null(warning_with(&r, "the points split between them as the pack says"));
    export_result_free(&r);

    assert_true(export_pack(p, EXPORT_QTI, &r));
    const char *item = r.files[0].content.data; /* who-half-asleep, 2 points */
    assert_non_null(strstr(item, "<hottextInteraction responseIdentifier=\"CITE\""));
    assert_non_null(strstr(item, "<responseDeclaration identifier=\"CITE\""));
    assert_non_null(strstr(item, "<mapResponse identifier=\"CITE\"/>"));
    assert_null(strstr(item, "template="));
    /* the answer's half of the 2 points */
    assert_non_null(strstr(item, "<baseValue baseType=\"float\">1</baseValue>"));
    assert_non_null(strstr(item, "<value>2</value>"));                             /* MAXSCORE */
    assert_null(strstr(r.files[1].content.data, "CITE")); /* reyes-role opts out */
    assert_non_null(warning_with(&r, "one item with two interactions"));
    export_result_free(&r);
    pack_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cite_questions_become_two_linked_parts),
        cmocka_unit_test(gift_escaping_backslashes_every_special_character),
        cmocka_unit_test(gift_escaping_turns_line_breaks_into_spaces),
        cmocka_unit_test(xml_escaping_covers_markup_and_quotes),
        cmocka_unit_test(xml_escaping_replaces_characters_xml_forbids),
        cmocka_unit_test(xml_escaping_keeps_tab_and_newline_in_text_but_not_in_attributes),
        cmocka_unit_test(xml_escaping_keeps_valid_multibyte_text),
        cmocka_unit_test(html_escaping_drops_control_characters),
        cmocka_unit_test(format_names_parse),
        cmocka_unit_test(shuffle_is_a_permutation_and_never_the_correct_order),
        cmocka_unit_test(gift_of_harbor_has_article_questions_and_feedback),
        cmocka_unit_test(gift_tags_that_change_are_warned),
        cmocka_unit_test(gift_lists_every_conversion_and_lost_points),
        cmocka_unit_test(evidence_over_a_one_sentence_article_is_skipped_out_loud),
        cmocka_unit_test(moodle_xml_of_harbor_has_each_question_type),
        cmocka_unit_test(moodle_xml_keeps_points_and_scores_multi_like_byline),
        cmocka_unit_test(qti_of_harbor_is_items_test_and_manifest),
        cmocka_unit_test(qti_expresses_evidence_text_and_multi),
        cmocka_unit_test(zip_holds_every_file_stored),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
