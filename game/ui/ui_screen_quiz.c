/* ui_screen_quiz.c — one question at a time beside the article: progress, prompt, how to answer,
 * the answer widgets (ui_quiz_answer.c), Submit; then the feedback (right or wrong, points, the
 * correct answer, the explanation) while the article highlights the supporting passage. */
#include "ui_format.h"
#include "ui_internal.h"
#include <stdio.h>
#include <string.h>

#define QUIZ_SIDE_UNITS 540

static const char *instruction(const Question *q)
{
    switch (q->format) {
    case FORMAT_CHOICE: return "Pick one answer (click it, or press its letter or number), then Submit.";
    case FORMAT_MULTI: return "Pick every answer that fits (click, or press letters or numbers), then Submit.";
    case FORMAT_TRUE_FALSE: return "True or false? Click, or press T or F (or 1, 2), then Submit.";
    case FORMAT_ORDER:
        return "Drag the events into order, earliest first (or use \xE2\x96\xB2 \xE2\x96\xBC; keyboard: "
               "Space picks up, \xE2\x86\x91 \xE2\x86\x93 move, Space drops).";
    case FORMAT_TEXT: return "Type your answer, then press Enter.";
    case FORMAT_EVIDENCE:
        return "Click the sentence of the article that supports the answer (or move with \xE2\x86\x91 "
               "\xE2\x86\x93), then Submit.";
    default: return "";
    }
}

/* The instruction under the prompt: the format's, and for a cite question its second step
 * (announced in step 1, alone in step 2). */
static const char *instruction_of(const App *app, const Question *q, char *buf, size_t size)
{
    const char *cite = quiz_cite_instruction(app);
    if (!cite) return instruction(q);
    if (app->q.citing) return cite;
    snprintf(buf, size, "%s %s", instruction(q), cite);
    return buf;
}

static void verdict(const App *app, char *title, size_t tsize, char *pts, size_t psize)
{
    const Question *q = session_question(app->session);
    const Grade *g = &app->q.grade;
    char got[32], max[32];
    ui_format_points(g->points, got, sizeof got);
    ui_format_points(q->points, max, sizeof max);
    if (app->preview && !app->preview_try) {
        snprintf(title, tsize, "Answer");
        snprintf(pts, psize, "%s point%s", max, q->points == 1 ? "" : "s");
    } else if (g->correct) {
        snprintf(title, tsize, "\xE2\x9C\x93 Correct!");
        snprintf(pts, psize, "+%s point%s", got, q->points == 1 ? "" : "s");
    } else {
        /* A typed answer that came close says how ("close — check the spelling"). */
        const SessionItem *it = session_current(app->session);
        const char *hint = it && !g->cited ? answer_near_miss(q, &it->answer) : NULL;
        if (hint) snprintf(title, tsize, "\xE2\x9C\x97 C%s", hint + 1);
        else snprintf(title, tsize, g->fraction > 0 ? "Partly right" : "\xE2\x9C\x97 Not quite");
        snprintf(pts, psize, "%s of %s point%s", got, max, q->points == 1 ? "" : "s");
    }
}

