/* bench_live.c — a classroom of simulated students against a real `byline live`, over loopback.
 *
 * Usage: bench_live BYLINE PACK.json [STUDENTS] [--store FILE]
 * Starts `BYLINE live PACK --headless --bind 127.0.0.1 --port 0` as a child (the teacher is its
 * standard input), joins STUDENTS (default 200) over HTTP, opens a WebSocket for each, starts the
 * first question, and has every student answer it within one second (spread evenly). Reports:
 *   - answer → acknowledgement latency, p50 / p99 / max (the ack comes after the answer is saved);
 *   - the time from the teacher's start and reveal to the last student's update;
 *   - the server's CPU time over the run, and its resident memory per connected student.
 * The students' WebSockets are a minimal client of its own (one send per frame, TCP_NODELAY, as
 * browsers do), read by one polling thread. Figures go to docs/performance.md. Not a test: it asserts nothing about time. */
#define _GNU_SOURCE
#include <civetweb.h>
#include <cjson/cJSON.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>

#define MAX_STUDENTS 300

typedef struct Student {
    int fd;                   /* the WebSocket's TCP socket (TCP_NODELAY, as browsers set it) */
    unsigned char buf[65536];
    size_t have;
    char token[40];
    pthread_mutex_t m;
    int states;               /* state messages received */
    double last_state_ms;     /* when the newest one came */
    bool has_question, has_result;
    char qid[80], format[16];
    int n_choices, n_events;
    double sent_ms, ack_ms;
} Student;

static Student students[MAX_STUDENTS];
static int port;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void on_text(Student *s, const char *data, size_t len)
{
    double t = now_ms();
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
static void ws_parse(Student *s)
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
static volatile int reading = 1;

static void *reader_main(void *arg)
{
    (void)arg;
    struct pollfd pf[MAX_STUDENTS];
    while (reading) {
        for (int i = 0; i < n_students; i++) pf[i] = (struct pollfd){.fd = students[i].fd, .events = POLLIN};
        if (poll(pf, (nfds_t)n_students, 50) <= 0) continue;
        for (int i = 0; i < n_students; i++) {
            if (!(pf[i].revents & POLLIN)) continue;
            Student *s = &students[i];
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
    int n = snprintf(body, sizeof body, "{\"room\":\"BNCH\",\"name\":\"Student %03d\"}", i);
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
    if (tok) snprintf(students[i].token, sizeof students[i].token, "%s", tok);
    cJSON_Delete(j);
    return tok != NULL;
}

static void send_json(Student *s, const char *json)
{
    ws_send(s->fd, json);
}

static void answer(Student *s)
{
    char a[128], msg[256];
    pthread_mutex_lock(&s->m);
    if (strcmp(s->format, "choice") == 0) snprintf(a, sizeof a, "{\"choice\":%d}", (int)(s - students) % s->n_choices);
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
    s->sent_ms = now_ms();
    s->ack_ms = 0;
    pthread_mutex_unlock(&s->m);
    send_json(s, msg);
}

/* Waits until pred holds for every student (or 10 s); returns the time of the last update. */
static double wait_all(int n, bool (*pred)(Student *), double since)
{
    double deadline = now_ms() + 10000, last = since;
    for (;;) {
        int ok = 0;
        for (int i = 0; i < n; i++) {
            pthread_mutex_lock(&students[i].m);
            if (pred(&students[i])) {
                ok++;
                if (students[i].last_state_ms > last) last = students[i].last_state_ms;
            }
            pthread_mutex_unlock(&students[i].m);
        }
        if (ok == n) return last;
        if (now_ms() > deadline) {
            fprintf(stderr, "bench_live: only %d of %d students got there\n", ok, n);
            return -1;
        }
        usleep(1000);
    }
}

static bool has_state(Student *s) { return s->states > 0; }
static bool has_question(Student *s) { return s->has_question; }
static bool has_ack(Student *s) { return s->ack_ms > 0; }
static bool has_result(Student *s) { return s->has_result; }

static long proc_field_kb(pid_t pid, const char *field)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    long v = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, field, strlen(field)) == 0) v = atol(line + strlen(field) + 1);
    if (f) fclose(f);
    return v;
}

