/* presenter.c — the classroom session state machine; see presenter.h and docs/presenter.md.
 *
 * Time: a question's elapsed time is now − start − time spent paused. The countdown is the time
 * limit plus any extra time, minus elapsed. All times are the caller's milliseconds. */
#include "presenter.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { Q_PENDING, Q_REVEALED, Q_SKIPPED };

struct Presenter {
    const Pack *pack;
    PresentMode mode;
    PresentRules rules;
    char names[PRESENT_MAX_TEAMS][PRESENT_MAX_TEAM_NAME + 1];
    size_t n_teams;
    size_t pos;
    PresentPhase phase;
    int64_t start_ms, paused_at_ms, paused_total_ms, extra_ms;
    int64_t frozen_elapsed_ms; /* elapsed when the countdown stopped for good (time up, reveal) */
    TeamResult *results;       /* [question * n_teams + team] */
    unsigned char *qstate;
    int *cite;                 /* cite questions: [2 * question] article, sentence picked; -1 none */
};

static TeamResult *result_at(const Presenter *p, size_t q, size_t team)
{
    return &p->results[q * p->n_teams + team];
}

static bool check_names(const char *const *names, size_t n, char *err, size_t errlen)
{
    if (n < PRESENT_MIN_TEAMS || n > PRESENT_MAX_TEAMS) {
        snprintf(err, errlen, "%zu teams: a session needs %d to %d teams", n, PRESENT_MIN_TEAMS,
                 PRESENT_MAX_TEAMS);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        size_t len = names[i] ? strlen(names[i]) : 0;
        if (len == 0 || len > PRESENT_MAX_TEAM_NAME) {
            snprintf(err, errlen, "team %zu: a name must be 1 to %d bytes", i + 1,
                     PRESENT_MAX_TEAM_NAME);
            return false;
        }
        for (size_t k = 0; k < i; k++)
            if (strcmp(names[i], names[k]) == 0) {
                snprintf(err, errlen, "two teams are called \"%s\"", names[i]);
                return false;
            }
    }
    return true;
}

/* Forgets the current question's answers and cited sentence. */
static void clear_answers(Presenter *p)
{
    for (size_t t = 0; t < p->n_teams; t++) memset(result_at(p, p->pos, t), 0, sizeof(TeamResult));
    p->cite[2 * p->pos] = p->cite[2 * p->pos + 1] = -1;
}

static void start_question(Presenter *p, int64_t now_ms)
{
    p->phase = PHASE_ASKING;
    p->start_ms = now_ms;
    p->paused_total_ms = 0;
    p->extra_ms = 0;
    p->frozen_elapsed_ms = -1;
    clear_answers(p);
}

Presenter *presenter_create(const Pack *pack, const char *const *names, size_t n_teams,
                            PresentMode mode, PresentRules rules, int64_t now_ms, char *err,
                            size_t errlen)
{
    if (!pack || pack->n_questions == 0) {
        snprintf(err, errlen, "the pack has no questions");
        return NULL;
    }
    if (!check_names(names, n_teams, err, errlen)) return NULL;
    Presenter *p = calloc(1, sizeof *p);
    if (!p) goto oom;
    p->results = calloc(pack->n_questions * n_teams, sizeof *p->results);
    p->qstate = calloc(pack->n_questions, 1);
    p->cite = malloc(2 * pack->n_questions * sizeof *p->cite);
    if (!p->results || !p->qstate || !p->cite) goto oom;
    for (size_t i = 0; i < 2 * pack->n_questions; i++) p->cite[i] = -1;
    p->pack = pack;
    p->mode = mode;
    p->rules = rules;
    /* Together, the teacher types the teams' answers one after another, so the time of an answer
     * is the order of typing, not the room's (the same right answer earned 1.43 or 1.41): the
     * speed bonus is only for turns, where the answering team's time is its own. */
    if (mode == PRESENT_TOGETHER) p->rules.speed_bonus = false;
    p->n_teams = n_teams;
    for (size_t i = 0; i < n_teams; i++) snprintf(p->names[i], sizeof p->names[i], "%s", names[i]);
    start_question(p, now_ms);
    return p;
oom:
    presenter_free(p);
    snprintf(err, errlen, "out of memory");
    return NULL;
}

