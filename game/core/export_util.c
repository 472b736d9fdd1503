/* export_util.c — buffers, escaping and the HTML pieces (article, feedback) shared by the
 * exporters. Escaping is layered: a question text is first built as HTML (exbuf_html), then the
 * whole HTML is escaped once more for its container (exbuf_gift or exbuf_xml). */
#include "export_internal.h"
#include "text.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* --- buffers ----------------------------------------------------------------------------- */

static bool exbuf_reserve(ExBuf *b, size_t extra)
{
    if (b->oom) return false;
    if (b->len + extra + 1 <= b->cap) return true;
    if (extra > EXPORT_MAX_FILE_BYTES || b->len + extra > EXPORT_MAX_FILE_BYTES) {
        b->oom = true;
        return false;
    }
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2) {
            b->oom = true;
            return false;
        }
        cap *= 2;
    }
    char *d = realloc(b->data, cap);
    if (!d) {
        b->oom = true;
        return false;
    }
    b->data = d;
    b->cap = cap;
    return true;
}

void exbuf_putn(ExBuf *b, const char *s, size_t n)
{
    if (!exbuf_reserve(b, n)) return;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void exbuf_puts(ExBuf *b, const char *s) { exbuf_putn(b, s, strlen(s)); }
void exbuf_putc(ExBuf *b, char c) { exbuf_putn(b, &c, 1); }

void exbuf_printf(ExBuf *b, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n >= 0 && exbuf_reserve(b, (size_t)n)) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
}

void exbuf_free(ExBuf *b)
{
    free(b->data);
    *b = (ExBuf){0};
}

/* --- escaping ------------------------------------------------------------------------------ */

/* The next character of s: its code point, and its byte length in *len. Invalid UTF-8 gives
 * U+FFFD for one byte, so every escaper makes progress and writes valid UTF-8. */
static uint32_t next_cp(const char *s, size_t n, size_t *len)
{
    uint32_t cp;
    *len = text_utf8_decode(s, n, &cp);
    return cp;
}

/* Copies a multi-byte character, or U+FFFD when it was invalid. */
static void put_cp(ExBuf *b, const char *s, size_t len, uint32_t cp)
{
    if (cp == 0xFFFD) exbuf_puts(b, REPLACEMENT);
    else exbuf_putn(b, s, len);
}

/* The length of the run at s of printable ASCII bytes not in `specials`: copied as they are, in
 * one go (exports of big packs are mostly such runs). */
static size_t plain_run(const char *s, size_t n, const char *specials)
{
    size_t i = 0;
    while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F &&
           !strchr(specials, s[i]))
        i++;
    return i;
}

void exbuf_html(ExBuf *b, const char *s, size_t n)
{
    for (size_t i = 0, len; i < n; i += len) {
        if ((len = plain_run(s + i, n - i, "&<>\""))) {
            exbuf_putn(b, s + i, len);
            continue;
        }
        uint32_t cp = next_cp(s + i, n - i, &len);
        switch (cp) {
        case '&': exbuf_puts(b, "&amp;"); break;
        case '<': exbuf_puts(b, "&lt;"); break;
        case '>': exbuf_puts(b, "&gt;"); break;
        case '"': exbuf_puts(b, "&quot;"); break;
        case '\t': case '\n': case '\r': exbuf_putc(b, (char)cp); break;
        default:
            if (cp == 0xFFFE || cp == 0xFFFF) exbuf_puts(b, REPLACEMENT);
            else if (cp >= 0x20 && cp != 0x7F) put_cp(b, s + i, len, cp);
        }
    }
}

static bool xml_allowed(uint32_t cp)
{
    if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
    return cp != 0xFFFE && cp != 0xFFFF;
}

void exbuf_xml(ExBuf *b, const char *s, size_t n, bool attribute)
{
    for (size_t i = 0, len; i < n; i += len) {
        if ((len = plain_run(s + i, n - i, "&<>\"'"))) {
            exbuf_putn(b, s + i, len);
            continue;
        }
        uint32_t cp = next_cp(s + i, n - i, &len);
        switch (cp) {
        case '&': exbuf_puts(b, "&amp;"); break;
        case '<': exbuf_puts(b, "&lt;"); break;
        case '>': exbuf_puts(b, "&gt;"); break;
        case '"': exbuf_puts(b, "&quot;"); break;
        case '\'': exbuf_puts(b, "&apos;"); break;
        case '\t': case '\n': case '\r':
            if (attribute) exbuf_printf(b, "&#%u;", (unsigned)cp);
            else exbuf_putc(b, (char)cp);
            break;
        default:
            if (xml_allowed(cp)) put_cp(b, s + i, len, cp);
            else exbuf_puts(b, REPLACEMENT);
        }
    }
}

