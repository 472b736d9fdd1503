/* answer_codec.c — the compact text form of an answer for storage (answer.h, "Answer codec").
 *
 * Decoding distrusts its input (a damaged database, an edited pack): every number is canonical
 * and bounded, and anything that does not parse leaves an empty answer. The evidence pick of a
 * two-part "cite" item is a prefix ("s:A:S:B:E|") in front of the answer's own code, so codes
 * stored before cite items existed decode exactly as before. */
#include "answer_internal.h"
#include <stdio.h>
#include <string.h>

/* The codec's format letters, indexed by QuestionFormat. */
static const char FORMAT_TAG[FORMAT_COUNT] = {'c', 'm', 't', 'o', 'x', 'e'};
/* The cite prefix: its letter and the separator after the sentence. */
#define CITE_TAG 's'
#define CITE_END '|'
/* Bounds for decoded evidence numbers: no article body can be longer than a pack file. */
#define MAX_SENTENCE_INDEX 1000000ul
#define MAX_BODY_OFFSET    ((unsigned long)PACK_MAX_FILE_BYTES)

/* True when the answer holds something to encode (other than "-"), judged without the question. */
static bool answer_given(const Answer *a)
{
    switch (a->format) {
    case FORMAT_CHOICE: return a->choice >= 0;
    case FORMAT_MULTI: return a->picked != 0;
    case FORMAT_TRUE_FALSE: return a->truth >= 0;
    case FORMAT_ORDER: return a->n_order > 0;
    case FORMAT_TEXT: return answer_text_given(a->text);
    case FORMAT_EVIDENCE: return a->article >= 0 || a->sentence >= 0;
    default: return false;
    }
}

/* Writes a list of small numbers ("0,2,5"); false when one is out of [0, max). */
static bool put_list(Out *o, const int *v, size_t n, int max)
{
    char num[16];
    for (size_t i = 0; i < n; i++) {
        if (v[i] < 0 || v[i] >= max) return false;
        snprintf(num, sizeof num, "%s%d", i ? "," : "", v[i]);
        answer_out_str(o, num);
    }
    return true;
}

static bool encode_multi(Out *o, uint32_t picked)
{
    int idx[32];
    size_t n = 0;
    for (int i = 0; i < 32; i++)
        if (picked & (1u << i)) idx[n++] = i;
    return put_list(o, idx, n, PACK_MAX_CHOICES);
}

static bool encode_text(Out *o, const char *text)
{
    if (!text_utf8_valid(text, strlen(text), NULL)) return false;
    answer_out_str(o, text);
    return true;
}

/* "A:S" or "A:S:B:E" for a picked sentence, with its span [B, E) when recorded. */
static bool put_sentence(Out *o, int article, int sentence, size_t start, size_t end)
{
    bool no_span = start == 0 && end == 0;
    if (article < 0 || sentence < 0 || (!no_span && start >= end)) return false;
    char num[80];
    if (no_span) snprintf(num, sizeof num, "%d:%d", article, sentence);
    else snprintf(num, sizeof num, "%d:%d:%zu:%zu", article, sentence, start, end);
    answer_out_str(o, num);
    return true;
}

static bool encode_evidence(Out *o, const Answer *a)
{
    return put_sentence(o, a->article, a->sentence, a->span_start, a->span_end);
}

/* The cite prefix, when a sentence is picked as the answer's evidence. */
static bool encode_cite(Out *o, const Answer *a)
{
    if (a->cite_article < 0 && a->cite_sentence < 0) return true;
    char head[3] = {CITE_TAG, ':', '\0'}, end[2] = {CITE_END, '\0'};
    answer_out_str(o, head);
    if (!put_sentence(o, a->cite_article, a->cite_sentence, a->cite_start, a->cite_end))
        return false;
    answer_out_str(o, end);
    return true;
}

static bool encode_body(Out *o, const Answer *a)
{
    int one = a->choice, truth = a->truth;
    switch (a->format) {
    case FORMAT_CHOICE: return put_list(o, &one, 1, PACK_MAX_CHOICES);
    case FORMAT_MULTI: return encode_multi(o, a->picked);
    case FORMAT_TRUE_FALSE: return put_list(o, &truth, 1, 2);
    case FORMAT_ORDER:
        return a->n_order <= PACK_MAX_ORDER_EVENTS &&
               put_list(o, a->order, a->n_order, PACK_MAX_EVENTS);
    case FORMAT_TEXT: return encode_text(o, a->text);
    case FORMAT_EVIDENCE: return encode_evidence(o, a);
    default: return false;
    }
}

bool answer_encode(const Answer *a, char *buf, size_t n)
{
    if (n == 0 || a->format < 0 || a->format >= FORMAT_COUNT) return false;
    Out o = answer_out_begin(buf, n);
    if (!encode_cite(&o, a)) {
        o.full = true;
    } else if (!answer_given(a)) {
        answer_out_str(&o, "-");
    } else {
        char head[3] = {FORMAT_TAG[a->format], ':', '\0'};
        answer_out_str(&o, head);
        if (!encode_body(&o, a)) o.full = true;
    }
    if (o.full) buf[0] = '\0';
    return !o.full;
}

/* A canonical decimal number (no sign, no leading zeros) up to max; returns the text after it,
 * or NULL. */