void presenter_free(Presenter *p)
{
    if (!p) return;
    free(p->results);
    free(p->qstate);
    free(p->cite);
    free(p);
}

PresentPhase presenter_phase(const Presenter *p) { return p->phase; }
PresentMode presenter_mode(const Presenter *p) { return p->mode; }
size_t presenter_position(const Presenter *p) { return p->pos; }
size_t presenter_count(const Presenter *p) { return p->pack->n_questions; }
size_t presenter_team_count(const Presenter *p) { return p->n_teams; }

const Question *presenter_question(const Presenter *p)
{
    return p->phase == PHASE_PODIUM ? NULL : &p->pack->questions[p->pos];
}

const char *presenter_team_name(const Presenter *p, size_t team)
{
    return team < p->n_teams ? p->names[team] : "";
}

int presenter_turn(const Presenter *p)
{
    return p->mode == PRESENT_TURNS ? (int)(p->pos % p->n_teams) : -1;
}

int presenter_time_limit(const Presenter *p)
{
    const Question *q = &p->pack->questions[p->pos];
    if (q->time_limit) return q->time_limit;
    if (p->rules.default_time_limit) return p->rules.default_time_limit;
    if (p->pack->time_limit) return p->pack->time_limit;
    return PRESENT_DEFAULT_TIME_LIMIT;
}

static int64_t elapsed_ms(const Presenter *p, int64_t now_ms)
{
    if (p->frozen_elapsed_ms >= 0) return p->frozen_elapsed_ms;
    int64_t end = p->phase == PHASE_PAUSED ? p->paused_at_ms : now_ms;
    int64_t e = end - p->start_ms - p->paused_total_ms;
    return e < 0 ? 0 : e;
}

static int64_t budget_ms(const Presenter *p)
{
    return (int64_t)presenter_time_limit(p) * 1000 + p->extra_ms;
}

int64_t presenter_time_left_ms(const Presenter *p, int64_t now_ms)
{
    int64_t left = budget_ms(p) - elapsed_ms(p, now_ms);
    return left > 0 ? left : 0;
}

bool presenter_tick(Presenter *p, int64_t now_ms)
{
    if (p->phase != PHASE_ASKING || presenter_time_left_ms(p, now_ms) > 0) return false;
    p->frozen_elapsed_ms = budget_ms(p);
    p->phase = PHASE_TIME_UP;
    return true;
}

static bool may_answer(const Presenter *p, size_t team)
{
    if (team >= p->n_teams) return false;
    if (p->phase != PHASE_ASKING && p->phase != PHASE_PAUSED) return false;
    return p->mode == PRESENT_TOGETHER || (int)team == presenter_turn(p);
}

bool presenter_answer(Presenter *p, size_t team, const Answer *a, int64_t now_ms)
{
    presenter_tick(p, now_ms);
    const Question *q = &p->pack->questions[p->pos];
    Answer given = *a;
    /* Evidence answers are graded by the sentence's byte span; fill it in from the pack. */
    if (q->format == FORMAT_EVIDENCE && given.span_end == 0 &&
        !answer_pick_sentence(&given, p->pack, given.article, given.sentence))
        return false;
    /* … and so is a cite pick given with the answer (the class's, presenter_cite, comes later
     * and replaces it at the reveal). The answer part is enough to enter. */
    if (given.cite_article >= 0 && given.cite_end == 0 &&
        !answer_cite_sentence(&given, p->pack, given.cite_article, given.cite_sentence))
        return false;
    if (!may_answer(p, team) || !answer_first_part_complete(q, &given) || !answer_check(p->pack, q, &given))
        return false;
    TeamResult *r = result_at(p, p->pos, team);
    r->answered = true;
    r->answer = given;
    r->seconds = (double)elapsed_ms(p, now_ms) / 1000.0;
    return true;
}

