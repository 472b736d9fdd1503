/* export_moodle.c — a pack as Moodle XML (question bank import format).
 *
 * <quiz> holds a category, one description question per article, then one <question> each:
 * choice and multi → multichoice, true_false → truefalse, text → shortanswer, order → matching
 * (event → position), evidence → multichoice over the article's sentences. HTML texts are
 * XML-escaped (not CDATA), so any text is safe. Points become <defaultgrade>; the explanation
 * and evidence are the general feedback. A question that asks for its evidence ("cite") is
 * followed by its evidence part, a multichoice over the sentences (export_cite.c); the two parts
 * share the question's points as the pack says. */
#include "export_internal.h"
#include <string.h>

typedef struct Moodle {
    const Pack *p;
    ExBuf *out;
    ExBuf html;
    ExportIds as_matching, as_choice, skipped, cited, cite_dropped;
} Moodle;

static void put_xml(Moodle *m, const char *s) { exbuf_xml(m->out, s, strlen(s), false); }

/* <TAG format="html"><text>…scratch HTML…</text> (left open), clearing the scratch. */
static void open_html_element(Moodle *m, const char *tag)
{
    exbuf_printf(m->out, "    <%s format=\"html\"><text>", tag);
    exbuf_xml(m->out, m->html.data ? m->html.data : "", m->html.len, false);
    exbuf_puts(m->out, "</text>");
    m->html.len = 0;
}

static void put_html_element(Moodle *m, const char *tag)
{
    open_html_element(m, tag);
    exbuf_printf(m->out, "</%s>\n", tag);
}

static void put_name(Moodle *m, const char *prefix, const char *name)
{
    exbuf_puts(m->out, "    <name><text>");
    put_xml(m, prefix);
    put_xml(m, name);
    exbuf_puts(m->out, "</text></name>\n");
}

/* Moodle category paths use / as the separator. */
static void write_header(Moodle *m)
{
    exbuf_puts(m->out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<!-- A Byline quiz pack exported as Moodle XML; see docs/export.md. -->\n"
                       "<quiz>\n  <question type=\"category\">\n"
                       "    <category><text>$course$/top/Byline/");
    for (const char *c = m->p->title; *c; c++) {
        char ch = *c == '/' ? '-' : *c;
        exbuf_xml(m->out, &ch, 1, false);
    }
    exbuf_puts(m->out, "</text></category>\n  </question>\n");
}

static void write_articles(Moodle *m)
{
    for (size_t i = 0; i < m->p->n_articles; i++) {
        const Article *a = &m->p->articles[i];
        exbuf_puts(m->out, "  <question type=\"description\">\n");
        put_name(m, "Article: ", a->title);
        export_article_html(&m->html, a);
        put_html_element(m, "questiontext");
        exbuf_puts(m->out, "    <defaultgrade>0</defaultgrade>\n  </question>\n");
    }
}

static void write_common(Moodle *m, const Question *q, const char *type, const char *note)
{
    exbuf_printf(m->out, "  <question type=\"%s\">\n", type);
    put_name(m, "", q->id);
    export_about_html(&m->html, m->p, q);
    exbuf_puts(&m->html, "<p>");
    exbuf_html(&m->html, q->prompt, strlen(q->prompt));
    exbuf_puts(&m->html, "</p>");
    if (note) exbuf_printf(&m->html, "<p class=\"byline-note\"><em>%s</em></p>", note);
    put_html_element(m, "questiontext");
    export_feedback_html(&m->html, m->p, q);
    put_html_element(m, "generalfeedback");
    /* A cite question's answer is worth its share, unless its evidence part cannot be written */
    bool split = q->cite && export_sentences_fit(m->p, q);
    exbuf_printf(m->out, "    <defaultgrade>%.7g</defaultgrade>\n    <idnumber>",
                 split ? export_part_points(q, false) : (double)q->points);
    put_xml(m, q->id);
    exbuf_puts(m->out, "</idnumber>\n");
}

static void write_tags_and_close(Moodle *m, const Question *q)
{
    if (q->n_tags) {
        exbuf_puts(m->out, "    <tags>\n");
        for (size_t i = 0; i < q->n_tags; i++) {
            exbuf_puts(m->out, "      <tag><text>");
            put_xml(m, q->tags[i]);
            exbuf_puts(m->out, "</text></tag>\n");
        }
        exbuf_puts(m->out, "    </tags>\n");
    }
    exbuf_puts(m->out, "  </question>\n");
}

