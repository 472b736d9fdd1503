/* net_ws.c — the live channel: one WebSocket per open student page (docs/live-protocol.md).
 *
 * A channel is anonymous until its first message, `hello`, gives a seat's token. Then it carries
 * answers and `next` in, acks and states out. Each channel has a token bucket; a flood is dropped
 * with an error and, if it goes on, the channel is closed. Nothing here decides what a student may
 * see: the messages come from net_view.c. */
#define _POSIX_C_SOURCE 200809L
#include "net_internal.h"
#include "net_view.h"
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void net_ws_send(struct mg_connection *conn, char *msg)
{
    if (!msg) return;
    mg_websocket_write(conn, MG_WEBSOCKET_OPCODE_TEXT, msg, strlen(msg));
    free(msg);
}

static void send_close(struct mg_connection *conn)
{
    static const char reason[] = "\x03\xe8"; /* 1000: normal closure */
    mg_websocket_write(conn, MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE, reason, 2);
}

/* A page from another site may not open a channel to the class (the browser sends Origin). */
static int on_connect(const struct mg_connection *conn, void *cbdata)
{
    (void)cbdata;
    const char *origin = mg_get_header(conn, "Origin");
    const char *host = mg_get_header(conn, "Host");
    if (!origin) return 0; /* not a browser: tools and the benchmark */
    const char *o = strstr(origin, "://");
    if (!host || !o || strcasecmp(o + 3, host) != 0) return 1;
    return 0;
}

static void on_ready(struct mg_connection *conn, void *cbdata)
{
    NetServer *s = cbdata;
    Client *c = calloc(1, sizeof *c);
    if (!c) return;
    c->conn = conn;
    c->seat = -1;
    rate_init(&c->bucket, NET_MSG_RATE, NET_MSG_BURST, net_now_ms());
    bool placed = false;
    pthread_mutex_lock(&s->clients_lock);
    for (size_t i = 0; i < NET_MAX_CLIENTS && !placed; i++)
        if (!s->clients[i]) {
            s->clients[i] = c;
            placed = true;
        }
    pthread_mutex_unlock(&s->clients_lock);
    if (!placed) {
        free(c);
        net_ws_send(conn, net_msg_error("full", "The class has too many open pages; close one."));
        send_close(conn);
        return;
    }
    mg_set_user_connection_data(conn, c);
}

static void seat_connected(NetServer *s, int seat, bool connected)
{
    net_server_lock(s);
    live_set_connected(s->live, seat, connected);
    net_server_unlock(s);
    net_activity(s);
}

static void on_close(const struct mg_connection *conn, void *cbdata)
{
    NetServer *s = cbdata;
    Client *c = mg_get_user_connection_data(conn);
    if (!c) return;
    int seat = c->seat, others = 0;
    pthread_mutex_lock(&s->clients_lock);
    for (size_t i = 0; i < NET_MAX_CLIENTS; i++) {
        if (s->clients[i] == c) s->clients[i] = NULL;
        else if (s->clients[i] && seat >= 0 && s->clients[i]->seat == seat) others++;
    }
    pthread_mutex_unlock(&s->clients_lock);
    free(c);
    if (seat >= 0 && others == 0) seat_connected(s, seat, false);
}

static int hello(NetServer *s, Client *c, const cJSON *msg)
{
    const cJSON *tok = cJSON_GetObjectItemCaseSensitive(msg, "token");
    net_server_lock(s);
    int seat = cJSON_IsString(tok) ? live_seat_by_token(s->live, tok->valuestring) : -1;
    char *welcome = seat >= 0 ? net_msg_welcome(s->live, seat) : NULL;
    char *state = seat >= 0 ? net_msg_state(s->live, seat, net_now_ms()) : NULL;
    if (seat >= 0) live_set_connected(s->live, seat, true);
    net_server_unlock(s);
    if (seat < 0) {
        net_ws_send(c->conn, net_msg_error("bad_token", "This seat is not in the class any more: join again."));
        return 0;
    }
    pthread_mutex_lock(&s->clients_lock);
    c->seat = seat;
    snprintf(c->token, sizeof c->token, "%s", tok->valuestring);
    pthread_mutex_unlock(&s->clients_lock);
    net_ws_send(c->conn, welcome);
    net_ws_send(c->conn, state);
    net_activity(s);
    return 1;
}

/* A seat may have several pages open (a phone that scanned the QR code twice has two tabs): what
 * one of them did (an answer, `next`) is shown on the others at once, or they would go on offering
 * a question already answered and refuse the answer given there. */
static void push_to_other_pages(NetServer *s, const Client *c, int seat)
{
    int64_t now = net_now_ms();
    pthread_mutex_lock(&s->clients_lock);
    for (size_t i = 0; i < NET_MAX_CLIENTS; i++) {
        Client *o = s->clients[i];
        if (!o || o == c || o->seat != seat) continue;
        net_server_lock(s);
        /* a page the seat moved away from gets nothing more (the push tells it the seat moved) */
        char *msg = live_seat_by_token(s->live, o->token) == seat ? net_msg_state(s->live, seat, now) : NULL;
        net_server_unlock(s);
        net_ws_send(o->conn, msg);
    }
    pthread_mutex_unlock(&s->clients_lock);
}

