/* ui_play.c — an attempt from the UI's side: choosing the student, starting, resuming, answering,
 * finishing and retrying. The rules (grading, totals, what was missed) are all core's (session,
 * answer); this file moves between screens and saves every answer the moment it is given. */
#include "ui_internal.h"
#include "text.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Pack *cur_pack(App *app)
{
    const PackEntry *e = packs_current(app);
    return e ? e->pack : NULL;
}

static void store_failed(App *app, const char *what)
{
    snprintf(app->status, sizeof app->status, "Could not save %s: %s", what,
             app->store ? store_error(app->store) : "no store");
}

bool play_profile(App *app, const char *name)
{
    while (*name == ' ') name++;
    size_t n = strlen(name);
    while (n > 0 && name[n - 1] == ' ') n--;
    if (n == 0 || n >= sizeof app->profile) return false;
    memcpy(app->profile, name, n);
    app->profile[n] = '\0';
    app->profile_id = -1;
    if (app->store) {
        app->profile_id = store_profile(app->store, app->profile);
        if (app->profile_id < 0) store_failed(app, "the profile");
    }
    packs_refresh_stats(app);
    return true;
}

void play_end(App *app)
{
    app->marks_q = NULL;
    app->marks_answer = NULL;
    session_free(app->session);
    app->session = NULL;
    free(app->missed);
    app->missed = NULL;
    app->n_missed = 0;
    app->missed_sel = -1;
    app->attempt = -1;
}

/* The article a question's evidence is in (the first passage's), or 0. */
static int question_article(const Pack *p, const Question *q)
{
    if (q->n_evidence && q->evidence[0].article >= 0 && (size_t)q->evidence[0].article < p->n_articles)
        return q->evidence[0].article;
    return 0;
}

/* Another article than `article` holding some of q's evidence, or -1: shown beside it. */
static int other_evidence_article(const Pack *p, const Question *q, int article)
{
    for (size_t i = 0; q && i < q->n_evidence; i++)
        if (q->evidence[i].article != article && q->evidence[i].article >= 0 &&
            (size_t)q->evidence[i].article < p->n_articles)
            return q->evidence[i].article;
    return -1;
}

/* Makes `article` the active view's; when the other view holds it, the two swap, so each
 * article keeps its scroll and state. The other view then shows `partner` (if valid). */
static void show_article(App *app, int article, int partner)
{
    Pack *p = cur_pack(app);
    if (app->av2.a == &p->articles[article] && app->av2.index == article && app->av.a != app->av2.a)
        pair_swap(app);
    else
        av_set_article(&app->av, &p->articles[article], article);
    pair_keep_other(app, partner);
}

/* The sentence an answer picked: an evidence answer's, or a cite question's evidence part. */
static bool picked_sentence(const Question *q, const Answer *a, int *article, int *sentence)
{
    if (!a) return false;
    bool cite = q && q->cite && q->format != FORMAT_EVIDENCE;
    if (!cite && a->format != FORMAT_EVIDENCE) return false;
    *article = cite ? a->cite_article : a->article;
    *sentence = cite ? a->cite_sentence : a->sentence;
    return *article >= 0 && *sentence >= 0;
}

/* Re-applies to one view what belongs to its article: the evidence marks of the question being
 * reviewed, the sentence picked for an evidence question or a cite step. */
static void apply_view_state(App *app, ArticleView *v)
{
    const Question *q = app->marks_q;
    const Answer *a = app->marks_answer;
    const Pack *p = cur_pack(app);
    av_reset_pick(v);
    av_clear_marks(v);
    if (q) av_set_marks(v, q->evidence, q->n_evidence);
    bool asking = app->screen == SCREEN_QUIZ && app->session && quiz_picking(app);
    v->picking = asking;
    if (asking) {
        a = &app->q.answer;
        q = session_question(app->session);
    }
    int article, sentence;
    if (!picked_sentence(q, a, &article, &sentence) || article != v->index) return;
    v->picked = v->cursor = sentence;
    if (asking) v->pick_state = AV_PICK_CHOSEN;
    else if (q)
        v->pick_state = pack_sentence_is_evidence(q, v->index, (size_t)sentence, &p->articles[v->index])
                            ? AV_PICK_RIGHT : AV_PICK_WRONG;
}

/* Called after every change of article (a question's own article, or a tab the student chose). */
static void apply_article_state(App *app)
{
    apply_view_state(app, &app->av);
    if (app->av2.a) apply_view_state(app, &app->av2);
}

