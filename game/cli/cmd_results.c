/* cmd_results.c — `byline results`: saved sessions, and CSV for a gradebook.
 *
 * The CSV is RFC 4180 (CRLF, quoted when needed) in UTF-8 with a byte-order mark, which is what
 * Excel needs to read UTF-8 and LibreOffice accepts. Text a student typed (a name, an answer)
 * that starts with = + - @ is prefixed with an apostrophe so a spreadsheet shows it instead of
 * running it as a formula. */
#define _POSIX_C_SOURCE 200809L
#include "cli_io.h"
#include "commands.h"
#include "play_text.h" /* fmt_points */
#include "progress.h"
#include "store_path.h"
#include "results_cite.h"
#include "results_compare.h"
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void help(FILE *out)
{
    fputs("Usage: byline results [--csv] [--summary] [--session ID] [--student NAME]\n"
          "                      [--pack ID] [--packs PATH] [--store FILE|DIR] [-o FILE]\n\n"
          "Lists saved sessions: self-study attempts, terminal games, classroom sessions\n"
          "(one session for all teams) and live classes (one session for all students),\n"
          "with who took part and their scores.\n\n"
          "Options:\n"
          "  --csv          one row per student (or team) per question:\n"
          "                 student,pack,question,kind,answer,correct,points,max_points,\n"
          "                 seconds,timestamp,session,mode,answer_correct,evidence_correct,\n"
          "                 evidence — UTF-8, opens in LibreOffice/Excel; the last three are\n"
          "                 the two parts of questions that ask for their evidence (\"cite\"),\n"
          "                 empty for other questions\n"
          "  --summary      one row per student and pack: attempts, answered, correct, points,\n"
          "                 max points, percent, time (a table, or CSV with --csv); then\n"
          "                 how many questions tagged \"compare\" each got right, and the\n"
          "                 guesses (right answer, wrong evidence) and misreadings (wrong\n"
          "                 answer, right evidence) of cite questions, per student and question\n"
          "  --packs PATH   a pack or a folder of packs read to find comparison and cite\n"
          "                 questions (default: the bundled packs)\n"
          "  --session ID   only this session (see the list)\n"
          "  --student NAME only this student or team\n"
          "  --pack ID      only this pack\n"
          "  --store FILE   the progress store, or a folder holding progress.db (the app's\n"
          "                 --store DIR); default: $XDG_DATA_HOME/byline/progress.db or\n"
          "                 ~/.local/share/byline/progress.db. Only read, never written.\n"
          "  --no-bom       CSV without the UTF-8 byte-order mark\n"
          "  -o FILE        write to FILE instead of standard output\n\n"
          "Points are shown to two decimals. In classroom sessions with the speed bonus, SCORE\n"
          "is the points earned of the points possible and WITH BONUS the team's total with\n"
          "the bonus (the CSV keeps exact values, bonus included in points).\n\n"
          "Exit status: 0 success (also when nothing is saved yet), 2 usage or store error.\n",
          out);
}

typedef struct Opts {
    bool csv, summary, bom;
    int64_t session; /* 0 = all */
    const char *student, *pack, *store, *out, *packs;
} Opts;

/* ---- CSV ----------------------------------------------------------------------------------- */

#define CSV_HEADER                                                                                \
    "student,pack,question,kind,answer,correct,points,max_points,seconds,timestamp,session,mode," \
    "answer_correct,evidence_correct,evidence"

static void csv_field(FILE *f, const char *s, bool typed)
{
    if (!s) s = "";
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    bool formula = typed && strchr("=+-@\t\r", s[0]) && s[0];
    if (quote) fputc('"', f);
    if (formula) fputc('\'', f);
    for (; *s; s++) {
        if (*s == '"') fputc('"', f);
        fputc(*s, f);
    }
    if (quote) fputc('"', f);
}

static void iso_time(int64_t t, char *buf, size_t n)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (t <= 0 || !gmtime_r(&tt, &tm)) {
        snprintf(buf, n, "%s", "");
        return;
    }
    strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

