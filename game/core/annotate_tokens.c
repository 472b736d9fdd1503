/* annotate_tokens.c — the first pass: the article body as tokens, with paragraphs, sentences,
 * lead-in labels and quotation segments.
 *
 * Words keep inner apostrophes, hyphens, dotted initials ("U.S") and digit groups ("6,200").
 * Paragraphs are separated by blank lines; a text with no blank line but several lines is taken
 * to have one paragraph per line. Sentences come from text_sentences() and never cross a
 * paragraph.
 *
 * Quotation marks: straight and typographic double marks are treated alike, because articles mix
 * them (“…," and "…”). Whether a mark opens or closes is decided from its neighbours (a mark
 * after a space and before a letter opens, one after a letter and before a space closes); a
 * typographic mark's shape is trusted unless its neighbours clearly contradict it. Marks are
 * paired with a depth count, so a double-quoted passage inside a quotation stays part of it, and
 * single marks (‘support’) are never quotation boundaries. A quotation still open at a paragraph
 * break ends there; when the next paragraph starts with an opening mark it continues (the usual
 * convention for a quotation running over several paragraphs). */
#include "annotate_internal.h"
#include "text.h"
#include <stdlib.h>
#include <string.h>

/* Invisible format marks (zero-width joiners, direction marks and embeddings such as the
 * U+202A that web comments put before a quotation mark) count as space, so that a mark after
 * one is judged by what is really on its left. */
static bool is_space_cp(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' ||
           c == 0xA0 || (c >= 0x2000 && c <= 0x200F) || (c >= 0x202A && c <= 0x202F) ||
           (c >= 0x2060 && c <= 0x2064) || c == 0x3000 || c == 0xFEFF;
}

static bool is_dquote(uint32_t c)
{
    return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB ||
           c == 0xBB;
}

static bool is_squote(uint32_t c)
{
    return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B;
}

static bool is_letter_or_digit(uint32_t c)
{
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c <= 0xBF || c == 0xD7 || c == 0xF7) return false;     /* Latin-1 symbols */
    if (c >= 0x2000 && c <= 0x2BFF) return false;              /* punctuation, symbols */
    return !is_space_cp(c) && c != 0xFFFD && !(c >= 0x3000 && c <= 0x303F);
}

static bool is_upper_cp(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x100 && c <= 0x17F && c % 2 == 0);
}

static uint32_t cp_at(const Doc *d, size_t i, size_t *n)
{
    uint32_t c;
    size_t k = text_utf8_decode(d->s + i, d->len - i, &c);
    if (n) *n = k;
    return c;
}

/* The code point ending just before byte i (0 at the body start). */
static uint32_t cp_before(const Doc *d, size_t i)
{
    if (i <= d->body) return 0;
    size_t b = i - 1;
    while (b > d->body && ((unsigned char)d->s[b] & 0xC0) == 0x80 && i - b < 4) b--;
    return cp_at(d, b, NULL);
}

/* May the character at byte i (code point c, length n) continue the word that ends before it? */
static bool joins_word(const Doc *d, size_t i, uint32_t c, size_t n, size_t word_start)
{
    size_t j = i + n;
    if (j >= d->len) return false;
    uint32_t next = cp_at(d, j, NULL);
    uint32_t prev = cp_before(d, i);
    bool digit_prev = prev >= '0' && prev <= '9', digit_next = next >= '0' && next <= '9';
    if (c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011)
        return is_letter_or_digit(next);
    if (c == '.') /* "U.S", "a.m", "2.1": short letter groups or digits around the dot */
        return (digit_prev && digit_next) ||
               (is_letter_or_digit(next) && !digit_next && i - word_start <= 3 &&
                (j + 1 >= d->len || d->s[j + 1] == '.' || !is_letter_or_digit(cp_at(d, j + 1, NULL))));
    if (c == ',') /* "6,200" */
        return digit_prev && digit_next && j + 3 <= d->len && d->s[j + 1] >= '0' &&
               d->s[j + 1] <= '9' && d->s[j + 2] >= '0' && d->s[j + 2] <= '9' &&
               (j + 3 == d->len || d->s[j + 3] < '0' || d->s[j + 3] > '9');
    return false;
}

static Tok new_tok(unsigned char kind, size_t start, size_t end, int para)
{
    Tok t = {0};
    t.kind = kind;
    t.start = start;
    t.end = end;
    t.para = para;
    t.seg = t.person = t.pron = -1;
    t.weekday = -1;
    return t;
}

