/* ui_quiz_answer.c — the answer widgets of each question format, with mouse and keyboard:
 *   choice, true/false  click a row or press 1–9 (T/F too)
 *   multi               click rows or press 1–9 to toggle
 *   order               drag a row; or ▲/▼ buttons; or keys: Space picks a row up, ↑/↓ move it,
 *                       Space drops it (Alt+↑/↓ moves the focused row directly)
 *   text                a text field (SDL text input, UTF-8, editing keys)
 *   evidence            click a sentence in the article; ↑/↓ (or ←/→) move between sentences
 *   cite (second step)  the answer locked, then the same sentence picking as evidence
 * After submitting, the same widgets show what was right and wrong. No grading happens here. */
#include "text.h"
#include "ui_internal.h"
#include <stdio.h>
#include <string.h>

static const Question *question(const App *app)
{
    return session_question(app->session);
}

static const Pack *pack(const App *app)
{
    return session_pack(app->session);
}

static void row(App *app, int x, int *y, int w, const char *text, Action act, int arg)
{
    int h = ui_choice_h(&app->ui, w, text);
    app_hit(app, (SDL_Rect){x, *y, w, h}, act, arg, !quiz_locked(app), PANE_SIDE);
    *y += h + ui_px(&app->ui, 8);
}

static int arrows_w(App *app)
{
    return ui_px(&app->ui, 44);
}

static void layout_order(App *app, int x, int *y, int w)
{
    const Question *q = question(app);
    const Answer *a = &app->q.answer;
    int aw = arrows_w(app), gap = ui_px(&app->ui, 6);
    int rw = quiz_locked(app) ? w : w - 2 * (aw + gap);
    for (size_t i = 0; i < a->n_order; i++) {
        const char *text = pack(app)->events[a->order[i]].text;
        int top = *y;
        row(app, x, y, rw, text, ACT_ORDER_ITEM, (int)i);
        if (quiz_locked(app)) continue;
        int h = *y - top - ui_px(&app->ui, 8);
        app_hit(app, (SDL_Rect){x + rw + gap, top, aw, h}, ACT_ORDER_UP, (int)i, false, PANE_SIDE);
        app_hit(app, (SDL_Rect){x + rw + 2 * gap + aw, top, aw, h}, ACT_ORDER_DOWN, (int)i, false, PANE_SIDE);
    }
    (void)q;
}

/* True when text[0..n) begins (at_end false) or ends (true) with a quotation mark. */
static bool has_quote(const char *t, int n, bool at_end)
{
    static const char *const marks[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98",
                                        "\xE2\x80\x99", "\"", "'"};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        int m = (int)strlen(marks[i]);
        if (n >= m && memcmp(at_end ? t + n - m : t, marks[i], (size_t)m) == 0) return true;
    }
    return false;
}

void quiz_sentence_quote(const Pack *p, int article, int sentence, char *buf, size_t size)
{
    if (article < 0 || (size_t)article >= p->n_articles || sentence < 0 ||
        (size_t)sentence >= p->articles[article].n_sentences) {
        snprintf(buf, size, "(none)");
        return;
    }
    const Article *art = &p->articles[article];
    const TextSpan *s = &art->sentences[sentence];
    int n = (int)(s->end - s->start);
    if (n > 600) n = 600;
    while (n > 0 && ((unsigned char)art->body[s->start + (size_t)n] & 0xC0) == 0x80) n--;
    /* Quotation marks around the sentence, except where it has its own (never "““We only"). */
    const char *t = art->body + s->start;
    /* With several articles, which outlet said it (issue 13). */
    int k = p->n_articles > 1 ? snprintf(buf, size, "%s: ", art->outlet) : 0;
    if (k < 0 || (size_t)k >= size) k = 0;
    snprintf(buf + k, size - (size_t)k, "%s%.*s%s", has_quote(t, n, false) ? "" : "\xE2\x80\x9C", n, t,
             has_quote(t, n, true) ? "" : "\xE2\x80\x9D");
}