/* The feedback box: measured in layout (height), drawn in render; `draw` selects which. */
static int feedback_box(App *app, int x, int y, int w, bool draw)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const Question *q = session_question(app->session);
    bool ok = app->q.grade.correct;
    int pad = ui_px(ui, 16), tw = w - 2 * pad, yy = y + pad;
    char title[128], pts[96], line[1200];
    verdict(app, title, sizeof title, pts, sizeof pts);
    bool revealed = app->preview && !app->preview_try;
    SDL_Color accent = revealed ? th->accent : ok ? th->good : th->bad;
    if (draw) {
        ui_text(ui, FONT_H2, accent, x + pad, yy, title);
        int pw = ui_measure(ui, FONT_UI_BOLD, pts);
        ui_text(ui, FONT_UI_BOLD, th->text, x + w - pad - pw, yy + ui_px(ui, 3), pts);
    }
    yy += ui_line(ui, FONT_H2) + ui_px(ui, 8);
    if (app->q.grade.cited && !revealed) {
        yy += quiz_cite_feedback(app, x + pad, yy, tw, draw);
    } else if (!ok && q->format == FORMAT_EVIDENCE) {
        /* Both answers are sentences: the pick is shown above, the right one is highlighted. */
        const char *t = "Your pick does not contain the supporting passage.";
        yy += (draw ? ui_text_wrapped(ui, FONT_UI_BOLD, th->text, x + pad, yy, tw, t)
                    : ui_text_wrapped_h(ui, FONT_UI_BOLD, th->text, tw, t)) + ui_px(ui, 10);
    } else if (revealed && app->q.grade.cited) {
        yy += preview_cite_parts(app, x + pad, yy, tw, draw);
    } else if (revealed && q->format != FORMAT_EVIDENCE) {
        snprintf(line, sizeof line, "Correct answer: %s", app->q.correct);
        yy += (draw ? ui_text_wrapped(ui, FONT_UI_BOLD, th->text, x + pad, yy, tw, line)
                    : ui_text_wrapped_h(ui, FONT_UI_BOLD, th->text, tw, line)) + ui_px(ui, 10);
    } else if (!ok) {
        snprintf(line, sizeof line, "Your answer: %s", app->q.described[0] ? app->q.described : "(none)");
        yy += (draw ? ui_text_wrapped(ui, FONT_UI, th->text, x + pad, yy, tw, line)
                    : ui_text_wrapped_h(ui, FONT_UI, th->text, tw, line)) + ui_px(ui, 6);
        snprintf(line, sizeof line, "Correct answer: %s", app->q.correct);
        yy += (draw ? ui_text_wrapped(ui, FONT_UI_BOLD, th->text, x + pad, yy, tw, line)
                    : ui_text_wrapped_h(ui, FONT_UI_BOLD, th->text, tw, line)) + ui_px(ui, 10);
    }
    yy += (draw ? ui_text_wrapped(ui, FONT_UI, th->text, x + pad, yy, tw, q->explanation)
                : ui_text_wrapped_h(ui, FONT_UI, th->text, tw, q->explanation)) + ui_px(ui, 12);
    bool both = false; /* evidence in two articles: each is highlighted in its own */
    for (size_t i = 1; i < q->n_evidence; i++) both = both || q->evidence[i].article != q->evidence[0].article;
    const char *where = app->split ? (both ? "The supporting passages are highlighted in each article."
                                           : "The supporting passage is highlighted in the article.")
                                   : "Press \xE2\x80\x9CShow evidence\xE2\x80\x9D to see the supporting passage highlighted.";
    int sw = ui_px(ui, 18);
    if (draw) {
        ui_fill(ui, (SDL_Rect){x + pad, yy + ui_px(ui, 2), sw, ui_line(ui, FONT_SMALL) - ui_px(ui, 4)}, th->mark);
        ui_text_wrapped(ui, FONT_SMALL, th->muted, x + pad + sw + ui_px(ui, 8), yy, tw - sw - ui_px(ui, 8), where);
    }
    yy += ui_text_wrapped_h(ui, FONT_SMALL, th->muted, tw - sw - ui_px(ui, 8), where) + pad;
    return yy - y;
}

/* Submit; in step 1 of a cite question "Next: the evidence" (Enter and the button do the same). */
static StripButton submit_button(App *app)
{
    const Question *q = session_question(app->session);
    if (q->cite && !app->q.citing)
        return (StripButton){ACT_SUBMIT, 0, "Next: the evidence \xE2\x86\x92", BTN_PRIMARY,
                             !answer_first_part_complete(q, &app->q.answer)};
    return (StripButton){ACT_SUBMIT, 0, "Submit", BTN_PRIMARY, !answer_is_complete(q, &app->q.answer)};
}

/* Teacher preview: previous, try it / show answer, next (or Submit while trying). */
static size_t preview_buttons(App *app, StripButton *b)
{
    size_t n = 0, count = session_pack(app->session)->n_questions;
    int i = app->preview_index;
    if (!app->split) {
        const char *t = app->show_article ? "Question" : app->q.feedback ? "Show evidence" : "Article";
        b[n++] = (StripButton){ACT_TOGGLE_PANE, 0, t, BTN_SECONDARY, false};
    }
    b[n++] = (StripButton){ACT_PREVIEW_PREV, 0, "\xE2\x97\x80 Previous", BTN_SECONDARY, i <= 0};
    b[n++] = (StripButton){ACT_PREVIEW_TRY, 0, app->preview_try ? "Show answer" : "Try it", BTN_SECONDARY, false};
    if (app->preview_try && !app->q.feedback)
        b[n++] = submit_button(app);
    else
        b[n++] = (StripButton){ACT_PREVIEW_NEXT, 0, "Next \xE2\x96\xB6", BTN_PRIMARY, (size_t)i + 1 >= count};
    return n;
}

