/* live_store_load.c — finding a live class that did not end (the host crashed or was closed),
 * putting it back as it was saved, or abandoning it; see live_store.h.
 *
 * Resuming rebuilds the Live through live.h's restore functions in the order they need: seats
 * (in seat order, so indices and tokens are the same), the class's position, then each seat's
 * stored answers from its attempt (decoded from answer_data, graded again; the speed points are
 * what the stored points hold beyond the grade). The journal is cleared at the end: nothing
 * restored needs saving again. */
#include "live_store_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int64_t live_store_find_unfinished(Store *st, const char *pack_id, int64_t now_unix)
{
    sqlite3_stmt *q = lvs_prepare(st, "SELECT id FROM live_session WHERE pack_id = ?1 AND ended IS "
                                      "NULL AND created > ?2 ORDER BY created DESC, id DESC LIMIT 1");
    if (!q) return -1;
    ps_bind_text(q, 1, pack_id);
    sqlite3_bind_int64(q, 2, now_unix - (int64_t)LIVE_STORE_RESUME_HOURS * 3600);
    int rc = sqlite3_step(q);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) ps_db_error(st, "cannot read live classes");
    sqlite3_finalize(q);
    return id;
}

bool live_store_abandon(Store *st, int64_t id, int64_t now_unix)
{
    sqlite3_stmt *q = lvs_prepare(st, "UPDATE live_session SET ended = ?2, updated = ?2 "
                                      "WHERE id = ?1 AND ended IS NULL");
    if (!q) return false;
    sqlite3_bind_int64(q, 1, id);
    sqlite3_bind_int64(q, 2, now_unix);
    bool ok = sqlite3_step(q) == SQLITE_DONE;
    sqlite3_finalize(q);
    if (!ok) ps_db_error(st, "cannot abandon the live class");
    else if (sqlite3_changes(st->db) != 1) {
        ps_set_error(st, "%s: live class %lld does not exist or has ended", st->path, (long long)id);
        ok = false;
    }
    return ok;
}

/* ---- resuming -------------------------------------------------------------------------------- */

typedef struct Loaded {
    Live *lv;
    LiveSaver *sv;
    char *err;
    size_t errlen;
    LivePhase phase;         /* the position, put back once the seats are */
    size_t position;
    int64_t time_left_ms;
} Loaded;

/* Creates the Live from the class's row. */
static bool load_class(Store *st, int64_t id, const Pack *pack, int64_t now_ms, Loaded *l)
{
    sqlite3_stmt *q = lvs_prepare(st,
        "SELECT pack_id, room, pacing, speed_points, time_limit, seed, locked, phase, position, "
        "time_left_ms, coalesce(session, -1), ended FROM live_session WHERE id = ?1");
    if (!q) return snprintf(l->err, l->errlen, "%s", store_error(st)), false;
    sqlite3_bind_int64(q, 1, id);
    int rc = sqlite3_step(q);
    LivePhase phase = LIVE_LOBBY;
    bool ok = false;
    if (rc != SQLITE_ROW)
        snprintf(l->err, l->errlen, rc == SQLITE_DONE ? "there is no live class %lld" :
                 "cannot read live class %lld", (long long)id);
    else if (strcmp(ps_col_text(q, 0), pack->id) != 0)
        snprintf(l->err, l->errlen, "live class %lld was on pack \"%s\", not \"%s\"", (long long)id,
                 ps_col_text(q, 0), pack->id);
    else if (sqlite3_column_type(q, 11) != SQLITE_NULL)
        snprintf(l->err, l->errlen, "live class %lld has ended", (long long)id);
    else if (!lvs_phase_parse(ps_col_text(q, 7), &phase))
        snprintf(l->err, l->errlen, "live class %lld is damaged (phase)", (long long)id);
    else
        ok = true;
    if (ok) {
        LivePacing pacing = strcmp(ps_col_text(q, 2), "student") == 0 ? LIVE_STUDENT_PACED
                                                                      : LIVE_TEACHER_PACED;
        LiveRules rules = {sqlite3_column_int(q, 3) != 0, sqlite3_column_int(q, 4)};
        l->lv = live_create(pack, pacing, rules, ps_col_text(q, 1),
                            (uint64_t)sqlite3_column_int64(q, 5), now_ms, l->err, l->errlen);
        l->sv = lvs_new(st, id, pack->n_questions);
        ok = l->lv && l->sv;
        if (l->lv && !l->sv) snprintf(l->err, l->errlen, "out of memory");
    }
    if (ok) {
        l->sv->session = sqlite3_column_int64(q, 10);
        live_set_locked(l->lv, sqlite3_column_int(q, 6) != 0);
        l->phase = phase;
        l->position = (size_t)sqlite3_column_int64(q, 8);
        l->time_left_ms = sqlite3_column_int64(q, 9);
    }
    sqlite3_finalize(q);
    return ok;
}

