/* test_watch.c — noticing file changes (game/core/watch.c) on temporary files, with a fake clock:
 * nothing reported while the file stays the same, a change reported once and only when two checks
 * agree, a file still being written waited for, deletion and re-creation, an editor's
 * rename-over-the-old-file save, and (with an injected stat call) a same-size rewrite inside one
 * timestamp tick caught by the content hash, with no reading at all once the file is old. */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"
#include "watch.h"
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#define T0 1000u

typedef struct Fixture {
    char dir[64];
    char path[96];
    uint64_t now;
} Fixture;

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
    assert_int_equal(fclose(f), 0);
}

static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/byline-watch-XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    snprintf(f->path, sizeof f->path, "%s/pack.json", f->dir);
    write_file(f->path, "{\"version\": 1}\n");
    f->now = T0;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    char tmp[128];
    snprintf(tmp, sizeof tmp, "%s/new.json", f->dir);
    unlink(tmp);
    unlink(f->path);
    rmdir(f->dir);
    free(f);
    return 0;
}

/* Moves the clock to the next due check and polls once. */
static bool step(Fixture *f, Watch *w)
{
    assert_true(watch_next_ms(w) > f->now);
    f->now = watch_next_ms(w);
    return watch_poll(w, f->now);
}

/* Polls until a change is reported (true) or `max` checks pass without one (false). */
static bool settles(Fixture *f, Watch *w, int max)
{
    for (int i = 0; i < max; i++)
        if (step(f, w)) return true;
    return false;
}

static void unchanged_file_is_never_reported(void **state)
{
    Fixture *f = *state;
    Watch *w = watch_create(f->path, f->now);
    assert_non_null(w);
    assert_string_equal(watch_path(w), f->path);
    assert_int_equal(watch_next_ms(w), T0 + WATCH_POLL_MS);
    assert_false(watch_poll(w, T0 + 1)); /* not due yet */
    assert_false(settles(f, w, 20));
    watch_free(w);
}

static void a_change_is_reported_once_after_two_checks_agree(void **state)
{
    Fixture *f = *state;
    Watch *w = watch_create(f->path, f->now);
    write_file(f->path, "{\"version\": 2, \"longer\": true}\n");
    assert_false(step(f, w));                                  /* seen once: wait */
    assert_int_equal(watch_next_ms(w), f->now + WATCH_SETTLE_MS); /* and look again soon */
    assert_true(step(f, w));                                   /* confirmed */
    assert_int_equal(watch_next_ms(w), f->now + WATCH_POLL_MS);
    assert_false(settles(f, w, 10));                           /* reported once */
    watch_free(w);
}

static void a_file_still_being_written_is_waited_for(void **state)
{
    Fixture *f = *state;
    Watch *w = watch_create(f->path, f->now);
    write_file(f->path, "{\"vers");                   /* half written */
    assert_false(step(f, w));
    write_file(f->path, "{\"version\": 3, \"more");   /* still going */
    assert_false(step(f, w));
    write_file(f->path, "{\"version\": 3, \"more\": 1}\n");
    assert_false(step(f, w));
    assert_true(step(f, w));                          /* unchanged for one check: reported */
    watch_free(w);
}

static void deleting_and_recreating_are_both_changes(void **state)
{
    Fixture *f = *state;
    Watch *w = watch_create(f->path, f->now);
    assert_int_equal(unlink(f->path), 0);
    assert_true(settles(f, w, 3));
    assert_false(settles(f, w, 5));
    write_file(f->path, "{\"version\": 1}\n");
    assert_true(settles(f, w, 3));
    watch_free(w);
}

/* Editors often write a new file and rename it over the old one: same size, maybe the same
 * mtime, but another inode. */
static void saving_by_rename_is_a_change(void **state)
{
    Fixture *f = *state;
    Watch *w = watch_create(f->path, f->now);
    char tmp[128];
    snprintf(tmp, sizeof tmp, "%s/new.json", f->dir);
    write_file(tmp, "{\"version\": 9}\n"); /* same length as the original */
    assert_int_equal(rename(tmp, f->path), 0);
    assert_true(settles(f, w, 3));
    watch_free(w);
}

/* A stat call that always says the same thing, as when two saves land in one timestamp tick. */
static void frozen_stat(const char *path, WatchStat *out, void *ctx)
{
    (void)path;
    (void)ctx;
    *out = (WatchStat){.exists = true, .size = 15, .mtime_ns = 1, .ctime_ns = 1, .dev = 1, .ino = 1};
}

static void same_size_and_times_are_caught_by_the_hash_while_racy(void **state)
{
    Fixture *f = *state;
    Watch *w = watch_create(f->path, f->now);
    watch_set_stat(w, frozen_stat, NULL);
    write_file(f->path, "{\"version\": 5}\n"); /* same 15 bytes, different content */
    assert_true(settles(f, w, 3));
    watch_free(w);
}

static void an_old_unchanged_file_is_not_read(void **state)
{
    Fixture *f = *state;
    Watch *w = watch_create(f->path, f->now);
    watch_set_stat(w, frozen_stat, NULL);
    while (f->now < T0 + WATCH_RACY_MS) assert_false(step(f, w));
    unsigned long reads = watch_reads(w);
    assert_false(settles(f, w, 20));
    assert_int_equal(watch_reads(w), reads); /* idle: one stat per check, no reading */
    /* The price: a change that keeps size and every time stamp (impossible once the tick has
     * passed, short of tools that set them back) is not seen. */
    write_file(f->path, "{\"version\": 6}\n");
    assert_false(settles(f, w, 4));
    watch_free(w);
}

static void real_writes_after_a_while_are_seen_without_reading_idly(void **state)
{
    Fixture *f = *state;
    Watch *w = watch_create(f->path, f->now);
    while (f->now < T0 + 2 * WATCH_RACY_MS) assert_false(step(f, w));
    unsigned long reads = watch_reads(w);
    assert_false(step(f, w));
    assert_int_equal(watch_reads(w), reads);
    write_file(f->path, "{\"version\": 7, \"grew\": 1}\n"); /* new size: the stat part changes */
    assert_true(settles(f, w, 3));
    watch_free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(unchanged_file_is_never_reported, setup, teardown),
        cmocka_unit_test_setup_teardown(a_change_is_reported_once_after_two_checks_agree, setup, teardown),
        cmocka_unit_test_setup_teardown(a_file_still_being_written_is_waited_for, setup, teardown),
        cmocka_unit_test_setup_teardown(deleting_and_recreating_are_both_changes, setup, teardown),
        cmocka_unit_test_setup_teardown(saving_by_rename_is_a_change, setup, teardown),
        cmocka_unit_test_setup_teardown(same_size_and_times_are_caught_by_the_hash_while_racy, setup, teardown),
        cmocka_unit_test_setup_teardown(an_old_unchanged_file_is_not_read, setup, teardown),
        cmocka_unit_test_setup_teardown(real_writes_after_a_while_are_seen_without_reading_idly, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
