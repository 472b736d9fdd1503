/* export_gift.c — a pack as Moodle GIFT text.
 *
 * Layout: a $CATEGORY line, one description item per article (the article as HTML), then one
 * question each, its text and answers in [html] format, the explanation and evidence as general
 * feedback ("####"), and the id and tags in a "// [id:…] [tag:…]" comment (Moodle 4 reads them).
 * GIFT has no ordering and no "click the sentence" question: order questions become matching
 * (event → position), evidence questions multiple choice over the article's sentences; each is
 * listed in a warning. A question that asks for its evidence ("cite") is followed by its evidence
 * part, "Which sentence of the article shows it?" over the same sentences (export_cite.c). GIFT
 * carries no marks either, so points other than 1 are warned about. */
#include "export_internal.h"
#include <stdlib.h>
#include <string.h>

typedef struct Gift {
    const Pack *p;
    ExBuf *out;
    ExBuf html; /* scratch: one piece of HTML before GIFT escaping */
    ExportIds as_matching, as_choice, skipped, points, tags, cited, cite_dropped;
    bool title_changed;
} Gift;

/* Writes the scratch HTML, GIFT-escaped, and clears it. A leading % or [ would read as a weight
 * or a format marker, so it is written as a character reference. */
static void flush_html(Gift *g)
{
    const char *s = g->html.data ? g->html.data : "";
    size_t n = g->html.len;
    if (n && (s[0] == '%' || s[0] == '[')) {
        exbuf_puts(g->out, s[0] == '%' ? "&\\#37;" : "&\\#91;"); /* # escaped for GIFT */
        s++;
        n--;
    }
    exbuf_gift(g->out, s, n);
    g->html.len = 0;
}

static void put_html_text(Gift *g, const char *s)
{
    exbuf_html(&g->html, s, strlen(s));
    flush_html(g);
}

/* A Moodle category or a value in a "// [tag:…]" comment: one line, no brackets (a "]" would end
 * the tag), and for a category (`slash` true) no slashes, which would nest categories. Returns
 * true when s had to be changed, so the caller can say so. */
static bool put_label_as(ExBuf *b, const char *s, bool slash)
{
    bool changed = false;
    for (; *s; s++) {
        char c = *s;
        if ((unsigned char)c < 0x20 || c == 0x7F) c = ' ';
        else if (c == '/' && slash) c = '-';
        else if (c == '[') c = '(';
        else if (c == ']') c = ')';
        changed |= c != *s;
        exbuf_putc(b, c);
    }
    return changed;
}

static bool put_label(ExBuf *b, const char *s) { return put_label_as(b, s, true); }

static void write_header(Gift *g)
{
    exbuf_puts(g->out, "// Byline quiz pack exported as GIFT (see docs/export.md).\n// Pack: ");
    put_label(g->out, g->p->id);
    exbuf_puts(g->out, "\n\n$CATEGORY: $course$/top/Byline/");
    g->title_changed = put_label(g->out, g->p->title);
    exbuf_puts(g->out, "\n\n");
}

static void write_articles(Gift *g)
{
    for (size_t i = 0; i < g->p->n_articles; i++) {
        const Article *a = &g->p->articles[i];
        exbuf_puts(g->out, "::Article\\: ");
        exbuf_gift(g->out, a->title, strlen(a->title));
        exbuf_puts(g->out, "::[html]");
        export_article_html(&g->html, a);
        flush_html(g);
        exbuf_puts(g->out, "\n\n");
    }
}

static void write_id_comment(Gift *g, const Question *q)
{
    exbuf_puts(g->out, "// [id:");
    put_label(g->out, q->id);
    exbuf_puts(g->out, "]");
    bool changed = false;
    for (size_t i = 0; i < q->n_tags; i++) {
        exbuf_puts(g->out, " [tag:");
        changed |= put_label_as(g->out, q->tags[i], false);
        exbuf_puts(g->out, "]");
    }
    if (changed) export_ids_add(&g->tags, q->id);
    exbuf_putc(g->out, '\n');
}

/* "::id::[html]<about><prompt><note>{" */
static void write_stem(Gift *g, const Question *q, const char *note)
{
    write_id_comment(g, q);
    exbuf_puts(g->out, "::");
    exbuf_gift(g->out, q->id, strlen(q->id));
    exbuf_puts(g->out, "::[html]");
    export_about_html(&g->html, g->p, q);
    exbuf_puts(&g->html, "<p>");
    exbuf_html(&g->html, q->prompt, strlen(q->prompt));
    exbuf_puts(&g->html, "</p>");
    if (note) exbuf_printf(&g->html, "<p class=\"byline-note\"><em>%s</em></p>", note);
    flush_html(g);
    exbuf_puts(g->out, " {\n");
}

