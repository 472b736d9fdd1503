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

/* What a student calls article ai when a pack has several: its outlet, or its title when another
 * article comes from the same outlet (two pieces from one paper). */
static const char *article_label(const Pack *pk, size_t ai)
{
    for (size_t i = 0; i < pk->n_articles; i++)
        if (i != ai && strcmp(pk->articles[i].outlet, pk->articles[ai].outlet) == 0)
            return pk->articles[ai].title;
    return pk->articles[ai].outlet;
}

bool session_has_evidence(const Session *s)
{
    const Pack *pk = session_pack(s);
    for (size_t i = 0; i < session_count(s); i++) {
        const Question *q = &pk->questions[session_item(s, i)->question];
        if (q->format == FORMAT_EVIDENCE || q->cite) return true;
    }
    return false;
}

static bool cites_in(const Session *s)
{
    for (size_t i = 0; i < session_count(s); i++)
        if (session_pack(s)->questions[session_item(s, i)->question].cite) return true;
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
    if (p->pack->n_articles > 1) {
        fprintf(p->out, "(Article %zu of %zu", ai + 1, p->pack->n_articles);
        if (p->numbered && a->n_sentences)
            fprintf(p->out, ", sentences [%zu] to [%zu]", p->sentence_base[ai] + 1,
                    p->sentence_base[ai] + a->n_sentences);
        fputs(")\n", p->out);
    }
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
    if (p->numbered && cites_in(p->session))
        fputs("(Some questions then ask which sentence shows the answer: type its number.)\n",
              p->out);
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

/* "Type the number of the sentence (1-12: The Marlow Bay Herald; 13-27: The Eastside Voice)." */
static const char *evidence_instructions(const Play *p, char *buf, size_t size)
{
    const Pack *pk = p->pack;
    if (pk->n_articles < 2) {
        snprintf(buf, size, "Type the number of the sentence in the article (1-%zu).",
                 p->n_sentences);
        return buf;
    }
    int o = snprintf(buf, size, "Type the number of the sentence (");
    for (size_t ai = 0; ai < pk->n_articles && o > 0 && (size_t)o < size; ai++) {
        size_t first = p->sentence_base[ai] + 1, n = pk->articles[ai].n_sentences;
        if (n == 0) continue;
        o += snprintf(buf + o, size - (size_t)o, "%s%zu-%zu: %s", first > 1 ? "; " : "", first,
                      first + n - 1, article_label(pk, ai));
    }
    if (o > 0 && (size_t)o < size) snprintf(buf + o, size - (size_t)o, ").");
    return buf;
}

static const char *format_instructions(const Play *p, const Question *q)
{
    static char buf[1024];
    switch (q->format) {
    case FORMAT_CHOICE: return "Type the number or letter of your choice.";
    case FORMAT_MULTI: return "Pick all that apply: type their numbers or letters, e.g. \"1 3\".";
    case FORMAT_TRUE_FALSE: return "Type t (true) or f (false).";
    case FORMAT_ORDER:
        return "Type the numbers in the right order, e.g. \"2 1\" means 2 comes first.";
    case FORMAT_TEXT: return "Type your answer.";
    case FORMAT_EVIDENCE: return evidence_instructions(p, buf, sizeof buf);
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
    fputs(ansi(p, DIM), p->out);
    print_text(p->out, "", format_instructions(p, q)); /* long with several articles: wrap it */
    fputs(ansi(p, RESET), p->out);
}

void print_cite_question(const Play *p)
{
    char buf[1024];
    fprintf(p->out, "%sWhich sentence shows it?%s\n", ansi(p, BOLD), ansi(p, RESET));
    fputs(ansi(p, DIM), p->out);
    print_text(p->out, "", evidence_instructions(p, buf, sizeof buf));
    fputs(ansi(p, RESET), p->out);
}

/* ---- feedback ------------------------------------------------------------------------------- */

/* "sentence 4" or "sentences 4, 5 and 7": found[0..n) */
static void print_numbers(FILE *f, const size_t *found, size_t n)
{
    fprintf(f, "sentence%s", n == 1 ? "" : "s");
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%s %zu", i == 0 ? "" : i + 1 == n ? " and" : ",", found[i]);
}

/* "The evidence is in sentence 4." With several articles each group of numbers is followed by its
 * article ("sentence 4 (The Marlow Bay Herald) and sentence 30 (The Eastside Voice)"), so a
 * student comparing two outlets sees which one says it. Written to a memory stream first, then
 * wrapped (outlet names make it long). */
static void print_evidence_sentences(const Play *p, const Question *q)
{
    size_t found[MAX_LISTED], n = 0, groups = 0, len = 0;
    char *text = NULL;
    FILE *m = open_memstream(&text, &len), *f = m ? m : p->out;
    bool several = p->pack->n_articles > 1;
    fputs("The evidence is in ", f);
    for (size_t ai = 0; ai < p->pack->n_articles; ai++) {
        const Article *a = &p->pack->articles[ai];
        size_t from = n;
        for (size_t s = 0; s < a->n_sentences && n < MAX_LISTED; s++)
            if (pack_sentence_is_evidence(q, (int)ai, s, a))
                found[n++] = p->sentence_base[ai] + s + 1;
        if (several && n > from) {
            fputs(groups++ ? " and " : "", f);
            print_numbers(f, found + from, n - from);
            fprintf(f, " (%s)", article_label(p->pack, ai));
        }
    }
    if (!several) print_numbers(f, found, n);
    fputs(".", f);
    if (!m) {
        fputc('\n', p->out);
        return;
    }
    if (fclose(m) == 0 && text) print_text(p->out, "", text);
    free(text);
}

/* The two parts of a cite question: "Answer: right. Sentence 5: not the evidence." */
static void print_cite_parts(const Play *p, const Answer *a, const Grade *g)
{
    fprintf(p->out, "Answer: %s. ", g->answer_correct        ? "right"
                                    : g->answer_fraction > 0 ? "partly right"
                                                             : "wrong");
    if (a->cite_article < 0 || (size_t)a->cite_article >= p->pack->n_articles) {
        fputs("No sentence cited.\n", p->out);
        return;
    }
    size_t number = p->sentence_base[a->cite_article] + (size_t)a->cite_sentence + 1;
    fprintf(p->out, "Sentence %zu: %s.", number,
            g->evidence_correct ? "the evidence" : "not the evidence");
    CiteOutcome o = answer_cite_outcome(g);
    if (o == CITE_GUESS) fputs(" Right answer, wrong reason.", p->out);
    if (o == CITE_MISREAD) fputs(" Right place, misread.", p->out);
    fputc('\n', p->out);
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

/* The supporting passages, quoted; with several articles each run of passages from one article
 * is introduced by its outlet ("In The Eastside Voice:"). */
static void print_passages(const Play *p, const Question *q)
{
    int shown = -1;
    for (size_t i = 0; i < q->n_evidence; i++) {
        const Passage *ps = &q->evidence[i];
        if (ps->article < 0 || (size_t)ps->article >= p->pack->n_articles) continue;
        const Article *a = &p->pack->articles[ps->article];
        if (ps->end > a->body_len || ps->start >= ps->end) continue;
        if (p->pack->n_articles > 1 && ps->article != shown) {
            fprintf(p->out, "In %s:\n", article_label(p->pack, (size_t)ps->article));
            shown = ps->article;
        }
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
    if (answered && it->grade.cited) print_cite_parts(p, &it->answer, &it->grade);
    print_correct(p, q);
    if (q->cite) print_evidence_sentences(p, q);
    print_text(p->out, "", q->explanation);
    print_passages(p, q);
}
