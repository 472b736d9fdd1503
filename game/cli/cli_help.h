/* cli_help.h — printing help texts so that they fit an 80-column terminal. */
#ifndef BYLINE_CLI_HELP_H
#define BYLINE_CLI_HELP_H
#include <stdio.h>

#define CLI_HELP_WIDTH 80

/* Writes what help(out) writes, with every line longer than CLI_HELP_WIDTH columns (characters,
 * not bytes) broken between words and the rest carried into the lines that continue it: a
 * paragraph, an option's description (its hanging indent), a "Usage:" line's arguments. Lines
 * that fit are left exactly as they are. */
void cli_print_help(void (*help)(FILE *out), FILE *out);

#endif
