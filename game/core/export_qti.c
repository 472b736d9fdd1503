/* export_qti.c — a pack as IMS QTI 2.1 assessment items, one file per question.
 *
 * QTI can express every Byline format: choice → choiceInteraction (maxChoices 1), multi →
 * choiceInteraction (maxChoices 0, partial credit by mapping), true_false → choiceInteraction
 * over True/False, text → textEntryInteraction with a case-insensitive mapping, order →
 * orderInteraction, evidence → hottextInteraction whose hottexts are the article's sentences.
 * Each item carries the article (items are shown one at a time, without the rest of the quiz),
 * the explanation and evidence as modalFeedback, and scores 0..points. A question that asks for
 * its evidence ("cite") gets a second interaction, CITE: a hottextInteraction over the article's
 * sentences after the answer; the points are split between RESPONSE and CITE as the pack says,
 * and SCORE is their sum (inline rules only: the standard templates know one response).
 *
 * responseProcessing names the standard template (match_correct or map_response), which is what
 * importers recognise, and also spells the same rules out inline plus one more: setting FEEDBACK
 * so that the modalFeedback is shown. QTI prefers inline rules when both are given. */
#include "export_internal.h"
#include <string.h>

#define QTI_TEMPLATE "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"

typedef struct Qti {
    const Pack *p;
    const Question *q;
    ExBuf *out;
    ExBuf tmp;
    bool cite;     /* with the CITE interaction (export_sentences_fit) */
    double points; /* of RESPONSE: all the question's, or the answer's share when cite */
} Qti;

static void put_xml(Qti *x, const char *s) { exbuf_xml(x->out, s, strlen(s), false); }
static void put_attr(Qti *x, const char *s) { exbuf_xml(x->out, s, strlen(s), true); }
/* HTML for element content: it is escaped already, and well-formed XML (see exbuf_html). */
static void put_html(Qti *x, const char *s, size_t n) { exbuf_html(x->out, s, n); }
static void put_html_str(Qti *x, const char *s) { exbuf_html(x->out, s, strlen(s)); }

void qti_identifier(ExBuf *b, const char *prefix, const char *id)
{
    exbuf_puts(b, prefix);
    for (const char *c = id; *c; c++) {
        bool ok = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
                  *c == '.' || *c == '-' || *c == '_';
        exbuf_putc(b, ok ? *c : '_');
    }
}

void qti_item_file_name(ExBuf *b, size_t i, const Question *q)
{
    exbuf_printf(b, "q%04zu-", i + 1);
    qti_identifier(b, "", q->id);
    exbuf_puts(b, ".xml");
}

/* --- declarations ------------------------------------------------------------------------------ */

static void open_item(Qti *x)
{
    exbuf_puts(x->out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentItem xmlns=\"" QTI_NS
                       "\"\n    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                       "    xsi:schemaLocation=\"" QTI_SCHEMA_LOCATION "\"\n    identifier=\"");
    qti_identifier(x->out, "Q_", x->q->id);
    exbuf_puts(x->out, "\" title=\"");
    put_attr(x, x->q->prompt);
    exbuf_puts(x->out, "\" adaptive=\"false\" timeDependent=\"false\">\n");
}

static void open_response_as(Qti *x, const char *rid, const char *cardinality,
                             const char *base_type)
{
    exbuf_printf(x->out,
                 "  <responseDeclaration identifier=\"%s\" cardinality=\"%s\" "
                 "baseType=\"%s\">\n    <correctResponse>\n",
                 rid, cardinality, base_type);
}

static void open_response(Qti *x, const char *cardinality, const char *base_type)
{
    open_response_as(x, "RESPONSE", cardinality, base_type);
}

static void put_value(Qti *x, const char *prefix, const char *id)
{
    exbuf_puts(x->out, "      <value>");
    if (prefix) qti_identifier(x->out, prefix, id);
    else put_xml(x, id);
    exbuf_puts(x->out, "</value>\n");
}