void play_show_article(App *app, int article)
{
    const Pack *p = cur_pack(app);
    if (!p || article < 0 || (size_t)article >= p->n_articles) return;
    show_article(app, article, -1);
    apply_article_state(app);
    app->dirty = true;
}

void play_read(App *app, int pack)
{
    app->cur = pack;
    play_end(app);
    av_set_article(&app->av2, NULL, -1); /* it may point into a pack read before */
    show_article(app, 0, 1);
    app->av.scroll = app->av2.scroll = 0;
    apply_article_state(app);
    app_go(app, SCREEN_READ);
}

void play_prepare(App *app)
{
    const Pack *p = cur_pack(app);
    const SessionItem *it = session_current(app->session);
    const Question *q = session_question(app->session);
    QuizState *qs = &app->q;
    answer_init(&qs->answer, q, q->format == FORMAT_ORDER ? it->arrangement : NULL);
    qs->feedback = false;
    qs->citing = false;
    qs->order_grab = qs->drag_pos = -1;
    qs->described[0] = qs->correct[0] = '\0';
    tf_init(&qs->field, ANSWER_MAX_TEXT - 1);
    qs->shown_ms = app_now_ms(app);
    app->marks_q = NULL;
    app->marks_answer = NULL;
    int art = question_article(p, q);
    show_article(app, art, other_evidence_article(p, q, art));
    apply_article_state(app);
    app->show_article = q->format == FORMAT_EVIDENCE;
    app->side_scroll = 0;
    app->status[0] = '\0';
    quiz_default_focus(app);
    app->dirty = true;
}

static void begin_attempt(App *app, const char *mode)
{
    app->mode = mode;
    app->attempt = -1;
    if (!app->store || app->profile_id < 0) return;
    app->attempt = store_attempt_begin(app->store, app->profile_id, cur_pack(app)->id, mode,
                                       app_now_unix(app));
    if (app->attempt < 0) store_failed(app, "the attempt");
}

static uint64_t next_seed(App *app)
{
    return app->cfg.seed ? app->cfg.seed : app_now_ms(app) * 2654435761u + (uint64_t)app_now_unix(app);
}

bool play_start(App *app, const char *mode, const int *questions, size_t n)
{
    Pack *p = cur_pack(app);
    if (!p) return false;
    int *copy = NULL;
    if (questions && n) { /* questions may point into app->missed, which play_end frees */
        copy = malloc(n * sizeof *copy);
        if (!copy) return false;
        memcpy(copy, questions, n * sizeof *copy);
    }
    play_end(app);
    app->session = session_create(p, copy, copy ? n : 0, next_seed(app));
    free(copy);
    if (!app->session) {
        snprintf(app->status, sizeof app->status, "Could not start the quiz (out of memory?)");
        return false;
    }
    begin_attempt(app, mode);
    app_go(app, SCREEN_QUIZ);
    play_prepare(app);
    return true;
}

typedef struct RestoreCtx {
    App *app;
    int restored;
} RestoreCtx;

static void restore_one(const StoredAnswer *sa, void *ctx)
{
    RestoreCtx *rc = ctx;
    const Pack *p = cur_pack(rc->app);
    int qi = pack_find_question(p, sa->question_id);
    Answer a;
    if (qi < 0 || !sa->answer_data || !answer_decode(&p->questions[qi], sa->answer_data, &a) ||
        !answer_check(p, &p->questions[qi], &a))
        return;
    if (session_restore(rc->app->session, qi, &a, sa->seconds)) rc->restored++;
}

static void finish(App *app)
{
    SessionTotals t = session_totals(app->session);
    if (app->store && app->attempt >= 0 &&
        !store_attempt_finish(app->store, app->attempt, t.score, t.max_score, app_now_unix(app)))
        store_failed(app, "the result");
    free(app->missed);
    app->missed = NULL;
    app->n_missed = session_missed(app->session, &app->missed);
    packs_refresh_stats(app);
    app_go(app, SCREEN_RESULTS);
    play_show_missed(app, app->n_missed ? 0 : -1);
}

/* A cite question whose first part was given before the app was left (store_pending_save):
 * back to the evidence step with that answer, and the time it had taken. */
