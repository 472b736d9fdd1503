/* class_stats.h — how a class did on one pack, from the progress store: per question, how many
 * students answered it and how many got it right (most-missed first), and totals per kind.
 * For the teacher's class results screen; pure C, no SDL.
 *
 * Which answers count: for each student (profile) and question, only the student's latest answer
 * (the newest `answered` time; on a tie, the one saved last). So a student who missed a question
 * and got it right on a retry or a review counts as right: the figures say what the class knows
 * now, not how the first try went. Answers of every self-study mode (study, retry, review, and
 * the terminal's text mode) and of live classes (mode "live", one student per attempt; their
 * points include speed points) count; classroom sessions (mode "present") do not, because their
 * rows are teams, not students. A skip (a stored empty answer) counts as an answer that is not
 * right. Answers to question ids that are not in the pack (a question deleted or renamed since)
 * are left out and counted in `ignored`.
 *
 * Two-part "cite" questions (docs/scoring.md, "Citing the evidence"): the stored answer is graded
 * again against the pack to tell its parts apart, and counted as a guess (right answer, wrong
 * evidence) or a misreading (wrong answer, right evidence), per question and per student. */
#ifndef BYLINE_CLASS_STATS_H
#define BYLINE_CLASS_STATS_H
#include "pack.h"
#include "progress.h"
#include <stdbool.h>
#include <stddef.h>

typedef struct ClassQuestion {
    int question;         /* index into pack->questions */
    int students;         /* students whose latest answer counts here */
    int right;            /* of them, fully right */
    double rate;          /* right / students; -1 when nobody answered */
    double avg_points;    /* mean points of those answers */
    double max_points;    /* the question's points */
    double avg_seconds;   /* mean time taken */
    int cited;            /* of the students, those whose answer had its cite part graded */
    int guesses;          /* right answer, wrong evidence (CITE_GUESS) */
    int misreads;         /* wrong answer, right evidence (CITE_MISREAD) */
} ClassQuestion;

/* One student's counted answers (cite figures as in ClassQuestion). */
typedef struct ClassStudent {
    char *name;           /* owned by the ClassStats */
    int answers, right;
    int cited, guesses, misreads;
} ClassStudent;

typedef struct ClassKind {
    int questions;        /* questions of this kind in the pack */
    int answers;          /* counted answers to them (one per student and question) */
    int right;
    double rate;          /* right / answers; -1 when none */
    double points, max_points; /* summed over the counted answers */
} ClassKind;

typedef struct ClassStats {
    ClassQuestion *questions;  /* every question of the pack: the most missed first (lowest rate;
                                  then more students; then pack order); unanswered ones last */
    size_t n_questions;
    ClassKind kinds[KIND_COUNT];
    int students;              /* students with at least one counted answer */
    int answers;               /* counted answers in all */
    size_t ignored;            /* answers to ids no longer in the pack */
    ClassStudent *by_student;  /* every student with a counted answer, by name (strcmp order) */
    size_t n_by_student;
    int cited, guesses, misreads; /* over all counted answers */
} ClassStats;

/* Fills *out for pack p (by its id) from store s. On failure (a store error, no memory) returns
 * false with a message in err and *out empty. Free with class_stats_free (also after failure). */
bool class_stats_build(Store *s, const Pack *p, ClassStats *out, char *err, size_t errlen);
void class_stats_free(ClassStats *cs);

#endif
