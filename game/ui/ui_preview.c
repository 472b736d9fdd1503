/* ui_preview.c — the teacher preview (`byline PACK.json --watch`): one question at a time with
 * its answer filled in and its evidence highlighted, any question a key away, and the pack loaded
 * again whenever the file changes on disk, so a teacher edits in one window and checks in this one.
 *
 * The question shown is a one-question Session over pack question `preview_index`, so the quiz
 * screen draws it exactly as students see it; "revealed" is its feedback state with the correct
 * answer put in. "Try it" shows it unanswered instead: the teacher answers and gets the real
 * feedback. Nothing is saved: no attempt is begun, and play_submit saves only into one.
 *
 * Reloading frees the old pack, so everything that points into it goes first (the session, the
 * highlighted question, the article view's article and layout) and is rebuilt from the new pack.
 * The question is found again by its id; when the id is gone (deleted or renamed), the question
 * now at the same position is shown (the last one when the pack got shorter). A broken file shows
 * the checker's messages (the problems screen) and keeps the id for when it is fixed. */
#include "ui_format.h"
#include "ui_internal.h"
#include "watch.h"
#include <stdio.h>
#include <string.h>

static const Pack *preview_pack(const App *app)
{
    return app->n_packs ? app->packs[0].pack : NULL;
}

/* The correct answer to q, as the widgets show an answer. */
static void correct_answer(const Pack *p, const Question *q, Answer *a)
{
    answer_init(a, q, NULL);
    switch (q->format) {
    case FORMAT_CHOICE: a->choice = q->answer; break;
    case FORMAT_MULTI: a->picked = q->answers; break;
    case FORMAT_TRUE_FALSE: a->truth = q->truth ? 1 : 0; break;
    case FORMAT_ORDER:
        memcpy(a->order, q->order, q->n_order * sizeof q->order[0]);
        a->n_order = q->n_order;
        break;
    case FORMAT_TEXT:
        if (q->n_accept) snprintf(a->text, sizeof a->text, "%s", q->accept[0]);
        break;
    case FORMAT_EVIDENCE:
        if (q->n_evidence) {
            const Passage *ev = &q->evidence[0];
            int s = pack_sentence_at(&p->articles[ev->article], ev->start);
            if (s >= 0) answer_pick_sentence(a, p, ev->article, s);
        }
        break;
    default: break;
    }
    if (q->cite && q->format != FORMAT_EVIDENCE && q->n_evidence) { /* and the sentence that shows it */
        const Passage *ev = &q->evidence[0];
        int s = pack_sentence_at(&p->articles[ev->article], ev->start);
        if (s >= 0) answer_cite_sentence(a, p, ev->article, s);
    }
}

/* Puts the correct answer in and shows it as feedback, with the evidence highlighted. */
static void reveal(App *app)
{
    QuizState *qs = &app->q;
    const Pack *p = preview_pack(app);
    const Question *q = session_question(app->session);
    correct_answer(p, q, &qs->answer);
    if (q->format == FORMAT_TEXT) tf_set(&qs->field, qs->answer.text);
    /* Graded, not filled in by hand: every part of the Grade (a cite question's two parts too)
     * comes out as the student screens and results would show it for this answer. */
    qs->grade = answer_grade(q, &qs->answer);
    qs->feedback = true;
    answer_describe_correct(p, q, qs->correct, sizeof qs->correct);
    snprintf(qs->described, sizeof qs->described, "%s", qs->correct);
    play_show_evidence(app, q, &qs->answer);
    bool last = (size_t)app->preview_index + 1 >= p->n_questions;
    app_set_focus(app, last && app->preview_index > 0 ? ACT_PREVIEW_PREV : ACT_PREVIEW_NEXT, 0);
}

/* A cite question revealed in the preview: both parts, each with its share of the points — the
 * answer, and the sentence that shows it (quoted in the box above, underlined in the article). */
