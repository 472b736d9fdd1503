/* play_text_output.c — what the terminal mode prints: wrapped text, the article with numbered
 * sentences, the question, and the feedback with the supporting passage quoted. */
#define _POSIX_C_SOURCE 200809L
#include "play_text.h"
#include "text.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- output helpers ------------------------------------------------------------------------- */

const char *ansi(const Play *p, const char *code) { return p->color ? code : ""; }

/* Points as people write them: at most two decimals, no trailing zeros ("14.5", "0.67", "3"). */
const char *fmt_points(double v, char *buf, size_t size)
{
    snprintf(buf, size, "%.2f", v);
    char *dot = strchr(buf, '.');
    if (dot) {
        char *end = buf + strlen(buf) - 1;
        while (end > dot && *end == '0') *end-- = '\0';
        if (end == dot) *end = '\0';
    }
    if (strcmp(buf, "-0") == 0) strcpy(buf, "0");
    return buf;
}

/* Where the line starting at t[i] ends: the last space before WRAP columns (code points), or the
 * first one after a word too long for a line, or a newline, or the end. */
static size_t line_end(const char *t, size_t i, size_t len, size_t width)
{
    size_t cols = 0, brk = i;
    for (size_t j = i;;) {
        bool stop = j >= len || t[j] == '\n';
        if (stop || t[j] == ' ') {
            if (cols > width && brk > i) return brk;
            if (stop || cols > width) return j;
            brk = j;
        }
        uint32_t cp;
        j += text_utf8_decode(t + j, len - j, &cp);
        cols++;
    }
}

/* A space that never breaks a line, so "[8]" stays with its sentence; printed as a space. */
#define GLUE '\x1f'

/* Prints t[0..len) wrapped to WRAP columns, every line starting with prefix. */
static void print_wrapped(FILE *out, const char *prefix, const char *t, size_t len)
{
    size_t width = WRAP - text_utf8_count(prefix, strlen(prefix));
    size_t i = 0;
    while (i < len) {
        while (i < len && t[i] == ' ') i++;
        if (i >= len) break;
        size_t e = line_end(t, i, len, width);
        fputs(prefix, out);
        for (; i < e; i++) fputc(t[i] == GLUE ? ' ' : t[i], out);
        fputc('\n', out);
        i = e < len ? e + 1 : len;
    }
}

void print_text(FILE *out, const char *prefix, const char *t)
{
    print_wrapped(out, prefix, t, strlen(t));
}

/* ---- the article ---------------------------------------------------------------------------- */

/* Numbers sentences across all articles (1, 2, … continuing into the next article). */
void number_sentences(Play *p)
{
    size_t n = 0;
    for (size_t a = 0; a < p->pack->n_articles; a++) {
        p->sentence_base[a] = n;
        n += p->pack->articles[a].n_sentences;
    }
    p->n_sentences = n;
}

bool session_has_evidence(const Session *s)
{
    const Pack *pk = session_pack(s);
    for (size_t i = 0; i < session_count(s); i++)
        if (pk->questions[session_item(s, i)->question].format == FORMAT_EVIDENCE) return true;
    return false;
}

/* A paragraph with "[n]" and GLUE before each sentence, malloc'd; NULL when out of memory. */
static char *numbered_paragraph(const Play *p, size_t ai, size_t pi)
{
    const Article *a = &p->pack->articles[ai];
    size_t start = a->paragraph_start[pi], len = strlen(a->paragraphs[pi]);
    char *buf = malloc(len + 1 + a->n_sentences * 24); /* "[n]" and GLUE, n < 10^20 */
    if (!buf) return NULL;
    size_t o = 0, s = 0;
    for (size_t i = 0; i < len; i++) {
        while (s < a->n_sentences && a->sentences[s].start < start + i) s++;
        if (s < a->n_sentences && a->sentences[s].start == start + i)
            o += (size_t)sprintf(buf + o, "[%zu]%c", p->sentence_base[ai] + s + 1, GLUE);
        buf[o++] = a->body[start + i];
    }
    buf[o] = '\0';
    return buf;
}

static void print_paragraph(const Play *p, size_t ai, size_t pi)
{
    char *numbered = p->numbered ? numbered_paragraph(p, ai, pi) : NULL;
    print_text(p->out, "", numbered ? numbered : p->pack->articles[ai].paragraphs[pi]);
    free(numbered);
}

