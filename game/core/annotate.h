/* annotate.h — rule-based analysis of a news article: direct quotations and who said them, time
 * expressions resolved against the article date, the people named and their roles, and reported
 * claims with their holders. Used by `byline annotate` and by tools that draft quiz packs.
 *
 * Every position is a byte offset into the text given to annotate_text (for a file, a byte offset
 * in the file), as a half-open range [start, end). The patterns covered and the known failures
 * are listed in docs/annotate.md. The analysis is deterministic: the same text and date always
 * give the same result. */
#ifndef BYLINE_ANNOTATE_H
#define BYLINE_ANNOTATE_H
#include "date.h"
#include <stdbool.h>
#include <stddef.h>

/* Largest text annotate_text accepts (a long feature is ~60 KB). */
#define ANNOTATE_MAX_BYTES (4u * 1024u * 1024u)

typedef struct AnnSpan {
    size_t start, end; /* byte offsets, end exclusive; {0, 0} means "none" */
} AnnSpan;

typedef enum AnnGender {
    ANN_GENDER_UNKNOWN = 0,
    ANN_GENDER_FEMALE,
    ANN_GENDER_MALE,
} AnnGender;

typedef enum AnnKind {
    ANN_KIND_PERSON = 0,
    ANN_KIND_ORGANISATION, /* a newspaper, agency or party that speaks: "The Washington Post
                              reported", "Fox News said" */
} AnnKind;

/* A person the article names, or an organisation it quotes (kind). Index into Annotation.people
 * is the person's id elsewhere. */
typedef struct AnnPerson {
    const char *name;  /* full name as first introduced ("Gail Gitcho"); a surname alone when
                          the article never gives more ("Trump" in "President Trump") */
    const char *role;  /* as the article words it ("Trump campaign chief operating officer",
                          "President", "the district's safety coordinator"), or NULL */
    AnnSpan first;     /* the first mention of the name (titles excluded) */
    AnnSpan role_span; /* where role was found; {0, 0} when role is NULL */
    size_t mentions;   /* mentions by full name or surname, including in quotations */
    AnnGender gender;  /* from the first name, an honorific or a gendered role word */
    AnnKind kind;
} AnnPerson;

/* How a quotation's speaker was found. */
typedef enum AnnVia {
    ANN_VIA_NONE = 0,  /* no speaker found (e.g. scare quotes: a “poor” rating) */
    ANN_VIA_CUE,       /* a speech verb next to the quotation: “…,” Osei said / Voss said “…” */
    ANN_VIA_CONTINUED, /* a paragraph that is only a quotation continues the previous speaker */
    ANN_VIA_CONTEXT,   /* no cue of its own; the last speaker earlier in the same paragraph */
} AnnVia;

/* Why a quotation's speaker is who it is, from the surest to the weakest. */
typedef enum AnnReason {
    ANN_REASON_NONE = 0,    /* no speaker */
    ANN_REASON_NAME,        /* a cue naming the speaker in the same sentence: “…,” Osei said /
                               said Mayor Helen Tarrant / Osei put it plainly: “…” / according to X */
    ANN_REASON_DESCRIPTION, /* “…,” the mayor said: the one person with that role */
    ANN_REASON_PRONOUN,     /* “…,” she said: the only person of that gender in play */
    ANN_REASON_PARTICIPLE,  /* Osei spoke for an hour, saying “…”: the sentence's only person */
    ANN_REASON_CARRIED,     /* a paragraph of quotation only: the previous paragraph's speaker */
    ANN_REASON_CONTEXT,     /* no cue: the last speaker earlier in the paragraph */
    ANN_REASON_GUESS,       /* a pronoun or participle with two candidates of whom one is picked */
    ANN_REASON_SUBJECT,     /* Clinton shot back, “…”: the clause's subject, no speech verb */
    ANN_REASON_TITLE,       /* no speaker: a title or name in quote marks, not words anyone
                               said (“Game of Thrones”, a “Shop the Falls” weekend) */
} AnnReason;

/* How sure the speaker is. Drafted questions take answer keys only from ANN_CONF_HIGH and
 * ANN_CONF_MEDIUM; `byline annotate` prints a low-confidence speaker as "guess", not "speaker". */
typedef enum AnnConfidence {
    ANN_CONF_NONE = 0, /* no speaker */
    ANN_CONF_LOW,      /* context, a description, or a guess between two people */
    ANN_CONF_MEDIUM,   /* pronoun, participle, subject, carried over */
    ANN_CONF_HIGH,     /* named in the cue */
} AnnConfidence;