static void resume_first_part(App *app)
{
    const Question *q = session_question(app->session);
    char data[ANSWER_CODE_MAX];
    double seconds = 0;
    Answer a;
    if (!q || !q->cite || !store_pending_answer(app->store, app->attempt, q->id, data, sizeof data,
                                                &seconds) ||
        !answer_decode(q, data, &a) || !answer_check(cur_pack(app), q, &a) ||
        !answer_first_part_complete(q, &a))
        return; /* none, or from an edited pack: the question starts afresh */
    app->q.answer = a;
    uint64_t taken = seconds > 0 && seconds < 86400.0 ? (uint64_t)(seconds * 1000.0) : 0;
    app->q.shown_ms = app_now_ms(app) > taken ? app_now_ms(app) - taken : 0;
    quiz_cite_begin(app);
}

bool play_resume(App *app)
{
    const PackEntry *e = packs_current(app);
    if (!e || !e->pack || e->unfinished < 0 || !app->store) return false;
    int64_t attempt = e->unfinished;
    play_end(app);
    app->session = session_create(e->pack, NULL, 0, next_seed(app));
    if (!app->session) return false;
    app->attempt = attempt;
    app->mode = "study";
    RestoreCtx rc = {app, 0};
    if (!store_attempt_answers(app->store, attempt, restore_one, &rc))
        snprintf(app->status, sizeof app->status, "Could not read the saved answers: %s",
                 store_error(app->store));
    if (session_finished(app->session)) {
        finish(app);
        return true;
    }
    app_go(app, SCREEN_QUIZ);
    play_prepare(app);
    resume_first_part(app);
    return true;
}

/* The first part of a cite question, kept the moment the student moves on to the evidence step:
 * it is not graded or stored as an answer until both parts are given, and must survive a quit
 * or a killed program in between. */
static void save_first_part(App *app, const Question *q)
{
    if (!app->store || app->attempt < 0) return;
    char data[ANSWER_CODE_MAX];
    if (!answer_encode(&app->q.answer, data, sizeof data)) return;
    double seconds = (double)(app_now_ms(app) - app->q.shown_ms) / 1000.0;
    if (!store_pending_save(app->store, app->attempt, q->id, data, seconds, app_now_unix(app)))
        store_failed(app, "this answer");
}

static void save_answer(App *app, const Question *q, double seconds)
{
    if (!app->store || app->attempt < 0) return;
    char data[ANSWER_CODE_MAX];
    if (!answer_encode(&app->q.answer, data, sizeof data)) snprintf(data, sizeof data, "-");
    StoredAnswer sa = {
        .question_id = q->id, .kind = pack_kind_name(q->kind), .answer = app->q.described,
        .answer_data = data, .correct = app->q.grade.correct, .points = app->q.grade.points,
        .max_points = q->points, .seconds = seconds,
    };
    int64_t now = app_now_unix(app);
    if (!store_answer(app->store, app->attempt, &sa, now)) store_failed(app, "this answer");
    else if (!store_review_record(app->store, app->profile_id, cur_pack(app)->id, q->id,
                                  app->q.grade.correct, now))
        store_failed(app, "the review schedule");
}

static void scroll_to_evidence(ArticleView *v);

void play_show_evidence(App *app, const Question *q, const Answer *given)
{
    app->marks_q = q;
    app->marks_answer = given;
    const Pack *p = cur_pack(app);
    int art = question_article(p, q);
    show_article(app, art, other_evidence_article(p, q, art));
    apply_article_state(app);
    app_layout(app); /* the pane's size must be known to scroll */
    scroll_to_evidence(&app->av);
    scroll_to_evidence(&app->av2);
    app->q.own_in_view = false;
}

/* The sentence a student picked in v, if it is marked wrong there; NULL otherwise. */
static const TextSpan *wrong_pick(const ArticleView *v)
{
    if (!v->a || v->pick_state != AV_PICK_WRONG || v->picked < 0 || (size_t)v->picked >= v->a->n_sentences)
        return NULL;
    return &v->a->sentences[v->picked];
}

/* The real passage in view, and the student's wrong sentence with it when both fit: the
 * feedback speaks of both ("your sentence, underlined in red"). */
static void scroll_to_evidence(ArticleView *v)
{
    const TextSpan *own = wrong_pick(v);
    if (v->n_marks && own) av_scroll_to_both(v, v->marks[0].start, v->marks[0].end, own->start, own->end);
    else if (v->n_marks) av_scroll_to(v, v->marks[0].start, v->marks[0].end);
}

bool play_has_wrong_pick(const App *app)
{
    return wrong_pick(&app->av) || wrong_pick(&app->av2);
}

