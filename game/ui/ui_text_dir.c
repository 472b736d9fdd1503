/* ui_text_dir.c — the direction and script SDL_ttf shapes a run with.
 *
 * SDL_ttf 2.20 shapes with HarfBuzz, but left to right and with no script unless told: an Arabic
 * or Hebrew name ("سارة", "שרה") came out backwards, the Arabic letters unjoined. A run whose
 * letters are all Hebrew or Arabic (digits, spaces and punctuation do not count) is shaped right
 * to left with its script, the font set back afterwards. A run that mixes them with Latin letters
 * stays left to right: that needs the Unicode bidi algorithm, which SDL_ttf does not have
 * (docs/live-projector.md, "Names in other scripts"). */
#include "text.h"
#include "ui_text.h"
#include <string.h>

static bool hebrew(uint32_t cp) { return (cp >= 0x0590 && cp <= 0x05FF) || (cp >= 0xFB1D && cp <= 0xFB4F); }

static bool arabic(uint32_t cp)
{
    return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF) ||
           (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC);
}

/* A letter of a left-to-right script: ASCII letters and anything past Latin-1's symbols that is
 * not Hebrew, Arabic, general punctuation, or a symbol/format character SDL_ttf draws as is. */
static bool ltr_letter(uint32_t cp)
{
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    if (cp < 0xC0 || hebrew(cp) || arabic(cp)) return false;
    if (cp >= 0x2000 && cp <= 0x2BFF) return false; /* punctuation, arrows, symbols */
    if (cp >= 0xFE00 && cp <= 0xFE0F) return false; /* variation selectors */
    return !(cp >= 0xFE70 && cp <= 0xFEFF) && !(cp >= 0x3000 && cp <= 0x303F);
}

UiTextDir ui_text_dir_of(const char *s, size_t len)
{
    UiTextDir dir = UI_DIR_LTR;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = text_utf8_decode(s + i, len - i, &cp);
        i += n ? n : 1;
        if (ltr_letter(cp)) return UI_DIR_LTR;
        if (dir == UI_DIR_LTR && hebrew(cp)) dir = UI_DIR_HEBREW;
        if (dir == UI_DIR_LTR && arabic(cp)) dir = UI_DIR_ARABIC;
    }
    return dir;
}

UiTextDir ui_text_dir_begin(TTF_Font *font, const char *z)
{
    UiTextDir dir = ui_text_dir_of(z, strlen(z));
    if (dir == UI_DIR_LTR) return dir;
    if (TTF_SetFontDirection(font, TTF_DIRECTION_RTL) != 0) return UI_DIR_LTR; /* no HarfBuzz */
    TTF_SetFontScriptName(font, dir == UI_DIR_ARABIC ? "Arab" : "Hebr");
    return dir;
}

void ui_text_dir_end(TTF_Font *font, UiTextDir dir)
{
    if (dir == UI_DIR_LTR) return;
    TTF_SetFontDirection(font, TTF_DIRECTION_LTR);
    TTF_SetFontScriptName(font, "Zzzz"); /* HB_SCRIPT_UNKNOWN, SDL_ttf's default */
}
