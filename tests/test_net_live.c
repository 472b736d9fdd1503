/* test_net_live.c — the live server end to end over loopback: real HTTP joins and WebSocket
 * channels (civetweb's client) against net_server_start with a real class. Students join, say
 * hello, answer; the teacher starts and reveals; every message a student receives before the
 * reveal is checked for the answer key. Hostile clients (bad tokens, broken JSON, oversized
 * frames, floods, stale questions) get errors and the class goes on. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "helpers.h"
#include "live.h"
#include "net_server.h"
#include <civetweb.h>
#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_MSGS 64

typedef struct Peer {
    struct mg_connection *ws;
    pthread_mutex_t m;
    char *msgs[MAX_MSGS];
    int n;
    bool closed;
    char token[40];
} Peer;

typedef struct World {
    Pack *pack;
    Live *live;
    NetServer *srv;
    int port;
    char web[4096];
} World;

static int on_data(struct mg_connection *c, int bits, char *data, size_t len, void *ud)
{
    (void)c;
    Peer *p = ud;
    if ((bits & 0x0f) != MG_WEBSOCKET_OPCODE_TEXT) return 1;
    pthread_mutex_lock(&p->m);
    if (p->n < MAX_MSGS) p->msgs[p->n++] = strndup(data, len);
    pthread_mutex_unlock(&p->m);
    return 1;
}

static void on_close(const struct mg_connection *c, void *ud)
{
    (void)c;
    Peer *p = ud;
    pthread_mutex_lock(&p->m);
    p->closed = true;
    pthread_mutex_unlock(&p->m);
}

/* Waits up to 3 s for a message containing `needle` among the first ones after index `from`;
 * returns its index or -1. */
static int wait_for(Peer *p, int from, const char *needle)
{
    for (int tries = 0; tries < 3000; tries++) {
        pthread_mutex_lock(&p->m);
        for (int i = from; i < p->n; i++)
            if (strstr(p->msgs[i], needle)) {
                pthread_mutex_unlock(&p->m);
                return i;
            }
        pthread_mutex_unlock(&p->m);
        usleep(1000);
    }
    return -1;
}

static bool wait_closed(Peer *p)
{
    for (int tries = 0; tries < 3000; tries++) {
        pthread_mutex_lock(&p->m);
        bool c = p->closed;
        pthread_mutex_unlock(&p->m);
        if (c) return true;
        usleep(1000);
    }
    return false;
}

/* POST to path; returns the HTTP status and the body in out. */
static int post_to(int port, const char *path, const char *body, char *out, size_t n)
{
    char err[200];
    struct mg_connection *c = mg_download("127.0.0.1", port, 0, err, sizeof err,
                                          "POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: %zu\r\n"
                                          "Connection: close\r\n\r\n%s", path, strlen(body), body);
    assert_non_null(c);
    int status = mg_get_response_info(c)->status_code;
    int got = mg_read(c, out, n - 1);
    out[got > 0 ? got : 0] = '\0';
    mg_close_connection(c);
    return status;
}

/* POST /api/join. */
static int post(int port, const char *body, char *out, size_t n) { return post_to(port, "/api/join", body, out, n); }

static void send_text(Peer *p, const char *s)
{
    mg_websocket_client_write(p->ws, MG_WEBSOCKET_OPCODE_TEXT, s, strlen(s));
}

static void connect_peer(World *w, Peer *p)
{
    char err[200];
    pthread_mutex_init(&p->m, NULL);
    p->ws = mg_connect_websocket_client("127.0.0.1", w->port, 0, err, sizeof err, "/ws", NULL, on_data,
                                        on_close, p);
    assert_non_null(p->ws);
}

static void join_peer(World *w, Peer *p, const char *name)
{
    char body[200], out[400];
    snprintf(body, sizeof body, "{\"room\":\"test\",\"name\":\"%s\"}", name);
    assert_int_equal(post(w->port, body, out, sizeof out), 200);
    cJSON *j = cJSON_Parse(out);
    snprintf(p->token, sizeof p->token, "%s", cJSON_GetStringValue(cJSON_GetObjectItem(j, "token")));
    cJSON_Delete(j);
    connect_peer(w, p);
    char hello[100];
    snprintf(hello, sizeof hello, "{\"type\":\"hello\",\"token\":\"%s\"}", p->token);
    send_text(p, hello);
    assert_true(wait_for(p, 0, "\"type\":\"welcome\"") >= 0);
    assert_true(wait_for(p, 0, "\"phase\":\"lobby\"") >= 0);
}

