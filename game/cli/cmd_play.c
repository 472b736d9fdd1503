/* cmd_play.c — `byline play --text PACK.json`: the quiz in a terminal, one line per answer.
 *
 * Works the same from a keyboard or a pipe (printf '2\nB\n' | byline play --text pack.json): when
 * stdin is not a terminal the answers read are echoed, so the transcript reads like a session.
 * Grading goes through the session (answer.c's rules); progress goes to the store under --name. */
#define _POSIX_C_SOURCE 200809L
#include "cli_io.h"
#include "commands.h"
#include "play_text.h"
#include "pack.h"
#include "progress.h"
#include "session.h"
#include "text.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_REASKS 3 /* an unreadable answer is re-asked this often, then the question skipped */

typedef struct PlayOptions {
    const char *pack, *name;
    bool text, no_save, seeded;
    uint64_t seed;
} PlayOptions;


typedef enum { ASK_ANSWERED, ASK_SKIPPED, ASK_EOF } AskResult;

static void help(FILE *out)
{
    fputs("Usage: byline play --text [--name NAME] [--no-save] [--seed N] PACK.json\n\n"
          "Plays a quiz pack in the terminal: prints the article, then asks each question and\n"
          "reads one answer per line:\n"
          "  choice      a number (1-9) or a letter (A-H)\n"
          "  several     numbers or letters, e.g. \"1 3\" or \"A,C\"\n"
          "  true/false  t, f, true, false, 1 or 2\n"
          "  order       the listed events' numbers in the right order, e.g. \"3 1 2\"\n"
          "  text        the answer, typed\n"
          "  evidence    the number of a sentence of the article, shown in [brackets]\n"
          "A question that asks for its evidence (\"cite\") then asks \"Which sentence shows\n"
          "it?\": type the number of the sentence, as for evidence questions; the two parts\n"
          "share the points (docs/scoring.md).\n"
          "An answer that cannot be read is asked again with a hint; after 3 re-asks the\n"
          "question is skipped (the sentence only: the answer still counts). After each\n"
          "answer Byline shows the right answer, the explanation and the supporting\n"
          "passage. Answers can be piped in:\n"
          "  printf '2\\nB\\n' | byline play --text pack.json\n"
          "If the input ends early, Byline stops and shows the score so far.\n\n"
          "Options:\n"
          "  --text       play in the terminal (the only mode of this command)\n"
          "  --name NAME  play as this student and save progress in\n"
          "               $XDG_DATA_HOME/byline/progress.db (or ~/.local/share/byline/)\n"
          "  --no-save    with --name: do not save anything\n"
          "  --seed N     shuffle order questions the same way every time\n"
          "  -h, --help   show this help\n\n"
          "Exit status: 0 the quiz ran (to the end or until the input ended) and, with --name,\n"
          "everything was saved; 1 the pack is invalid (its problems are printed as by\n"
          "'byline check'); 2 usage or I/O error, also when answers could not be saved (a full\n"
          "disk): the score screen then says how many.\n", out);
}

/* ---- options -------------------------------------------------------------------------------- */

static bool parse_seed(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-') return false;
    *out = (uint64_t)v;
    return true;
}

/* Fills o from argv; false (with a message on stderr) on a usage error. */
static bool parse_options(int argc, char **argv, PlayOptions *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool more = i + 1 < argc;
        if (strcmp(a, "--text") == 0) o->text = true;
        else if (strcmp(a, "--no-save") == 0) o->no_save = true;
        else if (strcmp(a, "--name") == 0 && more) o->name = argv[++i];
        else if (strncmp(a, "--name=", 7) == 0) o->name = a + 7;
        else if (strcmp(a, "--seed") == 0 && more && parse_seed(argv[i + 1], &o->seed)) {
            o->seeded = true;
            i++;
        } else if (strcmp(a, "--") == 0 && i + 2 == argc && !o->pack) o->pack = argv[++i];
        else if (a[0] != '-' && !o->pack) o->pack = a;
        else {
            fprintf(stderr, "byline play: %s '%s' (see 'byline help play')\n",
                    a[0] == '-' ? "bad option or missing value:" : "unexpected argument", cli_shown(a));
            return false;
        }
    }
    if (!o->pack || !o->text) {
        fputs(!o->pack ? "byline play: no pack given\n"
                       : "byline play: only the terminal mode exists here: add --text (the app "
                         "opens with 'byline PACK.json')\n", stderr);
        fputs("Usage: byline play --text [--name NAME] [--no-save] [--seed N] PACK.json\n", stderr);
        return false;
    }
    return true;
}