typedef struct Ctx {
    const Opts *o;
    FILE *f;
    size_t rows;
    /* summary accumulators, one per (student, pack) */
    struct Sum {
        char *student, *pack;
        int64_t last_attempt;
        int attempts, answered, correct;
        double points, max_points, seconds, bonus;
        int compare_answered, compare_correct; /* questions tagged "compare" */
        int cited, guesses, misreads;          /* cite questions (docs/scoring.md) */
    } *sums;
    size_t n_sums, cap_sums;
    /* --summary: cite questions one by one */
    struct CiteSum {
        char *pack, *question;
        int cited, guesses, misreads;
    } *cites;
    size_t n_cites, cap_cites;
    CiteSet *cite;
    /* the list: the speed bonus in each attempt's score */
    struct Bonus {
        int64_t attempt;
        double bonus;
    } *bonuses;
    size_t n_bonuses, cap_bonuses;
    CompareSet *compare;
} Ctx;

/* The presenter's speed bonus in a stored answer: a fully right answer stores its points plus
 * the bonus (docs/presenter.md), so whatever is above the question's points is bonus. */
static double answer_bonus(const StoredAnswer *a)
{
    return a->points > a->max_points ? a->points - a->max_points : 0;
}

static void pts(double v, char *buf, size_t n) { fmt_points(v, buf, n); }

/* ",answer_correct,evidence_correct,evidence": the parts of a cite question (a skip is wrong on
 * both), empty for other questions and for codes that no longer fit the pack. */
static void csv_cite_fields(Ctx *c, const StoredAnswerRow *r)
{
    CiteParts parts;
    cite_set_parts(c->cite, r->pack_id, r->answer.question_id, r->answer.answer_data, &parts);
    if (!parts.cite || !parts.graded) {
        fputs(",,,", c->f);
        return;
    }
    fprintf(c->f, ",%s,%s,", parts.grade.answer_correct ? "yes" : "no",
            parts.grade.evidence_correct ? "yes" : "no");
    csv_field(c->f, parts.sentence, true);
}

static void csv_answer_row(const StoredAnswerRow *r, void *vctx)
{
    Ctx *c = vctx;
    if (c->o->session && r->session != c->o->session) return;
    char ts[32], num[64];
    iso_time(r->answered, ts, sizeof ts);
    csv_field(c->f, r->profile, true);
    fputc(',', c->f);
    csv_field(c->f, r->pack_id, false);
    fputc(',', c->f);
    csv_field(c->f, r->answer.question_id, false);
    fputc(',', c->f);
    csv_field(c->f, r->answer.kind, false);
    fputc(',', c->f);
    csv_field(c->f, r->answer.answer, true);
    snprintf(num, sizeof num, ",%s,%g,%g,%.1f,", r->answer.correct ? "yes" : "no",
             r->answer.points, r->answer.max_points, r->answer.seconds);
    fputs(num, c->f);
    csv_field(c->f, ts, false);
    fprintf(c->f, ",%lld,", (long long)r->session);
    csv_field(c->f, r->mode, false);
    csv_cite_fields(c, r);
    fputs("\r\n", c->f);
    c->rows++;
}

/* ---- summary --------------------------------------------------------------------------------- */

static struct Sum *sum_for(Ctx *c, const char *student, const char *pack)
{
    for (size_t i = 0; i < c->n_sums; i++)
        if (strcmp(c->sums[i].student, student) == 0 && strcmp(c->sums[i].pack, pack) == 0)
            return &c->sums[i];
    if (c->n_sums == c->cap_sums) {
        size_t cap = c->cap_sums ? c->cap_sums * 2 : 16;
        struct Sum *v = realloc(c->sums, cap * sizeof *v);
        if (!v) return NULL;
        c->sums = v;
        c->cap_sums = cap;
    }
    struct Sum *s = &c->sums[c->n_sums];
    memset(s, 0, sizeof *s);
    s->student = strdup(student);
    s->pack = strdup(pack);
    if (!s->student || !s->pack) {
        free(s->student);
        free(s->pack);
        return NULL;
    }
    c->n_sums++;
    return s;
}

static struct CiteSum *cite_sum_for(Ctx *c, const char *pack, const char *question)
{
    for (size_t i = 0; i < c->n_cites; i++)
        if (strcmp(c->cites[i].pack, pack) == 0 && strcmp(c->cites[i].question, question) == 0)
            return &c->cites[i];
    if (c->n_cites == c->cap_cites) {
        size_t cap = c->cap_cites ? c->cap_cites * 2 : 16;
        struct CiteSum *v = realloc(c->cites, cap * sizeof *v);
        if (!v) return NULL;
        c->cites = v;
        c->cap_cites = cap;
    }
    struct CiteSum *q = &c->cites[c->n_cites];
    memset(q, 0, sizeof *q);
    q->pack = strdup(pack);
    q->question = strdup(question);
    if (!q->pack || !q->question) {
        free(q->pack);
        free(q->question);
        return NULL;
    }
    c->n_cites++;
    return q;
}

