/* ui_settings.c — see ui_settings.h. */
#include "ui_settings.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ui_settings_load(UiSettings *s, const char *dir)
{
    s->zoom = 1.0f;
    snprintf(s->theme, sizeof s->theme, "light");
    if (!dir || !dir[0]) return;
    char path[1200], line[256];
    snprintf(path, sizeof path, "%s/settings.txt", dir);
    FILE *f = fopen(path, "r");
    if (!f) return;
    while (fgets(line, sizeof line, f)) {
        char key[32], val[16];
        if (sscanf(line, " %31[a-z_] = %15s", key, val) != 2) continue;
        if (strcmp(key, "text_size") == 0) {
            float z = strtof(val, NULL);
            if (z >= 0.5f && z <= 3.0f) s->zoom = z;
        } else if (strcmp(key, "theme") == 0) {
            snprintf(s->theme, sizeof s->theme, "%s", val);
        }
    }
    fclose(f);
}

bool ui_settings_save(const UiSettings *s, const char *dir)
{
    if (!dir || !dir[0]) return false;
    char path[1200], tmp[1210];
    snprintf(path, sizeof path, "%s/settings.txt", dir);
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f) return false;
    fprintf(f, "# Byline settings (written by the app)\ntext_size = %.2f\ntheme = %s\n", s->zoom,
            s->theme);
    bool ok = fclose(f) == 0;
    return ok && rename(tmp, path) == 0;
}