static bool read_line(Play *p)
{
    fputs("Your answer: ", p->out);
    fflush(p->out);
    ssize_t n = getline(&p->line, &p->line_cap, p->in);
    if (n < 0) {
        fputc('\n', p->out);
        return false;
    }
    while (n > 0 && (p->line[n - 1] == '\n' || p->line[n - 1] == '\r')) p->line[--n] = '\0';
    if (p->echo) fprintf(p->out, "%s\n", p->line);
    return true;
}

/* ---- reading answers ------------------------------------------------------------------------ */

/* Splits on spaces, commas and semicolons; returns the count (at most cap). */
static size_t tokens(char *s, char **out, size_t cap)
{
    size_t n = 0;
    for (char *t = strtok(s, " \t,;"); t; t = strtok(NULL, " \t,;")) {
        if (n == cap) return cap + 1;
        out[n++] = t;
    }
    return n;
}

/* "2", "B", "b)", "2." → index 1; -1 when not one of n items. */
static int item_index(const char *tok, size_t n)
{
    size_t len = strlen(tok);
    if (len > 1 && (tok[len - 1] == ')' || tok[len - 1] == '.')) len--;
    int v = -1;
    if (len == 1 && isalpha((unsigned char)tok[0])) v = toupper((unsigned char)tok[0]) - 'A';
    else if (len >= 1 && len <= 3 && strspn(tok, "0123456789") >= len) v = atoi(tok) - 1;
    return v >= 0 && (size_t)v < n ? v : -1;
}

static const char *read_choice(Play *p, const Question *q, char *line, Answer *a)
{
    char *tok[2];
    int i = tokens(line, tok, 1) == 1 ? item_index(tok[0], q->n_choices) : -1;
    if (i >= 0) {
        a->choice = i;
        return NULL;
    }
    snprintf(p->hint, sizeof p->hint, "Type one number from 1 to %zu (or a letter, A to %c).",
             q->n_choices, answer_letter((int)q->n_choices - 1));
    return p->hint;
}

static const char *read_multi(Play *p, const Question *q, char *line, Answer *a)
{
    char *tok[PACK_MAX_CHOICES];
    size_t n = tokens(line, tok, PACK_MAX_CHOICES);
    bool ok = n >= 1 && n <= PACK_MAX_CHOICES;
    for (size_t k = 0; ok && k < n; k++) {
        int i = item_index(tok[k], q->n_choices);
        ok = i >= 0;
        if (ok) a->picked |= 1u << i;
    }
    if (ok) return NULL;
    a->picked = 0;
    snprintf(p->hint, sizeof p->hint, "Type the numbers (1 to %zu) or letters of every choice "
             "you pick, e.g. \"1 3\" or \"A,C\".", q->n_choices);
    return p->hint;
}

static const char *read_truth(char *line, Answer *a)
{
    static const char *const yes[] = {"t", "true", "1"}, *const no[] = {"f", "false", "2"};
    char *tok[2];
    if (tokens(line, tok, 1) == 1) {
        for (char *c = tok[0]; *c; c++) *c = (char)tolower((unsigned char)*c);
        for (size_t i = 0; i < 3; i++) {
            if (strcmp(tok[0], yes[i]) == 0) a->truth = 1;
            if (strcmp(tok[0], no[i]) == 0) a->truth = 0;
        }
    }
    return a->truth >= 0 ? NULL : "Type t (true) or f (false).";
}

static const char *read_order(Play *p, const Question *q, const SessionItem *it, char *line,
                              Answer *a)
{
    char *tok[PACK_MAX_ORDER_EVENTS];
    size_t n = tokens(line, tok, PACK_MAX_ORDER_EVENTS);
    bool used[PACK_MAX_ORDER_EVENTS] = {false}, ok = n == q->n_order;
    for (size_t k = 0; ok && k < n; k++) {
        int i = item_index(tok[k], q->n_order);
        ok = i >= 0 && !used[i];
        if (ok) {
            used[i] = true;
            a->order[k] = it->arrangement[i];
        }
    }
    a->n_order = ok ? n : 0;
    if (ok) return NULL;
    snprintf(p->hint, sizeof p->hint, "Type each number from 1 to %zu once, in the order the "
             "events happened, e.g. \"2 1\" when event 2 came first.", q->n_order);
    return p->hint;
}

