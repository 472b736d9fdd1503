/* watch.h — noticing that a file changed, for the app's teacher preview (`byline PACK --watch`).
 *
 * Polling, not inotify: the caller asks watch_poll(w, now_ms) whenever it wakes up, and sleeps
 * until watch_next_ms(w) otherwise, so an idle watch costs one stat(2) per WATCH_POLL_MS. The
 * caller supplies the clock (monotonic milliseconds), which keeps tests free of sleeps.
 *
 * A file's signature is whether it exists, its size, mtime, ctime, device and inode (an editor
 * that saves by renaming a new file over the old one changes the inode), and a hash of its
 * content. The content is read only when the stat part changed, or while the stat part is
 * "racy": less than WATCH_RACY_MS after it last changed, when a second save within the same
 * timestamp tick (coarse on some file systems: 2 s on FAT) could leave size and times unchanged.
 * (git calls this the racy-git problem and solves it the same way.)
 *
 * A change is reported once it is stable: two polls in a row (WATCH_SETTLE_MS apart) must see the
 * same new signature, so a file caught half-written is usually not reported until the write
 * ends. A half-written file can still be reported when the writer pauses; the caller then shows
 * the load errors and the next change (the rest of the write) is reported again. */
#ifndef BYLINE_WATCH_H
#define BYLINE_WATCH_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WATCH_POLL_MS   500   /* between checks while nothing is changing */
#define WATCH_SETTLE_MS 150   /* after a change was seen: check again this soon to confirm it */
#define WATCH_RACY_MS   3000  /* re-read the content this long after size or times last changed */
#define WATCH_MAX_HASH_BYTES (64u * 1024u * 1024u) /* bytes hashed at most (a pack is 16 MiB max) */

typedef struct Watch Watch;

/* What stat(2) says about the file; exists false when it cannot be stat'ed (missing, no access). */
typedef struct WatchStat {
    bool exists;
    int64_t size;
    int64_t mtime_ns, ctime_ns; /* nanoseconds since the epoch */
    uint64_t dev, ino;
} WatchStat;
/* The function that stats the file: stat(2) by default; tests inject their own. */
typedef void (*WatchStatFn)(const char *path, WatchStat *out, void *ctx);

/* Starts watching `path` (copied): takes its signature now, so load the file after this call (a
 * change made in between is then reported, never lost). Returns NULL when out of memory. Free
 * with watch_free. */
Watch *watch_create(const char *path, uint64_t now_ms);
void watch_free(Watch *w);
/* Replaces the stat call (NULL restores stat(2)) and takes the signature again. For tests. */
void watch_set_stat(Watch *w, WatchStatFn fn, void *ctx);

/* Checks the file if its time has come (now_ms >= watch_next_ms); true once per stable change,
 * i.e. when the caller should load the file again. */
bool watch_poll(Watch *w, uint64_t now_ms);
/* When the next check is due (the clock of watch_create/watch_poll). */
uint64_t watch_next_ms(const Watch *w);
const char *watch_path(const Watch *w);
/* How many times the content was read and hashed (to test that an idle watch reads nothing). */
unsigned long watch_reads(const Watch *w);

#endif
