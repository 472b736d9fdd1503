/* ui_synth.h — synthetic input for the scripted runs (--script) of the app and of presenter
 * mode: key presses, typed text and clicks built as SDL would deliver them, handed to a `send`
 * callback (the screen's event handler). Pushed events would not reach SDL's own keyboard state
 * anyway (PLATFORM-NOTES), so scripts drive the screens' handlers directly. */
#ifndef BYLINE_UI_SYNTH_H
#define BYLINE_UI_SYNTH_H
#include <SDL.h>
#include <stdbool.h>

/* Bounds on the numbers of script commands: a hostile or mistyped script must not overflow what
 * is computed from them (a drag's steps, a clock) nor ask for a 40 GB window. */
#define SCRIPT_MAX_COORD 32767               /* click, drag, wheel positions: ±, in window units */
#define SCRIPT_MAX_WHEEL 1000                /* wheel steps */
#define SCRIPT_MIN_WINDOW 100                /* size W H */
#define SCRIPT_MAX_WINDOW 8192
#define SCRIPT_MAX_LATER (3650L * 86400L)    /* later SECONDS: ten years */
#define SCRIPT_MAX_COUNT 100000              /* play N, missed N, scroll N, answer TEAM */

typedef void (*UiSend)(void *target, SDL_Event *e);

/* A key down and up. */
void ui_synth_key(UiSend send, void *target, SDL_Keycode k, Uint16 mod);
/* Text input, in pieces that never split a code point, as SDL delivers long text. */
void ui_synth_text(UiSend send, void *target, const char *s);
/* One mouse event: SDL_MOUSEMOTION (with the buttons `held`, e.g. SDL_BUTTON_LMASK while
 * dragging) or a left-button SDL_MOUSEBUTTONDOWN / SDL_MOUSEBUTTONUP, at (x, y) in window units. */
void ui_synth_mouse(UiSend send, void *target, Uint32 type, int x, int y, Uint32 held);
/* A left click at (x, y) in window units: move there, press, release. */
void ui_synth_click(UiSend send, void *target, int x, int y);
/* A key spec such as "Return", "ctrl+q", "shift+Tab", "alt+F4" or one character; false when
 * SDL knows no such key. */
bool ui_synth_parse_key(const char *spec, SDL_Keycode *k, Uint16 *mod);

#endif
