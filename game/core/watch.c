/* watch.c — see watch.h. */
#define _POSIX_C_SOURCE 200809L
#include "watch.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct Signature {
    WatchStat st;
    uint64_t hash; /* FNV-1a of the content (0 when it could not be read) */
} Signature;

struct Watch {
    char *path;
    WatchStatFn stat_fn;
    void *stat_ctx;
    Signature reported;   /* what the caller has loaded */
    Signature seen;       /* what the last check saw */
    Signature pending;    /* a change seen once, waiting to be confirmed */
    bool has_pending;
    uint64_t stat_changed_ms; /* when the stat part last changed (start of the racy window) */
    uint64_t next_ms;
    unsigned long reads;
};

static void real_stat(const char *path, WatchStat *out, void *ctx)
{
    (void)ctx;
    struct stat st;
    memset(out, 0, sizeof *out);
    if (stat(path, &st) != 0) return;
    out->exists = true;
    out->size = (int64_t)st.st_size;
    out->mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    out->ctime_ns = (int64_t)st.st_ctim.tv_sec * 1000000000 + st.st_ctim.tv_nsec;
    out->dev = (uint64_t)st.st_dev;
    out->ino = (uint64_t)st.st_ino;
}

static bool same_stat(const WatchStat *a, const WatchStat *b)
{
    return a->exists == b->exists && a->size == b->size && a->mtime_ns == b->mtime_ns &&
           a->ctime_ns == b->ctime_ns && a->dev == b->dev && a->ino == b->ino;
}

static bool same(const Signature *a, const Signature *b)
{
    return same_stat(&a->st, &b->st) && a->hash == b->hash;
}

/* FNV-1a 64 of the file's first WATCH_MAX_HASH_BYTES; 0 when it cannot be opened. */
static uint64_t hash_file(Watch *w)
{
    FILE *f = fopen(w->path, "rb");
    if (!f) return 0;
    w->reads++;
    uint64_t h = 0xcbf29ce484222325u;
    unsigned char buf[16384];
    size_t n, total = 0;
    while (total < WATCH_MAX_HASH_BYTES && (n = fread(buf, 1, sizeof buf, f)) > 0) {
        for (size_t i = 0; i < n; i++) h = (h ^ buf[i]) * 0x100000001b3u;
        total += n;
    }
    fclose(f);
    return h;
}

/* The file's signature now; the content is hashed only when it may have changed unseen. */
static Signature take(Watch *w, uint64_t now_ms, bool force_hash)
{
    Signature s = {0};
    w->stat_fn(w->path, &s.st, w->stat_ctx);
    bool stat_changed = !same_stat(&s.st, &w->seen.st);
    if (stat_changed) w->stat_changed_ms = now_ms;
    bool racy = now_ms - w->stat_changed_ms < WATCH_RACY_MS;
    if (!s.st.exists) s.hash = 0;
    else if (force_hash || stat_changed || racy) s.hash = hash_file(w);
    else s.hash = w->seen.hash;
    w->seen = s;
    return s;
}

Watch *watch_create(const char *path, uint64_t now_ms)
{
    Watch *w = calloc(1, sizeof *w);
    size_t n = strlen(path) + 1;
    if (!w || !(w->path = malloc(n))) {
        free(w);
        return NULL;
    }
    memcpy(w->path, path, n);
    w->stat_fn = real_stat;
    w->stat_changed_ms = now_ms; /* the file may have been written just now: racy from the start */
    w->reported = take(w, now_ms, true);
    w->next_ms = now_ms + WATCH_POLL_MS;
    return w;
}

void watch_free(Watch *w)
{
    if (!w) return;
    free(w->path);
    free(w);
}

void watch_set_stat(Watch *w, WatchStatFn fn, void *ctx)
{
    w->stat_fn = fn ? fn : real_stat;
    w->stat_ctx = ctx;
    w->has_pending = false;
    w->reported = take(w, w->stat_changed_ms, true);
}

bool watch_poll(Watch *w, uint64_t now_ms)
{
    if (now_ms < w->next_ms) return false;
    w->next_ms = now_ms + WATCH_POLL_MS;
    Signature s = take(w, now_ms, false);
    if (same(&s, &w->reported)) {
        w->has_pending = false; /* changed and changed back: nothing to do */
        return false;
    }
    if (w->has_pending && same(&s, &w->pending)) {
        w->reported = s;
        w->has_pending = false;
        return true;
    }
    w->pending = s; /* new, or still changing: confirm on the next check */
    w->has_pending = true;
    w->next_ms = now_ms + WATCH_SETTLE_MS;
    return false;
}

uint64_t watch_next_ms(const Watch *w)
{
    return w->next_ms;
}

const char *watch_path(const Watch *w)
{
    return w->path;
}

unsigned long watch_reads(const Watch *w)
{
    return w->reads;
}