/* Counts a cite question's answer for the student and for the question. */
static void sum_cite(Ctx *c, struct Sum *s, const StoredAnswerRow *r)
{
    CiteParts parts;
    cite_set_parts(c->cite, r->pack_id, r->answer.question_id, r->answer.answer_data, &parts);
    CiteOutcome o = parts.graded ? answer_cite_outcome(&parts.grade) : CITE_NONE;
    if (o == CITE_NONE) return;
    struct CiteSum *q = cite_sum_for(c, r->pack_id, r->answer.question_id);
    bool guess = o == CITE_GUESS, misread = o == CITE_MISREAD;
    s->cited++, s->guesses += guess, s->misreads += misread;
    if (q) q->cited++, q->guesses += guess, q->misreads += misread;
}

static void sum_answer_row(const StoredAnswerRow *r, void *vctx)
{
    Ctx *c = vctx;
    if (c->o->session && r->session != c->o->session) return;
    struct Sum *s = sum_for(c, r->profile ? r->profile : "", r->pack_id ? r->pack_id : "");
    if (!s) return;
    if (s->last_attempt != r->attempt) {
        s->attempts++;
        s->last_attempt = r->attempt;
    }
    s->answered++;
    s->correct += r->answer.correct;
    s->points += r->answer.points - answer_bonus(&r->answer);
    s->bonus += answer_bonus(&r->answer);
    s->max_points += r->answer.max_points;
    s->seconds += r->answer.seconds;
    if (compare_set_has(c->compare, r->pack_id, r->answer.question_id)) {
        s->compare_answered++;
        s->compare_correct += r->answer.correct;
    }
    sum_cite(c, s, r);
}

static double compare_percent(const struct Sum *s)
{
    return s->compare_answered ? 100.0 * s->compare_correct / s->compare_answered : 0;
}

/* Comparison questions on their own, so a teacher sees whether the class can compare sources:
 * a second table after the summary, only for students who answered any. */
static void print_compare_table(Ctx *c)
{
    bool header = false;
    for (size_t i = 0; i < c->n_sums; i++) {
        const struct Sum *s = &c->sums[i];
        if (!s->compare_answered) continue;
        if (!header)
            fprintf(c->f, "\nComparison questions (tagged \"compare\"):\n%-24s %-24s %8s %7s %7s\n",
                    "STUDENT", "PACK", "ANSWERED", "CORRECT", "PERCENT");
        header = true;
        fprintf(c->f, "%-24.24s %-24.24s %8d %7d %6.0f%%\n", s->student, s->pack,
                s->compare_answered, s->compare_correct, compare_percent(s));
    }
}

/* Right for the wrong reason: guesses and misreadings of cite questions, by student and by
 * question, after the summary; only when any cite question was answered. */
static void print_cite_tables(Ctx *c)
{
    if (!c->n_cites) return;
    fprintf(c->f, "\nQuestions that ask for the evidence (guess: right answer, wrong sentence;\n"
                  "misreading: wrong answer, right sentence):\n%-24s %-24s %7s %7s %11s\n",
            "STUDENT", "PACK", "CITED", "GUESSES", "MISREADINGS");
    for (size_t i = 0; i < c->n_sums; i++) {
        const struct Sum *s = &c->sums[i];
        if (s->cited)
            fprintf(c->f, "%-24.24s %-24.24s %7d %7d %11d\n", s->student, s->pack, s->cited,
                    s->guesses, s->misreads);
    }
    fprintf(c->f, "\n%-24s %-24s %7s %7s %11s\n", "QUESTION", "PACK", "CITED", "GUESSES",
            "MISREADINGS");
    for (size_t i = 0; i < c->n_cites; i++) {
        const struct CiteSum *q = &c->cites[i];
        fprintf(c->f, "%-24.24s %-24.24s %7d %7d %11d\n", q->question, q->pack, q->cited,
                q->guesses, q->misreads);
    }
}

