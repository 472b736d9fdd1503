/* ui_present_input.c — keys and clicks during the session.
 *
 * Teacher keys (docs/presenter.md) go straight to the Presenter. Team answers go through a draft:
 * in together mode a team is picked first (its number key or its chip), in turns mode the draft
 * is opened for the team on turn (text questions wait for its number key or a click, so that the
 * teacher's letter keys keep working). While a draft is open, the keys that can answer the
 * question answer it (choices A–H or 1–9, T/F, toggles, Up/Down for order and evidence, typing);
 * every other key is the teacher's. A choice or a picked sentence locks in at once; toggles, an
 * arrangement and typed text lock in with Enter. Enter never reveals while a team is picked in
 * together mode, so a slip cannot show the answer before every team has answered. */
#include "ui_present_internal.h"
#include <stdio.h>
#include <string.h>

static bool entry_phase(const PresentScreen *ps)
{
    PresentPhase ph = presenter_phase(ps->p);
    return ph == PHASE_ASKING || ph == PHASE_PAUSED;
}

static bool entering(const PresentScreen *ps)
{
    return ps->draft.open && entry_phase(ps) && presenter_question(ps->p);
}

bool ps_text_wanted(const PresentScreen *ps)
{
    return ps->stage == STAGE_SESSION && entering(ps) &&
           presenter_question(ps->p)->format == FORMAT_TEXT;
}

const int *ps_arrangement(const PresentScreen *ps, size_t question)
{
    const SessionItem *it = session_item(ps->shuffles, question);
    return it ? it->arrangement : NULL;
}

/* --- drafts ---------------------------------------------------------------------------------- */

static void draft_open(PresentScreen *ps, int team)
{
    PsDraft *d = &ps->draft;
    size_t pos = presenter_position(ps->p);
    const Question *q = presenter_question(ps->p);
    const TeamResult *r = presenter_result(ps->p, pos, (size_t)team);
    d->open = true;
    d->team = team;
    d->changed = false;
    d->order_sel = 0;
    d->cursor = 0;
    if (r && r->answered) d->a = r->answer;
    else answer_init(&d->a, q, ps_arrangement(ps, pos));
    tf_set(&d->field, q->format == FORMAT_TEXT ? d->a.text : "");
    if (q->format == FORMAT_EVIDENCE) d->cursor = ps_shown_number(ps, d->a.article, d->a.sentence);
}

static void draft_close(PresentScreen *ps)
{
    ps->draft.open = false;
    ps->draft.changed = false;
}

static void select_team(PresentScreen *ps, int team)
{
    if (!entry_phase(ps)) {
        snprintf(ps->status, sizeof ps->status, "%s", presenter_phase(ps->p) == PHASE_TIME_UP
                     ? "Time is up: + gives more time." : "Answers are closed for this question.");
        return;
    }
    if (team < 0 || (size_t)team >= presenter_team_count(ps->p)) return;
    int turn = presenter_turn(ps->p);
    if (turn >= 0 && team != turn) {
        snprintf(ps->status, sizeof ps->status, "Only %s answers this question.", presenter_team_name(ps->p, (size_t)turn));
        return;
    }
    if (ps->draft.open && ps->draft.team == team && turn < 0) {
        draft_close(ps); /* picking the same team again puts it down */
        return;
    }
    ps->status[0] = '\0';
    draft_open(ps, team);
}

/* Makes sure a draft is open before a click on an answer: the team on turn, or the picked one. */
static bool need_draft(PresentScreen *ps)
{
    if (entering(ps)) return true;
    if (!entry_phase(ps)) return false;
    int turn = presenter_turn(ps->p);
    if (turn >= 0) {
        draft_open(ps, turn);
        return true;
    }
    snprintf(ps->status, sizeof ps->status, "First pick a team: its number key, or click its name.");
    return false;
}

