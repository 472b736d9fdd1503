/* live_store.c — saving a live class as it happens; see live_store.h.
 *
 * A sync is one transaction: the seats that joined since the last one (each gets its profile, its
 * "live" attempt joined to the class's session, and its seat row), the roster, the position with
 * the time left, and every answer received since. The saver's own bookkeeping (which seats have
 * rows, which answers are stored) changes only once the transaction has committed, so a failed
 * sync is simply tried again with the same journal. */
#include "live_store_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const PHASE_NAMES[] = {
    [LIVE_LOBBY] = "lobby",       [LIVE_ASKING] = "asking",      [LIVE_PAUSED] = "paused",
    [LIVE_TIME_UP] = "time_up",   [LIVE_REVEALED] = "revealed",  [LIVE_LEADERBOARD] = "leaderboard",
    [LIVE_RUNNING] = "running",   [LIVE_FINISHED] = "finished",
};
#define N_PHASES (sizeof PHASE_NAMES / sizeof PHASE_NAMES[0])

const char *lvs_phase_name(LivePhase p) { return (size_t)p < N_PHASES ? PHASE_NAMES[p] : "lobby"; }

bool lvs_phase_parse(const char *name, LivePhase *p)
{
    for (size_t i = 0; name && i < N_PHASES; i++)
        if (strcmp(name, PHASE_NAMES[i]) == 0) {
            *p = (LivePhase)i;
            return true;
        }
    return false;
}

sqlite3_stmt *lvs_prepare(Store *st, const char *sql)
{
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) == SQLITE_OK) return q;
    ps_db_error(st, "cannot prepare a query for the live class");
    sqlite3_finalize(q);
    return NULL;
}

/* Steps a statement that returns no rows and finalizes it; true on success. */
static bool done(Store *st, sqlite3_stmt *q, const char *what)
{
    bool ok = q && sqlite3_step(q) == SQLITE_DONE;
    if (q && !ok) ps_db_error(st, what);
    sqlite3_finalize(q);
    return ok;
}

LiveSaver *lvs_new(Store *st, int64_t id, size_t n_questions)
{
    LiveSaver *sv = calloc(1, sizeof *sv);
    if (!sv) return NULL;
    sv->st = st;
    sv->id = id;
    sv->session = -1;
    sv->n_questions = n_questions;
    return sv;
}

bool lvs_add_seat(LiveSaver *sv, int seat, int64_t attempt)
{
    if (seat < 0 || seat >= LIVE_MAX_STUDENTS) return false;
    if (!sv->saved[seat] && !(sv->saved[seat] = calloc(sv->n_questions, 1))) return false;
    sv->attempt[seat] = attempt;
    if ((size_t)seat + 1 > sv->n_seats) sv->n_seats = (size_t)seat + 1;
    return true;
}

void live_store_close(LiveSaver *sv)
{
    if (!sv) return;
    for (size_t i = 0; i < LIVE_MAX_STUDENTS; i++) free(sv->saved[i]);
    free(sv);
}

int64_t live_store_id(const LiveSaver *sv) { return sv->id; }
int64_t live_store_session(const LiveSaver *sv) { return sv->session; }

LiveSaver *live_store_begin(Store *st, const Live *lv, int64_t now_unix, char *err, size_t errlen)
{
    LiveRules r = live_rules(lv);
    sqlite3_stmt *q = lvs_prepare(st,
        "INSERT INTO live_session(pack_id, room, pacing, speed_points, time_limit, seed, locked, "
        "phase, position, time_left_ms, created, updated) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, 0, ?9, ?9)");
    if (q) {
        ps_bind_text(q, 1, live_pack(lv)->id);
        ps_bind_text(q, 2, live_room(lv));
        ps_bind_text(q, 3, live_pacing(lv) == LIVE_TEACHER_PACED ? "teacher" : "student");
        sqlite3_bind_int(q, 4, r.speed_points);
        sqlite3_bind_int(q, 5, r.default_time_limit);
        sqlite3_bind_int64(q, 6, (int64_t)live_seed(lv));
        sqlite3_bind_int(q, 7, live_locked(lv));
        ps_bind_text(q, 8, lvs_phase_name(live_phase(lv)));
        sqlite3_bind_int64(q, 9, now_unix);
    }
    if (!done(st, q, "cannot save the live class")) {
        snprintf(err, errlen, "%s", store_error(st));
        return NULL;
    }
    LiveSaver *sv = lvs_new(st, sqlite3_last_insert_rowid(st->db), live_question_count(lv));
    if (!sv) snprintf(err, errlen, "out of memory");
    return sv;
}

/* ---- one sync ------------------------------------------------------------------------------ */

/* now_ms when the caller has no Live clock at hand (finishing): seats joined "now". */
#define NO_CLOCK INT64_MIN

