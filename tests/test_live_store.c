/* test_live_store.c — a live class in the progress store (live_store.h), on temporary files:
 * answers saved when received; a crash (the saver closed without finishing and the store closed,
 * or a host process killed with SIGKILL) and a resume that gives back the same seats, tokens,
 * answers, scores and position, a question open at the crash coming back paused; finishing into
 * one "live" attempt per student that the results list; finding and abandoning unfinished
 * classes. Pack: every-format.json (q0 choice, answer 1, 2 points; q1 multi {0,1}; 30 s per
 * question). */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>
#include <cmocka.h>
#include "store_files.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include "class_stats.h"
#include "live_store.h"
#include "progress_internal.h" /* a failed commit, simulated with the store's own connection */

#define T0 1000000      /* the first host's clock, ms */
#define T1 50000000     /* the restarted host's clock, ms */
#define U0 1750000000   /* Unix seconds */
#define S 1000

typedef struct Fixture {
    char dir[64], db[128];
    Pack *pack;
    Store *st;
} Fixture;

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/byline-live-XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    snprintf(f->db, sizeof f->db, "%s/progress.db", f->dir);
    Diagnostics d;
    diag_init(&d, "every-format.json");
    f->pack = pack_load_file(tu_source_path("tests/fixtures/good/every-format.json"), &d);
    diag_free(&d);
    char err[256];
    f->st = store_open(f->db, err, sizeof err);
    *state = f;
    return f->pack && f->st ? 0 : -1;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    store_close(f->st);
    pack_free(f->pack);
    tu_store_remove(f->dir, f->db);
    free(f);
    return 0;
}

/* Closes and reopens the store: what a restarted host sees. */
static void reopen(Fixture *f)
{
    char err[256];
    store_close(f->st);
    f->st = store_open(f->db, err, sizeof err);
    assert_non_null(f->st);
}

static const char *token(int n)
{
    static char buf[2][LIVE_TOKEN_CHARS + 1];
    char *t = buf[n % 2];
    snprintf(t, sizeof buf[0], "%032x", (unsigned)n + 0xabc);
    return t;
}

static int join(Live *lv, const char *name, int n, int64_t now)
{
    int seat = -1;
    assert_int_equal(live_join(lv, "K7QX", name, token(n), now, &seat), LIVE_JOIN_OK);
    return seat;
}

static LiveAnswerResult give(Live *lv, int seat, size_t q, int value, int64_t now)
{
    const Question *qu = &live_pack(lv)->questions[q];
    Answer a;
    answer_init(&a, qu, NULL);
    if (qu->format == FORMAT_CHOICE) a.choice = value;
    else if (qu->format == FORMAT_MULTI) a.picked = (uint32_t)value;
    else if (qu->format == FORMAT_TRUE_FALSE) a.truth = value;
    return live_answer(lv, seat, qu->id, &a, now);
}

static Live *new_class(Fixture *f, LivePacing pacing, LiveSaver **sv)
{
    char err[256];
    Live *lv = live_create(f->pack, pacing, live_default_rules(pacing), "K7QX", 99, T0, err,
                           sizeof err);
    assert_non_null(lv);
    *sv = live_store_begin(f->st, lv, U0, err, sizeof err);
    assert_non_null(*sv);
    return lv;
}

static void sync(LiveSaver *sv, Live *lv, int64_t now_ms)
{
    assert_true(live_store_sync(sv, lv, now_ms, U0 + (now_ms - T0) / 1000));
    const LiveJournal *j = live_journal(lv);
    assert_false(j->roster || j->position || j->n_answers || j->overflow);
}

static void count_answer(const StoredAnswerRow *r, void *ctx)
{
    if (strcmp(r->mode, "live") == 0) (*(int *)ctx)++;
}

static void answers_are_saved_when_received_not_at_the_reveal(void **state)
{
    Fixture *f = *state;
    LiveSaver *sv;
    Live *lv = new_class(f, LIVE_TEACHER_PACED, &sv);
    int ana = join(lv, "Ana", 1, T0);
    live_start(lv, T0);
    sync(sv, lv, T0);
    assert_int_equal(give(lv, ana, 0, 1, T0 + 5 * S), LIVE_ANSWER_OK);
    sync(sv, lv, T0 + 5 * S);
    int n = 0;
    assert_true(store_each_answer(f->st, NULL, NULL, count_answer, &n));
    assert_int_equal(n, 1);
    sync(sv, lv, T0 + 6 * S); /* nothing new: nothing written twice */
    n = 0;
    store_each_answer(f->st, NULL, NULL, count_answer, &n);
    assert_int_equal(n, 1);
    live_store_close(sv);
    live_free(lv);
}

