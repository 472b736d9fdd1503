/* annotate_internal.h — shared by the annotate_*.c files only. The analysis runs in passes over one
 * token array: tokens (annotate_tokens.c) → people (annotate_people.c, their roles in
 * annotate_roles.c) → quotations (annotate_quotes.c) → claims (annotate_claims.c) → dates
 * (annotate_dates.c); annotate.c drives them and annotate_json.c prints the result. */
#ifndef BYLINE_ANNOTATE_INTERNAL_H
#define BYLINE_ANNOTATE_INTERNAL_H
#include "annotate.h"
#include "arena.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- lexicon (annotate_lexicon.c): word classes, looked up once per word token ---- */
enum {
    LX_CUE = 1u << 0,        /* speech verb that can attribute a quotation: said, wrote, told */
    LX_CLAIM = 1u << 1,      /* speech verb that reports a statement: said, argued, believes */
    LX_TELL = 1u << 2,       /* takes a listener before the content: told the board (that) … */
    LX_ING = 1u << 3,        /* participle: "…, telling the board" (subject is the clause's) */
    LX_FIRST = 1u << 4,      /* a common given name */
    LX_TITLE = 1u << 5,      /* a title written before a name: President, Mayor, Sen. */
    LX_HONORIFIC = 1u << 6,  /* Mr., Mrs., Ms., Dr.: a title that is not a role */
    LX_ROLE = 1u << 7,       /* a role noun: spokesperson, officer, coach, member */
    LX_ORG = 1u << 8,        /* a word that makes a capitalised run an organisation or place */
    LX_STOP = 1u << 9,       /* function word: ends a role phrase, is never part of a name */
    LX_FUTURE = 1u << 10,    /* will, would, next, upcoming, expected */
    LX_PAST = 1u << 11,      /* was, were, had, ago, irregular past verbs */
    LX_SCHEDULE = 1u << 12,  /* scheduled, postponed, set: the date may lie either way */
    LX_PREP = 1u << 13,      /* preposition that can open a time phrase: on, in, at, during */
    LX_COUNT_NOUN = 1u << 14, /* "2000 people": the number is a count, not a year */
    LX_NAME_PARTICLE = 1u << 15, /* de, van, von: lower-case words inside a name */
    LX_ROLE_ADJ = 1u << 16,  /* former, acting, interim, retired: opens a role */
};

/* Flags of a word (bytes, any case; the caller removes a trailing "'s"); *gender is set from a
 * given name, a gendered title or a gendered role word. */
uint32_t lex_classify(const char *w, size_t n, AnnGender *gender);
/* The name tables of annotate_names.c: `lower` is the lower-cased word. */
uint32_t lex_name_classify(const char *lower, AnnGender *gender);
/* 1..12 for a month name ("March") or abbreviation ("Sept", *abbreviated set), else 0.
 * Case-sensitive, so "may" and "march" are not months. */
int lex_month(const char *w, size_t n, bool *abbreviated);
/* 0 (Monday) .. 6 for a capitalised weekday name, else -1. */
int lex_weekday(const char *w, size_t n);
/* one..twelve, "a"/"an" → 1, ASCII digits → their value; -1 otherwise. */
int lex_small_number(const char *w, size_t n);
/* Self-checks for the tests: every table is sorted (lookups are binary searches). */
bool lex_tables_sorted(void);
bool lex_names_sorted(void);

/* ---- tokens (annotate_tokens.c) ---- */
enum { TK_WORD, TK_PUNCT, TK_QUOTE };
enum { Q_IGNORED, Q_OPEN, Q_CLOSE };