static const char *read_text(Play *p, const Question *q, const char *line, Answer *a)
{
    line += strspn(line, " \t");
    size_t len = strlen(line);
    while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t')) len--;
    if (len >= sizeof a->text) {
        snprintf(p->hint, sizeof p->hint, "That is too long: at most %zu bytes.",
                 sizeof a->text - 1);
        return p->hint;
    }
    if (!text_utf8_valid(line, len, NULL)) return "That is not readable text (UTF-8).";
    memcpy(a->text, line, len);
    a->text[len] = '\0';
    return answer_is_complete(q, a) ? NULL : "Type your answer in words.";
}

/* Global sentence number → article and sentence: the evidence answer's, or the cite pick. */
static bool pick_numbered(const Play *p, size_t number, Answer *a, bool cite)
{
    for (size_t ai = p->pack->n_articles; ai-- > 0;) {
        if (number <= p->sentence_base[ai]) continue;
        int sentence = (int)(number - 1 - p->sentence_base[ai]);
        return cite ? answer_cite_sentence(a, p->pack, (int)ai, sentence)
                    : answer_pick_sentence(a, p->pack, (int)ai, sentence);
    }
    return false;
}

static const char *read_sentence(Play *p, char *line, Answer *a, bool cite)
{
    char *tok[2];
    size_t len = tokens(line, tok, 1) == 1 ? strlen(tok[0]) : 0;
    if (len > 0 && len < 7 && strspn(tok[0], "0123456789") == len &&
        pick_numbered(p, (size_t)atoi(tok[0]), a, cite))
        return NULL;
    snprintf(p->hint, sizeof p->hint, "Type the number of one sentence, 1 to %zu (the numbers "
             "in [brackets] in the article).", p->n_sentences);
    return p->hint;
}

/* Reads p->line as an answer to q; NULL when it is one, else a hint. */
static const char *read_answer(Play *p, const Question *q, const SessionItem *it, Answer *a)
{
    answer_init(a, q, it->arrangement);
    char *line = p->line;
    switch (q->format) {
    case FORMAT_CHOICE: return read_choice(p, q, line, a);
    case FORMAT_MULTI: return read_multi(p, q, line, a);
    case FORMAT_TRUE_FALSE: return read_truth(line, a);
    case FORMAT_ORDER: return read_order(p, q, it, line, a);
    case FORMAT_TEXT: return read_text(p, q, line, a);
    case FORMAT_EVIDENCE: return read_sentence(p, line, a, false);
    default: return "This question cannot be answered here.";
    }
}

static void print_hint(const Play *p, const char *why)
{
    fputs(ansi(p, AMBER), p->out);
    print_text(p->out, "", why);
    fputs(ansi(p, RESET), p->out);
}

static AskResult ask(Play *p, const SessionItem *it, const Question *q, Answer *a)
{
    for (int tries = 0; tries <= MAX_REASKS; tries++) {
        if (!read_line(p)) return ASK_EOF;
        const char *why = read_answer(p, q, it, a);
        if (!why) return ASK_ANSWERED;
        print_hint(p, why);
    }
    fputs("Skipping this question.\n", p->out);
    return ASK_SKIPPED;
}

/* The second part of a cite question: the sentence that shows the answer, read into a's cite
 * pick. Skipped after the re-asks: the answer part still counts (docs/scoring.md). */
static AskResult ask_cite(Play *p, Answer *a)
{
    print_cite_question(p);
    for (int tries = 0; tries <= MAX_REASKS; tries++) {
        if (!read_line(p)) return ASK_EOF;
        const char *why = read_sentence(p, p->line, a, true);
        if (!why) return ASK_ANSWERED;
        print_hint(p, why);
    }
    fputs("Skipping the sentence; your answer still counts.\n", p->out);
    return ASK_SKIPPED;
}

/* ---- saving --------------------------------------------------------------------------------- */

/* A write to the store failed (a full disk, a removed folder): warn once on stderr, and count it
 * for the score screen, which must not let a student believe everything was saved. */
static void save_warning(Play *p)
{
    if (!p->save_warned) {
        fprintf(stderr, "byline play: progress could not be saved: %s\n", cli_shown(store_error(p->store)));
        snprintf(p->save_error, sizeof p->save_error, "%s", store_error(p->store));
        p->first_unsaved = session_position(p->session) + 1;
    }
    p->save_warned = true;
    p->unsaved++;
}

