/* annotate_lexicon.c — the grammar-word lists of the annotator (speech verbs, function words, tense
 * markers, scheduling words…), month and weekday names, small numbers, and lex_classify, which
 * gives a word all its classes at once (it also consults annotate_names.c). Tables are sorted for
 * binary search; lex_tables_sorted() lets the tests check that edits kept them sorted. */
#include "annotate_internal.h"
#include <stdlib.h>
#include <string.h>

#define U ANN_GENDER_UNKNOWN
#define CC (LX_CUE | LX_CLAIM)

typedef struct LexWord {
    const char *w;
    uint32_t flags;
    unsigned char g;
} LexWord;

static const LexWord VERBS[] = {
    {"acknowledged", CC, U}, {"acknowledges", CC, U}, {"acknowledging", CC | LX_ING, U},
    {"added", CC, U}, {"adding", CC | LX_ING, U}, {"adds", CC, U}, {"admits", CC, U},
    {"admitted", CC, U}, {"agreed", CC, U}, {"agrees", CC, U}, {"alleged", CC, U},
    {"announced", CC, U}, {"answered", LX_CUE, U}, {"answers", LX_CUE, U}, {"argued", CC, U},
    {"argues", CC, U}, {"arguing", CC | LX_ING, U}, {"asked", LX_CUE, U},
    {"asking", LX_CUE | LX_ING, U}, {"asks", LX_CUE, U}, {"asserted", CC, U},
    {"assured", CC | LX_TELL, U}, {"beamed", LX_CUE, U}, {"believes", LX_CLAIM, U},
    {"boasted", CC, U}, {"boomed", LX_CUE, U}, {"bragged", CC, U}, {"called", LX_CUE, U},
    {"calling", LX_CUE | LX_ING, U}, {"calls", LX_CUE, U}, {"cautioned", LX_CUE, U},
    {"claimed", CC, U}, {"claiming", CC | LX_ING, U}, {"claims", CC, U}, {"complained", CC, U},
    {"conceded", CC, U}, {"concedes", CC, U}, {"concluded", CC, U}, {"concludes", CC, U},
    {"confirmed", CC, U}, {"contended", CC, U}, {"continued", LX_CUE, U}, {"countered", CC, U},
    {"counters", CC, U}, {"declared", CC, U}, {"declares", CC, U}, {"denied", CC, U},
    {"described", LX_CUE, U}, {"describes", LX_CUE, U}, {"describing", LX_CUE | LX_ING, U},
    {"emphasised", CC, U}, {"emphasized", CC, U}, {"estimated", CC, U}, {"exclaimed", LX_CUE, U},
    {"explained", CC, U}, {"explaining", CC | LX_ING, U}, {"explains", CC, U}, {"insisted", CC, U},
    {"insisting", CC | LX_ING, U}, {"insists", CC, U}, {"joked", LX_CUE, U}, {"jokes", LX_CUE, U},
    {"lamented", CC, U}, {"laments", CC, U}, {"maintained", CC, U}, {"mused", LX_CUE, U},
    {"noted", CC, U}, {"notes", CC, U}, {"noting", CC | LX_ING, U}, {"observed", CC, U},
    {"pleaded", LX_CUE, U}, {"posted", LX_CUE, U}, {"predicted", CC, U},
    {"predicting", CC | LX_ING, U}, {"predicts", CC, U}, {"pressed", LX_CUE, U},
    {"promised", CC, U}, {"quipped", LX_CUE, U},
    {"quips", LX_CUE, U}, {"reasoned", CC, U}, {"recalled", LX_CUE, U}, {"recalls", LX_CUE, U},
    {"recounted", LX_CUE, U}, {"reiterated", CC, U}, {"remarked", CC, U}, {"remembered", LX_CUE, U},
    {"replied", CC, U}, {"replies", CC, U}, {"reported", CC, U}, {"reports", LX_CLAIM, U},
    {"responded", CC, U}, {"responds", CC, U}, {"retorted", LX_CUE, U}, {"said", CC, U},
    {"say", CC, U}, {"saying", CC | LX_ING, U}, {"says", CC, U}, {"scoffed", LX_CUE, U},
    {"shouted", LX_CUE, U}, {"snapped", LX_CUE, U}, {"stated", CC, U}, {"stressed", CC, U},
    {"suggested", CC, U}, {"suggesting", CC | LX_ING, U}, {"suggests", CC, U},
    {"tell", CC | LX_TELL, U}, {"telling", CC | LX_TELL | LX_ING, U}, {"tells", CC | LX_TELL, U},
    {"testified", CC, U}, {"thinks", LX_CLAIM, U}, {"told", CC | LX_TELL, U},
    {"tweeted", LX_CUE, U}, {"tweeting", LX_CUE | LX_ING, U}, {"tweets", LX_CUE, U},
    {"vowed", CC, U}, {"warned", CC | LX_TELL, U},
    {"warning", CC | LX_TELL | LX_ING, U}, {"warns", CC | LX_TELL, U}, {"whispered", LX_CUE, U},
    {"wondered", LX_CUE, U}, {"writes", CC, U}, {"writing", CC | LX_ING, U}, {"wrote", CC, U},
    {"yelled", LX_CUE, U},
};

