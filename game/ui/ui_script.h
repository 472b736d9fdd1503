/* ui_script.h — scripted sessions: `byline --script "..."` runs commands one per frame, through
 * the same event handling a person's keys and clicks go through. Used for the screenshots in
 * docs/, the Xvfb test and benchmarks. Commands are separated by ';' or newlines:
 *
 *   profile NAME         type NAME on the profile screen and press Enter
 *   open ID              open the pack with this id (or file name) from the library
 *   class ID             open the class results of that pack from the library (key C)
 *   start | resume       on the read screen: a fresh attempt ("Start over" if offered) | Enter
 *   answer right|wrong|guess|misread   answer the current question (keys, typing, or a click in
 *                        the article); a cite question in both steps (guess: right answer, wrong
 *                        sentence; misread: the other way round)
 *   submit | next        press Enter
 *   play right|wrong|mixed [N]   answer, submit, next: N questions or to the results, one a frame
 *   missed N             show missed question N (1-based) on the results
 *   key [ctrl+|shift+|alt+]NAME   one key press (SDL key names: Return, Tab, Down, 1, F11 …)
 *   text STRING          text input        click X Y        a left click (window coordinates)
 *   drag X1 Y1 X2 Y2     press, move, release              wheel X Y DY      a wheel turn
 *   theme NAME | zoom F | size W H | scroll PIXELS         view settings
 *   screenshot FILE      save the window as PNG            expect SCREEN     fail unless on it
 *   screen profile|library   go there                       later SECONDS   move the clock on
 *   print                state summary on stdout           wait | quit
 */
#ifndef BYLINE_UI_SCRIPT_H
#define BYLINE_UI_SCRIPT_H
#include "ui_app.h"
#include <stdbool.h>
#include <stddef.h>

typedef struct UiScript {
    const char *text;
    size_t pos;
    char cmd[1024];     /* the command being run (play spans several steps) */
    bool in_play;
    int play_count, play_limit;
    bool failed;
    char error[512];
} UiScript;

void ui_script_init(UiScript *s, const char *text);
/* Runs the next step; returns false when the script is over (s->failed tells if by error). */
bool ui_script_step(UiScript *s, App *app);

#endif
