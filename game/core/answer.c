/* answer.c — grading (docs/scoring.md), describing answers for people, and the storage codec.
 *
 * Everything here distrusts the Answer: it may come from a UI bug or a damaged database, so every
 * index is range-checked before use, and a malformed answer simply grades as wrong. The storage
 * codec is in answer_codec.c, the evidence step of two-part "cite" items in answer_cite.c. */
#include "answer.h"
#include "answer_date.h"
#include "answer_internal.h"
#include "text.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bit_count(uint32_t x)
{
    int n = 0;
    for (; x; x &= x - 1) n++;
    return n;
}

static uint32_t choice_mask(const Question *q)
{
    return q->n_choices >= 32 ? UINT32_MAX : (1u << q->n_choices) - 1u;
}

/* Position of event `ev` in q's correct order, or -1. */
static int order_rank(const Question *q, int ev)
{
    for (size_t i = 0; i < q->n_order; i++)
        if (q->order[i] == ev) return (int)i;
    return -1;
}

/* True when order[0..n) holds each of q's events exactly once. */
static bool order_is_permutation(const Question *q, const int *order, size_t n)
{
    if (n != q->n_order || n > PACK_MAX_ORDER_EVENTS) return false;
    bool seen[PACK_MAX_ORDER_EVENTS] = {false};
    for (size_t i = 0; i < n; i++) {
        int r = order_rank(q, order[i]);
        if (r < 0 || seen[r]) return false;
        seen[r] = true;
    }
    return true;
}

void answer_init(Answer *a, const Question *q, const int *arrangement)
{
    memset(a, 0, sizeof *a);
    a->format = q->format;
    a->choice = -1;
    a->truth = -1;
    a->article = -1;
    a->sentence = -1;
    a->cite_article = -1;
    a->cite_sentence = -1;
    if (q->format != FORMAT_ORDER) return;
    const int *src = arrangement ? arrangement : q->order;
    a->n_order = q->n_order < PACK_MAX_ORDER_EVENTS ? q->n_order : PACK_MAX_ORDER_EVENTS;
    memcpy(a->order, src, a->n_order * sizeof *a->order);
}

bool answer_text_given(const char *text)
{
    if (!memchr(text, '\0', ANSWER_MAX_TEXT)) return false;
    char folded[ANSWER_MAX_TEXT];
    return text_fold_into(text, folded, sizeof folded) > 0;
}

bool answer_is_complete(const Question *q, const Answer *a)
{
    return answer_first_part_complete(q, a) && (!q->cite || answer_cite_picked(a));
}

bool answer_first_part_complete(const Question *q, const Answer *a)
{
    if (a->format != q->format) return false;
    switch (q->format) {
    case FORMAT_CHOICE: return a->choice >= 0 && (size_t)a->choice < q->n_choices;
    case FORMAT_MULTI: return a->picked != 0 && (a->picked & ~choice_mask(q)) == 0;
    case FORMAT_TRUE_FALSE: return a->truth == 0 || a->truth == 1;
    case FORMAT_ORDER: return order_is_permutation(q, a->order, a->n_order);
    case FORMAT_TEXT: return answer_text_given(a->text);
    case FORMAT_EVIDENCE: return a->article >= 0 && a->sentence >= 0;
    default: return false;
    }
}

/* Multi: each right pick earns a share, each wrong pick takes one back, never below zero — so
 * ticking every box earns nothing unless every box is right. */
static double multi_fraction(const Question *q, uint32_t picked)
{
    int right = bit_count(picked & q->answers), wrong = bit_count(picked & ~q->answers);
    int want = bit_count(q->answers);
    if (want == 0 || right <= wrong) return 0.0;
    return (double)(right - wrong) / want;
}

/* Order: the share of pairs of events the student put in the right relative order (Kendall's
 * tau distance), so swapping two neighbours costs one pair, not half the answer. */
static double order_fraction(const Question *q, const Answer *a)
{
    size_t n = a->n_order, pairs = n * (n - 1) / 2, good = 0;
    if (pairs == 0) return 1.0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            good += order_rank(q, a->order[i]) < order_rank(q, a->order[j]);
    return (double)good / (double)pairs;
}

/* ---- typed answers (docs/scoring.md, "Typed answers") ------------------------------------ */

