/* ui_textfield.h — a one-line UTF-8 text field: editing (insert, delete, cursor moves by code
 * point and by word) and drawing. The field never holds invalid UTF-8 or control characters. */
#ifndef BYLINE_UI_TEXTFIELD_H
#define BYLINE_UI_TEXTFIELD_H
#include "ui_draw.h"
#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#define TF_MAX 256

typedef struct TextField {
    char text[TF_MAX];
    size_t len, cursor;   /* bytes */
    size_t max;           /* capacity in bytes (< TF_MAX); 0 = TF_MAX - 1 */
    char composing[64];   /* IME pre-edit text, shown at the cursor, not yet part of text */
    int scroll_x;         /* pixels hidden at the left when the text is wider than the box */
} TextField;

void tf_init(TextField *t, size_t max);
void tf_set(TextField *t, const char *s);
/* Inserts UTF-8 at the cursor (drops control characters and invalid bytes; stops when full).
 * Returns true when something was inserted. */
bool tf_insert(TextField *t, const char *s);
/* Editing keys: Backspace, Delete, Left, Right, Home, End (Ctrl: by word). True when handled. */
bool tf_key(TextField *t, SDL_Keycode key, Uint16 mod);
/* Draws the field in r with its caret when focused; placeholder shown when empty. */
void tf_render(TextField *t, Ui *ui, SDL_Rect r, bool focused, const char *placeholder);

#endif