static void print_article(const Play *p, size_t ai)
{
    const Article *a = &p->pack->articles[ai];
    char date[16];
    date_format(a->date, date);
    fprintf(p->out, "\n%s", ansi(p, BOLD));
    print_text(p->out, "", a->title);
    fprintf(p->out, "%s%s, %s\n", ansi(p, RESET), a->outlet, date);
    if (a->byline) fprintf(p->out, "%s\n", a->byline);
    for (size_t i = 0; i < a->n_paragraphs; i++) {
        fputc('\n', p->out);
        print_paragraph(p, ai, i);
    }
    if (a->attribution) {
        fprintf(p->out, "\n%s", ansi(p, DIM));
        print_text(p->out, "", a->attribution);
        fputs(ansi(p, RESET), p->out);
    }
}

void print_intro(const Play *p)
{
    fprintf(p->out, "%s", ansi(p, BOLD));
    print_text(p->out, "", p->pack->title);
    fputs(ansi(p, RESET), p->out);
    if (p->pack->description) print_text(p->out, "", p->pack->description);
    if (p->numbered)
        fputs("(Sentences are numbered [1], [2], … for evidence questions.)\n", p->out);
    for (size_t i = 0; i < p->pack->n_articles; i++) print_article(p, i);
}

/* ---- asking --------------------------------------------------------------------------------- */

/* items[i] numbered nums[i] ("  2) Michael Glassner"), long ones wrapped and indented. */
static void print_numbered(const Play *p, const char *const *items, const size_t *nums, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        fprintf(p->out, "  %zu) ", nums ? nums[i] : i + 1);
        size_t w = WRAP - 5;
        const char *t = items[i];
        size_t e = line_end(t, 0, strlen(t), w);
        fprintf(p->out, "%.*s\n", (int)e, t); /* first line beside the number, rest indented */
        if (t[e]) print_text(p->out, "     ", t + e + 1);
    }
}

static void print_list(const Play *p, const char *const *items, size_t n)
{
    print_numbered(p, items, NULL, n);
}

static void print_order_events(const Play *p, const SessionItem *it, size_t n)
{
    const char *texts[PACK_MAX_ORDER_EVENTS];
    for (size_t i = 0; i < n; i++) texts[i] = p->pack->events[it->arrangement[i]].text;
    print_list(p, texts, n);
}

static const char *format_instructions(const Play *p, const Question *q)
{
    static char buf[160];
    switch (q->format) {
    case FORMAT_CHOICE: return "Type the number or letter of your choice.";
    case FORMAT_MULTI: return "Pick all that apply: type their numbers or letters, e.g. \"1 3\".";
    case FORMAT_TRUE_FALSE: return "Type t (true) or f (false).";
    case FORMAT_ORDER:
        return "Type the numbers in the right order, e.g. \"2 1\" means 2 comes first.";
    case FORMAT_TEXT: return "Type your answer.";
    case FORMAT_EVIDENCE:
        snprintf(buf, sizeof buf, "Type the number of the sentence in the article (1-%zu).",
                 p->n_sentences);
        return buf;
    default: return "";
    }
}

/* Prompts are written for the app ("Click the sentence that …"); here nothing is clicked, the
 * sentence's number is typed, so the verb is changed ("Find the sentence that …"). */
static void print_prompt(const Play *p, const Question *q)
{
    static const char click[] = "Click ";
    if (q->format == FORMAT_EVIDENCE && strncmp(q->prompt, click, sizeof click - 1) == 0) {
        size_t n = strlen(q->prompt) + 8;
        char *t = malloc(n);
        if (t) {
            snprintf(t, n, "Find %s", q->prompt + sizeof click - 1);
            print_text(p->out, "", t);
            free(t);
            return;
        }
    }
    print_text(p->out, "", q->prompt);
}

void print_question(const Play *p, const SessionItem *it, const Question *q)
{
    char pts[32];
    fprintf(p->out, "\n%sQuestion %zu of %zu (%s, %s point%s)%s\n", ansi(p, BOLD),
            session_position(p->session) + 1, session_count(p->session), pack_kind_name(q->kind),
            fmt_points(q->points, pts, sizeof pts), q->points == 1 ? "" : "s", ansi(p, RESET));
    print_prompt(p, q);
    static const char *const truth[] = {"True", "False"};
    if (q->format == FORMAT_CHOICE || q->format == FORMAT_MULTI)
        print_list(p, q->choices, q->n_choices);
    else if (q->format == FORMAT_TRUE_FALSE) print_list(p, truth, 2);
    else if (q->format == FORMAT_ORDER) print_order_events(p, it, q->n_order);
    fprintf(p->out, "%s%s%s\n", ansi(p, DIM), format_instructions(p, q), ansi(p, RESET));
}