static void put_outcomes(Qti *x)
{
    exbuf_printf(x->out,
                 "  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" "
                 "baseType=\"float\">\n    <defaultValue><value>0</value></defaultValue>\n"
                 "  </outcomeDeclaration>\n"
                 "  <outcomeDeclaration identifier=\"MAXSCORE\" cardinality=\"single\" "
                 "baseType=\"float\">\n    <defaultValue><value>%d</value></defaultValue>\n"
                 "  </outcomeDeclaration>\n"
                 "  <outcomeDeclaration identifier=\"FEEDBACK\" cardinality=\"single\" "
                 "baseType=\"identifier\"/>\n",
                 x->q->points);
}

/* --- body pieces ------------------------------------------------------------------------------- */

static void put_article(Qti *x)
{
    exbuf_puts(x->out, "    <div class=\"byline-article\">");
    export_article_html(x->out, &x->p->articles[export_question_article(x->p, x->q)]);
    exbuf_puts(x->out, "</div>\n");
}

static void put_prompt(Qti *x)
{
    exbuf_puts(x->out, "      <prompt>");
    put_html_str(x, x->q->prompt);
    exbuf_puts(x->out, "</prompt>\n");
}

static void put_choice(Qti *x, const char *prefix, const char *id, const char *text)
{
    exbuf_puts(x->out, "      <simpleChoice identifier=\"");
    qti_identifier(x->out, prefix, id);
    exbuf_puts(x->out, "\">");
    put_html_str(x, text);
    exbuf_puts(x->out, "</simpleChoice>\n");
}

static void choice_id(char *buf, size_t size, size_t i) { snprintf(buf, size, "%zu", i + 1); }

/* --- the formats ------------------------------------------------------------------------------- */

static void choice_declaration(Qti *x)
{
    const Question *q = x->q;
    char id[24];
    bool multi = q->format == FORMAT_MULTI;
    open_response(x, multi ? "multiple" : "single", "identifier");
    for (size_t i = 0; i < q->n_choices; i++) {
        bool right = multi ? ((q->answers >> i) & 1u) : (int)i == q->answer;
        choice_id(id, sizeof id, i);
        if (right) put_value(x, "C", id);
    }
    exbuf_puts(x->out, "    </correctResponse>\n");
    if (!multi) return;
    /* Partial credit as in Moodle: right choices share +points, wrong ones -points, floor 0. */
    size_t right = 0;
    for (size_t i = 0; i < q->n_choices; i++) right += (q->answers >> i) & 1u;
    size_t wrong = q->n_choices - right;
    exbuf_printf(x->out, "    <mapping lowerBound=\"0\" upperBound=\"%.7g\" defaultValue=\"0\">\n",
                 x->points);
    for (size_t i = 0; i < q->n_choices; i++) {
        bool ok = (q->answers >> i) & 1u;
        double v = ok ? x->points / (double)right : -x->points / (double)(wrong ? wrong : 1);
        choice_id(id, sizeof id, i);
        exbuf_printf(x->out, "      <mapEntry mapKey=\"C%s\" mappedValue=\"%.7g\" "
                             "caseSensitive=\"true\"/>\n", id, v);
    }
    exbuf_puts(x->out, "    </mapping>\n");
}

static void choice_body(Qti *x)
{
    const Question *q = x->q;
    char id[24];
    exbuf_printf(x->out,
                 "    <choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" "
                 "maxChoices=\"%d\">\n",
                 q->format == FORMAT_MULTI ? 0 : 1);
    put_prompt(x);
    for (size_t i = 0; i < q->n_choices; i++) {
        choice_id(id, sizeof id, i);
        put_choice(x, "C", id, q->choices[i]);
    }
    exbuf_puts(x->out, "    </choiceInteraction>\n");
}

static void true_false_declaration(Qti *x)
{
    open_response(x, "single", "identifier");
    put_value(x, NULL, x->q->truth ? "TRUE" : "FALSE");
    exbuf_puts(x->out, "    </correctResponse>\n");
}

static void true_false_body(Qti *x)
{
    exbuf_puts(x->out, "    <choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" "
                       "maxChoices=\"1\">\n");
    put_prompt(x);
    put_choice(x, "", "TRUE", "True");
    put_choice(x, "", "FALSE", "False");
    exbuf_puts(x->out, "    </choiceInteraction>\n");
}

static void put_map_entry(void *ctx, const char *form)
{
    Qti *x = ctx;
    exbuf_puts(x->out, "      <mapEntry mapKey=\"");
    put_attr(x, form);
    exbuf_printf(x->out, "\" mappedValue=\"%.7g\" caseSensitive=\"false\"/>\n", x->points);
}

