/* test_ui_present_fit.c — the presenter's screens pass the layout rules of the app's fit test
 * (fit_check.h): at projector sizes from 1024x768 to 1920x1080, on the setup, every question
 * while a team answers, a cite question's evidence step, the reveal, the evidence and the
 * scoreboard, and the podium, for the cite pack, the pack of two outlets (also with the other
 * article shown by Ctrl+Tab) and the pack of every format: no widgets or texts overlap, nothing
 * leaves the window, no text is cut inside a word, and only the one-line bars (header, chips,
 * footer) shorten a text. Texts are recorded as both fonts (chrome and content) draw them. */
#include "present_harness.h" /* first: it sets _POSIX_C_SOURCE */
#include "fit_check.h"
#include "trace_find.h"
#include "ui_present_script.h"

static const int SIZES[][2] = {{1024, 768}, {1280, 800}, {1920, 1080}};

static void script(PH *h, const char *text)
{
    PresentScript s;
    ps_script_init(&s, text, &h->now, NULL);
    while (ps_script_step(&s, h->ps)) render_if_dirty(h);
    if (s.failed)
        fail_msg("question %zu (%s): %s", presenter_position(P(h)) + 1, presenter_question(P(h))->id, s.error);
}

static void check(PH *h, const char *where)
{
    PresentScreen *ps = h->ps;
    UiTrace *tr = calloc(1, sizeof *tr);
    assert_non_null(tr);
    ps->ui.trace = ps->cui.trace = ps->xui.trace = tr;
    redraw(h);
    ps->ui.trace = ps->cui.trace = ps->xui.trace = NULL;
    SDL_Rect widgets[PS_MAX_HITS];
    size_t n = 0;
    for (size_t i = 0; i < ps->n_hits; i++)
        if (ps->hits[i].kind != HIT_TEAM) widgets[n++] = ps->hits[i].r; /* chips: a bar, below */
    SDL_Rect bars[3 + PRESENT_MAX_TEAMS] = {ps->header, ps->footer};
    size_t nb = 2;
    if (ps->stage == STAGE_SESSION)
        for (size_t t = 0; t < presenter_team_count(P(h)); t++) bars[nb++] = ps->chip[t];
    /* the setup's team list and the scoreboard's rows are one-line rows by design, like chips */
    FitFrame f = {tr, widgets, n, {0, 0, ps->ui.w, ps->ui.h}, bars, nb};
    int problems = fit_problems(&f, where);
    free(tr);
    if (problems) fail_msg("%s at %dx%d: %d layout problems", where, ps->ui.w, ps->ui.h, problems);
}

/* Whether the frame drew a text starting with `prefix`. */
static bool drew(PH *h, const char *prefix)
{
    UiTrace *tr = calloc(1, sizeof *tr);
    assert_non_null(tr);
    h->ps->ui.trace = h->ps->cui.trace = h->ps->xui.trace = tr;
    redraw(h);
    h->ps->ui.trace = h->ps->cui.trace = h->ps->xui.trace = NULL;
    bool found = trace_has(tr, prefix, NULL);
    free(tr);
    return found;
}

static bool answerable(const Question *q)
{
    return q->format == FORMAT_CHOICE || q->format == FORMAT_TRUE_FALSE || q->format == FORMAT_MULTI ||
           q->format == FORMAT_EVIDENCE;
}

/* Every question of `pack` through its screens at every size. */
static void every_screen_of(const char *pack, bool other_article)
{
    for (size_t si = 0; si < sizeof SIZES / sizeof SIZES[0]; si++) {
        PH h;
        ph_open_sized(&h, pack, TEAMS3, 3, PRESENT_TOGETHER, false, false, "light", SIZES[si][0], SIZES[si][1]);
        check(&h, "setup");
        start(&h);
        char where[96];
        for (size_t i = 0; i < h.pack->n_questions && presenter_phase(P(&h)) == PHASE_ASKING; i++) {
            const Question *q = presenter_question(P(&h));
            if (answerable(q)) {
                script(&h, "answer 1 right");
                bool all_right = q->format == FORMAT_MULTI && q->answers == (1u << q->n_choices) - 1;
                if (!all_right) script(&h, "answer 2 wrong"); /* "pick all": no wrong picks to make */
            }
            if (other_article) script(&h, "key ctrl+Tab");
            script(&h, "key 3");
            snprintf(where, sizeof where, "%s: question %zu, a team answering", pack, i + 1);
            check(&h, where);
            if (h.ps->draft.open) script(&h, "key Escape"); /* the team put down */
            if (q->cite && q->format != FORMAT_EVIDENCE) {
                script(&h, "cite wrong");
                snprintf(where, sizeof where, "%s: question %zu, the evidence step", pack, i + 1);
                check(&h, where);
            }
            script(&h, "key space");
            if (presenter_phase(P(&h)) != PHASE_REVEALED) script(&h, "key space"); /* a cite step */
            assert_int_equal(presenter_phase(P(&h)), PHASE_REVEALED);
            snprintf(where, sizeof where, "%s: question %zu, revealed", pack, i + 1);
            check(&h, where);
            script(&h, "key e");
            snprintf(where, sizeof where, "%s: question %zu, the evidence", pack, i + 1);
            check(&h, where);
            if (i % 4 == 0) {
                script(&h, "key s");
                snprintf(where, sizeof where, "%s: scoreboard after %zu", pack, i + 1);
                check(&h, where);
            }
            script(&h, "key Right");
        }
        assert_int_equal(presenter_phase(P(&h)), PHASE_PODIUM);
        check(&h, "podium");
        ph_close(&h);
    }
}

