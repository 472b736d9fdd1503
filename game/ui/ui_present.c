/* ui_present.c — the presenter screen object: creation, fonts and scales, event routing, the
 * countdown's redraw timing, drawing dispatch and screenshots. The stages live in
 * ui_present_setup.c (team names, mode) and ui_present_input.c / ui_present_draw.c (the
 * session); see ui_present_internal.h for how the two font scales work. */
#include "ui_present_internal.h"
#include "ui_png.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const float level_factor[PS_LEVELS] = {1.0f, 0.9f, 0.8f, 0.7f, 0.6f, 0.5f};

int64_t ps_now_ms(const PresentScreen *ps)
{
    if (ps->cfg.now_ms) return (int64_t)ps->cfg.now_ms(ps->cfg.clock_ctx);
    return (int64_t)SDL_GetTicks64();
}

int64_t ps_now_unix(const PresentScreen *ps)
{
    if (ps->cfg.now_unix) return ps->cfg.now_unix(ps->cfg.clock_ctx);
    return (int64_t)time(NULL);
}

/* --- hits -------------------------------------------------------------------------------- */

void ps_hit(PresentScreen *ps, SDL_Rect r, PsHitKind kind, int arg)
{
    if (ps->n_hits < PS_MAX_HITS) ps->hits[ps->n_hits++] = (PsHit){r, kind, arg};
}

const PsHit *ps_hit_at(const PresentScreen *ps, int x, int y)
{
    for (size_t i = ps->n_hits; i-- > 0;)
        if (ui_point_in(ps->hits[i].r, x, y)) return &ps->hits[i];
    return NULL;
}

const PsHit *ps_find_hit(const PresentScreen *ps, PsHitKind kind, int arg)
{
    for (size_t i = 0; i < ps->n_hits; i++)
        if (ps->hits[i].kind == kind && ps->hits[i].arg == arg) return &ps->hits[i];
    return NULL;
}

/* --- fonts and scales -------------------------------------------------------------------- */

bool ps_open_fonts(Ui *ui, const char *data_dir, float zoom, char *err, size_t errlen)
{
    UiFonts fresh;
    char dir[1100];
    snprintf(dir, sizeof dir, "%s/assets/fonts", data_dir);
    if (!ui_fonts_open(&fresh, dir, zoom, err, errlen)) return false;
    ui_fonts_close(&ui->fonts);
    ui->fonts = fresh;
    ui->zoom = zoom;
    /* A closed font's address may come back for another size: every cached text is suspect. */
    ui_cache_clear(ui->cache);
    return true;
}

/* Opens u's fonts at content level `level` unless *cur says they are at it already. */
static bool open_level(PresentScreen *ps, Ui *u, int *cur, int level)
{
    if (level < 0) level = 0;
    if (level >= PS_LEVELS) level = PS_LEVELS - 1;
    float zoom = ps->ui.zoom * level_factor[level];
    if (level == *cur && u->fonts.f[0] && u->zoom == zoom) return true;
    char err[256];
    if (!ps_open_fonts(u, ps->data_dir, zoom, err, sizeof err)) {
        snprintf(ps->status, sizeof ps->status, "%s", err);
        return false;
    }
    *cur = level;
    ps->ex.q = NULL; /* the excerpt is laid out again in the new fonts */
    return true;
}

bool ps_set_level(PresentScreen *ps, int level)
{
    return open_level(ps, &ps->cui, &ps->level, level);
}

bool ps_set_excerpt_level(PresentScreen *ps, int level)
{
    return open_level(ps, &ps->xui, &ps->xlevel, level);
}

/* The chrome's zoom for the output size: the design size gets PS_BASE_ZOOM, other sizes scale
 * with the smaller ratio, in steps of 5% so that a small resize does not reopen the fonts. */
float ps_chrome_zoom(int w, int h)
{
    float s = fminf((float)w / PS_DESIGN_W, (float)h / PS_DESIGN_H);
    float z = roundf(PS_BASE_ZOOM * s * 20.0f) / 20.0f;
    return z < 0.5f ? 0.5f : z;
}