typedef struct Tok {
    size_t start, end;  /* bytes in the text */
    uint32_t ch;        /* TK_PUNCT/TK_QUOTE: the code point ('\'' for ‘ ’), 0 for words */
    uint32_t lex;       /* LX_* flags of a word */
    int para, sent;     /* paragraph and sentence numbers (a sentence never spans paragraphs) */
    int seg;            /* the quotation segment it lies in (marks excluded), or -1 */
    int person;         /* the person this word names, or -1 */
    int pron;           /* he/she, or the head of "the mayor", resolved to a person; or -1 */
    unsigned char kind; /* TK_* */
    unsigned char qrole;  /* TK_QUOTE: Q_* */
    signed char month;  /* 1..12, 0 */
    signed char weekday;  /* 0..6, -1 */
    unsigned char gender; /* AnnGender of a given name or gendered word */
    bool cap;           /* starts with an upper-case letter */
    bool allcaps;       /* two or more letters, all upper case (datelines, acronyms) */
    bool initials;      /* a person's dotted initials before a '.' ("J.R" of "J.R. Kettering") */
    bool digits;        /* only ASCII digits */
    bool label;         /* part of a lead-in label ("Why it matters:") or dateline */
    bool cue;           /* a speech verb already used to attribute a quotation */
    bool poss;          /* word ends in 's (the "'s" is inside the token) */
    bool amb;           /* he/she resolved, but another person of that gender is in play */
} Tok;

typedef struct Para {
    int first, last;         /* tokens [first, last) */
    int words_outside;       /* words outside quotation segments (labels excluded) */
    int first_seg, last_seg; /* segments in the paragraph, or -1 */
} Para;

/* A run of quoted text inside one paragraph: [start, end) between the marks. */
typedef struct Seg {
    int open, close;  /* the mark tokens; close is -1 when the paragraph ended first */
    int first, last;  /* content tokens [first, last) */
    size_t start, end;
    int para;
    int quote;        /* the quotation it belongs to (set by the quotes pass) */
    bool continues;   /* unclosed, and the next paragraph opens with a mark: same quotation */
} Seg;

/* A person while the analysis runs; `pub` is copied into the result. */
typedef struct PersonB {
    AnnPerson pub;
    int name_tok, name_toks; /* the run that gave the full name (tokens, '.' of initials included) */
    int first_mention;       /* token of the first mention: the people are sorted by it */
    int old_index;           /* scratch for renumbering */
} PersonB;

typedef struct QuoteB {
    AnnQuote pub;
    int first_seg, last_seg; /* segments, linked by index order within the quotation */
} QuoteB;

/* How ann_verb_subject found its subject: the confidence of an attribution starts here. */
typedef enum SubjHow {
    SUBJ_NONE = 0,
    SUBJ_NAME,        /* a name just before the verb, or after it ("said Osei") */
    SUBJ_PRONOUN,     /* he/she, resolved to the only person of that gender in play */
    SUBJ_PRONOUN_AMB, /* he/she with two people of that gender in play, or of unknown gender */
    SUBJ_DESCRIPTION, /* "the mayor": the one person with that role */
    SUBJ_DESCRIBED_FULLY, /* "the New Jersey governor": that, and the role's other words too */
    SUBJ_PARTICIPLE,  /* "…, saying": the sentence's only person */
    SUBJ_PARTICIPLE_AMB, /* "…, saying" with several people before it: which one is a guess */
} SubjHow;

typedef struct Doc {
    const char *s;
    size_t len, body; /* body: where the article starts after the date token */
    Date date;
    Arena *arena;     /* the result's arena: every string and final array */
    bool oom;
    Tok *t;
    int n;
    Para *para;
    int n_para;
    int *sent_first, *sent_last; /* first/last token of each sentence */
    int n_sent;
    Seg *seg;
    int n_seg;
    PersonB *pp;
    size_t n_pp, cap_pp;
    QuoteB *qq;
    size_t n_qq, cap_qq;
    AnnClaim *cc;
    size_t n_cc, cap_cc;
    AnnDate *dd;
    size_t n_dd, cap_dd;
    SubjHow how; /* set by every ann_verb_subject call */
} Doc;

