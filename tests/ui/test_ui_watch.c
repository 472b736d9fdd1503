/* test_ui_watch.c — the teacher preview (`byline PACK.json --watch`), headless: every question
 * with its answer and evidence, moving between questions by key and by mouse, and the pack file
 * rewritten under the app: an edited prompt shows at the same question, a broken file shows the
 * checker's message with line and column, the fixed file comes back at the same question, a
 * deleted question gives way to its neighbour. The fake clock drives the file checks: no sleeps
 * (the watch compares content hashes, so rewrites within one timestamp tick are seen). */
#include "ui_harness.h"
#include "watch.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#define PACK "tests/ui/fixtures/all-formats.json"

typedef struct Files {
    char dir[64], path[96];
    char *original;
    size_t len;
} Files;

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
    assert_int_equal(fclose(f), 0);
}

static void files_init_from(Files *fs, const char *pack)
{
    snprintf(fs->dir, sizeof fs->dir, "/tmp/byline-watch-ui-XXXXXX");
    assert_non_null(mkdtemp(fs->dir));
    snprintf(fs->path, sizeof fs->path, "%s/harbor.json", fs->dir);
    fs->original = tu_read_file(tu_source_path(pack), &fs->len);
    assert_non_null(fs->original);
    write_text(fs->path, fs->original);
}

static void files_init(Files *fs) { files_init_from(fs, PACK); }

static void files_free(Files *fs)
{
    unlink(fs->path);
    rmdir(fs->dir);
    free(fs->original);
}

/* text with the first `from` replaced by `to` (malloc'd). */
static char *replaced(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    assert_non_null(at);
    size_t n = strlen(text), a = (size_t)(at - text), f = strlen(from), t = strlen(to);
    char *out = malloc(n - f + t + 1);
    assert_non_null(out);
    memcpy(out, text, a);
    memcpy(out + a, to, t);
    memcpy(out + a + t, at + f, n - a - f + 1);
    return out;
}

/* Line and column (1-based, in characters) of the first `what` in text. */
static void position_of(const char *text, const char *what, int *line, int *col)
{
    const char *at = strstr(text, what);
    assert_non_null(at);
    *line = 1;
    *col = 1;
    for (const char *p = text; p < at; p++) {
        if (*p == '\n') {
            (*line)++;
            *col = 1;
        } else if (((unsigned char)*p & 0xC0) != 0x80) {
            (*col)++;
        }
    }
}

/* Runs the app's file checks on the fake clock until it reloads (true) or a few checks pass. */
static bool settle(Harness *h)
{
    App *app = h->app;
    unsigned long before = app->reloads;
    for (int i = 0; i < 6 && app->reloads == before; i++) {
        int t = ui_app_timeout_ms(app);
        assert_true(t >= 0 && t <= WATCH_POLL_MS);
        h->now_ms += (uint64_t)t;
        ui_app_tick(app);
    }
    if (ui_app_dirty(app)) ui_app_render(app);
    return app->reloads != before;
}

static const Question *shown(Harness *h)
{
    const Question *q = h_question(h);
    assert_non_null(q);
    return q;
}

static void start(Harness *h, Files *fs)
{
    memset(h, 0, sizeof *h);
    files_init(fs);
    h->watch = fs->path;
    assert_true(h_start(h, 1280, 800, NULL, NULL));
}

