/* ui_script.c — see ui_script.h. Commands act through synthetic SDL events wherever a person
 * could (keys, text, clicks), so a script exercises the same paths as a student. Only what has no
 * single-event equivalent (an order question's whole arrangement) is set directly. */
#include "ui_script.h"
#include "text.h"
#include "ui_synth.h"
#include "ui_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ui_script_init(UiScript *s, const char *text)
{
    memset(s, 0, sizeof *s);
    s->text = text ? text : "";
}

static bool fail(UiScript *s, const char *what, const char *arg)
{
    snprintf(s->error, sizeof s->error, "script: %s%.200s (in \"%.80s\")", what, arg, s->cmd);
    s->failed = true;
    return false;
}

static void send(App *app, SDL_Event *e)
{
    e->common.timestamp = SDL_GetTicks();
    ui_app_handle_event(app, e);
}

static void deliver(void *app, SDL_Event *e) { send(app, e); }
static void key(App *app, SDL_Keycode k, Uint16 mod) { ui_synth_key(deliver, app, k, mod); }
static void text(App *app, const char *s) { ui_synth_text(deliver, app, s); }

static void mouse(App *app, Uint32 type, int x, int y)
{
    ui_synth_mouse(deliver, app, type, x, y, SDL_BUTTON_LMASK);
}

static void click_px(App *app, int x, int y)
{
    /* pixels to window units */
    float d = app->ui.dpi;
    x = (int)((float)x / d);
    y = (int)((float)y / d);
    mouse(app, SDL_MOUSEMOTION, x, y);
    mouse(app, SDL_MOUSEBUTTONDOWN, x, y);
    mouse(app, SDL_MOUSEBUTTONUP, x, y);
}

static const char *const screen_names[SCREEN_COUNT] = {"profile", "library", "problems",
                                                       "read", "quiz", "results", "class"};

/* --- answering ---------------------------------------------------------------------------- */

static int evidence_sentence(const Pack *p, const Question *q, bool right)
{
    int art = q->n_evidence ? q->evidence[0].article : 0;
    const Article *a = &p->articles[art];
    if (right) return pack_sentence_at(a, q->evidence[0].start);
    for (size_t s = 0; s < a->n_sentences; s++)
        if (!pack_sentence_is_evidence(q, art, s, a)) return (int)s;
    return 0;
}

static void answer_evidence(App *app, const Question *q, bool right)
{
    const Pack *p = session_pack(app->session);
    int s = evidence_sentence(p, q, right);
    if (s < 0) return;
    if (app->pane_article.w <= 0) key(app, SDLK_F6, 0);
    const TextSpan *sp = &app->av.a->sentences[s];
    av_scroll_to(&app->av, sp->start, sp->end);
    app_layout(app);
    SDL_Rect r[8];
    size_t n = av_range_rects(&app->av, &app->ui, sp->start, sp->end, r, 8);
    if (n) click_px(app, r[0].x + r[0].w / 2, r[0].y + r[0].h / 2);
}

/* Answers the current question. A cite question is answered in both steps: the answer part
 * (`right`), Enter, then the sentence (`cite_right`): "answer guess" is a right answer with the
 * wrong sentence, "answer misread" the other way round. */
