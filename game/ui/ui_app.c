/* ui_app.c — the App object: creation, event routing, keyboard focus, and the per-frame
 * layout/render dispatch to the current screen.
 *
 * Event order for a key: global shortcuts (F11, Ctrl +/-/0, Ctrl+T, Ctrl+Q), then the focused text
 * field's editing keys, then the screen's own keys, then generic focus keys (Tab, Space/Enter on
 * the focused hit, Escape = back). Mouse events go to the screen first (article dragging, order
 * dragging), then to the hits. */
#include "ui_internal.h"
#include "ui_png.h"
#include "ui_settings.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const ScreenDef *const screens[SCREEN_COUNT] = {
    [SCREEN_PROFILE] = &screen_profile, [SCREEN_LIBRARY] = &screen_library,
    [SCREEN_PROBLEMS] = &screen_problems, [SCREEN_READ] = &screen_read,
    [SCREEN_QUIZ] = &screen_quiz, [SCREEN_RESULTS] = &screen_results,
    [SCREEN_CLASS] = &screen_class,
};

uint64_t app_now_ms(const App *app)
{
    if (app->cfg.now_ms) return app->cfg.now_ms(app->cfg.clock_ctx);
    return SDL_GetTicks64();
}

int64_t app_now_unix(const App *app)
{
    if (app->cfg.now_unix) return app->cfg.now_unix(app->cfg.clock_ctx) + app->clock_offset;
    return (int64_t)time(NULL) + app->clock_offset;
}

/* --- fonts, DPI, zoom, theme ------------------------------------------------------------ */

static float current_dpi(const App *app)
{
    if (!app->win) return 1.0f;
    int ww, wh, pw, ph;
    SDL_GetWindowSize(app->win, &ww, &wh);
    if (SDL_GetRendererOutputSize(app->ui.r, &pw, &ph) != 0 || ww <= 0) return 1.0f;
    float d = (float)pw / (float)ww;
    return d < 1.0f ? 1.0f : d;
}

static bool reopen_fonts(App *app, char *err, size_t errlen)
{
    UiFonts fresh;
    char dir[1100];
    snprintf(dir, sizeof dir, "%s/assets/fonts", app->data_dir);
    if (!ui_fonts_open(&fresh, dir, app->ui.dpi * app->ui.zoom, err, errlen)) return false;
    ui_fonts_close(&app->ui.fonts);
    app->ui.fonts = fresh;
    ui_cache_clear(app->ui.cache);
    return true;
}

static void save_settings(App *app)
{
    UiSettings s = {.zoom = app->zoom_pref};
    snprintf(s.theme, sizeof s.theme, "%s", ui_theme_name(app->ui.theme));
    if (app->home[0]) ui_settings_save(&s, app->home);
}

/* The text size the window can hold: the chosen one, lowered so that the window keeps at least
 * UI_MIN_UNITS_W x UI_MIN_UNITS_H design units (never below UI_ZOOM_MIN). */
static float fitting_zoom(const App *app)
{
    float d = app->ui.dpi > 0 ? app->ui.dpi : 1.0f, z = app->zoom_pref;
    float fw = (float)app->ui.w / (d * UI_MIN_UNITS_W), fh = (float)app->ui.h / (d * UI_MIN_UNITS_H);
    if (app->ui.w > 0 && fw < z) z = fw;
    if (app->ui.h > 0 && fh < z) z = fh;
    return z < UI_ZOOM_MIN ? UI_ZOOM_MIN : z;
}

/* Puts the fitting text size in effect (reopening the fonts when it changed). */
static void apply_zoom(App *app)
{
    float z = fitting_zoom(app);
    if (fabsf(z - app->ui.zoom) < 0.001f) return;
    float old = app->ui.zoom;
    app->ui.zoom = z;
    char err[256];
    if (!reopen_fonts(app, err, sizeof err)) {
        app->ui.zoom = old;
        snprintf(app->status, sizeof app->status, "%s", err);
    }
    app->dirty = true;
}

void app_set_zoom(App *app, float zoom)
{
    if (zoom < UI_ZOOM_MIN) zoom = UI_ZOOM_MIN;
    if (zoom > UI_ZOOM_MAX) zoom = UI_ZOOM_MAX;
    if (zoom == app->zoom_pref) return;
    app->zoom_pref = zoom;
    apply_zoom(app);
    save_settings(app);
    app->dirty = true;
}