void quiz_evidence_text(const App *app, char *buf, size_t size)
{
    int article, sentence;
    if (!quiz_picked(app, &app->q.answer, &article, &sentence)) {
        snprintf(buf, size, "No sentence chosen yet. Click one in the article, or use \xE2\x86\x91 "
                 "and \xE2\x86\x93 to move between sentences.");
        return;
    }
    quiz_sentence_quote(pack(app), article, sentence, buf, size);
}

/* The box that shows the sentence picked (evidence questions; the cite step and its feedback). */
static void evidence_box_layout(App *app, int x, int *y, int w)
{
    Ui *ui = &app->ui;
    char buf[800];
    quiz_evidence_text(app, buf, sizeof buf);
    int h = ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 6) +
            ui_text_wrapped_h(ui, FONT_BODY, ui->th->text, w - ui_px(ui, 28), buf) + ui_px(ui, 26);
    app_hit(app, (SDL_Rect){x, *y, w, h}, ACT_TOGGLE_PANE, 1, false, PANE_SIDE);
    *y += h + ui_px(ui, 8);
    if (app->pane_article.w > 0) app_hit(app, app->av.view, ACT_ARTICLE, 0, quiz_picking(app), PANE_NONE);
}

void quiz_answer_layout(App *app, int x, int *y, int w)
{
    const Question *q = question(app);
    Ui *ui = &app->ui;
    switch (q->format) {
    case FORMAT_CHOICE:
        for (size_t i = 0; i < q->n_choices; i++) row(app, x, y, w, q->choices[i], ACT_CHOICE, (int)i);
        break;
    case FORMAT_MULTI:
        for (size_t i = 0; i < q->n_choices; i++) row(app, x, y, w, q->choices[i], ACT_MULTI, (int)i);
        break;
    case FORMAT_TRUE_FALSE:
        row(app, x, y, w, "True", ACT_TRUTH, 1);
        row(app, x, y, w, "False", ACT_TRUTH, 0);
        break;
    case FORMAT_ORDER: layout_order(app, x, y, w); break;
    case FORMAT_TEXT: {
        int h = ui_button_h(ui) + ui_px(ui, 6);
        app_hit(app, (SDL_Rect){x, *y, w, h}, ACT_TEXT_FIELD, 0, !quiz_locked(app), PANE_SIDE);
        *y += h + ui_px(ui, 8);
        break;
    }
    case FORMAT_EVIDENCE: evidence_box_layout(app, x, y, w); break;
    default: break;
    }
    if (q->cite && q->format != FORMAT_EVIDENCE && (app->q.citing || app->q.feedback)) {
        *y += ui_px(ui, 6);
        evidence_box_layout(app, x, y, w);
    }
}

/* --- drawing ---------------------------------------------------------------------------- */

static ChoiceLook look_of(const App *app, bool picked, bool correct)
{
    if (!app->q.feedback) return picked ? CHOICE_PICKED : CHOICE_PLAIN;
    if (correct) return picked ? CHOICE_RIGHT : CHOICE_MISSED;
    return picked ? CHOICE_WRONG : CHOICE_PLAIN;
}

static void draw_row(App *app, const Hit *h, const char *key, ChoiceMark mark, bool picked,
                     bool correct, const char *text)
{
    WidgetState st = app_widget_state(app, h->act, h->arg);
    st.disabled = quiz_locked(app);
    ui_choice(&app->ui, h->r, key, mark, picked, text, look_of(app, picked, correct), st);
}

static void draw_order_row(App *app, const Hit *h)
{
    const Question *q = question(app);
    const Answer *a = &app->q.answer;
    int i = h->arg;
    char key[16];
    snprintf(key, sizeof key, "%d", i + 1);
    const char *text = pack(app)->events[a->order[i]].text;
    WidgetState st = app_widget_state(app, h->act, h->arg);
    ChoiceLook look = CHOICE_PLAIN;
    if (app->q.feedback) look = a->order[i] == q->order[i] ? CHOICE_RIGHT : CHOICE_WRONG;
    else if (app->q.order_grab == i || app->q.drag_pos == i) look = CHOICE_PICKED;
    ui_choice(&app->ui, h->r, key, MARK_NUMBER, false, text, look, st);
}

