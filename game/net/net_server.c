/* net_server.c — the server's life cycle, the lock, and the two threads of ours: the saver
 * (group commit) and the pusher (new states to every student, and the countdown's end).
 *
 * Group commit: a student's answer is recorded in the Live under the lock, which bumps dirty_gen;
 * the saver writes everything pending in one transaction (live_store_sync) and publishes
 * saved_gen; the answer's worker thread waits for its generation before it acknowledges. So 200
 * answers arriving together cost a few commits, not 200, and no acknowledged answer can be lost. */
#define _GNU_SOURCE
#include "net_internal.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#define TICK_MS 250 /* how often the pusher looks at the countdown */

int64_t net_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

bool net_random_hex(char *out, size_t chars)
{
    unsigned char raw[64];
    size_t n = (chars + 1) / 2;
    if (n > sizeof raw) return false;
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(raw + got, n - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        got += (size_t)r;
    }
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < chars; i++) out[i] = hex[(raw[i / 2] >> (i % 2 ? 0 : 4)) & 15];
    out[chars] = '\0';
    return true;
}

void net_server_lock(NetServer *s) { pthread_mutex_lock(&s->lock); }
void net_server_unlock(NetServer *s) { pthread_mutex_unlock(&s->lock); }
const char *net_server_save_error(const NetServer *s) { return s->save_error; }
int net_server_port(const NetServer *s) { return s->port; }

uint64_t net_mark_dirty(NetServer *s)
{
    uint64_t g = ++s->dirty_gen;
    pthread_cond_signal(&s->save_wanted);
    return g;
}

void net_server_changed(NetServer *s)
{
    net_mark_dirty(s);
    s->push_gen++;
    pthread_cond_signal(&s->push_wanted);
}

void net_wait_saved(NetServer *s, uint64_t g)
{
    while (s->saved_gen < g && !s->stopping) pthread_cond_wait(&s->saved, &s->lock);
}

void net_activity(NetServer *s)
{
    if (s->cfg.on_activity) s->cfg.on_activity(s->cfg.ctx);
}

/* Called locked; returns locked. The commit (the disk's wait) runs with the lock released, so
 * students' answers keep arriving meanwhile; they are saved by the next round. */
static void save_now(NetServer *s)
{
    uint64_t g = s->dirty_gen;
    if (!s->saver) {
        live_journal_clear(s->live);
    } else {
        LiveStaged t;
        bool ok = live_store_stage(s->saver, s->live, net_now_ms(), (int64_t)time(NULL), &t);
        if (ok && t.open) {
            pthread_mutex_unlock(&s->lock);
            ok = live_store_commit(s->saver, &t);
            pthread_mutex_lock(&s->lock);
            live_store_staged(s->saver, s->live, &t);
        }
        if (!ok) {
            snprintf(s->save_error, sizeof s->save_error, "%s",
                     s->cfg.store ? store_error(s->cfg.store) : "the store refused the answers");
            fprintf(stderr, "byline live: could not save: %s\n", s->save_error);
        } else {
            s->save_error[0] = '\0';
        }
    }
    s->saved_gen = g;
    pthread_cond_broadcast(&s->saved);
}