/* After the score: what was not saved, plainly, on the screen and on stderr. */
static void report_unsaved(const Play *p, size_t answers_unsaved)
{
    if (!p->unsaved) return;
    fprintf(p->out, "\n%sNOT SAVED:%s ", ansi(p, BOLD), ansi(p, RESET));
    if (answers_unsaved)
        fprintf(p->out, "%zu answer%s, from question %zu on, could not be saved, so the saved "
                "results do not have this score.\n", answers_unsaved,
                answers_unsaved == 1 ? "" : "s", p->first_unsaved);
    else
        fputs("part of your progress (the review schedule or the final score) could not be "
              "saved.\n", p->out);
    fprintf(p->out, "Reason: %s\n", p->save_error);
    fprintf(stderr, "byline play: %zu answer%s not saved (%s)\n", answers_unsaved,
            answers_unsaved == 1 ? "" : "s", p->save_error);
}

static void save_answer(Play *p, const Question *q, const SessionItem *it)
{
    if (!p->store) return;
    char described[1024], data[ANSWER_CODE_MAX] = "-";
    bool answered = it->state == ITEM_ANSWERED;
    answer_describe(p->pack, q, &it->answer, described, sizeof described);
    /* A skip is stored as "-": a skipped order item still holds its (complete) arrangement. */
    if (answered && !answer_encode(&it->answer, data, sizeof data)) strcpy(data, "-");
    StoredAnswer sa = {.question_id = q->id, .kind = pack_kind_name(q->kind),
                       .answer = answered ? described : "(skipped)", .answer_data = data,
                       .correct = answered && it->grade.correct, .points = it->grade.points,
                       .max_points = q->points, .seconds = it->seconds};
    int64_t now = (int64_t)time(NULL);
    if (!store_answer(p->store, p->attempt, &sa, now)) {
        save_warning(p);
        p->unsaved_answers++;
    } else if (!store_review_record(p->store, p->profile, p->pack->id, q->id, sa.correct, now)) {
        save_warning(p);
    }
}

static bool open_store(Play *p, const char *name)
{
    char path[4096], err[600];
    if (!store_default_path(path, sizeof path)) {
        fprintf(stderr, "byline play: cannot make a place for progress (%s): %s\n"
                        "(use --no-save to play without saving)\n",
                path[0] ? path : "$HOME is not set", strerror(errno));
        return false;
    }
    if (!(p->store = store_open(path, err, sizeof err))) {
        fprintf(stderr, "byline play: %s\n(use --no-save to play without saving)\n", cli_shown(err));
        return false;
    }
    p->profile = store_profile(p->store, name);
    int64_t now = (int64_t)time(NULL);
    if (p->profile >= 0)
        p->attempt = store_attempt_begin(p->store, p->profile, p->pack->id, "text", now);
    if (p->profile < 0 || p->attempt < 0) {
        fprintf(stderr, "byline play: %s\n", cli_shown(store_error(p->store)));
        return false;
    }
    fprintf(p->out, "Playing as %s; progress is saved in %s\n", name, path);
    return true;
}

/* ---- the game ------------------------------------------------------------------------------- */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Asks the current question and records the outcome; false at end of input. */
static bool play_one(Play *p)
{
    const SessionItem *it = session_current(p->session);
    const Question *q = session_question(p->session);
    print_question(p, it, q);
    double t0 = now_seconds();
    Answer a;
    AskResult r = ask(p, it, q, &a);
    if (r == ASK_EOF) return false;
    /* No feedback between the two parts: the passage shown would give the sentence away. */
    AskResult cite = r == ASK_ANSWERED && q->cite ? ask_cite(p, &a) : ASK_ANSWERED;
    if (cite == ASK_EOF) return false;
    bool recorded = cite == ASK_ANSWERED
                        ? session_submit(p->session, &a, now_seconds() - t0, NULL)
                        : session_submit_answer_part(p->session, &a, now_seconds() - t0, NULL);
    if (r == ASK_ANSWERED && !recorded)
        fputs("(That answer could not be recorded; skipping.)\n", p->out);
    session_skip(p->session); /* no-op when answered */
    print_feedback(p, q, it);
    save_answer(p, q, it);
    session_next(p->session);
    return true;
}

/* Points and right answers over the questions asked so far (skips included, questions not
 * reached left out: when the input ends early, the score is of what was asked). */