/* One <answer>; the text is HTML already in the scratch buffer. */
static void put_answer(Moodle *m, const char *fraction)
{
    exbuf_printf(m->out, "    <answer fraction=\"%s\" format=\"html\"><text>", fraction);
    exbuf_xml(m->out, m->html.data ? m->html.data : "", m->html.len, false);
    exbuf_puts(m->out, "</text><feedback format=\"html\"><text></text></feedback></answer>\n");
    m->html.len = 0;
}

static void put_multichoice_options(Moodle *m, bool single, bool shuffle, const char *numbering)
{
    exbuf_printf(m->out,
                 "    <single>%s</single>\n    <shuffleanswers>%s</shuffleanswers>\n"
                 "    <answernumbering>%s</answernumbering>\n",
                 single ? "true" : "false", shuffle ? "true" : "false", numbering);
}

static void write_choice(Moodle *m, const Question *q)
{
    write_common(m, q, "multichoice", NULL);
    put_multichoice_options(m, true, false, "ABCD");
    for (size_t i = 0; i < q->n_choices; i++) {
        exbuf_html(&m->html, q->choices[i], strlen(q->choices[i]));
        put_answer(m, (int)i == q->answer ? "100" : "0");
    }
}

/* Correct choices share +100%, wrong ones -100%, so ticking everything scores 0. */
static void write_multi(Moodle *m, const Question *q)
{
    size_t right = 0;
    for (size_t i = 0; i < q->n_choices; i++) right += (q->answers >> i) & 1u;
    size_t wrong = q->n_choices - right;
    write_common(m, q, "multichoice", "Choose every correct answer.");
    put_multichoice_options(m, false, false, "ABCD");
    for (size_t i = 0; i < q->n_choices; i++) {
        char fraction[32];
        bool ok = (q->answers >> i) & 1u;
        snprintf(fraction, sizeof fraction, "%.7g",
                 ok ? 100.0 / (double)right : -100.0 / (double)(wrong ? wrong : 1));
        exbuf_html(&m->html, q->choices[i], strlen(q->choices[i]));
        put_answer(m, fraction);
    }
}

static void write_true_false(Moodle *m, const Question *q)
{
    write_common(m, q, "truefalse", NULL);
    static const char *const names[2] = {"true", "false"};
    for (int i = 0; i < 2; i++) {
        bool this_is_right = (i == 0) == q->truth;
        exbuf_printf(m->out,
                     "    <answer fraction=\"%s\" format=\"moodle_auto_format\"><text>%s</text>"
                     "<feedback format=\"html\"><text></text></feedback></answer>\n",
                     this_is_right ? "100" : "0", names[i]);
    }
}

/* Moodle short answers: case-insensitive with usecase 0; * is a wildcard, \* a literal star. */
static void put_short_answer(void *ctx, const char *form)
{
    Moodle *m = ctx;
    exbuf_puts(m->out, "    <answer fraction=\"100\" format=\"moodle_auto_format\"><text>");
    ExBuf plain = {0};
    export_star_escape(&plain, form);
    exbuf_xml(m->out, plain.data ? plain.data : "", plain.len, false);
    m->out->oom |= plain.oom;
    exbuf_free(&plain);
    exbuf_puts(m->out, "</text><feedback format=\"html\"><text></text></feedback></answer>\n");
}

static void write_text(Moodle *m, const Question *q)
{
    write_common(m, q, "shortanswer", NULL);
    exbuf_puts(m->out, "    <usecase>0</usecase>\n");
    if (!export_accept_forms(q, put_short_answer, m)) m->out->oom = true;
}

/* Events shuffled (the pack lists them in the correct order), each matched to its position. */
static void write_order(Moodle *m, const Question *q)
{
    int perm[PACK_MAX_ORDER_EVENTS];
    size_t n = q->n_order < PACK_MAX_ORDER_EVENTS ? q->n_order : PACK_MAX_ORDER_EVENTS;
    export_shuffle(q, perm, n);
    write_common(m, q, "matching", "Match each event to its place in the order (1 = first).");
    exbuf_puts(m->out, "    <shuffleanswers>true</shuffleanswers>\n");
    for (size_t i = 0; i < n; i++) {
        const char *text = m->p->events[q->order[perm[i]]].text;
        exbuf_html(&m->html, text, strlen(text));
        open_html_element(m, "subquestion");
        exbuf_printf(m->out, "<answer><text>%d</text></answer></subquestion>\n", perm[i] + 1);
    }
}

