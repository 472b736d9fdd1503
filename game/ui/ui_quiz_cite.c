/* ui_quiz_cite.c — the second step of a cite question (pack field "cite", issue 9).
 *
 * Step 1 is the question as usual; its primary button reads "Next: the evidence" instead of
 * Submit. Step 2 locks the answer (shown, not editable; "← Answer" goes back to change it) and
 * asks "Now show where the article says so": the student picks a sentence exactly as for an
 * evidence question (click, or ↑ ↓ in the article), then submits both parts at once. There is no
 * feedback between the steps: a highlighted passage would give the second part away. The
 * feedback then shows both parts, each with its points; the article marks the student's sentence
 * (red when it does not show the answer) and highlights the real passage. Grading is core's
 * (answer_grade, answer_cite_outcome); this file only shows it. */
#include "ui_format.h"
#include "ui_internal.h"
#include <stdio.h>
#include <string.h>

static const Question *question(const App *app)
{
    return app->session ? session_question(app->session) : NULL;
}

bool quiz_picking(const App *app)
{
    const Question *q = question(app);
    if (!q || app->q.feedback) return false;
    return q->format == FORMAT_EVIDENCE || app->q.citing;
}

bool quiz_locked(const App *app)
{
    return app->q.feedback || app->q.citing;
}

bool quiz_picked(const App *app, const Answer *a, int *article, int *sentence)
{
    const Question *q = question(app);
    bool cite = q && q->cite && q->format != FORMAT_EVIDENCE;
    *article = cite ? a->cite_article : a->article;
    *sentence = cite ? a->cite_sentence : a->sentence;
    return *article >= 0 && *sentence >= 0;
}

void quiz_cite_begin(App *app)
{
    const Question *q = question(app);
    if (!q || !q->cite || app->q.citing || app->q.feedback) return;
    if (!answer_first_part_complete(q, &app->q.answer)) {
        snprintf(app->status, sizeof app->status, "Give an answer first.");
        app->dirty = true;
        return;
    }
    app->q.citing = true;
    app->q.order_grab = app->q.drag_pos = -1;
    app->status[0] = '\0';
    play_show_article(app, app->av.index); /* the article turns into sentences to pick */
    if (!app->split) app->show_article = true; /* narrow: straight to the article */
    app_layout(app);
    app_set_focus(app, app->pane_article.w > 0 ? ACT_ARTICLE : ACT_SUBMIT, 0);
    app->dirty = true;
}

void quiz_cite_back(App *app)
{
    if (!app->q.citing || app->q.feedback) return;
    app->q.citing = false; /* the sentence picked stays picked, for when they come back */
    play_show_article(app, app->av.index);
    if (!app->split) app->show_article = false;
    quiz_default_focus(app);
    app->dirty = true;
}

const char *quiz_cite_instruction(const App *app)
{
    const Question *q = question(app);
    if (!q || !q->cite || q->format == FORMAT_EVIDENCE || app->q.feedback) return NULL;
    if (app->q.citing)
        return "Now show where the article says so: click the sentence that proves your answer "
               "(or move with \xE2\x86\x91 \xE2\x86\x93), then Submit.";
    return "Then show where the article says so: after this answer you pick the sentence that "
           "proves it.";
}

/* "Right answer, but that sentence does not show it." */
static const char *outcome_line(CiteOutcome o)
{
    switch (o) {
    case CITE_BOTH_RIGHT: return "Right answer, and that sentence shows it.";
    case CITE_GUESS: return "Right answer, but that sentence does not show it.";
    case CITE_MISREAD: return "That sentence shows it, but the answer is not right: read it again.";
    case CITE_BOTH_WRONG: return "Not the answer, and that sentence does not show it.";
    default: return "";
    }
}

/* "✓ Answer · 2 of 2 points" */
static void part_head(char *buf, size_t size, bool right, const char *name, double got, double max)
{
    char g[32], m[32];
    ui_format_points(got, g, sizeof g);
    ui_format_points(max, m, sizeof m);
    snprintf(buf, size, "%s %s  \xC2\xB7  %s of %s point%s", right ? "\xE2\x9C\x93" : "\xE2\x9C\x97", name, g,
             m, max > 0.999 && max < 1.001 ? "" : "s");
}

static int para(App *app, FontRole f, int x, int y, int w, const char *t, bool draw, int gap)
{
    Ui *ui = &app->ui;
    return (draw ? ui_text_wrapped(ui, f, ui->th->text, x, y, w, t) : ui_text_wrapped_h(ui, f, ui->th->text, w, t)) +
           ui_px(ui, gap);
}

int quiz_cite_feedback(App *app, int x, int y, int w, bool draw)
{
    const Question *q = question(app);
    const Grade *g = &app->q.grade;
    int yy = y;
    char line[2400];
    double share = q->cite_share, pts = q->points;
    yy += para(app, FONT_UI_BOLD, x, yy, w, outcome_line(answer_cite_outcome(g)), draw, 10);
    part_head(line, sizeof line, g->answer_correct, "Answer", g->answer_fraction * (1 - share) * pts,
              (1 - share) * pts);
    yy += para(app, FONT_UI_BOLD, x, yy, w, line, draw, 2);
    if (g->answer_correct)
        snprintf(line, sizeof line, "Your answer: %s", app->q.described);
    else
        snprintf(line, sizeof line, "Your answer: %s  \xC2\xB7  correct: %s",
                 app->q.described[0] ? app->q.described : "(none)", app->q.correct);
    yy += para(app, FONT_UI, x, yy, w, line, draw, 8);
    part_head(line, sizeof line, g->evidence_correct, "Evidence", g->evidence_correct ? share * pts : 0, share * pts);
    yy += para(app, FONT_UI_BOLD, x, yy, w, line, draw, 2);
    /* The sentence itself is in the box above: not quoted again. */
    yy += para(app, FONT_UI, x, yy, w,
               g->evidence_correct ? "Your sentence (underlined in green in the article) shows it."
                                   : "Your sentence (underlined in red in the article; Y shows it) does not "
                                     "show it; the passage that does is highlighted.",
               draw, 10);
    return yy - y;
}

void quiz_cite_summary(const App *app, char *buf, size_t size)
{
    int guess = 0, misread = 0;
    buf[0] = '\0';
    if (!app->session) return;
    for (size_t i = 0; i < session_count(app->session); i++) {
        const SessionItem *it = session_item(app->session, i);
        if (it->state != ITEM_ANSWERED) continue;
        CiteOutcome o = answer_cite_outcome(&it->grade);
        guess += o == CITE_GUESS;
        misread += o == CITE_MISREAD;
    }
    if (guess || misread)
        snprintf(buf, size, "Right for the wrong reason: %d guessed (right answer, wrong sentence)  \xC2\xB7  "
                 "%d misread (right sentence, wrong answer)", guess, misread);
}
