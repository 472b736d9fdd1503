/* compare.c — comparing articles (see compare.h): the words of each article, the people matched
 * across articles, and the quoted words each prints or leaves out. Claims, dates and numbers are
 * in compare_facts.c.
 *
 * Both directions of every test lean the same way: toward leaving an item out. A person counts
 * as absent from an article only when no word of it is their surname, in any case; quoted words
 * count as absent only when not even four of them in a row appear there. */
#include "compare.h"
#include "compare_internal.h"
#include <stdlib.h>
#include <string.h>

/* ---- words ---------------------------------------------------------------------------------- */

static const char *const STOP[] = {
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "but", "by", "can", "could", "did", "do", "for", "from", "had", "has",
    "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "may", "might",
    "more", "most", "no", "not", "of", "on", "or", "our", "over", "said", "say", "says", "she",
    "should", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "to", "told", "up", "was", "we", "were", "which", "who", "whom",
    "will", "with", "would", "you", NULL};
static const char *const SPEECH[] = {
    "according", "accused", "acknowledged", "added", "alleged", "allegedly", "alleges",
    "announced", "argued", "argues", "believe", "believed", "believes", "called", "calling",
    "calls", "claim", "claimed", "claims", "contend", "contends", "denied", "described",
    "insisted", "interpreted", "maintained", "promised", "proposed", "report", "reported",
    "reportedly", "reports", "said", "say", "saying", "says", "show", "showed", "shows",
    "stated", "states", "suggested", "tell", "tells", "testified", "told", "urged", "vowed",
    "warned", "warns", "wrote", NULL};
static const char *const DATEY[] = {
    "afternoon", "ago", "apr", "april", "aug", "august", "day", "days", "dec", "december",
    "evening", "feb", "february", "friday", "jan", "january", "jul", "july", "jun", "june",
    "last", "mar", "march", "monday", "month", "morning", "next", "night", "nov", "november",
    "oct", "october", "saturday", "sep", "sept", "september", "sunday", "thursday", "today",
    "tomorrow", "tuesday", "wednesday", "week", "year", "yesterday", NULL};

/* Binary search: each word of both articles is looked up in three lists (a linear scan was
 * half the time of comparing two 3 MB texts). The lists are sorted (cmp_lists_sorted). */
#define LIST_LEN(l) (sizeof(l) / sizeof(l)[0] - 1) /* the NULL at the end is not a word */

static bool in_list(const char *const *list, size_t n, const char *w)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(list[mid], w);
        if (c == 0) return true;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return false;
}

static bool sorted(const char *const *list)
{
    for (size_t i = 0; list[i] && list[i + 1]; i++)
        if (strcmp(list[i], list[i + 1]) >= 0) return false;
    return true;
}

bool cmp_lists_sorted(void) { return sorted(STOP) && sorted(SPEECH) && sorted(DATEY); }

uint32_t cmp_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

bool cmp_push(void **arr, size_t *n, size_t size, const void *item)
{
    if ((*n & (*n - 1)) == 0) { /* grow at powers of two */
        void *p = realloc(*arr, (*n ? *n * 2 : 4) * size);
        if (!p) return false;
        *arr = p;
    }
    memcpy((char *)*arr + *n * size, item, size);
    (*n)++;
    return true;
}

/* Bytes that end a word: ASCII other than letters and digits, and the General Punctuation block
 * (U+2000–U+206F: dashes, typographic quotes), no-break space and guillemets. */
static size_t separator_len(const char *s, size_t i, size_t len)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') ? 0 : 1;
    if (c == 0xE2 && i + 2 < len && ((unsigned char)s[i + 1] == 0x80 || (unsigned char)s[i + 1] == 0x81))
        return 3;
    unsigned char d = i + 1 < len ? (unsigned char)s[i + 1] : 0;
    if (c == 0xC2 && (d == 0xA0 || d == 0xAB || d == 0xBB)) return 2;
    return 0;
}