/* One direct quotation. A quotation split around its attribution (“A,” she said. “B.”) or
 * running over several paragraphs (no closing mark before the paragraph break) is one quotation
 * made of several parts. Quotes nested inside it (‘support’) are part of its text. */
typedef struct AnnQuote {
    const char *text;     /* the words inside the marks; parts joined by " " (same paragraph)
                             or "\n\n" (next paragraph) */
    AnnSpan span;         /* from the first part's start to the last part's end */
    const AnnSpan *parts; /* n_parts >= 1 ranges inside the marks, each within one paragraph */
    size_t n_parts;
    int speaker;          /* index into Annotation.people, or -1 when unknown */
    const char *cue;      /* the attribution as written ("Gitcho added", "she said",
                             "said Mayor Helen Tarrant"), or NULL when via is not ANN_VIA_CUE */
    AnnSpan cue_span;
    AnnVia via;
    AnnReason reason;         /* ANN_REASON_NONE exactly when speaker is -1 */
    AnnConfidence confidence; /* follows from reason (annotation_confidence) */
} AnnQuote;

typedef enum AnnDateKind {
    ANN_DATE_FULL,      /* "March 31, 2020", "2020-03-31": the text gives the year */
    ANN_DATE_MONTH_DAY, /* "Sept. 3": the year comes from the article date and the tense */
    ANN_DATE_MONTH,     /* "in August", "March 2019", "next month", "last month" */
    ANN_DATE_YEAR,      /* "in 2019", "last year", "next year" */
    ANN_DATE_WEEKDAY,   /* "on Tuesday", "last Friday", "next Monday" */
    ANN_DATE_RELATIVE,  /* "yesterday", "today", "tomorrow", "four weeks ago" */
} AnnDateKind;

/* A time expression. value may be partial (day 0: a month; month 0: a year). When the article
 * has no date, expressions that need one have value.year == 0. */
typedef struct AnnDate {
    const char *text; /* as written, without a leading "on"/"in" ("last Friday", "Sept. 3") */
    AnnSpan span;
    Date value;
    AnnDateKind kind;
} AnnDate;

/* A reported statement: "X said (that) …", "according to X, …", "…, the report said". */
typedef struct AnnClaim {
    const char *text;        /* the statement as reported (the clause after the verb) */
    AnnSpan span;
    int holder;              /* index into Annotation.people, or -1 when the holder is not a
                                person we know ("the New York Times", "a district report") */
    const char *holder_text; /* the person's full name, or the holder as written */
    const char *cue;         /* "Gitcho told the Times", "according to union president …" */
    AnnSpan cue_span;
} AnnClaim;

/* The result of annotate_text. Everything it points to is owned by it; annotation_free releases
 * it all. Arrays are in text order (people: order of first mention). */
typedef struct Annotation {
    Date date;          /* the article date (override, else the leading "date" token);
                           year 0 when unknown */
    size_t body_start;  /* offset of the article text after any leading "date YYYY-MM-DD" */
    AnnPerson *people;
    size_t n_people;
    AnnQuote *quotes;
    size_t n_quotes;
    AnnDate *dates;
    size_t n_dates;
    AnnClaim *claims;
    size_t n_claims;
    struct Arena *arena_; /* private: owns all of the above */
} Annotation;

/* Analyses text[0..len) (UTF-8; invalid bytes are tolerated). date_override ("YYYY-MM-DD" or
 * NULL) replaces any leading "date YYYY-MM-DD" token. Returns NULL with a message in err (may be
 * NULL) when the override or the date token is not a real date, the text is larger than
 * ANNOTATE_MAX_BYTES, or memory runs out. Free the result with annotation_free. */
Annotation *annotate_text(const char *text, size_t len, const char *date_override, char *err,
                          size_t errlen);
/* NULL is allowed. */
void annotation_free(Annotation *a);

/* The annotation as JSON (see docs/annotate.md): malloc'd, NUL-terminated, caller frees; NULL when
 * out of memory. pretty adds indentation and newlines. */
char *annotation_to_json(const Annotation *a, bool pretty);

/* The confidence an attribution of this kind earns (see AnnConfidence). */
AnnConfidence annotation_confidence(AnnReason reason);
/* "name", "pronoun", … (the JSON's "reason"); "high", "medium", "low", "none". */
const char *annotation_reason_name(AnnReason reason);
const char *annotation_confidence_name(AnnConfidence c);

/* A person's name, or NULL for -1 / out of range: a convenience for speaker and holder ids. */
const char *annotation_person_name(const Annotation *a, int person);

#endif