static size_t strip_buttons(App *app, StripButton *b)
{
    if (app->preview) return preview_buttons(app, b);
    size_t n = 0;
    bool last = session_position(app->session) + 1 >= session_count(app->session);
    if (!app->split) {
        const char *t = app->show_article ? "Question" : app->q.feedback ? "Show evidence" : "Article";
        b[n++] = (StripButton){ACT_TOGGLE_PANE, 0, t, BTN_SECONDARY, false};
    }
    if (app->q.feedback) {
        b[n++] = (StripButton){ACT_NEXT, 0, last ? "See results" : "Next question \xE2\x86\x92", BTN_PRIMARY, false};
        return n;
    }
    if (app->q.citing) b[n++] = (StripButton){ACT_CITE_BACK, 0, "\xE2\x86\x90 Answer", BTN_SECONDARY, false};
    b[n++] = submit_button(app);
    return n;
}

/* Segment i of n in the progress row at (x, y), w wide. */
static SDL_Rect segment(App *app, int x, int y, int w, size_t i, size_t n)
{
    int gap = ui_px(&app->ui, 4), h = ui_px(&app->ui, 10);
    int x0 = x + (int)((long)w * (long)i / (long)n), x1 = x + (int)((long)w * (long)(i + 1) / (long)n) - gap;
    return (SDL_Rect){x0, y, x1 - x0 > 1 ? x1 - x0 : 1, h};
}

/* The question count and position the progress row shows: the pack's in the preview. */
static void progress_of(const App *app, size_t *pos, size_t *n)
{
    *pos = app->preview ? (size_t)app->preview_index : session_position(app->session);
    *n = app->preview ? session_pack(app->session)->n_questions : session_count(app->session);
}

/* Teacher preview: each segment of the progress row jumps to its question when clicked. */
static void layout_segments(App *app, int x, int w)
{
    size_t pos, n;
    progress_of(app, &pos, &n);
    if (n > 40) return;
    int y = app->q.y_head + ui_line(&app->ui, FONT_SMALL_BOLD) + ui_px(&app->ui, 10);
    int grow = ui_px(&app->ui, 6); /* a bigger target than the 10-pixel bar */
    for (size_t i = 0; i < n; i++) {
        SDL_Rect r = segment(app, x, y, w, i, n);
        app_hit(app, (SDL_Rect){r.x, r.y - grow, r.w + ui_px(&app->ui, 4), r.h + 2 * grow},
                ACT_PREVIEW_GOTO, (int)i, false, PANE_SIDE);
    }
}

static void layout(App *app)
{
    Ui *ui = &app->ui;
    QuizState *qs = &app->q;
    if (!app->session || session_finished(app->session)) return;
    const Question *q = session_question(app->session);
    if (!app->preview) app_layout_back(app); /* the preview has no library to go back to */
    app_layout_panes(app, QUIZ_SIDE_UNITS);
    SDL_Rect s = app->side_content;
    int pad = ui_px(ui, 22);
    int x = s.x + pad, w = s.w - 2 * pad;
    int y = s.y + pad - app->side_scroll;
    qs->y_head = y;
    if (app->preview && s.w > 0) layout_segments(app, x, w);
    y += ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 10) + ui_px(ui, 10) + ui_px(ui, 14);
    qs->y_prompt = y;
    y += ui_text_wrapped_h(ui, FONT_H2, ui->th->text, w, q->prompt) + ui_px(ui, 10);
    qs->y_instr = y;
    char ibuf[600];
    if (!qs->feedback) y += ui_text_wrapped_h(ui, FONT_SMALL, ui->th->muted, w, instruction_of(app, q, ibuf, sizeof ibuf)) + ui_px(ui, 14);
    qs->y_answers = y;
    if (s.w > 0) quiz_answer_layout(app, x, &y, w);
    else if ((q->format == FORMAT_EVIDENCE || qs->citing) && app->pane_article.w > 0)
        app_hit(app, app->av.view, ACT_ARTICLE, 0, !qs->feedback, PANE_NONE);
    if (qs->feedback) {
        y += ui_px(ui, 6);
        qs->y_feedback = y;
        qs->h_feedback = feedback_box(app, x, y, w, false);
        y += qs->h_feedback;
    }
    app->side_h = y + app->side_scroll - s.y + pad;
    int max = app->side_h - s.h;
    if (app->side_scroll > max) app->side_scroll = max > 0 ? max : 0;
    StripButton b[5];
    app_layout_strip(app, b, strip_buttons(app, b));
}