static void print_summary(Ctx *c)
{
    if (c->o->csv) {
        fputs("student,pack,attempts,answered,correct,points,max_points,percent,seconds,"
              "speed_bonus,compare_answered,compare_correct,compare_percent,cited,guesses,"
              "misreadings\r\n", c->f);
    } else {
        fprintf(c->f, "%-24s %-24s %8s %8s %7s %15s %7s %8s %11s\n", "STUDENT", "PACK",
                "ATTEMPTS", "ANSWERED", "CORRECT", "POINTS", "PERCENT", "TIME", "SPEED BONUS");
    }
    for (size_t i = 0; i < c->n_sums; i++) {
        const struct Sum *s = &c->sums[i];
        double pct = s->max_points > 0 ? 100.0 * s->points / s->max_points : 0;
        if (c->o->csv) {
            csv_field(c->f, s->student, true);
            fputc(',', c->f);
            csv_field(c->f, s->pack, false);
            fprintf(c->f, ",%d,%d,%d,%g,%g,%.0f,%.0f,%g", s->attempts, s->answered, s->correct,
                    s->points, s->max_points, pct, s->seconds, s->bonus);
            fprintf(c->f, ",%d,%d,%.0f,%d,%d,%d\r\n", s->compare_answered, s->compare_correct,
                    compare_percent(s), s->cited, s->guesses, s->misreads);
        } else {
            char p[32], m[32], b[40], both[72];
            pts(s->points, p, sizeof p);
            pts(s->max_points, m, sizeof m);
            snprintf(both, sizeof both, "%s/%s", p, m);
            pts(s->bonus, b + 1, sizeof b - 1);
            b[0] = '+';
            fprintf(c->f, "%-24.24s %-24.24s %8d %8d %7d %15s %6.0f%% %6.0f s %11s\n", s->student,
                    s->pack, s->attempts, s->answered, s->correct, both, pct, s->seconds,
                    s->bonus > 0 ? b : "");
        }
        c->rows++;
    }
    if (!c->o->csv) print_compare_table(c);
    if (!c->o->csv) print_cite_tables(c);
}

/* ---- the session list ------------------------------------------------------------------------ */

static void list_attempt(const StoredAttempt *a, void *vctx)
{
    Ctx *c = vctx;
    if (c->o->session && a->session != c->o->session) return;
    char when[32], score[80], total[40] = "", p[32], m[32];
    time_t t = (time_t)a->started;
    struct tm tm;
    if (localtime_r(&t, &tm)) strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
    else snprintf(when, sizeof when, "?");
    double bonus = 0;
    for (size_t i = 0; i < c->n_bonuses; i++)
        if (c->bonuses[i].attempt == a->id) bonus = c->bonuses[i].bonus;
    if (a->finished) {
        /* Never a score over the maximum: the bonus is its own column. */
        pts(a->score - bonus, p, sizeof p);
        pts(a->max_score, m, sizeof m);
        snprintf(score, sizeof score, "%s/%s", p, m);
        if (bonus > 0) pts(a->score, total, sizeof total);
    } else {
        snprintf(score, sizeof score, "unfinished");
    }
    fprintf(c->f, "%7lld %7lld  %-16s  %-8s %-24.24s %-24.24s %-11s %s\n", (long long)a->session,
            (long long)a->id, when, a->mode, a->pack_id, a->profile, score, total);
    c->rows++;
}

static void bonus_row(const StoredAnswerRow *r, void *vctx)
{
    Ctx *c = vctx;
    double b = answer_bonus(&r->answer);
    if (b <= 0) return;
    for (size_t i = 0; i < c->n_bonuses; i++)
        if (c->bonuses[i].attempt == r->attempt) {
            c->bonuses[i].bonus += b;
            return;
        }
    if (c->n_bonuses == c->cap_bonuses) {
        size_t cap = c->cap_bonuses ? c->cap_bonuses * 2 : 16;
        struct Bonus *v = realloc(c->bonuses, cap * sizeof *v);
        if (!v) return;
        c->bonuses = v;
        c->cap_bonuses = cap;
    }
    c->bonuses[c->n_bonuses++] = (struct Bonus){r->attempt, b};
}

/* ---- the command --------------------------------------------------------------------------------- */

