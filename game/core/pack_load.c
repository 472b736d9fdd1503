/* pack_load.c — reading a pack file: size, encoding and syntax checks before the JSON is
 * walked, then the model (pack_read.c), the evidence (pack_evidence.c) and the cross-checks
 * (pack_check.c). Every failure is a diagnostic; nothing here aborts on bad input. */
#define _POSIX_C_SOURCE 200809L /* stat, open, fdopen */
#include "jsonpath.h"
#include "limits.h"
#include "pack_internal.h"
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void error_at(Diagnostics *d, const char *buf, size_t len, size_t off, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void error_at(Diagnostics *d, const char *buf, size_t len, size_t off, const char *fmt, ...)
{
    int line, col;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    text_line_col(buf, len, off, &line, &col);
    char path[256]; /* the text may not parse: the path comes from a scan of the text itself */
    jsonpath_at(buf, len, off, path, sizeof path);
    diag_add(d, DIAG_ERROR, line, col, path, "%s", msg);
}

static bool check_encoding(const char *buf, size_t len, Diagnostics *d)
{
    size_t bad;
    if (!text_utf8_valid(buf, len, &bad)) {
        error_at(d, buf, len, bad, "invalid UTF-8 (byte 0x%02X); save the file as UTF-8",
                 (unsigned char)buf[bad]);
        return false;
    }
    return true;
}

/* One pass over the structure before cJSON sees it: nesting depth (so hostile input never
 * reaches cJSON's recursion), and what cJSON accepts inside strings but a pack must not contain —
 * raw control characters and "\u0000" (which would silently cut a string short). */
static bool scan_structure(const char *buf, size_t len, Diagnostics *d)
{
    int depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < len; i++) {
        char c = buf[i];
        if (c == '\0') {
            error_at(d, buf, len, i, "%s", "NUL byte in the file (is it really a JSON text file?)");
            return false;
        }
        if (!in_string && (unsigned char)c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
            /* cJSON would skip it as white space; JSON does not allow it. */
            error_at(d, buf, len, i, "%s", "control character in the file");
            return false;
        }
        if (in_string) {
            if ((unsigned char)c < 0x20) {
                error_at(d, buf, len, i, "%s",
                         "raw control character in a string (write a line break as \\n)");
                return false;
            }
            if (c == '\\' && i + 1 < len) {
                if (buf[i + 1] == 'u' && len - i >= 6 && memcmp(buf + i + 2, "0000", 4) == 0) {
                    error_at(d, buf, len, i, "%s", "\\u0000 (NUL) is not allowed in a string");
                    return false;
                }
                i++;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (++depth > PACK_MAX_DEPTH) {
                error_at(d, buf, len, i, "JSON is nested deeper than %d levels (PACK_MAX_DEPTH)",
                         PACK_MAX_DEPTH);
                return false;
            }
        } else if (c == '}' || c == ']') {
            depth--;
        }
    }
    return true;
}

/* True when the text ends inside a string or with brackets still open. */
static bool ends_unclosed(const char *buf, size_t len)
{
    int depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < len; i++) {
        char c = buf[i];
        if (in_string) {
            if (c == '\\') i++;
            else if (c == '"') in_string = false;
        } else if (c == '"') in_string = true;
        else if (c == '{' || c == '[') depth++;
        else if (c == '}' || c == ']') depth--;
    }
    return in_string || depth > 0;
}

/* The offset of a comma that only white space separates from a closing '}' or ']', when cJSON
 * stopped at that bracket (an array) or just after it (an object: cJSON reports the member name it
 * expected one byte on); (size_t)-1 when the error is something else. */
static size_t trailing_comma(const char *buf, size_t off)
{
    for (size_t back = 0; back < 2 && back <= off; back++) {
        size_t k = off - back;
        if (buf[k] != '}' && buf[k] != ']') continue;
        while (k > 0 && strchr(" \t\r\n", buf[k - 1])) k--;
        if (k > 0 && buf[k - 1] == ',') return k - 1;
    }
    return (size_t)-1;
}

