/* ui_synth.c — see ui_synth.h. */
#include "ui_synth.h"
#include <string.h>

void ui_synth_key(UiSend send, void *target, SDL_Keycode k, Uint16 mod)
{
    SDL_Event e = {0};
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = k;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(k);
    e.key.keysym.mod = mod;
    send(target, &e);
    e.type = SDL_KEYUP;
    e.key.state = SDL_RELEASED;
    send(target, &e);
}

void ui_synth_text(UiSend send, void *target, const char *s)
{
    size_t n = strlen(s);
    while (n > 0) {
        SDL_Event e = {0};
        e.type = SDL_TEXTINPUT;
        size_t k = n < sizeof e.text.text - 1 ? n : sizeof e.text.text - 1;
        while (k < n && k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
        memcpy(e.text.text, s, k);
        send(target, &e);
        s += k;
        n -= k;
    }
}

void ui_synth_mouse(UiSend send, void *target, Uint32 type, int x, int y, Uint32 held)
{
    SDL_Event e = {0};
    e.type = type;
    if (type == SDL_MOUSEMOTION) {
        e.motion.x = x;
        e.motion.y = y;
        e.motion.state = held;
    } else {
        e.button.button = SDL_BUTTON_LEFT;
        e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.clicks = 1;
        e.button.x = x;
        e.button.y = y;
    }
    send(target, &e);
}

void ui_synth_click(UiSend send, void *target, int x, int y)
{
    ui_synth_mouse(send, target, SDL_MOUSEMOTION, x, y, 0);
    ui_synth_mouse(send, target, SDL_MOUSEBUTTONDOWN, x, y, 0);
    ui_synth_mouse(send, target, SDL_MOUSEBUTTONUP, x, y, 0);
}

bool ui_synth_parse_key(const char *spec, SDL_Keycode *k, Uint16 *mod)
{
    *mod = 0;
    for (;;) {
        if (strncmp(spec, "ctrl+", 5) == 0) *mod |= KMOD_LCTRL, spec += 5;
        else if (strncmp(spec, "shift+", 6) == 0) *mod |= KMOD_LSHIFT, spec += 6;
        else if (strncmp(spec, "alt+", 4) == 0) *mod |= KMOD_LALT, spec += 4;
        else break;
    }
    *k = SDL_GetKeyFromName(spec);
    if (*k == SDLK_UNKNOWN && strlen(spec) == 1) *k = (SDL_Keycode)(unsigned char)spec[0];
    return *k != SDLK_UNKNOWN;
}