/* Everything a student or the projector sees of a seat, compared between two Lives. */
static void assert_same_seat(const Live *a, const Live *b, int seat)
{
    const LiveSeat *x = live_seat(a, seat), *y = live_seat(b, seat);
    assert_string_equal(x->name, y->name);
    assert_int_equal(x->removed, y->removed);
    assert_int_equal(x->extra_percent, y->extra_percent);
    assert_string_equal(live_seat_token(a, seat), live_seat_token(b, seat));
    assert_int_equal(live_seat_first_question(a, seat), live_seat_first_question(b, seat));
    assert_float_equal(live_seat_score(a, seat), live_seat_score(b, seat), 1e-9);
    for (size_t q = 0; q < live_question_count(a); q++) {
        const LiveResult *r = live_result(a, seat, q), *s = live_result(b, seat, q);
        assert_int_equal(r->answered, s->answered);
        if (!r->answered) continue;
        assert_int_equal(r->answer.choice, s->answer.choice);
        assert_int_equal(r->answer.picked, s->answer.picked);
        assert_int_equal(r->grade.correct, s->grade.correct);
        assert_float_equal(r->bonus, s->bonus, 1e-9);
        assert_float_equal(r->seconds, s->seconds, 1e-9);
        assert_int_equal(live_revealed_to(a, seat, q), live_revealed_to(b, seat, q));
    }
}

static void a_crashed_teacher_paced_class_resumes_as_it_was(void **state)
{
    Fixture *f = *state;
    LiveSaver *sv;
    Live *lv = new_class(f, LIVE_TEACHER_PACED, &sv);
    int ana = join(lv, "Ana", 1, T0), bo = join(lv, "Bo", 2, T0), cy = join(lv, "Cy", 3, T0);
    live_set_extra_time(lv, bo, 150);
    sync(sv, lv, T0);
    live_start(lv, T0 + S);
    give(lv, ana, 0, 1, T0 + 11 * S);
    give(lv, bo, 0, 0, T0 + 12 * S);
    sync(sv, lv, T0 + 12 * S);
    live_reveal(lv, T0 + 20 * S);
    live_next(lv, T0 + 21 * S);
    int dee = join(lv, "Dee", 4, T0 + 22 * S); /* late: starts at q1 */
    live_remove(lv, cy);
    live_set_locked(lv, true);
    give(lv, dee, 1, 3, T0 + 25 * S);
    sync(sv, lv, T0 + 31 * S); /* q1 open with 20 s left */
    /* The crash: nothing finished, nothing freed in the store. */
    live_store_close(sv);
    reopen(f);
    int64_t id = live_store_find_unfinished(f->st, f->pack->id, U0 + 60);
    assert_true(id > 0);
    char err[256];
    LiveSaver *sv2;
    Live *back = live_store_resume(f->st, id, f->pack, T1, U0 + 60, &sv2, err, sizeof err);
    assert_non_null(back);
    assert_int_equal(live_seat_count(back), 4);
    for (int s = 0; s < 4; s++) assert_same_seat(lv, back, s);
    assert_int_equal(live_seat_by_token(back, token(1)), ana);
    assert_int_equal(live_seat_by_token(back, token(4)), dee);
    assert_int_equal(live_seat_by_token(back, token(3)), -1); /* removed */
    assert_true(live_locked(back));
    assert_int_equal(live_position(back), 1);
    assert_int_equal(live_phase(back), LIVE_PAUSED);
    assert_int_equal(live_time_left_ms(back, T1 + 100 * S), 20 * S);
    assert_int_equal(live_student_time_left_ms(back, bo, T1), 35 * S);
    assert_false(live_journal(back)->roster || live_journal(back)->n_answers);
    /* Answered before the crash: still final. */
    assert_int_equal(give(back, dee, 1, 1, T1 + S), LIVE_ANSWER_ALREADY);
    /* The class goes on and finishes: one live attempt per student, one session. */
    live_resume(back, T1 + S);
    assert_int_equal(give(back, ana, 1, 3, T1 + 2 * S), LIVE_ANSWER_OK);
    live_end(back, T1 + 3 * S);
    assert_true(live_store_finish(sv2, back, U0 + 70));
    assert_int_equal(live_store_find_unfinished(f->st, f->pack->id, U0 + 80), -1);
    live_store_close(sv2);
    live_free(back);
    live_free(lv);
}

