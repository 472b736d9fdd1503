/* ui_theme.h — colour themes: light (default), dark and high-contrast.
 * A theme is a fixed table; the UI asks for colours by role, never by value. */
#ifndef BYLINE_UI_THEME_H
#define BYLINE_UI_THEME_H
#include <SDL.h>
#include <stdbool.h>

typedef enum { THEME_LIGHT, THEME_DARK, THEME_CONTRAST, THEME_COUNT } ThemeId;

typedef struct Theme {
    const char *name;
    SDL_Color bg;          /* window background */
    SDL_Color panel;       /* cards, the article page, the question panel */
    SDL_Color border;      /* panel outlines, separators */
    SDL_Color text;
    SDL_Color muted;       /* secondary text (still >= 4.5:1 on panel) */
    SDL_Color accent;      /* primary buttons, progress, links */
    SDL_Color accent_text; /* text on accent */
    SDL_Color button;      /* secondary button face */
    SDL_Color button_hover;
    SDL_Color selected;    /* picked choice / sentence background */
    SDL_Color focus;       /* keyboard focus ring */
    SDL_Color mark;        /* evidence highlight background */
    SDL_Color mark_text;   /* text on the evidence highlight */
    SDL_Color hover;       /* sentence under the mouse while picking evidence */
    SDL_Color good, good_bg;
    SDL_Color bad, bad_bg;
    SDL_Color track;       /* empty part of bars */
} Theme;

const Theme *ui_theme(ThemeId id);
/* "light", "dark", "contrast" (also "high-contrast"); false when unknown. */
bool ui_theme_parse(const char *name, ThemeId *out);
const char *ui_theme_name(ThemeId id);

#endif