static bool lock_in(PresentScreen *ps)
{
    PsDraft *d = &ps->draft;
    const Question *q = presenter_question(ps->p);
    if (q->format == FORMAT_TEXT) snprintf(d->a.text, sizeof d->a.text, "%s", d->field.text);
    if (!presenter_answer(ps->p, (size_t)d->team, &d->a, ps_now_ms(ps))) {
        snprintf(ps->status, sizeof ps->status, "%s", answer_first_part_complete(q, &d->a)
                     ? "That answer cannot be taken now." : "That answer is not complete yet.");
        return false;
    }
    ps->status[0] = '\0';
    d->changed = false;
    if (presenter_mode(ps->p) == PRESENT_TOGETHER || q->format == FORMAT_TEXT) draft_close(ps);
    return true;
}

/* Enter in a draft: lock in what was entered; with nothing new, put the team down (together) or
 * let Enter reveal (turns: the teacher is done with this team). */
static bool draft_enter(PresentScreen *ps)
{
    PsDraft *d = &ps->draft;
    const Question *q = presenter_question(ps->p);
    if (q->format == FORMAT_TEXT) snprintf(d->a.text, sizeof d->a.text, "%s", d->field.text);
    if (q->format == FORMAT_EVIDENCE && d->cursor > 0 &&
        (d->a.article != ps->ex.article || d->a.sentence != ex_sentence_of(&ps->ex, d->cursor))) {
        answer_pick_sentence(&d->a, ps->cfg.pack, ps->ex.article, ex_sentence_of(&ps->ex, d->cursor));
        d->changed = true;
    }
    bool answered = presenter_team_answered(ps->p, (size_t)d->team);
    if ((d->changed || !answered) && answer_first_part_complete(q, &d->a)) {
        lock_in(ps);
        return true;
    }
    if (presenter_mode(ps->p) == PRESENT_TOGETHER || q->format == FORMAT_TEXT) {
        draft_close(ps);
        return true;
    }
    return false;
}

static void pick_sentence(PresentScreen *ps, int number)
{
    int s = ex_sentence_of(&ps->ex, number);
    if (s < 0) return;
    ps->draft.cursor = number;
    if (answer_pick_sentence(&ps->draft.a, ps->cfg.pack, ps->ex.article, s)) lock_in(ps);
}

/* --- cite questions: the class picks the sentence (presenter_cite) ----------------------------- */

/* A cite question whose answers are open (or just closed by time): its sentence can be picked. */
static bool cite_open(const PresentScreen *ps)
{
    const Question *q = presenter_question(ps->p);
    PresentPhase ph = presenter_phase(ps->p);
    return q && q->cite && q->format != FORMAT_EVIDENCE &&
           (ph == PHASE_ASKING || ph == PHASE_PAUSED || ph == PHASE_TIME_UP);
}

static void cite_pick(PresentScreen *ps, int number)
{
    int s = ex_sentence_of(&ps->ex, number);
    if (s < 0) return;
    ps->cite_cursor = number;
    if (!presenter_cite(ps->p, ps->ex.article, s))
        snprintf(ps->status, sizeof ps->status, "That sentence cannot be picked now.");
}

/* The first reveal key on a cite question: on to the sentence (answers are put down). */
static void cite_begin(PresentScreen *ps)
{
    int art, sen;
    draft_close(ps);
    ps->citing = true;
    ps->status[0] = '\0';
    ps->cite_cursor = presenter_cite_pick(ps->p, presenter_position(ps->p), &art, &sen)
                          ? ps_shown_number(ps, art, sen) : 0;
}

/* Keys while the sentence is picked: 1–9, ↑ ↓ (each move picks), Esc back to the answers. */
static bool cite_key(PresentScreen *ps, SDL_Keycode key)
{
    int i = key >= SDLK_1 && key <= SDLK_9 ? (int)(key - SDLK_1) : key >= SDLK_KP_1 && key <= SDLK_KP_9 ? (int)(key - SDLK_KP_1) : -1;
    if (key == SDLK_ESCAPE) {
        ps->citing = false;
        return true;
    }
    if (key == SDLK_UP || key == SDLK_DOWN) {
        int n = ps->ex.n_sent, c = ps->cite_cursor + (key == SDLK_UP ? -1 : 1);
        cite_pick(ps, c < 1 ? 1 : c > n ? n : c);
        return true;
    }
    if (i >= 0) {
        cite_pick(ps, i + 1);
        return true;
    }
    return false;
}