/* The real thing: a host process killed with SIGKILL mid-question, the store never closed. */
static void a_host_killed_mid_question_loses_no_answer(void **state)
{
    Fixture *f = *state;
    store_close(f->st);
    f->st = NULL;
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        char err[256];
        Store *st = store_open(f->db, err, sizeof err);
        Live *lv = live_create(f->pack, LIVE_TEACHER_PACED, live_default_rules(LIVE_TEACHER_PACED),
                               "K7QX", 5, T0, err, sizeof err);
        LiveSaver *sv = st && lv ? live_store_begin(st, lv, U0, err, sizeof err) : NULL;
        int seat = -1;
        if (!sv || live_join(lv, "K7QX", "Ana", token(1), T0, &seat) != LIVE_JOIN_OK) _exit(2);
        live_start(lv, T0);
        if (give(lv, seat, 0, 1, T0 + 3 * S) != LIVE_ANSWER_OK ||
            !live_store_sync(sv, lv, T0 + 3 * S, U0 + 3))
            _exit(3);
        raise(SIGKILL);
        _exit(4);
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    reopen(f);
    char err[256];
    LiveSaver *sv;
    int64_t id = live_store_find_unfinished(f->st, f->pack->id, U0 + 30);
    Live *back = live_store_resume(f->st, id, f->pack, T1, U0 + 30, &sv, err, sizeof err);
    assert_non_null(back);
    int ana = live_seat_by_token(back, token(1));
    assert_int_equal(ana, 0);
    assert_true(live_result(back, ana, 0)->answered);
    assert_int_equal(live_result(back, ana, 0)->answer.choice, 1);
    assert_int_equal(live_phase(back), LIVE_PAUSED);
    assert_int_equal(live_time_left_ms(back, T1), 27 * S);
    live_store_close(sv);
    live_free(back);
}

typedef struct Listing {
    int live, finished;
    int64_t session;
    bool one_session;
    double ana_score, ana_max;
} Listing;

static void list_one(const StoredAttempt *a, void *ctx)
{
    Listing *l = ctx;
    if (strcmp(a->mode, "live") != 0) return;
    if (l->live++ == 0) l->session = a->session;
    l->one_session &= a->session == l->session;
    l->finished += a->finished != 0;
    if (strcmp(a->profile, "Ana") == 0) {
        l->ana_score = a->score;
        l->ana_max = a->max_score;
    }
}

static void finishing_lists_one_live_attempt_per_student_in_one_session(void **state)
{
    Fixture *f = *state;
    LiveSaver *sv;
    Live *lv = new_class(f, LIVE_TEACHER_PACED, &sv);
    int ana = join(lv, "Ana", 1, T0), bo = join(lv, "Bo", 2, T0);
    live_start(lv, T0);
    give(lv, ana, 0, 1, T0 + 15 * S);
    give(lv, bo, 0, 1, T0 + 30 * S - 1);
    live_reveal(lv, T0 + 30 * S);
    live_next(lv, T0 + 31 * S);
    give(lv, ana, 1, 3, T0 + 32 * S);
    live_reveal(lv, T0 + 33 * S);
    sync(sv, lv, T0 + 33 * S);
    assert_false(live_store_finish(sv, lv, U0 + 40)); /* not over yet */
    live_end(lv, T0 + 34 * S);
    assert_true(live_store_finish(sv, lv, U0 + 40));
    assert_false(live_store_finish(sv, lv, U0 + 41)); /* once */
    Listing l = {.one_session = true};
    assert_true(store_each_attempt(f->st, NULL, NULL, list_one, &l));
    assert_int_equal(l.live, 2);
    assert_int_equal(l.finished, 2);
    assert_true(l.one_session);
    assert_int_equal(l.session, live_store_session(sv));
    /* Ana: 2 + 0.5 speed on q0, 1 + 0.5 × 29/30 on q1; max 3. */
    assert_float_equal(l.ana_score, live_seat_totals(lv, ana).score, 1e-9);
    assert_float_equal(l.ana_score, 2.5 + 1 + 0.5 * 29.0 / 30.0, 1e-9);
    assert_float_equal(l.ana_max, 3, 1e-9);
    /* The class results screen counts the students' answers. */
    ClassStats cs;
    char err[256];
    assert_true(class_stats_build(f->st, f->pack, &cs, err, sizeof err));
    assert_int_equal(cs.students, 2);
    assert_int_equal(cs.answers, 3);
    class_stats_free(&cs);
    live_store_close(sv);
    live_free(lv);
}

