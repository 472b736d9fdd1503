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
    /* evidence: bytes [span_start, span_end) of the picked sentence in its article's body; 0, 0
     * when not recorded. A Question does not know its pack's sentences, so answer_grade compares
     * this range with the evidence passages. answer_pick_sentence sets all four fields;
     * session_submit and session_restore fill in the span from the pack when only article and
     * sentence were set. */
    size_t span_start, span_end;
    /* Two-part "cite" items (q->cite): the sentence picked as the answer's evidence, with its
     * span, as for evidence answers; -1, -1, 0, 0 = not picked. Set by answer_cite_sentence. */
    int cite_article, cite_sentence;
    size_t cite_start, cite_end;
} Answer;

typedef struct Grade {
    bool correct;       /* fully right (a cite question: both parts) */
    double fraction;    /* 0..1, partial credit for multi and order, and for cite parts */
    double points;      /* fraction * question points */
    /* Two-part "cite" items (docs/scoring.md, "Citing the evidence"): cited is true when the
     * question had an evidence part and the answer part was given. Then
     *   fraction = (1 - q->cite_share) * answer_fraction + q->cite_share * evidence_correct,
     *   correct = answer_correct && evidence_correct.
     * For other questions cited is false, answer_fraction == fraction, answer_correct ==
     * correct and evidence_correct is false. */
    bool cited;
    double answer_fraction; /* 0..1, the answer part alone */
    bool answer_correct;    /* the answer part is fully right */
    bool evidence_correct;  /* the picked sentence overlaps one of q's evidence passages */
} Grade;

/* An empty answer for q. For order questions, `arrangement` (n_order event indices, may be NULL
 * for the pack order) is the starting arrangement shown to the student. */
void answer_init(Answer *a, const Question *q, const int *arrangement);
/* True when the student has given something that can be submitted: a choice, at least one multi
 * pick, true or false, a full arrangement, text that is not only spaces and punctuation, a picked
 * sentence (article and sentence >= 0) — and, when q->cite, the cited sentence too. */
bool answer_is_complete(const Question *q, const Answer *a);
/* The same for the answer part alone, without the cite pick: what a UI checks before moving on
 * to the evidence step of a cite question. Equal to answer_is_complete when !q->cite. */
bool answer_first_part_complete(const Question *q, const Answer *a);
/* Grades by the rules of docs/scoring.md. An answer that is incomplete or does not fit q (another
 * format, indices out of range) is wrong: 0 points. An evidence answer is graded by its span, so
 * one without a span (see Answer) is wrong: grade through the session, or pick the sentence with
 * answer_pick_sentence; the same holds for the cite pick (answer_cite_sentence). A cite
 * question whose answer part is given but has no cite pick (time ran out on the evidence step)
 * earns the answer part's points, with the evidence wrong. */
Grade answer_grade(const Question *q, const Answer *a);

/* How the two parts of a cite question came out. CITE_GUESS: the right answer with the wrong
 * evidence ("right for the wrong reason"); CITE_MISREAD: the wrong answer with the right
 * evidence (found the passage, misread it). Partly right answers (multi, order) count as wrong
 * answers here. */
typedef enum { CITE_NONE, CITE_BOTH_RIGHT, CITE_GUESS, CITE_MISREAD, CITE_BOTH_WRONG } CiteOutcome;
/* CITE_NONE for a question without a cite part or a skipped one (g->cited false). */
CiteOutcome answer_cite_outcome(const Grade *g);
/* "both right", "guess", "misread", "both wrong", or "" for CITE_NONE (static strings). */
const char *answer_cite_outcome_name(CiteOutcome o);
/* Typed answers (docs/scoring.md): a spelling slip is forgiven only in accepted forms of at
 * least ANSWER_TYPO_MIN_LETTERS letters, and only when the question allows `typos`; "close" is
 * said only about forms of at least ANSWER_CLOSE_MIN_LETTERS letters. */
#define ANSWER_TYPO_MIN_LETTERS 6
#define ANSWER_CLOSE_MIN_LETTERS 4
/* The near-miss messages answer_near_miss returns (static strings). */
#define ANSWER_HINT_SPELLING "close \xE2\x80\x94 check the spelling"
#define ANSWER_HINT_YEAR_NEEDED "close \xE2\x80\x94 add the year"
#define ANSWER_HINT_YEAR_WRONG "close \xE2\x80\x94 check the year"
#define ANSWER_HINT_WEEKDAY "close \xE2\x80\x94 that date is not on the weekday you typed"
/* For a text answer that answer_grade marks wrong but that came close, a short message to show
 * with the feedback: one slip more than the question forgives from an accepted form of 4+
 * letters (ANSWER_HINT_SPELLING); the right month and day of a date but no year where the year
 * is not certain, or another year (…_YEAR_NEEDED, …_YEAR_WRONG); the right date with a weekday
 * it does not fall on (…_WEEKDAY). NULL otherwise — for right answers, other formats and
 * incomplete answers. The string is static: do not free it. */
