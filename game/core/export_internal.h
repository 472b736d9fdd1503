/* export_internal.h — shared by the exporters (export_*.c) and the GIFT importer. Not for use
 * elsewhere. */
#ifndef BYLINE_EXPORT_INTERNAL_H
#define BYLINE_EXPORT_INTERNAL_H
#include "export.h"
#include "limits.h"
#include "text.h"
#include <stdarg.h>

/* --- buffers (export_util.c) ------------------------------------------------------------- */
void exbuf_putn(ExBuf *b, const char *s, size_t n);
void exbuf_puts(ExBuf *b, const char *s);
void exbuf_putc(ExBuf *b, char c);
void exbuf_printf(ExBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* --- escaping (export_util.c) -------------------------------------------------------------
 * Each appends s[0..n) to b, escaped. All of them turn invalid UTF-8 into U+FFFD, so their
 * output is valid UTF-8 whatever the input. */

/* HTML text: & < > " escaped; control characters other than tab and newlines dropped, U+FFFE
 * and U+FFFF replaced: the result is also a well-formed XML fragment (QTI embeds it as XHTML). */
void exbuf_html(ExBuf *b, const char *s, size_t n);
/* XML 1.0 character data or attribute value: & < > " ' escaped; tab, CR and LF written as
 * character references when `attribute` (so they survive attribute normalisation); every other
 * character XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF) becomes U+FFFD. */
void exbuf_xml(ExBuf *b, const char *s, size_t n, bool attribute);
/* GIFT text: ~ = # { } : \ escaped with a backslash; line breaks and other control characters
 * become spaces, because a blank line ends a GIFT question. */
void exbuf_gift(ExBuf *b, const char *s, size_t n);

/* --- results ------------------------------------------------------------------------------- */
/* Appends a file named `name` to r; returns its content buffer, or NULL when out of memory. */
ExBuf *export_add_file(ExportResult *r, const char *name);

/* --- what a question is about (export_util.c) ----------------------------------------------- */
/* The article a question is about: the one its first evidence passage is in (0 when none). */
int export_question_article(const Pack *p, const Question *q);
/* A passage's text in its article body (not NUL-terminated). */
const char *export_passage_text(const Pack *p, const Passage *ps, size_t *len);
/* A deterministic shuffle of 0..n-1 (seeded by the question id) that is never the identity
 * when n >= 2: order questions must not be shown in their correct order. */
void export_shuffle(const Question *q, int *perm, size_t n);
/* For evidence questions: *n_correct = the sentences of `a` (article index `ai`) that overlap
 * q's evidence. */
size_t export_evidence_correct(const Question *q, int ai, const Article *a);

/* The accepted answers of a text question and, where it differs, each as Byline folds it (no
 * punctuation, spaces collapsed), so a target that only ignores case accepts what Byline accepts.
 * Calls fn once for each form that differs from the earlier ones ignoring ASCII case. Returns
 * false when out of memory. */
typedef void (*ExportFormFn)(void *ctx, const char *form);
bool export_accept_forms(const Question *q, ExportFormFn fn, void *ctx);

/* Appends s with each * written as \* (Moodle short answers: * is a wildcard, \* a star). */
void export_star_escape(ExBuf *b, const char *s);

/* --- HTML pieces shared by all targets (export_util.c) --------------------------------------- */
/* Byline's own pieces carry classes (byline-about, byline-note, byline-label, byline-dateline,
 * byline-attribution, byline-evidence) so that `byline import` can tell them from the text. */
/* The article: headline, outlet/byline/date line, paragraphs, attribution and URL. */
void export_article_html(ExBuf *b, const Article *a);
/* The explanation and the evidence passages, quoted. In a pack of several articles each passage
 * follows a line of class EXPORT_SOURCE_CLASS, "<outlet>: <headline>", naming its article. */
void export_feedback_html(ExBuf *b, const Pack *p, const Question *q);
#define EXPORT_SOURCE_CLASS "byline-source"
/* A short line naming the article, for question texts ("About: <headline> (outlet)"). */
void export_about_html(ExBuf *b, const Pack *p, const Question *q);

/* --- two-part "cite" questions (export_cite.c) --------------------------------------------- */
/* The evidence part's question text, its id suffix, and the class of its note (by which `byline
 * import` folds it back into the question before it). */
#define EXPORT_CITE_PROMPT "Which sentence of the article shows it?"
#define EXPORT_CITE_ID_SUFFIX "-evidence"
#define EXPORT_CITE_CLASS "byline-cite"
/* q's article can be offered as a multiple choice of its sentences: 2..EXPORT_MAX_SENTENCE_CHOICES
 * sentences, at least one of them evidence and one not (evidence questions and cite parts). */
bool export_sentences_fit(const Pack *p, const Question *q);
/* The points of one part of q: the answer part (evidence false) or the evidence part; for a
 * question without a cite part, its points and 0. */
double export_part_points(const Question *q, bool evidence);
/* The evidence part's question text: the article line, EXPORT_CITE_PROMPT and a note naming the
 * question it belongs to. */
void export_cite_stem_html(ExBuf *b, const Pack *p, const Question *q);

/* --- losses ----------------------------------------------------------------------------------
 * Questions a target cannot express as they are, collected by kind of loss so that each kind is
 * one warning listing every affected question id. */
typedef struct ExportIds {
    ExBuf ids; /* "a, b, c" */
    size_t count;
} ExportIds;
void export_ids_add(ExportIds *l, const char *id);
/* When l has ids, adds "<message>: id, id, ..." to w. Frees l either way; returns false when out
 * of memory. */
bool export_ids_flush(ExportIds *l, ExportWarnings *w, const char *message);

/* --- QTI (export_qti.c, export_qti_package.c) ------------------------------------------------ */
#define QTI_NS "http://www.imsglobal.org/xsd/imsqti_v2p1"
#define QTI_SCHEMA_LOCATION QTI_NS " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
/* The file of question i: "q0001-ID.xml". */
void qti_item_file_name(ExBuf *b, size_t i, const Question *q);
/* An XML identifier (an NCName) made of prefix + id; characters outside [A-Za-z0-9._-] become _. */
void qti_identifier(ExBuf *b, const char *prefix, const char *id);
/* Appends the assessmentTest and imsmanifest.xml for the items already in out. */
bool qti_write_package(const Pack *p, ExportResult *out);

#define EXPORT_STR_(x) #x
#define EXPORT_STR(x) EXPORT_STR_(x)

#endif
