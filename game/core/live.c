/* live.c — the live classroom's state: the roster, the teacher's flow, students' answers, the
 * journal of changes to save, and putting a saved class back. See live.h; the views (what each
 * one may see, scores, ranking) are live_view.c.
 *
 * Time, teacher-paced: as in presenter.c, a question's elapsed time is now − start − time spent
 * paused, frozen at the reveal. Each student's deadline is the class budget (limit + extra time)
 * × their extra percent, on the same elapsed clock, so the class countdown reaching zero
 * (TIME_UP) does not stop a student with extra time. Student-paced there is no countdown; each
 * student's clock starts when they reach a question. */
#include "live_internal.h"
#include "text.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char ROOM_ALPHABET[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

LiveRules live_default_rules(LivePacing pacing)
{
    LiveRules r = {pacing == LIVE_TEACHER_PACED, 0};
    return r;
}

void live_make_room_code(const unsigned char random[LIVE_ROOM_CHARS], char *out)
{
    for (int i = 0; i < LIVE_ROOM_CHARS; i++) out[i] = ROOM_ALPHABET[random[i] % 32];
    out[LIVE_ROOM_CHARS] = '\0';
}

static char upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c; }
static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

/* A well-formed room code, upper-cased into out; false when malformed. */
static bool normal_room(const char *room, char *out)
{
    if (!room || strlen(room) != LIVE_ROOM_CHARS) return false;
    for (int i = 0; i < LIVE_ROOM_CHARS; i++) {
        out[i] = upper(room[i]);
        if (!out[i] || !strchr(ROOM_ALPHABET, out[i])) return false;
    }
    out[LIVE_ROOM_CHARS] = '\0';
    return true;
}

bool lv_room_is(const Live *lv, const char *room)
{
    char code[LIVE_ROOM_CHARS + 1];
    return normal_room(room, code) && strcmp(code, lv->room) == 0;
}