static void the_cite_pack_fits(void **state)
{
    (void)state;
    every_screen_of("tests/ui/fixtures/cite.json", false);
}

static void the_two_outlets_pack_fits_with_either_article(void **state)
{
    (void)state;
    every_screen_of("quizzes/practice-two-outlets.json", false);
    every_screen_of("quizzes/practice-two-outlets.json", true);
}

/* A question whose excerpt is long (sessions-letter question 2: a quotation over three
 * paragraphs, a typed answer) once shrank the whole content to the smallest level, prompt
 * included (17 px at 1280x800): the excerpt has its own level now. The prompt stays as large as
 * the header's title, and the excerpt still shows both passages whole, before the reveal and
 * in the evidence view; the evidence phase shows the explanation whole. */
static void a_long_excerpt_leaves_the_prompt_projector_size(void **state)
{
    (void)state;
    for (size_t si = 0; si < sizeof SIZES / sizeof SIZES[0]; si++) {
        PH h;
        ph_open_sized(&h, "quizzes/sessions-letter.json", TEAMS3, 3, PRESENT_TOGETHER, false, false, "light",
                      SIZES[si][0], SIZES[si][1]);
        start(&h);
        script(&h, "key k");
        const Question *q = presenter_question(P(&h));
        assert_int_equal(q->format, FORMAT_TEXT);
        PresentScreen *ps = h.ps;
        int prompt = TTF_FontHeight(ui_font(&ps->cui, FONT_H2)), title = TTF_FontHeight(ui_font(&ps->ui, FONT_H2));
        if (prompt < title)
            fail_msg("at %dx%d the prompt is %d px high, the header's title %d", ps->ui.w, ps->ui.h, prompt, title);
        if (SIZES[si][0] == 1280) assert_true(prompt >= 30); /* was 17 */
        for (size_t k = 0; k < q->n_evidence; k++) { /* each passage on lines inside the panel */
            size_t from = q->evidence[k].start, to = q->evidence[k].end, covered = from;
            const char *body = ps->ex.a->body;
            for (size_t i = 0; i < ps->ex.n_lines; i++) {
                const PsLine *l = &ps->ex.lines[i];
                while (covered < to && (body[covered] == ' ' || body[covered] == '\n')) covered++; /* between lines */
                if (l->start <= covered && l->end > covered) covered = l->end;
                assert_true(l->y + ps->ex.pitch <= ps->excerpt.y + ps->excerpt.h);
            }
            if (covered < to) fail_msg("passage %zu is cut at %dx%d", k + 1, ps->ui.w, ps->ui.h);
        }
        check(&h, "sessions-letter: question 2");
        script(&h, "key 1; text Glassner; key Return; key space");
        check(&h, "sessions-letter: question 2, revealed");
        script(&h, "key e");
        check(&h, "sessions-letter: question 2, the evidence");
        /* the explanation is what the class reads now: the column may go a step or two smaller
         * for it to fit whole, no more */
        assert_true(drew(&h, "The quotation that opens"));
        prompt = TTF_FontHeight(ui_font(&ps->cui, FONT_H2));
        if (prompt * 4 < title * 3) fail_msg("with the explanation the prompt is %d px, the title %d", prompt, title);
        ph_close(&h);
    }
}

static void every_format_fits(void **state)
{
    (void)state;
    every_screen_of(MINIMAL, false);
}

/* Question 9's six passages never fit the excerpt: the lines that do are shown, and one "[…]"
 * after them (a second one, of the paragraph left out, was drawn over it). */
static void the_river_bridge_pack_fits(void **state)
{
    (void)state;
    every_screen_of("quizzes/practice-river-bridge.json", false);
}

/* The pack of long quotations (the excerpt and the question at two levels: see below). */
static void the_sessions_letter_pack_fits(void **state)
{
    (void)state;
    every_screen_of("quizzes/sessions-letter.json", false);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_cite_pack_fits),
        cmocka_unit_test(the_two_outlets_pack_fits_with_either_article),
        cmocka_unit_test(every_format_fits),
        cmocka_unit_test(the_sessions_letter_pack_fits),
        cmocka_unit_test(the_river_bridge_pack_fits),
        cmocka_unit_test(a_long_excerpt_leaves_the_prompt_projector_size),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