static void draw_arrow(App *app, const Hit *h)
{
    bool up = h->act == ACT_ORDER_UP;
    WidgetState st = app_widget_state(app, h->act, h->arg);
    size_t n = app->q.answer.n_order;
    st.disabled = up ? h->arg == 0 : (size_t)h->arg + 1 >= n;
    ui_button(&app->ui, h->r, up ? "\xE2\x96\xB2" : "\xE2\x96\xBC", BTN_SECONDARY, st);
}

static void draw_evidence_box(App *app, const Hit *h)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    ui_panel(ui, h->r);
    int pad = ui_px(ui, 14);
    int y = h->r.y + pad;
    int article, sentence;
    bool chosen = quiz_picked(app, &app->q.answer, &article, &sentence);
    bool cite = question(app)->format != FORMAT_EVIDENCE;
    const char *label = app->preview && !app->preview_try ? "THE SUPPORTING SENTENCE"
                        : cite ? (chosen ? "YOUR EVIDENCE" : "YOUR EVIDENCE: NONE YET")
                        : chosen ? "YOUR PICK" : "YOUR PICK: NONE YET";
    ui_text(ui, FONT_SMALL_BOLD, th->muted, h->r.x + pad, y, label);
    y += ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 6);
    char buf[800];
    quiz_evidence_text(app, buf, sizeof buf);
    ui_text_wrapped(ui, chosen ? FONT_BODY : FONT_UI, chosen ? th->text : th->muted, h->r.x + pad, y,
                    h->r.w - 2 * pad, buf);
}

void quiz_answer_render(App *app)
{
    const Question *q = question(app);
    const Answer *a = &app->q.answer;
    char key[16];
    for (size_t i = 0; i < app->n_hits; i++) {
        const Hit *h = &app->hits[i];
        /* Letters, as the answers are named in feedback and results ("B. Dana Obi"). */
        snprintf(key, sizeof key, "%c", answer_letter(h->arg));
        switch (h->act) {
        case ACT_CHOICE:
            draw_row(app, h, key, MARK_RADIO, a->choice == h->arg, q->answer == h->arg, q->choices[h->arg]);
            break;
        case ACT_MULTI:
            draw_row(app, h, key, MARK_CHECK, (a->picked >> h->arg) & 1u, (q->answers >> h->arg) & 1u,
                     q->choices[h->arg]);
            break;
        case ACT_TRUTH:
            draw_row(app, h, h->arg ? "T" : "F", MARK_RADIO, a->truth == h->arg, q->truth == (h->arg == 1),
                     h->arg ? "True" : "False");
            break;
        case ACT_ORDER_ITEM: draw_order_row(app, h); break;
        case ACT_ORDER_UP: case ACT_ORDER_DOWN: draw_arrow(app, h); break;
        case ACT_TEXT_FIELD: {
            bool focused = app_has_focus(app, ACT_TEXT_FIELD, 0) && !quiz_locked(app);
            tf_render(&app->q.field, &app->ui, h->r, focused, "Type your answer");
            if (app->q.feedback)
                ui_outline(&app->ui, h->r, ui_px(&app->ui, 3),
                           app->q.grade.correct ? app->ui.th->good : app->ui.th->bad);
            if (focused && app->focus_visible) ui_focus_ring(&app->ui, h->r);
            break;
        }
        case ACT_TOGGLE_PANE:
            if (h->arg == 1) draw_evidence_box(app, h);
            break;
        default: break;
        }
    }
}

/* --- input ------------------------------------------------------------------------------ */

static void move_order(App *app, int from, int to)
{
    Answer *a = &app->q.answer;
    if (from < 0 || to < 0 || (size_t)from >= a->n_order || (size_t)to >= a->n_order || from == to) return;
    int v = a->order[from];
    if (from < to) memmove(&a->order[from], &a->order[from + 1], (size_t)(to - from) * sizeof v);
    else memmove(&a->order[to + 1], &a->order[to], (size_t)(from - to) * sizeof v);
    a->order[to] = v;
    app->dirty = true;
}