static bool load_seat(Loaded *l, sqlite3_stmt *q, int64_t now_ms, int64_t now_unix)
{
    int64_t index = sqlite3_column_int64(q, 0);
    int64_t joined_ms = now_ms - (now_unix - sqlite3_column_int64(q, 5)) * 1000;
    int seat = live_restore_seat(l->lv, ps_col_text(q, 1), ps_col_text(q, 2),
                                 sqlite3_column_int(q, 3) != 0, sqlite3_column_int(q, 4), joined_ms);
    if (seat < 0 || seat != index || sqlite3_column_type(q, 8) == SQLITE_NULL) return false;
    int question = sqlite3_column_int(q, 7);
    if (live_pacing(l->lv) == LIVE_TEACHER_PACED) question = 0;
    return live_restore_seat_first(l->lv, seat, (size_t)sqlite3_column_int64(q, 6)) &&
           live_restore_student_position(l->lv, seat, question) &&
           lvs_add_seat(l->sv, seat, sqlite3_column_int64(q, 8));
}

/* Every seat, in seat order; a gap or a bad row means the class is damaged. */
static bool load_seats(Store *st, int64_t now_ms, int64_t now_unix, Loaded *l)
{
    sqlite3_stmt *q = lvs_prepare(st,
        "SELECT seat, name, token, removed, extra_percent, joined, first_question, question, "
        "attempt FROM live_seat WHERE live = ?1 ORDER BY seat");
    if (!q) return snprintf(l->err, l->errlen, "%s", store_error(st)), false;
    sqlite3_bind_int64(q, 1, l->sv->id);
    int rc;
    bool ok = true;
    while (ok && (rc = sqlite3_step(q)) == SQLITE_ROW) ok = load_seat(l, q, now_ms, now_unix);
    if (ok && rc != SQLITE_DONE) ok = false;
    if (!ok) snprintf(l->err, l->errlen, "live class %lld: cannot read its students (%s)",
                      (long long)l->sv->id, sqlite3_errmsg(st->db));
    sqlite3_finalize(q);
    return ok;
}

/* After the seats: student-paced, every student's clock restarts now. */
static bool load_position(Loaded *l, int64_t now_ms)
{
    if (live_restore_position(l->lv, l->phase, l->position, l->time_left_ms, now_ms)) return true;
    snprintf(l->err, l->errlen, "live class %lld is damaged (position)", (long long)l->sv->id);
    return false;
}

typedef struct AnswerCtx {
    Loaded *l;
    int seat;
} AnswerCtx;

/* One stored answer back into its seat. One that no longer fits the pack (edited since) is left
 * out rather than failing the whole class. */
static void restore_one(const StoredAnswer *a, void *vctx)
{
    AnswerCtx *c = vctx;
    const Pack *pack = live_pack(c->l->lv);
    int qi = pack_find_question(pack, a->question_id);
    if (qi < 0) return;
    const Question *q = &pack->questions[qi];
    Answer ans;
    if (!answer_decode(q, a->answer_data, &ans)) return;
    double bonus = a->points - answer_grade(q, &ans).points;
    if (q->format == FORMAT_EVIDENCE && ans.span_end == 0) {
        /* Graded by its span: pick the sentence again before computing what the points held. */
        Answer picked = ans;
        if (answer_pick_sentence(&picked, pack, ans.article, ans.sentence))
            bonus = a->points - answer_grade(q, &picked).points;
    }
    if (live_restore_answer(c->l->lv, c->seat, (size_t)qi, &ans, bonus > 1e-9 ? bonus : 0, a->seconds))
        c->l->sv->saved[c->seat][qi] = 1;
}

static bool load_answers(Store *st, Loaded *l)
{
    for (size_t s = 0; s < l->sv->n_seats; s++) {
        AnswerCtx c = {l, (int)s};
        if (!store_attempt_answers(st, l->sv->attempt[s], restore_one, &c)) {
            snprintf(l->err, l->errlen, "%s", store_error(st));
            return false;
        }
    }
    return true;
}

Live *live_store_resume(Store *st, int64_t id, const Pack *pack, int64_t now_ms, int64_t now_unix,
                        LiveSaver **saver, char *err, size_t errlen)
{
    Loaded l = {.err = err, .errlen = errlen};
    *saver = NULL;
    if (!load_class(st, id, pack, now_ms, &l) || !load_seats(st, now_ms, now_unix, &l) ||
        !load_position(&l, now_ms) || !load_answers(st, &l)) {
        live_free(l.lv);
        live_store_close(l.sv);
        return NULL;
    }
    live_journal_clear(l.lv);
    l.sv->position_saved_ms = now_ms;
    *saver = l.sv;
    return l.lv;
}