/* The answer index of a key: A–H, 1–9 (top row or keypad); -1 for others. */
static int answer_index(SDL_Keycode k)
{
    if (k >= SDLK_a && k <= SDLK_h) return (int)(k - SDLK_a);
    if (k >= SDLK_1 && k <= SDLK_9) return (int)(k - SDLK_1);
    if (k >= SDLK_KP_1 && k <= SDLK_KP_9) return (int)(k - SDLK_KP_1);
    return -1;
}

static void move_order(PresentScreen *ps, int dir)
{
    PsDraft *d = &ps->draft;
    int i = d->order_sel, j = i + dir;
    if (j < 0 || j >= (int)d->a.n_order) return;
    int t = d->a.order[i];
    d->a.order[i] = d->a.order[j];
    d->a.order[j] = t;
    d->order_sel = j;
    d->changed = true;
}

static void toggle_multi(PresentScreen *ps, int i)
{
    ps->draft.a.picked ^= 1u << i;
    ps->draft.changed = true;
}

/* Keys that answer the question in the open draft; true when the key was used. The letters A–H
 * always belong to the draft (B and E are teacher keys otherwise: a slip must not go back). */
static bool entry_key(PresentScreen *ps, SDL_Keycode key, Uint16 mod)
{
    PsDraft *d = &ps->draft;
    const Question *q = presenter_question(ps->p);
    int i = answer_index(key);
    bool letter = key >= SDLK_a && key <= SDLK_h;
    if (key == SDLK_RETURN || key == SDLK_KP_ENTER) return draft_enter(ps);
    switch (q->format) {
    case FORMAT_CHOICE:
        if (i < 0 || (size_t)i >= q->n_choices) return letter;
        d->a.choice = i;
        lock_in(ps);
        return true;
    case FORMAT_TRUE_FALSE:
        if (key == SDLK_t || i == 0) d->a.truth = 1;
        else if (key == SDLK_f || i == 1) d->a.truth = 0;
        else return letter;
        lock_in(ps);
        return true;
    case FORMAT_MULTI:
        if (i < 0 || (size_t)i >= q->n_choices) return letter;
        toggle_multi(ps, i);
        return true;
    case FORMAT_ORDER:
        if (key == SDLK_UP || key == SDLK_DOWN) move_order(ps, key == SDLK_UP ? -1 : 1);
        else if (i >= 0 && !letter && (size_t)i < d->a.n_order) d->order_sel = i;
        else return letter;
        return true;
    case FORMAT_EVIDENCE:
        if (key == SDLK_UP || key == SDLK_DOWN) {
            int n = ps->ex.n_sent, c = d->cursor + (key == SDLK_UP ? -1 : 1);
            d->cursor = c < 1 ? 1 : c > n ? n : c;
        } else if (i >= 0 && !letter) {
            pick_sentence(ps, i + 1);
        } else {
            return letter;
        }
        return true;
    case FORMAT_TEXT:
        if (tf_key(&d->field, key, mod)) d->changed = true;
        /* Printable keys arrive again as SDL_TEXTINPUT: they are the text, not commands. */
        return (key >= SDLK_SPACE && key < 127) || key == SDLK_BACKSPACE || key == SDLK_DELETE ||
               key == SDLK_LEFT || key == SDLK_RIGHT || key == SDLK_HOME || key == SDLK_END ||
               (key >= SDLK_KP_DIVIDE && key <= SDLK_KP_PERIOD && key != SDLK_KP_ENTER);
    default: return false;
    }
}

static int team_key(SDL_Keycode k)
{
    if (k >= SDLK_1 && k <= SDLK_8) return (int)(k - SDLK_1);
    if (k >= SDLK_KP_1 && k <= SDLK_KP_8) return (int)(k - SDLK_KP_1);
    return -1;
}

/* Esc: put down a picked team (together) or undo unlocked changes (turns); else end. */
static void escape(PresentScreen *ps)
{
    PresentPhase ph = presenter_phase(ps->p);
    if (ph == PHASE_PODIUM) {
        ps_action(ps, PA_LEAVE);
    } else if (entering(ps) && (presenter_mode(ps->p) == PRESENT_TOGETHER || ps->draft.changed ||
                                presenter_question(ps->p)->format == FORMAT_TEXT)) {
        int team = ps->draft.team;
        draft_close(ps);
        const Question *q = presenter_question(ps->p);
        if (presenter_mode(ps->p) == PRESENT_TURNS && q->format != FORMAT_TEXT) draft_open(ps, team);
    } else {
        ps_action(ps, PA_END);
    }
}