/* The student's profile (by name, ignoring ASCII case as the store does), inside the sync's
 * transaction: store_profile would open a transaction of its own. */
static int64_t profile_of(Store *st, const char *name)
{
    sqlite3_stmt *q = ps_stmt(st, ST_PROFILE_FIND);
    ps_bind_text(q, 1, name);
    int rc = sqlite3_step(q);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
    sqlite3_reset(q);
    if (rc == SQLITE_DONE) {
        q = ps_stmt(st, ST_PROFILE_ADD);
        ps_bind_text(q, 1, name);
        if (ps_run_done(st, q, "cannot add the student's profile")) id = sqlite3_last_insert_rowid(st->db);
    } else if (rc != SQLITE_ROW) {
        ps_db_error(st, "cannot read profiles");
    }
    return id;
}

/* Seats new since the last sync: profile, attempt (the first one is the session), seat row.
 * attempts[] gets their attempt ids; *session the session id. */
static bool add_seats(LiveSaver *sv, const Live *lv, int64_t now_ms, int64_t now_unix,
                      int64_t *attempts, int64_t *session)
{
    Store *st = sv->st;
    for (size_t i = sv->n_seats; i < live_seat_count(lv); i++) {
        const LiveSeat *seat = live_seat(lv, (int)i);
        int64_t profile = profile_of(st, seat->name);
        int64_t a = profile >= 0 ? store_attempt_begin(st, profile, live_pack(lv)->id, "live", now_unix)
                                 : -1;
        if (a < 0) return false;
        if (*session < 0) {
            *session = a;
            sqlite3_stmt *q = lvs_prepare(st, "UPDATE live_session SET session = ?2 WHERE id = ?1");
            if (q) sqlite3_bind_int64(q, 1, sv->id), sqlite3_bind_int64(q, 2, a);
            if (!done(st, q, "cannot save the live class")) return false;
        }
        if (!store_attempt_join(st, a, *session)) return false;
        sqlite3_stmt *q = lvs_prepare(st,
            "INSERT INTO live_seat(live, seat, name, token, removed, extra_percent, joined, "
            "first_question, question, attempt) VALUES (?1, ?2, ?3, ?4, 0, 100, ?5, ?6, 0, ?7)");
        if (q) {
            sqlite3_bind_int64(q, 1, sv->id);
            sqlite3_bind_int64(q, 2, (int64_t)i);
            ps_bind_text(q, 3, seat->name);
            ps_bind_text(q, 4, live_seat_token(lv, (int)i));
            int64_t ago = now_ms == NO_CLOCK || now_ms < seat->joined_ms ? 0 : now_ms - seat->joined_ms;
            sqlite3_bind_int64(q, 5, now_unix - ago / 1000);
            sqlite3_bind_int64(q, 6, (int64_t)live_seat_first_question(lv, (int)i));
            sqlite3_bind_int64(q, 7, a);
        }
        if (!done(st, q, "cannot save a student")) return false;
        attempts[i] = a;
    }
    return true;
}

/* Every seat's removed, extra time and student-paced position, and the class's row. */
static bool save_state(LiveSaver *sv, const Live *lv, int64_t now_ms, int64_t now_unix)
{
    Store *st = sv->st;
    /* The token too: a seat that moved to another device (live_move_admit) keeps its row and
     * attempt, and only the new device's token may take it back after a resume. */
    sqlite3_stmt *q = lvs_prepare(st, "UPDATE live_seat SET removed = ?3, extra_percent = ?4, "
                                      "question = coalesce(?5, question), token = ?6 "
                                      "WHERE live = ?1 AND seat = ?2");
    LivePhase phase = live_phase(lv);
    bool student_pos = live_pacing(lv) == LIVE_STUDENT_PACED && phase == LIVE_RUNNING;
    for (size_t i = 0; q && i < live_seat_count(lv); i++) {
        const LiveSeat *seat = live_seat(lv, (int)i);
        sqlite3_reset(q);
        sqlite3_bind_int64(q, 1, sv->id);
        sqlite3_bind_int64(q, 2, (int64_t)i);
        sqlite3_bind_int(q, 3, seat->removed);
        sqlite3_bind_int(q, 4, seat->extra_percent);
        if (student_pos) sqlite3_bind_int(q, 5, live_student_question(lv, (int)i));
        else sqlite3_bind_null(q, 5);
        ps_bind_text(q, 6, live_seat_token(lv, (int)i));
        if (sqlite3_step(q) != SQLITE_DONE) {
            ps_db_error(st, "cannot save the students");
            sqlite3_finalize(q);
            return false;
        }
    }
    sqlite3_finalize(q);
    if (!q) return false;
    q = lvs_prepare(st, "UPDATE live_session SET locked = ?2, phase = ?3, position = ?4, "
                        "time_left_ms = ?5, updated = ?6 WHERE id = ?1");
    if (q) {
        sqlite3_bind_int64(q, 1, sv->id);
        sqlite3_bind_int(q, 2, live_locked(lv));
        ps_bind_text(q, 3, lvs_phase_name(phase));
        sqlite3_bind_int64(q, 4, (int64_t)live_position(lv));
        sqlite3_bind_int64(q, 5, live_saved_time_left_ms(lv, now_ms));
        sqlite3_bind_int64(q, 6, now_unix);
    }
    return done(st, q, "cannot save the live class");
}

