/* live_host.h — hosting a live class: the progress store, the class (new, or resumed when one on
 * the same pack was cut short), its saver and its web server, opened and closed together. Used by
 * `byline live` (cmd_live.c) and by presenter mode's "Live class" choice (cmd_present.c, the app),
 * so both run a class the same way. */
#ifndef BYLINE_LIVE_HOST_H
#define BYLINE_LIVE_HOST_H
#include "live.h"
#include "live_store.h"
#include "net_addr.h"
#include "net_server.h"
#include "pack.h"
#include "progress.h"
#include <stdbool.h>
#include <stddef.h>

#define LIVE_HOST_MAX_URLS 8

typedef struct LiveHostOptions {
    LivePacing pacing;
    LiveRules rules;
    const char *bind;       /* NULL = every interface */
    int port;               /* 0 = any free port */
    const char *room;       /* NULL = a random code */
    const char *store;      /* a file or a folder (FOLDER/progress.db); NULL = byline's default */
    bool no_store;          /* save nothing: the class cannot resume */
    bool fresh;             /* a new class even if one on this pack can resume */
    int joins_per_minute;   /* 0 = the server's default */
    const char *data_dir;   /* holds assets/web/ */
    void (*on_activity)(void *ctx); /* the server's activity callback (net_server.h) */
    void *activity_ctx;
} LiveHostOptions;

typedef struct LiveHost {
    const Pack *pack;       /* borrowed */
    Store *store;           /* NULL with no_store */
    Live *live;
    LiveSaver *saver;
    NetServer *srv;
    bool resumed;
    char urls[LIVE_HOST_MAX_URLS][NET_URL_MAX];
    const char *url_list[LIVE_HOST_MAX_URLS]; /* pointers to urls, for the projector */
    size_t n_urls;
} LiveHost;

/* Opens everything; NULL with a message in err when the store, the class or the server cannot be
 * had (the port in use, the web files missing). Close with live_host_close. */
LiveHost *live_host_open(const Pack *pack, const LiveHostOptions *opt, char *err, size_t errlen);
/* Stops the server, finishes the students' attempts when the class is over, frees it all. */
void live_host_close(LiveHost *h);

/* The store's path for --store (a file, or a folder holding progress.db), $BYLINE_DATA_HOME, or
 * byline's default; false when there is no place for it. */
bool live_host_store_path(const char *store, char *buf, size_t n);

#ifdef BYLINE_HAVE_UI
#include "ui_live.h"
/* The projector's view of the host: its lock, its save-and-push, its clock. */
void live_host_ui(LiveHost *h, UiLiveHost *out);
/* For presenter mode's "Live class" choice: ctx is a LiveHostOptions (its pacing and rules are
 * replaced by the setup's). */
bool live_host_start_cb(void *ctx, const Pack *pack, LivePacing pacing, LiveRules rules, UiLiveHost *host,
                        char *err, size_t errlen);
void live_host_stop_cb(void *ctx, UiLiveHost *host);
#endif

#endif