static int answer(NetServer *s, Client *c, const cJSON *msg)
{
    const cJSON *qid = cJSON_GetObjectItemCaseSensitive(msg, "question");
    const char *id = cJSON_IsString(qid) ? qid->valuestring : "";
    int64_t now = net_now_ms();
    net_server_lock(s);
    LiveAnswerResult r;
    int q = live_student_question(s->live, c->seat);
    const LiveSeat *seat = live_seat(s->live, c->seat);
    Answer a;
    char current[24] = "";
    if (q >= 0) net_question_id((size_t)q, current, sizeof current);
    if (!seat || seat->removed) r = LIVE_ANSWER_NO_SEAT;
    else if (q < 0) r = LIVE_ANSWER_NOT_NOW;
    else if (strcmp(current, id) != 0) r = LIVE_ANSWER_STALE;
    else if (!net_parse_answer(s->live, c->seat, (size_t)q, cJSON_GetObjectItemCaseSensitive(msg, "answer"), &a))
        r = LIVE_ANSWER_INVALID;
    else r = live_answer(s->live, c->seat, live_pack(s->live)->questions[q].id, &a, now);
    if (r == LIVE_ANSWER_OK) net_wait_saved(s, net_mark_dirty(s));
    char *ack = net_msg_ack(id, r);
    char *state = net_msg_state(s->live, c->seat, net_now_ms());
    net_server_unlock(s);
    net_ws_send(c->conn, ack);
    net_ws_send(c->conn, state);
    if (r == LIVE_ANSWER_OK) {
        push_to_other_pages(s, c, c->seat);
        net_activity(s);
    }
    return r == LIVE_ANSWER_NO_SEAT ? 0 : 1;
}

static int next(NetServer *s, Client *c)
{
    net_server_lock(s);
    bool moved = live_student_next(s->live, c->seat, net_now_ms());
    if (moved) net_mark_dirty(s);
    char *state = net_msg_state(s->live, c->seat, net_now_ms());
    net_server_unlock(s);
    net_ws_send(c->conn, state);
    if (moved) push_to_other_pages(s, c, c->seat);
    net_activity(s);
    return 1;
}

#define MOVED_MESSAGE "Your seat moved to another device, with the teacher's yes. Carry on there, or join again with another name."

/* False when the seat this page said hello for has moved to another device since (its token
 * is no longer the seat's): the page is told and the channel closes. */
static bool still_seated(NetServer *s, Client *c)
{
    net_server_lock(s);
    bool ok = live_seat_by_token(s->live, c->token) == c->seat;
    net_server_unlock(s);
    if (!ok) net_ws_send(c->conn, net_msg_error("moved", MOVED_MESSAGE));
    return ok;
}

static int dispatch(NetServer *s, Client *c, const char *data, size_t len)
{
    cJSON *msg = cJSON_ParseWithLength(data, len);
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(msg, "type");
    int keep = 1;
    if (!cJSON_IsObject(msg) || !cJSON_IsString(type))
        net_ws_send(c->conn, net_msg_error("bad_message", "Send a JSON object with a \"type\"."));
    else if (strcmp(type->valuestring, "ping") == 0)
        net_ws_send(c->conn, strdup("{\"type\":\"pong\"}"));
    else if (strcmp(type->valuestring, "hello") == 0)
        keep = c->seat >= 0 ? 1 : hello(s, c, msg);
    else if (c->seat < 0) {
        net_ws_send(c->conn, net_msg_error("bad_token", "Say hello with your token first."));
        keep = 0;
    } else if ((strcmp(type->valuestring, "answer") == 0 || strcmp(type->valuestring, "next") == 0) &&
               !still_seated(s, c))
        keep = 0;
    else if (strcmp(type->valuestring, "answer") == 0)
        keep = answer(s, c, msg);
    else if (strcmp(type->valuestring, "next") == 0)
        keep = next(s, c);
    else
        net_ws_send(c->conn, net_msg_error("bad_message", "Unknown message type."));
    cJSON_Delete(msg);
    return keep;
}

static int on_data(struct mg_connection *conn, int bits, char *data, size_t len, void *cbdata)
{
    NetServer *s = cbdata;
    Client *c = mg_get_user_connection_data(conn);
    int opcode = bits & 0x0f;
    if (!c || opcode == MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE) return 0;
    if (opcode == MG_WEBSOCKET_OPCODE_PING || opcode == MG_WEBSOCKET_OPCODE_PONG) return 1;
    if (opcode != MG_WEBSOCKET_OPCODE_TEXT || !(bits & 0x80) || len > NET_MAX_BODY) {
        net_ws_send(conn, net_msg_error("bad_message", "Messages are single JSON text frames of at most 4 KiB."));
        return 0;
    }
    if (!rate_take(&c->bucket, net_now_ms())) {
        if (++c->strikes >= NET_MAX_STRIKES) return 0;
        if (c->strikes == 1 || c->strikes % 20 == 0)
            net_ws_send(conn, net_msg_error("rate_limited", "Too many messages: slow down."));
        return 1;
    }
    return dispatch(s, c, data, len);
}

void net_ws_register(NetServer *s)
{
    mg_set_websocket_handler(s->ctx, "/ws", on_connect, on_ready, on_data, on_close, s);
}

void net_ws_push_all(NetServer *s)
{
    int64_t now = net_now_ms();
    pthread_mutex_lock(&s->clients_lock);
    for (size_t i = 0; i < NET_MAX_CLIENTS; i++) {
        Client *c = s->clients[i];
        if (!c || c->seat < 0) continue;
        net_server_lock(s);
        const LiveSeat *seat = live_seat(s->live, c->seat);
        bool removed = !seat || seat->removed;
        bool moved = !removed && live_seat_by_token(s->live, c->token) != c->seat;
        char *msg = removed ? net_msg_error("removed", "The teacher removed this name. Join again with your own name.")
                    : moved ? net_msg_error("moved", MOVED_MESSAGE)
                            : net_msg_state(s->live, c->seat, now);
        net_server_unlock(s);
        net_ws_send(c->conn, msg);
        if (removed || moved) {
            c->seat = -2;
            send_close(c->conn);
        }
    }
    pthread_mutex_unlock(&s->clients_lock);
}
