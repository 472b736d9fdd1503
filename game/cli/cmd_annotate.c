/* PLACEHOLDER so the build links while the annotate engineer writes the real command.
 * Overwrite this whole file. */
#include "commands.h"
static int run(int argc, char **argv) { (void)argc; (void)argv; fputs("byline annotate: not built yet\n", stderr); return 2; }
static void help(FILE *out) { fputs("Usage: byline annotate ARTICLE.txt\n", out); }
const Command cmd_annotate = {"annotate", "find quotes, speakers, dates and claims in an article", run, help};