static void measure_output(PresentScreen *ps)
{
    SDL_GetRendererOutputSize(ps->ui.r, &ps->ui.w, &ps->ui.h);
    ps->cui.w = ps->xui.w = ps->ui.w;
    ps->cui.h = ps->xui.h = ps->ui.h;
    ps->pix = 1.0f;
    if (ps->win) {
        int ww, wh;
        SDL_GetWindowSize(ps->win, &ww, &wh);
        if (ww > 0 && ps->ui.w > ww) ps->pix = (float)ps->ui.w / (float)ww;
    }
}

/* Follows the output size: reopens the fonts when the scale changes and forgets which level
 * fitted each question (that depends on the size). */
static void follow_size(PresentScreen *ps)
{
    int w = ps->ui.w, h = ps->ui.h;
    measure_output(ps);
    if (ps->ui.w == w && ps->ui.h == h && ps->ui.fonts.f[0]) return;
    float z = ps_chrome_zoom(ps->ui.w, ps->ui.h);
    if (z != ps->ui.zoom || !ps->ui.fonts.f[0]) {
        char err[256];
        if (ps_open_fonts(&ps->ui, ps->data_dir, z, err, sizeof err)) {
            int level = ps->level, xlevel = ps->xlevel;
            ps->level = ps->xlevel = -1;
            ps_set_level(ps, level);
            ps_set_excerpt_level(ps, xlevel);
        } else {
            snprintf(ps->status, sizeof ps->status, "%s", err);
        }
    }
    memset(ps->fit, -1, ps->cfg.pack->n_questions * sizeof *ps->fit);
    ps->ex.q = NULL;
    ps->dirty = true;
}

/* The height the excerpt panel needs for q in the excerpt fonts: the excerpt of every article
 * Ctrl+Tab may show in the same panel, and the evidence view after E (issue 13). */
static int excerpt_need(PresentScreen *ps, const Question *q)
{
    int h = ex_min_height_article(&ps->xui, ps->cfg.pack, q, ps->excerpt.w, -1, ps_switchable(ps));
    for (size_t k = 0; ps_switchable(ps) && k < ps->cfg.pack->n_articles; k++) {
        int hk = ex_min_height_article(&ps->xui, ps->cfg.pack, q, ps->excerpt.w, (int)k, true);
        if (hk > h) h = hk;
    }
    if (pp_wanted(ps->cfg.pack, q)) {
        int pp_h = pp_height(&ps->xui, ps->cfg.pack, q, ps->excerpt.w);
        if (pp_h > h) h = pp_h;
    }
    return h;
}

/* The largest level from `from` at which the question column fits, and opens it. */
static int fit_column(PresentScreen *ps, const Question *q, int from)
{
    int level = from;
    for (; level < PS_LEVELS - 1; level++)
        if (!ps_set_level(ps, level) || ps_column_height(ps, q, ps->column.w) <= ps->column.h) break;
    ps_set_level(ps, level);
    return ps->level;
}

/* Two levels, so that a long excerpt does not shrink the question (review: the prompt of
 * sessions-letter's question 2 was 17 px at 1280x800): the question column takes the largest
 * level at which it fits, the excerpt the largest at which it fits that is no larger than the
 * column's (the question stays the biggest text of the content). The column is measured again
 * at the reveal (the answer box, a cite verdict), which the core tells nobody before: it may
 * then go a step smaller rather than cut the verdict or run into the team chips. */
