/* test_ui_cite.c — two-part "cite" questions in the app (issue 9), headless: the answer, then
 * "Now show where the article says so" (a sentence picked by keyboard or mouse), both parts
 * submitted together; the feedback shows both (the student's sentence marked, the real passage
 * highlighted and in view); the results count guesses and misreadings; a resumed attempt brings
 * both parts back. Wide (two panes) and narrow (one pane at a time) windows. */
#include "ui_harness.h"
#include "class_stats.h"
#include "ui_script.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#define PACK "tests/ui/fixtures/cite.json"
/* The fixture's article: one sentence per paragraph. */
enum { S_DELAY, S_OBI_QUOTE, S_GRANT_COST, S_PLAN, S_GRANT_MISTAKE, S_HEARING };

static void start(Harness *h, int w, int ht)
{
    memset(h, 0, sizeof *h);
    assert_true(h_start(h, w, ht, tu_source_path(PACK), "Noor"));
}

static void open_and_start(Harness *h)
{
    App *app = h->app;
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_non_null(app->packs[0].pack);
    h_key(h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_READ);
    h_key(h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_QUIZ);
}

/* ↓ / ↑ in the article until the cited sentence is `target`. */
static void cite_by_keys(Harness *h, int target)
{
    App *app = h->app;
    for (int i = 0; i < 20 && app->q.answer.cite_sentence != target; i++)
        h_key(h, app->q.answer.cite_sentence < target ? SDLK_DOWN : SDLK_UP);
    assert_int_equal(app->q.answer.cite_sentence, target);
    assert_int_equal(app->av.picked, target);
}

/* A click in the middle of sentence s of the article shown. */
static void click_sentence(Harness *h, int s)
{
    App *app = h->app;
    const Article *a = app->av.a;
    app_layout(app);
    av_scroll_to(&app->av, a->sentences[s].start, a->sentences[s].end);
    app_layout(app);
    SDL_Rect r[8];
    size_t n = av_range_rects(&app->av, &app->ui, a->sentences[s].start, a->sentences[s].end, r, 8);
    assert_true(n > 0);
    h_click(h, r[0].x + r[0].w / 2, r[0].y + r[0].h / 2);
}

/* Of the rectangles of sentence s, the fraction of pixels of colour c (all lines). */
static double sentence_fraction(Harness *h, int s, SDL_Color c)
{
    App *app = h->app;
    const TextSpan *sp = &app->av.a->sentences[s];
    SDL_Rect r[8];
    size_t n = av_range_rects(&app->av, &app->ui, sp->start, sp->end, r, 8);
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        r[i].h += 4; /* the underline sits just below the line box */
        sum += h_fraction(h, r[i], c);
    }
    return n ? sum / (double)n : 0;
}

/* The real passage is highlighted and in view; the student's sentence is marked right or wrong. */
static void assert_feedback_article(Harness *h, int picked, bool right)
{
    App *app = h->app;
    const Question *q = h_question(h);
    assert_true(app->av.n_marks > 0);
    SDL_Rect r[8];
    size_t n = av_range_rects(&app->av, &app->ui, q->evidence[0].start, q->evidence[0].end, r, 8);
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++) {
        assert_true(SDL_HasIntersection(&r[i], &app->av.view));
        assert_true(h_fraction(h, r[i], app->ui.th->mark) > 0.5);
    }
    assert_int_equal(app->av.picked, picked);
    assert_int_equal(app->av.pick_state, right ? AV_PICK_RIGHT : AV_PICK_WRONG);
    SDL_Color c = right ? app->ui.th->good : app->ui.th->bad;
    assert_true(sentence_fraction(h, picked, c) > 0.005); /* the underline */
}

static void assert_grade(const App *app, double points, bool answer_right, bool evidence_right)
{
    const Grade *g = &app->q.grade;
    assert_true(app->q.feedback);
    assert_true(g->cited);
    assert_true(g->points > points - 1e-9 && g->points < points + 1e-9);
    assert_int_equal(g->answer_correct, answer_right);
    assert_int_equal(g->evidence_correct, evidence_right);
    assert_int_equal(g->correct, answer_right && evidence_right);
}

