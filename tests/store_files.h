/* store_files.h — what the progress-store tests share: removing a store's files (the database and
 * SQLite's -wal/-shm/-journal beside it) and its temporary folder, and reading or changing a store
 * file with plain SQLite, past the store's own code. Include after <sqlite3.h> and <cmocka.h>. */
#ifndef BYLINE_TEST_STORE_FILES_H
#define BYLINE_TEST_STORE_FILES_H
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

/* Removes db and its SQLite side files, then the (now empty) folder dir. */
static inline void tu_store_remove(const char *dir, const char *db)
{
    static const char *const ext[] = {"", "-wal", "-shm", "-journal"};
    char path[4096];
    for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++) {
        snprintf(path, sizeof path, "%s%s", db, ext[i]);
        unlink(path);
    }
    rmdir(dir);
}

/* One integer read from a store file with plain SQLite (read-only); -1 when it cannot be read. */
static inline int64_t tu_db_int(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    int64_t v = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

/* Runs sql on a store file with plain SQLite; the test fails when it does not run. */
static inline void tu_db_exec(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

#endif