void ps_fit_content(PresentScreen *ps)
{
    if (!ps->p || !presenter_question(ps->p)) return;
    size_t pos = presenter_position(ps->p);
    const Question *q = presenter_question(ps->p);
    PsFit *f = &ps->fit[pos];
    if (f->column < 0 || f->excerpt < 0) {
        int xlevel = f->column = (signed char)fit_column(ps, q, 0);
        for (; xlevel < PS_LEVELS - 1; xlevel++)
            if (!ps_set_excerpt_level(ps, xlevel) || excerpt_need(ps, q) <= ps->excerpt.h) break;
        ps_set_excerpt_level(ps, xlevel);
        f->excerpt = (signed char)ps->xlevel;
    }
    char probe[4];
    if (presenter_correct_answer(ps->p, probe, sizeof probe)) {
        /* per phase: the evidence phase's box may be taller than the revealed tiles' verdict */
        signed char *r = presenter_phase(ps->p) == PHASE_EVIDENCE ? &f->evidence : &f->revealed;
        if (*r < 0) *r = (signed char)fit_column(ps, q, f->column);
        ps_set_level(ps, *r);
    } else {
        ps_set_level(ps, f->column);
    }
    ps_set_excerpt_level(ps, f->excerpt);
}

/* --- creation ---------------------------------------------------------------------------- */

static void sync_text_input(PresentScreen *ps)
{
    bool want = ps->stage == STAGE_SETUP ? setup_text_wanted(ps) : ps_text_wanted(ps);
    if (want && !SDL_IsTextInputActive()) SDL_StartTextInput();
    else if (!want && SDL_IsTextInputActive()) SDL_StopTextInput();
}

static bool init_fonts(PresentScreen *ps, char *err, size_t errlen)
{
    measure_output(ps);
    ps->level = ps->xlevel = 0;
    if (!ps_open_fonts(&ps->ui, ps->data_dir, ps_chrome_zoom(ps->ui.w, ps->ui.h), err, errlen)) return false;
    return ps_open_fonts(&ps->cui, ps->data_dir, ps->ui.zoom, err, errlen) &&
           ps_open_fonts(&ps->xui, ps->data_dir, ps->ui.zoom, err, errlen);
}

PresentScreen *ui_present_create(SDL_Renderer *r, SDL_Window *window, const PresentConfig *cfg,
                                 char *err, size_t errlen)
{
    if (!cfg || !cfg->pack || cfg->pack->n_questions == 0) {
        snprintf(err, errlen, "the pack has no questions to present");
        return NULL;
    }
    PresentScreen *ps = calloc(1, sizeof *ps);
    if (!ps) goto oom;
    ps->cfg = *cfg;
    ps->win = window;
    snprintf(ps->data_dir, sizeof ps->data_dir, "%s", cfg->data_dir ? cfg->data_dir : ".");
    ps->fit = malloc(cfg->pack->n_questions * sizeof *ps->fit);
    ps->saved = calloc(cfg->pack->n_questions, 1);
    if (!ps->fit || !ps->saved) goto oom;
    memset(ps->fit, -1, cfg->pack->n_questions * sizeof *ps->fit);
    ps->ui.r = ps->cui.r = ps->xui.r = r;
    ps->ui.dpi = ps->cui.dpi = ps->xui.dpi = 1.0f; /* sizes follow the output pixels, see ps_chrome_zoom */
    ps->ui.theme = THEME_LIGHT;
    if (cfg->theme) ui_theme_parse(cfg->theme, &ps->ui.theme);
    ps->ui.th = ps->cui.th = ps->xui.th = ui_theme(ps->ui.theme);
    ps->cui.theme = ps->xui.theme = ps->ui.theme;
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
    if (TTF_Init() != 0) { /* counted: balanced by the TTF_Quit in ui_present_destroy */
        snprintf(err, errlen, "cannot start the font renderer: %s", TTF_GetError());
        free(ps->fit);
        free(ps->saved);
        free(ps);
        return NULL;
    }
    ps->ui.cache = ps->cui.cache = ps->xui.cache = ui_cache_create(r);
    if (!ps->ui.cache) snprintf(err, errlen, "out of memory");
    if (!ps->ui.cache || !init_fonts(ps, err, errlen)) {
        ui_present_destroy(ps);
        return NULL;
    }
    tf_init(&ps->name_field, PRESENT_MAX_TEAM_NAME);
    tf_init(&ps->draft.field, ANSWER_MAX_TEXT - 1);
    for (size_t i = 0; i < cfg->n_teams && cfg->teams; i++) setup_add_team(ps, cfg->teams[i]);
    ps->mode = cfg->mode;
    ps->speed_bonus = cfg->speed_bonus;
    for (size_t t = 0; t < PRESENT_MAX_TEAMS; t++) ps->attempt[t] = -1;
    ps->session_id = -1;
    ps->stage = STAGE_SETUP;
    ps->setup_focus = SF_FIELD;
    ps->dirty = true;
    sync_text_input(ps);
    return ps;
oom:
    if (ps) {
        free(ps->fit);
        free(ps->saved);
        free(ps);
    }
    snprintf(err, errlen, "out of memory");
    return NULL;
}

