/* datadir.h — where Byline's data is: the folder holding quizzes/ (the bundled packs) and
 * assets/fonts/.
 *
 * The first of these wins:
 *   1. the --data option (passed in as `given`);
 *   2. $BYLINE_DATA_DIR;
 *   3. next to the program, as installed: <dir of the executable>/BYLINE_REL_DATADIR
 *      (../share/byline), so a relocated prefix works without rebuilding;
 *   4. the source tree, when the program runs from its own build tree;
 *   5. the install prefix the program was built for (BYLINE_INSTALL_DATADIR);
 *   6. <each entry of $XDG_DATA_DIRS>/byline (default /usr/local/share:/usr/share).
 * A candidate counts only when it has an assets/fonts/ folder, except 1 and 2, which are taken as
 * given (their errors name the folder the user chose). */
#ifndef BYLINE_DATADIR_H
#define BYLINE_DATADIR_H
#include <stdbool.h>
#include <stddef.h>

/* Writes the data folder into buf (size bytes, without a trailing slash). Returns true when one
 * was found; false leaves "." in buf, so later errors name a path. */
bool datadir_find(const char *given, char *buf, size_t size);

/* The folder holding the running executable (from /proc/self/exe) into buf; false when unknown. */
bool datadir_exe_dir(char *buf, size_t size);

#endif
