/* live_console.c — the teacher's console for a live class; see live_console.h. */
#include "live_console.h"
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const PHASES[] = {"lobby", "asking", "paused", "time_up", "revealed",
                                     "leaderboard", "running", "finished"};

/* The seat called `name` (ignoring ASCII case), not removed; -1 when none. */
static int seat_named(const Live *lv, const char *name)
{
    for (size_t i = 0; i < live_seat_count(lv); i++) {
        const LiveSeat *s = live_seat(lv, (int)i);
        if (!s->removed && strcasecmp(s->name, name) == 0) return (int)i;
    }
    return -1;
}

void live_console_status(NetServer *srv, Live *lv, FILE *out)
{
    cJSON *o = cJSON_CreateObject();
    net_server_lock(srv);
    size_t pos = live_position(lv);
    cJSON_AddStringToObject(o, "phase", PHASES[live_phase(lv)]);
    cJSON_AddNumberToObject(o, "position", (double)pos);
    cJSON_AddNumberToObject(o, "count", (double)live_question_count(lv));
    cJSON_AddNumberToObject(o, "answered", (double)live_answered_count(lv, pos));
    cJSON_AddNumberToObject(o, "present", (double)live_present_count(lv));
    cJSON_AddBoolToObject(o, "locked", live_locked(lv));
    cJSON *arr = cJSON_AddArrayToObject(o, "students");
    for (size_t i = 0; i < live_seat_count(lv); i++) {
        const LiveSeat *s = live_seat(lv, (int)i);
        if (s->removed) continue;
        cJSON *st = cJSON_CreateObject();
        cJSON_AddStringToObject(st, "name", s->name);
        cJSON_AddBoolToObject(st, "connected", s->connected);
        cJSON_AddNumberToObject(st, "score", live_seat_score(lv, (int)i));
        cJSON_AddItemToArray(arr, st);
    }
    /* requests to continue on another device, oldest first: admit NAME / deny NAME */
    int waiting[LIVE_MAX_MOVES];
    size_t n_waiting = live_move_waiting(lv, net_now_ms(), waiting, LIVE_MAX_MOVES);
    cJSON *asks = cJSON_AddArrayToObject(o, "asks");
    for (size_t i = 0; i < n_waiting; i++)
        cJSON_AddItemToArray(asks, cJSON_CreateString(live_seat(lv, waiting[i])->name));
    const char *err = net_server_save_error(srv);
    if (err[0]) cJSON_AddStringToObject(o, "save_error", err);
    net_server_unlock(srv);
    char *s = cJSON_PrintUnformatted(o);
    fprintf(out, "status %s\n", s ? s : "{}");
    fflush(out);
    free(s);
    cJSON_Delete(o);
}

/* The teacher's actions that take no argument. */
static bool simple_action(Live *lv, const char *cmd, int64_t now, bool *known)
{
    *known = true;
    if (strcmp(cmd, "start") == 0) return live_start(lv, now);
    if (strcmp(cmd, "reveal") == 0) return live_reveal(lv, now);
    if (strcmp(cmd, "leaderboard") == 0) return live_show_leaderboard(lv);
    if (strcmp(cmd, "next") == 0) return live_next(lv, now);
    if (strcmp(cmd, "pause") == 0) return live_pause(lv, now);
    if (strcmp(cmd, "resume") == 0) return live_resume(lv, now);
    if (strcmp(cmd, "extra") == 0) return live_extra_time(lv, now);
    if (strcmp(cmd, "lock") == 0) return live_set_locked(lv, true), true;
    if (strcmp(cmd, "unlock") == 0) return live_set_locked(lv, false), true;
    if (strcmp(cmd, "end") == 0) return live_end(lv, now), true;
    *known = false;
    return false;
}

static bool named_action(Live *lv, const char *cmd, char *arg, int64_t now, const char **why)
{
    if (strcmp(cmd, "remove") == 0) {
        int seat = seat_named(lv, arg);
        *why = "no student has that name";
        return seat >= 0 && live_remove(lv, seat);
    }
    if (strcmp(cmd, "admit") == 0 || strcmp(cmd, "deny") == 0) {
        int seat = seat_named(lv, arg);
        *why = seat < 0 ? "no student has that name" : "no request from that name is waiting";
        return seat >= 0 && (cmd[0] == 'a' ? live_move_admit(lv, seat, now) : live_move_deny(lv, seat, now));
    }
    /* extra-time NAME PERCENT: the name may have spaces; the percent is the last word. */
    char *sp = strrchr(arg, ' ');
    *why = "usage: extra-time NAME 100|150|200";
    if (!sp) return false;
    *sp = '\0';
    char *end;
    long pct = strtol(sp + 1, &end, 10);
    int seat = seat_named(lv, arg);
    if (*end || seat < 0) return false;
    *why = "the extra time is 100, 150 or 200 percent";
    return live_set_extra_time(lv, seat, (int)pct);
}

bool live_console_command(NetServer *srv, Live *lv, const char *line, FILE *out)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", line);
    buf[strcspn(buf, "\r\n")] = '\0';
    char *arg = strchr(buf, ' ');
    if (arg) *arg++ = '\0';
    const char *cmd = buf;
    if (!*cmd) return true;
    if (strcmp(cmd, "quit") == 0) return false;
    if (strcmp(cmd, "status") == 0 || strcmp(cmd, "students") == 0) {
        live_console_status(srv, lv, out);
        return true;
    }
    bool known, ok;
    const char *why = "not now";
    net_server_lock(srv);
    ok = simple_action(lv, cmd, net_now_ms(), &known);
    if (!known && arg && (strcmp(cmd, "remove") == 0 || strcmp(cmd, "extra-time") == 0 ||
                          strcmp(cmd, "admit") == 0 || strcmp(cmd, "deny") == 0)) {
        known = true;
        ok = named_action(lv, cmd, arg, net_now_ms(), &why);
    }
    if (ok) net_server_changed(srv);
    net_server_unlock(srv);
    if (!known) fprintf(out, "error %s: unknown command (start, reveal, leaderboard, next, pause, resume, "
                             "extra, lock, unlock, remove NAME, extra-time NAME PCT, admit NAME, deny NAME, end, status, quit)\n", cmd);
    else if (ok) fprintf(out, "ok %s\n", cmd);
    else fprintf(out, "error %s: %s\n", cmd, why);
    fflush(out);
    return true;
}

void live_console_run(NetServer *srv, Live *lv, FILE *in, FILE *out, volatile int *stop)
{
    char line[256];
    while (!*stop) {
        if (!fgets(line, sizeof line, in)) {
            if (ferror(in) && errno == EINTR && !*stop) {
                clearerr(in);
                continue;
            }
            break;
        }
        if (!live_console_command(srv, lv, line, out)) break;
    }
}
