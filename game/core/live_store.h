/* live_store.h — a live class (live.h) in the progress store (progress.h), saved as it happens so
 * that a crash loses nothing that was answered.
 *
 * What is stored (schema version 2, see progress_internal.h):
 *   live_session — one row per class: pack id, room code, pacing, rules (speed points, time
 *                  limit), the seed of the order arrangements, the lock, the phase, the question,
 *                  the countdown's time left, the session id of its attempts, created, updated,
 *                  ended (NULL while the class is not over).
 *   live_seat    — one row per seat: its index, name, token, removed, extra percent, when it
 *                  joined (Unix seconds), the first question it could answer (late joiners), its
 *                  student-paced position, and its attempt.
 *   Each student is a profile (their name) with ONE attempt in mode "live"; the attempts of a class
 *   are joined (store_attempt_join) to the first student's attempt id, which is the session id
 *   `byline results` shows. Each answer is an answer row of that attempt, written when it is
 *   received (not at the reveal): its points include the speed points; answer_data restores it.
 *
 * Use: live_store_begin when the class is created; live_store_sync after every action on the Live
 * (under the same lock; it does nothing when the journal is empty); live_store_finish once the
 * class is FINISHED; live_store_close always. After a crash: live_store_find_unfinished, then
 * live_store_resume (or live_store_abandon when the teacher does not want it back).
 *
 * Clocks: *_ms are the caller's milliseconds (the Live's clock, which need not survive a restart),
 * *_unix are Unix seconds for the store. */
#ifndef BYLINE_LIVE_STORE_H
#define BYLINE_LIVE_STORE_H
#include "live.h"
#include "progress.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct LiveSaver LiveSaver;

#define LIVE_STORE_RESUME_HOURS 12 /* an unfinished class older than this is not offered back */

/* Starts saving a new class (its row; seats come with the first sync). NULL with a message in err
 * when the store refuses. The store must outlive the saver; free it with live_store_close. */
LiveSaver *live_store_begin(Store *st, const Live *lv, int64_t now_unix, char *err, size_t errlen);
/* Writes the journal in one transaction: new seats (profile, attempt, seat row), the roster,
 * the position (with the time left), every answer not saved yet; then clears the journal. While
 * a teacher-paced countdown runs it also writes the time left when the last write is 5 s old or
 * more, so call it on the host's timer ticks too. True when saved (or nothing to save); false
 * leaves the journal as it was, to be tried again (store_error says why). */
bool live_store_sync(LiveSaver *sv, Live *lv, int64_t now_ms, int64_t now_unix);

/* live_store_sync in three steps, so that a host whose Live is shared between threads need not
 * hold the Live's lock while the disk syncs (the commit is what waits for the disk):
 *   live_store_stage  — under the Live's lock: writes the journal into an open transaction and
 *                       takes it (the journal is cleared; what comes next goes into a new one);
 *   live_store_commit — without the Live: commits (the only step that touches the disk);
 *   live_store_staged — under the lock again: the saver's bookkeeping; after a failed commit,
 *                       everything staged is written again by the next sync.
 * The store must be used by no one else between stage and staged. */
typedef struct LiveStaged {
    bool open;               /* a transaction is open (there was something to save) */
    bool committed;
    int64_t now_ms, session;
    size_t n_seats;          /* seats with rows once committed */
    int64_t attempts[LIVE_MAX_STUDENTS];
    size_t n_answers;        /* answers written, (seat, question) pairs */
    struct { int seat; size_t question; } *answers;
} LiveStaged;
bool live_store_stage(LiveSaver *sv, Live *lv, int64_t now_ms, int64_t now_unix, LiveStaged *t);
bool live_store_commit(LiveSaver *sv, LiveStaged *t);
void live_store_staged(LiveSaver *sv, Live *lv, LiveStaged *t);
/* The class is FINISHED: syncs, then finishes every seat's attempt with its totals
 * (live_seat_totals) and marks the class ended. False when not FINISHED or on a store error. */
bool live_store_finish(LiveSaver *sv, Live *lv, int64_t now_unix);
/* The class's id in the store (live_session.id), and the session id of its attempts (-1 until
 * the first student joined). */
int64_t live_store_id(const LiveSaver *sv);
int64_t live_store_session(const LiveSaver *sv);
/* Frees the saver; writes nothing (a class closed unfinished can be resumed). NULL is fine. */
void live_store_close(LiveSaver *sv);

/* The newest class on pack_id that is not ended and was created less than
 * LIVE_STORE_RESUME_HOURS before now_unix; -1 when none (or on error: see store_error). */
int64_t live_store_find_unfinished(Store *st, const char *pack_id, int64_t now_unix);
/* Loads class `id` on pack (which must be the same pack id): seats, tokens, answers (graded
 * again, speed points as saved), the position. A question that was open comes back PAUSED with
 * the time left as last saved. Returns the Live (free with live_free) and a saver for it in
 * *saver; NULL with a message in err when it cannot (unknown, ended, another pack, damaged). */
Live *live_store_resume(Store *st, int64_t id, const Pack *pack, int64_t now_ms, int64_t now_unix,
                        LiveSaver **saver, char *err, size_t errlen);
/* Marks class `id` ended without finishing its attempts (they stay "unfinished" in the results:
 * nobody saw the end). False on error or when it is unknown or already ended. */
bool live_store_abandon(Store *st, int64_t id, int64_t now_unix);

#endif