static void preview_shows_every_answer_and_moves_anywhere(void **state)
{
    (void)state;
    Harness h;
    Files fs;
    start(&h, &fs);
    App *app = h.app;
    assert_true(app->preview);
    assert_int_equal(app->screen, SCREEN_QUIZ); /* no profile, no library: straight to question 1 */
    assert_int_equal(app->n_packs, 1);
    assert_int_equal(app->preview_index, 0);
    assert_true(app->q.feedback);               /* the answer is shown without answering */
    assert_true(app->q.grade.correct);
    assert_int_equal(app->q.answer.choice, shown(&h)->answer);
    assert_null(app_find_hit(app, ACT_BACK, 0));
    /* ] and [ move; every question is revealed with its evidence highlighted */
    const Pack *p = app->packs[0].pack;
    for (size_t i = 1; i < p->n_questions; i++) {
        h_key(&h, SDLK_RIGHTBRACKET);
        assert_int_equal(app->preview_index, (int)i);
        assert_string_equal(shown(&h)->id, p->questions[i].id);
        assert_true(app->q.feedback);
        assert_true(app->av.n_marks > 0);
        assert_ptr_equal(app->marks_q, shown(&h));
    }
    h_key(&h, SDLK_RIGHTBRACKET); /* the last stays */
    assert_int_equal(app->preview_index, (int)p->n_questions - 1);
    /* the evidence question: the right sentence is picked and marked right, its pixels highlighted */
    h_key(&h, SDLK_LEFTBRACKET);
    assert_int_equal(shown(&h)->format, FORMAT_EVIDENCE);
    assert_int_equal(app->av.pick_state, AV_PICK_RIGHT);
    SDL_Rect r[8];
    const Passage *ev = &shown(&h)->evidence[0];
    size_t n = av_range_rects(&app->av, &app->ui, ev->start, ev->end, r, 8);
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++) assert_true(h_fraction(&h, r[i], app->ui.th->mark) > 0.3);
    h_key_mod(&h, SDLK_PAGEUP, KMOD_LCTRL);
    assert_int_equal(app->preview_index, (int)p->n_questions - 3);
    h_key(&h, SDLK_HOME);
    assert_int_equal(app->preview_index, 0);
    h_key(&h, SDLK_END);
    assert_int_equal(app->preview_index, (int)p->n_questions - 1);
    /* the mouse: a segment of the progress bar jumps there, the buttons step */
    assert_true(h_click_hit(&h, ACT_PREVIEW_GOTO, 2));
    assert_int_equal(app->preview_index, 2);
    assert_true(h_click_hit(&h, ACT_PREVIEW_NEXT, 0));
    assert_int_equal(app->preview_index, 3);
    assert_true(h_click_hit(&h, ACT_PREVIEW_PREV, 0));
    assert_int_equal(app->preview_index, 2);
    h_key(&h, SDLK_ESCAPE); /* nothing to leave */
    assert_int_equal(app->screen, SCREEN_QUIZ);
    h_finish(&h);
    files_free(&fs);
}

/* "Try it": the question unanswered, the real feedback after Submit, and nothing saved. */
static int count_attempts = 0;
static void count_attempt(const StoredAttempt *a, void *ctx)
{
    (void)a;
    (void)ctx;
    count_attempts++;
}

static void trying_a_question_grades_it_and_saves_nothing(void **state)
{
    (void)state;
    Harness h;
    Files fs;
    start(&h, &fs);
    App *app = h.app;
    assert_true(h_click_hit(&h, ACT_PREVIEW_TRY, 0));
    assert_true(app->preview_try);
    assert_false(app->q.feedback);
    assert_int_equal(app->q.answer.choice, -1);
    h_key(&h, SDLK_1); /* wrong: the answer is B */
    h_key(&h, SDLK_RETURN);
    assert_true(app->q.feedback);
    assert_false(app->q.grade.correct);
    h_key(&h, SDLK_ESCAPE); /* back to the answer */
    assert_false(app->preview_try);
    assert_true(app->q.feedback && app->q.grade.correct);
    count_attempts = 0;
    assert_true(store_each_attempt(app->store, NULL, NULL, count_attempt, NULL));
    assert_int_equal(count_attempts, 0);
    h_finish(&h);
    files_free(&fs);
}

