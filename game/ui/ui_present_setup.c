/* ui_present_setup.c — the setup stage: team names (2 to 8), together or turns, speed bonus,
 * start. Keyboard: type a name and Enter adds it; Backspace in an empty field removes the last
 * team; Tab moves between the field, the two switches and Start; Left/Right or Space flips a
 * switch; Enter in an empty field (or on Start) starts; Esc leaves. Everything is also a click. */
#include "text.h"
#include "ui_live_internal.h"
#include "ui_present_internal.h"
#include "ui_widgets.h"
#include <stdio.h>
#include <string.h>

static bool name_taken(const PresentScreen *ps, const char *name)
{
    for (size_t i = 0; i < ps->n_names; i++)
        if (SDL_strcasecmp(ps->names[i], name) == 0) return true; /* profiles ignore ASCII case */
    return false;
}

bool setup_add_team(PresentScreen *ps, const char *name)
{
    while (*name == ' ') name++;
    size_t len = strlen(name);
    while (len > 0 && name[len - 1] == ' ') len--;
    char buf[PRESENT_MAX_TEAM_NAME + 1];
    const char *why = NULL;
    if (len == 0) why = "A team needs a name.";
    else if (len > PRESENT_MAX_TEAM_NAME) why = "A team name can be at most 40 bytes.";
    else if (ps->n_names >= PRESENT_MAX_TEAMS) why = "There can be at most 8 teams.";
    if (!why) {
        memcpy(buf, name, len);
        buf[len] = '\0';
        for (size_t i = 0; i < len; i++)
            if ((unsigned char)buf[i] < 0x20 || buf[i] == 0x7F) why = "A team name cannot hold control characters.";
        if (!why && !text_utf8_valid(buf, len, NULL)) why = "A team name must be UTF-8 text.";
        if (!why && name_taken(ps, buf)) why = "Two teams cannot have the same name.";
    }
    if (why) {
        snprintf(ps->status, sizeof ps->status, "%s", why);
        return false;
    }
    memcpy(ps->names[ps->n_names++], buf, len + 1);
    ps->status[0] = '\0';
    return true;
}

static void remove_team(PresentScreen *ps, size_t i)
{
    if (i >= ps->n_names) return;
    memmove(ps->names[i], ps->names[i + 1], (ps->n_names - i - 1) * sizeof ps->names[0]);
    ps->n_names--;
    ps->status[0] = '\0';
}

static void try_start(PresentScreen *ps)
{
    if (ps->name_field.len > 0) {
        if (!setup_add_team(ps, ps->name_field.text)) return;
        tf_set(&ps->name_field, "");
    }
    if (ps->n_names < PRESENT_MIN_TEAMS) {
        snprintf(ps->status, sizeof ps->status, "Add at least two teams to start.");
        return;
    }
    ps_start_session(ps);
}

bool setup_text_wanted(const PresentScreen *ps)
{
    (void)ps;
    return true; /* typing anywhere on the setup goes to the name field */
}

/* --- layout -------------------------------------------------------------------------------- */

