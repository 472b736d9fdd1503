/* ui_live_join.c — the join screen (LIVE_LOBBY): where to go, the room code, a QR code of the
 * first address, and the names as they arrive.
 *
 * Left: the addresses (without "http://", which phones add), the room code in the biggest type,
 * then the names in tiles. Right: the QR code, dark modules on a light square with a quiet zone
 * of 4 modules in every theme (phones scan dark on light), each module a whole number of pixels.
 * Names are drawn as text, whatever they hold ("<b>" shows as typed). Each tile has the
 * student's extra time (a button cycling ×1, ×1.5, ×2: shown on this list only) and a remove
 * button. Keys: arrows move the cursor over the names, Delete removes, T changes the extra
 * time; L locks the room; Enter or Space starts; Esc twice ends. */
#include "ui_live_internal.h"
#include "ui_widgets.h"
#include <stdio.h>
#include <string.h>

#define LV_QR_QUIET 4 /* modules of light border the QR standard asks for */

/* The address as people type it: without the scheme. */
static const char *shown_url(const char *url)
{
    if (strncmp(url, "http://", 7) == 0) return url + 7;
    if (strncmp(url, "https://", 8) == 0) return url + 8;
    return url;
}

static size_t shown_urls(const LiveScreen *ls)
{
    return ls->host.n_urls < 3 ? ls->host.n_urls : 3;
}

/* --- the names list ----------------------------------------------------------------------- */

typedef struct ListGeom {
    SDL_Rect area;
    int cols, rows, tile_w, tile_h, gap;
    size_t per_page;
} ListGeom;

static ListGeom list_geom(LiveScreen *ls, SDL_Rect area)
{
    Ui *ui = &ls->ui;
    ListGeom g;
    g.area = area;
    g.gap = ui_px(ui, 8);
    g.tile_h = ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 12);
    int want = ui_px(ui, 170);
    g.cols = (area.w + g.gap) / (want + g.gap);
    if (g.cols < 1) g.cols = 1;
    g.tile_w = (area.w - (g.cols - 1) * g.gap) / g.cols;
    g.rows = (area.h + g.gap) / (g.tile_h + g.gap);
    if (g.rows < 0) g.rows = 0;
    g.per_page = (size_t)(g.cols * g.rows);
    return g;
}

static SDL_Rect tile_rect(const ListGeom *g, size_t slot)
{
    int col = (int)(slot % (size_t)g->cols), row = (int)(slot / (size_t)g->cols);
    return (SDL_Rect){g->area.x + col * (g->tile_w + g->gap), g->area.y + row * (g->tile_h + g->gap),
                      g->tile_w, g->tile_h};
}

static int index_of_seat(const LiveScreen *ls, int seat)
{
    for (size_t i = 0; i < ls->v.n_seats; i++)
        if (ls->v.seats[i].seat == seat) return (int)i;
    return -1;
}

/* The first name shown: pages of the list, the one holding the selected name. When the list
 * overflows, the last slot of a page says how many more there are. */
static size_t page_first(LiveScreen *ls, const ListGeom *g)
{
    size_t per = g->per_page > 1 && ls->v.n_seats > g->per_page ? g->per_page - 1 : g->per_page;
    if (per == 0) return 0;
    int sel = index_of_seat(ls, ls->selected);
    if (sel >= 0) ls->list_first = (size_t)sel / per * per;
    if (ls->list_first >= ls->v.n_seats) ls->list_first = ls->v.n_seats ? (ls->v.n_seats - 1) / per * per : 0;
    ls->list_first = ls->list_first / per * per;
    return ls->list_first;
}

static const char *extra_label(int percent)
{
    return percent >= 200 ? "\xC3\x97" "2" : percent >= 150 ? "\xC3\x97" "1.5" : "\xC3\x97" "1";
}

static void layout_tile(LiveScreen *ls, SDL_Rect t, const LvSeat *s)
{
    Ui *ui = &ls->ui;
    int pad = ui_px(ui, 5), b = t.h - 2 * pad;
    SDL_Rect rm = {t.x + t.w - pad - b, t.y + pad, b, b};
    int ew = ui_measure(ui, FONT_SMALL_BOLD, extra_label(s->extra_percent)) + ui_px(ui, 12);
    SDL_Rect ex = {rm.x - ui_px(ui, 6) - ew, t.y + pad, ew, b};
    SDL_Rect name = {t.x, t.y, ex.x - t.x - ui_px(ui, 4), t.h};
    if (name.w < ui_px(ui, 40)) { /* too narrow for the time button: name and remove only */
        ex.w = 0;
        name.w = rm.x - t.x - ui_px(ui, 4);
    }
    lv_box(ls, name, LB_NAME, s->seat);
    if (ex.w) lv_box(ls, ex, LB_EXTRA, s->seat);
    lv_box(ls, rm, LB_REMOVE, s->seat);
}