static void text_declaration(Qti *x)
{
    open_response(x, "single", "string");
    put_value(x, NULL, x->q->accept[0]);
    exbuf_printf(x->out, "    </correctResponse>\n    <mapping lowerBound=\"0\" "
                         "upperBound=\"%.7g\" defaultValue=\"0\">\n", x->points);
    if (!export_accept_forms(x->q, put_map_entry, x)) x->out->oom = true;
    exbuf_puts(x->out, "    </mapping>\n");
}

static void text_body(Qti *x)
{
    size_t longest = 10;
    for (size_t i = 0; i < x->q->n_accept; i++)
        if (strlen(x->q->accept[i]) > longest) longest = strlen(x->q->accept[i]);
    exbuf_puts(x->out, "    <p>");
    put_html_str(x, x->q->prompt);
    exbuf_printf(x->out, "</p>\n    <p><textEntryInteraction responseIdentifier=\"RESPONSE\" "
                         "expectedLength=\"%zu\"/></p>\n", longest);
}

static void order_declaration(Qti *x)
{
    open_response(x, "ordered", "identifier");
    for (size_t i = 0; i < x->q->n_order; i++) put_value(x, "E_", x->p->events[x->q->order[i]].id);
    exbuf_puts(x->out, "    </correctResponse>\n");
}

/* Shuffled in the file too: a player that ignores shuffle must not show the answer. */
static void order_body(Qti *x)
{
    int perm[PACK_MAX_ORDER_EVENTS];
    size_t n = x->q->n_order < PACK_MAX_ORDER_EVENTS ? x->q->n_order : PACK_MAX_ORDER_EVENTS;
    export_shuffle(x->q, perm, n);
    exbuf_puts(x->out, "    <orderInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\">\n");
    put_prompt(x);
    for (size_t i = 0; i < n; i++) {
        const Event *e = &x->p->events[x->q->order[perm[i]]];
        put_choice(x, "E_", e->id, e->text);
    }
    exbuf_puts(x->out, "    </orderInteraction>\n");
}

/* Any sentence that overlaps the evidence is right, as in Byline: a mapping gives each of them
 * full points; correctResponse (single) names the first. `rid` is RESPONSE for an evidence
 * question, CITE for the evidence part of a cite question. */
static void evidence_declaration(Qti *x, const char *rid, double points)
{
    int ai = export_question_article(x->p, x->q);
    const Article *a = &x->p->articles[ai];
    bool first = true;
    open_response_as(x, rid, "single", "identifier");
    for (size_t s = 0; s < a->n_sentences && first; s++)
        if (pack_sentence_is_evidence(x->q, ai, s, a)) {
            exbuf_printf(x->out, "      <value>S%zu</value>\n", s + 1);
            first = false;
        }
    exbuf_printf(x->out, "    </correctResponse>\n    <mapping lowerBound=\"0\" "
                         "upperBound=\"%.7g\" defaultValue=\"0\">\n", points);
    for (size_t s = 0; s < a->n_sentences; s++)
        if (pack_sentence_is_evidence(x->q, ai, s, a))
            exbuf_printf(x->out, "      <mapEntry mapKey=\"S%zu\" mappedValue=\"%.7g\" "
                                 "caseSensitive=\"true\"/>\n", s + 1, points);
    exbuf_puts(x->out, "    </mapping>\n");
}

/* One paragraph: the text between sentences as it is, each sentence a hottext. Sentences are in
 * order, so *next (the first sentence not yet written) moves forward across paragraphs. */
static void evidence_paragraph(Qti *x, const Article *a, size_t para, size_t *next)
{
    size_t start = a->paragraph_start[para], end = a->paragraph_start[para + 1];
    if (para + 1 < a->n_paragraphs) end -= 2; /* the "\n\n" before the next paragraph */
    size_t at = start;
    exbuf_puts(x->out, "      <p>");
    for (; *next < a->n_sentences && a->sentences[*next].start < end; ++*next) {
        size_t s = *next;
        const TextSpan *sp = &a->sentences[s];
        if (sp->start < at) continue;
        size_t stop = sp->end < end ? sp->end : end;
        put_html(x, a->body + at, sp->start - at);
        exbuf_printf(x->out, "<hottext identifier=\"S%zu\">", s + 1);
        put_html(x, a->body + sp->start, stop - sp->start);
        exbuf_puts(x->out, "</hottext>");
        at = stop;
    }
    put_html(x, a->body + at, end - at);
    exbuf_puts(x->out, "</p>\n");
}

