/* live_store_internal.h — shared by live_store.c (saving) and live_store_load.c (finding,
 * resuming, abandoning a class). Not for use elsewhere. */
#ifndef BYLINE_LIVE_STORE_INTERNAL_H
#define BYLINE_LIVE_STORE_INTERNAL_H
#include "live_store.h"
#include "progress_internal.h"

/* While a question is open, a sync writes the countdown at least this often (even with nothing
 * in the journal), so a crash loses at most this much of it. */
#define LVS_COUNTDOWN_SAVE_MS 5000

struct LiveSaver {
    Store *st;
    int64_t id;                 /* live_session.id */
    int64_t session;            /* the attempts' session id; -1 before the first seat */
    size_t n_questions;
    size_t n_seats;             /* seats that have a row (and an attempt) */
    bool finished;
    int64_t position_saved_ms;  /* the Live's clock when the position was last written */
    int64_t attempt[LIVE_MAX_STUDENTS];
    unsigned char *saved[LIVE_MAX_STUDENTS]; /* per seat, per question: its answer is stored */
    bool retry;                 /* a staged commit failed: the next sync writes everything again */
    LiveStaged *staging;        /* during live_store_stage: where written answers are noted */
    size_t staging_cap;
};

/* A saver for class id with no seats saved yet; NULL when out of memory. */
LiveSaver *lvs_new(Store *st, int64_t id, size_t n_questions);
/* Records that seat's attempt (allocating its saved flags); false when out of memory. */
bool lvs_add_seat(LiveSaver *sv, int seat, int64_t attempt);

/* Phases as stored: "lobby", "asking", … (the protocol's names). */
const char *lvs_phase_name(LivePhase p);
/* The phase of a stored name; false when unknown. */
bool lvs_phase_parse(const char *name, LivePhase *p);

/* A statement prepared on the store's connection; NULL with the store's error set. */
sqlite3_stmt *lvs_prepare(Store *st, const char *sql);

#endif