static void render_progress(App *app, int x, int y, int w)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const Question *q = session_question(app->session);
    size_t n, pos;
    progress_of(app, &pos, &n);
    char head[160], pts[32];
    ui_format_points(q->points, pts, sizeof pts);
    snprintf(head, sizeof head, "%sQUESTION %zu OF %zu", app->preview ? "PREVIEW  \xC2\xB7  " : "", pos + 1, n);
    ui_text(ui, FONT_SMALL_BOLD, th->accent, x, y, head);
    snprintf(head, sizeof head, "%s  \xC2\xB7  %s point%s", ui_kind_label(q->kind), pts, q->points == 1 ? "" : "s");
    int hw = ui_measure(ui, FONT_SMALL_BOLD, head);
    ui_text(ui, FONT_SMALL_BOLD, th->muted, x + w - hw, y, head);
    y += ui_line(ui, FONT_SMALL_BOLD) + ui_px(ui, 10);
    int h = ui_px(ui, 10);
    if (n > 40) { /* too many to show one by one: a plain progress bar */
        ui_bar(ui, (SDL_Rect){x, y, w, h}, (double)pos / (double)n, th->accent);
        return;
    }
    /* One segment per question: green right, red wrong, accent current, track pending (the
     * preview: accent current, hover under the mouse). */
    for (size_t i = 0; i < n; i++) {
        SDL_Color c = th->track;
        if (app->preview) {
            if (i == pos) c = th->accent;
            else if (app_widget_state(app, ACT_PREVIEW_GOTO, (int)i).hover) c = th->muted;
        } else {
            const SessionItem *it = session_item(app->session, i);
            if (it->state == ITEM_ANSWERED) c = it->grade.correct ? th->good : th->bad;
            else if (i == pos) c = th->accent;
        }
        ui_fill_round(ui, segment(app, x, y, w, i, n), h / 2, c);
    }
}