static const char *const STOPS[] = {
    "a", "about", "according", "after", "again", "against", "all", "already", "also", "although",
    "amid", "among", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before",
    "being", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each", "either",
    "even", "every", "for", "from", "had", "has", "have", "he", "her", "here", "him", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "just", "many", "may", "me", "might",
    "more", "most", "much", "must", "my", "neither", "no", "nor", "not", "now", "of", "on",
    "once", "only", "or", "our", "over", "per", "shall", "she", "should", "since", "so", "some",
    "still", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "though", "to", "too", "under", "until", "us", "very", "via", "was", "we",
    "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
    "will", "with", "within", "without", "would", "yet", "you", "your",
};

static const char *const FUTURE[] = {
    "coming", "expected", "expects", "going", "intends", "later", "next", "plan", "plans",
    "shall", "soon", "tomorrow", "upcoming", "will", "would",
};

static const char *const PAST[] = {
    "ago", "ate", "became", "began", "bought", "broke", "brought", "built", "came", "caught",
    "chose", "did", "drove", "earlier", "fell", "felt", "flew", "fought", "found", "gave", "got",
    "grew", "had", "heard", "held", "kept", "knew", "last", "led", "left", "lost", "made",
    "meant", "met", "paid", "previously", "ran", "rose", "said", "saw", "sent", "sold", "sought",
    "spent", "spoke", "stood", "struck", "taught", "thought", "threw", "told", "took", "was",
    "went", "were", "won", "wrote", "yesterday",
};

static const char *const SCHEDULE[] = {
    "delayed", "due", "moved", "planned", "postponed", "pushed", "rescheduled", "scheduled",
    "set", "slated",
};

static const char *const PREPS[] = {
    "after", "around", "at", "before", "between", "by", "during", "for", "from", "in", "of", "on",
    "since", "through", "till", "to", "until",
};

static const char *const COUNT_NOUNS[] = {
    "acres", "cars", "cases", "children", "copies", "days", "deaths", "dollars", "feet", "homes",
    "hours", "houses", "jobs", "members", "men", "miles", "minutes", "patients", "people",
    "pounds", "residents", "signatures", "students", "teachers", "times", "tons", "units",
    "vehicles", "voters", "votes", "women", "words", "years",
};

static const char *const PARTICLES[] = {
    "al", "bin", "da", "de", "del", "della", "der", "di", "du", "ibn", "la", "le", "van", "von",
};

static const char *const ROLE_ADJS[] = {
    "acting", "current", "former", "incoming", "interim", "longtime", "outgoing", "retired",
    "then",
};

#undef U
#undef CC

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int cmp_word(const void *key, const void *e)
{
    return strcmp(key, ((const LexWord *)e)->w);
}

static int cmp_str(const void *key, const void *e)
{
    return strcmp(key, *(const char *const *)e);
}

