/* bench_annotate.c — how long `byline annotate` takes on a news article of about 1,000 words.
 *
 * Usage: bench_annotate [RUNS] [ARTICLE.txt]
 * Without a file, builds a ~1,000-word fictional article in memory (quotes with cues, split and
 * multi-paragraph quotations, pronouns, dates, roles, claims). Reports the best and median time
 * of RUNS runs (default 2000) of annotate_text, and of annotate_text + annotation_to_json. */
#define _POSIX_C_SOURCE 200809L
#include "annotate.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define LQ "\xE2\x80\x9C" /* “ */
#define RQ "\xE2\x80\x9D" /* ” */

static const char *const PARAGRAPHS[] = {
    "The Alder County school board voted 4-3 on Monday to move the start of the high school day "
    "to 8:45 a.m. beginning next year, the third time the district has taken up the question "
    "since 2019.",
    "Superintendent Carla Novak told the board the change would let students sleep longer. "
    LQ "The research on this is not close," RQ " Novak said. " LQ
    "Teenagers who sleep more learn more." RQ,
    "Board member Raymond Pike, who voted against the plan, said the district had not worked out "
    "how to pay for extra bus routes. He added that the cost \"could run past $900,000 a year.\"",
    "\"I support the goal,\" Pike said. \"I do not support a plan with a hole in the middle of it.",
    "\"We owe parents a real budget before we vote,\" he said.",
    "According to a district survey released last Friday, 61% of parents favored a later start, "
    "while 22% were opposed. Transportation director Helen Marsh said the survey did not ask about "
    "cost.",
    LQ "Every option costs something," RQ " said Marsh, who has run the "
    "department since 2016. " LQ "The question is who pays." RQ,
    "Student representative Eli Navas, a junior at Northfield High School, said many students "
    "already start homework after 10 p.m. because of jobs and practice. " LQ "This would "
    "help," RQ " he said.",
    "The board will hold a budget hearing on Feb. 12 and a final vote on March 3. The new "
    "schedule would take effect in August, two weeks before classes begin.",
    "Parents who spoke at the meeting were divided. Teresa Quill, whose two children attend "
    "Northfield, said the later start would force her to leave for work before they leave for "
    "school. " LQ "Somebody has to be home," RQ " she said.",
    "Others welcomed the vote. " LQ "My son has been exhausted since September," RQ " "
    "said Omar Reyes, a nurse. " LQ "Anything that helps is worth trying." RQ,
    "Novak said the district studied start times in Oak Valley and Fremont, where later schedules "
    "began in 2021. Both districts reported fewer late arrivals a year later, she said.",
};

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static size_t count_words(const char *s)
{
    size_t n = 0;
    for (int in = 0; *s; s++) {
        int word = *s != ' ' && *s != '\n';
        n += word && !in;
        in = word;
    }
    return n;
}

/* The paragraphs, repeated until the article has about 1,000 words. */
static char *generate(void)
{
    size_t cap = 64 * 1024, len = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    len = (size_t)snprintf(buf, cap, "date 2024-01-18 ");
    size_t n = sizeof PARAGRAPHS / sizeof PARAGRAPHS[0];
    for (size_t i = 0; count_words(buf) < 1000 && len + 2048 < cap; i++) {
        len += (size_t)snprintf(buf + len, cap - len, "%s\n\n", PARAGRAPHS[i % n]);
    }
    return buf;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void report(const char *what, double *t, int runs)
{
    qsort(t, (size_t)runs, sizeof *t, cmp_double);
    printf("%-28s best %.3f ms   median %.3f ms\n", what, t[0], t[runs / 2]);
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 2000;
    if (runs < 1) runs = 1;
    char *text = NULL;
    if (argc > 2) {
        FILE *f = fopen(argv[2], "rb");
        text = f ? calloc(1, 1 << 22) : NULL;
        if (text) fread(text, 1, (1 << 22) - 1, f);
        if (f) fclose(f);
    } else {
        text = generate();
    }
    double *t1 = malloc((size_t)runs * sizeof *t1), *t2 = malloc((size_t)runs * sizeof *t2);
    if (!text || !t1 || !t2) {
        fputs("bench_annotate: cannot read or build the article\n", stderr);
        return 2;
    }
    size_t len = strlen(text);
    Annotation *a = annotate_text(text, len, NULL, NULL, 0);
    printf("article: %zu bytes, %zu words; found %zu quotes, %zu dates, %zu people, %zu claims\n",
           len, count_words(text), a ? a->n_quotes : 0, a ? a->n_dates : 0, a ? a->n_people : 0,
           a ? a->n_claims : 0);
    annotation_free(a);
    for (int r = 0; r < runs; r++) {
        double s = now_ms();
        a = annotate_text(text, len, NULL, NULL, 0);
        double m = now_ms();
        char *json = annotation_to_json(a, true);
        t1[r] = m - s;
        t2[r] = now_ms() - s;
        free(json);
        annotation_free(a);
    }
    report("annotate_text", t1, runs);
    report("annotate_text + JSON", t2, runs);
    free(t1);
    free(t2);
    free(text);
    return 0;
}