static void syntax_error(Diagnostics *d, const char *buf, size_t len, const char *end)
{
    size_t off = end && end >= buf && end <= buf + len ? (size_t)(end - buf) : len;
    char what[64];
    /* cJSON points at the start of the token it could not finish: when that is on the last line
     * and brackets are still open, the file was cut short. */
    bool last_line = !memchr(buf + off, '\n', len - off) || off >= len;
    if (off >= len || len == 0 || (last_line && ends_unclosed(buf, len))) {
        error_at(d, buf, len, len, "%s", "JSON ends too early (is the file truncated?)");
        return;
    }
    unsigned char c = (unsigned char)buf[off];
    size_t comma = trailing_comma(buf, off);
    if (comma != (size_t)-1) {
        error_at(d, buf, len, comma, "%s", "JSON syntax error: trailing comma");
        return;
    }
    if (c >= 0x20 && c < 0x7F) snprintf(what, sizeof what, "'%c'", c);
    else snprintf(what, sizeof what, "byte 0x%02X", c);
    error_at(d, buf, len, off, "JSON syntax error near %s", what);
}

static bool only_space(const char *buf, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!strchr(" \t\r\n", buf[i])) return false;
    return true;
}

/* cJSON allocates every node with malloc and cJSON_Delete frees them one by one: for a large pack
 * that costs as much as parsing. While a pack is parsed on this thread, cJSON's allocations come
 * from a bump arena instead, and the tree is dropped with the arena, never walked to free it.
 * Outside that scope the hooks fall through to malloc/free. */
static _Thread_local Arena *json_arena;

static void *json_malloc(size_t n) { return json_arena ? arena_alloc(json_arena, n) : malloc(n); }

static void json_free(void *p)
{
    if (!json_arena) free(p);
}

static void install_json_hooks(void)
{
    static bool installed;
    if (installed) return;
    cJSON_Hooks hooks = {json_malloc, json_free};
    cJSON_InitHooks(&hooks);
    installed = true;
}

static cJSON *parse_in_arena(Arena *a, const char *buf, size_t len, const char **end)
{
    install_json_hooks();
    json_arena = a;
    cJSON *root = cJSON_ParseWithLengthOpts(buf, len, end, 0);
    json_arena = NULL;
    return root;
}

Pack *pack_load_buffer(const char *buf, size_t len, Diagnostics *diags)
{
    if (len > PACK_MAX_FILE_BYTES) {
        diag_add(diags, DIAG_ERROR, 1, 1, "$",
                 "file is %.1f MiB; the limit (PACK_MAX_FILE_BYTES) is %u MiB",
                 (double)len / (1024.0 * 1024.0), PACK_MAX_FILE_BYTES / (1024u * 1024u));
        return NULL;
    }
    if (len == 0 || only_space(buf, len)) {
        diag_add(diags, DIAG_ERROR, 1, 1, "$", "file is empty; a pack is a JSON object");
        return NULL;
    }
    if (!check_encoding(buf, len, diags) || !scan_structure(buf, len, diags)) return NULL;
    const char *end = NULL;
    Arena *tree = arena_create();
    cJSON *root = tree ? parse_in_arena(tree, buf, len, &end) : NULL;
    if (!root) {
        if (tree) syntax_error(diags, buf, len, end);
        else diag_add(diags, DIAG_ERROR, 0, 0, "$", "out of memory");
        arena_destroy(tree);
        return NULL;
    }
    /* cJSON stops after the first value; anything but white space after it is an error. */
    size_t rest = end && end >= buf && end <= buf + len ? (size_t)(end - buf) : len;
    while (rest < len && strchr(" \t\r\n", buf[rest])) rest++;
    if (rest < len) {
        error_at(diags, buf, len, rest, "%s", "unexpected text after the end of the JSON value");
        arena_destroy(tree);
        return NULL;
    }
    Loader L = {.buf = buf, .len = len, .diags = diags, .root = root};
    L.arena = arena_create();
    Pack *pack = L.arena ? arena_alloc(L.arena, sizeof *pack) : NULL;
    if (!pack) {
        diag_add(diags, DIAG_ERROR, 0, 0, "$", "out of memory");
        L.oom = false;
        goto done;
    }
    pack->arena = L.arena;
    L.pack = pack;
    pack_read(&L, root);
    if (!L.oom && cJSON_IsObject(root)) pack_cross_check(&L, root);
    if (L.oom) diag_add(diags, DIAG_ERROR, 0, 0, "$", "out of memory");
done:
    for (size_t i = 0; i < PACK_MAX_ARTICLES; i++) {
        text_norm_free(&L.norm[i]);
        pack_gram_index_free(L.grams[i]);
    }
    jsonpos_free(L.pos);
    arena_destroy(tree); /* the whole JSON tree */
    diag_sort(diags);
    if (diags->errors || !pack) {
        arena_destroy(L.arena);
        return NULL;
    }
    return pack;
}

