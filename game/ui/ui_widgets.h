/* ui_widgets.h — buttons, choice rows, cards, bars: how things look. Which one is hovered,
 * focused or picked is decided by the screens; widgets only draw. */
#ifndef BYLINE_UI_WIDGETS_H
#define BYLINE_UI_WIDGETS_H
#include "ui_draw.h"
#include <stdbool.h>

typedef enum { BTN_PRIMARY, BTN_SECONDARY, BTN_QUIET } ButtonStyle;

typedef struct WidgetState {
    bool hover, focus, pressed, disabled;
} WidgetState;

int ui_button_h(Ui *ui);
int ui_button_w(Ui *ui, const char *label);
void ui_button(Ui *ui, SDL_Rect r, const char *label, ButtonStyle style, WidgetState st);

typedef enum { MARK_RADIO, MARK_CHECK, MARK_NUMBER } ChoiceMark;
typedef enum { CHOICE_PLAIN, CHOICE_PICKED, CHOICE_RIGHT, CHOICE_WRONG, CHOICE_MISSED } ChoiceLook;

/* A row the student clicks to answer: a key badge ("1", "A"), a radio/check mark, the text
 * wrapped in the rest of the width. ui_choice_h gives the height for text at width w. */
int ui_choice_h(Ui *ui, int w, const char *text);
void ui_choice(Ui *ui, SDL_Rect r, const char *key, ChoiceMark mark, bool checked,
               const char *text, ChoiceLook look, WidgetState st);

/* A horizontal bar filled to frac (0..1). */
void ui_bar(Ui *ui, SDL_Rect r, double frac, SDL_Color fill);
/* A panel: rounded, filled, outlined. */
void ui_panel(Ui *ui, SDL_Rect r);
/* A small rounded label ("Best 80%"), right-aligned at x_right; returns its width. */
int ui_pill(Ui *ui, int x_right, int y, const char *text, SDL_Color fg, SDL_Color bg);

#endif