/* The feedback box is drawn in the colour of the verdict. */
static void assert_box(Harness *h, bool right)
{
    App *app = h->app;
    int pad = ui_px(&app->ui, 22);
    SDL_Rect box = {app->side_content.x + pad + 8, app->q.y_feedback + 8,
                    app->side_content.w - 2 * pad - 16, 40};
    SDL_Rect in;
    assert_true(SDL_IntersectRect(&box, &app->side_content, &in));
    assert_true(h_fraction(h, in, right ? app->ui.th->good_bg : app->ui.th->bad_bg) > 0.3);
}

static void whole_quiz_by_keyboard_on_a_wide_window(void **state)
{
    (void)state;
    Harness h;
    start(&h, 1280, 800);
    App *app = h.app;
    open_and_start(&h);
    assert_true(app->split);

    /* 1 choice, 4 points: both parts right */
    const Question *q = h_question(&h);
    assert_true(q->cite);
    h_key(&h, SDLK_2);
    assert_false(app->q.citing);
    assert_false(app->av.picking); /* step 1: the article is for reading */
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.citing);
    assert_false(app->q.feedback); /* nothing graded between the steps */
    assert_true(app->av.picking);
    assert_int_equal(app->av.n_marks, 0); /* and no passage given away */
    assert_true(app_has_focus(app, ACT_ARTICLE, 0));
    assert_non_null(h_hit(&h, ACT_CITE_BACK, 0));
    h_key(&h, SDLK_2); /* the answer is locked now */
    h_key(&h, SDLK_1);
    assert_int_equal(app->q.answer.choice, 1);
    h_key(&h, SDLK_RETURN); /* no sentence yet: refused */
    assert_false(app->q.feedback);
    assert_non_null(strstr(app->status, "sentence"));
    cite_by_keys(&h, S_OBI_QUOTE);
    h.now_ms += 4000;
    h_key(&h, SDLK_RETURN);
    assert_grade(app, 4, true, true);
    assert_feedback_article(&h, S_OBI_QUOTE, true);
    assert_box(&h, true);
    assert_true(app_has_focus(app, ACT_NEXT, 0));
    h_key(&h, SDLK_RETURN);

    /* 2 true/false: right answer, wrong sentence (a guess); Esc goes back one step */
    h_key(&h, SDLK_t);
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.citing);
    h_key(&h, SDLK_ESCAPE);
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_false(app->q.citing);
    assert_false(app->av.picking);
    h_key(&h, SDLK_f); /* the answer can change again */
    assert_int_equal(app->q.answer.truth, 0);
    h_key(&h, SDLK_t);
    h_key(&h, SDLK_RETURN);
    cite_by_keys(&h, S_DELAY);
    h_key(&h, SDLK_RETURN);
    assert_grade(app, 0.5, true, false);
    assert_int_equal(answer_cite_outcome(&app->q.grade), CITE_GUESS);
    assert_feedback_article(&h, S_DELAY, false);
    assert_box(&h, false);
    h_key(&h, SDLK_RETURN);

    /* 3 multi, 4 points, a quarter for the evidence: both right */
    h_key(&h, SDLK_1);
    h_key(&h, SDLK_3);
    h_key(&h, SDLK_RETURN);
    cite_by_keys(&h, S_GRANT_MISTAKE);
    h_key(&h, SDLK_RETURN);
    assert_grade(app, 4, true, true);
    h_key(&h, SDLK_RETURN);

    /* 4 text: a wrong name with the right sentence (a misreading); Enter in the field goes on */
    assert_true(app_has_focus(app, ACT_TEXT_FIELD, 0));
    h_text(&h, "Dana Obi");
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.citing);
    assert_false(SDL_IsTextInputActive());
    h_text(&h, "x"); /* the field is locked */
    assert_string_equal(app->q.answer.text, "Dana Obi");
    cite_by_keys(&h, S_GRANT_MISTAKE);
    h_key(&h, SDLK_RETURN);
    assert_grade(app, 0.5, false, true);
    assert_int_equal(answer_cite_outcome(&app->q.grade), CITE_MISREAD);
    assert_feedback_article(&h, S_GRANT_MISTAKE, true);
    h_key(&h, SDLK_RETURN);

    /* 5 an evidence question: one step, as before */
    assert_int_equal(h_question(&h)->format, FORMAT_EVIDENCE);
    for (int i = 0; i < 8; i++) h_key(&h, SDLK_DOWN);
    assert_int_equal(app->q.answer.sentence, S_HEARING);
    assert_false(app->q.citing);
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.feedback);
    assert_false(app->q.grade.cited);
    h_key(&h, SDLK_RETURN);

    /* 6 "cite": false overrides the pack's default: one step */
    assert_false(h_question(&h)->cite);
    h_key(&h, SDLK_3);
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.feedback);
    assert_true(app->q.grade.correct);
    assert_false(app->q.grade.cited);
    h_key(&h, SDLK_RETURN);

    assert_int_equal(app->screen, SCREEN_RESULTS);
    SessionTotals t = session_totals(app->session);
    assert_true(t.score > 11 - 1e-9 && t.score < 11 + 1e-9);
    assert_true(t.max_score > 12 - 1e-9 && t.max_score < 12 + 1e-9);
    assert_int_equal(app->n_missed, 2); /* the guess and the misreading */
    char line[300];
    quiz_cite_summary(app, line, sizeof line);
    assert_non_null(strstr(line, "1 guessed"));
    assert_non_null(strstr(line, "1 misread"));
    /* the first missed one (the guess) shows its passage and the sentence picked, marked wrong */
    assert_int_equal(app->missed_sel, 0);
    assert_int_equal(app->av.picked, S_DELAY);
    assert_int_equal(app->av.pick_state, AV_PICK_WRONG);
    h_finish(&h);
}