Pack *pack_load_file(const char *path, Diagnostics *diags)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        diag_add(diags, DIAG_ERROR, 0, 0, "$", "is a directory, not a pack file");
        return NULL;
    }
    /* Opened without blocking and checked on the open file: fopen on a FIFO with no writer
     * waits forever, and a device or socket is no pack either. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        diag_add(diags, DIAG_ERROR, 0, 0, "$", "cannot open: %s", strerror(errno));
        return NULL;
    }
    if (fstat(fd, &st) != 0) {
        diag_add(diags, DIAG_ERROR, 0, 0, "$", "cannot read: %s", strerror(errno));
        close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        diag_add(diags, DIAG_ERROR, 0, 0, "$", "is not a regular file (%s), not a pack file",
                 S_ISFIFO(st.st_mode) ? "a FIFO"
                 : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device"
                 : S_ISSOCK(st.st_mode) ? "a socket" : "not a file");
        close(fd);
        return NULL;
    }
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        diag_add(diags, DIAG_ERROR, 0, 0, "$", "cannot open: %s", strerror(errno));
        close(fd);
        return NULL;
    }
    Pack *pack = NULL;
    char *buf = NULL;
    if (fseek(f, 0, SEEK_END) != 0) goto io_error;
    long size = ftell(f);
    if (size < 0 || fseek(f, 0, SEEK_SET) != 0) goto io_error;
    if ((unsigned long)size > PACK_MAX_FILE_BYTES) {
        diag_add(diags, DIAG_ERROR, 1, 1, "$",
                 "file is %.1f MiB; the limit (PACK_MAX_FILE_BYTES) is %u MiB",
                 (double)size / (1024.0 * 1024.0), PACK_MAX_FILE_BYTES / (1024u * 1024u));
        goto done;
    }
    buf = malloc((size_t)size + 1);
    if (!buf) {
        diag_add(diags, DIAG_ERROR, 0, 0, "$", "out of memory reading the file");
        goto done;
    }
    if (fread(buf, 1, (size_t)size, f) != (size_t)size) goto io_error;
    buf[size] = '\0';
    pack = pack_load_buffer(buf, (size_t)size, diags);
    if (pack) {
        pack->path = arena_strdup(pack->arena, path);
        if (!pack->path) {
            pack_free(pack);
            pack = NULL;
        }
    }
    goto done;
io_error:
    diag_add(diags, DIAG_ERROR, 0, 0, "$", "cannot read: %s", strerror(errno));
done:
    free(buf);
    fclose(f);
    return pack;
}

void pack_free(Pack *p)
{
    if (p) arena_destroy(p->arena);
}

int pack_find_question(const Pack *p, const char *id)
{
    for (size_t i = 0; i < p->n_questions; i++)
        if (strcmp(p->questions[i].id, id) == 0) return (int)i;
    return -1;
}

int pack_sentence_at(const Article *a, size_t offset)
{
    for (size_t i = 0; i < a->n_sentences; i++)
        if (offset >= a->sentences[i].start && offset < a->sentences[i].end) return (int)i;
    return -1;
}

bool pack_sentence_is_evidence(const Question *q, int article, size_t sentence, const Article *a)
{
    if (sentence >= a->n_sentences) return false;
    const TextSpan *s = &a->sentences[sentence];
    for (size_t i = 0; i < q->n_evidence; i++) {
        const Passage *p = &q->evidence[i];
        if (p->article == article && p->start < s->end && s->start < p->end) return true;
    }
    return false;
}
