/* answer.h — a student's answer to one question, and how it is graded.
 * The rules (docs/scoring.md) live here and nowhere else: the UI, the terminal mode and the
 * presenter all grade through answer_grade. */
#ifndef BYLINE_ANSWER_H
#define BYLINE_ANSWER_H
#include "limits.h"
#include "pack.h"
#include <stdbool.h>
#include <stdint.h>

#define ANSWER_MAX_TEXT 256

typedef struct Answer {
    QuestionFormat format;
    int choice;                          /* choice: picked index, -1 = none */
    uint32_t picked;                     /* multi: bit i = choice i picked */
    int truth;                           /* true_false: 1 true, 0 false, -1 none */
    int order[PACK_MAX_ORDER_EVENTS];    /* order: event indices as the student arranged them */
    size_t n_order;
    char text[ANSWER_MAX_TEXT];          /* text: typed, UTF-8 */
    int article, sentence;               /* evidence: picked sentence, -1 = none */
} Answer;

typedef struct Grade {
    bool correct;       /* fully right */
    double fraction;    /* 0..1, partial credit for multi and order */
    double points;      /* fraction * question points */
} Grade;

/* An empty answer for q. For order questions, `arrangement` (n_order event indices, may be NULL
 * for the pack order) is the starting arrangement shown to the student. */
void answer_init(Answer *a, const Question *q, const int *arrangement);
/* True when the student has given something that can be submitted. */
bool answer_is_complete(const Question *q, const Answer *a);
Grade answer_grade(const Question *q, const Answer *a);
/* The answer as people read it ("B. Dana Obi", "true", "vote > delay", the typed text, the
 * sentence): written into buf (always NUL-terminated). Used for stored results and CSV. */
void answer_describe(const Pack *p, const Question *q, const Answer *a, char *buf, size_t size);
/* The correct answer as people read it, into buf. */
void answer_describe_correct(const Pack *p, const Question *q, char *buf, size_t size);
/* Letters for choices: 0 → 'A'. */
char answer_letter(int index);

#endif