static void write_feedback(Gift *g, const Question *q)
{
    exbuf_puts(g->out, "####[html]");
    export_feedback_html(&g->html, g->p, q);
    flush_html(g);
    exbuf_puts(g->out, "\n}\n\n");
}

static void write_choice(Gift *g, const Question *q)
{
    for (size_t i = 0; i < q->n_choices; i++) {
        exbuf_putc(g->out, (int)i == q->answer ? '=' : '~');
        put_html_text(g, q->choices[i]);
        exbuf_putc(g->out, '\n');
    }
}

/* Moodle's multiple-answer form: correct choices share +100%, wrong ones share -100%, so picking
 * everything scores 0. Both weights are in Moodle's list of grades for up to 8 choices. */
static void write_multi(Gift *g, const Question *q)
{
    size_t right = 0;
    for (size_t i = 0; i < q->n_choices; i++) right += (q->answers >> i) & 1u;
    size_t wrong = q->n_choices - right;
    for (size_t i = 0; i < q->n_choices; i++) {
        bool ok = (q->answers >> i) & 1u;
        double w = ok ? 100.0 / (double)right : -100.0 / (double)(wrong ? wrong : 1);
        exbuf_printf(g->out, "~%%%.7g%%", w);
        put_html_text(g, q->choices[i]);
        exbuf_putc(g->out, '\n');
    }
}

/* Moodle short answers treat * as a wildcard; \* is a literal star. */
static void put_short_answer(void *ctx, const char *form)
{
    Gift *g = ctx;
    ExBuf plain = {0};
    export_star_escape(&plain, form);
    /* a leading % would read as a weight: give the weight explicitly first */
    exbuf_puts(g->out, form[0] == '%' ? "=%100%" : "=");
    exbuf_gift(g->out, plain.data ? plain.data : "", plain.len);
    exbuf_putc(g->out, '\n');
    g->out->oom |= plain.oom;
    exbuf_free(&plain);
}

static void write_text(Gift *g, const Question *q)
{
    if (!export_accept_forms(q, put_short_answer, g)) g->out->oom = true;
}

/* Events in a shuffled order (the pack lists them in the correct one), each matched to its
 * position. The positions are plain numbers: the right side of a GIFT match is plain text. */
static void write_order(Gift *g, const Question *q)
{
    int perm[PACK_MAX_ORDER_EVENTS];
    size_t n = q->n_order < PACK_MAX_ORDER_EVENTS ? q->n_order : PACK_MAX_ORDER_EVENTS;
    export_shuffle(q, perm, n);
    for (size_t i = 0; i < n; i++) {
        exbuf_puts(g->out, "=[html]");
        put_html_text(g, g->p->events[q->order[perm[i]]].text);
        exbuf_printf(g->out, " -> %d\n", perm[i] + 1);
    }
}

static void write_evidence(Gift *g, const Question *q, const Article *a, int ai)
{
    for (size_t s = 0; s < a->n_sentences; s++) {
        exbuf_putc(g->out, pack_sentence_is_evidence(q, ai, s, a) ? '=' : '~');
        exbuf_html(&g->html, a->body + a->sentences[s].start,
                   a->sentences[s].end - a->sentences[s].start);
        flush_html(g);
        exbuf_putc(g->out, '\n');
    }
}

static void write_question(Gift *g, const Question *q)
{
    switch (q->format) {
    case FORMAT_CHOICE:
        write_stem(g, q, NULL);
        write_choice(g, q);
        break;
    case FORMAT_MULTI:
        write_stem(g, q, "Choose every correct answer.");
        write_multi(g, q);
        break;
    case FORMAT_TRUE_FALSE:
        write_stem(g, q, NULL);
        exbuf_puts(g->out, q->truth ? "TRUE\n" : "FALSE\n");
        break;
    case FORMAT_TEXT:
        write_stem(g, q, NULL);
        write_text(g, q);
        break;
    case FORMAT_ORDER:
        write_stem(g, q, "Match each event to its place in the order (1 = first).");
        write_order(g, q);
        break;
    case FORMAT_EVIDENCE: {
        int ai = export_question_article(g->p, q);
        write_stem(g, q, "Choose the sentence of the article that shows it.");
        write_evidence(g, q, &g->p->articles[ai], ai);
        break;
    }
    default: return;
    }
    write_feedback(g, q);
}