/* An apostrophe between two letters belongs to the word and is dropped from its key. */
static size_t apostrophe_len(const char *s, size_t i, size_t len)
{
    size_t k = s[i] == '\'' ? 1 : (i + 2 < len && memcmp(s + i, "\xE2\x80\x99", 3) == 0) ? 3 : 0;
    return k && i + k < len && !separator_len(s, i + k, len) ? k : 0;
}

static bool add_word(CmpText *t, const char *key, size_t n, size_t start, size_t end)
{
    char w[48];
    if (n >= sizeof w) n = sizeof w - 1;
    memcpy(w, key, n);
    w[n] = '\0';
    bool digits = strspn(w, "0123456789") == n;
    size_t sn = n > 3 && w[n - 1] == 's' && w[n - 2] != 's' ? n - 1 : n;
    CmpWord cw = {.start = start, .end = end, .exact = cmp_hash(w, n), .stem = cmp_hash(w, sn),
                  .stop = in_list(STOP, LIST_LEN(STOP), w),
                  .datey = digits || in_list(DATEY, LIST_LEN(DATEY), w),
                  .speech = in_list(SPEECH, LIST_LEN(SPEECH), w)};
    return cmp_push((void **)&t->w, &t->n, sizeof cw, &cw);
}

static bool tokenize(CmpText *t, const char *s, size_t from, size_t len)
{
    char key[48];
    size_t k = 0, start = 0;
    bool in = false;
    for (size_t i = from; i <= len;) {
        size_t sep = i == len ? 1 : separator_len(s, i, len);
        size_t apo = i < len && in ? apostrophe_len(s, i, len) : 0;
        if (apo) { /* "city’s" is "city": a possessive names the same thing */
            size_t after = i + apo + 1;
            bool poss = (s[i + apo] | 0x20) == 's' && (after >= len || separator_len(s, after, len));
            i += apo + poss;
            continue;
        }
        if (sep) {
            if (in && !add_word(t, key, k, start, i)) return false;
            in = false;
            i += sep;
            continue;
        }
        if (!in) {
            in = true;
            start = i;
            k = 0;
        }
        char ch = s[i];
        if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
        if (k < sizeof key) key[k++] = ch;
        i++;
    }
    return true;
}

/* ---- sets and content words ------------------------------------------------------------------ */

static bool set_init(CmpSet *s, size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    s->slot = calloc(cap, sizeof *s->slot);
    s->mask = cap - 1;
    return s->slot != NULL;
}

static void set_add(CmpSet *s, uint32_t h)
{
    h = h ? h : 1;
    size_t i = h & s->mask;
    while (s->slot[i] && s->slot[i] != h) i = (i + 1) & s->mask;
    s->slot[i] = h;
}

bool cmp_set_has(const CmpSet *s, uint32_t h)
{
    h = h ? h : 1;
    for (size_t i = h & s->mask; s->slot[i]; i = (i + 1) & s->mask)
        if (s->slot[i] == h) return true;
    return false;
}

