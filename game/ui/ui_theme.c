/* ui_theme.c — the three colour themes. Text/background pairs were chosen for at least 7:1
 * contrast (body text) and 4.5:1 (muted text), so a projected page stays readable. */
#include "ui_theme.h"
#include <string.h>

#define RGB(h) {(Uint8)((h) >> 16), (Uint8)(((h) >> 8) & 0xFF), (Uint8)((h) & 0xFF), 255}

static const Theme themes[THEME_COUNT] = {
    [THEME_LIGHT] = {
        .name = "light",
        .bg = RGB(0xECE8DF), .panel = RGB(0xFFFFFF), .border = RGB(0xC9C3B6),
        .text = RGB(0x1B1B1B), .muted = RGB(0x595959),
        .accent = RGB(0x1D5BA6), .accent_text = RGB(0xFFFFFF),
        .button = RGB(0xE9EEF5), .button_hover = RGB(0xD5E1F0),
        .selected = RGB(0xCFE0F7), .focus = RGB(0xD9650B),
        .mark = RGB(0xFFE066), .mark_text = RGB(0x1B1B1B), .hover = RGB(0xEEF3FA),
        .good = RGB(0x17703A), .good_bg = RGB(0xDDF2E3),
        .bad = RGB(0xB02A1E), .bad_bg = RGB(0xFBE3E0),
        .track = RGB(0xE2DED5),
    },
    [THEME_DARK] = {
        .name = "dark",
        .bg = RGB(0x121417), .panel = RGB(0x1F2226), .border = RGB(0x3D424A),
        .text = RGB(0xECECEC), .muted = RGB(0xAAB0B8),
        .accent = RGB(0x7FB0F5), .accent_text = RGB(0x0E1217),
        .button = RGB(0x2C3138), .button_hover = RGB(0x38404A),
        .selected = RGB(0x23406A), .focus = RGB(0xFFB454),
        .mark = RGB(0x6E5A00), .mark_text = RGB(0xFFFFFF), .hover = RGB(0x2A2F36),
        .good = RGB(0x7FD99A), .good_bg = RGB(0x1C3A27),
        .bad = RGB(0xFF8F85), .bad_bg = RGB(0x4A2220),
        .track = RGB(0x30343A),
    },
    [THEME_CONTRAST] = {
        .name = "contrast",
        .bg = RGB(0x000000), .panel = RGB(0x000000), .border = RGB(0xFFFFFF),
        .text = RGB(0xFFFFFF), .muted = RGB(0xFFFFFF),
        .accent = RGB(0xFFFF00), .accent_text = RGB(0x000000),
        .button = RGB(0x000000), .button_hover = RGB(0x303030),
        .selected = RGB(0x0000C0), .focus = RGB(0x00FFFF),
        .mark = RGB(0xFFFF00), .mark_text = RGB(0x000000), .hover = RGB(0x303030),
        .good = RGB(0x00FF00), .good_bg = RGB(0x003300),
        .bad = RGB(0xFF6060), .bad_bg = RGB(0x400000),
        .track = RGB(0x404040),
    },
};

const Theme *ui_theme(ThemeId id)
{
    return &themes[(unsigned)id < THEME_COUNT ? id : THEME_LIGHT];
}

const char *ui_theme_name(ThemeId id)
{
    return ui_theme(id)->name;
}

bool ui_theme_parse(const char *name, ThemeId *out)
{
    for (int i = 0; i < THEME_COUNT; i++)
        if (strcmp(name, themes[i].name) == 0) {
            *out = (ThemeId)i;
            return true;
        }
    if (strcmp(name, "high-contrast") == 0) {
        *out = THEME_CONTRAST;
        return true;
    }
    return false;
}