void ps_session_key(PresentScreen *ps, const SDL_KeyboardEvent *k)
{
    SDL_Keycode key = k->keysym.sym;
    if (key == SDLK_TAB && (k->keysym.mod & KMOD_CTRL)) {
        ps_switch_article(ps, (k->keysym.mod & KMOD_SHIFT) ? -1 : 1);
        return;
    }
    if (k->keysym.mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI)) return;
    if (ps->citing && cite_key(ps, key)) return;
    if (key == SDLK_ESCAPE) {
        escape(ps);
        return;
    }
    if (entering(ps) && entry_key(ps, key, k->keysym.mod)) return;
    int team = team_key(key);
    if (team >= 0 && presenter_phase(ps->p) != PHASE_PODIUM && !entering(ps)) {
        select_team(ps, team);
        return;
    }
    switch (key) {
    case SDLK_SPACE: case SDLK_RETURN: case SDLK_KP_ENTER: ps_action(ps, PA_REVEAL); return;
    case SDLK_e: ps_action(ps, PA_EVIDENCE); return;
    case SDLK_s: ps_action(ps, PA_SCORES); return;
    case SDLK_RIGHT: case SDLK_n: ps_action(ps, PA_NEXT); return;
    case SDLK_LEFT: case SDLK_b: ps_action(ps, PA_BACK); return;
    case SDLK_k: ps_action(ps, PA_SKIP); return;
    case SDLK_p: ps_action(ps, PA_PAUSE); return;
    case SDLK_PLUS: case SDLK_KP_PLUS: case SDLK_EQUALS: ps_action(ps, PA_EXTRA); return;
    default: return;
    }
}

void ps_session_text(PresentScreen *ps, const char *text)
{
    if (!ps_text_wanted(ps)) return;
    ps->draft.field.composing[0] = '\0';
    if (tf_insert(&ps->draft.field, text)) ps->draft.changed = true;
}

static void click_answer(PresentScreen *ps, PsHitKind kind, int i)
{
    if (!need_draft(ps)) return;
    const Question *q = presenter_question(ps->p);
    PsDraft *d = &ps->draft;
    if (kind == HIT_TEXT) return; /* the draft is open: typing goes there */
    if (kind == HIT_ORDER) {
        d->order_sel = i;
        return;
    }
    switch (q->format) {
    case FORMAT_CHOICE: d->a.choice = i; lock_in(ps); return;
    case FORMAT_TRUE_FALSE: d->a.truth = i == 0; lock_in(ps); return;
    case FORMAT_MULTI: toggle_multi(ps, i); return;
    default: return;
    }
}

void ps_session_click(PresentScreen *ps, const PsHit *h, int x, int y)
{
    if (!h) {
        int number = ex_number_at(&ps->ex, x, y);
        const Question *q = presenter_question(ps->p);
        if (number && ps->citing) cite_pick(ps, number);
        else if (number && q && q->format == FORMAT_EVIDENCE && need_draft(ps)) pick_sentence(ps, number);
        return;
    }
    switch (h->kind) {
    case HIT_TEAM: select_team(ps, h->arg); return;
    case HIT_CHOICE: case HIT_ORDER: case HIT_TEXT: click_answer(ps, h->kind, h->arg); return;
    case HIT_ACTION: ps_action(ps, (PsAction)h->arg); return;
    default: return;
    }
}

/* --- the teacher's actions --------------------------------------------------------------------- */

bool ps_action_available(const PresentScreen *ps, PsAction a)
{
    PresentPhase ph = presenter_phase(ps->p);
    bool asking = ph == PHASE_ASKING || ph == PHASE_PAUSED || ph == PHASE_TIME_UP;
    bool shown = ph == PHASE_REVEALED || ph == PHASE_EVIDENCE;
    switch (a) {
    case PA_REVEAL: case PA_SKIP: case PA_EXTRA: return asking;
    case PA_EVIDENCE: return ph == PHASE_REVEALED;
    case PA_SCORES: return shown;
    case PA_NEXT: return shown || ph == PHASE_SCOREBOARD;
    case PA_BACK: return ph == PHASE_PODIUM || presenter_position(ps->p) > 0;
    case PA_PAUSE: return ph == PHASE_ASKING || ph == PHASE_PAUSED;
    case PA_END: return ph != PHASE_PODIUM;
    case PA_LEAVE: return ph == PHASE_PODIUM;
    case PA_LOCK: case PA_CANCEL: return entering(ps);
    default: return false;
    }
}