static void both_steps_by_mouse_on_a_narrow_window(void **state)
{
    (void)state;
    Harness h;
    start(&h, 800, 600);
    App *app = h.app;
    open_and_start(&h);
    assert_false(app->split);
    assert_false(app->show_article);

    /* 1: the right answer, then a click on the wrong sentence */
    assert_true(h_click_hit(&h, ACT_CHOICE, 1));
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0)); /* "Next: the evidence" */
    assert_true(app->q.citing);
    assert_true(app->show_article); /* straight to the article */
    assert_true(app->pane_article.w > 0);
    click_sentence(&h, S_PLAN);
    assert_int_equal(app->q.answer.cite_sentence, S_PLAN);
    assert_int_equal(app->av.pick_state, AV_PICK_CHOSEN);
    click_sentence(&h, S_DELAY); /* a second click changes the pick */
    assert_int_equal(app->q.answer.cite_sentence, S_DELAY);
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    assert_grade(app, 2, true, false); /* "2 of 4 — right answer, but that sentence does not show it" */
    /* the feedback on the question side first (the verdict, not only marks in the article),
     * then the evidence side with the passage in view */
    assert_false(app->show_article);
    assert_true(h_drawn(&h, "\xE2\x9C\x93 Answer"));
    assert_true(app->q.h_feedback > 0);
    assert_box(&h, false);
    assert_true(h_click_hit(&h, ACT_TOGGLE_PANE, 0)); /* "Show evidence" */
    assert_true(app->show_article);
    assert_feedback_article(&h, S_DELAY, false);
    assert_true(h_click_hit(&h, ACT_NEXT, 0));

    /* 2: "← Answer" goes back to change it; then the right sentence with a wrong answer */
    assert_true(h_click_hit(&h, ACT_TRUTH, 1));
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    assert_true(app->q.citing);
    assert_true(h_click_hit(&h, ACT_CITE_BACK, 0));
    assert_false(app->q.citing);
    assert_false(app->show_article);
    assert_true(h_click_hit(&h, ACT_TRUTH, 0));
    assert_int_equal(app->q.answer.truth, 0);
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    click_sentence(&h, S_GRANT_COST);
    assert_true(h_click_hit(&h, ACT_SUBMIT, 0));
    assert_grade(app, 0.5, false, true);
    assert_int_equal(answer_cite_outcome(&app->q.grade), CITE_MISREAD);
    h_finish(&h);
}