typedef struct Tally {
    double score[KIND_COUNT + 1], max[KIND_COUNT + 1]; /* [KIND_COUNT] is the total */
    int right[KIND_COUNT + 1], done[KIND_COUNT + 1];
} Tally;

static Tally tally(const Play *p)
{
    Tally t;
    memset(&t, 0, sizeof t);
    for (size_t i = 0; i < session_count(p->session); i++) {
        const SessionItem *it = session_item(p->session, i);
        if (it->state == ITEM_PENDING) continue;
        const Question *q = &p->pack->questions[it->question];
        bool answered = it->state == ITEM_ANSWERED;
        for (int k = 0; k < 2; k++) {
            int slot = k ? KIND_COUNT : (int)q->kind;
            t.score[slot] += answered ? it->grade.points : 0;
            t.max[slot] += q->points;
            t.right[slot] += answered && it->grade.correct;
            t.done[slot]++;
        }
    }
    return t;
}

static void print_summary(const Play *p, bool stopped)
{
    Tally t = tally(p);
    char a[32], b[32];
    fputc('\n', p->out);
    if (stopped)
        fprintf(p->out, "Stopped after %d of %zu questions (end of input).\n", t.done[KIND_COUNT],
                session_count(p->session));
    for (int k = 0; k < KIND_COUNT; k++)
        if (t.done[k])
            fprintf(p->out, "  %-9s %s/%s points, %d of %d right\n",
                    pack_kind_name((QuestionKind)k), fmt_points(t.score[k], a, sizeof a),
                    fmt_points(t.max[k], b, sizeof b), t.right[k], t.done[k]);
    const int all = KIND_COUNT;
    fprintf(p->out, "%sScore: %s/%s (%d of %d right)%s\n", ansi(p, BOLD),
            fmt_points(t.score[all], a, sizeof a), fmt_points(t.max[all], b, sizeof b),
            t.right[all], t.done[all], ansi(p, RESET));
}

static bool wants_color(void)
{
    const char *term = getenv("TERM");
    return isatty(STDOUT_FILENO) && !getenv("NO_COLOR") && term && strcmp(term, "dumb") != 0;
}

/* Loads the pack, printing its problems as `byline check` does; returns the exit status on
 * failure (1 invalid, 2 unreadable) or 0 with *out set. */
static int load_pack(const char *path, Pack **out)
{
    if (!cli_probe_file("play", path, "open")) return 2;
    Diagnostics d;
    diag_init(&d, path);
    *out = pack_load_file(path, &d);
    diag_print(&d, stderr);
    if (!*out)
        fprintf(stderr, "byline play: %s is not a valid pack: %zu error%s (see 'byline check')\n",
                cli_shown(path), d.errors, d.errors == 1 ? "" : "s");
    diag_free(&d);
    return *out ? 0 : 1;
}

static int run(int argc, char **argv)
{
    PlayOptions o = {0};
    if (!parse_options(argc, argv, &o)) return 2;
    Pack *pack = NULL;
    int status = load_pack(o.pack, &pack);
    if (status) return status;
    uint64_t seed = o.seeded ? o.seed : (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
    Play p = {.pack = pack, .in = stdin, .out = stdout, .color = wants_color(),
              .echo = !isatty(STDIN_FILENO), .profile = -1, .attempt = -1};
    if (!(p.session = session_create(pack, NULL, 0, seed))) {
        fputs("byline play: out of memory\n", stderr);
        status = 2;
        goto done;
    }
    number_sentences(&p);
    p.numbered = session_has_evidence(p.session);
    if (o.name && !o.no_save && !open_store(&p, o.name)) {
        status = 2;
        goto done;
    }
    print_intro(&p);
    bool more = true;
    while (more && !session_finished(p.session)) more = play_one(&p);
    print_summary(&p, !more);
    if (more && p.store) {
        SessionTotals t = session_totals(p.session);
        if (!store_attempt_finish(p.store, p.attempt, t.score, t.max_score, (int64_t)time(NULL)))
            save_warning(&p);
    }
    report_unsaved(&p, p.unsaved_answers);
    if (p.unsaved) status = 2;
    if (fflush(stdout) != 0 || ferror(stdout)) status = 2;
done:
    free(p.line);
    store_close(p.store);
    session_free(p.session);
    pack_free(pack);
    return status;
}

const Command cmd_play = {"play", "play a pack in the terminal (--text)", run, help};