bool presenter_cite(Presenter *p, int article, int sentence)
{
    const Question *q = &p->pack->questions[p->pos];
    if (!q->cite || (p->phase != PHASE_ASKING && p->phase != PHASE_PAUSED && p->phase != PHASE_TIME_UP))
        return false;
    Answer probe;
    answer_init(&probe, q, NULL);
    if (!answer_cite_sentence(&probe, p->pack, article, sentence)) return false;
    p->cite[2 * p->pos] = article;
    p->cite[2 * p->pos + 1] = sentence;
    return true;
}

bool presenter_cite_pick(const Presenter *p, size_t question, int *article, int *sentence)
{
    if (question >= p->pack->n_questions || p->cite[2 * question] < 0) return false;
    *article = p->cite[2 * question];
    *sentence = p->cite[2 * question + 1];
    return true;
}

bool presenter_team_answered(const Presenter *p, size_t team)
{
    return team < p->n_teams && result_at(p, p->pos, team)->answered;
}

bool presenter_all_answered(const Presenter *p)
{
    if (p->mode == PRESENT_TURNS) return presenter_team_answered(p, (size_t)presenter_turn(p));
    for (size_t t = 0; t < p->n_teams; t++)
        if (!presenter_team_answered(p, t)) return false;
    return true;
}

void presenter_pause(Presenter *p, int64_t now_ms)
{
    if (p->phase != PHASE_ASKING) return;
    p->paused_at_ms = now_ms;
    p->phase = PHASE_PAUSED;
}

void presenter_resume(Presenter *p, int64_t now_ms)
{
    if (p->phase != PHASE_PAUSED) return;
    p->paused_total_ms += now_ms - p->paused_at_ms;
    p->phase = PHASE_ASKING;
}

void presenter_extra_time(Presenter *p, int64_t now_ms)
{
    if (p->phase == PHASE_TIME_UP) {
        /* Time ran out, but the teacher gives more: the countdown resumes from the extra time. */
        p->extra_ms += PRESENT_EXTRA_TIME * 1000;
        p->start_ms = now_ms - (budget_ms(p) - PRESENT_EXTRA_TIME * 1000) - p->paused_total_ms;
        p->frozen_elapsed_ms = -1;
        p->phase = PHASE_ASKING;
    } else if (p->phase == PHASE_ASKING || p->phase == PHASE_PAUSED) {
        p->extra_ms += PRESENT_EXTRA_TIME * 1000;
    }
}

/* Speed bonus: up to half the points again, in proportion to the time left when answering. */
static double speed_bonus(const Presenter *p, const TeamResult *r)
{
    if (!p->rules.speed_bonus || !r->grade.correct) return 0;
    double budget = (double)budget_ms(p) / 1000.0;
    double left = budget - r->seconds;
    if (left <= 0 || budget <= 0) return 0;
    return r->grade.points * 0.5 * left / budget;
}

bool presenter_speed_bonus(const Presenter *p) { return p->rules.speed_bonus; }

bool presenter_reveal(Presenter *p, int64_t now_ms)
{
    if (p->phase != PHASE_ASKING && p->phase != PHASE_PAUSED && p->phase != PHASE_TIME_UP)
        return false;
    if (p->frozen_elapsed_ms < 0) p->frozen_elapsed_ms = elapsed_ms(p, now_ms);
    const Question *q = &p->pack->questions[p->pos];
    int *pick = &p->cite[2 * p->pos];
    for (size_t t = 0; t < p->n_teams; t++) {
        TeamResult *r = result_at(p, p->pos, t);
        if (!r->answered) continue;
        /* the class's sentence is every team's evidence part (none picked: that part is wrong) */
        if (q->cite && pick[0] >= 0) answer_cite_sentence(&r->answer, p->pack, pick[0], pick[1]);
        r->grade = answer_grade(q, &r->answer);
        r->bonus = speed_bonus(p, r);
    }
    p->qstate[p->pos] = Q_REVEALED;
    p->phase = PHASE_REVEALED;
    return true;
}

bool presenter_show_evidence(Presenter *p)
{
    if (p->phase != PHASE_REVEALED) return false;
    p->phase = PHASE_EVIDENCE;
    return true;
}

