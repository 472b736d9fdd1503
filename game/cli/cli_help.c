/* cli_help.c — help texts fitted to 80 columns; see cli_help.h.
 *
 * The texts are written by hand in the commands' files, where a line or two grew past 80 columns
 * as options were added; a terminal then wraps them mid-word. Rather than trusting every future
 * edit, the text is re-broken as it is printed: a line too long is cut at its last space that
 * fits, and the rest is carried into the next line when that line continues the same block
 * (same hanging indent: a paragraph at column 0, an option's description at its column, the
 * arguments of "Usage: byline CMD"); otherwise it becomes a line of its own at that indent. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "cli_help.h"
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Columns (UTF-8 code points) of s[0..n). */
static size_t columns(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static size_t leading_spaces(const char *s)
{
    size_t n = 0;
    while (s[n] == ' ') n++;
    return n;
}

/* Where the continuation of a line starts: an option or list line ("  --x V   text", "  name
 * text") continues under its text, "Usage: byline CMD ..." under the arguments, anything else at
 * its own indent. */
static size_t hanging_indent(const char *line)
{
    size_t lead = leading_spaces(line);
    if (strncmp(line, "Usage: byline ", 14) == 0) {
        const char *cmd_end = strchr(line + 14, ' ');
        return cmd_end ? (size_t)(cmd_end - line) + 1 : 0;
    }
    if (lead == 0) return lead;
    /* "  --x V   text" or "  name    text": under the text after the first wide gap */
    const char *gap = strstr(line + lead, "  ");
    if (!gap) return lead;
    size_t h = (size_t)(gap - line);
    while (line[h] == ' ') h++;
    return line[h] ? h : lead;
}

/* Byte offset at which to cut a line too long (a space at or before the width, after the
 * indent), or 0 when there is none. */
static size_t cut_at(const char *line, size_t len, size_t indent)
{
    /* A synopsis ("Usage: ...", or its continuation "[--x V] ...") is cut before a '[', so that
     * no bracketed option is split. */
    bool synopsis = strncmp(line, "Usage:", 6) == 0 || line[leading_spaces(line)] == '[';
    size_t best = 0, best_bracket = 0;
    for (size_t i = indent + 1; i < len; i++) {
        if (line[i] != ' ') continue;
        if (columns(line, i) > CLI_HELP_WIDTH) break;
        best = i;
        if (line[i + 1] == '[') best_bracket = i;
    }
    return synopsis && best_bracket ? best_bracket : best;
}

typedef struct Carry {
    char *text;   /* the words left over, without indent; NULL when none */
    size_t indent;
} Carry;

/* Prints one line, cutting it as often as needed; what is left over of the last cut goes to
 * *carry (to join the next line, or be printed on its own). */
static void emit(FILE *out, const char *line, size_t indent, Carry *carry)
{
    size_t len = strlen(line);
    if (columns(line, len) <= CLI_HELP_WIDTH) {
        fprintf(out, "%s\n", line);
        return;
    }
    size_t cut = cut_at(line, len, indent);
    if (cut == 0) { /* one word wider than the terminal: nothing better to do */
        fprintf(out, "%s\n", line);
        return;
    }
    fprintf(out, "%.*s\n", (int)cut, line);
    const char *rest = line + cut;
    while (*rest == ' ') rest++;
    carry->text = strdup(rest);
    carry->indent = indent;
}

static void flush(FILE *out, Carry *c)
{
    while (c->text) {
        char *text = c->text;
        size_t n = c->indent + strlen(text) + 1;
        char *line = malloc(n);
        c->text = NULL;
        if (line) {
            snprintf(line, n, "%*s%s", (int)c->indent, "", text);
            emit(out, line, c->indent, c);
        } else {
            fprintf(out, "%s\n", text);
        }
        free(line);
        free(text);
    }
}

/* Whether `line` continues the block a carried text came from. */
static bool continues(const Carry *c, const char *line)
{
    size_t lead = leading_spaces(line);
    return line[lead] != '\0' && lead == c->indent && (lead == 0 || line[lead] != '-');
}

static void reflow(FILE *out, char *text)
{
    Carry carry = {NULL, 0};
    for (char *line = text; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        if (carry.text && continues(&carry, line)) {
            size_t n = carry.indent + strlen(carry.text) + 1 + strlen(line) + 1;
            char *joined = malloc(n);
            if (joined) {
                snprintf(joined, n, "%*s%s %s", (int)carry.indent, "", carry.text,
                         line + carry.indent);
                free(carry.text);
                carry.text = NULL;
                emit(out, joined, carry.indent, &carry);
                free(joined);
                line = nl ? nl + 1 : NULL;
                continue;
            }
        }
        flush(out, &carry);
        emit(out, line, hanging_indent(line), &carry);
        line = nl ? nl + 1 : NULL;
    }
    flush(out, &carry);
}

void cli_print_help(void (*help)(FILE *out), FILE *out)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&buf, &size);
    if (!mem) {
        help(out); /* unfitted is better than none */
        return;
    }
    help(mem);
    fclose(mem);
    if (buf) reflow(out, buf);
    free(buf);
}