/* Passes. Each returns false only when out of memory (d->oom is then set). */
bool ann_tokenize(Doc *d);
bool ann_people(Doc *d);
bool ann_roles(Doc *d); /* run by ann_people once mentions are marked */
bool ann_quotes(Doc *d);
bool ann_claims(Doc *d);
bool ann_dates(Doc *d);

/* Every scan backwards or forwards from a token is bounded, so that a hostile text (one 4 MiB
 * sentence) costs time linear in its size. Real sentences are far shorter. */
#define ANN_SCAN_WINDOW 80   /* tokens: a cue, a subject, a tense word */
#define ANN_PRONOUN_WINDOW 600 /* tokens back to a pronoun's antecedent */

/* ---- helpers shared by the passes (annotate.c, annotate_tokens.c) ---- */
/* Makes room for one more element in a growing array; false (and d->oom) on failure. */
bool ann_grow(Doc *d, void **arr, size_t *cap, size_t n, size_t elem);
/* Copies s[start, end) into the arena. */
const char *ann_copy(Doc *d, size_t start, size_t end);
/* True when token i is a word equal to `lower` ignoring ASCII case. */
bool tk_is(const Doc *d, int i, const char *lower);
bool tk_is_word(const Doc *d, int i);
bool tk_is_punct(const Doc *d, int i, uint32_t ch);
/* A sentence end: '.', '!' or '?' that closes the token's sentence, or a paragraph change. */
bool tk_ends_sentence(const Doc *d, int i);
/* The first/last token of token i's sentence. */
int tk_sentence_first(const Doc *d, int i);
int tk_sentence_last(const Doc *d, int i);
/* The closed segment whose opening or closing mark is token `mark`, when it holds at most
 * max_words words (a name or a title: “Ted Cruz”); else -1. */
int tk_short_segment(const Doc *d, int mark, int max_words);

/* ---- people helpers used by quotes and claims (annotate_people.c) ---- */
/* Does a mention start at token i (a person token not continuing the same person's name)? */
bool ann_mention_start(const Doc *d, int i);
/* Last token of the mention starting at token m ("John Q. Adams" runs over the initial's dot). */
int ann_mention_end(const Doc *d, int m);
/* The person who speaks through speech verb v: the subject before it (skipping adverbs and an
 * appositive between commas), a resolved he/she, or for an inverted cue ("said Osei") the name
 * after it. Looks no further back than token lo. Returns the person or -1; *subj_first is the
 * first token of the subject as written (for cue and holder text), -1 when there is none. */
int ann_verb_subject(Doc *d, int v, int lo, int *subj_first, int *subj_last);
/* The speaker of a quotation opened by a colon or comma at token `mark` ("Trump leaned in and
 * boomed: “…”", "Clinton shot back, “…”"): the first person of the clause [lo, mark) when it
 * reads as the subject and nobody else is named before the mark (*sure), else the nearest
 * person before the mark (not sure), or -1 when nobody is named. */
int ann_clause_subject(Doc *d, int lo, int mark, bool *sure);
/* Is there, in tokens [from, to), a person other than `who` that is the subject of a
 * subordinate clause ("He tweeted when Clinton ended the debate, remarking “…”")? A reported
 * clause ("Trump said Clinton was “crooked”") does not count: its quotation is the speaker's. */
bool ann_other_subject(Doc *d, int from, int to, int who);
/* Resolves he/she at token i to the most recent compatible person. -1 when none. */
int ann_resolve_pronoun(Doc *d, int i);

/* ---- quotations (annotate_quotes.c, annotate_signature.c) ---- */
/* Is paragraph p nothing but quotation q (and punctuation)? */
bool ann_only_quote(const Doc *d, int p, int q);
/* The speaker who signs quotation qi (a last line inside the marks, or a next paragraph after a
 * dash, that is only a name and an affiliation), or -1; *first and *last are the signature's
 * tokens. */
int ann_signature(const Doc *d, int qi, int *first, int *last);

#endif