static void close_peer(Peer *p)
{
    if (p->ws) mg_close_connection(p->ws);
    for (int i = 0; i < p->n; i++) free(p->msgs[i]);
    pthread_mutex_destroy(&p->m);
}

static int joins_per_minute = 1000;
static int setup_pack(void **state, const char *pack)
{
    World *w = calloc(1, sizeof *w);
    Diagnostics d;
    diag_init(&d, "pack");
    w->pack = pack_load_file(tu_source_path(pack), &d);
    diag_free(&d);
    char err[300];
    w->live = live_create(w->pack, LIVE_TEACHER_PACED, live_default_rules(LIVE_TEACHER_PACED), "TEST", 7,
                          net_now_ms(), err, sizeof err);
    /* the real page: the server refuses to start without every file it serves */
    snprintf(w->web, sizeof w->web, "%s", tu_source_path("assets/web"));
    NetServerConfig cfg = {.bind = "127.0.0.1", .port = 0, .web_dir = w->web, .joins_per_minute = joins_per_minute};
    w->srv = net_server_start(w->live, NULL, &cfg, err, sizeof err);
    if (!w->srv) fail_msg("%s", err);
    w->port = net_server_port(w->srv);
    *state = w;
    return 0;
}

static int setup(void **state) { return setup_pack(state, "quizzes/practice-river-bridge.json"); }
/* 20 joins a minute, the default: one address (a class behind NAT) */
static int setup_slow(void **state)
{
    joins_per_minute = 20;
    int rc = setup_pack(state, "quizzes/practice-river-bridge.json");
    joins_per_minute = 1000;
    return rc;
}
/* q1 is a cite question: choice B (1), evidence in sentence 1 of article 0. */
static int setup_cite(void **state) { return setup_pack(state, "tests/ui/fixtures/cite.json"); }

static int teardown(void **state)
{
    World *w = *state;
    net_server_stop(w->srv);
    live_free(w->live);
    pack_free(w->pack);
    free(w);
    return 0;
}

static void teacher(World *w, bool (*action)(Live *, int64_t))
{
    net_server_lock(w->srv);
    assert_true(action(w->live, net_now_ms()));
    net_server_changed(w->srv);
    net_server_unlock(w->srv);
}

/* The first question's key as text that must not reach a browser before the reveal. */
static void assert_no_key(const Question *q, const char *msg)
{
    assert_null(strstr(msg, "\"result\""));
    assert_null(strstr(msg, "\"correct_answer\""));
    assert_null(strstr(msg, "\"explanation\""));
    if (q->explanation) assert_null(strstr(msg, q->explanation));
    if (q->format == FORMAT_CHOICE) {
        char field[40];
        snprintf(field, sizeof field, "\"answer\":%d", q->answer);
        assert_null(strstr(msg, field));
    }
}