/* A folded text (text_fold_answer) split at its last word when that word is a generational
 * suffix: "martin luther king jr" is "martin luther king" + 'j'. Junior and senior are spelled
 * out or not ("Jr." = "Jr" = "Junior"). */
typedef struct NameParts {
    size_t body_len; /* bytes before the suffix (without the space) */
    char suffix;     /* 'j', 's' or 0 */
    int words;       /* words in the body */
} NameParts;

static NameParts name_parts(const char *f)
{
    NameParts np = {strlen(f), 0, 0};
    const char *sp = strrchr(f, ' ');
    if (sp) {
        const char *w = sp + 1;
        if (strcmp(w, "jr") == 0 || strcmp(w, "junior") == 0) np.suffix = 'j';
        if (strcmp(w, "sr") == 0 || strcmp(w, "senior") == 0) np.suffix = 's';
        if (np.suffix) np.body_len = (size_t)(sp - f);
    }
    np.words = np.body_len > 0;
    for (size_t i = 0; i < np.body_len; i++) np.words += f[i] == ' ';
    return np;
}

/* Two folded answers are the same answer: equal, or the same name where one adds "Jr."/"Sr."
 * to a first and last name the other gives without it. */
static bool folded_match(const char *a, const char *b)
{
    if (a[0] == '\0' || b[0] == '\0') return false;
    if (strcmp(a, b) == 0) return true;
    NameParts x = name_parts(a), y = name_parts(b);
    if (!x.suffix && !y.suffix) return false;
    bool suffix_ok = x.suffix == y.suffix || ((!x.suffix || !y.suffix) && x.words >= 2);
    return suffix_ok && x.body_len == y.body_len && memcmp(a, b, x.body_len) == 0;
}

/* Code points of a folded text, at most cap; returns the count. */
static size_t to_code_points(const char *s, uint32_t *cp, size_t cap)
{
    size_t len = strlen(s), i = 0, n = 0;
    while (i < len && n < cap) i += text_utf8_decode(s + i, len - i, &cp[n++]);
    return n;
}

/* Edits between a and b — insertions, deletions, substitutions and swaps of neighbours (optimal
 * string alignment) — capped at cap. */
static int slip_distance(const char *a, const char *b, int cap)
{
    uint32_t x[ANSWER_MAX_TEXT], y[ANSWER_MAX_TEXT];
    size_t m = to_code_points(a, x, ANSWER_MAX_TEXT), n = to_code_points(b, y, ANSWER_MAX_TEXT);
    if ((m > n ? m - n : n - m) >= (size_t)cap) return cap;
    int rows[3][ANSWER_MAX_TEXT + 1];
    int *two = rows[0], *one = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= n; j++) one[j] = (int)j;
    for (size_t i = 1; i <= m; i++) {
        cur[0] = (int)i;
        for (size_t j = 1; j <= n; j++) {
            int v = one[j - 1] + (x[i - 1] != y[j - 1]);
            if (one[j] + 1 < v) v = one[j] + 1;
            if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
            bool swap = i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1];
            if (swap && two[j - 2] + 1 < v) v = two[j - 2] + 1;
            cur[j] = v;
        }
        int *t = two;
        two = one, one = cur, cur = t;
    }
    return one[n] < cap ? one[n] : cap;
}

static size_t count_letters(const char *f)
{
    size_t n = 0;
    for (; *f; f++)
        n += ((unsigned char)*f & 0xC0) != 0x80 && *f != ' ' && !(*f >= '0' && *f <= '9');
    return n;
}

/* True when a and b hold the same digits in the same order: a slip in a number ("1,200" for
 * "1,300", "March 30" for "March 31") is a wrong answer, never a typo. */
static bool same_digits(const char *a, const char *b)
{
    for (;;) {
        while (*a && !(*a >= '0' && *a <= '9')) a++;
        while (*b && !(*b >= '0' && *b <= '9')) b++;
        if (*a != *b) return false;
        if (!*a) return true;
        a++, b++;
    }
}

/* Spelling slips between folded typed text and folded accepted form f, or -1 when they are not
 * comparable that way (digits differ). */
static int slips(const char *typed, const char *f)
{
    /* A form longer than any typed answer would be compared by its prefix only. */
    if (strlen(f) >= ANSWER_MAX_TEXT || !same_digits(typed, f)) return -1;
    return slip_distance(typed, f, 3);
}