void exbuf_gift(ExBuf *b, const char *s, size_t n)
{
    for (size_t i = 0, len; i < n; i += len) {
        if ((len = plain_run(s + i, n - i, "~=#{}:\\"))) {
            exbuf_putn(b, s + i, len);
            continue;
        }
        uint32_t cp = next_cp(s + i, n - i, &len);
        if (cp && cp < 0x80 && strchr("~=#{}:\\", (int)cp)) {
            exbuf_putc(b, '\\');
            exbuf_putc(b, (char)cp);
        } else if (cp < 0x20 || cp == 0x7F) {
            exbuf_putc(b, ' ');
        } else {
            put_cp(b, s + i, len, cp);
        }
    }
}

/* --- results and warnings ------------------------------------------------------------------- */

ExBuf *export_add_file(ExportResult *r, const char *name)
{
    ExportFile *f = realloc(r->files, (r->n_files + 1) * sizeof *f);
    if (!f) return NULL;
    r->files = f;
    char *copy = malloc(strlen(name) + 1);
    if (!copy) return NULL;
    strcpy(copy, name);
    f[r->n_files] = (ExportFile){.name = copy};
    return &f[r->n_files++].content;
}

void export_result_free(ExportResult *r)
{
    for (size_t i = 0; i < r->n_files; i++) {
        free(r->files[i].name);
        exbuf_free(&r->files[i].content);
    }
    free(r->files);
    export_warnings_free(&r->warnings);
    *r = (ExportResult){0};
}

bool export_warn(ExportWarnings *w, const char *fmt, ...)
{
    if (w->count == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 8;
        char **items = realloc(w->items, cap * sizeof *items);
        if (!items) return false;
        w->items = items;
        w->cap = cap;
    }
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (msg) vsnprintf(msg, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    if (!msg) return false;
    w->items[w->count++] = msg;
    return true;
}

void export_warnings_free(ExportWarnings *w)
{
    for (size_t i = 0; i < w->count; i++) free(w->items[i]);
    free(w->items);
    *w = (ExportWarnings){0};
}

void export_ids_add(ExportIds *l, const char *id)
{
    if (l->count++) exbuf_puts(&l->ids, ", ");
    exbuf_puts(&l->ids, id);
}

bool export_ids_flush(ExportIds *l, ExportWarnings *w, const char *message)
{
    bool ok = !l->ids.oom;
    if (ok && l->count) ok = export_warn(w, "%s: %s", message, l->ids.data);
    exbuf_free(&l->ids);
    l->count = 0;
    return ok;
}

/* --- formats ---------------------------------------------------------------------------------- */

static const char *const FORMAT_NAMES[EXPORT_FORMAT_COUNT] = {"gift", "moodle-xml", "qti"};

bool export_format_parse(const char *name, ExportFormat *out)
{
    for (int f = 0; f < EXPORT_FORMAT_COUNT; f++)
        if (strcmp(name, FORMAT_NAMES[f]) == 0) {
            *out = (ExportFormat)f;
            return true;
        }
    if (strcmp(name, "moodle") == 0 || strcmp(name, "xml") == 0) {
        *out = EXPORT_MOODLE_XML;
        return true;
    }
    return false;
}

const char *export_format_name(ExportFormat f)
{
    return f >= 0 && f < EXPORT_FORMAT_COUNT ? FORMAT_NAMES[f] : "?";
}

bool export_pack(const Pack *p, ExportFormat f, ExportResult *out)
{
    *out = (ExportResult){0};
    switch (f) {
    case EXPORT_GIFT: return export_gift(p, out);
    case EXPORT_MOODLE_XML: return export_moodle_xml(p, out);
    case EXPORT_QTI: return export_qti(p, out);
    default: return false;
    }
}

/* --- what a question is about ----------------------------------------------------------------- */

int export_question_article(const Pack *p, const Question *q)
{
    if (q->n_evidence && q->evidence[0].article >= 0 && (size_t)q->evidence[0].article < p->n_articles)
        return q->evidence[0].article;
    return 0;
}

const char *export_passage_text(const Pack *p, const Passage *ps, size_t *len)
{
    const Article *a = &p->articles[ps->article >= 0 ? ps->article : 0];
    size_t end = ps->end <= a->body_len ? ps->end : a->body_len;
    size_t start = ps->start <= end ? ps->start : end;
    *len = end - start;
    return a->body + start;
}

/* FNV-1a: a stable seed from the question id, so an export is the same every time. */
static uint32_t seed_of(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h ? h : 1;
}

void export_shuffle(const Question *q, int *perm, size_t n)
{
    uint32_t x = seed_of(q->id);
    for (size_t i = 0; i < n; i++) perm[i] = (int)i;
    for (size_t i = n; i > 1; i--) {
        x ^= x << 13; /* xorshift32 */
        x ^= x >> 17;
        x ^= x << 5;
        size_t j = x % i;
        int t = perm[i - 1];
        perm[i - 1] = perm[j];
        perm[j] = t;
    }
    bool identity = true;
    for (size_t i = 0; i < n && identity; i++) identity = perm[i] == (int)i;
    if (identity && n >= 2) { /* rotate by one */
        for (size_t i = 0; i < n; i++) perm[i] = (int)((i + 1) % n);
    }
}

size_t export_evidence_correct(const Question *q, int ai, const Article *a)
{
    size_t n = 0;
    for (size_t s = 0; s < a->n_sentences; s++) n += pack_sentence_is_evidence(q, ai, s, a);
    return n;
}

static bool ascii_case_equal(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = (*a >= 'A' && *a <= 'Z') ? (char)(*a + 32) : *a;
        char y = (*b >= 'A' && *b <= 'Z') ? (char)(*b + 32) : *b;
        if (x != y) return false;
    }
    return *a == *b;
}

