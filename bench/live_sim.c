/* live_sim.c — the simulated class of live_sim.h. */
#define _GNU_SOURCE
#include "live_sim.h"
#include <arpa/inet.h>
#include <cjson/cJSON.h>
#include <civetweb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

SimStudent sim_students[SIM_MAX_STUDENTS];
static int port;
static char room[16];




double sim_now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void on_text(SimStudent *s, const char *data, size_t len)
{
    double t = sim_now_ms();
    cJSON *j = cJSON_ParseWithLength(data, len);
    const char *type = cJSON_GetStringValue(cJSON_GetObjectItem(j, "type"));
    pthread_mutex_lock(&s->m);
    if (type && strcmp(type, "ack") == 0) s->ack_ms = t;
    if (type && strcmp(type, "state") == 0) {
        s->states++;
        s->last_state_ms = t;
        const cJSON *q = cJSON_GetObjectItem(j, "question");
        s->has_question = q != NULL;
        s->has_result = cJSON_GetObjectItem(j, "result") != NULL;
        if (q) {
            snprintf(s->qid, sizeof s->qid, "%s", cJSON_GetStringValue(cJSON_GetObjectItem(q, "id")));
            snprintf(s->format, sizeof s->format, "%s", cJSON_GetStringValue(cJSON_GetObjectItem(q, "format")));
            s->n_choices = cJSON_GetArraySize(cJSON_GetObjectItem(q, "choices"));
            s->n_events = cJSON_GetArraySize(cJSON_GetObjectItem(q, "events"));
        }
    }
    pthread_mutex_unlock(&s->m);
    cJSON_Delete(j);
}

/* ---- a minimal WebSocket client (RFC 6455): one send() per frame, like a browser ------------ */

static int ws_connect(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) return -1;
    char req[256];
    int n = snprintf(req, sizeof req,
                     "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    if (write(fd, req, (size_t)n) != n) return -1;
    /* Read the 101 response up to the blank line, a byte at a time (it is short). */
    char prev[4] = {0};
    for (;;) {
        char ch;
        if (read(fd, &ch, 1) != 1) return -1;
        memmove(prev, prev + 1, 3);
        prev[3] = ch;
        if (memcmp(prev, "\r\n\r\n", 4) == 0) break;
    }
    return fd;
}

static void ws_send(int fd, const char *text)
{
    size_t len = strlen(text);
    unsigned char frame[4096];
    size_t h = 0;
    frame[h++] = 0x81;
    if (len < 126) frame[h++] = (unsigned char)(0x80 | len);
    else {
        frame[h++] = 0x80 | 126;
        frame[h++] = (unsigned char)(len >> 8);
        frame[h++] = (unsigned char)len;
    }
    static const unsigned char mask[4] = {0x12, 0x34, 0x56, 0x78};
    memcpy(frame + h, mask, 4);
    h += 4;
    for (size_t i = 0; i < len; i++) frame[h + i] = (unsigned char)text[i] ^ mask[i % 4];
    if (write(fd, frame, h + len) < 0) perror("bench_live: write");
}

/* Parses whole frames out of s->buf; text frames go to on_text. */
static void ws_parse(SimStudent *s)
{
    size_t off = 0;
    for (;;) {
        if (s->have - off < 2) break;
        unsigned char *f = s->buf + off;
        uint64_t len = f[1] & 0x7f;
        size_t h = 2;
        if (len == 126) {
            if (s->have - off < 4) break;
            len = (uint64_t)f[2] << 8 | f[3];
            h = 4;
        } else if (len == 127) {
            if (s->have - off < 10) break;
            len = 0;
            for (int i = 0; i < 8; i++) len = len << 8 | f[2 + i];
            h = 10;
        }
        if (s->have - off < h + len) break;
        if ((f[0] & 0x0f) == 1) on_text(s, (const char *)f + h, (size_t)len);
        off += h + (size_t)len;
    }
    memmove(s->buf, s->buf + off, s->have - off);
    s->have -= off;
}

static int n_students;
static pthread_t reader;
static volatile int reading = 1;

static void *reader_main(void *arg)
{
    (void)arg;
    struct pollfd pf[SIM_MAX_STUDENTS];
    while (reading) {
        for (int i = 0; i < n_students; i++) pf[i] = (struct pollfd){.fd = sim_students[i].fd, .events = POLLIN};
        if (poll(pf, (nfds_t)n_students, 50) <= 0) continue;
        for (int i = 0; i < n_students; i++) {
            if (!(pf[i].revents & POLLIN)) continue;
            SimStudent *s = &sim_students[i];
            ssize_t r = read(s->fd, s->buf + s->have, sizeof s->buf - s->have);
            if (r > 0) {
                s->have += (size_t)r;
                ws_parse(s);
            }
        }
    }
    return NULL;
}