/* How a typed answer compares with the accepted forms, by spelling. */
typedef enum { SPELL_NO, SPELL_CLOSE, SPELL_YES } Spelling;

static Spelling spelling_of(const Question *q, const char *typed)
{
    char t[ANSWER_MAX_TEXT];
    if (text_fold_into(typed, t, sizeof t) >= sizeof t) return SPELL_NO;
    Spelling best = SPELL_NO;
    for (size_t i = 0; i < q->n_accept && best != SPELL_YES; i++) {
        char *f = text_fold_answer(q->accept[i]);
        if (!f) break;
        size_t letters = count_letters(f);
        int d = folded_match(t, f) ? 0 : slips(t, f);
        int forgiven = letters >= ANSWER_TYPO_MIN_LETTERS ? q->typos : 0;
        if (d == 0 || (d > 0 && d <= forgiven)) best = SPELL_YES;
        else if (d > 0 && d <= forgiven + 1 && letters >= ANSWER_CLOSE_MIN_LETTERS)
            best = SPELL_CLOSE;
        free(f);
    }
    return best;
}

/* A typed date against the question's date; *hint says how close a wrong one came. */
static bool date_accepted(const Question *q, const TypedDate *t, const char **hint)
{
    Date want = q->answer_date, got = t->date;
    bool same_day = got.month == want.month && got.day == want.day;
    bool right = same_day && got.year == want.year;
    *hint = NULL;
    if (right && t->weekday >= 0 && t->weekday != date_weekday(got))
        *hint = ANSWER_HINT_WEEKDAY;
    else if (same_day && !right)
        *hint = t->year_given ? ANSWER_HINT_YEAR_WRONG : ANSWER_HINT_YEAR_NEEDED;
    return right && !*hint;
}

/* Grades typed text; *hint (may be NULL) gets the near-miss message for a wrong answer. A
 * question that asks for a date compares an answer that reads as a date by its date only. */
static bool text_accepted(const Question *q, const char *typed, const char **hint)
{
    const char *h = NULL;
    bool ok;
    TypedDate t;
    if (date_is_set(q->answer_date) &&
        answer_date_read(typed, q->ref_date, q->date_order, &t) && date_is_set(t.date)) {
        ok = date_accepted(q, &t, &h);
    } else {
        Spelling sp = spelling_of(q, typed);
        ok = sp == SPELL_YES;
        if (sp == SPELL_CLOSE) h = ANSWER_HINT_SPELLING;
    }
    if (hint) *hint = ok ? NULL : h;
    return ok;
}

const char *answer_near_miss(const Question *q, const Answer *a)
{
    const char *hint = NULL;
    if (q->format != FORMAT_TEXT || !answer_is_complete(q, a)) return NULL;
    text_accepted(q, a->text, &hint);
    return hint;
}

/* Evidence: the same test as pack_sentence_is_evidence, on the span recorded at pick time. */
static bool evidence_hit(const Question *q, const Answer *a)
{
    for (size_t i = 0; i < q->n_evidence; i++) {
        const Passage *p = &q->evidence[i];
        if (p->article == a->article && p->start < a->span_end && a->span_start < p->end)
            return true;
    }
    return false;
}

static double fraction_of(const Question *q, const Answer *a)
{
    switch (q->format) {
    case FORMAT_CHOICE: return a->choice == q->answer ? 1.0 : 0.0;
    case FORMAT_MULTI: return multi_fraction(q, a->picked);
    case FORMAT_TRUE_FALSE: return (a->truth == 1) == q->truth ? 1.0 : 0.0;
    case FORMAT_ORDER: return order_fraction(q, a);
    case FORMAT_TEXT: return text_accepted(q, a->text, NULL) ? 1.0 : 0.0;
    case FORMAT_EVIDENCE: return evidence_hit(q, a) ? 1.0 : 0.0;
    default: return 0.0;
    }
}