static void answer(App *app, bool right, bool cite_right)
{
    const Question *q = session_question(app->session);
    Answer *a = &app->q.answer;
    if (app->q.citing) { /* already at the second step */
        answer_evidence(app, q, cite_right);
        app->dirty = true;
        return;
    }
    switch (q->format) {
    case FORMAT_CHOICE: {
        int c = right ? q->answer : (q->answer + 1) % (int)q->n_choices;
        if (c < 9) key(app, SDLK_1 + c, 0);
        else a->choice = c;
        break;
    }
    case FORMAT_MULTI: {
        /* Wrong: the choices that are not right; when every choice is right, only the first
         * (an empty answer cannot be submitted, and this one misses the others). */
        uint32_t all = q->n_choices >= 32 ? 0xFFFFFFFFu : (1u << q->n_choices) - 1;
        bool none_wrong = (q->answers & all) == all;
        for (size_t i = 0; i < q->n_choices && i < 9; i++)
            if ((((q->answers >> i) & 1u) != 0) == right || (!right && none_wrong && i == 0))
                key(app, SDLK_1 + (int)i, 0);
        break;
    }
    case FORMAT_TRUE_FALSE: key(app, (q->truth == right) ? SDLK_1 : SDLK_2, 0); break;
    case FORMAT_ORDER:
        for (size_t i = 0; i < q->n_order; i++) a->order[i] = q->order[right ? i : q->n_order - 1 - i];
        a->n_order = q->n_order;
        break;
    case FORMAT_TEXT:
        app_set_focus(app, ACT_TEXT_FIELD, 0);
        text(app, right ? q->accept[0] : "I do not know");
        break;
    case FORMAT_EVIDENCE: answer_evidence(app, q, right); break;
    default: break;
    }
    if (q->cite && q->format != FORMAT_EVIDENCE) {
        key(app, SDLK_RETURN, 0); /* "Next: the evidence" */
        if (app->q.citing) answer_evidence(app, q, cite_right);
    }
    app->dirty = true;
}

/* One question of `play`: answer, submit, next. */
static bool play_step(UiScript *s, App *app, const char *how)
{
    if (app->screen != SCREEN_QUIZ) {
        s->in_play = false;
        return true;
    }
    if (s->play_limit > 0 && s->play_count >= s->play_limit) {
        s->in_play = false;
        return true;
    }
    bool right = strncmp(how, "right", 5) == 0 || (strncmp(how, "mixed", 5) == 0 && s->play_count % 2 == 0);
    if (!app->q.feedback) answer(app, right, right);
    if (!app->q.feedback) key(app, SDLK_RETURN, 0);
    if (!app->q.feedback) return fail(s, "could not submit an answer: ", app->status);
    key(app, SDLK_RETURN, 0);
    s->play_count++;
    s->in_play = app->screen == SCREEN_QUIZ;
    return true;
}

/* --- commands ----------------------------------------------------------------------------- */

static int find_pack(const App *app, const char *id)
{
    for (size_t i = 0; i < app->n_packs; i++) {
        const PackEntry *e = &app->packs[i];
        const char *base = strrchr(e->path, '/') ? strrchr(e->path, '/') + 1 : e->path;
        if ((e->pack && strcmp(e->pack->id, id) == 0) || strcmp(base, id) == 0 || strcmp(e->path, id) == 0)
            return (int)i;
    }
    return -1;
}

static void print_state(App *app)
{
    printf("screen=%s", screen_names[app->screen]);
    if (app->profile[0]) printf(" profile=%s", app->profile);
    const PackEntry *e = packs_current(app);
    if (e && e->pack) printf(" pack=%s", e->pack->id);
    if (app->preview && app->session) {
        printf(" preview=%d/%zu id=%s reloads=%lu", app->preview_index + 1, session_pack(app->session)->n_questions,
               app->preview_id, app->reloads);
    } else if (app->session) {
        SessionTotals t = session_totals(app->session);
        printf(" question=%zu/%zu score=%g/%g correct=%d missed=%zu", session_position(app->session) + 1,
               session_count(app->session), t.score, t.max_score, t.correct, app->n_missed);
    }
    if (!app->store) printf(" store=none"); /* nothing is being saved */
    printf("\n");
    fflush(stdout);
}

/* n coordinates within ±SCRIPT_MAX_COORD into v. */
static bool coords(const char *arg, int n, long *v)
{
    return text_parse_longs(arg, n, -SCRIPT_MAX_COORD, SCRIPT_MAX_COORD, v);
}