/* The answer saved holds both parts: a resumed attempt has them back, graded the same. */
static void a_resumed_attempt_keeps_both_parts(void **state)
{
    (void)state;
    Harness h;
    start(&h, 1280, 800);
    App *app = h.app;
    open_and_start(&h);
    h_key(&h, SDLK_2);
    h_key(&h, SDLK_RETURN);
    cite_by_keys(&h, S_OBI_QUOTE);
    h_key(&h, SDLK_RETURN);
    h_key(&h, SDLK_RETURN);
    h_key(&h, SDLK_t);
    h_key(&h, SDLK_RETURN);
    cite_by_keys(&h, S_PLAN);
    h_key(&h, SDLK_RETURN);
    assert_grade(app, 0.5, true, false);
    h_key(&h, SDLK_ESCAPE); /* to the library: the attempt stays unfinished */
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    h_stop(&h);

    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Noor"));
    app = h.app;
    assert_true(app->packs[0].unfinished >= 0);
    assert_int_equal(app->packs[0].unfinished_answers, 2);
    h_key(&h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_READ);
    assert_true(h_click_hit(&h, ACT_RESUME, 0));
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_int_equal(session_position(app->session), 2);
    const SessionItem *a = session_item(app->session, 0), *b = session_item(app->session, 1);
    assert_int_equal(a->state, ITEM_ANSWERED);
    assert_int_equal(a->answer.choice, 1);
    assert_int_equal(a->answer.cite_sentence, S_OBI_QUOTE);
    assert_int_equal(answer_cite_outcome(&a->grade), CITE_BOTH_RIGHT);
    assert_int_equal(b->answer.truth, 1);
    assert_int_equal(b->answer.cite_sentence, S_PLAN);
    assert_int_equal(answer_cite_outcome(&b->grade), CITE_GUESS);
    assert_true(b->grade.points > 0.5 - 1e-9 && b->grade.points < 0.5 + 1e-9);
    h_finish(&h);
}

/* Quitting (or a killed program) between the two steps: the resumed attempt comes back to the
 * evidence step with the answer given, and the time it had taken still counts. Here on the very
 * first question, with no whole answer stored yet: the pack must still offer to resume. */
static void an_answer_given_before_the_evidence_step_survives_quitting(void **state)
{
    (void)state;
    Harness h;
    start(&h, 1280, 800);
    App *app = h.app;
    open_and_start(&h);
    h.now_ms += 3000;
    h_key(&h, SDLK_2);
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.citing);
    h.now_ms += 4000;
    h_stop(&h); /* gone between the steps: no answer was stored */

    h.now_ms += 60000;
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Noor"));
    app = h.app;
    assert_int_equal(app->packs[0].unfinished_answers, 0);
    assert_int_equal(app->packs[0].unfinished_halfway, 1);
    assert_true(h_drawn(&h, "Unfinished: 0 of"));
    h_key(&h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_READ);
    assert_true(h_drawn(&h, "You stopped after 0 of"));
    assert_true(h_click_hit(&h, ACT_RESUME, 0));
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_int_equal(session_position(app->session), 0);
    assert_true(app->q.citing); /* straight back to the second step */
    assert_false(app->q.feedback);
    assert_int_equal(app->q.answer.choice, 1);
    assert_int_equal(app->q.answer.cite_sentence, -1);
    assert_true(app->av.picking);
    assert_true(app_has_focus(app, ACT_ARTICLE, 0));
    h_key(&h, SDLK_1); /* still locked */
    assert_int_equal(app->q.answer.choice, 1);
    h.now_ms += 2000;
    cite_by_keys(&h, S_OBI_QUOTE);
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.feedback);
    assert_grade(app, 4, true, true);
    const SessionItem *it = session_item(app->session, 0);
    assert_true(it->seconds > 2.9); /* the time before quitting was not lost */

    /* Stored whole now: nothing is halfway any more. */
    h_key(&h, SDLK_ESCAPE);
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_int_equal(app->packs[0].unfinished_answers, 1);
    assert_int_equal(app->packs[0].unfinished_halfway, 0);
    h_finish(&h);
}

