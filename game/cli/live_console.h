/* live_console.h — the teacher's console for a live class in a terminal (`byline live
 * --headless`): commands on standard input, one per line, and what happens on standard output.
 * The same actions as the projector's keys; used by screen-reader users, over SSH, and by tests.
 *
 *   start  reveal  leaderboard  next  pause  resume  extra  end
 *   lock  unlock  remove NAME  extra-time NAME 100|150|200
 *   status (prints "status {json}")  students  quit
 * Each command is answered by "ok CMD" or "error CMD: reason". */
#ifndef BYLINE_LIVE_CONSOLE_H
#define BYLINE_LIVE_CONSOLE_H
#include "net_server.h"
#include <stdio.h>

/* Runs one command line against the class (takes the server's lock). Returns false for quit. */
bool live_console_command(NetServer *srv, Live *lv, const char *line, FILE *out);
/* "status {json}": phase, position, count, answered, students (name, connected, score). */
void live_console_status(NetServer *srv, Live *lv, FILE *out);
/* Reads commands from `in` until quit, end of input, or *stop becomes nonzero. */
void live_console_run(NetServer *srv, Live *lv, FILE *in, FILE *out, volatile int *stop);

#endif