Live *live_create(const Pack *pack, LivePacing pacing, LiveRules rules, const char *room,
                  uint64_t seed, int64_t now_ms, char *err, size_t errlen)
{
    (void)now_ms;
    char code[LIVE_ROOM_CHARS + 1];
    if (!pack || pack->n_questions == 0) {
        snprintf(err, errlen, "the pack has no questions");
        return NULL;
    }
    if (!normal_room(room, code)) {
        snprintf(err, errlen, "a room code is %d letters or digits from %s", LIVE_ROOM_CHARS,
                 ROOM_ALPHABET);
        return NULL;
    }
    if (rules.default_time_limit != 0 && (rules.default_time_limit < PACK_MIN_TIME_LIMIT ||
                                          rules.default_time_limit > PACK_MAX_TIME_LIMIT)) {
        snprintf(err, errlen, "a time limit is %d to %d seconds", PACK_MIN_TIME_LIMIT,
                 PACK_MAX_TIME_LIMIT);
        return NULL;
    }
    Live *lv = calloc(1, sizeof *lv);
    if (!lv || !(lv->qstate = calloc(pack->n_questions, 1))) {
        free(lv);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    lv->pack = pack;
    lv->pacing = pacing;
    lv->rules = rules;
    memcpy(lv->room, code, sizeof code);
    lv->seed = seed;
    lv->phase = LIVE_LOBBY;
    lv->frozen_elapsed_ms = -1;
    return lv;
}

static void free_results(SeatState *s, size_t n_questions)
{
    for (size_t q = 0; s->res && q < n_questions; q++) free(s->res[q]);
    free(s->res);
}

void live_free(Live *lv)
{
    if (!lv) return;
    for (size_t i = 0; i < lv->n_seats; i++) free_results(&lv->seats[i], lv->pack->n_questions);
    free(lv->seats);
    free(lv->qstate);
    free(lv);
}

const Pack *live_pack(const Live *lv) { return lv->pack; }
LivePacing live_pacing(const Live *lv) { return lv->pacing; }
LiveRules live_rules(const Live *lv) { return lv->rules; }
const char *live_room(const Live *lv) { return lv->room; }
LivePhase live_phase(const Live *lv) { return lv->phase; }
uint64_t live_seed(const Live *lv) { return lv->seed; }

/* ---- the journal -------------------------------------------------------------------------- */

const LiveJournal *live_journal(const Live *lv) { return &lv->journal; }
void live_journal_clear(Live *lv) { memset(&lv->journal, 0, sizeof lv->journal); }

void lv_note_answer(Live *lv, int seat, size_t q)
{
    LiveJournal *j = &lv->journal;
    size_t cap = sizeof j->answers / sizeof j->answers[0];
    if (j->n_answers == cap) {
        j->overflow = true;
        return;
    }
    j->answers[j->n_answers].seat = seat;
    j->answers[j->n_answers].question = q;
    j->n_answers++;
}

/* ---- the roster ----------------------------------------------------------------------------- */

const char *live_join_message(LiveJoinResult r)
{
    switch (r) {
    case LIVE_JOIN_OK: return "Welcome!";
    case LIVE_JOIN_BAD_ROOM: return "There is no class with that room code. Check the code on the screen.";
    case LIVE_JOIN_BAD_NAME:
        return "Please type a name of 1 to 40 characters (letters, digits, spaces).";
    case LIVE_JOIN_NAME_TAKEN: return "That name is taken. Add an initial or a number?";
    case LIVE_JOIN_LOCKED: return "The teacher has locked the room: ask them to let you in.";
    case LIVE_JOIN_FULL: return "The class is full.";
    case LIVE_JOIN_BAD_TOKEN: return "Something went wrong joining. Please try again.";
    case LIVE_JOIN_FINISHED: return "This class is over.";
    case LIVE_JOIN_NO_SEAT: return "No one of that name is in the class: join with your name.";
    case LIVE_JOIN_BUSY: return "The teacher has many requests waiting. Try again in a minute.";
    }
    return "Cannot join.";
}

/* Trims spaces and checks a name (1..LIVE_MAX_NAME_CHARS characters of UTF-8, no control
 * characters, C1 included) into out; false when it is not acceptable. Characters, not bytes: a
 * student is told "1 to 40 characters", and an Arabic, Greek or Chinese name takes 2 or 3 bytes a
 * letter. */
bool lv_clean_name(const char *name, char out[LIVE_MAX_NAME + 1])
{
    if (!name) return false;
    while (*name == ' ' || *name == '\t') name++;
    size_t n = strlen(name);
    while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '\t')) n--;
    if (n == 0 || n > LIVE_MAX_NAME || !text_utf8_valid(name, n, NULL)) return false;
    size_t chars = 0;
    for (size_t i = 0; i < n; chars++) {
        uint32_t cp;
        i += text_utf8_decode(name + i, n - i, &cp);
        if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029) return false;
    }
    if (chars > LIVE_MAX_NAME_CHARS) return false;
    memcpy(out, name, n);
    out[n] = '\0';
    return true;
}

bool lv_names_equal(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (lower(*a) != lower(*b)) return false;
    return *a == *b;
}

bool lv_token_well_formed(const char *t)
{
    if (!t || strlen(t) != LIVE_TOKEN_CHARS) return false;
    for (int i = 0; i < LIVE_TOKEN_CHARS; i++)
        if (!((t[i] >= '0' && t[i] <= '9') || (t[i] >= 'a' && t[i] <= 'f'))) return false;
    return true;
}

/* Every byte compared whatever the first difference, so timing tells nothing of a guess. */
bool lv_token_equal(const char *a, const char *b)
{
    unsigned diff = 0;
    for (int i = 0; i < LIVE_TOKEN_CHARS; i++) diff |= (unsigned)(a[i] ^ b[i]);
    return diff == 0;
}

int live_seat_by_token(const Live *lv, const char *token)
{
    if (!lv_token_well_formed(token)) return -1;
    int found = -1;
    for (size_t i = 0; i < lv->n_seats; i++)
        if (lv_token_equal(lv->seats[i].token, token)) found = (int)i;
    return found >= 0 && !lv->seats[found].pub.removed ? found : -1;
}

bool lv_token_in_use(const Live *lv, const char *token)
{
    for (size_t i = 0; i < lv->n_seats; i++)
        if (lv_token_equal(lv->seats[i].token, token)) return true;
    return false;
}

