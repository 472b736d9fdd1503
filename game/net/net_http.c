/* net_http.c — plain HTTP: the student page's files and POST /api/join.
 *
 * The files are read once at start from the web folder and served from memory; only the names in
 * FILES exist (no paths from the request ever reach the file system). Every response carries a
 * Content-Security-Policy that forbids any request outside this server. */
#include "net_internal.h"
#include "text.h"
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The page's script is app.js and the ES modules it imports from js/ (one concern each); a module
 * missing here is a 404 and the page does not start. */
#define JS "text/javascript; charset=utf-8"
static const struct {
    const char *name, *file, *type;
} FILES[] = {
    {"/", "index.html", "text/html; charset=utf-8"},
    {"/app.js", "app.js", JS},
    {"/js/answer.js", "js/answer.js", JS},
    {"/js/article.js", "js/article.js", JS},
    {"/js/ask.js", "js/ask.js", JS},
    {"/js/cite.js", "js/cite.js", JS},
    {"/js/connection.js", "js/connection.js", JS},
    {"/js/countdown.js", "js/countdown.js", JS},
    {"/js/dom.js", "js/dom.js", JS},
    {"/js/draft.js", "js/draft.js", JS},
    {"/js/final.js", "js/final.js", JS},
    {"/js/join.js", "js/join.js", JS},
    {"/js/order.js", "js/order.js", JS},
    {"/js/question.js", "js/question.js", JS},
    {"/js/result.js", "js/result.js", JS},
    {"/js/state.js", "js/state.js", JS},
    {"/js/view.js", "js/view.js", JS},
    {"/app.css", "app.css", "text/css; charset=utf-8"},
    {"/favicon.svg", "favicon.svg", "image/svg+xml"},
};
#define N_FILES (sizeof FILES / sizeof FILES[0])
_Static_assert(N_FILES <= NET_WEB_FILES, "NetServer.files has room for every file of the page");
#define MAX_WEB_FILE (1024 * 1024)

static const char CSP[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = malloc(MAX_WEB_FILE + 1);
    size_t n = buf ? fread(buf, 1, MAX_WEB_FILE + 1, f) : 0;
    bool bad = ferror(f) || n > MAX_WEB_FILE;
    fclose(f);
    if (!buf || bad) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

bool net_http_load_files(NetServer *s, char *err, size_t errlen)
{
    const char *dir = s->cfg.web_dir ? s->cfg.web_dir : "assets/web";
    for (size_t i = 0; i < N_FILES; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, FILES[i].file);
        WebFile *w = &s->files[s->n_files];
        w->data = read_all(path, &w->len);
        if (!w->data) {
            snprintf(err, errlen, "%s: cannot read the student page's file (is --data right?)", path);
            return false;
        }
        w->name = FILES[i].name;
        w->type = FILES[i].type;
        s->n_files++;
    }
    return true;
}

void net_http_free_files(NetServer *s)
{
    for (size_t i = 0; i < s->n_files; i++) free(s->files[i].data);
    s->n_files = 0;
}

void net_http_send(struct mg_connection *conn, int status, const char *type, const char *body,
                   size_t len, bool cacheable)
{
    mg_printf(conn,
              "HTTP/1.1 %d %s\r\n"
              "Content-Type: %s\r\n"
              "Content-Length: %zu\r\n"
              "Content-Security-Policy: %s\r\n"
              "X-Content-Type-Options: nosniff\r\n"
              "Referrer-Policy: no-referrer\r\n"
              "X-Frame-Options: DENY\r\n"
              "Cache-Control: %s\r\n"
              "\r\n",
              status, mg_get_response_code_text(conn, status), type, len, CSP,
              cacheable ? "no-cache" : "no-store");
    if (body && len) mg_write(conn, body, len);
}

static int send_json(struct mg_connection *conn, int status, char *json)
{
    if (!json) {
        static const char oom[] = "{\"error\":\"the server is out of memory\",\"code\":\"server\"}";
        net_http_send(conn, 500, "application/json", oom, sizeof oom - 1, false);
        return 500;
    }
    net_http_send(conn, status, "application/json", json, strlen(json), false);
    free(json);
    return status;
}

static int send_error(struct mg_connection *conn, int status, const char *code, const char *message)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "error", message);
    cJSON_AddStringToObject(o, "code", code);
    char *s = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return send_json(conn, status, s);
}

/* Reads the request body (at most NET_MAX_BODY bytes) into buf; -1 when too large or broken. */
static long read_body(struct mg_connection *conn, char *buf, size_t cap)
{
    const struct mg_request_info *ri = mg_get_request_info(conn);
    if (ri->content_length > (long long)cap) return -1;
    size_t got = 0;
    for (;;) {
        if (got == cap) {
            char extra;
            return mg_read(conn, &extra, 1) > 0 ? -1 : (long)got;
        }
        int n = mg_read(conn, buf + got, cap - got);
        if (n < 0) return -1;
        if (n == 0) return (long)got;
        got += (size_t)n;
    }
}