static void evidence_body(Qti *x, const char *rid, const char *prompt)
{
    const Article *a = &x->p->articles[export_question_article(x->p, x->q)];
    char date[16];
    date_format(a->date, date);
    exbuf_puts(x->out, "    <h3>");
    put_html_str(x, a->title);
    exbuf_puts(x->out, "</h3>\n    <p class=\"byline-dateline\"><em>");
    put_html_str(x, a->outlet);
    if (a->byline) {
        exbuf_puts(x->out, " \xC2\xB7 ");
        put_html_str(x, a->byline);
    }
    exbuf_printf(x->out, " \xC2\xB7 %s</em></p>\n", date);
    exbuf_printf(x->out, "    <hottextInteraction responseIdentifier=\"%s\" maxChoices=\"1\">\n",
                 rid);
    exbuf_puts(x->out, "      <prompt>");
    put_html_str(x, prompt);
    exbuf_puts(x->out, "</prompt>\n");
    size_t next = 0;
    for (size_t i = 0; i < a->n_paragraphs; i++) evidence_paragraph(x, a, i, &next);
    exbuf_puts(x->out, "    </hottextInteraction>\n");
    if (!a->attribution && !a->url) return;
    exbuf_puts(x->out, "    <p class=\"byline-attribution\"><small>");
    if (a->attribution) put_html_str(x, a->attribution);
    if (a->attribution && a->url) exbuf_puts(x->out, " ");
    if (a->url) put_html_str(x, a->url);
    exbuf_puts(x->out, "</small></p>\n");
}

/* --- processing and feedback ------------------------------------------------------------------- */

static void put_set_score(Qti *x, const char *indent, const char *value)
{
    exbuf_printf(x->out, "%s<setOutcomeValue identifier=\"SCORE\">%s</setOutcomeValue>\n", indent,
                 value);
}

/* The evidence part: its mapped points added to SCORE when a sentence was picked. */
static void put_cite_processing(Qti *x)
{
    exbuf_puts(x->out, "    <responseCondition>\n      <responseIf>\n        <not><isNull>"
                       "<variable identifier=\"CITE\"/></isNull></not>\n");
    put_set_score(x, "        ", "<sum><variable identifier=\"SCORE\"/>"
                                 "<mapResponse identifier=\"CITE\"/></sum>");
    exbuf_puts(x->out, "      </responseIf>\n    </responseCondition>\n");
}

static void put_processing(Qti *x, bool mapped)
{
    char points[64];
    snprintf(points, sizeof points, "<baseValue baseType=\"float\">%.7g</baseValue>", x->points);
    if (x->cite) exbuf_puts(x->out, "  <responseProcessing>\n"); /* no template knows CITE */
    else exbuf_printf(x->out, "  <responseProcessing template=\"" QTI_TEMPLATE "%s\">\n",
                      mapped ? "map_response" : "match_correct");
    exbuf_puts(x->out, "    <responseCondition>\n      <responseIf>\n");
    if (mapped) {
        exbuf_puts(x->out, "        <isNull><variable identifier=\"RESPONSE\"/></isNull>\n");
        put_set_score(x, "        ", "<baseValue baseType=\"float\">0</baseValue>");
        exbuf_puts(x->out, "      </responseIf>\n      <responseElse>\n");
        put_set_score(x, "        ", "<mapResponse identifier=\"RESPONSE\"/>");
    } else {
        exbuf_puts(x->out, "        <match><variable identifier=\"RESPONSE\"/>"
                           "<correct identifier=\"RESPONSE\"/></match>\n");
        put_set_score(x, "        ", points);
        exbuf_puts(x->out, "      </responseIf>\n      <responseElse>\n");
        put_set_score(x, "        ", "<baseValue baseType=\"float\">0</baseValue>");
    }
    exbuf_puts(x->out, "      </responseElse>\n    </responseCondition>\n");
    if (x->cite) put_cite_processing(x);
    exbuf_puts(x->out, "    <setOutcomeValue identifier=\"FEEDBACK\">"
                       "<baseValue baseType=\"identifier\">EXPLANATION</baseValue>"
                       "</setOutcomeValue>\n  </responseProcessing>\n");
}

