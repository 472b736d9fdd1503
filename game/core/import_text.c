/* import_text.c — from GIFT text to Byline text: escapes, HTML to plain blocks, clean UTF-8.
 *
 * The HTML reader is deliberately small: it knows which tags break a block (p, div, h1-h6,
 * blockquote, li, br, tr, …), remembers the class of enclosing elements and whether it is inside a
 * heading or a blockquote, decodes the common entities, and drops every other tag. Malformed
 * HTML (an unclosed '<', stray '&') is read as text. */
#include "import_internal.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define HTML_MAX_DEPTH 32

char *import_unescape(Span s)
{
    char *out = malloc(s.n + 1), *o = out;
    if (!out) return NULL;
    for (size_t i = 0; i < s.n; i++) {
        char c = s.s[i];
        if (c == '\\' && i + 1 < s.n && s.s[i + 1] && strchr("~=#{}:\\n", s.s[i + 1])) {
            c = s.s[++i] == 'n' ? '\n' : s.s[i];
        }
        *o++ = c;
    }
    *o = '\0';
    return out;
}

void import_clean(char *s)
{
    size_t n = strlen(s), o = 0;
    bool space = true; /* drops leading space */
    for (size_t i = 0, len; i < n; i += len) {
        uint32_t cp;
        len = text_utf8_decode(s + i, n - i, &cp);
        bool ws = cp < 0x20 || cp == ' ' || cp == 0x7F || cp == 0xA0;
        if (ws) {
            if (!space) s[o++] = ' ';
            space = true;
            continue;
        }
        if (cp == 0xFFFD && len == 1) continue; /* an invalid byte (a real U+FFFD is 3 bytes) */
        space = false;
        memmove(s + o, s + i, len);
        o += len;
    }
    while (o && s[o - 1] == ' ') o--;
    s[o] = '\0';
}

void import_slug(const char *s, char *buf, size_t size)
{
    size_t o = 0, max = size - 1 < PACK_MAX_ID_CHARS ? size - 1 : PACK_MAX_ID_CHARS;
    bool dash = false;
    for (; *s && o < max; s++) {
        char c = *s;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '_' || c == '-';
        if (ok) {
            buf[o++] = c;
            dash = c == '-';
        } else if (o && !dash) {
            buf[o++] = '-';
            dash = true;
        }
    }
    while (o && buf[o - 1] == '-') o--;
    buf[o] = '\0';
}

/* --- blocks -------------------------------------------------------------------------------------- */

typedef struct HtmlState {
    TextBlocks *out;
    ExBuf text;
    char cls[HTML_MAX_DEPTH][32]; /* class of each open block element ("" when none) */
    bool heading[HTML_MAX_DEPTH], quote[HTML_MAX_DEPTH];
    int depth;
} HtmlState;

static void flush_block(HtmlState *h)
{
    if (!h->text.len) return;
    import_clean(h->text.data);
    if (h->text.data[0]) {
        TextBlocks *b = h->out;
        if (b->count == b->cap) {
            size_t cap = b->cap ? b->cap * 2 : 8;
            TextBlock *items = realloc(b->items, cap * sizeof *items);
            if (!items) {
                b->oom = true;
                h->text.len = 0;
                return;
            }
            b->items = items;
            b->cap = cap;
        }
        TextBlock *t = &b->items[b->count];
        *t = (TextBlock){.text = malloc(strlen(h->text.data) + 1)};
        if (!t->text) {
            b->oom = true;
        } else {
            strcpy(t->text, h->text.data);
            for (int d = h->depth - 1; d >= 0 && !t->cls[0]; d--)
                memcpy(t->cls, h->cls[d], sizeof t->cls);
            for (int d = 0; d < h->depth; d++) {
                t->heading |= h->heading[d];
                t->quote |= h->quote[d];
            }
            b->count++;
        }
    }
    h->text.len = 0;
    if (h->text.data) h->text.data[0] = '\0';
}

static bool is_block_tag(const char *name)
{
    static const char *const BLOCKS[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
                                         "blockquote", "li", "ul", "ol", "br", "tr", "td",
                                         "table", "pre", "hr", "section", "article", NULL};
    for (size_t i = 0; BLOCKS[i]; i++)
        if (strcmp(name, BLOCKS[i]) == 0) return true;
    return false;
}