const char *answer_near_miss(const Question *q, const Answer *a);

/* The answer as people read it ("B. Dana Obi", "True", "1. The vote is held; 2. The start is
 * delayed" — events by their text, never their ids —, the typed text, the sentence): written
 * into buf (always NUL-terminated). Items of a list are set apart by "; ", or by a space after
 * one that ends a sentence. Used on screen, for stored results and CSV. */
void answer_describe(const Pack *p, const Question *q, const Answer *a, char *buf, size_t size);
/* The correct answer as people read it, into buf. */
void answer_describe_correct(const Pack *p, const Question *q, char *buf, size_t size);
/* A starting arrangement for an order question: q->n_order event indices into out, shuffled
 * (Fisher–Yates driven by splitmix64 from `state`) and never the right order — that would hand
 * out the points for pressing "submit" (a shuffle that comes out right is rotated by one). The
 * same state gives the same arrangement, so a resumed session shows the one it showed before. */
void answer_shuffle_order(const Question *q, uint64_t state, int *out);
/* Letters for choices: 0 → 'A' … 25 → 'Z'; '?' outside that. */
char answer_letter(int index);

/* Evidence answers: picks sentence `sentence` of article `article` (sets article, sentence and
 * the span). Returns false, leaving the answer unchanged, when the pack has no such sentence. */
bool answer_pick_sentence(Answer *a, const Pack *p, int article, int sentence);
/* Cite items: picks sentence `sentence` of article `article` as the answer's evidence (sets
 * cite_article, cite_sentence and the span). Returns false, leaving the answer unchanged, when
 * the pack has no such sentence. Sentences are those of evidence questions. */
bool answer_cite_sentence(Answer *a, const Pack *p, int article, int sentence);
/* The cited sentence as people read it (its text), into buf; "(no sentence)" when none. */
void answer_describe_cite(const Pack *p, const Answer *a, char *buf, size_t size);
/* True when the answer fits q in pack p: the right format and every index in range (choices,
 * order events, the evidence sentence; a recorded span must be that sentence's; the same for a
 * cite pick, whether or not q asks for one). An empty answer fits. Use it on answers that come
 * from outside (stored data, another process) before trusting them. */
bool answer_check(const Pack *p, const Question *q, const Answer *a);

/* Answer codec: a compact text form for storage (the store's answer_data column).
 *   "-"            nothing given (skipped)       "c:1"        choice index 1
 *   "m:0,2"        multi: choices 0 and 2        "t:1" "t:0"  true / false
 *   "o:3,1,2"      order: event indices as arranged
 *   "x:TEXT"       text: the typed UTF-8 text, verbatim to the end of the string
 *   "e:A:S:B:E"    evidence: article A, sentence S, byte span [B, E); "e:A:S" without a span
 *   "s:A:S:B:E|…"  a cite pick (article A, sentence S, span [B, E), or "s:A:S|"), in front of the
 *                  answer's own code: "s:0:4:310:402|c:1"; codes without it are read as before
 * answer_encode writes it into buf (ANSWER_CODE_MAX bytes always suffice); false when it does not
 * fit or the answer is malformed (not UTF-8 text, bad indices). answer_decode parses it for q and
 * validates everything that q allows checking (format letter, ranges, duplicates, permutation,
 * UTF-8); false on anything damaged, leaving *a an empty answer for q. Evidence indices are only
 * checked against the pack by answer_check. A cite pick is decoded whether or not q asks for one
 * (grading ignores it then); an answer part that is given must be complete (the cite pick need
 * not be: time may have run out on the evidence step). */
#define ANSWER_CODE_MAX (ANSWER_MAX_TEXT + 64)
bool answer_encode(const Answer *a, char *buf, size_t n);
bool answer_decode(const Question *q, const char *s, Answer *a);
/* A stored code graded again against pack p (how results tell the two parts of a cite question
 * apart without storing them): decoded, checked (answer_check), spans filled in from the pack
 * when the code has none, then graded. A stored skip grades as a skip (cited false). False, with
 * *out all zero, when the code is damaged or does not fit q. */
bool answer_grade_code(const Pack *p, const Question *q, const char *code, Grade *out);

#endif