Grade answer_grade(const Question *q, const Answer *a)
{
    Grade g = {0};
    if (!answer_first_part_complete(q, a)) return g;
    g.fraction = fraction_of(q, a);
    /* "Correct" means fully right, never a rounding accident of partial credit. */
    g.correct = q->format == FORMAT_MULTI ? a->picked == q->answers : g.fraction >= 1.0;
    if (g.correct) g.fraction = 1.0;
    g.answer_fraction = g.fraction;
    g.answer_correct = g.correct;
    if (q->cite) answer_cite_grade(q, a, &g);
    g.points = g.fraction * q->points;
    return g;
}

char answer_letter(int index)
{
    return index >= 0 && index < 26 ? (char)('A' + index) : '?';
}

/* ---- picking and checking against the pack ---------------------------------------------- */

const TextSpan *answer_sentence_of(const Pack *p, int article, int sentence)
{
    if (article < 0 || (size_t)article >= p->n_articles || sentence < 0) return NULL;
    const Article *ar = &p->articles[article];
    return (size_t)sentence < ar->n_sentences ? &ar->sentences[sentence] : NULL;
}

bool answer_pick_sentence(Answer *a, const Pack *p, int article, int sentence)
{
    const TextSpan *s = answer_sentence_of(p, article, sentence);
    if (!s) return false;
    a->article = article;
    a->sentence = sentence;
    a->span_start = s->start;
    a->span_end = s->end;
    return true;
}

static bool evidence_fits(const Pack *p, const Answer *a)
{
    bool no_span = a->span_start == 0 && a->span_end == 0;
    if (a->article < 0 && a->sentence < 0) return no_span;
    const TextSpan *s = answer_sentence_of(p, a->article, a->sentence);
    return s && (no_span || (s->start == a->span_start && s->end == a->span_end));
}

static bool answer_check_first_part(const Pack *p, const Question *q, const Answer *a)
{
    if (a->format != q->format) return false;
    switch (q->format) {
    case FORMAT_CHOICE: return a->choice == -1 || answer_first_part_complete(q, a);
    case FORMAT_MULTI: return (a->picked & ~choice_mask(q)) == 0;
    case FORMAT_TRUE_FALSE: return a->truth >= -1 && a->truth <= 1;
    case FORMAT_ORDER: return a->n_order == 0 || answer_first_part_complete(q, a);
    case FORMAT_TEXT: return memchr(a->text, '\0', ANSWER_MAX_TEXT) != NULL &&
                             text_utf8_valid(a->text, strlen(a->text), NULL);
    case FORMAT_EVIDENCE: return evidence_fits(p, a);
    default: return false;
    }
}

bool answer_check(const Pack *p, const Question *q, const Answer *a)
{
    return answer_check_first_part(p, q, a) && answer_cite_fits(p, a);
}

/* ---- describing answers for people ------------------------------------------------------ */

/* Appends into a fixed buffer; on overflow cuts at a UTF-8 boundary and stops appending, so a
 * truncated description never ends in half a character or glues on later pieces. */
Out answer_out_begin(char *buf, size_t size)
{
    Out o = {buf, size, 0, size == 0};
    if (size) buf[0] = '\0';
    return o;
}

