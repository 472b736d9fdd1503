/* class_stats.c — see class_stats.h.
 *
 * One pass over the pack's stored answers collects a small record per answer (student number,
 * question index, time, order seen); sorting them by student, question, time and order puts each
 * student's latest answer to a question last in its group, and one more pass adds those up. Memory
 * is proportional to the answers stored, whatever the number of students or questions. */
#include "class_stats.h"
#include "answer.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Row {
    int student, question;
    int64_t answered;
    size_t seq;           /* order in the store (attempt, then answer): breaks ties in time */
    bool correct;
    double points, seconds;
    CiteOutcome cite;     /* cite questions: the parts, graded again from the stored code */
} Row;

typedef struct Build {
    const Pack *pack;
    char **names;         /* students seen, numbered by position */
    size_t n_names, cap_names, last;
    Row *rows;
    size_t n_rows, cap_rows;
    size_t ignored;
    bool oom;
} Build;

/* The student's number, adding the name when new; -1 when out of memory. Rows come grouped by
 * attempt, so the previous row's student is tried first. */
static int student_of(Build *b, const char *name)
{
    if (b->last < b->n_names && strcmp(b->names[b->last], name) == 0) return (int)b->last;
    for (size_t i = 0; i < b->n_names; i++)
        if (strcmp(b->names[i], name) == 0) return (int)(b->last = i);
    if (b->n_names == b->cap_names) {
        size_t cap = b->cap_names ? 2 * b->cap_names : 16;
        char **v = realloc(b->names, cap * sizeof *v);
        if (!v) return -1;
        b->names = v;
        b->cap_names = cap;
    }
    size_t n = strlen(name) + 1;
    char *copy = malloc(n);
    if (!copy) return -1;
    memcpy(copy, name, n);
    b->names[b->n_names] = copy;
    return (int)(b->last = b->n_names++);
}

static bool grow_rows(Build *b)
{
    if (b->n_rows < b->cap_rows) return true;
    size_t cap = b->cap_rows ? 2 * b->cap_rows : 64;
    Row *v = realloc(b->rows, cap * sizeof *v);
    if (!v) return false;
    b->rows = v;
    b->cap_rows = cap;
    return true;
}

/* How the two parts of a stored answer to a cite question came out; CITE_NONE for other
 * questions, skips and codes that no longer fit the pack. */
static CiteOutcome cite_of(const Pack *p, int q, const char *code)
{
    Grade g;
    if (!p->questions[q].cite || !code || !answer_grade_code(p, &p->questions[q], code, &g))
        return CITE_NONE;
    return answer_cite_outcome(&g);
}

static void collect(const StoredAnswerRow *r, void *ctx)
{
    Build *b = ctx;
    if (b->oom || (r->mode && strcmp(r->mode, "present") == 0)) return;
    int q = pack_find_question(b->pack, r->answer.question_id);
    if (q < 0) {
        b->ignored++;
        return;
    }
    int student = student_of(b, r->profile ? r->profile : "");
    if (student < 0 || !grow_rows(b)) {
        b->oom = true;
        return;
    }
    b->rows[b->n_rows] = (Row){student, q, r->answered, b->n_rows, r->answer.correct,
                               r->answer.points, r->answer.seconds,
                               cite_of(b->pack, q, r->answer.answer_data)};
    b->n_rows++;
}