static bool push_tok(Doc *d, size_t *cap, Tok t)
{
    if (!ann_grow(d, (void **)&d->t, cap, (size_t)d->n, sizeof(Tok))) return false;
    d->t[d->n++] = t;
    return true;
}

/* Word classes from the lexicon; "Mary-Beth" is a given name when "Mary" is, and "co-host" is
 * a role or title when "host" is. */
static void lexical_classes(Tok *t, const char *w, size_t base)
{
    AnnGender g;
    t->lex = lex_classify(w, base, &g);
    if (!t->lex && base > 3 && (w[0] == 'c' || w[0] == 'C') && w[1] == 'o' && w[2] == '-')
        t->lex = lex_classify(w + 3, base - 3, &g) & (LX_ROLE | LX_TITLE);
    const char *hyphen = memchr(w, '-', base);
    if (hyphen && hyphen > w && !(t->lex & LX_FIRST)) {
        AnnGender g2;
        if (lex_classify(w, (size_t)(hyphen - w), &g2) & LX_FIRST) {
            t->lex |= LX_FIRST;
            g = g2;
        }
    }
    t->gender = (unsigned char)g;
}

/* Dotted places and bodies ("U.S.", "D.C.") that look like a person's initials. */
static const char *const DOTTED_PLACES[] = {
    "D.C", "E.U", "L.A", "N.C", "N.D", "N.H", "N.J", "N.M", "N.Y", "P.R", "R.I", "S.C", "S.D",
    "U.A.E", "U.K", "U.N", "U.S", "U.S.A",
};

/* "J.R. Kettering", "A.J. Pruitt": upper-case letters joined by dots, then a full stop, are a
 * person's initials, which stand where a given name would; not the dotted places above. */
static bool dotted_initials(const Doc *d, const Tok *t, const char *w, size_t n)
{
    if (n < 3 || n > 5 || t->end >= d->len || d->s[t->end] != '.') return false;
    for (size_t i = 0; i < n; i++)
        if ((i % 2 == 0) ? !(w[i] >= 'A' && w[i] <= 'Z') : w[i] != '.') return false;
    if (n % 2 == 0) return false;
    for (size_t i = 0; i < sizeof DOTTED_PLACES / sizeof DOTTED_PLACES[0]; i++)
        if (strlen(DOTTED_PLACES[i]) == n && memcmp(DOTTED_PLACES[i], w, n) == 0) return false;
    return true;
}

/* Capitalisation and digits. */
static void word_shape(const Doc *d, Tok *t, const char *w, size_t n)
{
    size_t letters = 0, upper = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if (c >= 'A' && c <= 'Z') letters++, upper++;
        else if (c >= 'a' && c <= 'z') letters++;
        else if (c >= '0' && c <= '9') digits++;
    }
    t->cap = is_upper_cp(cp_at(d, t->start, NULL));
    t->allcaps = letters >= 2 && letters == upper;
    t->digits = digits == n;
    if (dotted_initials(d, t, w, n)) {
        t->initials = true;
        t->allcaps = false;
        t->lex |= LX_FIRST;
    }
}

static void classify_word(const Doc *d, Tok *t)
{
    const char *w = d->s + t->start;
    size_t n = t->end - t->start;
    t->poss = (n > 2 && memcmp(w + n - 2, "'s", 2) == 0) ||
              (n > 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0);
    lexical_classes(t, w, t->poss ? n - (w[n - 2] == '\'' ? 2 : 4) : n);
    bool abbr;
    t->month = (signed char)lex_month(w, n, &abbr);
    if (abbr && !(t->end < d->len && d->s[t->end] == '.')) t->month = 0; /* "Jan" is a name */
    t->weekday = (signed char)lex_weekday(w, n);
    word_shape(d, t, w, n);
}

/* One word starting at byte i; returns the byte after it. */
static size_t scan_word(Doc *d, size_t *cap, size_t i, int para, bool *ok)
{
    size_t start = i;
    while (i < d->len) {
        size_t n;
        uint32_t c = cp_at(d, i, &n);
        if (is_letter_or_digit(c) || (i > start && joins_word(d, i, c, n, start))) i += n;
        else break;
    }
    Tok t = new_tok(TK_WORD, start, i, para);
    classify_word(d, &t);
    *ok = push_tok(d, cap, t);
    return i;
}

/* Newlines that make a paragraph break: 2 (a blank line), or 1 when the text has several lines
 * but no blank line at all (one paragraph per line). */