static void layout_names(LiveScreen *ls, SDL_Rect area)
{
    ListGeom g = list_geom(ls, area);
    size_t first = page_first(ls, &g);
    bool more = ls->v.n_seats - first > g.per_page;
    size_t shown = more ? g.per_page - 1 : ls->v.n_seats - first;
    for (size_t k = 0; k < shown; k++) layout_tile(ls, tile_rect(&g, k), &ls->v.seats[first + k]);
    if (more && g.per_page) lv_box(ls, tile_rect(&g, g.per_page - 1), LB_TILE, -1);
}

/* --- layout ------------------------------------------------------------------------------- */

typedef struct JoinGeom {
    int label_y, url_y, code_label_y, rules_y, names_y;
    SDL_Rect code, names;
    int left_x, left_w;
} JoinGeom;

/* Top: the addresses and the code left, the QR code right (as large as 40% of the width and 58%
 * of the height allow); below, the names across the whole width. */
static JoinGeom join_geom(LiveScreen *ls)
{
    Ui *ui = &ls->ui;
    SDL_Rect b = ls->body;
    int m = ui_px(ui, 16);
    JoinGeom J;
    ls->qr_rect = (SDL_Rect){0, 0, 0, 0};
    ls->qr_module = 0;
    int right = 0;
    if (ls->qr.size > 0) {
        int side = b.w * 40 / 100 < b.h * 58 / 100 ? b.w * 40 / 100 : b.h * 58 / 100;
        int mod = side / (ls->qr.size + 2 * LV_QR_QUIET);
        if (mod >= 1) {
            side = mod * (ls->qr.size + 2 * LV_QR_QUIET);
            ls->qr_rect = (SDL_Rect){b.x + b.w - side, b.y, side, side};
            ls->qr_module = mod;
            right = side + m;
        }
    }
    J.left_x = b.x + ui_px(ui, 4);
    J.left_w = b.w - right - ui_px(ui, 4);
    int y = b.y;
    J.label_y = y;
    y += ui_line(ui, FONT_UI);
    J.url_y = y;
    y += (int)shown_urls(ls) * ui_line(ui, FONT_H2) + m / 2;
    J.code_label_y = y;
    y += ui_line(ui, FONT_UI);
    J.code = (SDL_Rect){J.left_x, y, ui_measure(ui, FONT_HUGE, "WWWW") + ui_px(ui, 48), ui_line(ui, FONT_HUGE)};
    if (J.code.w > J.left_w) J.code.w = J.left_w;
    y += J.code.h + ui_px(ui, 6);
    J.rules_y = y;
    y += ui_line(ui, FONT_SMALL);
    if (ls->qr_module && ls->qr_rect.y + ls->qr_rect.h > y) y = ls->qr_rect.y + ls->qr_rect.h;
    y += m;
    J.names_y = y;
    y += ui_line(ui, FONT_UI_BOLD) + ui_px(ui, 6);
    J.names = (SDL_Rect){b.x, y, b.w, b.y + b.h - y};
    return J;
}

void lv_join_layout(LiveScreen *ls)
{
    JoinGeom J = join_geom(ls);
    Ui *ui = &ls->ui;
    for (size_t i = 0; i < shown_urls(ls); i++)
        lv_box(ls, (SDL_Rect){J.left_x, J.url_y + (int)i * ui_line(ui, FONT_H2), J.left_w, ui_line(ui, FONT_H2)},
               LB_URL, (int)i);
    lv_box(ls, J.code, LB_CODE, 0);
    if (ls->qr_module) lv_box(ls, ls->qr_rect, LB_QR, 0);
    layout_names(ls, J.names);
}

/* --- drawing ------------------------------------------------------------------------------- */

static void render_qr(LiveScreen *ls)
{
    if (!ls->qr_module) return;
    Ui *ui = &ls->ui;
    SDL_Rect r = ls->qr_rect;
    int mod = ls->qr_module, n = ls->qr.size;
    ui_fill(ui, r, (SDL_Color){255, 255, 255, 255});
    ui_set_color(ui, (SDL_Color){0, 0, 0, 255});
    int x0 = r.x + LV_QR_QUIET * mod, y0 = r.y + LV_QR_QUIET * mod;
    for (int y = 0; y < n; y++) {
        SDL_Rect row[256];
        int k = 0;
        for (int x = 0; x < n && k < 256; x++) {
            if (!qr_dark(&ls->qr, x, y)) continue;
            int run = 1;
            while (x + run < n && qr_dark(&ls->qr, x + run, y)) run++;
            row[k++] = (SDL_Rect){x0 + x * mod, y0 + y * mod, run * mod, mod};
            x += run - 1;
        }
        SDL_RenderFillRects(ui->r, row, k);
    }
}