int preview_cite_parts(App *app, int x, int y, int w, bool draw)
{
    Ui *ui = &app->ui;
    const Pack *p = preview_pack(app);
    const Question *q = session_question(app->session);
    if (!p || !q || !app->q.grade.cited) return 0;
    double share = q->cite_share, pts = q->points;
    char a[32], e[32], all[32], lines[2][1200];
    ui_format_points((1 - share) * pts, a, sizeof a);
    ui_format_points(share * pts, e, sizeof e);
    ui_format_points(pts, all, sizeof all);
    snprintf(lines[0], sizeof lines[0], "Answer \xC2\xB7 %s of %s points: %s", a, all, app->q.correct);
    /* The sentence itself is in the box above (and underlined in the article): not quoted again. */
    snprintf(lines[1], sizeof lines[1], "Evidence \xC2\xB7 %s of %s points: the supporting sentence above", e,
             all);
    int yy = y;
    for (int i = 0; i < 2; i++)
        yy += (draw ? ui_text_wrapped(ui, FONT_UI_BOLD, ui->th->text, x, yy, w, lines[i])
                    : ui_text_wrapped_h(ui, FONT_UI_BOLD, ui->th->text, w, lines[i])) +
              ui_px(ui, i ? 10 : 4);
    return yy - y;
}

void preview_show(App *app, int index, bool try_it)
{
    const Pack *p = preview_pack(app);
    if (!p || p->n_questions == 0) return;
    if (index >= (int)p->n_questions) index = (int)p->n_questions - 1;
    if (index < 0) index = 0;
    play_end(app);
    app->cur = 0;
    app->session = session_create(p, &index, 1, app->cfg.seed ? app->cfg.seed : 1);
    if (!app->session) {
        snprintf(app->status, sizeof app->status, "Could not show the question (out of memory?)");
        app->dirty = true;
        return;
    }
    app->attempt = -1; /* nothing is saved */
    app->mode = "preview";
    app->preview_index = index;
    app->preview_try = try_it;
    snprintf(app->preview_id, sizeof app->preview_id, "%s", p->questions[index].id);
    if (app->screen != SCREEN_QUIZ) app_go(app, SCREEN_QUIZ);
    play_prepare(app);
    if (!try_it) reveal(app);
    app->dirty = true;
}

void preview_step(App *app, int delta)
{
    const Pack *p = preview_pack(app);
    if (!p) return;
    int to = app->preview_index + delta;
    if (to < 0 || to >= (int)p->n_questions) return; /* the ends stay put (the buttons are disabled) */
    preview_show(app, to, false);
}

void preview_reload(App *app)
{
    play_end(app); /* the session and the highlighted question point into the old pack */
    av_free(&app->av);
    av_init(&app->av); /* its layout is keyed by the Article's address, which may be reused */
    av_free(&app->av2);
    av_init(&app->av2);
    packs_reload(app, 0);
    app->reloads++;
    const Pack *p = preview_pack(app);
    if (!p) {
        app->cur = 0;
        app_go(app, SCREEN_PROBLEMS);
        return;
    }
    int i = pack_find_question(p, app->preview_id);
    preview_show(app, i >= 0 ? i : app->preview_index, app->preview_try);
}

bool preview_open(App *app)
{
    app->preview = true;
    app->preview_index = 0;
    app->preview_id[0] = '\0';
    app->watch = watch_create(app->cfg.watch, app_now_ms(app));
    return app->watch != NULL;
}

void preview_start(App *app)
{
    app->cur = 0;
    if (preview_pack(app)) preview_show(app, 0, false);
    else app_go(app, SCREEN_PROBLEMS);
}

void preview_close(App *app)
{
    watch_free(app->watch);
    app->watch = NULL;
}

void preview_tick(App *app)
{
    if (app->watch && watch_poll(app->watch, app_now_ms(app))) preview_reload(app);
}

int ui_app_timeout_ms(const App *app)
{
    if (pair_layout_pending(app)) return 0; /* more of an article to lay out */
    if (!app->watch) return -1;
    uint64_t now = app_now_ms(app), next = watch_next_ms(app->watch);
    if (next <= now) return 0;
    return next - now > SDL_MAX_SINT32 ? SDL_MAX_SINT32 : (int)(next - now);
}

void ui_app_tick(App *app)
{
    preview_tick(app);
    if (pair_layout_more(app)) app->dirty = true;
}