static int newlines_per_break(const Doc *d)
{
    bool newline = false;
    for (size_t k = d->body; k + 1 < d->len; k++) {
        if (d->s[k] != '\n') continue;
        newline = true;
        size_t m = k + 1;
        while (m < d->len && (d->s[m] == ' ' || d->s[m] == '\t' || d->s[m] == '\r')) m++;
        if (m < d->len && d->s[m] == '\n') return 2;
    }
    return newline ? 1 : 2;
}

/* Splits the body into tokens and numbers the paragraphs. */
static bool scan(Doc *d)
{
    size_t cap = 0, i = d->body;
    int need = newlines_per_break(d), para = 0, newlines = 0;
    bool ok = true;
    while (i < d->len && ok) {
        size_t n;
        uint32_t c = cp_at(d, i, &n);
        if (is_space_cp(c)) {
            if (c == '\n' && ++newlines == need && d->n > 0) para++;
            i += n;
            continue;
        }
        newlines = 0;
        if (is_letter_or_digit(c)) {
            i = scan_word(d, &cap, i, para, &ok);
            continue;
        }
        Tok t = new_tok(is_dquote(c) ? TK_QUOTE : TK_PUNCT, i, i + n, para);
        t.ch = is_squote(c) ? '\'' : c;
        ok = push_tok(d, &cap, t);
        i += n;
    }
    return ok;
}

static bool build_paragraphs(Doc *d)
{
    int n_para = d->n ? d->t[d->n - 1].para + 1 : 0;
    d->para = calloc((size_t)(n_para ? n_para : 1), sizeof(Para));
    if (!d->para) {
        d->oom = true;
        return false;
    }
    d->n_para = n_para;
    for (int i = 0; i < d->n; i++) {
        Para *p = &d->para[d->t[i].para];
        if (p->last == 0) p->first = i;
        p->last = i + 1;
    }
    return true;
}

/* Sentence numbers: text_sentences() spans, split again at every paragraph break. */
static bool number_sentences(Doc *d)
{
    TextSpan *spans = NULL;
    size_t ns = text_sentences(d->s + d->body, d->len - d->body, &spans);
    size_t k = 0;
    int id = -1, prev_para = -1;
    size_t prev_k = (size_t)-1;
    for (int i = 0; i < d->n; i++) {
        size_t rel = d->t[i].start - d->body;
        while (k + 1 < ns && rel >= spans[k].end) k++;
        if (k != prev_k || d->t[i].para != prev_para) id++;
        prev_k = k;
        prev_para = d->t[i].para;
        d->t[i].sent = id;
    }
    free(spans);
    d->n_sent = id + 1;
    d->sent_first = malloc((size_t)(d->n_sent + 1) * sizeof(int));
    d->sent_last = malloc((size_t)(d->n_sent + 1) * sizeof(int));
    if (!d->sent_first || !d->sent_last) {
        d->oom = true;
        return false;
    }
    for (int i = d->n - 1; i >= 0; i--) d->sent_first[d->t[i].sent] = i;
    for (int i = 0; i < d->n; i++) d->sent_last[d->t[i].sent] = i;
    return true;
}

/* "Why it matters:", "What they're saying:" and a dateline ("CORVIN FALLS —") introduce a
 * paragraph without being part of its grammar: mark them so no pass reads them as a subject. */
#define LABEL_MAX_WORDS 4 /* "What they're saying:"; "Former secretary of state Jane Doe:" is a speaker */
static void mark_labels(Doc *d)
{
    for (int p = 0; p < d->n_para; p++) {
        int a = d->para[p].first, b = d->para[p].last;
        int words = 0, speech = 0;
        for (int i = a; i < b && i < a + 7; i++) {
            const Tok *t = &d->t[i];
            if (t->kind == TK_WORD) {
                words++;
                /* a past verb makes it a clause, not a label: "Fallon fired back: “…”" */
                bool past = (t->lex & LX_PAST) ||
                            (t->end - t->start > 4 && memcmp(d->s + t->end - 2, "ed", 2) == 0);
                if ((t->lex & LX_CUE) || (past && !t->cap)) speech++;
                continue;
            }
            bool colon = t->ch == ':' && words >= 1 && words <= LABEL_MAX_WORDS && d->t[a].cap &&
                         (!speech || tk_is(d, a, "what") || tk_is(d, a, "why") ||
                          tk_is(d, a, "how"));
            bool dateline = p == 0 && (t->ch == 0x2014 || t->ch == 0x2013) && words >= 1 &&
                            d->t[a].allcaps;
            if (colon || dateline)
                for (int k = a; k <= i; k++) d->t[k].label = true;
            if (t->ch != '\'') break;
        }
    }
}