static void put_feedback(Qti *x)
{
    exbuf_puts(x->out, "  <modalFeedback outcomeIdentifier=\"FEEDBACK\" identifier=\"EXPLANATION\" "
                       "showHide=\"show\" title=\"Explanation\">");
    export_feedback_html(x->out, x->p, x->q);
    exbuf_puts(x->out, "</modalFeedback>\n</assessmentItem>\n");
}

static void write_item(Qti *x)
{
    QuestionFormat f = x->q->format;
    open_item(x);
    switch (f) {
    case FORMAT_CHOICE: case FORMAT_MULTI: choice_declaration(x); break;
    case FORMAT_TRUE_FALSE: true_false_declaration(x); break;
    case FORMAT_TEXT: text_declaration(x); break;
    case FORMAT_ORDER: order_declaration(x); break;
    default: evidence_declaration(x, "RESPONSE", x->points); break;
    }
    exbuf_puts(x->out, "  </responseDeclaration>\n");
    if (x->cite) {
        evidence_declaration(x, "CITE", export_part_points(x->q, true));
        exbuf_puts(x->out, "  </responseDeclaration>\n");
    }
    put_outcomes(x);
    exbuf_puts(x->out, "  <itemBody>\n");
    if (f != FORMAT_EVIDENCE) put_article(x);
    switch (f) {
    case FORMAT_CHOICE: case FORMAT_MULTI: choice_body(x); break;
    case FORMAT_TRUE_FALSE: true_false_body(x); break;
    case FORMAT_TEXT: text_body(x); break;
    case FORMAT_ORDER: order_body(x); break;
    default: evidence_body(x, "RESPONSE", x->q->prompt); break;
    }
    if (x->cite) evidence_body(x, "CITE", EXPORT_CITE_PROMPT);
    exbuf_puts(x->out, "  </itemBody>\n");
    put_processing(x, f == FORMAT_MULTI || f == FORMAT_TEXT || f == FORMAT_EVIDENCE);
    put_feedback(x);
}

/* Names the cite questions: each is one item with a second interaction, or without its evidence
 * part when the article cannot be offered as hottexts of a sensible number. */
static bool warn_cites(const Pack *p, ExportWarnings *w)
{
    ExportIds cited = {0}, dropped = {0};
    for (size_t i = 0; i < p->n_questions; i++)
        if (p->questions[i].cite)
            export_ids_add(export_sentences_fit(p, &p->questions[i]) ? &cited : &dropped,
                           p->questions[i].id);
    bool ok = export_ids_flush(&cited, w,
                               "QTI has no second step after the answer; questions with \"cite\" "
                               "exported as one item with two interactions, the answer and \""
                               EXPORT_CITE_PROMPT "\" (a hottext over the article's sentences), "
                               "the points split between them as the pack says");
    ok &= export_ids_flush(&dropped, w,
                           "questions with \"cite\" exported without their evidence part (the "
                           "answer is worth all the points): the article has fewer than 2 or more "
                           "than " EXPORT_STR(EXPORT_MAX_SENTENCE_CHOICES) " sentences, or every "
                           "sentence is evidence");
    return ok;
}

bool export_qti(const Pack *p, ExportResult *out)
{
    bool ok = true;
    for (size_t i = 0; i < p->n_questions && ok; i++) {
        ExBuf name = {0};
        qti_item_file_name(&name, i, &p->questions[i]);
        const Question *q = &p->questions[i];
        bool cite = q->cite && export_sentences_fit(p, q);
        Qti x = {.p = p, .q = q, .cite = cite,
                 .points = cite ? export_part_points(q, false) : q->points};
        x.out = name.oom ? NULL : export_add_file(out, name.data);
        exbuf_free(&name);
        if (!x.out) return false;
        write_item(&x);
        ok = !x.out->oom;
    }
    return ok && warn_cites(p, &out->warnings) && qti_write_package(p, out);
}