static const char *parse_num(const char *s, unsigned long max, unsigned long *out)
{
    if (*s < '0' || *s > '9' || (s[0] == '0' && s[1] >= '0' && s[1] <= '9')) return NULL;
    unsigned long v = 0;
    for (; *s >= '0' && *s <= '9'; s++) {
        v = v * 10 + (unsigned long)(*s - '0');
        if (v > max) return NULL;
    }
    *out = v;
    return s;
}

/* A comma-separated list of at most cap numbers below max, ending the string. */
static bool parse_list(const char *s, unsigned long max, int *v, size_t cap, size_t *n)
{
    *n = 0;
    if (max == 0) return false;
    for (;;) {
        unsigned long x;
        if (*n == cap || !(s = parse_num(s, max - 1, &x))) return false;
        v[(*n)++] = (int)x;
        if (*s == '\0') return true;
        if (*s++ != ',') return false;
    }
}

static bool decode_one(const char *s, unsigned long max, int *out)
{
    size_t n;
    return parse_list(s, max, out, 1, &n);
}

static bool decode_multi(const Question *q, const char *s, Answer *a)
{
    int idx[PACK_MAX_CHOICES];
    size_t n;
    if (!parse_list(s, q->n_choices, idx, PACK_MAX_CHOICES, &n)) return false;
    for (size_t i = 0; i < n; i++) {
        if (a->picked & (1u << idx[i])) return false; /* a repeat means damage */
        a->picked |= 1u << idx[i];
    }
    return true;
}

static bool decode_order(const char *s, Answer *a)
{
    return parse_list(s, PACK_MAX_EVENTS, a->order, PACK_MAX_ORDER_EVENTS, &a->n_order);
}

static bool decode_text(const char *s, Answer *a)
{
    size_t len = strlen(s);
    if (len >= ANSWER_MAX_TEXT || !text_utf8_valid(s, len, NULL)) return false;
    memcpy(a->text, s, len + 1);
    return true;
}

/* A picked sentence, "A:S" or "A:S:B:E" (a recorded span must be a real range); returns the text
 * after it, or NULL. */
static const char *parse_sentence(const char *s, int *article, int *sentence, size_t *start,
                                  size_t *end)
{
    unsigned long art, sen, b = 0, e = 0;
    if (!(s = parse_num(s, PACK_MAX_ARTICLES - 1, &art)) || *s++ != ':') return NULL;
    if (!(s = parse_num(s, MAX_SENTENCE_INDEX, &sen))) return NULL;
    if (s[0] == ':') {
        if (!(s = parse_num(s + 1, MAX_BODY_OFFSET, &b))) return NULL;
        if (*s++ != ':' || !(s = parse_num(s, MAX_BODY_OFFSET, &e)) || b >= e) return NULL;
    }
    *article = (int)art;
    *sentence = (int)sen;
    *start = b;
    *end = e;
    return s;
}

static bool decode_evidence(const char *s, Answer *a)
{
    Answer got = *a;
    s = parse_sentence(s, &got.article, &got.sentence, &got.span_start, &got.span_end);
    if (!s || *s != '\0') return false;
    *a = got;
    return true;
}

/* The cite prefix at s, if any: returns the text after it (s when there is none), or NULL. */
static const char *decode_cite(const char *s, Answer *a)
{
    if (s[0] != CITE_TAG || s[1] != ':') return s;
    Answer got = *a;
    s = parse_sentence(s + 2, &got.cite_article, &got.cite_sentence, &got.cite_start,
                       &got.cite_end);
    if (!s || *s != CITE_END) return NULL;
    *a = got;
    return s + 1;
}

static bool decode_body(const Question *q, const char *s, Answer *a)
{
    switch (q->format) {
    case FORMAT_CHOICE: return decode_one(s, q->n_choices, &a->choice);
    case FORMAT_MULTI: return decode_multi(q, s, a);
    case FORMAT_TRUE_FALSE: return decode_one(s, 2, &a->truth);
    case FORMAT_ORDER: return decode_order(s, a);
    case FORMAT_TEXT: return decode_text(s, a);
    case FORMAT_EVIDENCE: return decode_evidence(s, a);
    default: return false;
    }
}

bool answer_decode(const Question *q, const char *s, Answer *a)
{
    answer_init(a, q, NULL);
    a->n_order = 0; /* "nothing given" for every format, order included */
    if (!s || q->format < 0 || q->format >= FORMAT_COUNT) return false;
    Answer got = *a;
    /* A cite pick is kept even when q no longer asks for one (an edited pack): grading ignores
     * it then, and nothing stored is lost. */
    if (!(s = decode_cite(s, &got))) return false;
    if (strcmp(s, "-") != 0) {
        if (s[0] != FORMAT_TAG[q->format] || s[1] != ':') return false;
        if (!decode_body(q, s + 2, &got) || !answer_first_part_complete(q, &got)) return false;
    }
    *a = got;
    return true;
}

bool answer_grade_code(const Pack *p, const Question *q, const char *code, Grade *out)
{
    *out = (Grade){0};
    Answer a;
    if (!answer_decode(q, code, &a) || !answer_check(p, q, &a)) return false;
    if (q->format == FORMAT_EVIDENCE && a.article >= 0 && a.span_end == 0)
        answer_pick_sentence(&a, p, a.article, a.sentence);
    if (a.cite_article >= 0 && a.cite_end == 0)
        answer_cite_sentence(&a, p, a.cite_article, a.cite_sentence);
    *out = answer_grade(q, &a);
    return true;
}