/* A quiz started and left before any answer has nothing to resume: the library does not say
 * "open it to resume" when the pack offers no Resume. */
static void a_quiz_left_before_any_answer_is_not_called_unfinished(void **state)
{
    (void)state;
    Harness h;
    start(&h, 1280, 800);
    App *app = h.app;
    open_and_start(&h);
    h_key(&h, SDLK_ESCAPE);
    assert_int_equal(app->screen, SCREEN_LIBRARY);
    assert_true(app->packs[0].unfinished >= 0);
    ui_app_render(app);
    assert_false(h_drawn(&h, "Unfinished:"));
    h_key(&h, SDLK_RETURN);
    assert_int_equal(app->screen, SCREEN_READ);
    assert_null(h_hit(&h, ACT_RESUME, 0));
    h_finish(&h);
}

#define run_script(h, text) assert_true(h_script((h), (text)))

/* Two students, one guessing the first question and one misreading it: the class results count
 * both, per question and per student. */
static void class_results_count_guesses_and_misreadings(void **state)
{
    (void)state;
    Harness h;
    memset(&h, 0, sizeof h);
    const char *who[2] = {"Ana", "Ben"}, *how[2] = {"answer guess", "answer misread"};
    for (int i = 0; i < 2; i++) {
        assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), who[i]));
        char script[200];
        snprintf(script, sizeof script, "open harbor-cite; start; %s; submit; next; play right", how[i]);
        run_script(&h, script);
        assert_int_equal(h.app->screen, SCREEN_RESULTS);
        h_stop(&h);
    }
    assert_true(h_start(&h, 1280, 800, tu_source_path(PACK), "Ana"));
    App *app = h.app;
    run_script(&h, "class harbor-cite");
    assert_int_equal(app->screen, SCREEN_CLASS);
    const ClassStats *cs = app->class_stats;
    assert_non_null(cs);
    assert_int_equal(cs->guesses, 1);
    assert_int_equal(cs->misreads, 1);
    const ClassQuestion *first = NULL;
    for (size_t i = 0; i < cs->n_questions; i++)
        if (cs->questions[i].question == 0) first = &cs->questions[i];
    assert_non_null(first);
    assert_int_equal(first->guesses, 1);
    assert_int_equal(first->misreads, 1);
    assert_int_equal(first->right, 0);
    /* the cite question's row is taller than a plain one's: it has the line of both parts */
    int plain = -1, cited = -1;
    for (size_t i = 0; i < cs->n_questions; i++) {
        int qi = cs->questions[i].question;
        if (qi == 0) cited = (int)i;
        if (!app->packs[0].pack->questions[qi].cite) plain = (int)i;
    }
    assert_true(plain >= 0 && cited >= 0);
    assert_true(h_hit(&h, ACT_CLASS_ROW, cited)->r.h > h_hit(&h, ACT_CLASS_ROW, plain)->r.h);
    h_finish(&h);
}

/* Whether every line of sentence s of the article lies inside the article pane. */
static bool sentence_in_view(Harness *h, int s)
{
    App *app = h->app;
    const TextSpan *sp = &app->av.a->sentences[s];
    SDL_Rect r[8], in;
    size_t n = av_range_rects(&app->av, &app->ui, sp->start, sp->end, r, 8);
    for (size_t i = 0; i < n; i++)
        if (!SDL_IntersectRect(&r[i], &app->av.view, &in) || in.h < r[i].h) return false;
    return n > 0;
}

/* A wrong sentence far from the passage: on a wide window the feedback speaks of "your sentence
 * (underlined in red)", so it is in view with the passage when both fit; when they do not, Y
 * brings it into view (and Y again the passage). State and pixels. */
/* cite.json with the paragraph between sentences 1 and 4 (the plan, evidence of nothing) made
 * twenty times as long, one sentence still; written once into the build directory. */
