/* ui_settings.h — what the app remembers between runs besides progress: text size and theme.
 * A tiny "key = value" file, settings.txt in the data folder. SDL-free. */
#ifndef BYLINE_UI_SETTINGS_H
#define BYLINE_UI_SETTINGS_H
#include <stdbool.h>

typedef struct UiSettings {
    float zoom;        /* 1 = default text size */
    char theme[16];    /* "light", "dark", "contrast" */
} UiSettings;

/* Fills s from dir/settings.txt; missing file or keys leave the defaults (zoom 1, light). */
void ui_settings_load(UiSettings *s, const char *dir);
/* Writes dir/settings.txt (via a temporary file and rename, so a crash never leaves half). */
bool ui_settings_save(const UiSettings *s, const char *dir);

#endif