static void class_plays_a_question_and_the_key_stays_hidden(void **state)
{
    World *w = *state;
    Peer a = {0}, b = {0}, c = {0};
    join_peer(w, &a, "Ana");
    join_peer(w, &b, "Bo");
    join_peer(w, &c, "<b>Cy</b>");
    teacher(w, live_start);
    assert_true(wait_for(&a, 0, "\"phase\":\"asking\"") >= 0);
    assert_true(wait_for(&c, 0, "\"phase\":\"asking\"") >= 0);
    const Question *q = &w->pack->questions[0];
    /* Ana answers the first choice, Bo another; a stale id is refused. */
    send_text(&a, "{\"type\":\"answer\",\"question\":\"q9\",\"answer\":{\"choice\":0}}");
    assert_true(wait_for(&a, 0, "\"code\":\"stale\"") >= 0);
    send_text(&a, "{\"type\":\"answer\",\"question\":\"q1\",\"answer\":{\"choice\":0}}");
    send_text(&b, "{\"type\":\"answer\",\"question\":\"q1\",\"answer\":{\"choice\":1}}");
    assert_true(wait_for(&a, 0, "\"ok\":true") >= 0);
    assert_true(wait_for(&b, 0, "\"ok\":true") >= 0);
    send_text(&a, "{\"type\":\"answer\",\"question\":\"q1\",\"answer\":{\"choice\":1}}");
    assert_true(wait_for(&a, 0, "\"code\":\"already\"") >= 0);
    send_text(&c, "{\"type\":\"answer\",\"question\":\"q1\",\"answer\":{\"choice\":\"x\"}}");
    assert_true(wait_for(&c, 0, "\"code\":\"invalid\"") >= 0);
    Peer *all[] = {&a, &b, &c};
    for (int k = 0; k < 3; k++) {
        pthread_mutex_lock(&all[k]->m);
        for (int i = 0; i < all[k]->n; i++) assert_no_key(q, all[k]->msgs[i]);
        pthread_mutex_unlock(&all[k]->m);
    }
    int before = a.n;
    teacher(w, live_reveal);
    assert_true(wait_for(&a, before, "\"correct_answer\"") >= 0);
    assert_true(wait_for(&c, 0, "\"correct_answer\"") >= 0);
    net_server_lock(w->srv);
    assert_int_equal(live_answered_count(w->live, 0), 2);
    net_server_unlock(w->srv);
    close_peer(&a);
    close_peer(&b);
    close_peer(&c);
}

/* A cite question over the wire: both parts in one answer; before the reveal the states carry the
 * student's own pick but nothing of the right sentence; after it, both parts. */
static void a_cite_answer_travels_whole_and_its_key_only_after_the_reveal(void **state)
{
    World *w = *state;
    Peer a = {0}, b = {0};
    join_peer(w, &a, "Ana");
    join_peer(w, &b, "Bo");
    teacher(w, live_start);
    assert_true(wait_for(&a, 0, "\"cite\":true") >= 0);
    send_text(&a, "{\"type\":\"answer\",\"question\":\"q1\",\"answer\":{\"choice\":1,\"cite\":{\"article\":0,\"sentence\":0}}}");
    send_text(&b, "{\"type\":\"answer\",\"question\":\"q1\",\"answer\":{\"choice\":1,\"cite\":{\"article\":0,\"sentence\":77}}}");
    assert_true(wait_for(&a, 0, "\"ok\":true") >= 0);
    assert_true(wait_for(&b, 0, "\"code\":\"invalid\"") >= 0);
    assert_true(wait_for(&a, 0, "\"my_answer\":{\"choice\":1,\"cite\":{\"article\":0,\"sentence\":0}}") >= 0);
    pthread_mutex_lock(&a.m);
    for (int i = 0; i < a.n; i++) {
        assert_no_key(&w->pack->questions[0], a.msgs[i]);
        assert_null(strstr(a.msgs[i], "evidence_correct"));
    }
    pthread_mutex_unlock(&a.m);
    int before = a.n;
    teacher(w, live_reveal);
    assert_true(wait_for(&a, before, "\"outcome\":\"guess\"") >= 0);
    net_server_lock(w->srv);
    LiveCiteCounts c = live_cite_counts(w->live, 0);
    net_server_unlock(w->srv);
    assert_int_equal(c.answered, 1);
    assert_int_equal(c.guessed, 1);
    close_peer(&a);
    close_peer(&b);
}

static void a_reconnecting_student_gets_the_same_seat(void **state)
{
    World *w = *state;
    Peer a = {0}, again = {0};
    join_peer(w, &a, "Dee");
    mg_close_connection(a.ws);
    a.ws = NULL;
    connect_peer(w, &again);
    char hello[100];
    snprintf(hello, sizeof hello, "{\"type\":\"hello\",\"token\":\"%s\"}", a.token);
    send_text(&again, hello);
    assert_true(wait_for(&again, 0, "\"name\":\"Dee\"") >= 0);
    close_peer(&a);
    close_peer(&again);
}

/* The same seat open in two pages (the QR code scanned twice: two tabs share the token): an
 * answer given in one is shown as answered in the other at once. */