void app_set_theme(App *app, ThemeId t)
{
    app->ui.theme = t;
    app->ui.th = ui_theme(t);
    ui_cache_clear(app->ui.cache); /* colours are part of the keys: old entries are dead */
    save_settings(app);
    app->dirty = true;
}

void ui_app_resized(App *app)
{
    SDL_GetRendererOutputSize(app->ui.r, &app->ui.w, &app->ui.h);
    float dpi = current_dpi(app);
    if (dpi != app->ui.dpi) {
        float old = app->ui.dpi;
        app->ui.dpi = dpi;
        char err[256];
        if (!reopen_fonts(app, err, sizeof err)) app->ui.dpi = old;
    }
    apply_zoom(app);
    app->dirty = true;
}

/* --- creation ------------------------------------------------------------------------- */

static void open_store(App *app)
{
    if (!app->home[0]) {
        snprintf(app->store_msg, sizeof app->store_msg, "Progress is not being saved.");
        fprintf(stderr, "byline: progress will NOT be saved: no folder for it\n");
        return;
    }
    char path[1200], err[400];
    if (app->cfg.store_file) snprintf(path, sizeof path, "%s", app->cfg.store_file);
    else snprintf(path, sizeof path, "%s/progress.db", app->home);
    app->store = store_open(path, err, sizeof err);
    if (!app->store) {
        snprintf(app->store_msg, sizeof app->store_msg, "Progress cannot be saved: %s", err);
        /* Also where a teacher starting the app from a terminal sees it, before anyone plays. */
        fprintf(stderr, "byline: progress will NOT be saved: %s\n", err);
    }
}

App *ui_app_create(SDL_Renderer *r, SDL_Window *window, const AppConfig *cfg, char *err,
                   size_t errlen)
{
    App *app = calloc(1, sizeof *app);
    if (!app) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    app->cfg = *cfg;
    app->win = window;
    app->ui.r = r;
    snprintf(app->data_dir, sizeof app->data_dir, "%s", cfg->data_dir ? cfg->data_dir : ".");
    snprintf(app->home, sizeof app->home, "%s", cfg->home ? cfg->home : "");
    UiSettings set;
    ui_settings_load(&set, app->home);
    ThemeId theme = THEME_LIGHT;
    if (!ui_theme_parse(cfg->theme ? cfg->theme : set.theme, &theme)) theme = THEME_LIGHT;
    app->ui.theme = theme;
    app->ui.th = ui_theme(theme);
    app->zoom_pref = set.zoom < UI_ZOOM_MIN ? UI_ZOOM_MIN : set.zoom > UI_ZOOM_MAX ? UI_ZOOM_MAX : set.zoom;
    app->ui.dpi = current_dpi(app);
    SDL_GetRendererOutputSize(r, &app->ui.w, &app->ui.h);
    app->ui.zoom = fitting_zoom(app);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE); /* every fill is opaque: no per-pixel blending */
    if (TTF_Init() != 0) { /* counted: the TTF_Quit in ui_app_destroy balances it */
        snprintf(err, errlen, "cannot start the font renderer: %s", TTF_GetError());
        free(app);
        return NULL;
    }
    app->ui.cache = ui_cache_create(r);
    if (!app->ui.cache || !reopen_fonts(app, err, errlen)) {
        ui_cache_destroy(app->ui.cache);
        TTF_Quit();
        free(app);
        return NULL;
    }
    av_init(&app->av);
    av_init(&app->av2);
    tf_init(&app->name_field, 40);
    app->cur = -1;
    app->attempt = -1;
    app->missed_sel = -1;
    app->focus_visible = true;
    open_store(app);
    if (cfg->watch && !preview_open(app)) {
        snprintf(err, errlen, "out of memory");
        ui_app_destroy(app);
        return NULL;
    }
    packs_load(app);
    SDL_StopTextInput();
    app->screen = SCREEN_PROFILE;
    if (app->preview) preview_start(app); /* the teacher needs no student profile */
    else if (cfg->profile && cfg->profile[0] && play_profile(app, cfg->profile)) app_go(app, SCREEN_LIBRARY);
    else app_go(app, SCREEN_PROFILE);
    return app;
}