void ui_present_destroy(PresentScreen *ps)
{
    if (!ps) return;
    presenter_free(ps->p);
    session_free(ps->shuffles);
    ex_free(&ps->ex);
    ui_fonts_close(&ps->ui.fonts);
    ui_fonts_close(&ps->cui.fonts);
    ui_fonts_close(&ps->xui.fonts);
    ui_cache_destroy(ps->ui.cache);
    TTF_Quit();
    SDL_StopTextInput();
    free(ps->fit);
    free(ps->saved);
    free(ps);
}

bool ps_switchable(const PresentScreen *ps)
{
    return ps->cfg.pack->n_articles > 1;
}

int ps_shown_number(const PresentScreen *ps, int article, int sentence)
{
    return article == ps->ex.article && sentence >= 0 ? ex_number_of(&ps->ex, sentence) : 0;
}

void ps_sentence_label(const PresentScreen *ps, int article, int sentence, bool cap, char *buf, size_t n)
{
    const Pack *p = ps->cfg.pack;
    int num = ps_shown_number(ps, article, sentence);
    const char *outlet = article >= 0 && (size_t)article < p->n_articles ? p->articles[article].outlet : NULL;
    if (num) snprintf(buf, n, "%s %d", cap ? "Sentence" : "sentence", num);
    else if (outlet && p->n_articles > 1) snprintf(buf, n, "%s sentence of %s", cap ? "A" : "a", outlet);
    else snprintf(buf, n, "%s sentence", cap ? "A" : "a");
}

void ps_start_session(PresentScreen *ps)
{
    const char *names[PRESENT_MAX_TEAMS];
    for (size_t i = 0; i < ps->n_names; i++) names[i] = ps->names[i];
    PresentRules rules = {ps->speed_bonus, 0};
    char err[200];
    Presenter *p = presenter_create(ps->cfg.pack, names, ps->n_names, ps->mode, rules,
                                    ps_now_ms(ps), err, sizeof err);
    Session *sh = p ? session_create(ps->cfg.pack, NULL, 0, ps->cfg.seed ? ps->cfg.seed : 1) : NULL;
    if (!p || !sh) {
        presenter_free(p);
        snprintf(ps->status, sizeof ps->status, "%s", p ? "out of memory" : err);
        return;
    }
    ps->p = p;
    ps->shuffles = sh;
    ps->stage = STAGE_SESSION;
    ps->status[0] = '\0';
    ps->shown_pos = (size_t)-1; /* ps_sync opens the first question's draft */
    ps->ex_article = -1;
    ps_sync(ps);
    ps->dirty = true;
}

/* --- events ------------------------------------------------------------------------------ */

static void set_theme(PresentScreen *ps, ThemeId t)
{
    ps->ui.theme = ps->cui.theme = ps->xui.theme = t;
    ps->ui.th = ps->cui.th = ps->xui.th = ui_theme(t);
    ui_cache_clear(ps->ui.cache); /* colours are part of the keys */
    ps->dirty = true;
}

bool ui_present_set_theme(PresentScreen *ps, const char *name)
{
    ThemeId t;
    if (!ui_theme_parse(name, &t)) return false;
    set_theme(ps, t);
    return true;
}

