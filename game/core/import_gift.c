/* import_gift.c — reading GIFT (see import_gift.h for the subset): lines, items and the entry
 * point. The lexer (spans, escapes, answers) is import_gift_scan.c; turning answers into Byline's
 * question formats is import_gift_map.c.
 *
 * As Moodle does it: the text is split into items at blank lines; in an item, lines starting with
 * // are comments (where [id:…] and [tag:…] are read); an item is [::title::] [format] text, then
 * either nothing (a description) or an answer block { … } and perhaps more text (a "missing word"
 * question, imported with _____ in the prompt). Inside the braces, "####" starts the general
 * feedback, and answers start at an unescaped = or ~.
 *
 * Every scan is bounded by the item's length, so no input makes the parser read past its buffer. */
#include "export_internal.h" /* EXPORT_CITE_CLASS */
#include "import_gift_internal.h"
#include "text.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* --- items ------------------------------------------------------------------------------------------ */

static cJSON *item_tags(Reader *r)
{
    if (!r->item.n_tags) return NULL;
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; arr && i < r->item.n_tags; i++)
        gift_append_text(r, arr, gift_span_text(r, r->item.tags[i], false));
    if (!arr) r->pack.oom = true;
    return arr;
}

/* A description item is an article; its ::title:: ("Article: …") is the headline when the text
 * has no heading. */
static void read_description(Reader *r, Span title, Span text)
{
    bool html = gift_take_format(&text, false);
    TextBlocks b = {0};
    gift_span_blocks(r, text, html, &b);
    if (gift_starts_with(title, "Article\\:")) title = gift_trim(gift_sub(title, 9, title.n));
    char *headline = title.n ? gift_span_text(r, title, false) : NULL;
    import_pack_article(&r->pack, &b, headline, r->item.line);
    free(headline);
    import_blocks_free(&b);
}

/* True when the stem has Byline's note for an evidence question exported as multiple choice. */
static bool has_sentence_note(Reader *r, Span stem, bool html)
{
    TextBlocks b = {0};
    bool found = false;
    gift_span_blocks(r, stem, html, &b);
    for (size_t i = 0; i < b.count && !found; i++)
        found = strcmp(b.items[i].cls, "byline-note") == 0 &&
                strncmp(b.items[i].text, "Choose the sentence of the article", 34) == 0;
    import_blocks_free(&b);
    return found;
}

/* True when the stem is the evidence part of a cite question as `byline export` writes it (a note
 * of class EXPORT_CITE_CLASS): it is folded back into the question before it ("cite": true). */
static bool has_cite_note(Reader *r, Span stem, bool html)
{
    TextBlocks b = {0};
    bool found = false;
    gift_span_blocks(r, stem, html, &b);
    for (size_t i = 0; i < b.count && !found; i++)
        found = strcmp(b.items[i].cls, EXPORT_CITE_CLASS) == 0;
    import_blocks_free(&b);
    return found;
}

/* The prompt: the text before the braces, and after them for a missing-word question. */
static char *prompt_of(Reader *r, Span stem, Span after, bool html)
{
    char *before = gift_span_text(r, stem, html), *rest = gift_span_text(r, gift_trim(after), html);
    ExBuf p = {0};
    exbuf_puts(&p, before ? before : "");
    if (rest && *rest) {
        exbuf_puts(&p, " _____ ");
        exbuf_puts(&p, rest);
    }
    free(before);
    free(rest);
    if (!p.data || !p.data[0]) {
        exbuf_puts(&p, "TODO: the question");
        import_warn(&r->pack, r->item.line, "question without text");
    }
    r->pack.oom |= p.oom;
    return p.data;
}