static void an_answer_in_one_page_shows_in_the_seats_other_page(void **state)
{
    World *w = *state;
    Peer a = {0}, tab = {0}, other = {0};
    join_peer(w, &a, "Eve");
    join_peer(w, &other, "Finn");
    connect_peer(w, &tab);
    char hello[100];
    snprintf(hello, sizeof hello, "{\"type\":\"hello\",\"token\":\"%s\"}", a.token);
    send_text(&tab, hello);
    assert_true(wait_for(&tab, 0, "\"name\":\"Eve\"") >= 0);
    teacher(w, live_start);
    assert_true(wait_for(&tab, 0, "\"phase\":\"asking\"") >= 0);
    assert_true(wait_for(&other, 0, "\"phase\":\"asking\"") >= 0);
    int tab_before = tab.n, other_before = other.n;
    send_text(&a, "{\"type\":\"answer\",\"question\":\"q1\",\"answer\":{\"choice\":2}}");
    assert_true(wait_for(&a, 0, "\"ok\":true") >= 0);
    assert_true(wait_for(&tab, tab_before, "\"my_answer\":{\"choice\":2}") >= 0);
    assert_true(wait_for(&tab, tab_before, "\"answered\":true") >= 0);
    /* nobody else is told anything of it */
    pthread_mutex_lock(&other.m);
    for (int i = other_before; i < other.n; i++) assert_null(strstr(other.msgs[i], "\"choice\":2"));
    pthread_mutex_unlock(&other.m);
    close_peer(&a);
    close_peer(&tab);
    close_peer(&other);
}

