/* test_store_path.c — what a --store argument names (store_path.h): one rule for the app,
 * present and results. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include "helpers.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "store_path.h"

static char root[256];

static int setup(void **state)
{
    (void)state;
    snprintf(root, sizeof root, "/tmp/byline-store-path-XXXXXX");
    return mkdtemp(root) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *at(const char *rel)
{
    static char buf[2][400];
    static int k;
    char *b = buf[k++ % 2];
    snprintf(b, 400, "%s/%s", root, rel);
    return b;
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static void an_existing_folder_holds_progress_db(void **state)
{
    (void)state;
    char file[512], err[256], want[512];
    assert_true(store_path_resolve(root, false, file, sizeof file, err, sizeof err));
    snprintf(want, sizeof want, "%s/progress.db", root);
    assert_string_equal(file, want);
    /* Trailing slashes do not double up. */
    char slashed[300];
    snprintf(slashed, sizeof slashed, "%s//", root);
    assert_true(store_path_resolve(slashed, false, file, sizeof file, err, sizeof err));
    assert_string_equal(file, want);
}

static void an_existing_file_is_the_store_whatever_its_name(void **state)
{
    (void)state;
    FILE *f = fopen(at("mystore"), "w");
    assert_non_null(f);
    fclose(f);
    char file[512], err[256];
    assert_true(store_path_resolve(at("mystore"), true, file, sizeof file, err, sizeof err));
    assert_string_equal(file, at("mystore"));
}

static void a_new_name_is_a_folder_unless_it_ends_in_db(void **state)
{
    (void)state;
    char file[512], err[256];
    /* Without create nothing is made. */
    assert_true(store_path_resolve(at("class/a"), false, file, sizeof file, err, sizeof err));
    assert_string_equal(file, at("class/a/progress.db"));
    assert_false(is_dir(at("class")));
    /* With create the folders are made, mkdir -p. */
    assert_true(store_path_resolve(at("class/a"), true, file, sizeof file, err, sizeof err));
    assert_true(is_dir(at("class/a")));
    /* NAME.db is a file; its folder is made. */
    assert_true(store_path_resolve(at("other/x.db"), true, file, sizeof file, err, sizeof err));
    assert_string_equal(file, at("other/x.db"));
    assert_true(is_dir(at("other")));
    assert_false(is_dir(at("other/x.db")));
    /* A trailing slash means a folder even for NAME.db/. */
    assert_true(store_path_resolve(at("odd.db/"), false, file, sizeof file, err, sizeof err));
    assert_string_equal(file, at("odd.db/progress.db"));
}

static void what_cannot_be_made_or_named_is_an_error(void **state)
{
    (void)state;
    char file[512], err[256];
    FILE *f = fopen(at("plain"), "w");
    assert_non_null(f);
    fclose(f);
    /* A folder under a file cannot be made. */
    assert_false(store_path_resolve(at("plain/sub"), true, file, sizeof file, err, sizeof err));
    assert_non_null(strstr(err, "cannot make the folder"));
    assert_false(store_path_resolve("", true, file, sizeof file, err, sizeof err));
    char tiny[8];
    assert_false(store_path_resolve(root, false, tiny, sizeof tiny, err, sizeof err));
    assert_non_null(strstr(err, "too long"));
    assert_string_equal(tiny, ""); /* not a cut-off path */
}

static void the_folder_of_a_store_file(void **state)
{
    (void)state;
    char dir[64];
    store_path_folder("/a/b/progress.db", dir, sizeof dir);
    assert_string_equal(dir, "/a/b");
    store_path_folder("/progress.db", dir, sizeof dir);
    assert_string_equal(dir, "/");
    store_path_folder("progress.db", dir, sizeof dir);
    assert_string_equal(dir, ".");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(an_existing_folder_holds_progress_db),
        cmocka_unit_test(an_existing_file_is_the_store_whatever_its_name),
        cmocka_unit_test(a_new_name_is_a_folder_unless_it_ends_in_db),
        cmocka_unit_test(what_cannot_be_made_or_named_is_an_error),
        cmocka_unit_test(the_folder_of_a_store_file),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
