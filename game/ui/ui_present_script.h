/* ui_present_script.h — scripted presenter sessions: `byline present --script "..."` runs
 * commands one per frame through the same event handling as a teacher's keys and clicks (for the
 * screenshots in docs/ and the command tests). The clock is a fake one that only `later` moves,
 * so a script shows the same countdown every time. Commands, separated by ';' or newlines:
 *
 *   key [ctrl+|shift+]NAME   one key press (SDL key names: Return, Space, Left, 1, F11 …)
 *   text STRING              text input                  click X Y     a left click (window units)
 *   team NAME                type a team name and press Enter (setup)
 *   answer TEAM right|wrong  enter a team's answer (1-based team; choice, true/false, multi,
 *                            evidence), with the keys a teacher would press
 *   cite right|wrong         a cite question: on to the sentence (Space) and the class's pick
 *   later SECONDS            move the clock on           theme NAME    colour theme
 *   size W H                 resize the window           screenshot FILE   save the window as PNG
 *   expect PHASE             fail unless in it: setup, asking, paused, time-up, revealed,
 *                            evidence, scoreboard, podium
 *   print                    phase, question and scores on stdout        wait | quit
 */
#ifndef BYLINE_UI_PRESENT_SCRIPT_H
#define BYLINE_UI_PRESENT_SCRIPT_H
#include "ui_present.h"
#include <stdbool.h>
#include <stdint.h>

typedef struct PresentScript {
    const char *text;
    size_t pos;
    char cmd[1024];
    bool failed;
    char error[512];
    int64_t *clock_ms;  /* the fake clock `later` moves */
    SDL_Window *win;    /* for `size` (may be NULL) */
} PresentScript;

void ps_script_init(PresentScript *s, const char *text, int64_t *clock_ms, SDL_Window *win);
/* Runs the next command; false when the script is over (s->failed tells if by error). */
bool ps_script_step(PresentScript *s, PresentScreen *ps);

#endif