uint32_t cmp_gram(const CmpWord *w)
{
    uint32_t h = 2166136261u;
    for (int k = 0; k < CMP_MIN_QUOTE_WORDS; k++) h = (h ^ w[k].exact) * 16777619u;
    return h;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

size_t cmp_content(const CmpText *t, size_t a, size_t b, uint32_t *out)
{
    size_t n = 0;
    for (size_t i = a; i < b && n < CMP_MAX_SENTENCE_WORDS; i++)
        if (!t->w[i].stop && !t->w[i].datey && !t->w[i].speech) out[n++] = t->w[i].stem;
    qsort(out, n, sizeof *out, cmp_u32);
    size_t o = 0;
    for (size_t i = 0; i < n; i++)
        if (o == 0 || out[o - 1] != out[i]) out[o++] = out[i];
    return o;
}

size_t cmp_shared(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    size_t s = 0, i = 0, k = 0;
    while (i < na && k < nb) {
        if (a[i] == b[k]) s++, i++, k++;
        else if (a[i] < b[k]) i++;
        else k++;
    }
    return s;
}

static bool index_text(CmpText *t)
{
    if (!set_init(&t->words, t->n) || !set_init(&t->grams, t->n)) return false;
    for (size_t i = 0; i < t->n; i++) {
        set_add(&t->words, t->w[i].exact);
        if (i + CMP_MIN_QUOTE_WORDS <= t->n) set_add(&t->grams, cmp_gram(&t->w[i]));
    }
    t->n_compared = t->n_sent < CMP_MAX_SENTENCES ? t->n_sent : CMP_MAX_SENTENCES;
    t->content = malloc((t->n_compared + 1) * CMP_MAX_SENTENCE_WORDS * sizeof *t->content);
    t->n_content = calloc(t->n_compared + 1, sizeof *t->n_content);
    if (!t->content || !t->n_content) return false;
    for (size_t s = 0; s < t->n_compared; s++) {
        size_t a = cmp_word_from(t, t->sent[s].start), b = cmp_word_from(t, t->sent[s].end);
        if (b - a <= CMP_MAX_SENTENCE_WORDS)
            t->n_content[s] = (uint16_t)cmp_content(t, a, b, t->content + s * CMP_MAX_SENTENCE_WORDS);
    }
    return true;
}

bool cmp_text_init(CmpText *t, const CompareArticle *art)
{
    memset(t, 0, sizeof *t);
    t->art = art;
    size_t body = art->ann->body_start;
    if (!tokenize(t, art->text, body, art->len)) return false;
    t->n_sent = text_sentences(art->text + body, art->len - body, &t->sent);
    for (size_t i = 0; i < t->n_sent; i++) {
        t->sent[i].start += body;
        t->sent[i].end += body;
    }
    return (t->n_sent == 0 || t->sent) && index_text(t);
}

void cmp_text_free(CmpText *t)
{
    free(t->w);
    free(t->sent);
    free(t->words.slot);
    free(t->grams.slot);
    free(t->content);
    free(t->n_content);
    memset(t, 0, sizeof *t);
}

size_t cmp_word_from(const CmpText *t, size_t offset)
{
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->w[mid].start < offset) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

const TextSpan *cmp_sentence_at(const CmpText *t, size_t offset)
{
    size_t lo = 0, hi = t->n_sent;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->sent[mid].end <= offset) lo = mid + 1;
        else hi = mid;
    }
    return lo < t->n_sent && t->sent[lo].start <= offset ? &t->sent[lo] : NULL;
}

/* ---- people --------------------------------------------------------------------------------- */

/* The i-th word of a name (0-based; -1 the last), lower-cased into out. */
static void name_word(const char *name, int i, char *out, size_t size)
{
    const char *w = name, *p;
    int count = 0;
    for (p = name; *p; p++) count += *p == ' ' && p[1] && p[1] != ' ';
    if (i < 0) i = count;
    for (int k = 0; k < i && (p = strchr(w, ' ')); k++) w = p + 1;
    size_t n = strcspn(w, " ");
    size_t o = 0;
    for (size_t k = 0; k < n && o + 1 < size; k++) {
        char ch = w[k];
        out[o++] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
    }
    out[o] = '\0';
}

static bool one_word(const char *name) { return !strchr(name, ' '); }

/* "Teresa Okafor" and "Okafor": one person; "Ivy Brennan" and "Tom Brennan": two. Organisations
 * match by the whole name, with or without "The". */
static bool names_match(const char *a, const char *b, AnnKind kind)
{
    if (kind == ANN_KIND_ORGANISATION) {
        if (strncmp(a, "The ", 4) == 0) a += 4;
        if (strncmp(b, "The ", 4) == 0) b += 4;
        return strcmp(a, b) == 0;
    }
    char la[48], lb[48], fa[48], fb[48];
    name_word(a, -1, la, sizeof la);
    name_word(b, -1, lb, sizeof lb);
    if (strcmp(la, lb) != 0) return false;
    if (one_word(a) || one_word(b)) return true;
    name_word(a, 0, fa, sizeof fa);
    name_word(b, 0, fb, sizeof fb);
    return strcmp(fa, fb) == 0;
}

