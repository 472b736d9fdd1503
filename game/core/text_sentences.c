/* text_sentences.c — splitting article text into sentences for evidence questions.
 *
 * A sentence ends at '.', '!' or '?' when, after any closing quotes/brackets, white space follows
 * and the next word starts like a sentence (capital letter, digit, opening quote, or a non-ASCII
 * letter). A '.' after a known abbreviation ("Mr.", "Sept.") or an initial ("J.", "U.S.") does not end
 * a sentence. A paragraph break always does. Good enough for news prose; a sentence that starts
 * with a lower-case word after a full stop ("… in 2020. iPhones …") stays joined to the previous one. */
#include "text.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char *const ABBREVIATIONS[] = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr",
    "sr", "prof", "rev", "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "no", "vs", "v", "mt", "ft", "ave", "blvd", "co", "corp", "inc", "ltd",
    "dept", "univ", "approx", "fig", "e.g", "i.e", NULL};

static bool is_closer(uint32_t cp)
{
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019;
}

static bool is_opener(uint32_t cp)
{
    return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 ||
           cp == 0x2014 || cp == '-';
}

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* The word ending just before s[dot] (the '.'), lower-cased, dots kept; false if too long. */
static bool word_before(const char *s, size_t start, size_t dot, char *buf, size_t cap)
{
    size_t b = dot;
    while (b > start && !is_blank(s[b - 1]) && s[b - 1] != '(' && s[b - 1] != '"') b--;
    size_t n = dot - b;
    if (n == 0 || n >= cap) return false;
    for (size_t i = 0; i < n; i++) buf[i] = (char)tolower((unsigned char)s[b + i]);
    buf[n] = '\0';
    return true;
}

static bool is_abbreviation(const char *s, size_t start, size_t dot)
{
    char w[16];
    if (!word_before(s, start, dot, w, sizeof w)) return false;
    for (size_t i = 0; ABBREVIATIONS[i]; i++)
        if (strcmp(w, ABBREVIATIONS[i]) == 0) return true;
    /* An initial ("J.") or dotted initials ("U.S", "a.m"): letters separated by dots. */
    size_t n = strlen(w);
    if (n == 1 && isalpha((unsigned char)w[0])) return true;
    for (size_t i = 0; i < n; i++) {
        bool letter = isalpha((unsigned char)w[i]) != 0;
        if ((i % 2 == 0 && !letter) || (i % 2 == 1 && w[i] != '.')) return false;
    }
    return n >= 3;
}

/* After the terminator at s[i], skip closers; return the offset just past them. */
static size_t skip_closers(const char *s, size_t len, size_t i)
{
    while (i < len) {
        uint32_t cp;
        size_t n = text_utf8_decode(s + i, len - i, &cp);
        if (!is_closer(cp)) break;
        i += n;
    }
    return i;
}

static bool starts_sentence(const char *s, size_t len, size_t i)
{
    if (i >= len) return true;
    uint32_t cp;
    text_utf8_decode(s + i, len - i, &cp);
    if (cp < 0x80) return isupper((int)cp) || isdigit((int)cp) || is_opener(cp);
    return true;
}

static bool paragraph_break_at(const char *s, size_t len, size_t i)
{
    if (s[i] != '\n') return false;
    for (size_t k = i + 1; k < len && is_blank(s[k]); k++)
        if (s[k] == '\n') return true;
    return false;
}

static void push(TextSpan **v, size_t *n, size_t *cap, const char *s, size_t a, size_t b)
{
    while (a < b && is_blank(s[a])) a++;
    while (b > a && is_blank(s[b - 1])) b--;
    if (a == b) return;
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 32;
        TextSpan *nv = realloc(*v, nc * sizeof *nv);
        if (!nv) return;
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = (TextSpan){a, b};
}

size_t text_sentences(const char *s, size_t len, TextSpan **out)
{
    TextSpan *v = NULL;
    size_t n = 0, cap = 0, start = 0, i = 0;
    while (i < len) {
        char c = s[i];
        if (paragraph_break_at(s, len, i)) {
            push(&v, &n, &cap, s, start, i);
            start = ++i;
            continue;
        }
        if (c == '.' || c == '!' || c == '?') {
            size_t end = skip_closers(s, len, i + 1);
            /* Runs like "?!" or "..." end together. */
            while (end < len && (s[end] == '.' || s[end] == '!' || s[end] == '?'))
                end = skip_closers(s, len, end + 1);
            size_t next = end;
            while (next < len && is_blank(s[next])) next++;
            bool spaced = end == len || is_blank(s[end]);
            bool abbrev = c == '.' && end == i + 1 && is_abbreviation(s, start, i);
            if (spaced && !abbrev && starts_sentence(s, len, next)) {
                push(&v, &n, &cap, s, start, end);
                start = end;
            }
            i = end;
            continue;
        }
        i++;
    }
    push(&v, &n, &cap, s, start, len);
    if (n == 0) {
        free(v);
        v = NULL;
    }
    *out = v;
    return n;
}