static bool save_answer(LiveSaver *sv, const Live *lv, int seat, size_t qi, int64_t attempt,
                        int64_t now_unix)
{
    const Pack *pack = live_pack(lv);
    const Question *q = &pack->questions[qi];
    const LiveResult *r = live_result(lv, seat, qi);
    char said[512], code[ANSWER_CODE_MAX];
    answer_describe(pack, q, &r->answer, said, sizeof said);
    if (!answer_encode(&r->answer, code, sizeof code)) snprintf(code, sizeof code, "-");
    StoredAnswer sa = {
        .question_id = q->id, .kind = pack_kind_name(q->kind), .answer = said, .answer_data = code,
        .correct = r->grade.correct, .points = r->grade.points + r->bonus,
        .max_points = q->points, .seconds = r->seconds,
    };
    return store_answer(sv->st, attempt, &sa, now_unix);
}

/* Calls fn for each answer to save: the journal's, or on overflow every one not saved yet. */
static bool each_unsaved(LiveSaver *sv, const Live *lv, const int64_t *attempts,
                         bool (*fn)(LiveSaver *, const Live *, int, size_t, int64_t, int64_t),
                         int64_t now_unix)
{
    const LiveJournal *j = live_journal(lv);
    size_t n_seats = live_seat_count(lv), n_q = live_question_count(lv);
    if (!j->overflow && !sv->retry) {
        for (size_t k = 0; k < j->n_answers; k++) {
            int s = j->answers[k].seat;
            size_t q = j->answers[k].question;
            if ((size_t)s >= n_seats || q >= n_q || (sv->saved[s] && sv->saved[s][q])) continue;
            if (!fn(sv, lv, s, q, attempts[s], now_unix)) return false;
        }
        return true;
    }
    for (size_t s = 0; s < n_seats; s++)
        for (size_t q = 0; q < n_q; q++) {
            if (!live_result(lv, (int)s, q)->answered || (sv->saved[s] && sv->saved[s][q])) continue;
            if (!fn(sv, lv, (int)s, q, attempts[s], now_unix)) return false;
        }
    return true;
}

static bool mark_saved(LiveSaver *sv, const Live *lv, int seat, size_t q, int64_t attempt,
                       int64_t now_unix)
{
    (void)lv, (void)attempt, (void)now_unix;
    if (sv->saved[seat]) sv->saved[seat][q] = 1;
    return true;
}

/* Nothing to write: an empty journal, no new seat, and no countdown getting stale. */
static bool nothing_to_save(const LiveSaver *sv, const Live *lv, int64_t now_ms)
{
    const LiveJournal *j = live_journal(lv);
    if (j->roster || j->position || j->n_answers || j->overflow || sv->retry ||
        live_seat_count(lv) != sv->n_seats)
        return false;
    LivePhase p = live_phase(lv);
    bool counting = live_pacing(lv) == LIVE_TEACHER_PACED && (p == LIVE_ASKING || p == LIVE_TIME_UP);
    return !counting || now_ms == NO_CLOCK || now_ms - sv->position_saved_ms < LVS_COUNTDOWN_SAVE_MS;
}

static bool sync_at(LiveSaver *sv, Live *lv, int64_t now_ms, int64_t now_unix)
{
    if (nothing_to_save(sv, lv, now_ms)) return true;
    int64_t attempts[LIVE_MAX_STUDENTS], session = sv->session;
    memcpy(attempts, sv->attempt, sizeof attempts);
    if (!ps_begin(sv->st)) return false;
    bool ok = add_seats(sv, lv, now_ms, now_unix, attempts, &session) &&
              save_state(sv, lv, now_ms == NO_CLOCK ? 0 : now_ms, now_unix) &&
              each_unsaved(sv, lv, attempts, save_answer, now_unix) && ps_commit(sv->st);
    if (!ok) {
        ps_rollback(sv->st);
        return false;
    }
    /* Committed: now the bookkeeping. */
    sv->session = session;
    if (now_ms != NO_CLOCK) sv->position_saved_ms = now_ms;
    for (size_t i = sv->n_seats; i < live_seat_count(lv); i++)
        if (!lvs_add_seat(sv, (int)i, attempts[i])) {
            ps_set_error(sv->st, "out of memory");
            return false;
        }
    each_unsaved(sv, lv, attempts, mark_saved, now_unix);
    live_journal_clear(lv);
    return true;
}

