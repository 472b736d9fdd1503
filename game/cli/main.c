/* main.c — the byline entry point: dispatches to a subcommand, or opens the app. */
#define _POSIX_C_SOURCE 200809L
#include "cli_help.h"
#include "cli_io.h"
#include "commands.h"
#include <string.h>
#include <sys/stat.h>

#ifdef BYLINE_HAVE_UI
#include "app_main.h"
#endif

const Command *const byline_commands[] = {
    &cmd_check,
    &cmd_annotate,
    &cmd_draft,
    &cmd_export, &cmd_import,
    &cmd_play,
    &cmd_results,
    &cmd_present,
    &cmd_live,
    NULL,
};

const Command *command_find(const char *name)
{
    for (size_t i = 0; byline_commands[i]; i++)
        if (strcmp(byline_commands[i]->name, name) == 0) return byline_commands[i];
    return NULL;
}

int command_wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) return 0;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) return 1;
    }
    return 0;
}

static void usage(FILE *out)
{
    fputs("Usage: byline [PACK.json|DIR ...]      open the app (default: the bundled packs)\n"
          "       byline COMMAND [ARGS...]\n\n"
          "Byline is a media-literacy quiz: read a news article, answer questions about who\n"
          "said what, what is claimed, and when things happened, and see the evidence.\n\n"
          "Commands:\n", out);
    for (size_t i = 0; byline_commands[i]; i++)
        fprintf(out, "  %-10s %s\n", byline_commands[i]->name, byline_commands[i]->summary);
    fputs("\nOptions:\n"
          "  -h, --help     show this help\n"
          "  --version      show the version\n\n"
          "Run 'byline help COMMAND' for a command's options.\n", out);
#ifdef BYLINE_HAVE_UI
    fputc('\n', out);
    app_usage(out);
#endif
}

/* True when path names an existing file or directory (`byline quizzes` opens that folder). */
static int path_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static int help_command(int argc, char **argv)
{
    if (argc < 3) {
        cli_print_help(usage, stdout);
        return 0;
    }
    const Command *c = command_find(argv[2]);
    if (!c) {
        fprintf(stderr, "byline: no such command '%s' (see 'byline --help')\n", cli_shown(argv[2]));
        return 2;
    }
    cli_print_help(c->help, stdout);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2) {
        const char *a = argv[1];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            cli_print_help(usage, stdout);
            return 0;
        }
        if (strcmp(a, "--version") == 0) {
            printf("byline %s\n", BYLINE_VERSION);
            return 0;
        }
        if (strcmp(a, "help") == 0) return help_command(argc, argv);
        const Command *c = command_find(a);
        if (c) {
            if (command_wants_help(argc - 1, argv + 1)) {
                cli_print_help(c->help, stdout);
                return 0;
            }
            return c->run(argc - 1, argv + 1);
        }
        /* Not a command: a pack file, a directory or an app option. A bare word that names no
         * file or folder is a mistyped command. */
        if (a[0] != '-' && !strchr(a, '.') && !strchr(a, '/') && !path_exists(a)) {
            fprintf(stderr, "byline: unknown command '%s' (see 'byline --help')\n", cli_shown(a));
            return 2;
        }
    }
#ifdef BYLINE_HAVE_UI
    return app_main(argc, argv);
#else
    fputs("byline: this build has no user interface; see 'byline --help' for commands\n", stderr);
    return 2;
#endif
}