enum { MARK_OPEN, MARK_CLOSE, MARK_EITHER, MARK_NONE };

static bool opens_after(uint32_t c)
{
    return c == 0 || is_space_cp(c) || c == '(' || c == '[' || c == '{' || c == 0x2014 ||
           c == 0x2013 || c == '-' || c == '/' || is_squote(c) || is_dquote(c);
}

static bool closes_before(uint32_t c)
{
    return c == 0 || is_space_cp(c) || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' ||
           c == '?' || c == ')' || c == ']' || c == 0x2014 || c == 0x2013 || c == '-' ||
           is_squote(c) || is_dquote(c) || c == 0x2026;
}

/* What a double mark can do, judged by its neighbours and (for typographic marks) its shape. */
static int mark_kind(const Doc *d, const Tok *t)
{
    uint32_t prev = cp_before(d, t->start);
    uint32_t next = t->end < d->len ? cp_at(d, t->end, NULL) : 0;
    bool can_open = !(next == 0 || is_space_cp(next)) && opens_after(prev);
    bool can_close = !(prev == 0 || is_space_cp(prev)) && closes_before(next);
    if (t->ch == 0x201C || t->ch == 0x201E || t->ch == 0xAB)
        return can_close && !can_open ? MARK_CLOSE : MARK_OPEN;
    if (t->ch == 0x201D || t->ch == 0xBB || t->ch == 0x201F)
        return can_open && !can_close ? MARK_OPEN : MARK_CLOSE;
    if (can_open != can_close) return can_open ? MARK_OPEN : MARK_CLOSE;
    if (!can_open && (prev == 0 || is_space_cp(prev)) && (next == 0 || is_space_cp(next))) {
        /* "… 'Oh, this is important,' " Magel said: a space keeps a single mark from the double
         * one, so the mark's side is the single mark's */
        uint32_t prev2 = prev == ' ' ? cp_before(d, t->start - 1) : 0;
        uint32_t next2 = next == ' ' && t->end + 1 < d->len ? cp_at(d, t->end + 1, NULL) : 0;
        if (is_squote(prev2) != is_squote(next2)) return is_squote(prev2) ? MARK_CLOSE : MARK_OPEN;
        return MARK_NONE;
    }
    return MARK_EITHER;
}

static bool start_seg(Doc *d, size_t *cap, int mark)
{
    if (!ann_grow(d, (void **)&d->seg, cap, (size_t)d->n_seg, sizeof(Seg))) return false;
    Seg *s = &d->seg[d->n_seg++];
    memset(s, 0, sizeof *s);
    s->open = mark;
    s->close = -1;
    s->first = mark + 1;
    s->start = d->t[mark].end;
    s->para = d->t[mark].para;
    s->quote = -1;
    d->t[mark].qrole = Q_OPEN;
    return true;
}

/* A pair of marks with no word between them ("", “ ”, "—") quotes nothing: it is dropped, so a
 * text of nothing but marks gives no quotations (and costs no more than its tokens). */
static bool drop_if_empty(Doc *d, int close, int last_tok)
{
    Seg *s = &d->seg[d->n_seg - 1];
    int last = close >= 0 ? close : last_tok + 1;
    for (int i = s->first; i < last; i++)
        if (d->t[i].kind == TK_WORD) return false;
    d->t[s->open].qrole = Q_IGNORED;
    d->n_seg--;
    return true;
}

/* Closes the open segment; false when it was dropped as empty. */
static bool end_seg(Doc *d, int close, int last_tok)
{
    if (drop_if_empty(d, close, last_tok)) return false;
    Seg *s = &d->seg[d->n_seg - 1];
    s->close = close;
    s->last = close >= 0 ? close : last_tok + 1;
    s->end = close >= 0 ? d->t[close].start : d->t[last_tok].end;
    if (s->end < s->start) s->end = s->start;
    for (int i = s->first; i < s->last; i++) d->t[i].seg = d->n_seg - 1;
    if (close >= 0) d->t[close].qrole = Q_CLOSE;
    return true;
}