static void *saver_main(void *arg)
{
    NetServer *s = arg;
    pthread_mutex_lock(&s->lock);
    for (;;) {
        while (s->saved_gen == s->dirty_gen && !s->stopping) pthread_cond_wait(&s->save_wanted, &s->lock);
        if (s->saved_gen != s->dirty_gen) save_now(s);
        if (s->stopping && s->saved_gen == s->dirty_gen) break;
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

static void deadline_in(struct timespec *ts, int ms)
{
    clock_gettime(CLOCK_MONOTONIC, ts);
    ts->tv_nsec += (long)ms * 1000000L;
    ts->tv_sec += ts->tv_nsec / 1000000000L;
    ts->tv_nsec %= 1000000000L;
}

static void *pusher_main(void *arg)
{
    NetServer *s = arg;
    uint64_t pushed = 0;
    pthread_mutex_lock(&s->lock);
    while (!s->stopping) {
        struct timespec ts;
        deadline_in(&ts, TICK_MS);
        if (s->push_gen == pushed) pthread_cond_timedwait(&s->push_wanted, &s->lock, &ts);
        if (s->stopping) break;
        if (live_tick(s->live, net_now_ms())) {
            net_server_changed(s);
            pthread_mutex_unlock(&s->lock);
            net_activity(s);
            pthread_mutex_lock(&s->lock);
        }
        if (s->push_gen == pushed) continue;
        pushed = s->push_gen;
        pthread_mutex_unlock(&s->lock);
        net_ws_push_all(s); /* takes clients_lock, then `lock` per student */
        pthread_mutex_lock(&s->lock);
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

static void init_library(void)
{
    mg_init_library(MG_FEATURES_WEBSOCKET);
}

static bool init_sync(NetServer *s)
{
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    bool ok = pthread_mutex_init(&s->lock, NULL) == 0 && pthread_mutex_init(&s->clients_lock, NULL) == 0 &&
              pthread_cond_init(&s->save_wanted, NULL) == 0 && pthread_cond_init(&s->saved, NULL) == 0 &&
              pthread_cond_init(&s->push_wanted, &ca) == 0;
    pthread_condattr_destroy(&ca);
    return ok;
}

static bool start_civetweb(NetServer *s, char *err, size_t errlen)
{
    char ports[80], threads[16];
    const char *bind = s->cfg.bind && *s->cfg.bind ? s->cfg.bind : "0.0.0.0";
    snprintf(ports, sizeof ports, "%s:%d", bind, s->cfg.port);
    /* One worker per open channel, plus room for page loads and joins. */
    snprintf(threads, sizeof threads, "%d", NET_MAX_CLIENTS + 32);
    const char *options[] = {
        "listening_ports", ports,
        "num_threads", threads,
        "request_timeout_ms", "10000",
        "websocket_timeout_ms", "20000",
        "enable_websocket_ping_pong", "yes",
        "enable_keep_alive", "yes",
        "keep_alive_timeout_ms", "5000",
        "max_request_size", "8192",
        "enable_directory_listing", "no",
        "access_control_allow_origin", "",
        "tcp_nodelay", "1",
        NULL,
    };
    struct mg_callbacks cb;
    memset(&cb, 0, sizeof cb);
    s->ctx = mg_start(&cb, s, options);
    if (!s->ctx) {
        snprintf(err, errlen, "cannot listen on %s (is the port in use? try --port N)", ports);
        return false;
    }
    struct mg_server_port sp[4];
    int n = mg_get_server_ports(s->ctx, 4, sp);
    s->port = n > 0 ? sp[0].port : s->cfg.port;
    mg_set_request_handler(s->ctx, "/", net_http_handle, s);
    net_ws_register(s);
    return true;
}

NetServer *net_server_start(Live *live, LiveSaver *saver, const NetServerConfig *cfg, char *err,
                            size_t errlen)
{
    NetServer *s = calloc(1, sizeof *s);
    if (!s || !init_sync(s)) {
        snprintf(err, errlen, "out of memory");
        free(s);
        return NULL;
    }
    s->live = live;
    s->saver = saver;
    s->cfg = *cfg;
    if (s->cfg.joins_per_minute <= 0) s->cfg.joins_per_minute = NET_DEFAULT_JOINS_PER_MINUTE;
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_library);
    if (!net_http_load_files(s, err, errlen) || !start_civetweb(s, err, errlen)) {
        net_server_stop(s);
        return NULL;
    }
    if (pthread_create(&s->saver_thread, NULL, saver_main, s) != 0) {
        snprintf(err, errlen, "cannot start a thread");
        net_server_stop(s);
        return NULL;
    }
    if (pthread_create(&s->pusher_thread, NULL, pusher_main, s) != 0) {
        pthread_mutex_lock(&s->lock);
        s->stopping = true;
        pthread_cond_broadcast(&s->save_wanted);
        pthread_mutex_unlock(&s->lock);
        pthread_join(s->saver_thread, NULL);
        snprintf(err, errlen, "cannot start a thread");
        s->threads_started = false;
        net_server_stop(s);
        return NULL;
    }
    s->threads_started = true;
    return s;
}

void net_server_stop(NetServer *s)
{
    if (!s) return;
    if (s->ctx) mg_stop(s->ctx); /* closes every connection; their handlers have returned */
    if (s->threads_started) {
        pthread_mutex_lock(&s->lock);
        s->stopping = true;
        pthread_cond_broadcast(&s->save_wanted);
        pthread_cond_broadcast(&s->push_wanted);
        pthread_cond_broadcast(&s->saved);
        pthread_mutex_unlock(&s->lock);
        pthread_join(s->pusher_thread, NULL);
        pthread_join(s->saver_thread, NULL);
    }
    for (size_t i = 0; i < NET_MAX_CLIENTS; i++) free(s->clients[i]);
    net_http_free_files(s);
    pthread_mutex_destroy(&s->lock);
    pthread_mutex_destroy(&s->clients_lock);
    pthread_cond_destroy(&s->save_wanted);
    pthread_cond_destroy(&s->saved);
    pthread_cond_destroy(&s->push_wanted);
    free(s);
}

size_t net_server_connections(NetServer *s)
{
    size_t n = 0;
    pthread_mutex_lock(&s->clients_lock);
    for (size_t i = 0; i < NET_MAX_CLIENTS; i++)
        if (s->clients[i] && s->clients[i]->seat >= 0) n++;
    pthread_mutex_unlock(&s->clients_lock);
    return n;
}
