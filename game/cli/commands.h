/* commands.h — the subcommands of the byline executable. Each lives in its own cmd_*.c file.
 * A command gets argv with argv[0] = the command name and returns the process exit status:
 * 0 success, 1 the input is invalid / the answer is "no", 2 usage or I/O error. */
#ifndef BYLINE_COMMANDS_H
#define BYLINE_COMMANDS_H
#include <stdio.h>

typedef struct Command {
    const char *name;
    const char *summary;                 /* one line for `byline --help` */
    int (*run)(int argc, char **argv);
    void (*help)(FILE *out);             /* full help for `byline help NAME` and `NAME --help` */
} Command;

extern const Command cmd_check;
extern const Command cmd_annotate;
extern const Command cmd_export;
extern const Command cmd_import;
extern const Command cmd_play;
extern const Command cmd_draft;
extern const Command cmd_results;
extern const Command cmd_present;
extern const Command cmd_live;

/* The table, in main.c; NULL-terminated. */
extern const Command *const byline_commands[];
/* Looks a command up by name; NULL when unknown. */
const Command *command_find(const char *name);
/* True when argv has -h or --help before a "--". */
int command_wants_help(int argc, char **argv);

#endif