static bool name_taken(const Live *lv, const char *name)
{
    for (size_t i = 0; i < lv->n_seats; i++)
        if (!lv->seats[i].pub.removed && lv_names_equal(lv->seats[i].pub.name, name)) return true;
    return false;
}

/* A new seat at the end of the roster; -1 when full or out of memory. */
int lv_add_seat(Live *lv, const char *name, const char *token, int64_t now_ms)
{
    if (lv->n_seats >= LIVE_MAX_STUDENTS) return -1;
    if (lv->n_seats == lv->cap_seats) {
        size_t cap = lv->cap_seats ? lv->cap_seats * 2 : 16;
        SeatState *v = realloc(lv->seats, cap * sizeof *v);
        if (!v) return -1;
        lv->seats = v;
        lv->cap_seats = cap;
    }
    SeatState *s = &lv->seats[lv->n_seats];
    memset(s, 0, sizeof *s);
    if (!(s->res = calloc(lv->pack->n_questions, sizeof *s->res))) return -1;
    snprintf(s->pub.name, sizeof s->pub.name, "%s", name);
    memcpy(s->token, token, LIVE_TOKEN_CHARS + 1);
    s->pub.extra_percent = 100;
    s->pub.joined_ms = now_ms;
    s->q_start_ms = now_ms;
    /* A late comer starts at the question being asked; one that is closed is not theirs. */
    s->first = lv->pos + (lv->phase == LIVE_REVEALED || lv->phase == LIVE_LEADERBOARD);
    lv->journal.roster = true;
    return (int)lv->n_seats++;
}

LiveJoinResult live_join(Live *lv, const char *room, const char *name, const char *token,
                         int64_t now_ms, int *seat)
{
    char code[LIVE_ROOM_CHARS + 1], clean[LIVE_MAX_NAME + 1];
    if (!normal_room(room, code) || strcmp(code, lv->room) != 0) return LIVE_JOIN_BAD_ROOM;
    if (lv->phase == LIVE_FINISHED) return LIVE_JOIN_FINISHED;
    if (lv->locked) return LIVE_JOIN_LOCKED;
    if (!lv_clean_name(name, clean)) return LIVE_JOIN_BAD_NAME;
    if (!lv_token_well_formed(token) || lv_token_in_use(lv, token)) return LIVE_JOIN_BAD_TOKEN;
    if (name_taken(lv, clean)) return LIVE_JOIN_NAME_TAKEN;
    int i = lv_add_seat(lv, clean, token, now_ms);
    if (i < 0) return LIVE_JOIN_FULL;
    if (seat) *seat = i;
    return LIVE_JOIN_OK;
}

const char *live_seat_token(const Live *lv, int seat)
{
    SeatState *s = lv_seat(lv, seat);
    return s ? s->token : NULL;
}

size_t live_seat_first_question(const Live *lv, int seat)
{
    SeatState *s = lv_seat(lv, seat);
    return s ? s->first : 0;
}

size_t live_seat_count(const Live *lv) { return lv->n_seats; }

const LiveSeat *live_seat(const Live *lv, int seat)
{
    SeatState *s = lv_seat(lv, seat);
    return s ? &s->pub : NULL;
}

size_t live_present_count(const Live *lv)
{
    size_t n = 0;
    for (size_t i = 0; i < lv->n_seats; i++) n += !lv->seats[i].pub.removed;
    return n;
}

bool live_remove(Live *lv, int seat)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || s->pub.removed) return false;
    s->pub.removed = true;
    s->pub.connected = false;
    lv->journal.roster = true;
    return true;
}

void live_set_locked(Live *lv, bool locked)
{
    if (lv->locked != locked) lv->journal.roster = true;
    lv->locked = locked;
}

bool live_locked(const Live *lv) { return lv->locked; }

bool live_set_extra_time(Live *lv, int seat, int percent)
{
    SeatState *s = lv_seat(lv, seat);
    if (!s || (percent != 100 && percent != 150 && percent != 200)) return false;
    s->pub.extra_percent = percent;
    lv->journal.roster = true;
    return true;
}

void live_set_connected(Live *lv, int seat, bool connected)
{
    SeatState *s = lv_seat(lv, seat);
    if (s) s->pub.connected = connected && !s->pub.removed;
}