static void toggle_fullscreen(PresentScreen *ps)
{
    if (!ps->win) return;
    ps->fullscreen = !ps->fullscreen;
    SDL_SetWindowFullscreen(ps->win, ps->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    ui_present_resized(ps);
}

static bool global_key(PresentScreen *ps, const SDL_KeyboardEvent *k)
{
    bool ctrl = (k->keysym.mod & KMOD_CTRL) != 0;
    if (k->keysym.sym == SDLK_F11) {
        toggle_fullscreen(ps);
        return true;
    }
    if (ctrl && k->keysym.sym == SDLK_q) {
        ps->quit = ps->quit_all = true;
        return true;
    }
    if (ctrl && k->keysym.sym == SDLK_t) {
        set_theme(ps, (ThemeId)((ps->ui.theme + 1) % THEME_COUNT));
        return true;
    }
    return false;
}

static void to_pixels(const PresentScreen *ps, SDL_Event *e)
{
    float d = ps->pix;
    if (d == 1.0f) return;
    if (e->type == SDL_MOUSEBUTTONDOWN || e->type == SDL_MOUSEBUTTONUP) {
        e->button.x = (Sint32)((float)e->button.x * d);
        e->button.y = (Sint32)((float)e->button.y * d);
    }
}

/* A click acts when the button goes up on the hit it went down on (like the App's buttons). */
static void mouse(PresentScreen *ps, const SDL_MouseButtonEvent *b)
{
    if (b->button != SDL_BUTTON_LEFT) return;
    if (ps->dirty) ps_layout(ps);
    const PsHit *h = ps_hit_at(ps, b->x, b->y);
    if (b->type == SDL_MOUSEBUTTONDOWN) {
        ps->pressed_on = true;
        ps->pressed = h ? *h : (PsHit){{b->x, b->y, 1, 1}, HIT_NONE, ex_number_at(&ps->ex, b->x, b->y)};
        return;
    }
    if (!ps->pressed_on) return;
    ps->pressed_on = false;
    if (h && (h->kind != ps->pressed.kind || h->arg != ps->pressed.arg)) return;
    if (!h && (ps->pressed.kind != HIT_NONE || ex_number_at(&ps->ex, b->x, b->y) != ps->pressed.arg))
        return;
    if (ps->stage == STAGE_SETUP) {
        if (h) setup_click(ps, h);
    } else {
        ps_session_click(ps, h, b->x, b->y);
    }
    ps->dirty = true;
}

void ui_present_handle_event(PresentScreen *ps, const SDL_Event *ev)
{
    SDL_Event e = *ev;
    to_pixels(ps, &e);
    switch (e.type) {
    case SDL_QUIT: ps->quit = ps->quit_all = true; return;
    case SDL_WINDOWEVENT:
        if (e.window.event == SDL_WINDOWEVENT_CLOSE) ps->quit = ps->quit_all = true;
        else if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) ui_present_resized(ps);
        else if (e.window.event == SDL_WINDOWEVENT_EXPOSED || e.window.event == SDL_WINDOWEVENT_SHOWN ||
                 e.window.event == SDL_WINDOWEVENT_RESTORED) ps->dirty = true;
        return;
    case SDL_RENDER_TARGETS_RESET: case SDL_RENDER_DEVICE_RESET:
        ui_cache_clear(ps->ui.cache);
        ps->dirty = true;
        return;
    case SDL_KEYDOWN:
        ps->dirty = true;
        if (global_key(ps, &e.key)) break;
        if (ps->stage == STAGE_SETUP) setup_key(ps, &e.key);
        else ps_session_key(ps, &e.key);
        break;
    case SDL_TEXTINPUT:
        ps->dirty = true;
        if (ps->stage == STAGE_SETUP) setup_text(ps, e.text.text);
        else ps_session_text(ps, e.text.text);
        break;
    case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP:
        mouse(ps, &e.button);
        break;
    default: return;
    }
    if (ps->stage == STAGE_SESSION) ps_sync(ps);
    sync_text_input(ps);
}

