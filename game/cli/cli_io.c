/* cli_io.c — see cli_io.h. */
#define _POSIX_C_SOURCE 200809L /* open flags */
#include "cli_io.h"
#include "text.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Reads f to the end, growing the buffer; stops with EFBIG past max bytes. */
static char *slurp(FILE *f, size_t max, size_t *len)
{
    size_t cap = 64 * 1024, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n > max) {
            free(buf);
            errno = EFBIG;
            return NULL;
        }
        if (n < cap) break;
        char *bigger = realloc(buf, cap * 2 + 1);
        if (!bigger) free(buf);
        buf = bigger;
        cap *= 2;
    }
    if (buf && ferror(f)) {
        int e = errno;
        free(buf);
        errno = e ? e : EIO;
        return NULL;
    }
    if (!buf) return NULL;
    buf[n] = '\0';
    *len = n;
    return buf;
}

const char *cli_shown(const char *s)
{
    static char bufs[4][1024];
    static unsigned next;
    char *b = bufs[next++ % 4];
    return text_escape_controls(s ? s : "", b, sizeof bufs[0]);
}

char *cli_read_file(const char *cmd, const char *path, size_t max, size_t *len)
{
    bool std_in = strcmp(path, "-") == 0;
    FILE *f = std_in ? stdin : fopen(path, "rb");
    char *text = f ? slurp(f, max, len) : NULL;
    if (!text) {
        if (errno == EFBIG)
            fprintf(stderr, "byline %s: cannot read '%s': larger than the %zu MiB limit\n", cmd,
                    cli_shown(path), max / (1024 * 1024));
        else
            fprintf(stderr, "byline %s: cannot %s '%s': %s\n", cmd, f ? "read" : "open", cli_shown(path),
                    strerror(errno));
    }
    if (f && !std_in) fclose(f);
    return text;
}

bool cli_expect_text(const char *cmd, const char *path, const char *text, size_t len)
{
    const char *nul = memchr(text, '\0', len);
    if (!nul) return true;
    int line, col;
    size_t off = (size_t)(nul - text);
    text_line_col(text, len, off, &line, &col);
    fprintf(stderr,
            "byline %s: %s: not a text file: a NUL byte at line %d, column %d (byte %zu); save the "
            "article as plain text (UTF-8)\n", cmd, cli_shown(path), line, col, off);
    return false;
}

bool cli_write_text(const char *cmd, const char *path, const char *text)
{
    bool std_out = !path || strcmp(path, "-") == 0;
    FILE *f = std_out ? stdout : fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "byline %s: cannot write '%s': %s\n", cmd, cli_shown(path), strerror(errno));
        return false;
    }
    bool ok = fputs(text, f) >= 0 && fputc('\n', f) != EOF;
    ok = (std_out ? fflush(f) == 0 : fclose(f) == 0) && ok;
    if (!ok)
        fprintf(stderr, "byline %s: cannot write '%s': %s\n", cmd, std_out ? "standard output" : cli_shown(path),
                strerror(errno));
    return ok;
}

bool cli_probe_file(const char *cmd, const char *path, const char *verb)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) {
        close(fd);
        return true;
    }
    fprintf(stderr, "byline %s: cannot %s %s: %s\n", cmd, verb, cli_shown(path), strerror(errno));
    return false;
}

const char *cli_option_value(int argc, char **argv, int *i, const char *s, const char *l)
{
    const char *a = argv[*i];
    size_t ll = strlen(l);
    if (strncmp(a, l, ll) == 0 && a[ll] == '=') return a + ll + 1;
    if (strcmp(a, s) != 0 && strcmp(a, l) != 0) return NULL;
    if (*i + 1 >= argc) return "";
    return argv[++*i];
}