void setup_layout(PresentScreen *ps)
{
    Ui *ui = &ps->ui;
    int m = ui_px(ui, 28), gap = ui_px(ui, 14);
    PsSetupLayout R = {0};
    R.title_y = m;
    R.sub_y = R.title_y + ui_line(ui, FONT_H1);
    int top = R.sub_y + ui_line(ui, FONT_UI) + m;
    R.left_x = m;
    R.left_w = (ui->w - 3 * m) * 11 / 20;
    R.right_x = R.left_x + R.left_w + m;
    R.right_w = ui->w - R.right_x - m;
    /* Left: the teams in two columns, then the field. */
    R.teams_y = top;
    int row_h = ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 14);
    int y = R.teams_y + ui_line(ui, FONT_UI_BOLD) + gap / 2;
    int cw = (R.left_w - gap) / 2;
    for (size_t i = 0; i < PRESENT_MAX_TEAMS; i++) {
        int col = (int)i / 4, row = (int)i % 4;
        R.teams[i] = (SDL_Rect){R.left_x + col * (cw + gap), y + row * (row_h + gap / 2), cw, row_h};
        if (i < ps->n_names) {
            int b = row_h - ui_px(ui, 12);
            ps_hit(ps, (SDL_Rect){R.teams[i].x + cw - b - ui_px(ui, 6), R.teams[i].y + ui_px(ui, 6), b, b},
                   HIT_SETUP_REMOVE, (int)i);
        }
    }
    y += 4 * (row_h + gap / 2) + gap;
    R.field_label_y = y;
    y += ui_line(ui, FONT_UI_BOLD) + gap / 2;
    int bh = ui_button_h(ui);
    int add_w = ui_button_w(ui, "Add");
    R.field = (SDL_Rect){R.left_x, y, R.left_w - add_w - gap, bh};
    R.add = (SDL_Rect){R.field.x + R.field.w + gap, y, add_w, bh};
    R.hint_y = y + bh + gap / 2;
    ps_hit(ps, R.field, HIT_SETUP_FIELD, 0);
    ps_hit(ps, R.add, HIT_SETUP_ADD, 0);
    /* Right: the two switches and Start. */
    y = top;
    R.mode_y = y;
    y += ui_line(ui, FONT_UI_BOLD) + gap / 2;
    int half = (R.right_w - gap) / 2;
    for (int i = 0; i < 2; i++) {
        R.mode[i] = (SDL_Rect){R.right_x + i * (half + gap), y, half, bh};
        ps_hit(ps, R.mode[i], HIT_SETUP_MODE, i);
    }
    y += bh + gap / 2;
    R.mode_desc_y = y;
    y += 2 * ui_line(ui, FONT_SMALL) + gap;
    R.bonus_y = y;
    y += ui_line(ui, FONT_UI_BOLD) + gap / 2;
    for (int i = 0; i < 2; i++) {
        R.bonus[i] = (SDL_Rect){R.right_x + i * (half + gap), y, half, bh};
        ps_hit(ps, R.bonus[i], HIT_SETUP_BONUS, i);
    }
    y += bh + gap / 2;
    R.bonus_desc_y = y;
    y += 2 * ui_line(ui, FONT_SMALL) + m;
    R.start = (SDL_Rect){R.right_x, y, R.right_w, bh + ui_px(ui, 10)};
    ps_hit(ps, R.start, HIT_SETUP_START, 0);
    R.status_y = R.start.y + R.start.h + gap;
    R.live = (SDL_Rect){0, 0, 0, 0};
    if (ps->cfg.start_live) { /* beside Start: the other way to run the class */
        int lw = R.right_w * 40 / 100;
        R.start.w = R.right_w - lw - gap;
        R.live = (SDL_Rect){R.start.x + R.start.w + gap, R.start.y, lw, R.start.h};
        ps->hits[ps->n_hits - 1].r = R.start;
        ps_hit(ps, R.live, HIT_SETUP_LIVE, 0);
    }
    ps->setup = R;
}

/* --- drawing ------------------------------------------------------------------------------- */

static void render_team(PresentScreen *ps, size_t i)
{
    const PsSetupLayout R = ps->setup;
    Ui *ui = &ps->ui;
    const Theme *th = ui->th;
    SDL_Rect r = R.teams[i];
    if (i >= ps->n_names) {
        ui_outline(ui, r, 1, th->border);
        return;
    }
    ui_panel(ui, r);
    char num[24]; /* room for any size_t (gcc checks at -O0) */
    snprintf(num, sizeof num, "%zu", i + 1);
    int b = r.h - ui_px(ui, 12);
    SDL_Rect badge = {r.x + ui_px(ui, 6), r.y + ui_px(ui, 6), b, b};
    ui_fill_round(ui, badge, ui_px(ui, 6), th->accent);
    ui_text(ui, FONT_UI_BOLD, th->accent_text, badge.x + (b - ui_measure(ui, FONT_UI_BOLD, num)) / 2,
            badge.y + (b - ui_line(ui, FONT_UI_BOLD)) / 2, num);
    int x = badge.x + b + ui_px(ui, 10);
    const PsHit *rm = ps_find_hit(ps, HIT_SETUP_REMOVE, (int)i);
    int tw = (rm ? rm->r.x : r.x + r.w) - x - ui_px(ui, 6);
    ui_text_fit_draw(ui, FONT_UI_BOLD, th->text, x, r.y + (r.h - ui_line(ui, FONT_UI_BOLD)) / 2, tw,
                     ps->names[i]);
    if (rm) {
        ui_fill_round(ui, rm->r, ui_px(ui, 6), th->button);
        int s = rm->r.w / 2;
        ps_cross(ui, (SDL_Rect){rm->r.x + s / 2, rm->r.y + s / 2, s, s}, th->muted);
    }
}

static void render_switch(PresentScreen *ps, const SDL_Rect *r, const char *const labels[2],
                          int on, bool focus)
{
    for (int i = 0; i < 2; i++) {
        WidgetState st = {0};
        ui_button(&ps->ui, r[i], labels[i], i == on ? BTN_PRIMARY : BTN_SECONDARY, st);
    }
    if (focus) {
        SDL_Rect both = {r[0].x, r[0].y, r[1].x + r[1].w - r[0].x, r[0].h};
        ui_focus_ring(&ps->ui, both);
    }
}

