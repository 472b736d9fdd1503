/* text.c — UTF-8 handling, quotation normalisation, typed-answer folding, sentence splitting. */
#include "text.h"
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t text_utf8_decode(const char *str, size_t len, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    if (len == 0) {
        *cp = 0xFFFD;
        return 1;
    }
    unsigned char c = s[0];
    size_t n;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (len < n) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return n;
}

bool text_utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
    size_t i = 0;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = text_utf8_decode(s + i, len - i, &cp);
        if (cp == 0xFFFD && n == 1) {
            /* U+FFFD itself is valid (3 bytes); a 1-byte result means an error */
            if (bad_offset) *bad_offset = i;
            return false;
        }
        i += n;
    }
    return true;
}

size_t text_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    } else if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    } else if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t text_utf8_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

/* What a terminal acts on instead of showing: C0 controls, DEL and the C1 controls (U+009B is
 * a one-character CSI in some terminals). */
static bool is_control_cp(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

size_t text_find_control(const char *s, size_t len, uint32_t *cp)
{
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t n = text_utf8_decode(s + i, len - i, &c);
        if (is_control_cp(c) && c != '\n' && c != '\t') {
            if (cp) *cp = c;
            return i;
        }
        i += n;
    }
    return len;
}

const char *text_escape_controls(const char *s, char *out, size_t cap)
{
    size_t o = 0, len = strlen(s);
    for (size_t i = 0; i < len && o + 1 < cap;) {
        uint32_t c;
        size_t n = text_utf8_decode(s + i, len - i, &c);
        char esc[8];
        if (is_control_cp(c)) snprintf(esc, sizeof esc, c < 0x80 ? "\\x%02X" : "\\u%04X", c);
        size_t k = is_control_cp(c) ? strlen(esc) : n;
        if (o + k >= cap) break;
        memcpy(out + o, is_control_cp(c) ? esc : s + i, k);
        o += k;
        i += n;
    }
    if (cap) out[o < cap ? o : cap - 1] = '\0';
    return out;
}

void text_line_col(const char *buf, size_t len, size_t off, int *line, int *col)
{
    int l = 1;
    size_t line_start = 0;
    if (off > len) off = len;
    for (size_t i = 0; i < off; i++) {
        if (buf[i] == '\n') {
            l++;
            line_start = i + 1;
        }
    }
    *line = l;
    *col = (int)text_utf8_count(buf + line_start, off - line_start) + 1;
}

static bool is_space_cp(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || cp == 0x2009 || cp == 0x200A || cp == 0x202F || cp == 0x2002 ||
           cp == 0x2003;
}

/* Which straight quote a code point stands for, or 0. */
static char quote_class(uint32_t cp)
{
    switch (cp) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
        return '"';
    case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        return '\'';
    default:
        return 0;
    }
}

bool text_norm_quotes(const char *s, size_t len, NormText *out)
{
    out->text = malloc(len + 1);
    out->map = malloc((len + 1) * sizeof *out->map);
    out->len = 0;
    if (!out->text || !out->map) {
        text_norm_free(out);
        return false;
    }
    size_t i = 0, o = 0;
    bool in_space = false;
    while (i < len) {
        uint32_t cp;
        size_t n = text_utf8_decode(s + i, len - i, &cp);
        if (is_space_cp(cp)) {
            if (!in_space) {
                out->map[o] = i;
                out->text[o++] = ' ';
            }
            in_space = true;
        } else if (quote_class(cp)) {
            out->map[o] = i;
            out->text[o++] = quote_class(cp);
            in_space = false;
        } else {
            for (size_t k = 0; k < n; k++) {
                out->map[o] = i + k;
                out->text[o++] = s[i + k];
            }
            in_space = false;
        }
        i += n;
    }
    out->map[o] = len;
    out->text[o] = '\0';
    out->len = o;
    return true;
}

void text_norm_free(NormText *n)
{
    free(n->text);
    free(n->map);
    n->text = NULL;
    n->map = NULL;
    n->len = 0;
}

/* Base letters of U+0100..U+017F (Latin Extended-A), two code points (upper, lower) per letter
 * in table order: Ā ā Ă ă Ą ą Ć ć … ž ſ. */