typedef struct LexSet {
    const char *const *words;
    size_t n;
    uint32_t flag;
} LexSet;

static const LexSet SETS[] = {
    {STOPS, COUNT(STOPS), LX_STOP},
    {FUTURE, COUNT(FUTURE), LX_FUTURE},
    {PAST, COUNT(PAST), LX_PAST},
    {SCHEDULE, COUNT(SCHEDULE), LX_SCHEDULE},
    {PREPS, COUNT(PREPS), LX_PREP},
    {COUNT_NOUNS, COUNT(COUNT_NOUNS), LX_COUNT_NOUN},
    {PARTICLES, COUNT(PARTICLES), LX_NAME_PARTICLE},
    {ROLE_ADJS, COUNT(ROLE_ADJS), LX_ROLE_ADJ},
};

/* ASCII lower case, typographic apostrophe folded to '\''; false when too long to be listed. */
static bool lower_copy(const char *w, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (o + 1 >= cap) return false;
        unsigned char c = (unsigned char)w[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)w[i + 1] == 0x80 &&
            (unsigned char)w[i + 2] == 0x99) {
            out[o++] = '\'';
            i += 2;
        } else {
            out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
    }
    out[o] = '\0';
    return true;
}

uint32_t lex_classify(const char *w, size_t n, AnnGender *gender)
{
    char lw[32];
    *gender = ANN_GENDER_UNKNOWN;
    if (!lower_copy(w, n, lw, sizeof lw)) return 0;
    uint32_t flags = lex_name_classify(lw, gender);
    const LexWord *v = bsearch(lw, VERBS, COUNT(VERBS), sizeof VERBS[0], cmp_word);
    if (v) flags |= v->flags;
    for (size_t i = 0; i < COUNT(SETS); i++)
        if (bsearch(lw, SETS[i].words, SETS[i].n, sizeof(char *), cmp_str)) flags |= SETS[i].flag;
    return flags;
}

static const char *const MONTHS[] = {"January", "February", "March",     "April",
                                     "May",     "June",     "July",      "August",
                                     "September", "October", "November", "December"};
/* Abbreviations are only taken with their full stop (the caller checks): "Jan" is also a name. */
static const char *const MONTH_ABBR[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static bool same(const char *w, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(w, lit, n) == 0;
}

int lex_month(const char *w, size_t n, bool *abbreviated)
{
    *abbreviated = false;
    for (int m = 0; m < 12; m++)
        if (same(w, n, MONTHS[m])) return m + 1;
    *abbreviated = true;
    for (int m = 0; m < 12; m++)
        if (same(w, n, MONTH_ABBR[m])) return m + 1;
    return same(w, n, "Sept") ? 9 : 0;
}

int lex_weekday(const char *w, size_t n)
{
    static const char *const DAYS[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
    for (int i = 0; i < 7; i++)
        if (same(w, n, DAYS[i])) return i;
    return -1;
}

int lex_small_number(const char *w, size_t n)
{
    static const char *const WORDS[] = {"a",   "one", "two",   "three", "four",  "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve"};
    char lw[16];
    if (!lower_copy(w, n, lw, sizeof lw)) return -1;
    if (strcmp(lw, "an") == 0) return 1;
    for (int i = 0; i < (int)COUNT(WORDS); i++)
        if (strcmp(lw, WORDS[i]) == 0) return i ? i : 1;
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] < '0' || w[i] > '9' || v > 100000) return -1;
        v = v * 10 + (w[i] - '0');
    }
    return n ? v : -1;
}

bool lex_tables_sorted(void)
{
    for (size_t i = 1; i < COUNT(VERBS); i++)
        if (strcmp(VERBS[i - 1].w, VERBS[i].w) >= 0) return false;
    for (size_t s = 0; s < COUNT(SETS); s++)
        for (size_t i = 1; i < SETS[s].n; i++)
            if (strcmp(SETS[s].words[i - 1], SETS[s].words[i]) >= 0) return false;
    return lex_names_sorted();
}