bool presenter_show_scoreboard(Presenter *p)
{
    if (p->phase != PHASE_REVEALED && p->phase != PHASE_EVIDENCE) return false;
    p->phase = PHASE_SCOREBOARD;
    return true;
}

static void go_to(Presenter *p, size_t pos, int64_t now_ms)
{
    p->pos = pos;
    if (p->qstate[pos] == Q_PENDING) start_question(p, now_ms);
    else p->phase = PHASE_REVEALED;
}

bool presenter_next(Presenter *p, int64_t now_ms)
{
    if (p->phase != PHASE_REVEALED && p->phase != PHASE_EVIDENCE && p->phase != PHASE_SCOREBOARD)
        return false;
    if (p->pos + 1 >= p->pack->n_questions) {
        p->phase = PHASE_PODIUM;
        return true;
    }
    go_to(p, p->pos + 1, now_ms);
    return true;
}

bool presenter_skip(Presenter *p, int64_t now_ms)
{
    if (p->phase == PHASE_PODIUM) return false;
    if (p->qstate[p->pos] == Q_PENDING) {
        clear_answers(p);
        p->qstate[p->pos] = Q_SKIPPED;
    }
    p->phase = PHASE_REVEALED; /* so next() accepts it */
    return presenter_next(p, now_ms);
}

bool presenter_back(Presenter *p)
{
    if (p->phase == PHASE_PODIUM) {
        p->phase = PHASE_REVEALED;
        return true;
    }
    if (p->pos == 0) return false;
    if (p->qstate[p->pos] == Q_PENDING)
        clear_answers(p);
    p->pos--;
    p->phase = PHASE_REVEALED;
    return true;
}

void presenter_end(Presenter *p)
{
    /* A question cut short by the end counts as skipped: going back from the podium then shows
     * it without answers, never as if it had been revealed with the teams' half-entered picks. */
    if (p->phase != PHASE_PODIUM && p->qstate[p->pos] == Q_PENDING) {
        clear_answers(p);
        p->qstate[p->pos] = Q_SKIPPED;
    }
    p->phase = PHASE_PODIUM;
}

bool presenter_correct_answer(const Presenter *p, char *buf, size_t size)
{
    if (size) buf[0] = '\0';
    bool shown = p->phase == PHASE_REVEALED || p->phase == PHASE_EVIDENCE ||
                 p->phase == PHASE_SCOREBOARD;
    if (!shown) return false;
    answer_describe_correct(p->pack, &p->pack->questions[p->pos], buf, size);
    return true;
}

const TeamResult *presenter_result(const Presenter *p, size_t question, size_t team)
{
    if (question >= p->pack->n_questions || team >= p->n_teams) return NULL;
    return result_at(p, question, team);
}

double presenter_team_score(const Presenter *p, size_t team)
{
    double sum = 0;
    for (size_t q = 0; q < p->pack->n_questions && team < p->n_teams; q++) {
        if (p->qstate[q] != Q_REVEALED) continue;
        const TeamResult *r = result_at(p, q, team);
        if (r->answered) sum += r->grade.points + r->bonus;
    }
    return sum;
}

void presenter_ranking(const Presenter *p, size_t *ranking)
{
    for (size_t i = 0; i < p->n_teams; i++) ranking[i] = i;
    /* Insertion sort, stable: equal scores keep team order. */
    for (size_t i = 1; i < p->n_teams; i++) {
        size_t t = ranking[i], j = i;
        double s = presenter_team_score(p, t);
        while (j > 0 && presenter_team_score(p, ranking[j - 1]) < s) {
            ranking[j] = ranking[j - 1];
            j--;
        }
        ranking[j] = t;
    }
}

bool presenter_question_revealed(const Presenter *p, size_t question)
{
    return question < p->pack->n_questions && p->qstate[question] == Q_REVEALED;
}

bool presenter_question_skipped(const Presenter *p, size_t question)
{
    return question < p->pack->n_questions && p->qstate[question] == Q_SKIPPED;
}