static void render_code(LiveScreen *ls, const JoinGeom *J)
{
    Ui *ui = &ls->ui;
    const Theme *th = ui->th;
    ui_text(ui, FONT_UI, th->muted, J->left_x, J->code_label_y, "Room code");
    ui_fill_round(ui, J->code, ui_px(ui, 10), th->panel);
    ui_outline(ui, J->code, ui_px(ui, 2), th->border);
    /* Letters spread out so that 0/O-like shapes are told apart from the back of the room. */
    const char *code = ls->v.room;
    int n = (int)strlen(code), gap = ui_px(ui, 12), total = 0;
    for (int i = 0; i < n; i++) {
        char c[2] = {code[i], 0};
        total += ui_measure(ui, FONT_HUGE, c) + (i ? gap : 0);
    }
    int x = J->code.x + (J->code.w - total) / 2;
    for (int i = 0; i < n; i++) {
        char c[2] = {code[i], 0};
        x += ui_text(ui, FONT_HUGE, th->text, x, J->code.y, c) + gap;
    }
}

static void render_tile(LiveScreen *ls, const LvSeat *s)
{
    Ui *ui = &ls->ui;
    const Theme *th = ui->th;
    const LvBox *name = lv_find_box(ls, LB_NAME, s->seat), *ex = lv_find_box(ls, LB_EXTRA, s->seat),
                *rm = lv_find_box(ls, LB_REMOVE, s->seat);
    if (!name || !rm) return;
    SDL_Rect t = {name->r.x, name->r.y, rm->r.x + rm->r.w + ui_px(ui, 5) - name->r.x, name->r.h};
    bool sel = ls->selected == s->seat;
    ps_thick_outline(ui, t, ui_px(ui, 8), sel ? ui_px(ui, 3) : 1, sel ? th->accent : th->border, th->panel);
    int pad = ui_px(ui, 10), dot = ui_px(ui, 8);
    /* A connected student's dot is filled, a disconnected one's hollow (not colour alone). */
    SDL_Rect d = {t.x + pad, t.y + (t.h - dot) / 2, dot, dot};
    if (s->connected) ui_fill_round(ui, d, dot / 2, th->good);
    else ui_outline(ui, d, 1, th->muted);
    int x = d.x + dot + ui_px(ui, 8);
    ui_text_fit_draw(ui, FONT_UI_BOLD, th->text, x, t.y + (t.h - ui_line(ui, FONT_UI_BOLD)) / 2,
                     name->r.x + name->r.w - x, s->name);
    if (ex) {
        bool more = s->extra_percent > 100;
        ui_fill_round(ui, ex->r, ui_px(ui, 6), more ? th->accent : th->button);
        const char *l = extra_label(s->extra_percent);
        ui_text(ui, FONT_SMALL_BOLD, more ? th->accent_text : th->muted,
                ex->r.x + (ex->r.w - ui_measure(ui, FONT_SMALL_BOLD, l)) / 2,
                ex->r.y + (ex->r.h - ui_line(ui, FONT_SMALL_BOLD)) / 2, l);
    }
    ui_fill_round(ui, rm->r, ui_px(ui, 6), th->button);
    int c = rm->r.w / 2;
    ps_cross(ui, (SDL_Rect){rm->r.x + c / 2, rm->r.y + c / 2, c, c}, th->muted);
}

