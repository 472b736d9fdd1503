/* ui_textfield.c — see ui_textfield.h. */
#include "ui_textfield.h"
#include "text.h"
#include <string.h>

void tf_init(TextField *t, size_t max)
{
    memset(t, 0, sizeof *t);
    t->max = max && max < TF_MAX ? max : TF_MAX - 1;
}

void tf_set(TextField *t, const char *s)
{
    t->len = t->cursor = 0;
    t->text[0] = '\0';
    tf_insert(t, s);
}

bool tf_insert(TextField *t, const char *s)
{
    size_t n = strlen(s);
    bool any = false;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = text_utf8_decode(s + i, n - i, &cp);
        bool bad = (cp == 0xFFFD && k == 1) || cp < 0x20 || cp == 0x7F;
        if (!bad) {
            if (t->len + k > t->max) break;
            memmove(t->text + t->cursor + k, t->text + t->cursor, t->len - t->cursor);
            memcpy(t->text + t->cursor, s + i, k);
            t->len += k;
            t->cursor += k;
            any = true;
        }
        i += k;
    }
    t->text[t->len] = '\0';
    return any;
}

static size_t prev_cp(const TextField *t, size_t at)
{
    if (at == 0) return 0;
    at--;
    while (at > 0 && ((unsigned char)t->text[at] & 0xC0) == 0x80) at--;
    return at;
}

static size_t next_cp(const TextField *t, size_t at)
{
    if (at >= t->len) return t->len;
    at++;
    while (at < t->len && ((unsigned char)t->text[at] & 0xC0) == 0x80) at++;
    return at;
}

static size_t prev_word(const TextField *t, size_t at)
{
    while (at > 0 && t->text[at - 1] == ' ') at--;
    while (at > 0 && t->text[at - 1] != ' ') at--;
    return at;
}

static size_t next_word(const TextField *t, size_t at)
{
    while (at < t->len && t->text[at] == ' ') at++;
    while (at < t->len && t->text[at] != ' ') at++;
    return at;
}

static void erase(TextField *t, size_t from, size_t to)
{
    if (to <= from) return;
    memmove(t->text + from, t->text + to, t->len - to);
    t->len -= to - from;
    t->text[t->len] = '\0';
    t->cursor = from;
}

bool tf_key(TextField *t, SDL_Keycode key, Uint16 mod)
{
    bool word = (mod & KMOD_CTRL) != 0;
    switch (key) {
    case SDLK_BACKSPACE:
        erase(t, word ? prev_word(t, t->cursor) : prev_cp(t, t->cursor), t->cursor);
        return true;
    case SDLK_DELETE:
        erase(t, t->cursor, word ? next_word(t, t->cursor) : next_cp(t, t->cursor));
        return true;
    case SDLK_LEFT: t->cursor = word ? prev_word(t, t->cursor) : prev_cp(t, t->cursor); return true;
    case SDLK_RIGHT: t->cursor = word ? next_word(t, t->cursor) : next_cp(t, t->cursor); return true;
    case SDLK_HOME: t->cursor = 0; return true;
    case SDLK_END: t->cursor = t->len; return true;
    default: return false;
    }
}

void tf_render(TextField *t, Ui *ui, SDL_Rect r, bool focused, const char *placeholder)
{
    const Theme *th = ui->th;
    ui_fill(ui, r, th->panel);
    ui_outline(ui, r, focused ? ui_px(ui, 2) : 1, focused ? th->accent : th->border);
    int pad = ui_px(ui, 10);
    SDL_Rect inner = {r.x + pad, r.y, r.w - 2 * pad, r.h};
    int ty = r.y + (r.h - ui_line(ui, FONT_UI)) / 2;
    TTF_Font *f = ui_font(ui, FONT_UI);
    int caret = ui_text_width(f, t->text, t->cursor);
    /* Keep the caret inside the box. */
    if (caret - t->scroll_x > inner.w - 2) t->scroll_x = caret - inner.w + 2;
    if (caret - t->scroll_x < 0) t->scroll_x = caret;
    SDL_Rect saved = ui->clip, clip = inner;
    /* Within the clip already set (a scrolled panel): never drawn over the top bar. */
    if (saved.w > 0 && !SDL_IntersectRect(&inner, &saved, &clip)) return; /* scrolled away */
    ui_clip(ui, &clip);
    if (t->len == 0 && !t->composing[0] && placeholder)
        ui_text(ui, FONT_UI, th->muted, inner.x, ty, placeholder);
    int x = inner.x - t->scroll_x;
    ui_text_n(ui, FONT_UI, th->text, x, ty, t->text, t->cursor);
    int cx = x + caret;
    if (t->composing[0]) {
        int cw = ui_text(ui, FONT_UI, th->accent, cx, ty, t->composing);
        ui_fill(ui, (SDL_Rect){cx, ty + ui_line(ui, FONT_UI) - 2, cw, 2}, th->accent);
        cx += cw;
    }
    int rest_x = cx;
    if (t->cursor < t->len)
        ui_text_n(ui, FONT_UI, th->text, rest_x, ty, t->text + t->cursor, t->len - t->cursor);
    if (focused) ui_fill(ui, (SDL_Rect){cx, ty, ui_px(ui, 2), ui_line(ui, FONT_UI)}, th->text);
    ui_clip(ui, saved.w ? &saved : NULL);
}