void play_toggle_own_sentence(App *app)
{
    if (!app->q.feedback || !play_has_wrong_pick(app)) return;
    app->q.own_in_view = !app->q.own_in_view;
    if (!app->split) app->show_article = true; /* narrow: the article pane, where it is */
    app_layout(app);
    ArticleView *views[2] = {&app->av, &app->av2};
    for (int i = 0; i < 2; i++) {
        const TextSpan *own = wrong_pick(views[i]);
        if (app->q.own_in_view && own) av_scroll_to(views[i], own->start, own->end);
        else if (!app->q.own_in_view) scroll_to_evidence(views[i]);
    }
    app->dirty = true;
}

void play_submit(App *app)
{
    QuizState *qs = &app->q;
    if (!app->session || qs->feedback) return;
    const Question *q = session_question(app->session);
    if (q->cite && !qs->citing) { /* step 1 of 2: on to the evidence; nothing is graded yet */
        quiz_cite_begin(app);
        if (qs->citing) save_first_part(app, q);
        return;
    }
    if (!answer_is_complete(q, &qs->answer)) {
        snprintf(app->status, sizeof app->status, qs->citing ? "Pick the sentence that shows your answer first."
                                                             : "Give an answer first.");
        app->dirty = true;
        return;
    }
    double seconds = (double)(app_now_ms(app) - qs->shown_ms) / 1000.0;
    if (!session_submit(app->session, &qs->answer, seconds, &qs->grade)) return;
    qs->feedback = true;
    app->status[0] = '\0';
    const Pack *p = cur_pack(app);
    answer_describe(p, q, &qs->answer, qs->described, sizeof qs->described);
    answer_describe_correct(p, q, qs->correct, sizeof qs->correct);
    save_answer(app, q, seconds);
    /* A narrow window shows one pane: the verdict first (right or wrong, the points, the
     * explanation), as for every question, even when the answer was a sentence picked in the
     * article; "Show evidence" then brings the article with the passage in view. */
    if (!app->split) app->show_article = false;
    play_show_evidence(app, q, &qs->answer);
    app->side_scroll = 0;
    app_set_focus(app, ACT_NEXT, 0);
    /* Bring the verdict into view when the question and answers fill the panel. */
    SDL_Rect s = app->side_content;
    int over = qs->y_feedback + qs->h_feedback - (s.y + s.h);
    if (s.h > 0 && over > 0) {
        int to_top = qs->y_feedback - s.y - app->ui.fonts.line[FONT_UI];
        app->side_scroll = over < to_top ? over + app->ui.fonts.line[FONT_UI] : to_top;
        app_layout(app);
    }
    app->dirty = true;
}

void play_next(App *app)
{
    if (!app->session || !app->q.feedback) return;
    if (app->preview) {
        preview_step(app, 1);
        return;
    }
    if (session_next(app->session)) {
        play_prepare(app);
        return;
    }
    finish(app);
}

void play_abandon(App *app)
{
    play_end(app); /* the attempt stays unfinished in the store: it can be resumed */
    packs_refresh_stats(app);
    app_go(app, SCREEN_LIBRARY);
}

void play_review(App *app, int pack)
{
    app->cur = pack;
    const PackEntry *e = packs_current(app);
    if (!e || !e->pack || !app->store || app->profile_id < 0) return;
    char **ids;
    size_t n = store_review_due(app->store, app->profile_id, e->pack->id, app_now_unix(app), &ids);
    int *qs = n ? malloc(n * sizeof *qs) : NULL;
    size_t k = 0;
    for (size_t i = 0; qs && i < n; i++) {
        int qi = pack_find_question(e->pack, ids[i]);
        if (qi >= 0) qs[k++] = qi;
    }
    store_free_names(ids, n);
    if (k == 0) snprintf(app->status, sizeof app->status, "Nothing is due for review yet.");
    else play_start(app, "review", qs, k);
    free(qs);
    app->dirty = true;
}

void play_retry_missed(App *app)
{
    if (app->n_missed == 0) return;
    play_start(app, "retry", app->missed, app->n_missed);
}

void play_show_missed(App *app, int i)
{
    app->missed_sel = i;
    app->marks_q = NULL;
    apply_article_state(app);
    if (i < 0 || (size_t)i >= app->n_missed || !app->session) return;
    const Pack *p = cur_pack(app);
    int qi = app->missed[i];
    const Answer *given = NULL;
    for (size_t k = 0; k < session_count(app->session); k++) {
        const SessionItem *it = session_item(app->session, k);
        if (it->question == qi && it->state == ITEM_ANSWERED) given = &it->answer;
    }
    play_show_evidence(app, &p->questions[qi], given);
    app->dirty = true;
}
