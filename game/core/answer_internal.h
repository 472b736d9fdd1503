/* answer_internal.h — shared by answer.c, answer_codec.c and answer_cite.c. Not for use outside
 * them: everyone else goes through answer.h. */
#ifndef BYLINE_ANSWER_INTERNAL_H
#define BYLINE_ANSWER_INTERNAL_H
#include "answer.h"
#include "text.h"
#include <stdbool.h>
#include <stddef.h>

/* Appends into a fixed buffer; on overflow cuts at a UTF-8 boundary and stops appending (full). */
typedef struct Out {
    char *buf;
    size_t size, len;
    bool full;
} Out;
Out answer_out_begin(char *buf, size_t size);
void answer_out_put(Out *o, const char *s, size_t n);
void answer_out_str(Out *o, const char *s);

/* True when a typed text holds more than spaces and punctuation (and is NUL-terminated). */
bool answer_text_given(const char *text);
/* Sentence `sentence` of article `article` of p, or NULL when there is none. */
const TextSpan *answer_sentence_of(const Pack *p, int article, int sentence);

/* answer_cite.c: a cite pick is made (cite_article and cite_sentence >= 0). */
bool answer_cite_picked(const Answer *a);
/* answer_cite.c: the cite pick fits pack p (none, or a real sentence with its own span). */
bool answer_cite_fits(const Pack *p, const Answer *a);
/* answer_cite.c: turns g, the grade of the answer part alone, into the grade of both parts. */
void answer_cite_grade(const Question *q, const Answer *a, Grade *g);
/* answer_cite.c: the codec's cite prefix ("s:A:S:B:E|"), written into o when a pick is made;
 * false when the pick is malformed. */
bool answer_cite_encode(Out *o, const Answer *a);
/* answer_cite.c: reads a cite prefix at s into a; returns the text after it (s itself when there
 * is none), or NULL when it is damaged. */
const char *answer_cite_decode(const char *s, Answer *a);

#endif
