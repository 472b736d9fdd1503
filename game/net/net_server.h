/* net_server.h — the live classroom's embedded web server (civetweb): serves the student page
 * (assets/web/), seats students (POST /api/join) and keeps a WebSocket per student (/ws) that
 * carries their answers in and their view out (docs/live-protocol.md).
 *
 * Threads: civetweb answers each connection on a worker thread of its own; two threads of ours
 * save (group commit: every answer is in the store before its ack) and push (a new state to every
 * student after a change, and the countdown's end). The Live and the store are guarded by one lock
 * that the projector takes too (net_server_lock). */
#ifndef BYLINE_NET_SERVER_H
#define BYLINE_NET_SERVER_H
#include "live.h"
#include "live_store.h" /* LiveSaver */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct NetServer NetServer;

typedef struct NetServerConfig {
    const char *bind;          /* address to listen on; NULL or "0.0.0.0" = every interface */
    int port;                  /* 0 = any free port (see net_server_port) */
    const char *web_dir;       /* folder with index.html, app.js, js/ (modules), app.css, favicon.svg */
    int joins_per_minute;      /* per client address; 0 = NET_DEFAULT_JOINS_PER_MINUTE */
    Store *store;              /* the saver's store, for its error messages; may be NULL */
    /* Called from server threads, with no lock held, when students join, answer, connect or
     * leave: the projector redraws. May be NULL. */
    void (*on_activity)(void *ctx);
    void *ctx;
} NetServerConfig;

#define NET_DEFAULT_JOINS_PER_MINUTE 20
#define NET_MAX_BODY 4096           /* bytes of a request body or a WebSocket message */
#define NET_MSG_RATE 20             /* messages a second a client may send on average … */
#define NET_MSG_BURST 40            /* … and at once */

/* Starts serving `live` (saving through saver when not NULL; both must outlive the server).
 * NULL with a message in err when the port cannot be bound or the web files are missing. */
NetServer *net_server_start(Live *live, LiveSaver *saver, const NetServerConfig *cfg, char *err,
                            size_t errlen);
/* Stops: closes every connection, saves what is pending, joins the threads. */
void net_server_stop(NetServer *s);
int net_server_port(const NetServer *s);

/* The lock over the Live and the store. */
void net_server_lock(NetServer *s);
void net_server_unlock(NetServer *s);
/* Call while locked after changing the Live (a teacher's action): saves and pushes it. */
void net_server_changed(NetServer *s);
/* The clock the Live is driven with: CLOCK_MONOTONIC milliseconds. */
int64_t net_now_ms(void);
/* The last error saving to the store ("" when none); call while locked. */
const char *net_server_save_error(const NetServer *s);
/* How many students have a live channel open now. */
size_t net_server_connections(NetServer *s);

#endif