static void edits_reload_at_the_same_question_and_errors_show_until_fixed(void **state)
{
    (void)state;
    Harness h;
    Files fs;
    start(&h, &fs);
    App *app = h.app;
    h_key(&h, SDLK_RIGHTBRACKET);
    h_key(&h, SDLK_RIGHTBRACKET);
    assert_int_equal(app->preview_index, 2); /* question 3 */
    assert_string_equal(shown(&h)->id, "claims-not-facts");
    /* nothing changes: the checks reload nothing, and the app sleeps until the next one */
    assert_false(settle(&h));
    assert_true(ui_app_timeout_ms(app) > 0);

    /* an edited prompt */
    const char *old_prompt = "Which of these does the article present";
    char *edited = replaced(fs.original, old_prompt, "EDITED: which of these does the article present");
    write_text(fs.path, edited);
    assert_true(settle(&h));
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_int_equal(app->preview_index, 2);
    assert_non_null(strstr(shown(&h)->prompt, "EDITED: which"));
    assert_true(app->q.feedback); /* still showing the answer */
    assert_false(settle(&h));     /* reported once */

    /* a broken file: the checker's message with line and column */
    char *broken = replaced(edited, "\"answer\": 1,", "\"answer\": 7,");
    int line, col;
    position_of(broken, "7,", &line, &col);
    write_text(fs.path, broken);
    assert_true(settle(&h));
    assert_int_equal(app->screen, SCREEN_PROBLEMS);
    assert_null(app->packs[0].pack);
    assert_null(app->session);
    assert_true(app->packs[0].diags.errors >= 1);
    const Diagnostic *d = &app->packs[0].diags.items[0];
    assert_int_equal(d->line, line);
    assert_int_equal(d->column, col);
    assert_string_equal(d->path, "questions[0].answer");
    assert_null(app_find_hit(app, ACT_BACK, 0));
    h_key(&h, SDLK_ESCAPE); /* stays: the preview has nowhere else to go */
    assert_int_equal(app->screen, SCREEN_PROBLEMS);

    /* half a file (a save caught mid-write): still the problems, now a syntax error */
    char half[512];
    snprintf(half, sizeof half, "%.*s", 400, edited);
    write_text(fs.path, half);
    assert_true(settle(&h));
    assert_int_equal(app->screen, SCREEN_PROBLEMS);

    /* fixed: back at question 3 */
    write_text(fs.path, edited);
    assert_true(settle(&h));
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_int_equal(app->preview_index, 2);
    assert_string_equal(shown(&h)->id, "claims-not-facts");
    assert_true(app->q.feedback);
    assert_true(app->av.n_marks > 0);
    free(broken);
    free(edited);
    h_finish(&h);
    files_free(&fs);
}

static void a_renamed_or_deleted_question_gives_way_to_its_neighbour(void **state)
{
    (void)state;
    Harness h;
    Files fs;
    start(&h, &fs);
    App *app = h.app;
    h_key(&h, SDLK_END);
    int last = app->preview_index;
    assert_string_equal(shown(&h)->id, "when-vote");
    /* renamed: the question now at the same position */
    char *renamed = replaced(fs.original, "\"id\": \"when-vote\"", "\"id\": \"vote-date\"");
    write_text(fs.path, renamed);
    assert_true(settle(&h));
    assert_int_equal(app->preview_index, last);
    assert_string_equal(shown(&h)->id, "vote-date");
    /* "try it" survives a reload */
    assert_true(h_click_hit(&h, ACT_PREVIEW_TRY, 0));
    assert_true(app->preview_try);
    /* a question before it deleted: found again by id, one place earlier */
    const char *q1 = strstr(renamed, "\"id\": \"who-more-time\"");
    const char *q2 = strstr(renamed, "\"id\": \"grant-cost\"");
    assert_non_null(q1);
    assert_non_null(q2);
    const char *from = q1, *to = q2;
    while (*from != '{') from--; /* the first question's object … */
    while (*to != '{') to--;     /* … up to the second's */
    size_t n = strlen(renamed);
    char *shorter = malloc(n + 1);
    assert_non_null(shorter);
    memcpy(shorter, renamed, (size_t)(from - renamed));
    memcpy(shorter + (from - renamed), to, n - (size_t)(to - renamed) + 1);
    write_text(fs.path, shorter);
    assert_true(settle(&h));
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_int_equal(app->packs[0].pack->n_questions, 6);
    assert_string_equal(shown(&h)->id, "vote-date");
    assert_int_equal(app->preview_index, last - 1);
    assert_true(app->preview_try);
    assert_false(app->q.feedback);
    /* the file gone: the problems; back: the same question */
    unlink(fs.path);
    assert_true(settle(&h));
    assert_int_equal(app->screen, SCREEN_PROBLEMS);
    write_text(fs.path, shorter);
    assert_true(settle(&h));
    assert_string_equal(shown(&h)->id, "vote-date");
    free(shorter);
    free(renamed);
    h_finish(&h);
    files_free(&fs);
}