static void render(App *app)
{
    Ui *ui = &app->ui;
    const Theme *th = ui->th;
    const PackEntry *e = packs_current(app);
    char context[600];
    if (app->preview && e && e->pack)
        snprintf(context, sizeof context, "Teacher preview  \xC2\xB7  %s  \xC2\xB7  watching %s", e->pack->title,
                 strrchr(e->path, '/') ? strrchr(e->path, '/') + 1 : e->path);
    else
        snprintf(context, sizeof context, "%s", e && e->pack ? e->pack->title : "");
    app_render_top(app, context);
    if (!app->session || session_finished(app->session)) return;
    const Question *q = session_question(app->session);
    QuizState *qs = &app->q;
    app_render_article_pane(app);
    SDL_Rect s = app->side_content;
    if (s.w > 0) {
        ui_fill(ui, s, th->bg);
        ui_clip(ui, &s);
        int pad = ui_px(ui, 22), x = s.x + pad, w = s.w - 2 * pad;
        render_progress(app, x, qs->y_head, w);
        ui_text_wrapped(ui, FONT_H2, th->text, x, qs->y_prompt, w, q->prompt);
        char ibuf[600];
        if (!qs->feedback) ui_text_wrapped(ui, FONT_SMALL, th->muted, x, qs->y_instr, w, instruction_of(app, q, ibuf, sizeof ibuf));
        quiz_answer_render(app);
        if (qs->feedback) {
            SDL_Rect box = {x, qs->y_feedback, w, qs->h_feedback};
            bool ok = qs->grade.correct, revealed = app->preview && !app->preview_try;
            ui_fill_round(ui, box, ui_px(ui, 8), revealed ? th->accent : ok ? th->good : th->bad);
            int t = ui_px(ui, 3);
            ui_fill_round(ui, (SDL_Rect){box.x + t, box.y + t, box.w - 2 * t, box.h - 2 * t}, ui_px(ui, 6),
                          revealed ? th->panel : ok ? th->good_bg : th->bad_bg);
            feedback_box(app, x, qs->y_feedback, w, true);
        }
        ui_clip(ui, NULL);
        app_render_side_scrollbar(app);
    } else {
        quiz_answer_render(app); /* the article focus ring is drawn by the pane */
    }
    StripButton b[5];
    app_render_strip(app, b, strip_buttons(app, b));
    const char *hints;
    if (app->preview) {
        app_render_footer(app, "[ ] or Ctrl+PgUp PgDn previous / next question  \xC2\xB7  Home End first / last  "
                               "\xC2\xB7  click the bar above to jump  \xC2\xB7  Tab to \xE2\x80\x9CTry it\xE2\x80\x9D  \xC2\xB7  "
                               "save the file to see your changes here");
        return;
    }
    if (qs->citing && !qs->feedback) {
        app_render_footer(app, "\xE2\x86\x91\xE2\x86\x93 previous / next sentence  \xC2\xB7  Enter submit both parts  "
                               "\xC2\xB7  PgUp PgDn scroll  \xC2\xB7  F6 switch pane  \xC2\xB7  Esc back to the answer");
        return;
    }
    switch (qs->feedback ? FORMAT_COUNT : q->format) {
    case FORMAT_COUNT: hints = "Enter next  \xC2\xB7  PgUp PgDn scroll the article  \xC2\xB7  Esc library (progress is saved)"; break;
    case FORMAT_TEXT: hints = "Enter submit  \xC2\xB7  Tab move  \xC2\xB7  Esc library (progress is saved)"; break;
    case FORMAT_ORDER:
        hints = "Space pick up / drop  \xC2\xB7  \xE2\x86\x91\xE2\x86\x93 move  \xC2\xB7  Enter submit  \xC2\xB7  "
                "PgUp PgDn scroll the article  \xC2\xB7  Esc library";
        break;
    case FORMAT_EVIDENCE:
        hints = e && e->pack && e->pack->n_articles > 1
                    ? "\xE2\x86\x91\xE2\x86\x93 previous / next sentence  \xC2\xB7  Ctrl+Tab other article  \xC2\xB7  "
                      "Enter submit  \xC2\xB7  PgUp PgDn scroll  \xC2\xB7  F6 switch pane  \xC2\xB7  Esc library"
                    : "\xE2\x86\x91\xE2\x86\x93 previous / next sentence  \xC2\xB7  Enter submit  \xC2\xB7  "
                      "PgUp PgDn scroll  \xC2\xB7  F6 switch pane  \xC2\xB7  Esc library";
        break;
    default:
        hints = "A\xE2\x80\x93H or 1\xE2\x80\x93" "9 pick  \xC2\xB7  Enter submit  \xC2\xB7  Tab move  \xC2\xB7  "
                "PgUp PgDn scroll the article  \xC2\xB7  F6 switch pane  \xC2\xB7  Esc library";
        break;
    }
    app_render_footer(app, hints);
}

/* The teacher preview's keys: move between questions; Esc leaves "Try it". */
static bool preview_key(App *app, const SDL_KeyboardEvent *k, bool in_field)
{
    SDL_Keycode s = k->keysym.sym;
    bool ctrl = (k->keysym.mod & KMOD_CTRL) != 0;
    int last = (int)session_pack(app->session)->n_questions - 1;
    if ((s == SDLK_LEFTBRACKET || s == SDLK_RIGHTBRACKET) && !in_field && !ctrl)
        preview_step(app, s == SDLK_LEFTBRACKET ? -1 : 1);
    else if ((s == SDLK_PAGEUP || s == SDLK_PAGEDOWN) && ctrl)
        preview_step(app, s == SDLK_PAGEUP ? -1 : 1);
    else if ((s == SDLK_HOME || s == SDLK_END) && !in_field)
        preview_show(app, s == SDLK_HOME ? 0 : last, false);
    else if (s == SDLK_ESCAPE && app->preview_try)
        preview_show(app, app->preview_index, false);
    else
        return s == SDLK_ESCAPE; /* nothing to go back to */
    return true;
}