/* The value of attribute class in a tag's text (between the name and '>'), into cls. */
static void tag_class(const char *s, size_t n, char *cls, size_t size)
{
    cls[0] = '\0';
    for (size_t i = 0; i + 6 < n; i++) {
        if (strncmp(s + i, "class=", 6) != 0) continue;
        char q = s[i + 6];
        size_t start = i + 6 + (q == '"' || q == '\''), o = 0;
        for (size_t k = start; k < n && o + 1 < size; k++) {
            if (s[k] == q || ((q != '"' && q != '\'') && (s[k] == ' ' || s[k] == '/'))) break;
            cls[o++] = s[k];
        }
        cls[o] = '\0';
        return;
    }
}

/* Handles one tag s[0..n) (without < and >). */
static void handle_tag(HtmlState *h, const char *s, size_t n)
{
    bool closing = n && s[0] == '/';
    size_t i = closing, k = 0;
    char name[16];
    while (i < n && k + 1 < sizeof name && ((s[i] >= 'a' && s[i] <= 'z') ||
                                             (s[i] >= 'A' && s[i] <= 'Z') ||
                                             (s[i] >= '0' && s[i] <= '9')))
        name[k++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i++] + 32 : s[i++]);
    name[k] = '\0';
    if (!is_block_tag(name)) return;
    flush_block(h);
    bool self_closing = strcmp(name, "br") == 0 || strcmp(name, "hr") == 0 || (n && s[n - 1] == '/');
    if (closing) {
        if (h->depth > 0) h->depth--;
    } else if (!self_closing && h->depth < HTML_MAX_DEPTH) {
        int d = h->depth++;
        tag_class(s + i, n - i, h->cls[d], sizeof h->cls[d]);
        h->heading[d] = name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2];
        h->quote[d] = strcmp(name, "blockquote") == 0;
    }
}

/* Decodes the entity at s (which starts with '&'); returns the bytes consumed (0: not one). */
static size_t decode_entity(ExBuf *out, const char *s, size_t n)
{
    static const struct { const char *name; const char *text; } NAMED[] = {
        {"amp;", "&"}, {"lt;", "<"}, {"gt;", ">"}, {"quot;", "\""}, {"apos;", "'"},
        {"nbsp;", " "}, {"#39;", "'"}, {NULL, NULL}};
    for (size_t i = 0; NAMED[i].name; i++) {
        size_t l = strlen(NAMED[i].name);
        if (n > l && strncmp(s + 1, NAMED[i].name, l) == 0) {
            exbuf_puts(out, NAMED[i].text);
            return l + 1;
        }
    }
    if (n < 4 || s[1] != '#') return 0;
    bool hex = s[2] == 'x' || s[2] == 'X';
    uint32_t cp = 0;
    size_t i = hex ? 3 : 2, digits = 0;
    for (; i < n && digits < 8; i++, digits++) {
        char c = s[i];
        int v = (c >= '0' && c <= '9') ? c - '0' : hex && (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
        if (v < 0) break;
        cp = cp * (hex ? 16u : 10u) + (uint32_t)v;
    }
    if (!digits || i >= n || s[i] != ';') return 0;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    char buf[4];
    exbuf_putn(out, buf, text_utf8_encode(cp, buf));
    return i + 1;
}

void import_text_blocks(const char *s, size_t n, bool html, TextBlocks *out)
{
    HtmlState h = {.out = out};
    bool more_tags = html; /* false once no '>' is left: "<<<<…" must not cost n² */
    for (size_t i = 0; i < n;) {
        if (more_tags && s[i] == '<') {
            const char *end = memchr(s + i + 1, '>', n - i - 1);
            if (end) {
                handle_tag(&h, s + i + 1, (size_t)(end - s - i - 1));
                i = (size_t)(end - s) + 1;
                continue;
            }
            more_tags = false;
        }
        size_t used = html && s[i] == '&' ? decode_entity(&h.text, s + i, n - i) : 0;
        if (!used) exbuf_putc(&h.text, s[i] ? s[i] : ' ');
        i += used ? used : 1;
    }
    flush_block(&h);
    out->oom |= h.text.oom;
    exbuf_free(&h.text);
}

void import_blocks_free(TextBlocks *b)
{
    for (size_t i = 0; i < b->count; i++) free(b->items[i].text);
    free(b->items);
    *b = (TextBlocks){0};
}
