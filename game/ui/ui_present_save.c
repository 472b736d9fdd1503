/* ui_present_save.c — a classroom session in the store.
 *
 * Each team is a profile (its name) with one attempt in mode "present"; the attempts are joined
 * to the first team's attempt id, which is the session's id (store_attempt_join). They begin at
 * the first reveal (a session abandoned on its first question leaves nothing behind). Each reveal
 * stores one answer per team that answered, with its speed bonus in the points; the podium
 * finishes the attempts with the points they hold and the points their questions were worth (in
 * turns mode a team is only accountable for its own questions). Should the teacher go back from
 * the podium and reveal more, new attempts begin, joined to the same session. */
#include "ui_present_internal.h"
#include <stdio.h>

static void failed(PresentScreen *ps, const char *what)
{
    snprintf(ps->status, sizeof ps->status, "Could not save %s: %s", what, store_error(ps->cfg.store));
}

static bool begin_attempts(PresentScreen *ps)
{
    Store *st = ps->cfg.store;
    const Pack *pack = ps->cfg.pack;
    int64_t now = ps_now_unix(ps);
    for (size_t t = 0; t < presenter_team_count(ps->p); t++) {
        if (ps->attempt[t] >= 0) continue;
        int64_t profile = store_profile(st, presenter_team_name(ps->p, t));
        int64_t a = profile >= 0 ? store_attempt_begin(st, profile, pack->id, "present", now) : -1;
        if (a < 0) {
            failed(ps, "the session");
            return false;
        }
        ps->attempt[t] = a;
        ps->att_score[t] = ps->att_max[t] = 0;
        if (ps->session_id < 0) ps->session_id = a;
        if (!store_attempt_join(st, a, ps->session_id)) failed(ps, "the session");
    }
    return true;
}

static bool save_answer(PresentScreen *ps, size_t team, const Question *q, const TeamResult *r)
{
    char said[512], code[ANSWER_CODE_MAX];
    answer_describe(ps->cfg.pack, q, &r->answer, said, sizeof said);
    if (!answer_encode(&r->answer, code, sizeof code)) snprintf(code, sizeof code, "-");
    StoredAnswer sa = {
        .question_id = q->id, .kind = pack_kind_name(q->kind), .answer = said, .answer_data = code,
        .correct = r->grade.correct, .points = r->grade.points + r->bonus,
        .max_points = q->points, .seconds = r->seconds,
    };
    if (!store_answer(ps->cfg.store, ps->attempt[team], &sa, ps_now_unix(ps))) {
        failed(ps, "an answer");
        return false;
    }
    ps->att_score[team] += sa.points;
    return true;
}

void ps_save_question(PresentScreen *ps, size_t question)
{
    if (!ps->cfg.store || !begin_attempts(ps)) return;
    const Question *q = &ps->cfg.pack->questions[question];
    size_t n = presenter_team_count(ps->p);
    for (size_t t = 0; t < n; t++) {
        if (presenter_mode(ps->p) == PRESENT_TURNS && question % n != t) continue;
        ps->att_max[t] += q->points;
        const TeamResult *r = presenter_result(ps->p, question, t);
        if (r && r->answered) save_answer(ps, t, q, r);
    }
}

void ps_finish_attempts(PresentScreen *ps)
{
    if (!ps->cfg.store) return;
    int64_t now = ps_now_unix(ps);
    for (size_t t = 0; t < PRESENT_MAX_TEAMS; t++) {
        if (ps->attempt[t] < 0) continue;
        if (!store_attempt_finish(ps->cfg.store, ps->attempt[t], ps->att_score[t], ps->att_max[t], now))
            failed(ps, "the scores");
        ps->attempt[t] = -1;
    }
}