/* Pairs the marks of one paragraph; returns false on out-of-memory. */
static bool pair_marks(Doc *d, size_t *cap, int p)
{
    int a = d->para[p].first, b = d->para[p].last, depth = 0;
    for (int i = a; i < b; i++) {
        Tok *t = &d->t[i];
        if (t->kind != TK_QUOTE) continue;
        int k = mark_kind(d, t);
        if (k == MARK_NONE) continue;
        if (depth == 0) {
            if (k == MARK_CLOSE) continue; /* stray closing mark */
            if (!start_seg(d, cap, i)) return false;
            depth = 1;
        } else if (k == MARK_OPEN) {
            depth++; /* nested: part of the outer quotation */
        } else if (--depth == 0) {
            (void)end_seg(d, i, i);
        }
    }
    if (depth > 0) {
        /* Continued when the next paragraph opens with a mark. */
        if (end_seg(d, -1, b - 1) && p + 1 < d->n_para) {
            const Tok *n = &d->t[d->para[p + 1].first];
            d->seg[d->n_seg - 1].continues = n->kind == TK_QUOTE && mark_kind(d, n) != MARK_CLOSE;
        }
    }
    return true;
}

/* Per paragraph: its segments and how many words lie outside them. */
static void summarise_paragraphs(Doc *d)
{
    for (int p = 0; p < d->n_para; p++) d->para[p].first_seg = d->para[p].last_seg = -1;
    for (int i = 0; i < d->n_seg; i++) {
        Para *p = &d->para[d->seg[i].para];
        if (p->first_seg < 0) p->first_seg = i;
        p->last_seg = i;
    }
    for (int i = 0; i < d->n; i++)
        if (d->t[i].kind == TK_WORD && d->t[i].seg < 0 && !d->t[i].label)
            d->para[d->t[i].para].words_outside++;
}

/* "Bozell points out", "she pointed out that": "point" is a speech verb only with "out". */
static void phrasal_verbs(Doc *d)
{
    for (int i = 0; i + 1 < d->n; i++)
        if ((tk_is(d, i, "points") || tk_is(d, i, "pointed")) && tk_is(d, i + 1, "out"))
            d->t[i].lex |= LX_CUE | LX_CLAIM;
}

bool ann_tokenize(Doc *d)
{
    if (!scan(d) || !build_paragraphs(d) || !number_sentences(d)) return false;
    mark_labels(d);
    phrasal_verbs(d);
    size_t cap = 0;
    for (int p = 0; p < d->n_para; p++)
        if (!pair_marks(d, &cap, p)) return false;
    summarise_paragraphs(d);
    return true;
}

/* ---- token helpers shared by the passes ---- */

bool tk_is_word(const Doc *d, int i) { return i >= 0 && i < d->n && d->t[i].kind == TK_WORD; }

bool tk_is(const Doc *d, int i, const char *lower)
{
    if (!tk_is_word(d, i)) return false;
    size_t n = d->t[i].end - d->t[i].start;
    if (strlen(lower) != n) return false;
    const char *w = d->s + d->t[i].start;
    for (size_t k = 0; k < n; k++) {
        char c = w[k] >= 'A' && w[k] <= 'Z' ? (char)(w[k] + 32) : w[k];
        if (c != lower[k]) return false;
    }
    return true;
}

bool tk_is_punct(const Doc *d, int i, uint32_t ch)
{
    return i >= 0 && i < d->n && d->t[i].kind == TK_PUNCT && d->t[i].ch == ch;
}

bool tk_ends_sentence(const Doc *d, int i)
{
    return i + 1 >= d->n || d->t[i + 1].sent != d->t[i].sent;
}

int tk_sentence_first(const Doc *d, int i) { return d->sent_first[d->t[i].sent]; }

int tk_sentence_last(const Doc *d, int i) { return d->sent_last[d->t[i].sent]; }

int tk_short_segment(const Doc *d, int mark, int max_words)
{
    if (mark < 0 || mark >= d->n || d->t[mark].kind != TK_QUOTE) return -1;
    int si = d->t[mark].qrole == Q_OPEN    ? (mark + 1 < d->n ? d->t[mark + 1].seg : -1)
             : d->t[mark].qrole == Q_CLOSE ? (mark > 0 ? d->t[mark - 1].seg : -1)
                                           : -1;
    if (si < 0 || d->seg[si].close < 0 || (d->seg[si].open != mark && d->seg[si].close != mark))
        return -1;
    for (int k = d->seg[si].first, words = 0; k < d->seg[si].last; k++)
        if (d->t[k].kind == TK_WORD && ++words > max_words) return -1;
    return si;
}