void ui_app_destroy(App *app)
{
    if (!app) return;
    play_end(app);
    preview_close(app);
    class_results_free(app);
    packs_free(app);
    if (app->profiles) store_free_names(app->profiles, app->n_profiles);
    store_close(app->store);
    av_free(&app->av);
    av_free(&app->av2);
    ui_fonts_close(&app->ui.fonts);
    ui_cache_destroy(app->ui.cache);
    TTF_Quit();
    SDL_StopTextInput();
    free(app);
}

/* --- hits and focus --------------------------------------------------------------------- */

void app_hit(App *app, SDL_Rect r, Action act, int arg, bool focusable, PaneId pane)
{
    if (app->n_hits == UI_MAX_HITS) return;
    SDL_Rect clip = r;
    if (pane == PANE_SIDE) SDL_IntersectRect(&r, &app->side_content, &clip);
    if (pane == PANE_LIST) SDL_IntersectRect(&r, &app->list_view, &clip);
    app->hits[app->n_hits++] = (Hit){r, clip, act, arg, focusable, pane};
}

const Hit *app_find_hit(const App *app, Action act, int arg)
{
    for (size_t i = 0; i < app->n_hits; i++)
        if (app->hits[i].act == act && app->hits[i].arg == arg) return &app->hits[i];
    return NULL;
}

static const Hit *hit_at(const App *app, int x, int y)
{
    for (size_t i = app->n_hits; i-- > 0;)
        if (ui_point_in(app->hits[i].clip, x, y)) return &app->hits[i];
    return NULL;
}

bool app_has_focus(const App *app, Action act, int arg)
{
    return app->focus_act == act && app->focus_arg == arg;
}

WidgetState app_widget_state(const App *app, Action act, int arg)
{
    WidgetState st = {0};
    st.hover = app->hover_act == act && app->hover_arg == arg;
    st.focus = app->focus_visible && app_has_focus(app, act, arg);
    st.pressed = app->press_act == act && app->press_arg == arg;
    return st;
}

static TextField *focused_field(App *app)
{
    if (app->focus_act == ACT_PROFILE_FIELD) return &app->name_field;
    if (app->focus_act == ACT_TEXT_FIELD && app->screen == SCREEN_QUIZ && !quiz_locked(app))
        return &app->q.field;
    return NULL;
}

/* Text input (and the on-screen keyboard / IME) is on only while a text field has focus, and on
 * the profile screen, where a new student can just start typing their name. */
static void sync_text_input(App *app)
{
    TextField *f = focused_field(app);
    if (!f && app->screen == SCREEN_PROFILE) f = &app->name_field;
    if (f && !SDL_IsTextInputActive()) {
        SDL_StartTextInput();
        const Hit *h = app_find_hit(app, app->focus_act, app->focus_arg);
        if (h) {
            float d = app->ui.dpi;
            SDL_Rect r = {(int)(h->r.x / d), (int)(h->r.y / d), (int)(h->r.w / d), (int)(h->r.h / d)};
            SDL_SetTextInputRect(&r);
        }
    } else if (!f && SDL_IsTextInputActive()) {
        SDL_StopTextInput();
    }
}

static void scroll_into_view(App *app, const Hit *h)
{
    int *scroll = h->pane == PANE_SIDE ? &app->side_scroll : h->pane == PANE_LIST ? &app->list_scroll : NULL;
    SDL_Rect view = h->pane == PANE_SIDE ? app->side_content : app->list_view;
    if (!scroll) return;
    int m = app->ui.fonts.px[FONT_UI];
    if (h->r.y < view.y) *scroll -= view.y - h->r.y + m;
    else if (h->r.y + h->r.h > view.y + view.h) *scroll += h->r.y + h->r.h - (view.y + view.h) + m;
    if (*scroll < 0) *scroll = 0;
}

void app_set_focus(App *app, Action act, int arg)
{
    app->focus_act = act;
    app->focus_arg = arg;
    app->dirty = true;
    app_layout(app);
    const Hit *h = app_find_hit(app, act, arg);
    if (h && h->pane != PANE_NONE) {
        scroll_into_view(app, h);
        app_layout(app);
    }
    sync_text_input(app);
}

bool app_is_chrome(Action a)
{
    return a == ACT_BACK || a == ACT_ZOOM_IN || a == ACT_ZOOM_OUT || a == ACT_THEME ||
           a == ACT_FULLSCREEN;
}