static void render_names(LiveScreen *ls, const JoinGeom *J)
{
    Ui *ui = &ls->ui;
    const Theme *th = ui->th;
    char head[96];
    snprintf(head, sizeof head, "Students (%zu)", ls->v.n_seats);
    int hw = ui_text(ui, FONT_UI_BOLD, th->text, J->names.x, J->names_y, head);
    const char *state = ls->v.locked ? "Room locked: nobody else can join" : "Room open";
    ui_text_fit_draw(ui, FONT_SMALL_BOLD, ls->v.locked ? th->bad : th->muted, J->names.x + hw + ui_px(ui, 16),
                     J->names_y + (ui_line(ui, FONT_UI_BOLD) - ui_line(ui, FONT_SMALL_BOLD)) / 2,
                     J->names.w - hw - ui_px(ui, 16), state);
    if (ls->v.n_seats == 0) {
        ui_text_fit_draw(ui, FONT_UI, th->muted, J->names.x, J->names.y, J->names.w,
                         "Names appear here as students join.");
        return;
    }
    for (size_t i = 0; i < ls->v.n_seats; i++) render_tile(ls, &ls->v.seats[i]);
    const LvBox *more = lv_find_box(ls, LB_TILE, -1);
    if (more) {
        ListGeom g = list_geom(ls, J->names);
        size_t hidden = ls->v.n_seats - (g.per_page - 1);
        char buf[64];
        snprintf(buf, sizeof buf, "+%zu more (\xE2\x86\x93)", hidden);
        ui_outline(ui, more->r, 1, th->border);
        ui_text_fit_draw(ui, FONT_UI_BOLD, th->muted, more->r.x + ui_px(ui, 10),
                         more->r.y + (more->r.h - ui_line(ui, FONT_UI_BOLD)) / 2, more->r.w - ui_px(ui, 20), buf);
    }
}

void lv_join_render(LiveScreen *ls)
{
    Ui *ui = &ls->ui;
    const Theme *th = ui->th;
    char status[96];
    snprintf(status, sizeof status, "%zu joined", ls->v.n_seats);
    lv_header_render(ls, "Join the class", ls->pack->title, status, false);
    JoinGeom J = join_geom(ls);
    ui_text_fit_draw(ui, FONT_UI, th->muted, J.left_x, J.label_y, J.left_w,
                     shown_urls(ls) ? "Open on a phone or laptop:"
                                    : "No network address: students cannot join.");
    for (size_t i = 0; i < shown_urls(ls); i++) {
        const LvBox *b = lv_find_box(ls, LB_URL, (int)i);
        if (!b) continue;
        /* An address cut short is no address: a smaller type before an ellipsis. */
        const char *u = shown_url(ls->host.urls[i]);
        FontRole f = ui_measure(ui, FONT_H2, u) <= b->r.w ? FONT_H2
                     : ui_measure(ui, FONT_UI_BOLD, u) <= b->r.w ? FONT_UI_BOLD : FONT_SMALL_BOLD;
        ui_text_fit_draw(ui, f, th->accent, b->r.x, b->r.y + (b->r.h - ui_line(ui, f)) / 2, b->r.w, u);
    }
    render_code(ls, &J);
    char rules[160];
    snprintf(rules, sizeof rules, "%s \xC2\xB7 speed points %s",
             ls->v.pacing == LIVE_TEACHER_PACED ? "Teacher-paced: you start each question"
                                                 : "At their own pace: no countdown",
             ls->v.rules.speed_points ? "on" : "off");
    ui_text_fit_draw(ui, FONT_SMALL, th->muted, J.left_x, J.rules_y, J.left_w, rules);
    render_qr(ls);
    render_names(ls, &J);
}

/* --- keys ----------------------------------------------------------------------------------- */

void lv_join_key(LiveScreen *ls, SDL_Keycode k)
{
    size_t n = ls->v.n_seats;
    if (n == 0) return;
    int i = index_of_seat(ls, ls->selected);
    ListGeom g = list_geom(ls, (SDL_Rect){0, 0, join_geom(ls).names.w, join_geom(ls).names.h});
    int cols = g.cols > 0 ? g.cols : 1, page = g.per_page > 1 ? (int)g.per_page - 1 : 1;
    switch (k) {
    case SDLK_RIGHT: case SDLK_TAB: i = i < 0 ? 0 : i + 1; break;
    case SDLK_LEFT: i = i < 0 ? 0 : i - 1; break;
    case SDLK_DOWN: i = i < 0 ? 0 : i + cols; break;
    case SDLK_UP: i = i < 0 ? 0 : i - cols; break;
    case SDLK_PAGEDOWN: i = i < 0 ? page : i + page; break;
    case SDLK_PAGEUP: i = i < 0 ? 0 : i - page; break;
    case SDLK_HOME: i = 0; break;
    case SDLK_END: i = (int)n - 1; break;
    case SDLK_DELETE: case SDLK_BACKSPACE: case SDLK_x:
        if (i >= 0) {
            int next = i + 1 < (int)n ? ls->v.seats[i + 1].seat : i > 0 ? ls->v.seats[i - 1].seat : -1;
            lv_remove_seat(ls, ls->selected);
            ls->selected = next;
        }
        return;
    case SDLK_t:
        if (i >= 0) lv_cycle_extra(ls, ls->selected);
        return;
    default: return;
    }
    if (i < 0) i = 0;
    if (i >= (int)n) i = (int)n - 1;
    ls->selected = ls->v.seats[i].seat;
}