void quiz_pick_sentence(App *app, int s)
{
    const Question *q = question(app);
    bool cite = q->cite && q->format != FORMAT_EVIDENCE;
    if (s < 0 || !quiz_picking(app)) return;
    if (!(cite ? answer_cite_sentence(&app->q.answer, pack(app), app->av.index, s)
               : answer_pick_sentence(&app->q.answer, pack(app), app->av.index, s)))
        return;
    app->av.picked = s;
    app->av.cursor = s;
    app->av.pick_state = AV_PICK_CHOSEN;
    app->av2.picked = app->av2.cursor = -1; /* one pick: not also in the other article */
    app->av2.pick_state = AV_PICK_NONE;
    app->dirty = true;
}

void quiz_answer_activate(App *app, Action act, int arg)
{
    Answer *a = &app->q.answer;
    const Question *q = question(app);
    if (app->q.feedback || (app->q.citing && act != ACT_ARTICLE)) return;
    switch (act) {
    case ACT_CHOICE: if ((size_t)arg < q->n_choices) a->choice = arg; break;
    case ACT_MULTI: if ((size_t)arg < q->n_choices) a->picked ^= 1u << arg; break;
    case ACT_TRUTH: a->truth = arg; break;
    case ACT_ORDER_ITEM: app->q.order_grab = app->q.order_grab == arg ? -1 : arg; break;
    case ACT_ORDER_UP:
        move_order(app, arg, arg - 1);
        break;
    case ACT_ORDER_DOWN:
        move_order(app, arg, arg + 1);
        break;
    case ACT_ARTICLE:
        if (app->av.cursor < 0) av_move_cursor(&app->av, 1);
        quiz_pick_sentence(app, app->av.cursor);
        break;
    default: return;
    }
    app->dirty = true;
}

static bool order_key(App *app, SDL_Keycode s, Uint16 mod)
{
    int *grab = &app->q.order_grab;
    bool direct = (mod & (KMOD_ALT | KMOD_CTRL)) != 0;
    if (s != SDLK_UP && s != SDLK_DOWN) {
        if (s == SDLK_ESCAPE && *grab >= 0) {
            *grab = -1;
            return true;
        }
        return false;
    }
    int from = *grab >= 0 ? *grab : (direct && app->focus_act == ACT_ORDER_ITEM ? app->focus_arg : -1);
    if (from < 0) return false; /* plain arrows move the focus */
    int to = from + (s == SDLK_UP ? -1 : 1);
    if (to < 0 || (size_t)to >= app->q.answer.n_order) return true;
    move_order(app, from, to);
    if (*grab >= 0) *grab = to;
    app_set_focus(app, ACT_ORDER_ITEM, to);
    return true;
}

/* ↑ ↓ (or ← →) move the pick between the article's sentences. */
static bool sentence_key(App *app, SDL_Keycode s)
{
    int d = s == SDLK_UP || s == SDLK_LEFT ? -1 : s == SDLK_DOWN || s == SDLK_RIGHT ? 1 : 0;
    if (!d || app->pane_article.w <= 0) return false;
    av_move_cursor(&app->av, d);
    quiz_pick_sentence(app, app->av.cursor);
    if (!app_has_focus(app, ACT_ARTICLE, 0)) app_set_focus(app, ACT_ARTICLE, 0);
    return true;
}