static bool takes_click_focus(Action a)
{
    switch (a) {
    case ACT_PROFILE_FIELD: case ACT_TEXT_FIELD: case ACT_CHOICE: case ACT_MULTI: case ACT_TRUTH:
    case ACT_ORDER_ITEM: case ACT_ARTICLE: case ACT_MISSED: case ACT_PROFILE_PICK: case ACT_PACK_OPEN:
        return true;
    default:
        return false;
    }
}

/* Moves focus to the next (dir 1) or previous (-1) focusable hit; chrome only with Tab. */
static void move_focus(App *app, int dir, bool include_chrome)
{
    int n = (int)app->n_hits, cur = -1;
    for (int i = 0; i < n; i++)
        if (app->hits[i].focusable && app_has_focus(app, app->hits[i].act, app->hits[i].arg)) cur = i;
    for (int k = 1; k <= n; k++) {
        int i = cur < 0 ? (dir > 0 ? k - 1 : n - k) : ((cur + dir * k) % n + n) % n;
        const Hit *h = &app->hits[i];
        if (!h->focusable || (!include_chrome && app_is_chrome(h->act))) continue;
        if (!include_chrome && cur >= 0 && (dir > 0 ? i < cur : i > cur)) return; /* no wrap */
        app_set_focus(app, h->act, h->arg);
        return;
    }
}

void app_go(App *app, ScreenId s)
{
    app->screen = s;
    app->focus_act = ACT_NONE;
    app->hover_act = app->press_act = ACT_NONE;
    app->side_scroll = 0;
    app->show_article = false;
    app->dirty = true;
    if (screens[s]->enter) screens[s]->enter(app);
    app_layout(app);
    sync_text_input(app);
}

/* --- layout and render --------------------------------------------------------------- */

void app_layout(App *app)
{
    app->n_hits = 0;
    app_layout_chrome(app);
    screens[app->screen]->layout(app);
    app_layout_top_buttons(app);
}

static void draw(App *app)
{
    Ui *ui = &app->ui;
    SDL_GetRendererOutputSize(ui->r, &ui->w, &ui->h);
    apply_zoom(app); /* the window may have changed size */
    app_layout(app);
    ui_clip(ui, NULL);
    ui_set_color(ui, ui->th->bg);
    SDL_RenderClear(ui->r);
    screens[app->screen]->render(app);
}

static void finish_frame(App *app)
{
    SDL_RenderPresent(app->ui.r);
    ui_cache_end_frame(app->ui.cache);
    app->dirty = false;
    app->frames++;
}

void ui_app_render(App *app)
{
    draw(app);
    finish_frame(app);
}

bool ui_app_screenshot(App *app, const char *path, char *err, size_t errlen)
{
    draw(app);
    int w = app->ui.w, h = app->ui.h;
    size_t stride = (size_t)w * 3;
    uint8_t *px = malloc(stride * (size_t)h);
    bool ok = px && SDL_RenderReadPixels(app->ui.r, NULL, SDL_PIXELFORMAT_RGB24, px, (int)stride) == 0;
    if (!ok) snprintf(err, errlen, "cannot read the screen: %s", px ? SDL_GetError() : "out of memory");
    else if (!(ok = png_write_rgb(path, px, w, h, stride))) snprintf(err, errlen, "cannot write %s", path);
    free(px);
    finish_frame(app);
    return ok;
}

void ui_app_set_fullscreen_flag(App *app, bool on)
{
    app->fullscreen = on;
}

bool ui_app_dirty(const App *app)
{
    return app->dirty;
}

bool ui_app_should_quit(const App *app)
{
    return app->quit;
}

/* --- events --------------------------------------------------------------------------- */