/* --- drawing ----------------------------------------------------------------------------- */

void ps_layout(PresentScreen *ps)
{
    ps->n_hits = 0;
    if (ps->stage == STAGE_SETUP) {
        setup_layout(ps);
        return;
    }
    PresentPhase ph = presenter_phase(ps->p);
    if (ph != PHASE_SCOREBOARD && ph != PHASE_PODIUM) ps_question_layout(ps);
    ps_footer_layout(ps);
}

static void draw(PresentScreen *ps)
{
    follow_size(ps);
    ps_layout(ps);
    ui_clip(&ps->ui, NULL);
    ui_set_color(&ps->ui, ps->ui.th->bg);
    SDL_RenderClear(ps->ui.r);
    if (ps->stage == STAGE_SETUP) {
        setup_render(ps);
        return;
    }
    PresentPhase ph = presenter_phase(ps->p);
    if (ph == PHASE_SCOREBOARD) ps_scoreboard_render(ps);
    else if (ph == PHASE_PODIUM) ps_podium_render(ps);
    else ps_question_render(ps);
    ps_footer_render(ps);
    ps->shown_secs = (presenter_time_left_ms(ps->p, ps_now_ms(ps)) + 999) / 1000;
}

static void finish_frame(PresentScreen *ps)
{
    SDL_RenderPresent(ps->ui.r);
    ui_cache_end_frame(ps->ui.cache);
    ps->dirty = false;
}

void ui_present_render(PresentScreen *ps)
{
    draw(ps);
    finish_frame(ps);
}

bool ui_present_screenshot(PresentScreen *ps, const char *path, char *err, size_t errlen)
{
    draw(ps);
    int w = ps->ui.w, h = ps->ui.h;
    size_t stride = (size_t)w * 3;
    uint8_t *px = malloc(stride * (size_t)h);
    bool ok = px && SDL_RenderReadPixels(ps->ui.r, NULL, SDL_PIXELFORMAT_RGB24, px, (int)stride) == 0;
    if (!ok) snprintf(err, errlen, "cannot read the screen: %s", px ? SDL_GetError() : "out of memory");
    else if (!(ok = png_write_rgb(path, px, w, h, stride))) snprintf(err, errlen, "cannot write %s", path);
    free(px);
    finish_frame(ps);
    return ok;
}

bool ui_present_dirty(PresentScreen *ps)
{
    if (ps->stage == STAGE_SESSION) {
        int64_t now = ps_now_ms(ps);
        if (presenter_tick(ps->p, now)) {
            ps_sync(ps);
            sync_text_input(ps);
            ps->dirty = true;
        }
        if ((presenter_time_left_ms(ps->p, now) + 999) / 1000 != ps->shown_secs) ps->dirty = true;
    }
    return ps->dirty;
}

int ui_present_next_timer_ms(PresentScreen *ps)
{
    if (ps->stage != STAGE_SESSION || presenter_phase(ps->p) != PHASE_ASKING) return -1;
    int64_t left = presenter_time_left_ms(ps->p, ps_now_ms(ps));
    if (left <= 0) return 0;
    /* The number shown is the seconds left rounded up: it changes when left crosses a whole
     * second. */
    int64_t next = left % 1000;
    return (int)(next == 0 ? 1000 : next);
}

bool ui_present_should_quit(const PresentScreen *ps) { return ps->quit; }
bool ui_present_quit_all(const PresentScreen *ps) { return ps->quit_all; }
void ui_present_set_fullscreen_flag(PresentScreen *ps, bool on) { ps->fullscreen = on; }
const Presenter *ui_present_presenter(const PresentScreen *ps) { return ps->p; }
const char *ui_present_status(const PresentScreen *ps) { return ps->status; }

void ui_present_resized(PresentScreen *ps)
{
    ps->ui.w = ps->ui.h = -1; /* follow_size then measures and reopens as needed */
    follow_size(ps);
    ps->dirty = true;
}