static void read_question(Reader *r, Span title, Span stem, Span answers, Span after)
{
    bool html = gift_take_format(&stem, false);
    if (has_cite_note(r, stem, html) && import_pack_cite_last(&r->pack)) return;
    char id[PACK_MAX_ID_CHARS + 8], *wanted = NULL;
    if (r->item.id.n) wanted = gift_span_text(r, r->item.id, false);
    else if (title.n) wanted = gift_span_text(r, title, false);
    import_pack_question_id(&r->pack, wanted, id, sizeof id);
    free(wanted);
    r->sentence_note = has_sentence_note(r, stem, html);
    cJSON *q = gift_new_question(r, id, "claim", "choice", prompt_of(r, stem, after, html));
    size_t fb = gift_find_unescaped(answers, 0, "####");
    if (!q || !gift_fill_answers(r, q, gift_sub(answers, 0, fb), html)) {
        cJSON_Delete(q);
        return;
    }
    TextBlocks feedback = {0};
    Span f = gift_sub(answers, fb + 4, answers.n);
    if (fb < answers.n) {
        bool feedback_html = gift_take_format(&f, html);
        gift_span_blocks(r, f, feedback_html, &feedback);
    }
    import_pack_add(&r->pack, q, &feedback, item_tags(r));
    import_blocks_free(&feedback);
}

/* "$CATEGORY: path" (its first line); the rest of the item, if any, is read on. */
static Span read_category(Reader *r, Span s)
{
    size_t eol = gift_find_unescaped(s, 0, "\n");
    Span cat = gift_trim(gift_sub(s, strlen("$CATEGORY:"), eol));
    size_t n = cat.n < sizeof r->pack.category - 1 ? cat.n : sizeof r->pack.category - 1;
    memcpy(r->pack.category, cat.s, n);
    r->pack.category[n] = '\0';
    import_clean(r->pack.category);
    return gift_trim(gift_sub(s, eol, s.n));
}

static void read_item(Reader *r)
{
    Span s = gift_trim((Span){r->item.text.data, r->item.text.len});
    if (gift_starts_with(s, "$CATEGORY:")) s = read_category(r, s);
    if (!s.n) return;
    Span title = {0};
    if (gift_starts_with(s, "::")) {
        size_t end = gift_find_unescaped(s, 2, "::");
        if (end < s.n) {
            title = gift_trim(gift_sub(s, 2, end));
            s = gift_sub(s, end + 2, s.n);
        } else {
            import_warn(&r->pack, r->item.line, "'::' title without a closing '::'");
        }
    }
    size_t open = gift_find_unescaped(s, 0, "{");
    if (open >= s.n) {
        read_description(r, title, s);
        return;
    }
    size_t close = gift_find_unescaped(s, open + 1, "}");
    if (close >= s.n) {
        import_warn(&r->pack, r->item.line, "'{' without a closing '}': question skipped");
        return;
    }
    if (r->pack.n_questions >= PACK_MAX_QUESTIONS) {
        if (!r->full) import_warn(&r->pack, r->item.line, "more than %d questions: the rest are "
                                  "skipped", PACK_MAX_QUESTIONS);
        r->full = true;
        return;
    }
    read_question(r, title, gift_sub(s, 0, open), gift_sub(s, open + 1, close), gift_sub(s, close + 1, s.n));
}

/* --- lines ----------------------------------------------------------------------------------------- */

/* [id:…] and [tag:…] in a comment line. */
static void read_comment(Reader *r, Span line)
{
    for (size_t i = 0; i < line.n; i++) {
        bool id = gift_starts_with(gift_sub(line, i, line.n), "[id:");
        bool tag = !id && gift_starts_with(gift_sub(line, i, line.n), "[tag:");
        if (!id && !tag) continue;
        size_t start = i + (id ? 4 : 5), end = start;
        while (end < line.n && line.s[end] != ']') end++;
        if (end >= line.n) return;
        Span v = gift_trim(gift_sub(line, start, end));
        if (id) r->item.id = v;
        else if (r->item.n_tags < PACK_MAX_TAGS && v.n) r->item.tags[r->item.n_tags++] = v;
        i = end;
    }
}