static void activate(App *app, Action act, int arg)
{
    app->dirty = true;
    switch (act) {
    case ACT_ZOOM_IN: app_set_zoom(app, app->zoom_pref * 1.1f); return;
    case ACT_ZOOM_OUT: app_set_zoom(app, app->zoom_pref / 1.1f); return;
    case ACT_THEME: app_set_theme(app, (ThemeId)((app->ui.theme + 1) % THEME_COUNT)); return;
    case ACT_FULLSCREEN:
        if (!app->win) return;
        app->fullscreen = !app->fullscreen;
        SDL_SetWindowFullscreen(app->win, app->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
        ui_app_resized(app);
        return;
    case ACT_ARTICLE_TAB:
        play_show_article(app, arg);
        return;
    default:
        screens[app->screen]->activate(app, act, arg);
        app_layout(app);
        sync_text_input(app);
    }
}

static bool global_key(App *app, const SDL_KeyboardEvent *k)
{
    bool ctrl = (k->keysym.mod & KMOD_CTRL) != 0;
    switch (k->keysym.sym) {
    case SDLK_F11: activate(app, ACT_FULLSCREEN, 0); return true;
    case SDLK_EQUALS: case SDLK_PLUS: case SDLK_KP_PLUS:
        if (!ctrl) return false;
        activate(app, ACT_ZOOM_IN, 0);
        return true;
    case SDLK_MINUS: case SDLK_KP_MINUS:
        if (!ctrl) return false;
        activate(app, ACT_ZOOM_OUT, 0);
        return true;
    case SDLK_0: case SDLK_KP_0:
        if (!ctrl) return false;
        app_set_zoom(app, 1.0f);
        return true;
    case SDLK_TAB: /* the other article (column or tab) of a pack with several */
        if (!ctrl || (app->screen != SCREEN_READ && app->screen != SCREEN_QUIZ && app->screen != SCREEN_RESULTS))
            return false;
        return pair_switch(app, (k->keysym.mod & KMOD_SHIFT) ? -1 : 1);
    case SDLK_t:
        if (!ctrl) return false;
        activate(app, ACT_THEME, 0);
        return true;
    case SDLK_q:
        if (!ctrl) return false;
        app->quit = true;
        return true;
    default: return false;
    }
}

static void field_changed(App *app, TextField *f)
{
    if (f == &app->q.field) {
        snprintf(app->q.answer.text, sizeof app->q.answer.text, "%s", f->text);
    }
    app->dirty = true;
}

static void handle_key(App *app, const SDL_KeyboardEvent *k)
{
    app->focus_visible = true;
    app->dirty = true;
    if (global_key(app, k)) return;
    SDL_Keycode key = k->keysym.sym;
    bool shift = (k->keysym.mod & KMOD_SHIFT) != 0;
    TextField *f = focused_field(app);
    if (f && tf_key(f, key, k->keysym.mod)) {
        field_changed(app, f);
        return;
    }
    if (key == SDLK_TAB) {
        move_focus(app, shift ? -1 : 1, true);
        return;
    }
    if (screens[app->screen]->key && screens[app->screen]->key(app, k)) {
        app_layout(app);
        sync_text_input(app);
        return;
    }
    switch (key) {
    case SDLK_UP: move_focus(app, -1, false); return;
    case SDLK_DOWN: move_focus(app, 1, false); return;
    case SDLK_SPACE:
        if (f) return;
        /* fall through */
    case SDLK_RETURN: case SDLK_KP_ENTER:
        if (app->focus_act != ACT_NONE && app_find_hit(app, app->focus_act, app->focus_arg))
            activate(app, app->focus_act, app->focus_arg);
        return;
    case SDLK_ESCAPE:
        activate(app, ACT_BACK, 0);
        return;
    default: return;
    }
}

static void handle_mouse(App *app, SDL_Event *e)
{
    Ui *ui = &app->ui;
    /* The hits of the last frame are current unless something changed since (a mouse move over
     * a still window then costs no layout at all). */
    if (app->dirty) app_layout(app);
    if (screens[app->screen]->mouse && screens[app->screen]->mouse(app, e)) {
        app->dirty = true;
        return;
    }
    const Hit *h;
    switch (e->type) {
    case SDL_MOUSEMOTION:
        h = hit_at(app, e->motion.x, e->motion.y);
        if ((h ? h->act : ACT_NONE) != app->hover_act || (h ? h->arg : 0) != app->hover_arg) {
            app->hover_act = h ? h->act : ACT_NONE;
            app->hover_arg = h ? h->arg : 0;
            app->dirty = true;
        }
        return;
    case SDL_MOUSEBUTTONDOWN:
        if (e->button.button != SDL_BUTTON_LEFT) return;
        app->focus_visible = false;
        h = hit_at(app, e->button.x, e->button.y);
        app->press_act = h ? h->act : ACT_NONE;
        app->press_arg = h ? h->arg : 0;
        /* Fields and answer rows take the focus when clicked (typing and arrow keys continue
         * from there); buttons do not, so a later Enter keeps its meaning on the screen. */
        if (h && h->focusable && takes_click_focus(h->act)) app_set_focus(app, h->act, h->arg);
        app->dirty = true;
        return;
    case SDL_MOUSEBUTTONUP: {
        if (e->button.button != SDL_BUTTON_LEFT) return;
        h = hit_at(app, e->button.x, e->button.y);
        Action pa = app->press_act;
        int parg = app->press_arg;
        app->press_act = ACT_NONE;
        app->dirty = true;
        /* A click in a text field only focuses it; Enter is what submits. */
        bool field = pa == ACT_PROFILE_FIELD || pa == ACT_TEXT_FIELD;
        if (h && h->act == pa && h->arg == parg && !field) activate(app, pa, parg);
        return;
    }
    case SDL_MOUSEWHEEL: {
        int step = ui_line(ui, FONT_UI) * 3 * -e->wheel.y;
        if (ui_point_in(app->side_content, e->wheel.mouseX, e->wheel.mouseY)) app->side_scroll += step;
        else if (ui_point_in(app->list_view, e->wheel.mouseX, e->wheel.mouseY)) app->list_scroll += step;
        else return;
        if (app->side_scroll < 0) app->side_scroll = 0;
        if (app->list_scroll < 0) app->list_scroll = 0;
        app->dirty = true;
        return;
    }
    default: return;
    }
}

/* Mouse coordinates arrive in window units; everything here is in output pixels. */
static void to_pixels(const App *app, SDL_Event *e)
{
    float d = app->ui.dpi;
    if (d == 1.0f) return;
    switch (e->type) {
    case SDL_MOUSEMOTION: e->motion.x = (Sint32)(e->motion.x * d); e->motion.y = (Sint32)(e->motion.y * d);
        e->motion.xrel = (Sint32)(e->motion.xrel * d); e->motion.yrel = (Sint32)(e->motion.yrel * d); break;
    case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP:
        e->button.x = (Sint32)(e->button.x * d); e->button.y = (Sint32)(e->button.y * d); break;
    case SDL_MOUSEWHEEL:
        e->wheel.mouseX = (Sint32)(e->wheel.mouseX * d); e->wheel.mouseY = (Sint32)(e->wheel.mouseY * d); break;
    default: break;
    }
}

void ui_app_handle_event(App *app, const SDL_Event *ev)
{
    SDL_Event e = *ev;
    to_pixels(app, &e);
    switch (e.type) {
    case SDL_QUIT: app->quit = true; return;
    case SDL_WINDOWEVENT:
        if (e.window.event == SDL_WINDOWEVENT_CLOSE) app->quit = true;
        else if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) ui_app_resized(app);
        else if (e.window.event == SDL_WINDOWEVENT_EXPOSED || e.window.event == SDL_WINDOWEVENT_SHOWN ||
                 e.window.event == SDL_WINDOWEVENT_RESTORED) app->dirty = true;
        return;
    case SDL_RENDER_TARGETS_RESET: case SDL_RENDER_DEVICE_RESET:
        ui_cache_clear(app->ui.cache);
        app->dirty = true;
        return;
    case SDL_KEYDOWN: handle_key(app, &e.key); return;
    case SDL_TEXTINPUT: {
        TextField *f = focused_field(app);
        if (!f && app->screen == SCREEN_PROFILE && e.text.text[0] != ' ') {
            app_set_focus(app, ACT_PROFILE_FIELD, 0); /* typing a name goes to the name field */
            f = focused_field(app);
        }
        if (!f) return;
        f->composing[0] = '\0';
        if (tf_insert(f, e.text.text)) field_changed(app, f);
        app->dirty = true;
        return;
    }
    case SDL_TEXTEDITING: {
        TextField *f = focused_field(app);
        if (!f) return;
        snprintf(f->composing, sizeof f->composing, "%s", e.edit.text);
        app->dirty = true;
        return;
    }
    case SDL_MOUSEMOTION: case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP: case SDL_MOUSEWHEEL:
        handle_mouse(app, &e);
        return;
    default: return;
    }
}