static bool word_in(const CmpText *t, const char *lower)
{
    return cmp_set_has(&t->words, cmp_hash(lower, strlen(lower)));
}

static int first_sure_quote(const Annotation *a, int person, AnnConfidence min)
{
    for (size_t i = 0; person >= 0 && i < a->n_quotes; i++)
        if (a->quotes[i].speaker == person && a->quotes[i].confidence >= min) return (int)i;
    return -1;
}

/* Adds article k's person p: to the entry it matches (only one may), or as a new entry. */
static bool match_person(Comparison *c, size_t k, int p, const AnnPerson *ap)
{
    int found = -1, matches = 0;
    for (size_t i = 0; i < c->n_people; i++) {
        ComparePerson *cp = &c->people[i];
        if (cp->kind != ap->kind || cp->person[k] >= 0 || !names_match(cp->name, ap->name, ap->kind))
            continue;
        matches++;
        found = (int)i;
    }
    if (matches == 1) {
        ComparePerson *cp = &c->people[found];
        cp->person[k] = p;
        if (strlen(ap->name) > strlen(cp->name)) cp->name = ap->name;
        return true;
    }
    ComparePerson cp = {.name = ap->name, .kind = ap->kind};
    for (size_t i = 0; i < COMPARE_MAX_ARTICLES; i++) cp.person[i] = cp.quote[i] = -1;
    cp.person[k] = p;
    return cmp_push((void **)&c->people, &c->n_people, sizeof cp, &cp);
}

static bool people(Comparison *c, const CmpText *t, AnnConfidence min)
{
    for (size_t k = 0; k < c->n_articles; k++)
        for (size_t p = 0; p < t[k].art->ann->n_people && p < CMP_MAX_PEOPLE; p++)
            if (!match_person(c, k, (int)p, &t[k].art->ann->people[p])) return false;
    for (size_t i = 0; i < c->n_people; i++) {
        ComparePerson *cp = &c->people[i];
        char last[48];
        name_word(cp->name, -1, last, sizeof last);
        for (size_t k = 0; k < c->n_articles; k++) {
            cp->quote[k] = first_sure_quote(t[k].art->ann, cp->person[k], min);
            cp->mentioned[k] = cp->person[k] >= 0 || word_in(&t[k], last);
        }
    }
    return true;
}

/* ---- quoted words --------------------------------------------------------------------------- */

/* Does hay[0..nh) hold needle[0..nn) as a run of exact words? */
static bool has_run(const CmpWord *hay, size_t nh, const CmpWord *needle, size_t nn)
{
    for (size_t i = 0; nn && i + nn <= nh; i++) {
        size_t k = 0;
        while (k < nn && hay[i + k].exact == needle[k].exact) k++;
        if (k == nn) return true;
    }
    return false;
}

/* The words of t inside [start, end). */
static const CmpWord *words_in(const CmpText *t, size_t start, size_t end, size_t *n)
{
    size_t a = cmp_word_from(t, start), b = a;
    while (b < t->n && t->w[b].end <= end) b++;
    *n = b - a;
    return t->w + a;
}

/* Does article k print the words as person cp's quotation? */
static bool quoted_by(const CmpText *t, const ComparePerson *cp, size_t k, AnnConfidence min,
                      const CmpWord *w, size_t n)
{
    const Annotation *a = t[k].art->ann;
    if (!cmp_set_has(&t[k].grams, cmp_gram(w))) return false; /* not even the first words */
    for (size_t q = 0; q < a->n_quotes && q < CMP_MAX_ITEMS; q++) {
        const AnnQuote *qt = &a->quotes[q];
        if (qt->speaker < 0 || qt->speaker != cp->person[k] || qt->confidence < min) continue;
        for (size_t p = 0; p < qt->n_parts; p++) {
            size_t nh;
            const CmpWord *hay = words_in(&t[k], qt->parts[p].start, qt->parts[p].end, &nh);
            if (has_run(hay, nh, w, n)) return true;
        }
    }
    return false;
}