static const char *long_fixture(void)
{
    static const char *out = "cite-long-plan.json", *end = "released on Monday.";
    size_t len;
    char *text = tu_read_file(tu_source_path(PACK), &len);
    assert_non_null(text);
    char *at = strstr(text, end);
    assert_non_null(at);
    FILE *f = fopen(out, "wb");
    assert_non_null(f);
    fwrite(text, 1, (size_t)(at - text), f);
    fputs("released on Monday", f);
    for (int i = 0; i < 20; i++) fputs(", with the harbor commission's notes on the pier and the cafe", f);
    fputs(at + strlen("released on Monday"), f);
    fclose(f);
    free(text);
    return out;
}

static void the_wrong_sentence_is_in_view_with_the_passage_or_on_y(void **state)
{
    (void)state;
    for (int k = 0; k < 2; k++) {
        Harness h;
        memset(&h, 0, sizeof h);
        /* k 1: the fixture with a long paragraph between the two: they no longer fit at once */
        assert_true(h_start(&h, 1280, 560, k ? long_fixture() : tu_source_path(PACK), "Noor"));
        App *app = h.app;
        open_and_start(&h);
        assert_true(app->split);
        h_key(&h, SDLK_2); /* q1 right, to reach q4 */
        h_key(&h, SDLK_RETURN);
        cite_by_keys(&h, S_OBI_QUOTE);
        h_key(&h, SDLK_RETURN);
        h_key(&h, SDLK_RETURN);
        h_key(&h, SDLK_t); /* q2 */
        h_key(&h, SDLK_RETURN);
        cite_by_keys(&h, S_GRANT_COST);
        h_key(&h, SDLK_RETURN);
        h_key(&h, SDLK_RETURN);
        h_key(&h, SDLK_1); /* q3 */
        h_key(&h, SDLK_3);
        h_key(&h, SDLK_RETURN);
        cite_by_keys(&h, S_GRANT_MISTAKE);
        h_key(&h, SDLK_RETURN);
        h_key(&h, SDLK_RETURN);
        h_text(&h, "Grant"); /* q4: the right name, the first sentence (the passage is the fifth) */
        h_key(&h, SDLK_RETURN);
        cite_by_keys(&h, S_DELAY);
        h_key(&h, SDLK_RETURN);
        assert_true(app->q.grade.answer_correct);
        assert_false(app->q.grade.evidence_correct);
        ui_app_render(app);
        assert_true(sentence_in_view(&h, S_GRANT_MISTAKE)); /* the passage, always */
        assert_true(h_fraction(&h, app->av.view, app->ui.th->mark) > 0.002);
        bool both = sentence_in_view(&h, S_DELAY);
        if (k == 0) {
            assert_true(both);
            assert_true(sentence_fraction(&h, S_DELAY, app->ui.th->bad) > 0.005); /* red underline */
        } else {
            assert_false(both); /* the window is too short for both */
        }
        h_key(&h, SDLK_y); /* the student's sentence */
        ui_app_render(app);
        assert_true(app->q.own_in_view);
        assert_true(sentence_in_view(&h, S_DELAY));
        assert_true(sentence_fraction(&h, S_DELAY, app->ui.th->bad) > 0.005);
        h_key(&h, SDLK_y); /* the passage again */
        ui_app_render(app);
        assert_false(app->q.own_in_view);
        assert_true(sentence_in_view(&h, S_GRANT_MISTAKE));
        h_finish(&h);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(whole_quiz_by_keyboard_on_a_wide_window),
        cmocka_unit_test(both_steps_by_mouse_on_a_narrow_window),
        cmocka_unit_test(a_resumed_attempt_keeps_both_parts),
        cmocka_unit_test(an_answer_given_before_the_evidence_step_survives_quitting),
        cmocka_unit_test(a_quiz_left_before_any_answer_is_not_called_unfinished),
        cmocka_unit_test(class_results_count_guesses_and_misreadings),
        cmocka_unit_test(the_wrong_sentence_is_in_view_with_the_passage_or_on_y),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
