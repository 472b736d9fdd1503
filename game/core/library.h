/* library.h — finding quiz packs on disk: the *.json files of a directory. No SDL, no parsing. */
#ifndef BYLINE_LIBRARY_H
#define BYLINE_LIBRARY_H
#include <stdbool.h>
#include <stddef.h>

#define LIBRARY_MAX_FILES 1000

/* The paths ("dir/name.json") of the regular *.json files directly in dir, sorted by name.
 * *paths is malloc'd, each path malloc'd; free with library_free. Returns the count (0 when the
 * directory is missing or empty; *paths is then NULL). At most LIBRARY_MAX_FILES are listed. */
size_t library_scan(const char *dir, char ***paths);
void library_free(char **paths, size_t n);
/* True when path names a directory. */
bool library_is_dir(const char *path);
/* True when a and b name the same file (the same device and inode: "quizzes/x.json" and its
 * absolute path, a symbolic link and its target); false when either cannot be stat'ed. */
bool library_same_file(const char *a, const char *b);

#endif
