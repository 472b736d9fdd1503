/* store_path.h — what a `--store` argument names, by one rule for the app, `present` and
 * `results` (they used to differ: a folder in the app, a file in the commands):
 *
 *   - an existing folder, or a path ending in '/', is a folder: the store is FOLDER/progress.db
 *     (the file the app keeps there, beside settings.txt);
 *   - an existing file is the store itself;
 *   - a path that does not exist yet is a file when its name ends in ".db", else a folder. */
#ifndef BYLINE_STORE_PATH_H
#define BYLINE_STORE_PATH_H
#include <stdbool.h>
#include <stddef.h>

#define STORE_FILE_NAME "progress.db"

/* Writes the store file that `arg` names into file (n bytes). With `create`, makes the folders
 * that do not exist yet (the named folder, or a new file's folder), like mkdir -p. False with a
 * message naming the path in err when the name is too long (file is then "") or a folder cannot
 * be made (file is still written). */
bool store_path_resolve(const char *arg, bool create, char *file, size_t n, char *err,
                        size_t errlen);
/* The folder part of a store file path (".") into dir (n bytes), without a trailing slash. */
void store_path_folder(const char *file, char *dir, size_t n);

#endif