static void hostile_clients_get_errors_and_the_class_goes_on(void **state)
{
    World *w = *state;
    char out[400];
    assert_int_equal(post(w->port, "{\"room\":", out, sizeof out), 400);
    assert_int_equal(post(w->port, "{\"room\":\"nope\",\"name\":\"Eve\"}", out, sizeof out), 403);
    assert_non_null(strstr(out, "bad_room"));
    assert_int_equal(post(w->port, "{\"room\":\"test\",\"name\":\"a\\u0007b\"}", out, sizeof out), 400);
    char big[6000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_int_equal(post(w->port, big, out, sizeof out), 413);

    Peer bad = {0}, noisy = {0}, huge = {0}, early = {0};
    connect_peer(w, &bad);
    send_text(&bad, "{\"type\":\"hello\",\"token\":\"00000000000000000000000000000000\"}");
    assert_true(wait_for(&bad, 0, "bad_token") >= 0);
    assert_true(wait_closed(&bad));

    connect_peer(w, &early);
    send_text(&early, "{\"type\":\"answer\",\"question\":\"q1\",\"answer\":{\"choice\":0}}");
    assert_true(wait_for(&early, 0, "bad_token") >= 0);

    connect_peer(w, &huge);
    char frame[5000];
    memset(frame, ' ', sizeof frame);
    mg_websocket_client_write(huge.ws, MG_WEBSOCKET_OPCODE_TEXT, frame, sizeof frame);
    assert_true(wait_closed(&huge));

    join_peer(w, &noisy, "Noisy");
    send_text(&noisy, "not json");
    assert_true(wait_for(&noisy, 0, "bad_message") >= 0);
    for (int i = 0; i < 80; i++) send_text(&noisy, "{\"type\":\"ping\"}");
    assert_true(wait_for(&noisy, 0, "rate_limited") >= 0);

    /* The class still works: a new student joins and is welcomed. */
    Peer ok = {0};
    join_peer(w, &ok, "Fay");
    close_peer(&ok);
    close_peer(&bad);
    close_peer(&noisy);
    close_peer(&huge);
    close_peer(&early);
}

static void a_removed_student_is_told_and_cut_off(void **state)
{
    World *w = *state;
    Peer p = {0};
    join_peer(w, &p, "Rude Name");
    net_server_lock(w->srv);
    int seat = live_seat_by_token(w->live, p.token);
    assert_true(live_remove(w->live, seat));
    net_server_changed(w->srv);
    net_server_unlock(w->srv);
    assert_true(wait_for(&p, 0, "\"code\":\"removed\"") >= 0);
    assert_true(wait_closed(&p));
    close_peer(&p);
}

/* The state word of a request to move a seat, from POST /api/ask/status. */
static void assert_ask_state(World *w, const char *ticket, const char *want)
{
    char body[120], out[200], expect[60];
    snprintf(body, sizeof body, "{\"ticket\":\"%s\"}", ticket);
    assert_int_equal(post_to(w->port, "/api/ask/status", body, out, sizeof out), 200);
    snprintf(expect, sizeof expect, "{\"state\":\"%s\"}", want);
    assert_string_equal(out, expect);
}

/* Asks for name's seat from a "new device"; the ticket into ticket. */
static void ask_for(World *w, const char *name, char ticket[40])
{
    char body[200], out[400];
    snprintf(body, sizeof body, "{\"room\":\"test\",\"name\":\"%s\"}", name);
    assert_int_equal(post_to(w->port, "/api/ask", body, out, sizeof out), 200);
    /* a ticket and a word, nothing of the seat */
    assert_null(strstr(out, "score"));
    assert_null(strstr(out, "seat"));
    cJSON *j = cJSON_Parse(out);
    snprintf(ticket, 40, "%s", cJSON_GetStringValue(cJSON_GetObjectItem(j, "ticket")));
    cJSON_Delete(j);
    assert_int_equal(strlen(ticket), LIVE_TOKEN_CHARS);
}

/* Ana's phone dies after answering; she asks from a laptop, the teacher admits: the laptop has her
 * seat with her answer, the phone's token no longer works and its page is told the seat moved. */
static void a_seat_moves_to_another_device_on_the_teachers_yes(void **state)
{
    World *w = *state;
    Peer phone = {0}, laptop = {0}, stale = {0};
    join_peer(w, &phone, "Ana");
    teacher(w, live_start);
    assert_true(wait_for(&phone, 0, "\"phase\":\"asking\"") >= 0);
    send_text(&phone, "{\"type\":\"answer\",\"question\":\"q1\",\"answer\":{\"choice\":0}}");
    assert_true(wait_for(&phone, 0, "\"ok\":true") >= 0);

    char out[400], ticket[40];
    assert_int_equal(post(w->port, "{\"room\":\"test\",\"name\":\"ana\"}", out, sizeof out), 409);
    assert_non_null(strstr(out, "name_taken"));
    assert_int_equal(post_to(w->port, "/api/ask", "{\"room\":\"test\",\"name\":\"Nobody\"}", out, sizeof out), 404);
    assert_non_null(strstr(out, "no_seat"));
    ask_for(w, "ana", ticket);
    assert_ask_state(w, ticket, "waiting");
    /* the ticket is no token before the teacher says yes */
    connect_peer(w, &stale);
    char hello[100];
    snprintf(hello, sizeof hello, "{\"type\":\"hello\",\"token\":\"%s\"}", ticket);
    send_text(&stale, hello);
    assert_true(wait_for(&stale, 0, "bad_token") >= 0);

    net_server_lock(w->srv);
    int seat = live_seat_by_token(w->live, phone.token);
    int waiting[4];
    assert_int_equal(live_move_waiting(w->live, net_now_ms(), waiting, 4), 1);
    assert_true(live_move_admit(w->live, seat, net_now_ms()));
    net_server_changed(w->srv);
    net_server_unlock(w->srv);

    assert_true(wait_for(&phone, 0, "\"code\":\"moved\"") >= 0);
    assert_true(wait_closed(&phone));
    assert_ask_state(w, ticket, "admitted");
    connect_peer(w, &laptop);
    send_text(&laptop, hello);
    assert_true(wait_for(&laptop, 0, "\"name\":\"Ana\"") >= 0);
    assert_true(wait_for(&laptop, 0, "\"my_answer\":{\"choice\":0}") >= 0);
    assert_true(wait_for(&laptop, 0, "\"answered\":true") >= 0);
    /* the old token is refused from now on */
    Peer old = {0};
    connect_peer(w, &old);
    snprintf(hello, sizeof hello, "{\"type\":\"hello\",\"token\":\"%s\"}", phone.token);
    send_text(&old, hello);
    assert_true(wait_for(&old, 0, "bad_token") >= 0);
    net_server_lock(w->srv);
    assert_int_equal(live_seat_count(w->live), 1);
    assert_int_equal(live_answered_count(w->live, 0), 1);
    net_server_unlock(w->srv);
    close_peer(&phone);
    close_peer(&laptop);
    close_peer(&stale);
    close_peer(&old);
}

static void a_denied_request_leaves_the_seat_where_it_was(void **state)
{
    World *w = *state;
    Peer phone = {0};
    join_peer(w, &phone, "Bo");
    char ticket[40];
    ask_for(w, "Bo", ticket);
    net_server_lock(w->srv);
    int seat = live_seat_by_token(w->live, phone.token);
    assert_true(live_move_deny(w->live, seat, net_now_ms()));
    net_server_changed(w->srv);
    net_server_unlock(w->srv);
    assert_ask_state(w, ticket, "denied");
    teacher(w, live_start);
    assert_true(wait_for(&phone, 0, "\"phase\":\"asking\"") >= 0);
    assert_ask_state(w, "0123", "unknown");
    /* a request given up ("use another name") can no longer be admitted */
    char out[200], body[120];
    ask_for(w, "Bo", ticket);
    snprintf(body, sizeof body, "{\"ticket\":\"%s\"}", ticket);
    assert_int_equal(post_to(w->port, "/api/ask/cancel", body, out, sizeof out), 200);
    assert_string_equal(out, "{\"state\":\"withdrawn\"}");
    net_server_lock(w->srv);
    assert_false(live_move_admit(w->live, seat, net_now_ms()));
    assert_int_equal(live_seat_by_token(w->live, phone.token), seat);
    net_server_unlock(w->srv);
    close_peer(&phone);
}

static void the_twenty_first_join_from_one_address_is_told_how_long_to_wait(void **state)
{
    World *w = *state;
    char body[100], out[400];
    for (int i = 0; i < 20; i++) {
        snprintf(body, sizeof body, "{\"room\":\"test\",\"name\":\"S%d\"}", i);
        assert_int_equal(post(w->port, body, out, sizeof out), 200);
    }
    assert_int_equal(post(w->port, "{\"room\":\"test\",\"name\":\"S20\"}", out, sizeof out), 429);
    cJSON *j = cJSON_Parse(out);
    double after = cJSON_GetNumberValue(cJSON_GetObjectItem(j, "retry_after"));
    assert_true(after >= 1 && after <= 3); /* one join's share of a minute, in whole seconds */
    assert_non_null(strstr(cJSON_GetStringValue(cJSON_GetObjectItem(j, "error")), "try again"));
    cJSON_Delete(j);
    /* asking for a seat counts with joins */
    assert_int_equal(post_to(w->port, "/api/ask", "{\"room\":\"test\",\"name\":\"S1\"}", out, sizeof out), 429);
    usleep((useconds_t)(after * 1000000) + 100000);
    assert_int_equal(post(w->port, "{\"room\":\"test\",\"name\":\"S20\"}", out, sizeof out), 200);
}

int main(void)
{
    mg_init_library(MG_FEATURES_WEBSOCKET);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(class_plays_a_question_and_the_key_stays_hidden, setup, teardown),
        cmocka_unit_test_setup_teardown(a_reconnecting_student_gets_the_same_seat, setup, teardown),
        cmocka_unit_test_setup_teardown(an_answer_in_one_page_shows_in_the_seats_other_page, setup, teardown),
        cmocka_unit_test_setup_teardown(a_cite_answer_travels_whole_and_its_key_only_after_the_reveal, setup_cite,
                                        teardown),
        cmocka_unit_test_setup_teardown(hostile_clients_get_errors_and_the_class_goes_on, setup, teardown),
        cmocka_unit_test_setup_teardown(a_removed_student_is_told_and_cut_off, setup, teardown),
        cmocka_unit_test_setup_teardown(a_seat_moves_to_another_device_on_the_teachers_yes, setup, teardown),
        cmocka_unit_test_setup_teardown(a_denied_request_leaves_the_seat_where_it_was, setup, teardown),
        cmocka_unit_test_setup_teardown(the_twenty_first_join_from_one_address_is_told_how_long_to_wait, setup_slow,
                                        teardown),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    mg_exit_library();
    return rc;
}