static int by_student_question_time(const void *pa, const void *pb)
{
    const Row *a = pa, *b = pb;
    if (a->student != b->student) return a->student < b->student ? -1 : 1;
    if (a->question != b->question) return a->question < b->question ? -1 : 1;
    if (a->answered != b->answered) return a->answered < b->answered ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Most missed first: lowest rate, then more students, then pack order; unanswered last. */
static int most_missed_first(const void *pa, const void *pb)
{
    const ClassQuestion *a = pa, *b = pb;
    bool na = a->students == 0, nb = b->students == 0;
    if (na != nb) return na ? 1 : -1;
    if (!na && a->rate != b->rate) return a->rate < b->rate ? -1 : 1;
    if (a->students != b->students) return a->students > b->students ? -1 : 1;
    return a->question < b->question ? -1 : a->question > b->question;
}

/* Adds each student's latest answer per question (the last row of each sorted group). */
static void tally(const Build *b, ClassStats *cs, bool *seen_student)
{
    const Pack *p = b->pack;
    for (size_t i = 0; i < b->n_rows; i++) {
        const Row *r = &b->rows[i];
        if (i + 1 < b->n_rows && r[1].student == r->student && r[1].question == r->question) continue;
        ClassQuestion *cq = &cs->questions[r->question];
        ClassKind *k = &cs->kinds[p->questions[r->question].kind];
        cq->students++;
        cq->right += r->correct;
        cq->avg_points += r->points; /* sums until divided below */
        cq->avg_seconds += r->seconds;
        k->answers++;
        k->right += r->correct;
        k->points += r->points;
        k->max_points += p->questions[r->question].points;
        cs->answers++;
        if (!seen_student[r->student]) cs->students++;
        seen_student[r->student] = true;
        ClassStudent *st = &cs->by_student[r->student];
        st->answers++;
        st->right += r->correct;
        if (r->cite == CITE_NONE) continue;
        bool guess = r->cite == CITE_GUESS, misread = r->cite == CITE_MISREAD;
        cq->cited++, st->cited++, cs->cited++;
        cq->guesses += guess, st->guesses += guess, cs->guesses += guess;
        cq->misreads += misread, st->misreads += misread, cs->misreads += misread;
    }
}

static int by_name(const void *pa, const void *pb)
{
    return strcmp(((const ClassStudent *)pa)->name, ((const ClassStudent *)pb)->name);
}

/* Hands the students' names to out->by_student (numbered as in the build); false when out of
 * memory. */
static bool take_students(Build *b, ClassStats *out)
{
    out->by_student = calloc(b->n_names ? b->n_names : 1, sizeof *out->by_student);
    if (!out->by_student) return false;
    for (size_t i = 0; i < b->n_names; i++) out->by_student[i].name = b->names[i];
    out->n_by_student = b->n_names;
    b->n_names = 0; /* the names are the stats' now */
    return true;
}

/* Sorts the students by name (each has a counted answer: names come only with rows). */
static void sort_students(ClassStats *cs)
{
    if (cs->n_by_student)
        qsort(cs->by_student, cs->n_by_student, sizeof *cs->by_student, by_name);
}

static void finish(ClassStats *cs, const Pack *p)
{
    for (size_t i = 0; i < cs->n_questions; i++) {
        ClassQuestion *cq = &cs->questions[i];
        cq->rate = cq->students ? (double)cq->right / cq->students : -1.0;
        if (cq->students) {
            cq->avg_points /= cq->students;
            cq->avg_seconds /= cq->students;
        }
    }
    for (size_t i = 0; i < p->n_questions; i++) cs->kinds[p->questions[i].kind].questions++;
    for (int k = 0; k < KIND_COUNT; k++)
        cs->kinds[k].rate = cs->kinds[k].answers ? (double)cs->kinds[k].right / cs->kinds[k].answers : -1.0;
    qsort(cs->questions, cs->n_questions, sizeof *cs->questions, most_missed_first);
}

static void build_free(Build *b)
{
    for (size_t i = 0; i < b->n_names; i++) free(b->names[i]);
    free(b->names);
    free(b->rows);
}

bool class_stats_build(Store *s, const Pack *p, ClassStats *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    Build b = {.pack = p};
    bool *seen = NULL, ok = false;
    if (!store_each_answer(s, NULL, p->id, collect, &b)) {
        snprintf(err, errlen, "cannot read the saved answers: %s", store_error(s));
        goto done;
    }
    out->questions = calloc(p->n_questions ? p->n_questions : 1, sizeof *out->questions);
    seen = calloc(b.n_names ? b.n_names : 1, sizeof *seen);
    if (b.oom || !out->questions || !seen) {
        snprintf(err, errlen, "out of memory");
        goto done;
    }
    out->n_questions = p->n_questions;
    for (size_t i = 0; i < p->n_questions; i++) {
        out->questions[i].question = (int)i;
        out->questions[i].max_points = p->questions[i].points;
    }
    out->ignored = b.ignored;
    if (!take_students(&b, out)) {
        snprintf(err, errlen, "out of memory");
        goto done;
    }
    if (b.n_rows) qsort(b.rows, b.n_rows, sizeof *b.rows, by_student_question_time);
    tally(&b, out, seen);
    finish(out, p);
    sort_students(out);
    ok = true;
done:
    if (!ok) class_stats_free(out);
    free(seen);
    build_free(&b);
    return ok;
}

void class_stats_free(ClassStats *cs)
{
    for (size_t i = 0; i < cs->n_by_student; i++) free(cs->by_student[i].name);
    free(cs->by_student);
    free(cs->questions);
    memset(cs, 0, sizeof *cs);
}
