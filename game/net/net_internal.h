/* net_internal.h — shared by the network layer's files: net_server.c (life cycle, locks, the
 * saving and pushing threads), net_http.c (files and joins) and net_ws.c (the live channel). */
#ifndef BYLINE_NET_INTERNAL_H
#define BYLINE_NET_INTERNAL_H
#include "net_rate.h"
#include "net_server.h"
#include <civetweb.h>
#include <pthread.h>

#define NET_MAX_CLIENTS (LIVE_MAX_STUDENTS + 64) /* several tabs of one student, stale sockets */
#define NET_JOIN_ADDRESSES 512                   /* addresses whose joins are counted */
#define NET_WEB_FILES 24                         /* files of the student page (net_http.c FILES) */

typedef struct WebFile {
    const char *name, *type; /* "/app.js", "text/javascript; charset=utf-8" */
    char *data;
    size_t len;
} WebFile;

typedef struct Client {
    struct mg_connection *conn;
    int seat;            /* -1 until hello */
    char token[LIVE_TOKEN_CHARS + 1]; /* the one hello gave: the seat may move to another device */
    RateBucket bucket;
    int strikes;         /* messages dropped for the rate; the channel closes at NET_MAX_STRIKES */
} Client;
#define NET_MAX_STRIKES 100

typedef struct JoinCounter {
    char addr[48];
    RateBucket bucket;
} JoinCounter;

struct NetServer {
    Live *live;
    LiveSaver *saver;
    NetServerConfig cfg;
    struct mg_context *ctx;
    int port;
    WebFile files[NET_WEB_FILES];
    size_t n_files;

    pthread_mutex_t lock;        /* the Live, the store, the generations below, join counters */
    pthread_cond_t save_wanted, saved, push_wanted;
    uint64_t dirty_gen, saved_gen, push_gen;
    bool stopping;
    char save_error[256];
    pthread_t saver_thread, pusher_thread;
    bool threads_started;
    JoinCounter joins[NET_JOIN_ADDRESSES];
    size_t n_joins;

    pthread_mutex_t clients_lock; /* the table below; never taken while holding `lock` */
    Client *clients[NET_MAX_CLIENTS];
};

/* net_http.c */
bool net_http_load_files(NetServer *s, char *err, size_t errlen);
void net_http_free_files(NetServer *s);
int net_http_handle(struct mg_connection *conn, void *cbdata);
/* Writes a complete response with the security headers; body NULL (HEAD) sends the headers only,
 * with len as Content-Length. */
void net_http_send(struct mg_connection *conn, int status, const char *type, const char *body,
                   size_t len, bool cacheable);

/* net_ws.c */
void net_ws_register(NetServer *s);
/* Sends every connected student their state (called by the pushing thread). */
void net_ws_push_all(NetServer *s);
void net_ws_send(struct mg_connection *conn, char *msg); /* sends and frees msg */

/* net_server.c: after a student's change, while locked; returns the generation to wait for. */
uint64_t net_mark_dirty(NetServer *s);
/* Waits (locked) until generation g is saved or the server stops. */
void net_wait_saved(NetServer *s, uint64_t g);
void net_activity(NetServer *s);
/* A new random token: LIVE_TOKEN_CHARS hex digits. False when the system has no randomness. */
bool net_random_hex(char *out, size_t chars);

#endif
