/* import_gift_scan.c — the GIFT lexer: spans of the item text, escapes, format markers, and the
 * answers of an answer block with their weights and matching arrows. Every scan is bounded by the
 * span's length, so no input makes it read past its buffer. */
#include "import_gift_internal.h"
#include <stdlib.h>
#include <string.h>

/* --- scanning ----------------------------------------------------------------------------------- */

Span gift_trim(Span s)
{
    while (s.n && (s.s[0] == ' ' || s.s[0] == '\t' || s.s[0] == '\n' || s.s[0] == '\r')) {
        s.s++;
        s.n--;
    }
    while (s.n && (s.s[s.n - 1] == ' ' || s.s[s.n - 1] == '\t' || s.s[s.n - 1] == '\n' ||
                   s.s[s.n - 1] == '\r'))
        s.n--;
    return s;
}

Span gift_sub(Span s, size_t from, size_t to)
{
    if (to > s.n) to = s.n;
    if (from > to) from = to;
    return (Span){s.s + from, to - from};
}

bool gift_starts_with(Span s, const char *p)
{
    size_t n = strlen(p);
    return s.n >= n && memcmp(s.s, p, n) == 0;
}

/* Offset of the first unescaped occurrence of `what` at or after `from`, or s.n. */
size_t gift_find_unescaped(Span s, size_t from, const char *what)
{
    size_t w = strlen(what);
    for (size_t i = from; i < s.n; i++) {
        if (s.s[i] == '\\') {
            i++;
            continue;
        }
        if (i + w <= s.n && memcmp(s.s + i, what, w) == 0) return i;
    }
    return s.n;
}

/* Offset of the first unescaped = or ~ at or after `from`, or s.n. (One pass: an answer block
 * may hold very many answers.) */
size_t gift_find_marker(Span s, size_t from)
{
    for (size_t i = from; i < s.n; i++) {
        if (s.s[i] == '\\') i++;
        else if (s.s[i] == '=' || s.s[i] == '~') return i;
    }
    return s.n;
}

/* --- text ---------------------------------------------------------------------------------------- */

/* "[html]" and friends at the start of s: removes it, and says whether the text is HTML. Without
 * a marker (Moodle's auto format) text is read as HTML only when it has HTML tags in it. */
bool gift_take_format(Span *s, bool inherited)
{
    *s = gift_trim(*s);
    static const char *const MARKERS[] = {"[html]", "[moodle]", "[plain]", "[markdown]"};
    for (int i = 0; i < 4; i++)
        if (gift_starts_with(*s, MARKERS[i])) {
            *s = gift_trim(gift_sub(*s, strlen(MARKERS[i]), s->n));
            return i == 0;
        }
    for (size_t i = 0; i + 1 < s->n; i++)
        if (s->s[i] == '<' && (s->s[i + 1] == '/' || s->s[i + 1] == 'p' || s->s[i + 1] == 'b'))
            return true;
    return inherited;
}


/* --- answers ------------------------------------------------------------------------------------- */

/* "%50%" at the start of s: the weight, removed from s. */
static void take_weight(Reader *r, Span *s, Answer *a)
{
    if (!s->n || s->s[0] != '%') return;
    size_t end = gift_find_unescaped(*s, 1, "%");
    if (end >= s->n) return;
    char num[32];
    size_t n = end - 1 < sizeof num - 1 ? end - 1 : sizeof num - 1;
    memcpy(num, s->s + 1, n);
    num[n] = '\0';
    char *stop;
    double w = strtod(num, &stop);
    if (stop == num || *stop || !(w >= -100.0 && w <= 100.0)) {
        import_warn(&r->pack, r->item.line, "weight %%%s%% is not a percentage; read as 0", num);
        w = 0;
    }
    a->has_weight = true;
    a->weight = w;
    *s = gift_trim(gift_sub(*s, end + 1, s->n));
}

static bool parse_answer(Reader *r, Span s, char marker, Answer *a)
{
    *a = (Answer){.marker = marker};
    s = gift_trim(s);
    take_weight(r, &s, a);
    s = gift_sub(s, 0, gift_find_unescaped(s, 0, "#")); /* per-answer feedback is not kept */
    size_t arrow = gift_find_unescaped(s, 0, "->");
    if (arrow < s.n) {
        a->match = true;
        a->right = gift_trim(gift_sub(s, arrow + 2, s.n));
        s = gift_sub(s, 0, arrow);
    }
    a->text = gift_trim(s);
    return true;
}

/* The answers of s; NULL when out of memory. Text before the first = or ~ is an answer too, as
 * in Moodle, marked `lead` ('~' in multiple choice, '=' elsewhere). */
Answer *gift_parse_answers(Reader *r, Span s, char lead, size_t *count)
{
    size_t cap = 0, n = 0, first = gift_find_marker(s, 0);
    bool leading = gift_trim(gift_sub(s, 0, first)).n > 0;
    for (size_t i = first; i < s.n; i = gift_find_marker(s, i + 1)) cap++;
    cap += leading;
    Answer *list = malloc((cap ? cap : 1) * sizeof *list);
    if (!list) return NULL;
    if (leading) parse_answer(r, gift_sub(s, 0, first), lead, &list[n++]);
    for (size_t i = first; i < s.n && n < cap;) {
        size_t next = gift_find_marker(s, i + 1);
        parse_answer(r, gift_sub(s, i + 1, next), s.s[i], &list[n++]);
        i = next;
    }
    *count = n;
    return list;
}
