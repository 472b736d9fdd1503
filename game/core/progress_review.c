/* progress_review.c — spaced repetition in the store: Leitner boxes (see progress.h). */
#include "progress_internal.h"
#include <stdlib.h>
#include <string.h>

#define DAY_SECONDS 86400

static const int BOX_DAYS[STORE_BOXES] = {1, 2, 4, 8, 16};

/* ---- spaced repetition ------------------------------------------------------------------- */

bool store_review_state(Store *s, int64_t profile, const char *pack_id, const char *question_id,
                        int *box, int64_t *due)
{
    sqlite3_stmt *st = ps_stmt(s, ST_REVIEW_GET);
    sqlite3_bind_int64(st, 1, profile);
    ps_bind_text(st, 2, pack_id);
    ps_bind_text(st, 3, question_id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        if (box) *box = sqlite3_column_int(st, 0);
        if (due) *due = sqlite3_column_int64(st, 1);
    } else if (rc != SQLITE_DONE) {
        ps_db_error(s, "cannot read the review schedule");
    }
    sqlite3_reset(st);
    return rc == SQLITE_ROW;
}

/* The Leitner step: a miss goes back to box 1 and returns within the sitting; a right answer
 * moves up one box, each box doubling the wait. */
static void review_step(int box, bool correct, int64_t now, int *new_box, int64_t *due)
{
    if (!correct) {
        *new_box = 1;
        *due = now + STORE_MISS_DELAY;
        return;
    }
    *new_box = box < STORE_BOXES ? box + 1 : STORE_BOXES;
    *due = now + (int64_t)BOX_DAYS[*new_box - 1] * DAY_SECONDS;
}

static bool review_put(Store *s, int64_t profile, const char *pack_id, const char *question_id,
                       int box, int64_t due)
{
    sqlite3_stmt *st = ps_stmt(s, ST_REVIEW_PUT);
    sqlite3_bind_int64(st, 1, profile);
    ps_bind_text(st, 2, pack_id);
    ps_bind_text(st, 3, question_id);
    sqlite3_bind_int(st, 4, box);
    sqlite3_bind_int64(st, 5, due);
    return ps_run_done(s, st, "cannot save the review schedule");
}

bool store_review_record(Store *s, int64_t profile, const char *pack_id, const char *question_id,
                         bool correct, int64_t now)
{
    int box = 0, new_box;
    int64_t due;
    s->error[0] = '\0';
    if (!ps_begin(s)) return false;
    if (!store_review_state(s, profile, pack_id, question_id, &box, NULL)) {
        if (s->error[0]) goto fail;
        box = 0; /* not yet scheduled */
    }
    review_step(box, correct, now, &new_box, &due);
    if (!review_put(s, profile, pack_id, question_id, new_box, due) || !ps_commit(s)) goto fail;
    return true;
fail:
    ps_rollback(s);
    return false;
}

size_t store_review_due(Store *s, int64_t profile, const char *pack_id, int64_t now, char ***ids)
{
    sqlite3_stmt *st = ps_stmt(s, ST_REVIEW_DUE);
    sqlite3_bind_int64(st, 1, profile);
    ps_bind_text(st, 2, pack_id);
    sqlite3_bind_int64(st, 3, now);
    return ps_collect_names(s, st, ids);
}
