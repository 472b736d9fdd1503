/* limits.h — every fixed limit of the pack format, in one place.
 * Each is checked out loud: exceeding one is a diagnostic that names the limit. */
#ifndef BYLINE_LIMITS_H
#define BYLINE_LIMITS_H

#define PACK_MAX_FILE_BYTES     (16u * 1024u * 1024u) /* a pack file */
#define PACK_MAX_TEXT_BYTES     (64u * 1024u)         /* one JSON string */
#define PACK_MAX_ID_CHARS       64
/* A word (characters between spaces) in text a student reads. The app's widest text column is
 * 760 design units; at its smallest text size (70 %) that holds about 60 letters. A longer word
 * fits no line of any screen and is cut between lines: `byline check` warns. */
#define PACK_MAX_WORD_CHARS     60
#define PACK_MAX_ARTICLES       8
#define PACK_MAX_PARAGRAPHS     500
#define PACK_MAX_QUESTIONS      10000
#define PACK_MAX_PEOPLE         1000
#define PACK_MAX_EVENTS         1000
#define PACK_MAX_ALIASES        16
#define PACK_MAX_TAGS           16
#define PACK_MAX_CHOICES        8
#define PACK_MIN_CHOICES        2
#define PACK_MAX_ORDER_EVENTS   8
#define PACK_MAX_ACCEPT         20
#define PACK_MAX_TYPOS          1   /* spelling slips a text question may forgive */
#define PACK_MAX_EVIDENCE       8
#define PACK_MAX_DEPTH          64    /* JSON nesting levels */
#define PACK_MAX_POINTS         100
#define PACK_MIN_TIME_LIMIT     5
#define PACK_MAX_TIME_LIMIT     600
#define PACK_MAX_DIAGNOSTICS    500   /* after this many, checking stops with a note */
#define PACK_FORMAT_VERSION     1

#endif
