/* play_text.h — shared by the terminal mode's files: cmd_play.c (options, the question loop,
 * reading answers, saving) and play_text_output.c (wrapping, the article, questions, feedback). */
#ifndef BYLINE_PLAY_TEXT_H
#define BYLINE_PLAY_TEXT_H
#include "answer.h"
#include "pack.h"
#include "progress.h"
#include "session.h"
#include <stdbool.h>
#include <stdio.h>

#define WRAP 72
#define MAX_LISTED 8 /* evidence sentence numbers listed in feedback */

typedef struct Play {
    const Pack *pack;
    Session *session;
    FILE *in, *out;
    bool color, echo, numbered;
    size_t sentence_base[PACK_MAX_ARTICLES]; /* sentences in the articles before each one */
    size_t n_sentences;                      /* over all articles */
    Store *store;
    int64_t profile, attempt;
    bool save_warned;
    size_t unsaved;         /* failed writes to the store (answers, reviews, the final score) */
    size_t unsaved_answers; /* answers among them */
    size_t first_unsaved; /* the question number (1-based) of the first of them */
    char save_error[600]; /* why, the first time */
    char *line;
    size_t line_cap;
    char hint[200];
} Play;

/* Terminal colours, used only when standard output is a terminal (see ansi). */
#define BOLD  "\033[1m"
#define GREEN "\033[32m"
#define AMBER "\033[33m"
#define DIM   "\033[2m"
#define RESET "\033[0m"
const char *ansi(const Play *p, const char *code); /* code, or "" without colour */

/* Points as people write them: at most two decimals, no trailing zeros ("14.5", "3"). */
const char *fmt_points(double v, char *buf, size_t size);
/* Text wrapped at WRAP columns, each line after `prefix`. */
void print_text(FILE *out, const char *prefix, const char *t);
/* Numbers the sentences of every article when the session has an evidence question. */
void number_sentences(Play *p);
/* The session has a question answered by a sentence's number: an evidence question, or one
 * that asks for its evidence ("cite"). */
bool session_has_evidence(const Session *s);
/* The second part of a cite question: "Which sentence shows it? …" */
void print_cite_question(const Play *p);
/* The pack's title and its articles. */
void print_intro(const Play *p);
void print_question(const Play *p, const SessionItem *it, const Question *q);
/* Right or not, points, the right answer, the explanation and the passages quoted. */
void print_feedback(const Play *p, const Question *q, const SessionItem *it);

#endif