void setup_render(PresentScreen *ps)
{
    const PsSetupLayout R = ps->setup;
    Ui *ui = &ps->ui;
    const Theme *th = ui->th;
    ui_text_fit_draw(ui, FONT_H1, th->text, R.left_x, R.title_y, ui->w - 2 * R.left_x, "Presenter mode");
    char sub[300];
    snprintf(sub, sizeof sub, "%s \xC2\xB7 %zu question%s", ps->cfg.pack->title,
             ps->cfg.pack->n_questions, ps->cfg.pack->n_questions == 1 ? "" : "s");
    ui_text_fit_draw(ui, FONT_UI, th->muted, R.left_x, R.sub_y, ui->w - 2 * R.left_x, sub);
    char head[64];
    snprintf(head, sizeof head, "Teams (%zu of 2 to 8)", ps->n_names);
    ui_text(ui, FONT_UI_BOLD, th->text, R.left_x, R.teams_y, head);
    for (size_t i = 0; i < PRESENT_MAX_TEAMS; i++) render_team(ps, i);
    ui_text(ui, FONT_UI_BOLD, th->text, R.left_x, R.field_label_y, "Team name");
    bool ff = ps->setup_focus == SF_FIELD;
    tf_render(&ps->name_field, ui, R.field, ff, "Type a name, then Enter");
    ui_button(ui, R.add, "Add", BTN_SECONDARY, (WidgetState){.disabled = ps->n_names >= PRESENT_MAX_TEAMS});
    ui_text_wrapped(ui, FONT_SMALL, th->muted, R.left_x, R.hint_y, R.left_w,
                    "Backspace in the empty field removes the last team.");
    static const char *const modes[2] = {"Together", "Turns"};
    static const char *const bonus[2] = {"Off", "On"};
    ui_text(ui, FONT_UI_BOLD, th->text, R.right_x, R.mode_y, "How teams play");
    render_switch(ps, R.mode, modes, ps->mode == PRESENT_TURNS, ps->setup_focus == SF_MODE);
    ui_text_wrapped(ui, FONT_SMALL, th->muted, R.right_x, R.mode_desc_y, R.right_w,
                    ps->mode == PRESENT_TURNS
                        ? "Teams take turns: question 1 goes to the first team, 2 to the next."
                        : "Every team answers every question; you enter each team's choice.");
    ui_text(ui, FONT_UI_BOLD, th->text, R.right_x, R.bonus_y, "Speed bonus");
    render_switch(ps, R.bonus, bonus, ps->speed_bonus, ps->setup_focus == SF_BONUS);
    ui_text_wrapped(ui, FONT_SMALL, th->muted, R.right_x, R.bonus_desc_y, R.right_w,
                    !ps->speed_bonus ? "A right answer earns its points, however fast."
                    : ps->mode == PRESENT_TURNS
                        ? "A right answer earns up to half its points again for time left."
                        : "Only in turns (together, answers are typed one by one).");
    WidgetState st = {.focus = ps->setup_focus == SF_START, .disabled = ps->n_names < PRESENT_MIN_TEAMS};
    ui_button(ui, R.start, ps->cfg.start_live ? "Start teams" : "Start the session", BTN_PRIMARY, st);
    if (ps->cfg.start_live)
        ui_button(ui, R.live, "Live class", BTN_SECONDARY,
                  (WidgetState){.focus = ps->setup_focus == SF_LIVE});
    if (ps->status[0])
        ui_text_wrapped(ui, FONT_UI_BOLD, th->bad, R.right_x, R.status_y, R.right_w, ps->status);
    int fy = ui->h - ui_line(ui, FONT_SMALL) - ui_px(ui, 12);
    ui_text_fit_draw(ui, FONT_SMALL, th->muted, R.left_x, fy, ui->w - 2 * R.left_x,
                     "Tab: next control \xC2\xB7 Enter: add a team, or start \xC2\xB7 "
                     "Esc: leave \xC2\xB7 F11: full screen");
}

/* --- input ----------------------------------------------------------------------------------- */

/* The "Live" choice: game/cli starts the class and its server; the live projector runs in this
 * window (teacher-paced, with the speed bonus as set here) until the teacher closes it, and then
 * presenter mode is left too. */
