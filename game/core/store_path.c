/* store_path.c — see store_path.h. */
#define _POSIX_C_SOURCE 200809L
#include "store_path.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* mkdir -p of path[0..end); errno set on failure. */
static bool make_dirs(char *path, size_t end)
{
    for (size_t i = 1; i <= end; i++) {
        if (i < end && path[i] != '/') continue;
        char saved = path[i];
        path[i] = '\0';
        bool ok = mkdir(path, 0700) == 0 || (errno == EEXIST && is_dir(path));
        if (!ok && errno == EEXIST) errno = ENOTDIR;
        path[i] = saved;
        if (!ok) return false;
    }
    return true;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

bool store_path_resolve(const char *arg, bool create, char *file, size_t n, char *err,
                        size_t errlen)
{
    if (!arg[0]) {
        snprintf(err, errlen, "an empty path names no store");
        if (n) file[0] = '\0';
        return false;
    }
    struct stat st;
    bool exists = stat(arg, &st) == 0;
    size_t len = strlen(arg);
    while (len > 1 && arg[len - 1] == '/') len--;
    bool folder = exists ? S_ISDIR(st.st_mode) : arg[strlen(arg) - 1] == '/' || !ends_with(arg, ".db");
    int w = folder ? snprintf(file, n, "%.*s/%s", (int)len, arg, STORE_FILE_NAME)
                   : snprintf(file, n, "%s", arg);
    if (w < 0 || (size_t)w >= n) {
        snprintf(err, errlen, "%.200s: the path is too long", arg);
        if (n) file[0] = '\0'; /* never a cut-off path that names something else */
        return false;
    }
    if (!create || exists) return true;
    /* The folder to make: the named one, or the new file's. */
    char *slash = strrchr(file, '/');
    if (!slash || slash == file) return true;
    if (make_dirs(file, (size_t)(slash - file))) return true;
    int e = errno;
    *slash = '\0';
    snprintf(err, errlen, "cannot make the folder %.300s: %s", file, strerror(e));
    *slash = '/';
    return false;
}

void store_path_folder(const char *file, char *dir, size_t n)
{
    const char *slash = strrchr(file, '/');
    if (!slash) snprintf(dir, n, ".");
    else if (slash == file) snprintf(dir, n, "/");
    else snprintf(dir, n, "%.*s", (int)(slash - file), file);
}