/* A pack that is broken from the start opens on its problems, and on question 1 once fixed. */
static void a_broken_pack_at_start_shows_its_problems(void **state)
{
    (void)state;
    Harness h;
    Files fs;
    memset(&h, 0, sizeof h);
    files_init(&fs);
    char *broken = replaced(fs.original, "\"questions\"", "\"questionz\"");
    write_text(fs.path, broken);
    h.watch = fs.path;
    assert_true(h_start(&h, 1280, 800, NULL, NULL));
    App *app = h.app;
    assert_int_equal(app->screen, SCREEN_PROBLEMS);
    assert_true(app->packs[0].diags.errors >= 1);
    write_text(fs.path, fs.original);
    assert_true(settle(&h));
    assert_int_equal(app->screen, SCREEN_QUIZ);
    assert_int_equal(app->preview_index, 0);
    free(broken);
    h_finish(&h);
    files_free(&fs);
}

/* A cite question revealed in the preview is graded as the student screens grade it: both parts
 * right, each with its share of the points, and both shown (the answer and the sentence). */
static void a_cite_question_shows_both_parts_with_their_points(void **state)
{
    (void)state;
    Harness h;
    Files fs;
    memset(&h, 0, sizeof h);
    files_init_from(&fs, "tests/ui/fixtures/cite.json");
    h.watch = fs.path;
    assert_true(h_start(&h, 1280, 1400, NULL, NULL)); /* tall: the whole feedback box in view */
    App *app = h.app;
    preview_show(app, 2, false); /* claims-not-facts: multi, cite_share 0.25 */
    ui_app_render(app);
    const Question *q = shown(&h);
    assert_string_equal(q->id, "claims-not-facts");
    assert_true(q->cite);
    const Grade *g = &app->q.grade;
    assert_true(g->cited);
    assert_true(g->correct);
    assert_true(g->answer_correct);
    assert_true(g->evidence_correct);
    assert_true(app->q.answer.cite_article >= 0 && app->q.answer.cite_sentence >= 0);
    assert_true(g->points > q->points - 1e-9 && g->points < q->points + 1e-9);
    assert_true(h_drawn(&h, "Answer \xC2\xB7 "));
    assert_true(h_drawn(&h, "Evidence \xC2\xB7 "));
    /* a question without a cite part keeps the one "Correct answer" line */
    preview_show(app, 5, false);
    ui_app_render(app);
    assert_false(shown(&h)->cite);
    assert_false(app->q.grade.cited);
    assert_true(app->q.grade.correct);
    assert_false(h_drawn(&h, "Evidence \xC2\xB7 "));
    assert_true(h_drawn(&h, "Correct answer"));
    h_finish(&h);
    files_free(&fs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(preview_shows_every_answer_and_moves_anywhere),
        cmocka_unit_test(trying_a_question_grades_it_and_saves_nothing),
        cmocka_unit_test(edits_reload_at_the_same_question_and_errors_show_until_fixed),
        cmocka_unit_test(a_renamed_or_deleted_question_gives_way_to_its_neighbour),
        cmocka_unit_test(a_broken_pack_at_start_shows_its_problems),
        cmocka_unit_test(a_cite_question_shows_both_parts_with_their_points),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