/* Reads one line (without its end) into p->line; false at end of input. */
/* ---- feedback ------------------------------------------------------------------------------- */

static void print_evidence_sentences(const Play *p, const Question *q)
{
    size_t found[MAX_LISTED], n = 0;
    for (size_t ai = 0; ai < p->pack->n_articles; ai++) {
        const Article *a = &p->pack->articles[ai];
        for (size_t s = 0; s < a->n_sentences && n < MAX_LISTED; s++)
            if (pack_sentence_is_evidence(q, (int)ai, s, a))
                found[n++] = p->sentence_base[ai] + s + 1;
    }
    fprintf(p->out, "The evidence is in sentence%s", n == 1 ? "" : "s");
    for (size_t i = 0; i < n; i++)
        fprintf(p->out, "%s %zu", i == 0 ? "" : i + 1 == n ? " and" : ",", found[i]);
    fputs(".\n", p->out);
}

static void print_correct(const Play *p, const Question *q)
{
    char buf[1024];
    if (q->format == FORMAT_ORDER) {
        fputs("The right order:\n", p->out);
        const char *texts[PACK_MAX_ORDER_EVENTS];
        for (size_t i = 0; i < q->n_order; i++) texts[i] = p->pack->events[q->order[i]].text;
        print_list(p, texts, q->n_order);
    } else if (q->format == FORMAT_EVIDENCE) {
        print_evidence_sentences(p, q);
    } else if (q->format == FORMAT_CHOICE || q->format == FORMAT_MULTI) {
        /* Numbered as the choices were listed ("2) …"), not lettered as in the app. */
        fputs(q->format == FORMAT_CHOICE ? "The answer:\n" : "The answers:\n", p->out);
        const char *texts[PACK_MAX_CHOICES];
        size_t nums[PACK_MAX_CHOICES], n = 0;
        for (size_t i = 0; i < q->n_choices && i < PACK_MAX_CHOICES; i++) {
            bool right = q->format == FORMAT_CHOICE ? (int)i == q->answer
                                                    : i < 32 && (q->answers >> i) & 1u;
            if (right) {
                nums[n] = i + 1;
                texts[n++] = q->choices[i];
            }
        }
        print_numbered(p, texts, nums, n);
    } else {
        int n = snprintf(buf, sizeof buf, "The answer: ");
        answer_describe_correct(p->pack, q, buf + n, sizeof buf - (size_t)n);
        print_text(p->out, "", buf);
    }
}

static void print_passages(const Play *p, const Question *q)
{
    for (size_t i = 0; i < q->n_evidence; i++) {
        const Passage *ps = &q->evidence[i];
        if (ps->article < 0 || (size_t)ps->article >= p->pack->n_articles) continue;
        const Article *a = &p->pack->articles[ps->article];
        if (ps->end <= a->body_len && ps->start < ps->end)
            print_wrapped(p->out, "> ", a->body + ps->start, ps->end - ps->start);
    }
}

void print_feedback(const Play *p, const Question *q, const SessionItem *it)
{
    char got[32], max[32];
    fmt_points(it->grade.points, got, sizeof got);
    fmt_points(q->points, max, sizeof max);
    const char *plural = q->points == 1 ? "" : "s";
    bool answered = it->state == ITEM_ANSWERED, right = answered && it->grade.correct;
    const char *verdict = right ? "Right!" : answered ? "Not quite." : "Skipped.";
    const char *colour = right ? GREEN : AMBER;
    /* A near miss says how near: "Not quite: close — check the spelling." */
    const char *near = answered && !right ? answer_near_miss(q, &it->answer) : NULL;
    if (near) fprintf(p->out, "%sNot quite: %s.%s (%s/%s point%s)\n", ansi(p, colour), near,
                      ansi(p, RESET), got, max, plural);
    else fprintf(p->out, "%s%s%s (%s/%s point%s)\n", ansi(p, colour), verdict, ansi(p, RESET),
                 got, max, plural);
    print_correct(p, q);
    print_text(p->out, "", q->explanation);
    print_passages(p, q);
}