static bool run(UiScript *s, App *app, char *cmd)
{
    char *arg = strchr(cmd, ' ');
    if (arg) *arg++ = '\0';
    else arg = cmd + strlen(cmd);
    while (*arg == ' ') arg++;
    long v[4];
    if (strcmp(cmd, "profile") == 0) {
        if (app->screen != SCREEN_PROFILE) app_go(app, SCREEN_PROFILE);
        app_set_focus(app, ACT_PROFILE_FIELD, 0);
        text(app, arg);
        key(app, SDLK_RETURN, 0);
        return app->screen == SCREEN_LIBRARY ? true : fail(s, "profile not accepted: ", arg);
    } else if (strcmp(cmd, "open") == 0) {
        int i = find_pack(app, arg);
        if (i < 0) return fail(s, "no such pack in the library: ", arg);
        if (app->screen != SCREEN_LIBRARY) return fail(s, "not on the library screen", "");
        app_set_focus(app, ACT_PACK_OPEN, i);
        key(app, SDLK_RETURN, 0);
    } else if (strcmp(cmd, "class") == 0) {
        int i = find_pack(app, arg);
        if (i < 0) return fail(s, "no such pack in the library: ", arg);
        if (app->screen != SCREEN_LIBRARY) return fail(s, "not on the library screen", "");
        app_set_focus(app, ACT_PACK_OPEN, i);
        key(app, SDLK_c, 0);
        if (app->screen != SCREEN_CLASS) return fail(s, "no class results for ", arg);
    } else if (strcmp(cmd, "start") == 0 && app_find_hit(app, ACT_START_OVER, 0)) {
        app_set_focus(app, ACT_START_OVER, 0); /* a fresh attempt even when one could resume */
        key(app, SDLK_RETURN, 0);
    } else if (strcmp(cmd, "start") == 0 || strcmp(cmd, "resume") == 0 || strcmp(cmd, "submit") == 0 ||
               strcmp(cmd, "next") == 0) {
        key(app, SDLK_RETURN, 0);
    } else if (strcmp(cmd, "answer") == 0) {
        if (app->screen != SCREEN_QUIZ || app->q.feedback) return fail(s, "no question to answer", "");
        bool guess = strcmp(arg, "guess") == 0, misread = strcmp(arg, "misread") == 0;
        bool wrong = strcmp(arg, "wrong") == 0;
        answer(app, !wrong && !misread, !wrong && !guess);
    } else if (strcmp(cmd, "play") == 0) {
        s->in_play = true;
        s->play_count = 0;
        s->play_limit = 0;
        if (strchr(arg, ' ')) {
            if (!text_parse_longs(strchr(arg, ' ') + 1, 1, 0, SCRIPT_MAX_COUNT, v))
                return fail(s, "play HOW [COUNT]: COUNT must be 0 to 100000: ", arg);
            s->play_limit = (int)v[0];
        }
        return play_step(s, app, arg);
    } else if (strcmp(cmd, "screen") == 0) {
        if (strcmp(arg, "profile") == 0) app_go(app, SCREEN_PROFILE);
        else if (strcmp(arg, "library") == 0 && app->profile[0]) app_go(app, SCREEN_LIBRARY);
        else return fail(s, "cannot go to screen ", arg);
    } else if (strcmp(cmd, "later") == 0) {
        if (!text_parse_longs(arg, 1, 0, SCRIPT_MAX_LATER, v))
            return fail(s, "later SECONDS: 0 to ten years: ", arg);
        app->clock_offset += v[0];
        packs_refresh_stats(app);
    } else if (strcmp(cmd, "missed") == 0) {
        if (!text_parse_longs(arg, 1, 1, SCRIPT_MAX_COUNT, v)) return fail(s, "missed N: ", arg);
        if (app->screen != SCREEN_RESULTS) return fail(s, "not on the results screen", "");
        app_set_focus(app, ACT_MISSED, (int)v[0] - 1);
        key(app, SDLK_RETURN, 0);
    } else if (strcmp(cmd, "key") == 0) {
        SDL_Keycode k;
        Uint16 mod;
        if (!ui_synth_parse_key(arg, &k, &mod)) return fail(s, "unknown key ", arg);
        key(app, k, mod);
    } else if (strcmp(cmd, "text") == 0) {
        text(app, arg);
    } else if (strcmp(cmd, "click") == 0) {
        if (!coords(arg, 2, v)) return fail(s, "click X Y: ", arg);
        int x = (int)v[0], y = (int)v[1];
        mouse(app, SDL_MOUSEMOTION, x, y);
        mouse(app, SDL_MOUSEBUTTONDOWN, x, y);
        mouse(app, SDL_MOUSEBUTTONUP, x, y);
    } else if (strcmp(cmd, "drag") == 0) {
        if (!coords(arg, 4, v)) return fail(s, "drag X Y X2 Y2: ", arg);
        int x = (int)v[0], y = (int)v[1], x2 = (int)v[2], y2 = (int)v[3];
        mouse(app, SDL_MOUSEBUTTONDOWN, x, y);
        for (int k = 1; k <= 8; k++) mouse(app, SDL_MOUSEMOTION, x + (x2 - x) * k / 8, y + (y2 - y) * k / 8);
        mouse(app, SDL_MOUSEBUTTONUP, x2, y2);
    } else if (strcmp(cmd, "wheel") == 0) {
        if (!coords(arg, 3, v) || v[2] < -SCRIPT_MAX_WHEEL || v[2] > SCRIPT_MAX_WHEEL)
            return fail(s, "wheel X Y STEPS: ", arg);
        SDL_Event e = {0};
        e.type = SDL_MOUSEWHEEL;
        e.wheel.y = (Sint32)v[2];
        e.wheel.mouseX = (Sint32)v[0];
        e.wheel.mouseY = (Sint32)v[1];
        send(app, &e);
    } else if (strcmp(cmd, "theme") == 0) {
        ThemeId t;
        if (!ui_theme_parse(arg, &t)) return fail(s, "unknown theme ", arg);
        app_set_theme(app, t);
    } else if (strcmp(cmd, "zoom") == 0) {
        double z;
        if (!text_parse_double(arg, 0.1, 10.0, &z)) return fail(s, "zoom FACTOR: ", arg);
        app_set_zoom(app, (float)z);
    } else if (strcmp(cmd, "size") == 0) {
        if (!text_parse_longs(arg, 2, SCRIPT_MIN_WINDOW, SCRIPT_MAX_WINDOW, v))
            return fail(s, "size W H: each 100 to 8192: ", arg);
        if (app->win) SDL_SetWindowSize(app->win, (int)v[0], (int)v[1]);
        ui_app_resized(app);
    } else if (strcmp(cmd, "scroll") == 0) {
        if (!text_parse_longs(arg, 1, -SCRIPT_MAX_COUNT, SCRIPT_MAX_COUNT, v))
            return fail(s, "scroll N: ", arg);
        av_scroll_by(&app->av, (int)v[0]);
        app->dirty = true;
    } else if (strcmp(cmd, "screenshot") == 0) {
        char err[300];
        if (!ui_app_screenshot(app, arg, err, sizeof err)) return fail(s, "", err);
    } else if (strcmp(cmd, "expect") == 0) {
        if (strcmp(screen_names[app->screen], arg) != 0)
            return fail(s, "expected another screen; on ", screen_names[app->screen]);
    } else if (strcmp(cmd, "print") == 0) {
        print_state(app);
    } else if (strcmp(cmd, "quit") == 0) {
        SDL_Event e = {0};
        e.type = SDL_QUIT;
        send(app, &e);
    } else if (strcmp(cmd, "wait") != 0) {
        return fail(s, "unknown command ", cmd);
    }
    app->dirty = true;
    return true;
}

/* The next command, trimmed, into s->cmd; false at the end. */
static bool next_command(UiScript *s)
{
    return text_next_command(s->text, &s->pos, s->cmd, sizeof s->cmd);
}

bool ui_script_step(UiScript *s, App *app)
{
    if (s->failed) return false;
    if (s->in_play) {
        const char *how = strchr(s->cmd, ' ') ? strchr(s->cmd, ' ') + 1 : "right";
        return play_step(s, app, how);
    }
    if (!next_command(s)) return false;
    char cmd[sizeof s->cmd];
    memcpy(cmd, s->cmd, sizeof cmd);
    return run(s, app, cmd);
}
