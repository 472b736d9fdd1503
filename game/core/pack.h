/* pack.h — the quiz-pack model: articles, people, events and questions, as loaded and checked.
 *
 * A Pack is read-only after pack_load_*; everything in it (strings, arrays) is owned by the pack
 * and freed by pack_free. Indices (person, event, article) are -1 when absent.
 * The format is specified in docs/pack-format.md. */
#ifndef BYLINE_PACK_H
#define BYLINE_PACK_H
#include "date.h"
#include "diag.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { KIND_SPEAKER, KIND_CLAIM, KIND_TIMELINE, KIND_COUNT } QuestionKind;
typedef enum {
    FORMAT_CHOICE,     /* one of `choices`; answer = index */
    FORMAT_MULTI,      /* any of `choices`; answers = bit mask */
    FORMAT_TRUE_FALSE, /* truth */
    FORMAT_ORDER,      /* put `order` (event indices, correct order) in order */
    FORMAT_TEXT,       /* type one of `accept` */
    FORMAT_EVIDENCE,   /* click a sentence overlapping one of `evidence` */
    FORMAT_COUNT
} QuestionFormat;
/* How a typed date like 4/3/2020 is read when both numbers could be the month (the pack's
 * `date_order`): month first (US) or day first. */
typedef enum { DATE_ORDER_MDY, DATE_ORDER_DMY } DateOrder;
typedef enum { DIFFICULTY_NONE, DIFFICULTY_EASY, DIFFICULTY_MEDIUM, DIFFICULTY_HARD } Difficulty;
typedef enum { ASK_NAME, ASK_ROLE } SpeakerAsk;

/* A located quotation: bytes [start, end) of articles[article].body. */
typedef struct Passage {
    int article;
    size_t start, end;
} Passage;

typedef struct Article {
    const char *id, *title, *outlet, *byline, *url, *attribution;
    Date date;
    const char **paragraphs;
    size_t n_paragraphs;
    const char *body;         /* paragraphs joined by "\n\n" */
    size_t body_len;
    size_t *paragraph_start;  /* byte offset of each paragraph in body */
    struct TextSpan *sentences; /* sentence ranges in body */
    size_t n_sentences;
} Article;

typedef struct Person {
    const char *id, *name, *role; /* role may be NULL */
    const char **aliases;
    size_t n_aliases;
} Person;

typedef struct Event {
    const char *id, *text;
    Date date;
    Passage *evidence;
    size_t n_evidence;
} Event;

typedef struct Question {
    const char *id;
    QuestionKind kind;
    QuestionFormat format;
    const char *prompt, *explanation;
    int points;          /* 1..PACK_MAX_POINTS */
    Difficulty difficulty;
    const char **tags;
    size_t n_tags;
    int time_limit;      /* seconds; 0 = the pack's default */
    int person, holder, event; /* indices or -1 */
    SpeakerAsk ask;
    /* choice / multi */
    const char **choices;
    size_t n_choices;
    int answer;          /* choice: index */
    uint32_t answers;    /* multi: bit i set = choice i is correct */
    bool truth;          /* true_false */
    int *order;          /* order: event indices in correct order */
    size_t n_order;
    const char **accept; /* text */
    size_t n_accept;
    int typos;           /* text: spelling slips forgiven (0 or 1; docs/scoring.md) */
    /* text: the date a timeline question asks for, or year 0 when it asks for none; typed dates
     * are compared with it as dates (docs/scoring.md, "Dates"). Set by the loader. */
    Date answer_date;
    Date ref_date;        /* the article date that a typed date without a year is read against */
    DateOrder date_order; /* the pack's */
    Passage *evidence;
    size_t n_evidence;
    /* Two-part "cite" items (docs/pack-format.md, docs/scoring.md): after answering, the student
     * picks the sentence of the article that proves the answer. `cite_share` is the fraction of
     * the points for that evidence part (0 < share < 1; the pack's, else 0.5). The loader
     * resolves the pack-level default: `cite` is final here. Never set on `evidence` questions. */
    bool cite;
    double cite_share;
} Question;

typedef struct Pack {
    const char *path;    /* the file it came from */
    const char *id, *title, *language, *audience, *author, *license, *description;
    int format_version;
    bool practice;
    int time_limit;      /* default seconds per question; 0 = none given */
    DateOrder date_order; /* how typed dates like 4/3/2020 are read; month first by default */
    bool cite;           /* the pack's "cite": the default for questions that can cite */
    double cite_share;   /* the pack's "cite_share", 0.5 when not given */
    Article *articles;
    size_t n_articles;
    Person *people;
    size_t n_people;
    Event *events;
    size_t n_events;
    Question *questions;
    size_t n_questions;
    struct Arena *arena; /* owns everything above */
} Pack;

/* Loads and checks a pack. Every problem found goes into `diags` (initialised by the caller with
 * diag_init; errors and warnings). Returns the pack when there are no errors (warnings allowed),
 * NULL otherwise. The caller frees the pack with pack_free. */
Pack *pack_load_file(const char *path, Diagnostics *diags);
/* The same from memory; diagnostics name the file given to diag_init. */
Pack *pack_load_buffer(const char *buf, size_t len, Diagnostics *diags);
void pack_free(Pack *p);

const char *pack_kind_name(QuestionKind k);     /* "speaker", … */
const char *pack_format_name(QuestionFormat f); /* "choice", … */
/* Index of the question with this id, or -1. */
int pack_find_question(const Pack *p, const char *id);
/* Index of the sentence of `a` that contains byte `offset`, or -1. */
int pack_sentence_at(const Article *a, size_t offset);
/* True when sentence `s` of article `article` overlaps one of q's evidence passages. */
bool pack_sentence_is_evidence(const Question *q, int article, size_t sentence, const Article *a);

#endif