void answer_out_put(Out *o, const char *s, size_t n)
{
    if (o->full) return;
    size_t room = o->size - 1 - o->len;
    if (n > room) {
        n = room;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
        o->full = true;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

void answer_out_str(Out *o, const char *s) { answer_out_put(o, s, strlen(s)); }


static void out_choice(Out *o, const Question *q, int i)
{
    char head[4] = {answer_letter(i), '.', ' ', '\0'};
    answer_out_str(o, head);
    answer_out_str(o, q->choices[i]);
}

/* True when the text written so far ends a sentence (". ! ? …", maybe followed by closing
 * quotes or brackets): the next item then needs no "; " to be set apart. */
static bool out_ends_sentence(const Out *o)
{
    size_t n = o->len;
    for (;;) {
        if (n >= 3 && (unsigned char)o->buf[n - 3] == 0xE2 && (unsigned char)o->buf[n - 2] == 0x80 &&
            ((unsigned char)o->buf[n - 1] == 0x9D || (unsigned char)o->buf[n - 1] == 0x99)) {
            n -= 3; /* ” ’ */
            continue;
        }
        if (n >= 1 && o->buf[n - 1] && strchr("\"')]", o->buf[n - 1])) {
            n--;
            continue;
        }
        break;
    }
    if (n >= 1 && o->buf[n - 1] && strchr(".!?", o->buf[n - 1])) return true;
    return n >= 3 && memcmp(o->buf + n - 3, "\xE2\x80\xA6", 3) == 0; /* … */
}

/* Between two items of a list: "; ", or a space after an item that ends a sentence (never
 * "what to do.; C."). */
static void out_sep(Out *o)
{
    answer_out_str(o, out_ends_sentence(o) ? " " : "; ");
}

static void out_choices(Out *o, const Question *q, uint32_t mask)
{
    bool first = true;
    for (size_t i = 0; i < q->n_choices && i < 32; i++) {
        if (!(mask & (1u << i))) continue;
        if (!first) out_sep(o);
        out_choice(o, q, (int)i);
        first = false;
    }
}

/* The events as people read them, numbered in the order given: "1. The letter is sent; 2. …"
 * (the ids are for pack authors; stored results and CSV get the texts too). */
static void out_order(Out *o, const Pack *p, const int *order, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i) out_sep(o);
        char num[16];
        snprintf(num, sizeof num, "%u. ", (unsigned)(i + 1));
        answer_out_str(o, num);
        int ev = order[i];
        const Event *e = ev >= 0 && (size_t)ev < p->n_events ? &p->events[ev] : NULL;
        answer_out_str(o, !e ? "?" : e->text && e->text[0] ? e->text : e->id);
    }
}

static void out_body(Out *o, const Pack *p, int article, size_t start, size_t end)
{
    if (article < 0 || (size_t)article >= p->n_articles) return;
    const Article *ar = &p->articles[article];
    if (start < end && end <= ar->body_len) answer_out_put(o, ar->body + start, end - start);
}

static void out_sentence(Out *o, const Pack *p, const Answer *a)
{
    const TextSpan *s = answer_sentence_of(p, a->article, a->sentence);
    if (s) out_body(o, p, a->article, s->start, s->end);
}

void answer_describe(const Pack *p, const Question *q, const Answer *a, char *buf, size_t size)
{
    Out o = answer_out_begin(buf, size);
    if (!answer_first_part_complete(q, a)) {
        answer_out_str(&o, "(no answer)");
        return;
    }
    switch (q->format) {
    case FORMAT_CHOICE: out_choice(&o, q, a->choice); break;
    case FORMAT_MULTI: out_choices(&o, q, a->picked); break;
    case FORMAT_TRUE_FALSE: answer_out_str(&o, a->truth ? "True" : "False"); break;
    case FORMAT_ORDER: out_order(&o, p, a->order, a->n_order); break;
    case FORMAT_TEXT: answer_out_str(&o, a->text); break;
    case FORMAT_EVIDENCE: out_sentence(&o, p, a); break;
    default: break;
    }
}

void answer_describe_correct(const Pack *p, const Question *q, char *buf, size_t size)
{
    Out o = answer_out_begin(buf, size);
    switch (q->format) {
    case FORMAT_CHOICE: out_choice(&o, q, q->answer); break;
    case FORMAT_MULTI: out_choices(&o, q, q->answers); break;
    case FORMAT_TRUE_FALSE: answer_out_str(&o, q->truth ? "True" : "False"); break;
    case FORMAT_ORDER: out_order(&o, p, q->order, q->n_order); break;
    case FORMAT_TEXT: answer_out_str(&o, q->n_accept ? q->accept[0] : ""); break;
    case FORMAT_EVIDENCE:
        if (q->n_evidence)
            out_body(&o, p, q->evidence[0].article, q->evidence[0].start, q->evidence[0].end);
        break;
    default: break;
    }
}

/* ---- the starting arrangement of an order question ------------------------------------------ */

static uint64_t splitmix_next(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void answer_shuffle_order(const Question *q, uint64_t state, int *out)
{
    size_t n = q->n_order;
    memcpy(out, q->order, n * sizeof *out);
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(splitmix_next(&state) % i);
        int t = out[i - 1];
        out[i - 1] = out[j];
        out[j] = t;
    }
    if (n >= 2 && memcmp(out, q->order, n * sizeof *out) == 0) {
        int first = out[0]; /* rotate by one: every event moves */
        memmove(out, out + 1, (n - 1) * sizeof *out);
        out[n - 1] = first;
    }
}