static bool join(int i)
{
    char err[256], body[128];
    int n = snprintf(body, sizeof body, "{\"room\":\"%s\",\"name\":\"Student %03d\"}", room, i);
    struct mg_connection *c = mg_download("127.0.0.1", port, 0, err, sizeof err,
                                          "POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          "Content-Type: application/json\r\nContent-Length: %d\r\n"
                                          "Connection: close\r\n\r\n%s", n, body);
    if (!c) return false;
    char buf[512];
    int got = mg_read(c, buf, sizeof buf - 1);
    mg_close_connection(c);
    if (got <= 0) return false;
    buf[got] = '\0';
    cJSON *j = cJSON_Parse(buf);
    const char *tok = cJSON_GetStringValue(cJSON_GetObjectItem(j, "token"));
    if (tok) snprintf(sim_students[i].token, sizeof sim_students[i].token, "%s", tok);
    cJSON_Delete(j);
    return tok != NULL;
}

static void send_json(SimStudent *s, const char *json)
{
    ws_send(s->fd, json);
}

void sim_answer(SimStudent *s)
{
    char a[128], msg[256];
    pthread_mutex_lock(&s->m);
    if (strcmp(s->format, "choice") == 0) snprintf(a, sizeof a, "{\"choice\":%d}", (int)(s - sim_students) % s->n_choices);
    else if (strcmp(s->format, "multi") == 0) snprintf(a, sizeof a, "{\"picked\":[0]}");
    else if (strcmp(s->format, "true_false") == 0) snprintf(a, sizeof a, "{\"truth\":true}");
    else if (strcmp(s->format, "text") == 0) snprintf(a, sizeof a, "{\"text\":\"an answer\"}");
    else if (strcmp(s->format, "evidence") == 0) snprintf(a, sizeof a, "{\"article\":0,\"sentence\":1}");
    else {
        int k = snprintf(a, sizeof a, "{\"order\":[");
        for (int i = 0; i < s->n_events; i++) k += snprintf(a + k, sizeof a - (size_t)k, "%s%d", i ? "," : "", i);
        snprintf(a + k, sizeof a - (size_t)k, "]}");
    }
    snprintf(msg, sizeof msg, "{\"type\":\"answer\",\"question\":\"%s\",\"answer\":%s}", s->qid, a);
    s->sent_ms = sim_now_ms();
    s->ack_ms = 0;
    pthread_mutex_unlock(&s->m);
    send_json(s, msg);
}

/* Waits until pred holds for every student (or 10 s); returns the time of the last update. */
double sim_wait_all(int n, bool (*pred)(SimStudent *), double since)
{
    double deadline = sim_now_ms() + 10000, last = since;
    for (;;) {
        int ok = 0;
        for (int i = 0; i < n; i++) {
            pthread_mutex_lock(&sim_students[i].m);
            if (pred(&sim_students[i])) {
                ok++;
                if (sim_students[i].last_state_ms > last) last = sim_students[i].last_state_ms;
            }
            pthread_mutex_unlock(&sim_students[i].m);
        }
        if (ok == n) return last;
        if (sim_now_ms() > deadline) {
            fprintf(stderr, "bench_live: only %d of %d students got there\n", ok, n);
            return -1;
        }
        usleep(1000);
    }
}

bool sim_has_state(SimStudent *s) { return s->states > 0; }
bool sim_has_question(SimStudent *s) { return s->has_question; }
bool sim_has_ack(SimStudent *s) { return s->ack_ms > 0; }
bool sim_has_result(SimStudent *s) { return s->has_result; }

bool sim_join_all(int server_port, const char *room_code, int n)
{
    port = server_port;
    snprintf(room, sizeof room, "%s", room_code);
    mg_init_library(MG_FEATURES_WEBSOCKET);
    for (int i = 0; i < n; i++) {
        pthread_mutex_init(&sim_students[i].m, NULL);
        if (!join(i)) {
            fprintf(stderr, "live_sim: student %d could not join\n", i);
            return false;
        }
        sim_students[i].fd = ws_connect();
        if (sim_students[i].fd < 0) {
            fprintf(stderr, "live_sim: student %d: no WebSocket\n", i);
            return false;
        }
        char hello[96];
        snprintf(hello, sizeof hello, "{\"type\":\"hello\",\"token\":\"%s\"}", sim_students[i].token);
        send_json(&sim_students[i], hello);
    }
    n_students = n;
    pthread_create(&reader, NULL, reader_main, NULL);
    return true;
}

void sim_stop(void)
{
    reading = 0;
    pthread_join(reader, NULL);
    for (int i = 0; i < n_students; i++) close(sim_students[i].fd);
}
