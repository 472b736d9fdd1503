/* datadir.c — finding the data folder (see datadir.h for the order). */
#define _XOPEN_SOURCE 700
#include "datadir.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Compiled in by cmake/BylineInstall.cmake; these defaults keep other builds working. */
#ifndef BYLINE_REL_DATADIR
#define BYLINE_REL_DATADIR "../share/byline"
#endif
#ifndef BYLINE_INSTALL_DATADIR
#define BYLINE_INSTALL_DATADIR "/usr/local/share/byline"
#endif
#ifndef BYLINE_BUILD_DIR
#define BYLINE_BUILD_DIR ""
#endif
#ifndef BYLINE_SOURCE_DATA_DIR
#define BYLINE_SOURCE_DATA_DIR ""
#endif

#define DATADIR_XDG_DEFAULT "/usr/local/share:/usr/share"
#define DATADIR_PATH_MAX 4096 /* realpath(3) needs PATH_MAX bytes; 4096 on Linux */

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Copies s into buf; false when it does not fit (a path that long is not used at all). */
static bool put(char *buf, size_t size, const char *s)
{
    int n = snprintf(buf, size, "%s", s);
    if (n < 0 || (size_t)n >= size) return false;
    while (n > 1 && buf[n - 1] == '/') buf[--n] = '\0';
    return true;
}

/* True when dir holds the fonts, i.e. is a complete data folder; copies it into buf then. */
static bool try_dir(const char *dir, char *buf, size_t size)
{
    char fonts[DATADIR_PATH_MAX];
    if (!dir[0]) return false;
    int n = snprintf(fonts, sizeof fonts, "%s/assets/fonts", dir);
    if (n < 0 || (size_t)n >= sizeof fonts || !is_dir(fonts)) return false;
    return put(buf, size, dir);
}

bool datadir_exe_dir(char *buf, size_t size)
{
    char exe[DATADIR_PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return false;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash) return false;
    *slash = '\0';
    return put(buf, size, exe[0] ? exe : "/");
}

/* The source tree, only when the executable sits in the build tree it was built in: an
 * installed copy must never read a checkout that happens to exist on the build machine. */
static bool try_build_tree(const char *exe_dir, char *buf, size_t size)
{
    char real_build[DATADIR_PATH_MAX], real_exe[DATADIR_PATH_MAX];
    if (!BYLINE_BUILD_DIR[0] || !realpath(BYLINE_BUILD_DIR, real_build)) return false;
    if (!realpath(exe_dir, real_exe) || strcmp(real_build, real_exe) != 0) return false;
    return try_dir(BYLINE_SOURCE_DATA_DIR, buf, size);
}

static bool try_xdg(char *buf, size_t size)
{
    const char *env = getenv("XDG_DATA_DIRS");
    const char *p = env && env[0] ? env : DATADIR_XDG_DEFAULT;
    while (*p) {
        size_t len = strcspn(p, ":");
        char dir[DATADIR_PATH_MAX];
        if (len > 0 && len + sizeof "/byline" <= sizeof dir) {
            memcpy(dir, p, len);
            memcpy(dir + len, "/byline", sizeof "/byline");
            if (try_dir(dir, buf, size)) return true;
        }
        p += len;
        if (*p == ':') p++;
    }
    return false;
}

bool datadir_find(const char *given, char *buf, size_t size)
{
    if (size == 0) return false;
    if (given && given[0] && put(buf, size, given)) return true;
    const char *env = getenv("BYLINE_DATA_DIR");
    if (env && env[0] && put(buf, size, env)) return true;
    char exe_dir[DATADIR_PATH_MAX];
    if (datadir_exe_dir(exe_dir, sizeof exe_dir)) {
        char rel[DATADIR_PATH_MAX], real[DATADIR_PATH_MAX];
        int n = snprintf(rel, sizeof rel, "%s/%s", exe_dir, BYLINE_REL_DATADIR);
        if (n > 0 && (size_t)n < sizeof rel && realpath(rel, real) && try_dir(real, buf, size))
            return true;
        if (try_build_tree(exe_dir, buf, size)) return true;
    }
    if (try_dir(BYLINE_INSTALL_DATADIR, buf, size)) return true;
    if (try_xdg(buf, size)) return true;
    put(buf, size, ".");
    return false;
}