static const char *join_code(LiveJoinResult r)
{
    switch (r) {
    case LIVE_JOIN_OK: return "ok";
    case LIVE_JOIN_BAD_ROOM: return "bad_room";
    case LIVE_JOIN_BAD_NAME: return "bad_name";
    case LIVE_JOIN_NAME_TAKEN: return "name_taken";
    case LIVE_JOIN_LOCKED: return "locked";
    case LIVE_JOIN_FULL: return "full";
    case LIVE_JOIN_BAD_TOKEN: return "server";
    case LIVE_JOIN_FINISHED: return "finished";
    case LIVE_JOIN_NO_SEAT: return "no_seat";
    case LIVE_JOIN_BUSY: return "busy";
    }
    return "server";
}

/* Joins (and requests to move a seat) are counted per client address (locked). On a refusal
 * *wait_ms says how long until one more is allowed. */
static bool join_allowed(NetServer *s, const char *addr, int64_t now, int64_t *wait_ms)
{
    JoinCounter *c = NULL;
    for (size_t i = 0; i < s->n_joins; i++)
        if (strcmp(s->joins[i].addr, addr) == 0) c = &s->joins[i];
    if (!c) {
        size_t slot = s->n_joins < NET_JOIN_ADDRESSES ? s->n_joins++ : (size_t)(now % NET_JOIN_ADDRESSES);
        c = &s->joins[slot];
        snprintf(c->addr, sizeof c->addr, "%s", addr);
        double per_min = s->cfg.joins_per_minute;
        rate_init(&c->bucket, per_min / 60.0, per_min, now);
    }
    if (rate_take(&c->bucket, now)) return true;
    *wait_ms = rate_wait_ms(&c->bucket, now);
    return false;
}

/* 429 naming the wait in whole seconds (retry_after), so the page can try again by itself once. */
static int send_limited(struct mg_connection *conn, int64_t wait_ms)
{
    long secs = (long)((wait_ms + 999) / 1000);
    if (secs < 1) secs = 1;
    char msg[160];
    snprintf(msg, sizeof msg, "Too many joins from this device: wait %ld second%s and try again.", secs,
             secs == 1 ? "" : "s");
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "error", msg);
    cJSON_AddStringToObject(o, "code", "rate_limited");
    cJSON_AddNumberToObject(o, "retry_after", (double)secs);
    char *out = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return send_json(conn, 429, out);
}

static int join_status(LiveJoinResult r)
{
    switch (r) {
    case LIVE_JOIN_OK: return 200;
    case LIVE_JOIN_NAME_TAKEN: return 409;
    case LIVE_JOIN_LOCKED:
    case LIVE_JOIN_FINISHED:
    case LIVE_JOIN_BAD_ROOM: return 403;
    case LIVE_JOIN_NO_SEAT: return 404;
    case LIVE_JOIN_FULL:
    case LIVE_JOIN_BUSY: return 503;
    default: return 400;
    }
}

static int handle_join(NetServer *s, struct mg_connection *conn)
{
    char body[NET_MAX_BODY + 1];
    long len = read_body(conn, body, NET_MAX_BODY);
    if (len < 0) return send_error(conn, 413, "too_large", "That request is too large.");
    body[len] = '\0';
    cJSON *j = cJSON_ParseWithLength(body, (size_t)len);
    const cJSON *room = cJSON_GetObjectItemCaseSensitive(j, "room");
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(j, "name");
    if (!cJSON_IsObject(j) || !cJSON_IsString(room) || !cJSON_IsString(name)) {
        cJSON_Delete(j);
        return send_error(conn, 400, "bad_request", "Send a JSON object with \"room\" and \"name\".");
    }
    char token[LIVE_TOKEN_CHARS + 1];
    if (!net_random_hex(token, LIVE_TOKEN_CHARS)) {
        cJSON_Delete(j);
        return send_error(conn, 500, "server", "The server has no randomness for a token.");
    }
    int64_t now = net_now_ms();
    int seat = -1;
    LiveJoinResult r = LIVE_JOIN_OK;
    uint64_t gen = 0;
    int64_t wait_ms = 0;
    bool limited = false;
    net_server_lock(s);
    if (!join_allowed(s, mg_get_request_info(conn)->remote_addr, now, &wait_ms)) {
        limited = true;
    } else {
        r = live_join(s->live, room->valuestring, name->valuestring, token, now, &seat);
        if (r == LIVE_JOIN_OK) gen = net_mark_dirty(s);
    }
    if (gen) net_wait_saved(s, gen);
    net_server_unlock(s);
    cJSON_Delete(j);
    if (limited) return send_limited(conn, wait_ms);
    if (r != LIVE_JOIN_OK) return send_error(conn, join_status(r), join_code(r), live_join_message(r));
    net_activity(s);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "token", token);
    cJSON_AddNumberToObject(o, "seat", seat);
    char *out = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return send_json(conn, 200, out);
}

/* Reads a JSON object body; NULL after sending the error response. */
static cJSON *read_json(struct mg_connection *conn)
{
    char body[NET_MAX_BODY + 1];
    long len = read_body(conn, body, NET_MAX_BODY);
    if (len < 0) {
        send_error(conn, 413, "too_large", "That request is too large.");
        return NULL;
    }
    cJSON *j = cJSON_ParseWithLength(body, (size_t)len);
    if (!cJSON_IsObject(j)) {
        cJSON_Delete(j);
        send_error(conn, 400, "bad_request", "Send a JSON object.");
        return NULL;
    }
    return j;
}