static double proc_cpu_s(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f || !fgets(buf, sizeof buf, f)) {
        if (f) fclose(f);
        return -1;
    }
    fclose(f);
    char *p = strrchr(buf, ')');
    unsigned long ut = 0, st = 0;
    /* fields after ")": state(3) ... utime(14) stime(15) */
    sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut, &st);
    return (double)(ut + st) / (double)sysconf(_SC_CLK_TCK);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_live BYLINE PACK.json [STUDENTS] [--store FILE]\n");
        return 2;
    }
    int n = argc > 3 && argv[3][0] != '-' ? atoi(argv[3]) : 200;
    const char *store = NULL;
    for (int i = 3; i < argc - 1; i++)
        if (strcmp(argv[i], "--store") == 0) store = argv[i + 1];
    if (n < 1 || n > MAX_STUDENTS) n = 200;
    int to_child[2], from_child[2];
    if (pipe(to_child) || pipe(from_child)) return 2;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(to_child[0], 0);
        dup2(from_child[1], 1);
        close(to_child[1]);
        close(from_child[0]);
        execl(argv[1], argv[1], "live", argv[2], "--headless", "--bind", "127.0.0.1", "--port", "0",
              "--room", "BNCH", "--new", "--joins-per-minute", "100000",
              store ? "--store" : "--no-store", store ? store : (char *)NULL, (char *)NULL);
        _exit(127);
    }
    close(to_child[0]);
    close(from_child[1]);
    FILE *teacher = fdopen(to_child[1], "w"), *out = fdopen(from_child[0], "r");
    char line[512];
    while (fgets(line, sizeof line, out))
        if (sscanf(line, "live: http://127.0.0.1:%d/", &port) == 1) break;
    if (!port) {
        fprintf(stderr, "bench_live: the server did not start\n");
        return 2;
    }
    /* Drain the server's output so it never blocks on a full pipe. */
    if (fork() == 0) {
        while (fgets(line, sizeof line, out)) {}
        _exit(0);
    }
    mg_init_library(MG_FEATURES_WEBSOCKET);
    long rss0 = proc_field_kb(pid, "VmRSS:");
    for (int i = 0; i < n; i++) {
        pthread_mutex_init(&students[i].m, NULL);
        if (!join(i)) {
            fprintf(stderr, "bench_live: student %d could not join\n", i);
            return 2;
        }
        students[i].fd = ws_connect();
        if (students[i].fd < 0) {
            fprintf(stderr, "bench_live: student %d: no WebSocket\n", i);
            return 2;
        }
        char hello[96];
        snprintf(hello, sizeof hello, "{\"type\":\"hello\",\"token\":\"%s\"}", students[i].token);
        send_json(&students[i], hello);
    }
    n_students = n;
    pthread_t reader;
    pthread_create(&reader, NULL, reader_main, NULL);
    if (wait_all(n, has_state, 0) < 0) return 1;
    long rss1 = proc_field_kb(pid, "VmRSS:");
    double cpu0 = proc_cpu_s(pid);

    double t_start = now_ms();
    fputs("start\n", teacher);
    fflush(teacher);
    double t_last = wait_all(n, has_question, t_start);
    double start_to_last = t_last - t_start;

    /* Every student answers within one second, spread evenly. */
    double t0 = now_ms();
    for (int i = 0; i < n; i++) {
        double due = t0 + 1000.0 * i / n;
        while (now_ms() < due) usleep(200);
        answer(&students[i]);
    }
    if (wait_all(n, has_ack, 0) < 0) return 1;
    double lat[MAX_STUDENTS];
    for (int i = 0; i < n; i++) lat[i] = students[i].ack_ms - students[i].sent_ms;
    qsort(lat, (size_t)n, sizeof lat[0], cmp_double);

    double t_rev = now_ms();
    fputs("reveal\n", teacher);
    fflush(teacher);
    double t_rev_last = wait_all(n, has_result, t_rev);
    double cpu1 = proc_cpu_s(pid);

    printf("students                 %d\n", n);
    printf("answer -> ack            p50 %.2f ms   p99 %.2f ms   max %.2f ms\n", lat[n / 2],
           lat[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1], lat[n - 1]);
    printf("start -> last student    %.2f ms\n", start_to_last);
    printf("reveal -> last student   %.2f ms\n", t_rev_last - t_rev);
    printf("server CPU               %.2f s over the question (%.1f s wall)\n", cpu1 - cpu0,
           (now_ms() - t_start) / 1000.0);
    printf("server memory            %ld KB idle, %ld KB with %d students: %.1f KB per student\n", rss0,
           rss1, n, (double)(rss1 - rss0) / n);
    printf("store                    %s\n", store ? store : "none (--no-store)");
    fputs("quit\n", teacher);
    fflush(teacher);
    reading = 0;
    pthread_join(reader, NULL);
    for (int i = 0; i < n; i++) close(students[i].fd);
    int status;
    waitpid(pid, &status, 0);
    return 0;
}