static void a_student_paced_class_resumes_with_each_position(void **state)
{
    Fixture *f = *state;
    LiveSaver *sv;
    Live *lv = new_class(f, LIVE_STUDENT_PACED, &sv);
    int ana = join(lv, "Ana", 1, T0), bo = join(lv, "Bo", 2, T0);
    live_start(lv, T0);
    give(lv, ana, 0, 1, T0 + S);
    live_student_next(lv, ana, T0 + 2 * S);
    give(lv, ana, 1, 3, T0 + 3 * S);
    live_student_next(lv, ana, T0 + 4 * S);
    for (size_t q = 0; q < live_question_count(lv); q++) live_student_next(lv, bo, T0 + 5 * S);
    sync(sv, lv, T0 + 5 * S);
    live_store_close(sv);
    reopen(f);
    char err[256];
    LiveSaver *sv2;
    int64_t id = live_store_find_unfinished(f->st, f->pack->id, U0 + 10);
    Live *back = live_store_resume(f->st, id, f->pack, T1, U0 + 10, &sv2, err, sizeof err);
    assert_non_null(back);
    assert_int_equal(live_phase(back), LIVE_RUNNING);
    assert_int_equal(live_student_question(back, ana), 2);
    assert_int_equal(live_student_question(back, bo), -1);
    for (int s = 0; s < 2; s++) assert_same_seat(lv, back, s);
    live_store_close(sv2);
    live_free(back);
    live_free(lv);
}

/* A seat moved to another device keeps its one row and attempt; after a resume only the new
 * device's token takes it, and its answers are still its own. */
static void a_moved_seat_keeps_its_row_and_resumes_with_the_new_token(void **state)
{
    Fixture *f = *state;
    LiveSaver *sv;
    Live *lv = new_class(f, LIVE_STUDENT_PACED, &sv);
    int ana = join(lv, "Ana", 1, T0);
    live_start(lv, T0);
    give(lv, ana, 0, 1, T0 + S);
    sync(sv, lv, T0 + S);
    char ticket[LIVE_TOKEN_CHARS + 1];
    snprintf(ticket, sizeof ticket, "%s", token(7));
    assert_int_equal(live_move_ask(lv, "K7QX", "Ana", ticket, T0 + 2 * S), LIVE_JOIN_OK);
    assert_true(live_move_admit(lv, ana, T0 + 3 * S));
    sync(sv, lv, T0 + 3 * S);
    live_store_close(sv);
    reopen(f);
    char err[256];
    LiveSaver *sv2;
    int64_t id = live_store_find_unfinished(f->st, f->pack->id, U0 + 10);
    Live *back = live_store_resume(f->st, id, f->pack, T1, U0 + 10, &sv2, err, sizeof err);
    assert_non_null(back);
    assert_int_equal(live_seat_count(back), 1);
    assert_int_equal(live_seat_by_token(back, ticket), ana);
    assert_int_equal(live_seat_by_token(back, token(1)), -1);
    assert_true(live_result(back, ana, 0)->answered);
    assert_same_seat(lv, back, ana);
    live_store_close(sv2);
    live_free(back);
    live_free(lv);
}

/* Syncing on the host's timer keeps the saved countdown at most 5 s old. */
static void a_running_countdown_is_saved_on_timer_syncs(void **state)
{
    Fixture *f = *state;
    LiveSaver *sv;
    Live *lv = new_class(f, LIVE_TEACHER_PACED, &sv);
    join(lv, "Ana", 1, T0);
    live_start(lv, T0);
    sync(sv, lv, T0);
    sync(sv, lv, T0 + 4 * S);  /* too soon: not written */
    sync(sv, lv, T0 + 12 * S); /* written: 18 s left */
    live_store_close(sv);
    char err[256];
    LiveSaver *sv2;
    Live *back = live_store_resume(f->st, live_store_find_unfinished(f->st, f->pack->id, U0 + 20),
                                   f->pack, T1, U0 + 20, &sv2, err, sizeof err);
    assert_non_null(back);
    assert_int_equal(live_phase(back), LIVE_PAUSED);
    assert_int_equal(live_time_left_ms(back, T1), 18 * S);
    live_store_close(sv2);
    live_free(back);
    live_free(lv);
}