void ps_action(PresentScreen *ps, PsAction a)
{
    Presenter *p = ps->p;
    int64_t now = ps_now_ms(ps);
    ps->dirty = true;
    switch (a) {
    case PA_REVEAL:
        if (cite_open(ps) && !ps->citing) cite_begin(ps); /* first the sentence, then the reveal */
        else presenter_reveal(p, now);
        return;
    case PA_EVIDENCE: presenter_show_evidence(p); return;
    case PA_SCORES: presenter_show_scoreboard(p); return;
    case PA_NEXT: presenter_next(p, now); return;
    case PA_BACK: presenter_back(p); return;
    case PA_SKIP: presenter_skip(p, now); return;
    case PA_PAUSE:
        if (presenter_phase(p) == PHASE_PAUSED) presenter_resume(p, now);
        else presenter_pause(p, now);
        return;
    case PA_EXTRA: presenter_extra_time(p, now); return;
    case PA_END: presenter_end(p); return;
    case PA_LOCK: if (entering(ps)) draft_enter(ps); return;
    case PA_CANCEL: draft_close(ps); return;
    case PA_LEAVE: ps->quit = true; return;
    default: return;
    }
}

void ps_switch_article(PresentScreen *ps, int dir)
{
    PresentPhase ph = presenter_phase(ps->p);
    const Question *q = presenter_question(ps->p);
    size_t n = ps->cfg.pack->n_articles;
    /* Not on the boards, nor in the evidence view that already shows each outlet's passages. */
    if (!q || n < 2 || ph == PHASE_SCOREBOARD || (ph == PHASE_EVIDENCE && pp_wanted(ps->cfg.pack, q))) return;
    int cur = ps->ex.q == q ? ps->ex.article : (ps->ex_article >= 0 ? ps->ex_article : 0);
    ps->ex_article = (int)(((size_t)cur + n + (size_t)(dir < 0 ? n - 1 : 1)) % n);
    ps_layout(ps); /* the numbers of the sentences shown change: find the picks again */
    int art, sen;
    if (ps->draft.open && q->format == FORMAT_EVIDENCE)
        ps->draft.cursor = ps_shown_number(ps, ps->draft.a.article, ps->draft.a.sentence);
    ps->cite_cursor = presenter_cite_pick(ps->p, presenter_position(ps->p), &art, &sen)
                          ? ps_shown_number(ps, art, sen) : 0;
    ps->dirty = true;
}

void ps_sync(PresentScreen *ps)
{
    if (!ps->p) return;
    size_t pos = presenter_position(ps->p);
    PresentPhase ph = presenter_phase(ps->p);
    if (pos != ps->shown_pos || ph != ps->shown_phase) {
        bool fresh = pos != ps->shown_pos || ps->shown_phase == PHASE_TIME_UP;
        bool open = ph == PHASE_ASKING || ph == PHASE_PAUSED;
        if (!open || fresh) draft_close(ps);
        if (fresh || !cite_open(ps)) ps->citing = false;
        int turn = presenter_turn(ps->p);
        if (open && fresh && turn >= 0 && presenter_question(ps->p)->format != FORMAT_TEXT)
            draft_open(ps, turn);
        if (pos != ps->shown_pos) {
            ps->status[0] = '\0';
            ps->ex_article = -1; /* a new question: its own article first */
        }
        ps->shown_pos = pos;
        ps->shown_phase = ph;
    }
    if (ph != PHASE_PODIUM && presenter_question_revealed(ps->p, pos) && !ps->saved[pos]) {
        ps->saved[pos] = 1;
        ps_save_question(ps, pos);
    }
    if (ph == PHASE_PODIUM) ps_finish_attempts(ps);
}