/* Every sentence is a choice; each one that overlaps the evidence is fully right, as in Byline. */
static void write_sentences(Moodle *m, const Question *q)
{
    int ai = export_question_article(m->p, q);
    const Article *a = &m->p->articles[ai];
    put_multichoice_options(m, true, false, "none");
    for (size_t s = 0; s < a->n_sentences; s++) {
        exbuf_html(&m->html, a->body + a->sentences[s].start,
                   a->sentences[s].end - a->sentences[s].start);
        put_answer(m, pack_sentence_is_evidence(q, ai, s, a) ? "100" : "0");
    }
}

static void write_evidence(Moodle *m, const Question *q)
{
    write_common(m, q, "multichoice", "Choose the sentence of the article that shows it.");
    write_sentences(m, q);
}

/* The evidence part of a cite question, right after it, worth the evidence share of the points. */
static void write_cite_part(Moodle *m, const Question *q)
{
    exbuf_puts(m->out, "  <question type=\"multichoice\">\n");
    put_name(m, q->id, EXPORT_CITE_ID_SUFFIX);
    export_cite_stem_html(&m->html, m->p, q);
    put_html_element(m, "questiontext");
    export_feedback_html(&m->html, m->p, q);
    put_html_element(m, "generalfeedback");
    exbuf_printf(m->out, "    <defaultgrade>%.7g</defaultgrade>\n    <idnumber>",
                 export_part_points(q, true));
    put_xml(m, q->id);
    exbuf_puts(m->out, EXPORT_CITE_ID_SUFFIX "</idnumber>\n");
    write_sentences(m, q);
    write_tags_and_close(m, q);
}

static void write_question(Moodle *m, const Question *q)
{
    switch (q->format) {
    case FORMAT_CHOICE: write_choice(m, q); break;
    case FORMAT_MULTI: write_multi(m, q); break;
    case FORMAT_TRUE_FALSE: write_true_false(m, q); break;
    case FORMAT_TEXT: write_text(m, q); break;
    case FORMAT_ORDER:
        export_ids_add(&m->as_matching, q->id);
        write_order(m, q);
        break;
    case FORMAT_EVIDENCE:
        if (!export_sentences_fit(m->p, q)) {
            export_ids_add(&m->skipped, q->id);
            return;
        }
        export_ids_add(&m->as_choice, q->id);
        write_evidence(m, q);
        break;
    default: return;
    }
    write_tags_and_close(m, q);
    if (!q->cite) return;
    bool fits = export_sentences_fit(m->p, q);
    export_ids_add(fits ? &m->cited : &m->cite_dropped, q->id);
    if (fits) write_cite_part(m, q);
}

static bool flush_warnings(Moodle *m, ExportWarnings *w)
{
    bool ok = export_ids_flush(&m->as_matching, w,
                               "Moodle XML has no ordering question in core Moodle; order "
                               "questions exported as matching (event -> position)");
    ok &= export_ids_flush(&m->as_choice, w,
                           "Moodle cannot ask to click a sentence; evidence questions exported "
                           "as multiple choice over the article's sentences");
    ok &= export_ids_flush(&m->skipped, w,
                           "evidence questions skipped: the article has fewer than 2 or more "
                           "than " EXPORT_STR(EXPORT_MAX_SENTENCE_CHOICES) " sentences, or "
                           "every sentence is evidence");
    ok &= export_ids_flush(&m->cited, w,
                           "Moodle cannot ask for the evidence after the answer; questions with "
                           "\"cite\" exported as two questions: the answer, then \""
                           EXPORT_CITE_PROMPT "\" (id + \"" EXPORT_CITE_ID_SUFFIX "\") as "
                           "multiple choice over the article's sentences, the points split "
                           "between them as the pack says");
    ok &= export_ids_flush(&m->cite_dropped, w,
                           "questions with \"cite\" exported without their evidence part (the "
                           "answer is worth all the points): the article has fewer than 2 "
                           "or more than " EXPORT_STR(EXPORT_MAX_SENTENCE_CHOICES) " sentences, "
                           "or every sentence is evidence");
    return ok;
}

bool export_moodle_xml(const Pack *p, ExportResult *out)
{
    ExBuf name = {0};
    exbuf_printf(&name, "%s.moodle.xml", p->id);
    Moodle m = {.p = p, .out = name.oom ? NULL : export_add_file(out, name.data)};
    exbuf_free(&name);
    if (!m.out) return false;
    write_header(&m);
    write_articles(&m);
    for (size_t i = 0; i < p->n_questions; i++) write_question(&m, &p->questions[i]);
    exbuf_puts(m.out, "</quiz>\n");
    bool ok = flush_warnings(&m, &out->warnings) && !m.out->oom && !m.html.oom;
    exbuf_free(&m.html);
    return ok;
}