static void end_item(Reader *r)
{
    if (r->item.text.len) read_item(r);
    r->pack.oom |= r->item.text.oom;
    exbuf_free(&r->item.text);
    r->item = (Item){0};
}

static void read_line(Reader *r, Span line, int number)
{
    Span t = gift_trim(line);
    if (!t.n) {
        end_item(r);
        return;
    }
    if (!r->item.line) r->item.line = number;
    if (gift_starts_with(t, "//")) {
        read_comment(r, t);
        return;
    }
    for (size_t i = 0; i < line.n; i++) exbuf_putc(&r->item.text, line.s[i] ? line.s[i] : ' ');
    exbuf_putc(&r->item.text, '\n');
}

#define IMPORT_MAX_LATIN1_WARNINGS 5 /* lines named one by one; the rest are counted */

/* Bytes that are not UTF-8 are read as Latin-1 (ISO 8859-1, what an old editor or a Windows
 * export may have saved: "Zo\xE9" is "Zoé"), and the lines they are on are named in warnings.
 * Valid UTF-8 on the same lines stays as it is. Returns the text as UTF-8 in b (b->data NULL when
 * nothing needed converting). */
static void latin1_fallback(Reader *r, const char *text, size_t len, ExBuf *b)
{
    size_t bad;
    if (text_utf8_valid(text, len, &bad)) return;
    int line = 1, warned_line = 0, lines = 0;
    for (size_t i = 0, n; i < len; i += n) {
        uint32_t cp;
        n = text_utf8_decode(text + i, len - i, &cp);
        if (n == 0) n = 1;
        if (!(cp == 0xFFFD && n == 1)) {
            exbuf_putn(b, text + i, n);
            if (text[i] == '\n') line++;
            continue;
        }
        unsigned char c = (unsigned char)text[i];
        exbuf_putc(b, (char)(0xC0 | (c >> 6)));
        exbuf_putc(b, (char)(0x80 | (c & 0x3F)));
        if (warned_line == line) continue;
        warned_line = line;
        if (++lines <= IMPORT_MAX_LATIN1_WARNINGS)
            import_warn(&r->pack, line, "not valid UTF-8 (byte 0x%02X): read as Latin-1 "
                        "(ISO 8859-1); save the file as UTF-8 if that is wrong", c);
    }
    if (lines > IMPORT_MAX_LATIN1_WARNINGS)
        import_warn(&r->pack, warned_line, "and %d more lines that are not valid UTF-8, read as "
                    "Latin-1", lines - IMPORT_MAX_LATIN1_WARNINGS);
    r->pack.oom |= b->oom;
}

bool import_gift(const char *text, size_t len, const char *source, ImportResult *out)
{
    *out = (ImportResult){0};
    if (len > IMPORT_MAX_GIFT_BYTES) {
        export_warn(&out->warnings, "the input is larger than %u bytes", IMPORT_MAX_GIFT_BYTES);
        return false;
    }
    Reader r = {0};
    if (!import_pack_init(&r.pack, &out->warnings)) {
        import_pack_free(&r.pack);
        return false;
    }
    ExBuf utf8 = {0};
    latin1_fallback(&r, text, len, &utf8);
    if (utf8.data) {
        text = utf8.data;
        len = utf8.len;
    }
    size_t start = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) start = 3; /* byte-order mark */
    int number = 1;
    for (size_t i = start; i <= len && !r.pack.oom; i++) {
        if (i < len && text[i] != '\n') continue;
        read_line(&r, (Span){text + start, i - start}, number++);
        start = i + 1;
    }
    end_item(&r);
    exbuf_free(&utf8);
    out->n_questions = r.pack.n_questions;
    bool oom = r.pack.oom;
    out->json = oom ? NULL : import_pack_finish(&r.pack, source);
    import_pack_free(&r.pack);
    return out->json != NULL;
}

void import_result_free(ImportResult *r)
{
    cJSON_free(r->json);
    export_warnings_free(&r->warnings);
    *r = (ImportResult){0};
}