/* The evidence part of a cite question: its own item right after the question, with an id of
 * its own (Moodle's idnumber must be unique) and the same feedback. */
static void write_cite_part(Gift *g, const Question *q)
{
    int ai = export_question_article(g->p, q);
    exbuf_puts(g->out, "// [id:");
    put_label(g->out, q->id);
    exbuf_puts(g->out, EXPORT_CITE_ID_SUFFIX "]\n::");
    exbuf_gift(g->out, q->id, strlen(q->id));
    exbuf_puts(g->out, EXPORT_CITE_ID_SUFFIX "::[html]");
    export_cite_stem_html(&g->html, g->p, q);
    flush_html(g);
    exbuf_puts(g->out, " {\n");
    write_evidence(g, q, &g->p->articles[ai], ai);
    write_feedback(g, q);
}

/* Notes the losses of q; returns false when q cannot be exported at all. */
static bool note_losses(Gift *g, const Question *q)
{
    if (q->points != 1) export_ids_add(&g->points, q->id);
    if (q->format == FORMAT_ORDER) export_ids_add(&g->as_matching, q->id);
    if (q->cite)
        export_ids_add(export_sentences_fit(g->p, q) ? &g->cited : &g->cite_dropped, q->id);
    if (q->format != FORMAT_EVIDENCE) return true;
    if (!export_sentences_fit(g->p, q)) {
        export_ids_add(&g->skipped, q->id);
        return false;
    }
    export_ids_add(&g->as_choice, q->id);
    return true;
}

static void write_questions(Gift *g)
{
    for (size_t i = 0; i < g->p->n_questions; i++) {
        const Question *q = &g->p->questions[i];
        if (note_losses(g, q)) {
            write_question(g, q);
            if (q->cite && export_sentences_fit(g->p, q)) write_cite_part(g, q);
            continue;
        }
        exbuf_puts(g->out, "// Skipped evidence question ");
        put_label(g->out, q->id);
        exbuf_puts(g->out, ": its article cannot be offered as a list of sentences.\n\n");
    }
}

static bool flush_warnings(Gift *g, ExportWarnings *w)
{
    bool ok = export_ids_flush(&g->as_matching, w,
                               "GIFT has no ordering question; order questions exported as "
                               "matching (event -> position)");
    ok &= export_ids_flush(&g->as_choice, w,
                           "GIFT cannot ask to click a sentence; evidence questions exported as "
                           "multiple choice over the article's sentences");
    ok &= export_ids_flush(&g->skipped, w,
                           "evidence questions skipped: the article has fewer than 2 or more "
                           "than " EXPORT_STR(EXPORT_MAX_SENTENCE_CHOICES) " sentences, or "
                           "every sentence is evidence");
    ok &= export_ids_flush(&g->cited, w,
                           "GIFT cannot ask for the evidence after the answer; questions with "
                           "\"cite\" exported as two questions: the answer, then \""
                           EXPORT_CITE_PROMPT "\" (id + \"" EXPORT_CITE_ID_SUFFIX "\") as "
                           "multiple choice over the article's sentences, worth 1 each as GIFT "
                           "has no marks (Byline splits the points between the two parts)");
    ok &= export_ids_flush(&g->cite_dropped, w,
                           "questions with \"cite\" exported without their evidence part: the "
                           "article has fewer than 2 or more than "
                           EXPORT_STR(EXPORT_MAX_SENTENCE_CHOICES) " sentences, or every sentence "
                           "is evidence");
    ok &= export_ids_flush(&g->tags, w,
                           "tags changed for GIFT, where a ] would end the tag ([ ] written as "
                           "( ), line breaks as spaces)");
    if (g->title_changed)
        ok &= export_warn(w, "the Moodle category is the pack title with / [ ] and line breaks "
                          "replaced (/ would nest categories)");
    ok &= export_ids_flush(&g->points, w,
                           "GIFT carries no marks; these questions are worth 1 in Moodle instead "
                           "of their points");
    return ok;
}

bool export_gift(const Pack *p, ExportResult *out)
{
    ExBuf name = {0};
    exbuf_printf(&name, "%s.gift.txt", p->id);
    Gift g = {.p = p, .out = name.oom ? NULL : export_add_file(out, name.data)};
    exbuf_free(&name);
    if (!g.out) return false;
    write_header(&g);
    write_articles(&g);
    write_questions(&g);
    bool ok = flush_warnings(&g, &out->warnings) && !g.out->oom && !g.html.oom;
    exbuf_free(&g.html);
    return ok;
}