static bool key(App *app, const SDL_KeyboardEvent *k)
{
    SDL_Keycode s = k->keysym.sym;
    bool in_field = app->focus_act == ACT_TEXT_FIELD && !quiz_locked(app);
    if (app->preview && preview_key(app, k, in_field)) return true;
    bool on_other_button = app->focus_act == ACT_TOGGLE_PANE || app->focus_act == ACT_BACK ||
                           app->focus_act == ACT_ZOOM_IN || app->focus_act == ACT_ZOOM_OUT ||
                           app->focus_act == ACT_THEME || app->focus_act == ACT_FULLSCREEN ||
                           app->focus_act == ACT_PREVIEW_PREV || app->focus_act == ACT_PREVIEW_TRY ||
                           app->focus_act == ACT_CITE_BACK;
    if (s == SDLK_RETURN || s == SDLK_KP_ENTER) {
        if (on_other_button) return false;
        if (app->q.feedback) play_next(app);
        else play_submit(app);
        return true;
    }
    if (s == SDLK_PAGEUP || s == SDLK_PAGEDOWN) {
        if (app->pane_article.w > 0) av_scroll_by(&app->av, (s == SDLK_PAGEUP ? -1 : 1) * app->av.view.h * 7 / 8);
        else app->side_scroll += (s == SDLK_PAGEUP ? -1 : 1) * app->side_content.h * 3 / 4;
        if (app->side_scroll < 0) app->side_scroll = 0;
        return true;
    }
    if (s == SDLK_F6) {
        app->show_article = !app->show_article;
        return true;
    }
    if (app->q.feedback && (s == SDLK_UP || s == SDLK_DOWN) && app->side_content.w > 0) {
        app->side_scroll += (s == SDLK_UP ? -3 : 3) * ui_line(&app->ui, FONT_UI);
        if (app->side_scroll < 0) app->side_scroll = 0;
        return true; /* layout clamps the other end */
    }
    if (in_field) return s == SDLK_SPACE; /* typed characters arrive as text input */
    if (app->q.feedback && s == SDLK_y && play_has_wrong_pick(app)) {
        play_toggle_own_sentence(app); /* the student's sentence, then the passage again */
        return true;
    }
    if (quiz_answer_key(app, k)) return true;
    if (s == SDLK_SPACE && app->focus_act == ACT_ARTICLE) {
        quiz_answer_activate(app, ACT_ARTICLE, 0);
        return true;
    }
    if (s == SDLK_ESCAPE && app->q.citing && !app->q.feedback) {
        quiz_cite_back(app); /* one step back: the answer */
        return true;
    }
    if (s == SDLK_ESCAPE) {
        play_abandon(app);
        return true;
    }
    return false;
}

static bool mouse(App *app, const SDL_Event *e)
{
    if (quiz_answer_mouse(app, e)) return true;
    int clicked;
    bool used = app_article_mouse(app, e, &clicked);
    const Question *q = app->session ? session_question(app->session) : NULL;
    if (clicked >= 0 && q && quiz_picking(app)) {
        quiz_pick_sentence(app, clicked);
        app->focus_visible = false;
        app_set_focus(app, ACT_ARTICLE, 0);
    }
    return used;
}

static void activate(App *app, Action act, int arg)
{
    switch (act) {
    case ACT_BACK: play_abandon(app); break;
    case ACT_SUBMIT: play_submit(app); break;
    case ACT_NEXT: play_next(app); break;
    case ACT_CITE_BACK: quiz_cite_back(app); break;
    case ACT_TOGGLE_PANE:
        if (!app->split) app->show_article = !app->show_article;
        break;
    case ACT_PREVIEW_PREV: preview_step(app, -1); break;
    case ACT_PREVIEW_NEXT: preview_step(app, 1); break;
    case ACT_PREVIEW_TRY: preview_show(app, app->preview_index, !app->preview_try); break;
    case ACT_PREVIEW_GOTO: preview_show(app, arg, false); break;
    default: quiz_answer_activate(app, act, arg); break;
    }
}

const ScreenDef screen_quiz = {layout, render, key, mouse, activate, NULL};
