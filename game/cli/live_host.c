/* live_host.c — opening and closing a hosted live class; see live_host.h. */
#define _GNU_SOURCE
#include "live_host.h"
#include "store_path.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

bool live_host_store_path(const char *store, char *buf, size_t n)
{
    /* One rule with the app, `present` and `results` (store_path.h): --store DIR or FILE, else
     * $BYLINE_DATA_HOME/progress.db, else the default; a folder that does not exist yet is made,
     * so a class is never run unsaved because of a missing folder. */
    const char *home = getenv("BYLINE_DATA_HOME");
    char folder[4096], err[512];
    const char *arg = store;
    if (!arg && home && home[0]) {
        if ((size_t)snprintf(folder, sizeof folder, "%s/", home) >= sizeof folder) return false;
        arg = folder;
    }
    if (!arg) return store_default_path(buf, n);
    if (!store_path_resolve(arg, true, buf, n, err, sizeof err)) {
        if (!buf[0]) return false;
        fprintf(stderr, "byline: %s\n", err); /* store_open names the path that cannot be opened */
    }
    return true;
}

static bool random_bytes(void *buf, size_t n)
{
    return getrandom(buf, n, 0) == (ssize_t)n;
}

static Live *new_live(const Pack *p, const LiveHostOptions *o, char *err, size_t n)
{
    char room[LIVE_ROOM_CHARS + 1];
    unsigned char rnd[LIVE_ROOM_CHARS];
    uint64_t seed;
    if (!random_bytes(rnd, sizeof rnd) || !random_bytes(&seed, sizeof seed)) {
        snprintf(err, n, "the system has no randomness");
        return NULL;
    }
    live_make_room_code(rnd, room);
    return live_create(p, o->pacing, o->rules, o->room ? o->room : room, seed, net_now_ms(), err, n);
}

/* Opens the store and resumes the class cut short on this pack, or begins a new one. */
static bool open_class(LiveHost *h, const LiveHostOptions *o, char *err, size_t n)
{
    if (!o->no_store) {
        char path[4096];
        if (!live_host_store_path(o->store, path, sizeof path)) {
            snprintf(err, n, "no place for the progress store (set HOME, or --store FILE, or --no-store)");
            return false;
        }
        if (!(h->store = store_open(path, err, n))) return false;
        int64_t now = (int64_t)time(NULL);
        int64_t id = live_store_find_unfinished(h->store, h->pack->id, now);
        if (id >= 0 && o->fresh) live_store_abandon(h->store, id, now);
        else if (id >= 0) {
            h->live = live_store_resume(h->store, id, h->pack, net_now_ms(), now, &h->saver, err, n);
            h->resumed = h->live != NULL;
            return h->resumed;
        }
    }
    if (!(h->live = new_live(h->pack, o, err, n))) return false;
    if (h->store && !(h->saver = live_store_begin(h->store, h->live, (int64_t)time(NULL), err, n))) return false;
    return true;
}

LiveHost *live_host_open(const Pack *pack, const LiveHostOptions *o, char *err, size_t errlen)
{
    LiveHost *h = calloc(1, sizeof *h);
    if (!h) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    h->pack = pack;
    char web[4096];
    snprintf(web, sizeof web, "%s/assets/web", o->data_dir ? o->data_dir : ".");
    NetServerConfig cfg = {
        .bind = o->bind, .port = o->port, .web_dir = web, .joins_per_minute = o->joins_per_minute,
        .on_activity = o->on_activity, .ctx = o->activity_ctx,
    };
    if (!open_class(h, o, err, errlen)) goto fail;
    cfg.store = h->store;
    if (!(h->srv = net_server_start(h->live, h->saver, &cfg, err, errlen))) goto fail;
    h->n_urls = net_join_urls(o->bind, net_server_port(h->srv), live_room(h->live), h->urls, LIVE_HOST_MAX_URLS);
    return h;
fail:
    live_host_close(h);
    return NULL;
}

void live_host_close(LiveHost *h)
{
    if (!h) return;
    net_server_stop(h->srv);
    if (h->saver) {
        if (live_phase(h->live) == LIVE_FINISHED) live_store_finish(h->saver, h->live, (int64_t)time(NULL));
        live_store_close(h->saver);
    }
    live_free(h->live);
    store_close(h->store);
    free(h);
}

#ifdef BYLINE_HAVE_UI
static void host_lock(void *ctx) { net_server_lock(((LiveHost *)ctx)->srv); }
static void host_unlock(void *ctx) { net_server_unlock(((LiveHost *)ctx)->srv); }
static void host_changed(void *ctx) { net_server_changed(((LiveHost *)ctx)->srv); }
static int64_t host_now(void *ctx)
{
    (void)ctx;
    return net_now_ms();
}

void live_host_ui(LiveHost *h, UiLiveHost *out)
{
    for (size_t i = 0; i < h->n_urls; i++) h->url_list[i] = h->urls[i];
    *out = (UiLiveHost){
        .live = h->live, .lock = host_lock, .unlock = host_unlock, .changed = host_changed,
        .now_ms = host_now, .ctx = h, .urls = h->url_list, .n_urls = h->n_urls,
    };
}

static void wake(void *ctx)
{
    (void)ctx;
    ui_live_wake();
}

bool live_host_start_cb(void *ctx, const Pack *pack, LivePacing pacing, LiveRules rules, UiLiveHost *host,
                        char *err, size_t errlen)
{
    LiveHostOptions o = *(const LiveHostOptions *)ctx;
    o.pacing = pacing;
    o.rules = rules;
    o.on_activity = wake;
    LiveHost *h = live_host_open(pack, &o, err, errlen);
    if (!h) return false;
    live_host_ui(h, host);
    for (size_t i = 0; i < h->n_urls; i++) printf("live: %s\n", h->urls[i]);
    fflush(stdout);
    return true;
}

void live_host_stop_cb(void *ctx, UiLiveHost *host)
{
    (void)ctx;
    live_host_close(host->ctx);
    memset(host, 0, sizeof *host);
}
#endif