static void start_live(PresentScreen *ps)
{
    if (!ps->cfg.start_live) return;
    UiLiveHost host;
    memset(&host, 0, sizeof host);
    char err[sizeof ps->status] = ""; /* it ends up in the status line */
    LiveRules rules = live_default_rules(LIVE_TEACHER_PACED);
    rules.speed_points = ps->speed_bonus;
    if (!ps->cfg.start_live(ps->cfg.live_ctx, ps->cfg.pack, LIVE_TEACHER_PACED, rules, &host, err, sizeof err)) {
        snprintf(ps->status, sizeof ps->status, "%s", err[0] ? err : "The live class could not start.");
        return;
    }
    UiLiveOptions o = {.data_dir = ps->data_dir, .theme = ui_theme_name(ps->ui.theme)};
    bool quit_all = false;
    if (!ui_live_run_on(ps->ui.r, ps->win, &host, &o, &quit_all, err, sizeof err))
        snprintf(ps->status, sizeof ps->status, "%s", err);
    if (ps->cfg.stop_live) ps->cfg.stop_live(ps->cfg.live_ctx, &host);
    ui_cache_clear(ps->ui.cache); /* the live screen drew on the same renderer */
    if (ps->status[0]) return;
    ps->quit = true;
    ps->quit_all = quit_all;
}

/* Tab's next stop: the Live button only when it is offered. */
static SetupFocus next_focus(const PresentScreen *ps, bool back)
{
    SetupFocus f = ps->setup_focus;
    do f = (SetupFocus)((f + (back ? SF_COUNT - 1 : 1)) % SF_COUNT);
    while (f == SF_LIVE && !ps->cfg.start_live);
    return f;
}

static void flip(PresentScreen *ps)
{
    if (ps->setup_focus == SF_MODE)
        ps->mode = ps->mode == PRESENT_TURNS ? PRESENT_TOGETHER : PRESENT_TURNS;
    else if (ps->setup_focus == SF_BONUS)
        ps->speed_bonus = !ps->speed_bonus;
}

static void field_enter(PresentScreen *ps)
{
    if (ps->name_field.len == 0) {
        try_start(ps);
        return;
    }
    if (setup_add_team(ps, ps->name_field.text)) tf_set(&ps->name_field, "");
}

void setup_key(PresentScreen *ps, const SDL_KeyboardEvent *k)
{
    SDL_Keycode key = k->keysym.sym;
    bool shift = (k->keysym.mod & KMOD_SHIFT) != 0;
    if (key == SDLK_TAB) {
        ps->setup_focus = next_focus(ps, shift);
        return;
    }
    if (key == SDLK_ESCAPE) {
        ps->quit = true;
        return;
    }
    if (ps->setup_focus == SF_FIELD) {
        if (key == SDLK_BACKSPACE && ps->name_field.len == 0) remove_team(ps, ps->n_names - 1);
        else if (key == SDLK_RETURN || key == SDLK_KP_ENTER) field_enter(ps);
        else tf_key(&ps->name_field, key, k->keysym.mod);
        return;
    }
    switch (key) {
    case SDLK_LEFT: case SDLK_RIGHT: case SDLK_SPACE: flip(ps); return;
    case SDLK_RETURN: case SDLK_KP_ENTER:
        if (ps->setup_focus == SF_START) try_start(ps);
        else if (ps->setup_focus == SF_LIVE) start_live(ps);
        else flip(ps);
        return;
    default: return;
    }
}

void setup_text(PresentScreen *ps, const char *text)
{
    if (ps->setup_focus != SF_FIELD) {
        if (strcmp(text, " ") == 0) return; /* the Space that flipped a switch */
        ps->setup_focus = SF_FIELD;
    }
    ps->name_field.composing[0] = '\0';
    tf_insert(&ps->name_field, text);
}

void setup_click(PresentScreen *ps, const PsHit *h)
{
    switch (h->kind) {
    case HIT_SETUP_FIELD: ps->setup_focus = SF_FIELD; return;
    case HIT_SETUP_ADD:
        ps->setup_focus = SF_FIELD;
        if (ps->name_field.len && setup_add_team(ps, ps->name_field.text)) tf_set(&ps->name_field, "");
        return;
    case HIT_SETUP_REMOVE: remove_team(ps, (size_t)h->arg); return;
    case HIT_SETUP_MODE:
        ps->setup_focus = SF_MODE;
        ps->mode = h->arg ? PRESENT_TURNS : PRESENT_TOGETHER;
        return;
    case HIT_SETUP_BONUS:
        ps->setup_focus = SF_BONUS;
        ps->speed_bonus = h->arg != 0;
        return;
    case HIT_SETUP_START: try_start(ps); return;
    case HIT_SETUP_LIVE: start_live(ps); return;
    default: return;
    }
}