/* A student who joined after the last sync is saved by the finish, with a sensible join time. */
static void finishing_saves_seats_that_were_never_synced(void **state)
{
    Fixture *f = *state;
    LiveSaver *sv;
    Live *lv = new_class(f, LIVE_STUDENT_PACED, &sv);
    join(lv, "Ana", 1, T0);
    live_start(lv, T0);
    live_end(lv, T0 + S);
    assert_true(live_store_finish(sv, lv, U0 + 100));
    Listing l = {.one_session = true};
    assert_true(store_each_attempt(f->st, NULL, NULL, list_one, &l));
    assert_int_equal(l.live, 1);
    assert_int_equal(l.finished, 1);
    assert_float_equal(l.ana_max, 11, 1e-9); /* student-paced, finished: every question counts */
    live_store_close(sv);
    live_free(lv);
}

static void a_full_journal_still_saves_every_answer(void **state)
{
    Fixture *f = *state;
    LiveSaver *sv;
    Live *lv = new_class(f, LIVE_TEACHER_PACED, &sv);
    char name[8];
    for (int i = 0; i < 70; i++) {
        snprintf(name, sizeof name, "S%d", i);
        join(lv, name, 100 + i, T0);
    }
    live_start(lv, T0);
    for (int i = 0; i < 70; i++) give(lv, i, 0, 1, T0 + S);
    assert_true(live_journal(lv)->overflow);
    sync(sv, lv, T0 + S);
    int n = 0;
    store_each_answer(f->st, NULL, NULL, count_answer, &n);
    assert_int_equal(n, 70);
    live_store_close(sv);
    live_free(lv);
}

static int stored_answers(Fixture *f)
{
    int n = 0;
    assert_true(store_each_answer(f->st, NULL, NULL, count_answer, &n));
    return n;
}

/* The host stages under its lock and commits without it: whatever arrives in between (an answer,
 * a new student) is not lost, it goes with the next sync. */
static void what_arrives_during_a_staged_commit_is_saved_next(void **state)
{
    Fixture *f = *state;
    LiveSaver *sv;
    Live *lv = new_class(f, LIVE_TEACHER_PACED, &sv);
    int ana = join(lv, "Ana", 1, T0), bo = join(lv, "Bo", 2, T0);
    live_start(lv, T0);
    sync(sv, lv, T0);
    assert_int_equal(give(lv, ana, 0, 1, T0 + S), LIVE_ANSWER_OK);
    LiveStaged t;
    assert_true(live_store_stage(sv, lv, T0 + S, U0 + 1, &t));
    assert_true(t.open);
    assert_int_equal(t.n_answers, 1);
    assert_int_equal(live_journal(lv)->n_answers, 0); /* taken */
    assert_int_equal(give(lv, bo, 0, 0, T0 + 2 * S), LIVE_ANSWER_OK); /* during the commit */
    int cy = join(lv, "Cy", 3, T0 + 2 * S);
    assert_true(live_store_commit(sv, &t));
    live_store_staged(sv, lv, &t);
    assert_int_equal(stored_answers(f), 1);
    assert_int_equal(give(lv, cy, 0, 1, T0 + 3 * S), LIVE_ANSWER_OK);
    sync(sv, lv, T0 + 3 * S);
    assert_int_equal(stored_answers(f), 3);
    sync(sv, lv, T0 + 4 * S);
    assert_int_equal(stored_answers(f), 3); /* nothing twice */
    live_store_close(sv);
    live_free(lv);
}