bool quiz_answer_key(App *app, const SDL_KeyboardEvent *k)
{
    const Question *q = question(app);
    SDL_Keycode s = k->keysym.sym;
    if (app->q.citing && !app->q.feedback && !(k->keysym.mod & (KMOD_CTRL | KMOD_GUI))) return sentence_key(app, s);
    if (quiz_locked(app) || (k->keysym.mod & (KMOD_CTRL | KMOD_GUI))) {
        if (!(q->format == FORMAT_ORDER && (k->keysym.mod & KMOD_CTRL) && !app->q.feedback)) return false;
    }
    /* 1–9 or A–H pick the n-th answer. */
    int digit = s >= SDLK_1 && s <= SDLK_9 ? (int)(s - SDLK_1)
              : s >= SDLK_KP_1 && s <= SDLK_KP_9 ? (int)(s - SDLK_KP_1)
              : s >= SDLK_a && s < SDLK_a + PACK_MAX_CHOICES && q->format != FORMAT_TRUE_FALSE ? (int)(s - SDLK_a)
              : -1;
    switch (q->format) {
    case FORMAT_CHOICE:
        if (digit < 0 || (size_t)digit >= q->n_choices) return false;
        quiz_answer_activate(app, ACT_CHOICE, digit);
        app_set_focus(app, ACT_CHOICE, digit);
        return true;
    case FORMAT_MULTI:
        if (digit < 0 || (size_t)digit >= q->n_choices) return false;
        quiz_answer_activate(app, ACT_MULTI, digit);
        app_set_focus(app, ACT_MULTI, digit);
        return true;
    case FORMAT_TRUE_FALSE: {
        int t = s == SDLK_1 || s == SDLK_KP_1 || s == SDLK_t ? 1 : s == SDLK_2 || s == SDLK_KP_2 || s == SDLK_f ? 0 : -1;
        if (t < 0) return false;
        quiz_answer_activate(app, ACT_TRUTH, t);
        app_set_focus(app, ACT_TRUTH, t);
        return true;
    }
    case FORMAT_ORDER: return order_key(app, s, k->keysym.mod);
    case FORMAT_EVIDENCE: return sentence_key(app, s);
    default: return false;
    }
}

/* Order rows follow the mouse while dragged: the row moves to the slot under the pointer. */
bool quiz_answer_mouse(App *app, const SDL_Event *e)
{
    const Question *q = question(app);
    if (q->format != FORMAT_ORDER || quiz_locked(app)) return false;
    QuizState *qs = &app->q;
    if (e->type == SDL_MOUSEBUTTONDOWN && e->button.button == SDL_BUTTON_LEFT) {
        for (size_t i = 0; i < app->n_hits; i++) {
            const Hit *h = &app->hits[i];
            if (h->act == ACT_ORDER_ITEM && ui_point_in(h->clip, e->button.x, e->button.y)) {
                qs->drag_pos = h->arg;
                qs->drag_y = e->button.y;
                app->press_act = ACT_ORDER_ITEM;
                app->press_arg = h->arg;
                app->focus_visible = false;
                app_set_focus(app, ACT_ORDER_ITEM, h->arg);
                return true;
            }
        }
        return false;
    }
    if (qs->drag_pos < 0) return false;
    if (e->type == SDL_MOUSEMOTION) {
        int to = qs->drag_pos;
        for (size_t i = 0; i < app->n_hits; i++) {
            const Hit *h = &app->hits[i];
            if (h->act != ACT_ORDER_ITEM) continue;
            int mid = h->r.y + h->r.h / 2;
            if (h->arg > qs->drag_pos && e->motion.y > mid && h->arg > to) to = h->arg;
            if (h->arg < qs->drag_pos && e->motion.y < mid && h->arg < to) to = h->arg;
        }
        if (to != qs->drag_pos) {
            move_order(app, qs->drag_pos, to);
            qs->drag_pos = to;
            app->focus_arg = to;
            app->press_arg = to;
            app_layout(app);
        }
        return true;
    }
    if (e->type == SDL_MOUSEBUTTONUP && e->button.button == SDL_BUTTON_LEFT) {
        qs->drag_pos = -1;
        app->press_act = ACT_NONE;
        return true;
    }
    return false;
}

void quiz_default_focus(App *app)
{
    const Question *q = question(app);
    app_layout(app);
    switch (q->format) {
    case FORMAT_CHOICE: app_set_focus(app, ACT_CHOICE, 0); break;
    case FORMAT_MULTI: app_set_focus(app, ACT_MULTI, 0); break;
    case FORMAT_TRUE_FALSE: app_set_focus(app, ACT_TRUTH, 1); break;
    case FORMAT_ORDER: app_set_focus(app, ACT_ORDER_ITEM, 0); break;
    case FORMAT_TEXT: app_set_focus(app, ACT_TEXT_FIELD, 0); break;
    case FORMAT_EVIDENCE:
        app_set_focus(app, app->pane_article.w > 0 ? ACT_ARTICLE : ACT_SUBMIT, 0);
        break;
    default: app_set_focus(app, ACT_SUBMIT, 0); break;
    }
}