bool export_accept_forms(const Question *q, ExportFormFn fn, void *ctx)
{
    const char *seen[2 * PACK_MAX_ACCEPT];
    char *folded[PACK_MAX_ACCEPT] = {0};
    size_t n_seen = 0, n = q->n_accept < PACK_MAX_ACCEPT ? q->n_accept : PACK_MAX_ACCEPT;
    bool ok = true;
    for (size_t i = 0; i < 2 * n; i++) {
        const char *form = i < n ? q->accept[i] : (folded[i - n] = text_fold_answer(q->accept[i - n]));
        if (!form) {
            ok = false;
            continue;
        }
        bool dup = !*form;
        for (size_t k = 0; k < n_seen && !dup; k++) dup = ascii_case_equal(seen[k], form);
        if (dup) continue;
        seen[n_seen++] = form;
        fn(ctx, form);
    }
    for (size_t i = 0; i < n; i++) free(folded[i]);
    return ok;
}

void export_star_escape(ExBuf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '*') exbuf_putc(b, '\\');
        exbuf_putc(b, *s);
    }
}

/* --- shared HTML -------------------------------------------------------------------------------- */

static void html_str(ExBuf *b, const char *s) { exbuf_html(b, s, strlen(s)); }

void export_article_html(ExBuf *b, const Article *a)
{
    char date[16];
    date_format(a->date, date);
    exbuf_puts(b, "<h3>");
    html_str(b, a->title);
    exbuf_puts(b, "</h3><p class=\"byline-dateline\"><em>");
    html_str(b, a->outlet);
    if (a->byline) {
        exbuf_puts(b, " \xC2\xB7 ");
        html_str(b, a->byline);
    }
    exbuf_printf(b, " \xC2\xB7 %s</em></p>", date);
    for (size_t i = 0; i < a->n_paragraphs; i++) {
        exbuf_puts(b, "<p>");
        html_str(b, a->paragraphs[i]);
        exbuf_puts(b, "</p>");
    }
    if (a->attribution || a->url) {
        exbuf_puts(b, "<p class=\"byline-attribution\"><small>");
        if (a->attribution) html_str(b, a->attribution);
        if (a->attribution && a->url) exbuf_puts(b, " ");
        if (a->url) html_str(b, a->url);
        exbuf_puts(b, "</small></p>");
    }
}

void export_feedback_html(ExBuf *b, const Pack *p, const Question *q)
{
    exbuf_puts(b, "<p>");
    html_str(b, q->explanation);
    exbuf_puts(b, "</p>");
    if (!q->n_evidence) return;
    /* With several articles, each passage says whose it is (outlet: headline), so that feedback
     * shows which outlet said what and an import can give the passage its "article" back. */
    bool several = p->n_articles > 1;
    exbuf_puts(b, several ? "<p class=\"byline-label\">Evidence from the articles:</p>"
                          : "<p class=\"byline-label\">Evidence from the article:</p>");
    for (size_t i = 0; i < q->n_evidence; i++) {
        size_t len;
        const char *t = export_passage_text(p, &q->evidence[i], &len);
        int ai = q->evidence[i].article;
        if (several && ai >= 0 && (size_t)ai < p->n_articles) {
            exbuf_puts(b, "<p class=\"" EXPORT_SOURCE_CLASS "\"><em>");
            html_str(b, p->articles[ai].outlet);
            exbuf_puts(b, ": ");
            html_str(b, p->articles[ai].title);
            exbuf_puts(b, "</em></p>");
        }
        exbuf_puts(b, "<blockquote class=\"byline-evidence\"><p>");
        exbuf_html(b, t, len);
        exbuf_puts(b, "</p></blockquote>");
    }
}

void export_about_html(ExBuf *b, const Pack *p, const Question *q)
{
    const Article *a = &p->articles[export_question_article(p, q)];
    exbuf_puts(b, "<p class=\"byline-about\"><em>Article: ");
    html_str(b, a->title);
    exbuf_puts(b, " (");
    html_str(b, a->outlet);
    exbuf_puts(b, ")</em></p>");
}
