/* cli_io.h — reading a whole input file (or standard input) and writing an output file, with
 * messages that name the command and the file. Shared by the subcommands. */
#ifndef BYLINE_CLI_IO_H
#define BYLINE_CLI_IO_H
#include <stdbool.h>
#include <stddef.h>

/* Reads all of `path` ("-" = standard input), at most `max` bytes. Returns a malloc'd,
 * NUL-terminated buffer (caller frees) and its length in *len; NULL after printing
 * "byline CMD: cannot read 'PATH': reason" (a file over `max` says so). */
char *cli_read_file(const char *cmd, const char *path, size_t max, size_t *len);
/* An article for `draft` must be text: false after printing "byline CMD: PATH: not a
 * text file: a NUL byte at line L, column C (byte N)" when it holds a NUL byte (a word-processor
 * file, UTF-16, a binary), which would otherwise cut the text short in confusing places. */
bool cli_expect_text(const char *cmd, const char *path, const char *text, size_t len);
/* Whether path can be opened for reading, without blocking (fopen waits forever on a FIFO
 * nobody writes to); false after printing "byline CMD: cannot VERB PATH: reason". Used before
 * pack_load_file, which then refuses what is not a regular file, to tell an unreadable file
 * (exit 2) from an invalid pack (exit 1). */
bool cli_probe_file(const char *cmd, const char *path, const char *verb);
/* Writes text (and a final newline) to `path`, or standard output when path is NULL or "-".
 * Returns false after printing "byline CMD: cannot write 'PATH': reason". */
bool cli_write_text(const char *cmd, const char *path, const char *text);

/* s (a file name, an option, anything the user or a pack supplied) with its control characters
 * escaped, fit for a message to a terminal (see text_escape_controls). Returns one of four static
 * buffers used in turn, so up to four can appear in one printf; not thread-safe. */
const char *cli_shown(const char *s);

/* Scripts given as --script @FILE are at most this long. */
#define SCRIPT_MAX_BYTES (1024u * 1024u)

/* The value of option argv[*i] when it is short `s` or long `l` ("-o X", "--output X",
 * "--output=X"), advancing *i past a separate value; "" when the value is missing; NULL when
 * argv[*i] is another option. */
const char *cli_option_value(int argc, char **argv, int *i, const char *s, const char *l);

#endif