/* No CMP_MIN_QUOTE_WORDS of the words in a row appear in article k. (A hash collision can only
 * make words look present, never absent.) */
static bool surely_absent(const CmpText *tk, const CmpWord *w, size_t n)
{
    for (size_t i = 0; i + CMP_MIN_QUOTE_WORDS <= n; i++)
        if (cmp_set_has(&tk->grams, cmp_gram(w + i))) return false;
    return true;
}

static int person_of(const Comparison *c, size_t k, int speaker)
{
    for (size_t i = 0; i < c->n_people; i++)
        if (c->people[i].person[k] == speaker) return (int)i;
    return -1;
}

/* Already reported from another article's side: the same person's words found there too. */
static bool reported(const Comparison *c, const CompareWords *cw)
{
    for (size_t i = 0; i < c->n_words; i++) {
        const CompareWords *e = &c->words[i];
        if (e->person == cw->person && e->article != cw->article && e->in[cw->article] &&
            cw->in[e->article])
            return true;
    }
    return false;
}

static bool quote_part(Comparison *c, const CmpText *t, size_t k, size_t q, size_t part,
                       AnnConfidence min)
{
    const AnnQuote *qt = &t[k].art->ann->quotes[q];
    CompareWords cw = {.person = person_of(c, k, qt->speaker), .article = k, .quote = q, .part = part};
    size_t n;
    const CmpWord *w = words_in(&t[k], qt->parts[part].start, qt->parts[part].end, &n);
    if (cw.person < 0 || n < CMP_MIN_QUOTE_WORDS || n > CMP_MAX_SENTENCE_WORDS) return true;
    for (size_t j = 0; j < c->n_articles; j++) {
        cw.in[j] = j == k || quoted_by(t, &c->people[cw.person], j, min, w, n);
        if (!cw.in[j] && !surely_absent(&t[j], w, n)) return true; /* in part, or not as theirs */
    }
    if (reported(c, &cw)) return true;
    return cmp_push((void **)&c->words, &c->n_words, sizeof cw, &cw);
}

static bool quoted_words(Comparison *c, const CmpText *t, AnnConfidence min)
{
    for (size_t k = 0; k < c->n_articles; k++) {
        const Annotation *a = t[k].art->ann;
        size_t parts = 0;
        for (size_t q = 0; q < a->n_quotes && parts < CMP_MAX_ITEMS; q++) {
            const AnnQuote *qt = &a->quotes[q];
            if (qt->speaker < 0 || qt->confidence < min) continue;
            for (size_t p = 0; p < qt->n_parts && parts < CMP_MAX_ITEMS; p++, parts++)
                if (!quote_part(c, t, k, q, p, min)) return false;
        }
    }
    return true;
}

/* ---- the whole comparison ------------------------------------------------------------------- */

Comparison *compare_articles(const CompareArticle *arts, size_t n, AnnConfidence min)
{
    if (n < 2 || n > COMPARE_MAX_ARTICLES) return NULL;
    if (min == ANN_CONF_NONE) min = ANN_CONF_MEDIUM;
    Comparison *c = calloc(1, sizeof *c);
    CmpText t[COMPARE_MAX_ARTICLES];
    memset(t, 0, sizeof t);
    bool ok = c != NULL;
    if (c) c->n_articles = n;
    for (size_t k = 0; ok && k < n; k++) ok = cmp_text_init(&t[k], &arts[k]);
    ok = ok && people(c, t, min) && quoted_words(c, t, min) && cmp_claims(c, t) &&
         cmp_dates(c, t) && cmp_numbers(c, t);
    for (size_t k = 0; k < n; k++) cmp_text_free(&t[k]);
    if (!ok) {
        comparison_free(c);
        return NULL;
    }
    return c;
}

void comparison_free(Comparison *c)
{
    if (!c) return;
    free(c->people);
    free(c->words);
    free(c->claims);
    free(c->dates);
    free(c->numbers);
    free(c);
}
