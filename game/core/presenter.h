/* presenter.h — a classroom session on a projector: teams, a countdown per question, the teacher's
 * keys (reveal, evidence, next, back, skip, pause, extra time, end) and the scoreboard.
 *
 * Pure state driven by the caller's clock (milliseconds passed in to every call), so the UI and
 * the tests decide what time it is. The rules are docs/presenter.md; the UI only displays what
 * this module says, and it cannot learn the right answer before presenter_reveal. */
#ifndef BYLINE_PRESENTER_H
#define BYLINE_PRESENTER_H
#include "answer.h"
#include "pack.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PRESENT_MIN_TEAMS 2
#define PRESENT_MAX_TEAMS 8
#define PRESENT_MAX_TEAM_NAME 40
#define PRESENT_DEFAULT_TIME_LIMIT 60 /* seconds, when neither pack nor question gives one */
#define PRESENT_EXTRA_TIME 15         /* seconds added by the extra-time key */

typedef struct Presenter Presenter;

typedef enum {
    PRESENT_TOGETHER, /* every team answers every question; the teacher enters each team's choice */
    PRESENT_TURNS     /* teams take turns: question i is answered by team i mod n */
} PresentMode;

typedef enum {
    PHASE_ASKING,     /* the countdown runs; answers can be entered */
    PHASE_PAUSED,     /* countdown stopped; answers can still be entered */
    PHASE_TIME_UP,    /* countdown reached zero; no more answers */
    PHASE_REVEALED,   /* right answer and points shown */
    PHASE_EVIDENCE,   /* revealed, and the supporting passage shown */
    PHASE_SCOREBOARD, /* standings after the question */
    PHASE_PODIUM      /* the session is over */
} PresentPhase;

typedef struct PresentRules {
    bool speed_bonus;      /* a right answer earns up to +50% for time left; turns only (ignored
                              together, where answers are typed one after another) */
    int default_time_limit; /* seconds; 0 = the pack's, else PRESENT_DEFAULT_TIME_LIMIT */
} PresentRules;

typedef struct TeamResult {
    bool answered;
    Answer answer;
    Grade grade;
    double bonus;       /* speed bonus points */
    double seconds;     /* time from the question's start to the answer (pauses excluded) */
} TeamResult;

/* Creates a session on all questions of the pack, in pack order. names: n_teams team names
 * (2..8, each 1..40 bytes, distinct). Returns NULL with a message in err when the arguments are
 * not acceptable. The pack must outlive the presenter. */
Presenter *presenter_create(const Pack *pack, const char *const *names, size_t n_teams,
                            PresentMode mode, PresentRules rules, int64_t now_ms, char *err,
                            size_t errlen);
void presenter_free(Presenter *p);

PresentPhase presenter_phase(const Presenter *p);
PresentMode presenter_mode(const Presenter *p);
size_t presenter_position(const Presenter *p); /* index of the current question in the pack */
size_t presenter_count(const Presenter *p);
const Question *presenter_question(const Presenter *p);
size_t presenter_team_count(const Presenter *p);
const char *presenter_team_name(const Presenter *p, size_t team);
/* In PRESENT_TURNS, the team whose turn it is; in PRESENT_TOGETHER, -1. */
int presenter_turn(const Presenter *p);
/* Seconds of the current question's countdown, and milliseconds left at `now` (0 when up). */
int presenter_time_limit(const Presenter *p);
int64_t presenter_time_left_ms(const Presenter *p, int64_t now_ms);
/* Moves ASKING to TIME_UP when the countdown has run out. Returns true when the phase changed. */
bool presenter_tick(Presenter *p, int64_t now_ms);

/* Enters (or replaces) a team's answer while ASKING or PAUSED. False when not allowed: wrong
 * phase, not this team's turn, or an incomplete answer. For a cite question the answer part is
 * enough: the sentence is picked by the class with presenter_cite. */
bool presenter_answer(Presenter *p, size_t team, const Answer *a, int64_t now_ms);
/* Cite questions (pack field "cite", docs/presenter.md): after answering, the class (together:
 * the teacher, for the room; turns: the team on turn) picks the sentence of the article that
 * shows the answer — sentence `sentence` of article `article`. It counts as the evidence part of
 * every team's answer to this question, graded at the reveal. Allowed while ASKING, PAUSED or
 * TIME_UP (time limits the answers, not the search for the sentence), again to change it. False
 * for a question without a cite part, in another phase, or for a sentence the pack lacks. */
bool presenter_cite(Presenter *p, int article, int sentence);
/* The sentence picked for question i with presenter_cite: true and its article and sentence, or
 * false when none was picked. */
bool presenter_cite_pick(const Presenter *p, size_t question, int *article, int *sentence);
bool presenter_team_answered(const Presenter *p, size_t team);
/* True when every team that may answer has answered. */
bool presenter_all_answered(const Presenter *p);

void presenter_pause(Presenter *p, int64_t now_ms);
void presenter_resume(Presenter *p, int64_t now_ms);
void presenter_extra_time(Presenter *p, int64_t now_ms); /* + PRESENT_EXTRA_TIME seconds */
/* Whether the speed bonus is in play: asked for, and in PRESENT_TURNS. */
bool presenter_speed_bonus(const Presenter *p);
/* Grades the entered answers and awards points; from ASKING, PAUSED or TIME_UP. */
bool presenter_reveal(Presenter *p, int64_t now_ms);
bool presenter_show_evidence(Presenter *p);   /* REVEALED → EVIDENCE */
bool presenter_show_scoreboard(Presenter *p); /* REVEALED/EVIDENCE → SCOREBOARD */
/* Next question (from REVEALED, EVIDENCE or SCOREBOARD); the podium after the last one. */
bool presenter_next(Presenter *p, int64_t now_ms);
/* Skips the current question (no points for anyone) and moves on. */
bool presenter_skip(Presenter *p, int64_t now_ms);
/* Back to the previous question, shown revealed (its answers and points stay as they were). */
bool presenter_back(Presenter *p);
/* Ends the session now: the podium. */
void presenter_end(Presenter *p);

/* The right answer as people read it — only once revealed; false (and "" in buf) before. */
bool presenter_correct_answer(const Presenter *p, char *buf, size_t size);
/* A team's result on question i (answered or not); NULL when out of range. */
const TeamResult *presenter_result(const Presenter *p, size_t question, size_t team);
double presenter_team_score(const Presenter *p, size_t team);
/* Teams ranked by score (ties keep team order): ranking[0] is the leader. */
void presenter_ranking(const Presenter *p, size_t *ranking);
/* Whether question i was revealed (and so counts in scores) or skipped. */
bool presenter_question_revealed(const Presenter *p, size_t question);
bool presenter_question_skipped(const Presenter *p, size_t question);

#endif