/* POST /api/ask {room, name}: "this is me on another device". Counted with joins. The answer is a
 * ticket only: nothing about the seat (score, answers) until the teacher admits it. */
static int handle_ask(NetServer *s, struct mg_connection *conn)
{
    cJSON *j = read_json(conn);
    if (!j) return 400;
    const cJSON *room = cJSON_GetObjectItemCaseSensitive(j, "room");
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(j, "name");
    char ticket[LIVE_TOKEN_CHARS + 1];
    if (!cJSON_IsString(room) || !cJSON_IsString(name)) {
        cJSON_Delete(j);
        return send_error(conn, 400, "bad_request", "Send a JSON object with \"room\" and \"name\".");
    }
    if (!net_random_hex(ticket, LIVE_TOKEN_CHARS)) {
        cJSON_Delete(j);
        return send_error(conn, 500, "server", "The server has no randomness for a token.");
    }
    int64_t now = net_now_ms(), wait_ms = 0;
    LiveJoinResult r = LIVE_JOIN_OK;
    net_server_lock(s);
    bool limited = !join_allowed(s, mg_get_request_info(conn)->remote_addr, now, &wait_ms);
    if (!limited) r = live_move_ask(s->live, room->valuestring, name->valuestring, ticket, now);
    net_server_unlock(s);
    cJSON_Delete(j);
    if (limited) return send_limited(conn, wait_ms);
    if (r != LIVE_JOIN_OK) return send_error(conn, join_status(r), join_code(r), live_join_message(r));
    net_activity(s); /* the teacher is told */
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "ticket", ticket);
    cJSON_AddStringToObject(o, "state", "waiting");
    char *out = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return send_json(conn, 200, out);
}

static const char *const MOVE_STATES[] = {
    [LIVE_MOVE_UNKNOWN] = "unknown", [LIVE_MOVE_WAITING] = "waiting", [LIVE_MOVE_ADMITTED] = "admitted",
    [LIVE_MOVE_DENIED] = "denied",   [LIVE_MOVE_REPLACED] = "replaced", [LIVE_MOVE_EXPIRED] = "expired",
    [LIVE_MOVE_WITHDRAWN] = "withdrawn",
};

/* POST /api/ask/status {ticket}: what became of the request. Only the ticket's holder can ask,
 * and the answer is one word; once "admitted", the ticket is the seat's token (say hello with it).
 * POST /api/ask/cancel {ticket}: the asker gives up (withdraw), then the same answer. */
static int handle_ask_status(NetServer *s, struct mg_connection *conn, bool cancel)
{
    cJSON *j = read_json(conn);
    if (!j) return 400;
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(j, "ticket");
    bool withdrawn = false;
    net_server_lock(s);
    if (cancel && cJSON_IsString(t)) withdrawn = live_move_withdraw(s->live, t->valuestring, net_now_ms());
    LiveMoveState st = cJSON_IsString(t) ? live_move_state(s->live, t->valuestring, net_now_ms()) : LIVE_MOVE_UNKNOWN;
    net_server_unlock(s);
    if (withdrawn) net_activity(s); /* the projector's line goes */
    cJSON_Delete(j);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "state", MOVE_STATES[st]);
    char *out = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return send_json(conn, 200, out);
}

int net_http_handle(struct mg_connection *conn, void *cbdata)
{
    NetServer *s = cbdata;
    const struct mg_request_info *ri = mg_get_request_info(conn);
    const char *uri = ri->local_uri ? ri->local_uri : "/";
    bool get = strcmp(ri->request_method, "GET") == 0 || strcmp(ri->request_method, "HEAD") == 0;
    if (strcmp(uri, "/api/join") == 0) {
        if (strcmp(ri->request_method, "POST") != 0)
            return send_error(conn, 405, "bad_request", "Join with POST.");
        return handle_join(s, conn);
    }
    if (strcmp(uri, "/api/ask") == 0 || strcmp(uri, "/api/ask/status") == 0 || strcmp(uri, "/api/ask/cancel") == 0) {
        if (strcmp(ri->request_method, "POST") != 0)
            return send_error(conn, 405, "bad_request", "Ask with POST.");
        return uri[8] ? handle_ask_status(s, conn, strcmp(uri, "/api/ask/cancel") == 0) : handle_ask(s, conn);
    }
    if (strcmp(uri, "/index.html") == 0) uri = "/";
    for (size_t i = 0; get && i < s->n_files; i++) {
        if (strcmp(uri, s->files[i].name) != 0) continue;
        bool head = strcmp(ri->request_method, "HEAD") == 0;
        net_http_send(conn, 200, s->files[i].type, head ? NULL : s->files[i].data, s->files[i].len, true);
        return 200;
    }
    static const char nf[] = "Not found.\n";
    net_http_send(conn, get ? 404 : 405, "text/plain; charset=utf-8", nf, sizeof nf - 1, false);
    return get ? 404 : 405;
}