bool live_store_sync(LiveSaver *sv, Live *lv, int64_t now_ms, int64_t now_unix)
{
    return sync_at(sv, lv, now_ms, now_unix);
}

/* ---- the same in three steps (see live_store.h) -------------------------------------------- */

/* Writes one answer and notes it in the staging (sv->staging) for live_store_staged. */
static bool remember(LiveSaver *sv, const Live *lv, int seat, size_t q, int64_t attempt, int64_t now_unix)
{
    if (!save_answer(sv, lv, seat, q, attempt, now_unix)) return false;
    LiveStaged *t = sv->staging;
    if (t->n_answers == sv->staging_cap) {
        size_t cap = sv->staging_cap ? sv->staging_cap * 2 : 64;
        void *grown = realloc(t->answers, cap * sizeof t->answers[0]);
        if (!grown) {
            ps_set_error(sv->st, "out of memory");
            return false;
        }
        t->answers = grown;
        sv->staging_cap = cap;
    }
    t->answers[t->n_answers].seat = seat;
    t->answers[t->n_answers].question = q;
    t->n_answers++;
    return true;
}

bool live_store_stage(LiveSaver *sv, Live *lv, int64_t now_ms, int64_t now_unix, LiveStaged *t)
{
    memset(t, 0, sizeof *t);
    if (nothing_to_save(sv, lv, now_ms)) return true;
    t->session = sv->session;
    t->now_ms = now_ms;
    memcpy(t->attempts, sv->attempt, sizeof t->attempts);
    if (!ps_begin(sv->st)) return false;
    sv->staging = t;
    sv->staging_cap = 0;
    bool ok = add_seats(sv, lv, now_ms, now_unix, t->attempts, &t->session) &&
              save_state(sv, lv, now_ms, now_unix) && each_unsaved(sv, lv, t->attempts, remember, now_unix);
    sv->staging = NULL;
    if (!ok) {
        ps_rollback(sv->st);
        free(t->answers);
        memset(t, 0, sizeof *t);
        return false;
    }
    t->open = true;
    t->n_seats = live_seat_count(lv);
    live_journal_clear(lv); /* taken: what arrives during the commit goes into a new journal */
    sv->retry = false;
    return true;
}

bool live_store_commit(LiveSaver *sv, LiveStaged *t)
{
    if (!t->open) return true;
    t->committed = ps_commit(sv->st);
    if (!t->committed) ps_rollback(sv->st);
    return t->committed;
}

void live_store_staged(LiveSaver *sv, Live *lv, LiveStaged *t)
{
    (void)lv;
    if (t->open && t->committed) {
        sv->session = t->session;
        sv->position_saved_ms = t->now_ms;
        for (size_t i = sv->n_seats; i < t->n_seats; i++)
            if (!lvs_add_seat(sv, (int)i, t->attempts[i])) sv->retry = true;
        for (size_t k = 0; k < t->n_answers; k++) {
            int s = t->answers[k].seat;
            if (sv->saved[s]) sv->saved[s][t->answers[k].question] = 1;
        }
    } else if (t->open) {
        sv->retry = true; /* the journal was taken: write everything not saved again */
    }
    free(t->answers);
    memset(t, 0, sizeof *t);
}

bool live_store_finish(LiveSaver *sv, Live *lv, int64_t now_unix)
{
    if (live_phase(lv) != LIVE_FINISHED || sv->finished) {
        ps_set_error(sv->st, "%s: the live class is not over, or was finished already", sv->st->path);
        return false;
    }
    /* The Live's clock is not needed: a FINISHED class has no countdown to save. */
    if (!sync_at(sv, lv, NO_CLOCK, now_unix) || !ps_begin(sv->st)) return false;
    bool ok = true;
    for (size_t i = 0; ok && i < sv->n_seats; i++) {
        LiveTotals t = live_seat_totals(lv, (int)i);
        ok = store_attempt_finish(sv->st, sv->attempt[i], t.score, t.max_score, now_unix);
    }
    sqlite3_stmt *q = ok ? lvs_prepare(sv->st, "UPDATE live_session SET ended = ?2, updated = ?2, "
                                               "phase = 'finished' WHERE id = ?1") : NULL;
    if (q) sqlite3_bind_int64(q, 1, sv->id), sqlite3_bind_int64(q, 2, now_unix);
    ok = ok && done(sv->st, q, "cannot save the end of the class") && ps_commit(sv->st);
    if (!ok) {
        ps_rollback(sv->st);
        return false;
    }
    sv->finished = true;
    return true;
}
