/* ui_present_script.c — see ui_present_script.h. Every command acts through synthetic SDL events,
 * so a script goes through the same paths as a teacher at the keyboard. */
#include "ui_present_script.h"
#include "ui_present_internal.h"
#include "text.h"
#include "ui_synth.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ps_script_init(PresentScript *s, const char *text, int64_t *clock_ms, SDL_Window *win)
{
    memset(s, 0, sizeof *s);
    s->text = text ? text : "";
    s->clock_ms = clock_ms;
    s->win = win;
}

static bool fail(PresentScript *s, const char *what, const char *arg)
{
    snprintf(s->error, sizeof s->error, "script: %s%.200s (in \"%.80s\")", what, arg, s->cmd);
    s->failed = true;
    return false;
}

static void deliver(void *ps, SDL_Event *e) { ui_present_handle_event(ps, e); }
static void key(PresentScreen *ps, SDL_Keycode k, Uint16 mod) { ui_synth_key(deliver, ps, k, mod); }
static void text(PresentScreen *ps, const char *s) { ui_synth_text(deliver, ps, s); }
static void click(PresentScreen *ps, int x, int y) { ui_synth_click(deliver, ps, x, y); }

static const char *const phase_names[] = {"asking", "paused", "time-up", "revealed", "evidence",
                                          "scoreboard", "podium"};

static const char *phase_name(const PresentScreen *ps)
{
    const Presenter *p = ui_present_presenter(ps);
    return p ? phase_names[presenter_phase(p)] : "setup";
}

/* --- answer TEAM right|wrong ------------------------------------------------------------------ */

static bool answer_order(PresentScreen *ps, const Question *q, bool right)
{
    if (right) {
        for (size_t i = 0; i < q->n_order; i++) {
            size_t j = i;
            while (j < ps->draft.a.n_order && ps->draft.a.order[j] != q->order[i]) j++;
            if (j >= ps->draft.a.n_order || j >= 9) return false;
            key(ps, SDLK_1 + (SDL_Keycode)j, 0);
            for (size_t k = j; k > i; k--) key(ps, SDLK_UP, 0);
        }
    }
    key(ps, SDLK_RETURN, 0);
    return true;
}

static bool answer_evidence(PresentScreen *ps, const Question *q, bool right)
{
    const PsExcerpt *ex = &ps->ex;
    int number = 0;
    if (right && q->n_evidence) number = ex_number_of(ex, pack_sentence_at(ex->a, q->evidence[0].start));
    for (int n = 1; !right && n <= ex->n_sent; n++)
        if (!pack_sentence_is_evidence(q, ex->article, (size_t)ex_sentence_of(ex, n), ex->a)) {
            number = n;
            break;
        }
    if (number < 1 || number > 9) return false;
    key(ps, SDLK_1 + number - 1, 0);
    return true;
}

static bool answer(PresentScript *s, PresentScreen *ps, const char *arg)
{
    const Presenter *p = ui_present_presenter(ps);
    const char *how = strchr(arg, ' ');
    char num[16];
    snprintf(num, sizeof num, "%.*s", how ? (int)(how - arg < 15 ? how - arg : 15) : 15, arg);
    long t;
    if (!text_parse_longs(num, 1, 1, PRESENT_MAX_TEAMS, &t)) /* a name would be a natural guess */
        return fail(s, "answer TEAM right|wrong: TEAM is the team's number (1 for the first "
                       "team), not ", arg);
    int team = (int)t - 1;
    bool right = !how || strstr(how, "wrong") == NULL;
    if (!p || !presenter_question(p)) return fail(s, "no question to answer", "");
    const Question *q = presenter_question(p);
    ps_layout(ps); /* the excerpt's sentence numbers */
    if (ps->draft.open && ps->draft.team != team) key(ps, SDLK_ESCAPE, 0); /* put the other down */
    if (!ps->draft.open || ps->draft.team != team) key(ps, SDLK_1 + team, 0);
    if (!ps->draft.open || ps->draft.team != team) return fail(s, "cannot answer for team ", arg);
    size_t n = q->n_choices;
    switch (q->format) {
    case FORMAT_CHOICE: key(ps, SDLK_a + (right ? q->answer : (q->answer + 1) % (int)n), 0); break;
    case FORMAT_TRUE_FALSE: key(ps, q->truth == right ? SDLK_t : SDLK_f, 0); break;
    case FORMAT_MULTI:
        for (size_t i = 0; i < n; i++)
            if ((((q->answers >> i) & 1u) != 0) == right) key(ps, SDLK_a + (SDL_Keycode)i, 0);
        key(ps, SDLK_RETURN, 0);
        break;
    case FORMAT_ORDER:
        if (!answer_order(ps, q, right)) return fail(s, "cannot arrange the events", "");
        break;
    case FORMAT_TEXT:
        text(ps, right ? q->accept[0] : "I do not know");
        key(ps, SDLK_RETURN, 0);
        break;
    case FORMAT_EVIDENCE:
        if (!answer_evidence(ps, q, right)) return fail(s, "no sentence to pick", "");
        break;
    default: break;
    }
    if (!presenter_team_answered(p, (size_t)team)) return fail(s, "the answer was not taken: ", ui_present_status(ps));
    return true;
}