/* A commit that fails (a full disk) loses nothing: the next sync writes everything again. */
static void a_failed_staged_commit_is_written_again(void **state)
{
    Fixture *f = *state;
    LiveSaver *sv;
    Live *lv = new_class(f, LIVE_TEACHER_PACED, &sv);
    int ana = join(lv, "Ana", 1, T0);
    live_start(lv, T0);
    assert_int_equal(give(lv, ana, 0, 1, T0 + S), LIVE_ANSWER_OK);
    LiveStaged t;
    assert_true(live_store_stage(sv, lv, T0 + S, U0 + 1, &t));
    assert_int_equal(sqlite3_exec(f->st->db, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    t.committed = false; /* as live_store_commit reports a failed COMMIT */
    live_store_staged(sv, lv, &t);
    assert_int_equal(stored_answers(f), 0);
    sync(sv, lv, T0 + 2 * S);
    assert_int_equal(stored_answers(f), 1);
    live_store_close(sv);
    reopen(f);
    LiveSaver *again = NULL;
    char err[256];
    Live *back = live_store_resume(f->st, live_store_find_unfinished(f->st, f->pack->id, U0 + 3), f->pack, T1,
                                   U0 + 3, &again, err, sizeof err);
    assert_non_null(back);
    assert_int_equal(live_seat_count(back), 1);
    assert_true(live_result(back, 0, 0)->answered);
    live_store_close(again);
    live_free(back);
    live_free(lv);
}

static void unfinished_classes_are_found_by_pack_and_age_and_can_be_abandoned(void **state)
{
    Fixture *f = *state;
    LiveSaver *old, *sv;
    char err[256];
    Live *a = live_create(f->pack, LIVE_TEACHER_PACED, live_default_rules(LIVE_TEACHER_PACED),
                          "K7QX", 1, T0, err, sizeof err);
    old = live_store_begin(f->st, a, U0 - 13 * 3600, err, sizeof err);
    assert_int_equal(live_store_find_unfinished(f->st, f->pack->id, U0), -1); /* too old */
    sv = live_store_begin(f->st, a, U0, err, sizeof err);
    assert_int_equal(live_store_find_unfinished(f->st, f->pack->id, U0), live_store_id(sv));
    assert_int_equal(live_store_find_unfinished(f->st, "another-pack", U0), -1);
    /* Resuming on another pack or an unknown class is refused with a reason. */
    Pack other = *f->pack;
    other.id = "another-pack";
    LiveSaver *none;
    assert_null(live_store_resume(f->st, live_store_id(sv), &other, T1, U0, &none, err, sizeof err));
    assert_non_null(strstr(err, "another-pack"));
    assert_null(live_store_resume(f->st, 12345, f->pack, T1, U0, &none, err, sizeof err));
    assert_true(live_store_abandon(f->st, live_store_id(sv), U0 + 1));
    assert_false(live_store_abandon(f->st, live_store_id(sv), U0 + 2));
    assert_int_equal(live_store_find_unfinished(f->st, f->pack->id, U0 + 3), -1);
    assert_null(live_store_resume(f->st, live_store_id(sv), f->pack, T1, U0, &none, err, sizeof err));
    assert_non_null(strstr(err, "ended"));
    live_store_close(old);
    live_store_close(sv);
    live_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(answers_are_saved_when_received_not_at_the_reveal, setup, teardown),
        cmocka_unit_test_setup_teardown(a_crashed_teacher_paced_class_resumes_as_it_was, setup, teardown),
        cmocka_unit_test_setup_teardown(a_host_killed_mid_question_loses_no_answer, setup, teardown),
        cmocka_unit_test_setup_teardown(finishing_lists_one_live_attempt_per_student_in_one_session, setup, teardown),
        cmocka_unit_test_setup_teardown(a_student_paced_class_resumes_with_each_position, setup, teardown),
        cmocka_unit_test_setup_teardown(a_moved_seat_keeps_its_row_and_resumes_with_the_new_token, setup, teardown),
        cmocka_unit_test_setup_teardown(a_running_countdown_is_saved_on_timer_syncs, setup, teardown),
        cmocka_unit_test_setup_teardown(finishing_saves_seats_that_were_never_synced, setup, teardown),
        cmocka_unit_test_setup_teardown(a_full_journal_still_saves_every_answer, setup, teardown),
        cmocka_unit_test_setup_teardown(what_arrives_during_a_staged_commit_is_saved_next, setup, teardown),
        cmocka_unit_test_setup_teardown(a_failed_staged_commit_is_written_again, setup, teardown),
        cmocka_unit_test_setup_teardown(unfinished_classes_are_found_by_pack_and_age_and_can_be_abandoned, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