static int parse(int argc, char **argv, Opts *o)
{
    *o = (Opts){.bom = true};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool v = i + 1 < argc;
        if (strcmp(a, "--csv") == 0) o->csv = true;
        else if (strcmp(a, "--summary") == 0) o->summary = true;
        else if (strcmp(a, "--no-bom") == 0) o->bom = false;
        else if (strcmp(a, "--session") == 0 && v) {
            char *end;
            o->session = strtoll(argv[++i], &end, 10);
            if (*end || o->session <= 0) {
                fprintf(stderr, "byline results: --session needs a session number\n");
                return 2;
            }
        } else if (strcmp(a, "--student") == 0 && v) o->student = argv[++i];
        else if (strcmp(a, "--pack") == 0 && v) o->pack = argv[++i];
        else if (strcmp(a, "--store") == 0 && v) o->store = argv[++i];
        else if (strcmp(a, "--packs") == 0 && v) o->packs = argv[++i];
        else if (strcmp(a, "-o") == 0 && v) o->out = argv[++i];
        else {
            fprintf(stderr, "byline results: unknown or incomplete option '%s' (see 'byline help results')\n", cli_shown(a));
            return 2;
        }
    }
    return 0;
}

static int report(Store *s, const Opts *o, FILE *f)
{
    Ctx c = {.o = o, .f = f};
    bool ok;
    if (o->summary || o->csv) c.cite = cite_set_load(o->packs);
    if (o->summary) {
        c.compare = compare_set_load(o->packs);
        ok = store_each_answer(s, o->student, o->pack, sum_answer_row, &c);
        if (ok) {
            if (o->csv && o->bom) fputs("\xEF\xBB\xBF", f);
            print_summary(&c);
        }
    } else if (o->csv) {
        if (o->bom) fputs("\xEF\xBB\xBF", f);
        fputs(CSV_HEADER "\r\n", f);
        ok = store_each_answer(s, o->student, o->pack, csv_answer_row, &c);
    } else {
        fprintf(f, "%7s %7s  %-16s  %-8s %-24s %-24s %-11s %s\n", "SESSION", "ATTEMPT", "STARTED",
                "MODE", "PACK", "STUDENT", "SCORE", "WITH BONUS");
        ok = store_each_answer(s, o->student, o->pack, bonus_row, &c) &&
             store_each_attempt(s, o->student, o->pack, list_attempt, &c);
        if (ok && c.rows == 0) fputs("(no saved sessions match)\n", f);
    }
    for (size_t i = 0; i < c.n_sums; i++) {
        free(c.sums[i].student);
        free(c.sums[i].pack);
    }
    free(c.sums);
    for (size_t i = 0; i < c.n_cites; i++) {
        free(c.cites[i].pack);
        free(c.cites[i].question);
    }
    free(c.cites);
    free(c.bonuses);
    compare_set_free(c.compare);
    cite_set_free(c.cite);
    if (!ok) {
        fprintf(stderr, "byline results: %s\n", cli_shown(store_error(s)));
        return 2;
    }
    return 0;
}

static int run(int argc, char **argv)
{
    Opts o;
    if (parse(argc, argv, &o)) return 2;
    char path[4096], err[512];
    if (o.store) {
        /* A file, or a folder holding progress.db: see store_path.h. */
        if (!store_path_resolve(o.store, false, path, sizeof path, err, sizeof err)) {
            fprintf(stderr, "byline results: %s\n", cli_shown(err));
            return 2;
        }
    } else if (!store_default_path(path, sizeof path)) {
        fprintf(stderr, "byline results: no store location (set HOME or use --store FILE)\n");
        return 2;
    }
    if (access(path, F_OK) != 0) {
        /* Nothing saved yet: say so, and do not create an empty store just to read it. */
        fprintf(stderr, "byline results: no saved results yet (%s)\n", cli_shown(path));
        if (o.csv && !o.summary) printf("%s" CSV_HEADER "\r\n", o.bom ? "\xEF\xBB\xBF" : "");
        return 0;
    }
    /* Read-only: works on a full disk and leaves no -wal/-shm files behind. */
    Store *s = store_open_readonly(path, err, sizeof err);
    if (!s) {
        fprintf(stderr, "byline results: %s\n", cli_shown(err));
        return 2;
    }
    FILE *f = o.out ? fopen(o.out, "wb") : stdout;
    int rc = 2;
    if (!f) fprintf(stderr, "byline results: %s: cannot write\n", cli_shown(o.out));
    else rc = report(s, &o, f);
    if (f && f != stdout && fclose(f) != 0) rc = 2;
    store_close(s);
    return rc;
}

const Command cmd_results = {"results", "list saved sessions; export results as CSV", run, help};