/* cite right|wrong: the class's sentence for a cite question — Space (on to the sentence) when
 * not there yet, then the sentence's number. */
static bool cite(PresentScript *s, PresentScreen *ps, const char *arg)
{
    const Presenter *p = ui_present_presenter(ps);
    const Question *q = p ? presenter_question(p) : NULL;
    if (!q || !q->cite) return fail(s, "no cite question: ", arg);
    ps_layout(ps);
    if (!ps->citing) key(ps, SDLK_SPACE, 0);
    if (!ps->citing) return fail(s, "cannot pick the sentence now", "");
    if (!answer_evidence(ps, q, strcmp(arg, "wrong") != 0)) return fail(s, "no sentence to pick", "");
    int art, sen;
    if (!presenter_cite_pick(p, presenter_position(p), &art, &sen)) return fail(s, "the sentence was not taken: ", ui_present_status(ps));
    return true;
}

/* --- commands ------------------------------------------------------------------------------- */

static void print_state(PresentScreen *ps)
{
    const Presenter *p = ui_present_presenter(ps);
    printf("phase=%s", phase_name(ps));
    if (p) {
        printf(" question=%zu/%zu", presenter_position(p) + 1, presenter_count(p));
        for (size_t t = 0; t < presenter_team_count(p); t++)
            printf(" %s=%g", presenter_team_name(p, t), presenter_team_score(p, t));
    }
    printf("\n");
    fflush(stdout);
}

static bool run(PresentScript *s, PresentScreen *ps, char *cmd)
{
    char *arg = strchr(cmd, ' ');
    if (arg) *arg++ = '\0';
    else arg = cmd + strlen(cmd);
    while (*arg == ' ') arg++;
    long v[2];
    if (strcmp(cmd, "key") == 0) {
        SDL_Keycode k;
        Uint16 mod;
        if (!ui_synth_parse_key(arg, &k, &mod)) return fail(s, "unknown key ", arg);
        key(ps, k, mod);
    } else if (strcmp(cmd, "text") == 0) {
        text(ps, arg);
    } else if (strcmp(cmd, "team") == 0) {
        text(ps, arg);
        key(ps, SDLK_RETURN, 0);
    } else if (strcmp(cmd, "click") == 0) {
        if (!text_parse_longs(arg, 2, -SCRIPT_MAX_COORD, SCRIPT_MAX_COORD, v))
            return fail(s, "click X Y: ", arg);
        click(ps, (int)v[0], (int)v[1]);
    } else if (strcmp(cmd, "answer") == 0) {
        return answer(s, ps, arg);
    } else if (strcmp(cmd, "cite") == 0) {
        return cite(s, ps, arg[0] ? arg : "right");
    } else if (strcmp(cmd, "later") == 0) {
        double secs;
        if (!text_parse_double(arg, 0, (double)SCRIPT_MAX_LATER, &secs))
            return fail(s, "later SECONDS: 0 to ten years: ", arg);
        *s->clock_ms += (int64_t)(secs * 1000.0);
    } else if (strcmp(cmd, "theme") == 0) {
        if (!ui_present_set_theme(ps, arg)) return fail(s, "unknown theme ", arg);
    } else if (strcmp(cmd, "size") == 0) {
        if (!text_parse_longs(arg, 2, SCRIPT_MIN_WINDOW, SCRIPT_MAX_WINDOW, v))
            return fail(s, "size W H: each 100 to 8192: ", arg);
        if (s->win) SDL_SetWindowSize(s->win, (int)v[0], (int)v[1]);
        ui_present_resized(ps);
    } else if (strcmp(cmd, "screenshot") == 0) {
        char err[300];
        if (!ui_present_screenshot(ps, arg, err, sizeof err)) return fail(s, "", err);
    } else if (strcmp(cmd, "expect") == 0) {
        if (strcmp(phase_name(ps), arg) != 0) return fail(s, "expected another phase; in ", phase_name(ps));
    } else if (strcmp(cmd, "print") == 0) {
        print_state(ps);
    } else if (strcmp(cmd, "quit") == 0) {
        SDL_Event e = {0};
        e.type = SDL_QUIT;
        ui_present_handle_event(ps, &e);
    } else if (strcmp(cmd, "wait") != 0) {
        return fail(s, "unknown command ", cmd);
    }
    return true;
}

/* The next command, trimmed, into s->cmd; false at the end. */
static bool next_command(PresentScript *s)
{
    return text_next_command(s->text, &s->pos, s->cmd, sizeof s->cmd);
}

bool ps_script_step(PresentScript *s, PresentScreen *ps)
{
    if (s->failed || !next_command(s)) return false;
    char cmd[sizeof s->cmd];
    memcpy(cmd, s->cmd, sizeof cmd);
    bool ok = run(s, ps, cmd);
    ps->dirty = true;
    return ok;
}