static const char LATIN_EXT_A[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
    "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/* Letters that fold to two: ß æ œ þ (and their capitals) — "Straße" matches "strasse". */
static const char *fold_ligature(uint32_t cp)
{
    switch (cp) {
    case 0xDF: return "ss";
    case 0xC6: case 0xE6: return "ae";
    case 0x152: case 0x153: return "oe";
    case 0xDE: case 0xFE: return "th";
    case 0x132: case 0x133: return "ij";
    default: return NULL;
    }
}

/* Lower-case Latin letters and fold their accents away so "Café" matches "cafe" and "Gitchó"
 * matches "Gitcho": Latin-1 Supplement and Latin Extended-A. */
static uint32_t fold_letter(uint32_t cp)
{
    static const char latin1[] = /* U+00C0..U+00FF */
        "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
        "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    if (cp < 0x80) return (uint32_t)tolower((int)cp);
    if (cp >= 0xC0 && cp <= 0xFF && latin1[cp - 0xC0] != '*' && latin1[cp - 0xC0] != '/')
        return (uint32_t)latin1[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) return (uint32_t)LATIN_EXT_A[cp - 0x100];
    return cp;
}

/* Apostrophes of every kind vanish inside words: ' ’ ‘ ʼ ′ ` ´. */
static bool is_apostrophe(uint32_t cp)
{
    return quote_class(cp) == '\'' || cp == 0x2BC || cp == 0x2B9 || cp == '`' || cp == 0xB4;
}

/* Hyphens and dashes of every kind separate words, like a space: - ‐ ‑ ‒ – — ― − and the
 * small and full-width hyphen-minus; the soft hyphen (U+00AD) is invisible and vanishes. */
static bool is_dash(uint32_t cp)
{
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
           cp == 0xFE63 || cp == 0xFF0D;
}

static bool is_word_cp(uint32_t cp)
{
    if (cp < 0x80) return isalnum((int)cp) != 0;
    if (is_space_cp(cp) || quote_class(cp) || is_dash(cp)) return false;
    /* General punctuation block and Latin-1 punctuation are not word characters. */
    if (cp >= 0x2000 && cp <= 0x206F) return false;
    if (cp >= 0xA1 && cp <= 0xBF) return false;
    return true;
}

/* Appends the folded form of letter cp (one or two letters) to out[o..cap); false when full. */
static bool put_folded(uint32_t cp, char *out, size_t *o, size_t cap, bool space)
{
    char enc[4];
    const char *two = fold_ligature(cp);
    size_t k = two ? 2 : text_utf8_encode(fold_letter(cp), enc);
    if (*o + space + k + 1 > cap) return false;
    if (space) out[(*o)++] = ' ';
    memcpy(out + *o, two ? two : enc, k);
    *o += k;
    return true;
}

size_t text_fold_into(const char *s, char *out, size_t cap)
{
    size_t len = strlen(s), i = 0, o = 0;
    bool pending_space = false;
    while (i < len) {
        uint32_t cp;
        size_t n = text_utf8_decode(s + i, len - i, &cp);
        i += n;
        /* Apostrophes inside words vanish ("don't" == "dont"); other punctuation separates. */
        if (is_apostrophe(cp) || cp == 0xAD) continue;
        if (!is_word_cp(cp)) {
            pending_space = o > 0;
            continue;
        }
        if (!put_folded(cp, out, &o, cap, pending_space)) {
            out[o] = '\0';
            return cap;
        }
        pending_space = false;
    }
    out[o] = '\0';
    return o;
}

char *text_fold_answer(const char *s)
{
    /* Folding never makes text longer: each code point maps to one of at most its own length,
     * and separators collapse to one space. */
    size_t cap = strlen(s) + 1;
    char *out = malloc(cap);
    if (out) text_fold_into(s, out, cap);
    return out;
}

bool text_answers_match(const char *typed, const char *accepted)
{
    char a[256], b[256];
    size_t la = text_fold_into(typed, a, sizeof a), lb = text_fold_into(accepted, b, sizeof b);
    if (la < sizeof a && lb < sizeof b) return la > 0 && la == lb && memcmp(a, b, la) == 0;
    /* Long answers: fold on the heap. */
    char *x = text_fold_answer(typed), *y = text_fold_answer(accepted);
    bool eq = x && y && x[0] != '\0' && strcmp(x, y) == 0;
    free(x);
    free(y);
    return eq;
}

int text_edit_distance(const char *a, const char *b, int cap)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64) return cap;
    int row[65];
    for (size_t j = 0; j <= lb; j++) row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int prev = row[0], best = row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int cost = tolower((unsigned char)a[i - 1]) != tolower((unsigned char)b[j - 1]);
            int v = prev + cost;
            if (row[j] + 1 < v) v = row[j] + 1;
            if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
            prev = row[j];
            row[j] = v;
            if (v < best) best = v;
        }
        if (best >= cap) return cap;
    }
    return row[lb] < cap ? row[lb] : cap;
}

bool text_next_command(const char *text, size_t *pos, char *out, size_t cap)
{
    for (;;) {
        const char *t = text + *pos;
        if (!*t) return false;
        size_t n = strcspn(t, ";\n");
        *pos += n + (t[n] ? 1 : 0);
        while (n > 0 && (*t == ' ' || *t == '\t')) t++, n--;
        while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r')) n--;
        if (n == 0 || *t == '#') continue;
        if (cap == 0) return true; /* nowhere to copy; cap - 1 would wrap around */
        if (n >= cap) n = cap - 1;
        memcpy(out, t, n);
        out[n] = '\0';
        return true;
    }
}

bool text_parse_longs(const char *s, int n, long min, long max, long *out)
{
    for (int i = 0; i < n; i++) {
        while (*s == ' ' || *s == '\t') s++;
        if (!(*s == '-' || *s == '+' || isdigit((unsigned char)*s))) return false;
        char *end;
        errno = 0;
        long v = strtol(s, &end, 10);
        /* strtol saturates on overflow (ERANGE) instead of wrapping, unlike atoi and sscanf. */
        if (end == s || errno == ERANGE || v < min || v > max) return false;
        if (*end && *end != ' ' && *end != '\t') return false;
        out[i] = v;
        s = end;
    }
    while (*s == ' ' || *s == '\t') s++;
    return *s == '\0';
}

bool text_parse_double(const char *s, double min, double max, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    while (*end == ' ' || *end == '\t') end++;
    if (end == s || *end || !isfinite(v) || v < min || v > max) return false;
    *out = v;
    return true;
}
