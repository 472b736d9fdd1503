/* import_gift.c — reading GIFT (see import_gift.h for the subset).
 *
 * As Moodle does it: the text is split into items at blank lines; in an item, lines starting with
 * // are comments (where [id:…] and [tag:…] are read); an item is [::title::] [format] text, then
 * either nothing (a description) or an answer block { … } and perhaps more text (a "missing word"
 * question, imported with _____ in the prompt). Inside the braces, "####" starts the general
 * feedback, and answers start at an unescaped = or ~.
 *
 * Every scan is bounded by the item's length, so no input makes the parser read past its buffer. */
#include "import_internal.h"
#include "text.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct Answer {
    char marker;     /* '=' or '~' */
    bool has_weight;
    double weight;   /* percent */
    Span text;       /* without weight and feedback */
    Span right;      /* matching: the part after "->" */
    bool match;
} Answer;

typedef struct Item {
    int line;
    Span id;                    /* [id:…] from a comment; n == 0 when none */
    Span tags[PACK_MAX_TAGS];
    size_t n_tags;
    ExBuf text;                 /* the item's lines, comments left out */
} Item;

typedef struct Reader {
    ImportPack pack;
    Item item;
    bool sentence_note;         /* the stem says "Choose the sentence of the article…" */
    bool full;                  /* PACK_MAX_QUESTIONS reached */
} Reader;

/* --- scanning ----------------------------------------------------------------------------------- */

static Span trim(Span s)
{
    while (s.n && (s.s[0] == ' ' || s.s[0] == '\t' || s.s[0] == '\n' || s.s[0] == '\r')) {
        s.s++;
        s.n--;
    }
    while (s.n && (s.s[s.n - 1] == ' ' || s.s[s.n - 1] == '\t' || s.s[s.n - 1] == '\n' ||
                   s.s[s.n - 1] == '\r'))
        s.n--;
    return s;
}

static Span sub(Span s, size_t from, size_t to)
{
    if (to > s.n) to = s.n;
    if (from > to) from = to;
    return (Span){s.s + from, to - from};
}

static bool starts_with(Span s, const char *p)
{
    size_t n = strlen(p);
    return s.n >= n && memcmp(s.s, p, n) == 0;
}

/* Offset of the first unescaped occurrence of `what` at or after `from`, or s.n. */
static size_t find_unescaped(Span s, size_t from, const char *what)
{
    size_t w = strlen(what);
    for (size_t i = from; i < s.n; i++) {
        if (s.s[i] == '\\') {
            i++;
            continue;
        }
        if (i + w <= s.n && memcmp(s.s + i, what, w) == 0) return i;
    }
    return s.n;
}

/* Offset of the first unescaped = or ~ at or after `from`, or s.n. (One pass: an answer block
 * may hold very many answers.) */
static size_t find_marker(Span s, size_t from)
{
    for (size_t i = from; i < s.n; i++) {
        if (s.s[i] == '\\') i++;
        else if (s.s[i] == '=' || s.s[i] == '~') return i;
    }
    return s.n;
}

/* --- text ---------------------------------------------------------------------------------------- */

/* "[html]" and friends at the start of s: removes it, and says whether the text is HTML. Without
 * a marker (Moodle's auto format) text is read as HTML only when it has HTML tags in it. */
static bool take_format(Span *s, bool inherited)
{
    *s = trim(*s);
    static const char *const MARKERS[] = {"[html]", "[moodle]", "[plain]", "[markdown]"};
    for (int i = 0; i < 4; i++)
        if (starts_with(*s, MARKERS[i])) {
            *s = trim(sub(*s, strlen(MARKERS[i]), s->n));
            return i == 0;
        }
    for (size_t i = 0; i + 1 < s->n; i++)
        if (s->s[i] == '<' && (s->s[i + 1] == '/' || s->s[i + 1] == 'p' || s->s[i + 1] == 'b'))
            return true;
    return inherited;
}

/* Unescapes a span and reads it into blocks. */
static void span_blocks(Reader *r, Span s, bool html, TextBlocks *out)
{
    char *t = import_unescape(s);
    if (!t) {
        r->pack.oom = true;
        return;
    }
    import_text_blocks(t, strlen(t), html, out);
    r->pack.oom |= out->oom;
    free(t);
}

/* The blocks of s joined by spaces, less Byline's own labels (malloc'd; "" when empty). */
static char *span_text(Reader *r, Span s, bool html)
{
    TextBlocks b = {0};
    ExBuf out = {0};
    span_blocks(r, s, html, &b);
    for (size_t i = 0; i < b.count; i++) {
        if (strncmp(b.items[i].cls, "byline-", 7) == 0) continue;
        if (out.len) exbuf_putc(&out, ' ');
        exbuf_puts(&out, b.items[i].text);
    }
    import_blocks_free(&b);
    if (!out.data) exbuf_puts(&out, "");
    r->pack.oom |= out.oom;
    return out.data;
}

/* Replaces obj's member key by a string. */
static void set_string(Reader *r, cJSON *obj, const char *key, const char *value)
{
    cJSON *v = cJSON_CreateString(value);
    if (!v || !cJSON_ReplaceItemInObjectCaseSensitive(obj, key, v)) {
        cJSON_Delete(v);
        r->pack.oom = true;
    }
}

/* An answer's text: it may have its own [format] marker, else it has the question's. */
static char *answer_text(Reader *r, Span s, bool html)
{
    bool h = take_format(&s, html);
    return span_text(r, s, h);
}

static void add_text(Reader *r, cJSON *obj, const char *key, char *text)
{
    if (!text || !cJSON_AddStringToObject(obj, key, text)) r->pack.oom = true;
    free(text);
}

static void append_text(Reader *r, cJSON *arr, char *text)
{
    cJSON *s = text ? cJSON_CreateString(text) : NULL;
    if (s) cJSON_AddItemToArray(arr, s);
    else r->pack.oom = true;
    free(text);
}

/* --- answers ------------------------------------------------------------------------------------- */

/* "%50%" at the start of s: the weight, removed from s. */
static void take_weight(Reader *r, Span *s, Answer *a)
{
    if (!s->n || s->s[0] != '%') return;
    size_t end = find_unescaped(*s, 1, "%");
    if (end >= s->n) return;
    char num[32];
    size_t n = end - 1 < sizeof num - 1 ? end - 1 : sizeof num - 1;
    memcpy(num, s->s + 1, n);
    num[n] = '\0';
    char *stop;
    double w = strtod(num, &stop);
    if (stop == num || *stop || !(w >= -100.0 && w <= 100.0)) {
        import_warn(&r->pack, r->item.line, "weight %%%s%% is not a percentage; read as 0", num);
        w = 0;
    }
    a->has_weight = true;
    a->weight = w;
    *s = trim(sub(*s, end + 1, s->n));
}

static bool parse_answer(Reader *r, Span s, char marker, Answer *a)
{
    *a = (Answer){.marker = marker};
    s = trim(s);
    take_weight(r, &s, a);
    s = sub(s, 0, find_unescaped(s, 0, "#")); /* per-answer feedback is not kept */
    size_t arrow = find_unescaped(s, 0, "->");
    if (arrow < s.n) {
        a->match = true;
        a->right = trim(sub(s, arrow + 2, s.n));
        s = sub(s, 0, arrow);
    }
    a->text = trim(s);
    return true;
}

/* The answers of s; NULL when out of memory. Text before the first = or ~ is an answer too, as
 * in Moodle, marked `lead` ('~' in multiple choice, '=' elsewhere). */
static Answer *parse_answers(Reader *r, Span s, char lead, size_t *count)
{
    size_t cap = 0, n = 0, first = find_marker(s, 0);
    bool leading = trim(sub(s, 0, first)).n > 0;
    for (size_t i = first; i < s.n; i = find_marker(s, i + 1)) cap++;
    cap += leading;
    Answer *list = malloc((cap ? cap : 1) * sizeof *list);
    if (!list) return NULL;
    if (leading) parse_answer(r, sub(s, 0, first), lead, &list[n++]);
    for (size_t i = first; i < s.n && n < cap;) {
        size_t next = find_marker(s, i + 1);
        parse_answer(r, sub(s, i + 1, next), s.s[i], &list[n++]);
        i = next;
    }
    *count = n;
    return list;
}

/* --- questions ------------------------------------------------------------------------------------ */

static cJSON *new_question(Reader *r, const char *id, const char *kind, const char *format,
                           char *prompt)
{
    cJSON *q = cJSON_CreateObject();
    if (!q) {
        free(prompt);
        r->pack.oom = true;
        return NULL;
    }
    if (!cJSON_AddStringToObject(q, "id", id) || !cJSON_AddStringToObject(q, "kind", kind) ||
        !cJSON_AddStringToObject(q, "format", format))
        r->pack.oom = true;
    add_text(r, q, "prompt", prompt);
    return q;
}

static void add_choices(Reader *r, cJSON *q, const Answer *a, size_t n, bool html)
{
    cJSON *arr = cJSON_AddArrayToObject(q, "choices");
    if (!arr) {
        r->pack.oom = true;
        return;
    }
    for (size_t i = 0; i < n; i++) append_text(r, arr, answer_text(r, a[i].text, html));
}

/* Moodle's grade of an answer, in percent. In a multiple-choice question "=" is fully right
 * and a weight is read only after "~"; in short answers and numbers "=" is fully right unless it
 * has a weight. */
static double grade_of(const Answer *a, bool multichoice)
{
    if (a->marker == '=' && (multichoice || !a->has_weight)) return 100.0;
    return a->has_weight ? a->weight : 0.0;
}

static bool full_credit(const Answer *a, bool multichoice) { return grade_of(a, multichoice) >= 99.995; }

/* "Bethlehem (25%), Galilee (50%)": the answers of a with 0 < grade < 100, for a warning. */
static void partial_list(Reader *r, const Answer *a, size_t n, bool multichoice, bool html,
                         char *buf, size_t size)
{
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && o + 1 < size; i++) {
        double g = grade_of(&a[i], multichoice);
        if (!(g > 0 && g < 99.995)) continue;
        char *t = answer_text(r, a[i].text, html);
        int w = snprintf(buf + o, size - o, "%s'%.40s' (%g%%)", o ? ", " : "", t ? t : "", g);
        free(t);
        if (w < 0) break;
        o += (size_t)w < size - o ? (size_t)w : size - o - 1;
    }
}

/* The answers of a multiple-choice question must fit Byline's 2..PACK_MAX_CHOICES choices. */
static bool choices_fit(Reader *r, size_t n)
{
    if (n >= PACK_MIN_CHOICES && n <= PACK_MAX_CHOICES) return true;
    import_warn(&r->pack, r->item.line,
                "multiple-choice question with %zu answers; Byline holds %d to %d choices: "
                "skipped", n, PACK_MIN_CHOICES, PACK_MAX_CHOICES);
    return false;
}

/* "Choose the sentence of the article that shows it": how `byline export` writes an evidence
 * question, one choice per sentence of the article. It comes back as an evidence question (the
 * student clicks the sentence), its passages from the general feedback. */
static bool fill_evidence(Reader *r, cJSON *q)
{
    cJSON_DeleteItemFromObjectCaseSensitive(q, "choices");
    set_string(r, q, "format", "evidence");
    return true;
}

/* Moodle's single-answer multiple choice (some answer has "="): the one fully right answer is
 * Byline's `choice`. Partial credit for the others is lost (warned); several fully right answers
 * (Moodle takes any one) have no Byline equivalent and the question is skipped. */
static bool fill_single(Reader *r, cJSON *q, const Answer *a, size_t n, bool html)
{
    if (r->sentence_note && cJSON_GetArraySize(r->pack.articles) > 0) return fill_evidence(r, q);
    size_t full = 0, first = 0;
    for (size_t i = 0; i < n; i++)
        if (full_credit(&a[i], true) && !full++) first = i;
    if (full > 1) {
        import_warn(&r->pack, r->item.line,
                    "%zu answers are each fully right (Moodle accepts any one of them); Byline's "
                    "choice has one right answer and multi needs all of them: skipped", full);
        return false;
    }
    if (!choices_fit(r, n)) return false;
    char partial[300];
    partial_list(r, a, n, true, html, partial, sizeof partial);
    if (partial[0])
        import_warn(&r->pack, r->item.line,
                    "partial credit for %s is lost: Byline marks only the right answer right",
                    partial);
    set_string(r, q, "format", "choice");
    add_choices(r, q, a, n, html);
    if (!cJSON_AddNumberToObject(q, "answer", (double)first)) r->pack.oom = true;
    return true;
}

/* Moodle's multiple-answer question (only "~"): the answers with a positive weight are the ones
 * to tick, as Byline's `multi`. */
static bool fill_multi(Reader *r, cJSON *q, const Answer *a, size_t n, bool html)
{
    double sum = 0;
    size_t right = 0;
    for (size_t i = 0; i < n; i++) {
        double g = grade_of(&a[i], true);
        if (g > 0) {
            sum += g;
            right++;
        }
    }
    if (!right) {
        import_warn(&r->pack, r->item.line, "no answer gives any credit: question skipped");
        return false;
    }
    if (!choices_fit(r, n)) return false;
    if (sum < 99.9 || sum > 100.1)
        import_warn(&r->pack, r->item.line,
                    "the positive weights add up to %g%%, not 100%%: imported as multi, where "
                    "a student must tick every answer that has a positive weight", sum);
    set_string(r, q, "format", "multi");
    add_choices(r, q, a, n, html);
    cJSON *arr = cJSON_AddArrayToObject(q, "answers");
    for (size_t i = 0; arr && i < n; i++)
        if (grade_of(&a[i], true) > 0) cJSON_AddItemToArray(arr, cJSON_CreateNumber((double)i));
    if (!arr) r->pack.oom = true;
    return true;
}

/* Adds form to arr unless it folds (as Byline compares typed answers) to a form already there:
 * `byline export` adds the folded variants, and Byline accepts them anyway. */
static void add_form(Reader *r, cJSON *arr, char *form, bool *full)
{
    bool dup = false;
    const cJSON *f;
    cJSON_ArrayForEach(f, arr) {
        if (text_answers_match(form, f->valuestring)) dup = true;
    }
    if (dup) {
        free(form);
        return;
    }
    if (cJSON_GetArraySize(arr) >= PACK_MAX_ACCEPT) {
        *full = true;
        free(form);
        return;
    }
    append_text(r, arr, form);
}

/* Short answers: the fully right ones are accepted; partial credit has no Byline equivalent
 * (warned), answers worth 0% only carry feedback. Moodle's \* is a star; a bare * is a wildcard
 * Byline does not have. */
static bool fill_text(Reader *r, cJSON *q, const Answer *a, size_t n, bool html)
{
    cJSON *arr = cJSON_AddArrayToObject(q, "accept");
    bool wildcard = false, full = false;
    for (size_t i = 0; arr && i < n; i++) {
        if (!full_credit(&a[i], false)) continue;
        char *t = answer_text(r, a[i].text, html);
        if (!t) continue;
        char *o = t;
        for (const char *c = t; *c; c++) {
            if (*c == '\\' && c[1] == '*') c++;
            else if (*c == '*') wildcard = true;
            *o++ = *c;
        }
        *o = '\0';
        if (!t[0]) {
            free(t);
            continue;
        }
        add_form(r, arr, t, &full);
    }
    if (!arr) {
        r->pack.oom = true;
        return false;
    }
    if (!cJSON_GetArraySize(arr)) {
        import_warn(&r->pack, r->item.line, "short answer without a fully right answer: skipped");
        return false;
    }
    char partial[300];
    partial_list(r, a, n, false, html, partial, sizeof partial);
    if (partial[0])
        import_warn(&r->pack, r->item.line,
                    "partial credit for %s is lost: Byline accepts only the fully right answers",
                    partial);
    if (full)
        import_warn(&r->pack, r->item.line, "more than %d different accepted answers: the first "
                    "%d are kept", PACK_MAX_ACCEPT, PACK_MAX_ACCEPT);
    if (wildcard)
        import_warn(&r->pack, r->item.line,
                    "a short answer uses the * wildcard, which Byline does not have: the star "
                    "is kept as a character");
    set_string(r, q, "format", "text");
    return true;
}

/* Matching whose right sides are 1..n: an order question; other matching cannot be held. */
static bool fill_order(Reader *r, cJSON *q, const Answer *a, size_t n, bool html)
{
    size_t pos_of[PACK_MAX_ORDER_EVENTS] = {0};
    bool ok = n >= 2 && n <= PACK_MAX_ORDER_EVENTS;
    for (size_t i = 0; ok && i < n; i++) {
        char num[8] = {0};
        ok = a[i].match && a[i].marker == '=' && a[i].right.n && a[i].right.n < sizeof num;
        if (!ok) break;
        memcpy(num, a[i].right.s, a[i].right.n);
        char *stop;
        long p = strtol(num, &stop, 10);
        ok = !*stop && stop != num && p >= 1 && (size_t)p <= n && !pos_of[p - 1];
        if (ok) pos_of[p - 1] = i + 1;
    }
    if (!ok) {
        import_warn(&r->pack, r->item.line,
                    "matching question: Byline has no matching (only matching to the positions "
                    "1..n, read as an order question, up to %d events); skipped",
                    PACK_MAX_ORDER_EVENTS);
        return false;
    }
    const cJSON *idv = cJSON_GetObjectItemCaseSensitive(q, "id");
    const char *qid = cJSON_IsString(idv) ? idv->valuestring : "q";
    cJSON *ev = cJSON_AddArrayToObject(q, "events");
    for (size_t k = 0; ev && k < n; k++) {
        char id[PACK_MAX_ID_CHARS + 16], *text = answer_text(r, a[pos_of[k] - 1].text, html);
        import_pack_event(&r->pack, qid, k, text ? text : "", id, sizeof id);
        free(text);
        cJSON_AddItemToArray(ev, cJSON_CreateString(id));
    }
    if (!ev) r->pack.oom = true;
    set_string(r, q, "kind", "timeline");
    set_string(r, q, "format", "order");
    return true;
}

/* The value of s as a number (strtod on a bounded copy); false when it is not one. */
static bool span_number(Span s, double *v)
{
    char buf[64];
    s = trim(s);
    if (!s.n || s.n >= sizeof buf) return false;
    memcpy(buf, s.s, s.n);
    buf[s.n] = '\0';
    char *end;
    *v = strtod(buf, &end);
    return end != buf && !*end;
}

/* A numerical answer "1822", "3.14:0.01" or "3.1..3.2": the number into *num, and whether Moodle
 * accepts that one value only (no tolerance, or an empty range). */
static bool exact_number(Span one, Span *num)
{
    size_t colon = find_unescaped(one, 0, ":"), range = find_unescaped(one, 0, "..");
    double lo, hi, tol;
    if (range < one.n) {
        *num = trim(sub(one, 0, range));
        return span_number(*num, &lo) && span_number(sub(one, range + 2, one.n), &hi) && lo == hi;
    }
    *num = trim(sub(one, 0, colon));
    return colon >= one.n || (span_number(sub(one, colon + 1, one.n), &tol) && tol == 0);
}

/* {#1822}, {#1822:0} or {#=1822:0 =%50%1822:2 ~#feedback}: the fully right numbers as the
 * accepted texts of a `text` question. A tolerance or range (Moodle accepts a span of numbers)
 * has no Byline equivalent: the question is skipped. */
static bool fill_numerical(Reader *r, cJSON *q, Span s)
{
    s = trim(sub(s, 1, s.n));
    s = sub(s, 0, find_unescaped(s, 0, "~")); /* from "~" on: feedback for wrong answers */
    size_t n = 0, inexact = 0;
    Answer *a = parse_answers(r, s, '=', &n);
    cJSON *arr = a ? cJSON_AddArrayToObject(q, "accept") : NULL;
    for (size_t i = 0; arr && i < n; i++) {
        Span num;
        if (!full_credit(&a[i], false)) continue;
        if (!exact_number(a[i].text, &num)) inexact++;
        else if (num.n) append_text(r, arr, span_text(r, num, false));
    }
    char partial[300] = "";
    if (arr) partial_list(r, a, n, false, false, partial, sizeof partial);
    free(a);
    if (!arr) {
        r->pack.oom = true;
        return false;
    }
    if (inexact) {
        import_warn(&r->pack, r->item.line,
                    "numerical question with a tolerance or range: Moodle accepts any number in "
                    "it, Byline only typed texts; skipped");
        return false;
    }
    if (!cJSON_GetArraySize(arr)) {
        import_warn(&r->pack, r->item.line, "numerical question without a number: skipped");
        return false;
    }
    if (partial[0])
        import_warn(&r->pack, r->item.line,
                    "partial credit for %s is lost: Byline accepts only the fully right answers",
                    partial);
    import_warn(&r->pack, r->item.line,
                "numerical question imported as text: the number must be typed as written "
                "(Moodle would also take 1822.0 for 1822)");
    set_string(r, q, "format", "text");
    return true;
}

static bool fill_true_false(Reader *r, Span s, cJSON *q)
{
    s = trim(sub(s, 0, find_unescaped(s, 0, "#")));
    char word[8] = {0};
    if (s.n >= sizeof word) return false;
    memcpy(word, s.s, s.n); /* Moodle: upper case only ({true} is a short answer) */
    bool t = !strcmp(word, "T") || !strcmp(word, "TRUE");
    if (!t && strcmp(word, "F") != 0 && strcmp(word, "FALSE") != 0) return false;
    set_string(r, q, "format", "true_false");
    if (!cJSON_AddBoolToObject(q, "answer", t)) r->pack.oom = true;
    return true;
}

/* Fills q from the answer block; false when the question cannot be held (warned). The type is
 * decided as Moodle's importer does: empty is an essay, "#" a number, any "~" multiple choice
 * (single answer when there is an "="), "=" with "->" matching, T/TRUE/F/FALSE true-false,
 * anything else short answers. */
static bool fill_answers(Reader *r, cJSON *q, Span s, bool html)
{
    s = trim(s);
    if (!s.n) {
        import_warn(&r->pack, r->item.line, "essay question: Byline has no essays; skipped");
        return false;
    }
    if (s.s[0] == '#') return fill_numerical(r, q, s);
    bool tilde = find_unescaped(s, 0, "~") < s.n, equals = find_unescaped(s, 0, "=") < s.n;
    bool arrow = find_unescaped(s, 0, "->") < s.n;
    if (!tilde && !(equals && arrow) && fill_true_false(r, s, q)) return true;
    size_t n = 0;
    Answer *a = parse_answers(r, s, tilde ? '~' : '=', &n);
    if (!a) {
        r->pack.oom = true;
        return false;
    }
    bool ok = tilde ? (equals ? fill_single(r, q, a, n, html) : fill_multi(r, q, a, n, html))
              : arrow ? fill_order(r, q, a, n, html)
                      : fill_text(r, q, a, n, html);
    free(a);
    return ok;
}

/* --- items ------------------------------------------------------------------------------------------ */

static cJSON *item_tags(Reader *r)
{
    if (!r->item.n_tags) return NULL;
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; arr && i < r->item.n_tags; i++)
        append_text(r, arr, span_text(r, r->item.tags[i], false));
    if (!arr) r->pack.oom = true;
    return arr;
}

/* A description item is an article; its ::title:: ("Article: …") is the headline when the text
 * has no heading. */
static void read_description(Reader *r, Span title, Span text)
{
    bool html = take_format(&text, false);
    TextBlocks b = {0};
    span_blocks(r, text, html, &b);
    if (starts_with(title, "Article\\:")) title = trim(sub(title, 9, title.n));
    char *headline = title.n ? span_text(r, title, false) : NULL;
    import_pack_article(&r->pack, &b, headline, r->item.line);
    free(headline);
    import_blocks_free(&b);
}

/* True when the stem has a note of Byline's: a block of class `cls` whose text starts with
 * `prefix` ("" for any). "byline-note" "Choose the sentence of the article" marks an evidence
 * question exported as multiple choice; EXPORT_CITE_CLASS the evidence part of a cite question,
 * folded back into the question before it ("cite": true). */
static bool has_note(Reader *r, Span stem, bool html, const char *cls, const char *prefix)
{
    TextBlocks b = {0};
    bool found = false;
    span_blocks(r, stem, html, &b);
    for (size_t i = 0; i < b.count && !found; i++)
        found = strcmp(b.items[i].cls, cls) == 0 &&
                strncmp(b.items[i].text, prefix, strlen(prefix)) == 0;
    import_blocks_free(&b);
    return found;
}

/* The prompt: the text before the braces, and after them for a missing-word question. */
static char *prompt_of(Reader *r, Span stem, Span after, bool html)
{
    char *before = span_text(r, stem, html), *rest = span_text(r, trim(after), html);
    ExBuf p = {0};
    exbuf_puts(&p, before ? before : "");
    if (rest && *rest) {
        exbuf_puts(&p, " _____ ");
        exbuf_puts(&p, rest);
    }
    free(before);
    free(rest);
    if (!p.data || !p.data[0]) {
        exbuf_puts(&p, "TODO: the question");
        import_warn(&r->pack, r->item.line, "question without text");
    }
    r->pack.oom |= p.oom;
    return p.data;
}

static void read_question(Reader *r, Span title, Span stem, Span answers, Span after)
{
    bool html = take_format(&stem, false);
    if (has_note(r, stem, html, EXPORT_CITE_CLASS, "") && import_pack_cite_last(&r->pack)) return;
    char id[PACK_MAX_ID_CHARS + 8], *wanted = NULL;
    if (r->item.id.n) wanted = span_text(r, r->item.id, false);
    else if (title.n) wanted = span_text(r, title, false);
    import_pack_question_id(&r->pack, wanted, id, sizeof id);
    free(wanted);
    r->sentence_note =
        has_note(r, stem, html, "byline-note", "Choose the sentence of the article");
    cJSON *q = new_question(r, id, "claim", "choice", prompt_of(r, stem, after, html));
    size_t fb = find_unescaped(answers, 0, "####");
    if (!q || !fill_answers(r, q, sub(answers, 0, fb), html)) {
        cJSON_Delete(q);
        return;
    }
    TextBlocks feedback = {0};
    Span f = sub(answers, fb + 4, answers.n);
    if (fb < answers.n) {
        bool feedback_html = take_format(&f, html);
        span_blocks(r, f, feedback_html, &feedback);
    }
    import_pack_add(&r->pack, q, &feedback, item_tags(r));
    import_blocks_free(&feedback);
}

/* "$CATEGORY: path" (its first line); the rest of the item, if any, is read on. */
static Span read_category(Reader *r, Span s)
{
    size_t eol = find_unescaped(s, 0, "\n");
    Span cat = trim(sub(s, strlen("$CATEGORY:"), eol));
    size_t n = cat.n < sizeof r->pack.category - 1 ? cat.n : sizeof r->pack.category - 1;
    memcpy(r->pack.category, cat.s, n);
    r->pack.category[n] = '\0';
    import_clean(r->pack.category);
    return trim(sub(s, eol, s.n));
}

static void read_item(Reader *r)
{
    Span s = trim((Span){r->item.text.data, r->item.text.len});
    if (starts_with(s, "$CATEGORY:")) s = read_category(r, s);
    if (!s.n) return;
    Span title = {0};
    if (starts_with(s, "::")) {
        size_t end = find_unescaped(s, 2, "::");
        if (end < s.n) {
            title = trim(sub(s, 2, end));
            s = sub(s, end + 2, s.n);
        } else {
            import_warn(&r->pack, r->item.line, "'::' title without a closing '::'");
        }
    }
    size_t open = find_unescaped(s, 0, "{");
    if (open >= s.n) {
        read_description(r, title, s);
        return;
    }
    size_t close = find_unescaped(s, open + 1, "}");
    if (close >= s.n) {
        import_warn(&r->pack, r->item.line, "'{' without a closing '}': question skipped");
        return;
    }
    if (r->pack.n_questions >= PACK_MAX_QUESTIONS) {
        if (!r->full) import_warn(&r->pack, r->item.line, "more than %d questions: the rest are "
                                  "skipped", PACK_MAX_QUESTIONS);
        r->full = true;
        return;
    }
    read_question(r, title, sub(s, 0, open), sub(s, open + 1, close), sub(s, close + 1, s.n));
}

/* --- lines ----------------------------------------------------------------------------------------- */

/* [id:…] and [tag:…] in a comment line. */
static void read_comment(Reader *r, Span line)
{
    for (size_t i = 0; i < line.n; i++) {
        bool id = starts_with(sub(line, i, line.n), "[id:");
        bool tag = !id && starts_with(sub(line, i, line.n), "[tag:");
        if (!id && !tag) continue;
        size_t start = i + (id ? 4 : 5), end = start;
        while (end < line.n && line.s[end] != ']') end++;
        if (end >= line.n) return;
        Span v = trim(sub(line, start, end));
        if (id) r->item.id = v;
        else if (r->item.n_tags < PACK_MAX_TAGS && v.n) r->item.tags[r->item.n_tags++] = v;
        i = end;
    }
}

static void end_item(Reader *r)
{
    if (r->item.text.len) read_item(r);
    r->pack.oom |= r->item.text.oom;
    exbuf_free(&r->item.text);
    r->item = (Item){0};
}

static void read_line(Reader *r, Span line, int number)
{
    Span t = trim(line);
    if (!t.n) {
        end_item(r);
        return;
    }
    if (!r->item.line) r->item.line = number;
    if (starts_with(t, "//")) {
        read_comment(r, t);
        return;
    }
    for (size_t i = 0; i < line.n; i++) exbuf_putc(&r->item.text, line.s[i] ? line.s[i] : ' ');
    exbuf_putc(&r->item.text, '\n');
}

#define IMPORT_MAX_LATIN1_WARNINGS 5 /* lines named one by one; the rest are counted */

/* Bytes that are not UTF-8 are read as Latin-1 (ISO 8859-1, what an old editor or a Windows
 * export may have saved: "Zo\xE9" is "Zoé"), and the lines they are on are named in warnings.
 * Valid UTF-8 on the same lines stays as it is. Returns the text as UTF-8 in b (b->data NULL when
 * nothing needed converting). */
static void latin1_fallback(Reader *r, const char *text, size_t len, ExBuf *b)
{
    size_t bad;
    if (text_utf8_valid(text, len, &bad)) return;
    int line = 1, warned_line = 0, lines = 0;
    for (size_t i = 0, n; i < len; i += n) {
        uint32_t cp;
        n = text_utf8_decode(text + i, len - i, &cp);
        if (n == 0) n = 1;
        if (!(cp == 0xFFFD && n == 1)) {
            exbuf_putn(b, text + i, n);
            if (text[i] == '\n') line++;
            continue;
        }
        unsigned char c = (unsigned char)text[i];
        exbuf_putc(b, (char)(0xC0 | (c >> 6)));
        exbuf_putc(b, (char)(0x80 | (c & 0x3F)));
        if (warned_line == line) continue;
        warned_line = line;
        if (++lines <= IMPORT_MAX_LATIN1_WARNINGS)
            import_warn(&r->pack, line, "not valid UTF-8 (byte 0x%02X): read as Latin-1 "
                        "(ISO 8859-1); save the file as UTF-8 if that is wrong", c);
    }
    if (lines > IMPORT_MAX_LATIN1_WARNINGS)
        import_warn(&r->pack, warned_line, "and %d more lines that are not valid UTF-8, read as "
                    "Latin-1", lines - IMPORT_MAX_LATIN1_WARNINGS);
    r->pack.oom |= b->oom;
}

bool import_gift(const char *text, size_t len, const char *source, ImportResult *out)
{
    *out = (ImportResult){0};
    if (len > IMPORT_MAX_GIFT_BYTES) {
        export_warn(&out->warnings, "the input is larger than %u bytes", IMPORT_MAX_GIFT_BYTES);
        return false;
    }
    Reader r = {0};
    if (!import_pack_init(&r.pack, &out->warnings)) {
        import_pack_free(&r.pack);
        return false;
    }
    ExBuf utf8 = {0};
    latin1_fallback(&r, text, len, &utf8);
    if (utf8.data) {
        text = utf8.data;
        len = utf8.len;
    }
    size_t start = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) start = 3; /* byte-order mark */
    int number = 1;
    for (size_t i = start; i <= len && !r.pack.oom; i++) {
        if (i < len && text[i] != '\n') continue;
        read_line(&r, (Span){text + start, i - start}, number++);
        start = i + 1;
    }
    end_item(&r);
    exbuf_free(&utf8);
    out->n_questions = r.pack.n_questions;
    bool oom = r.pack.oom;
    out->json = oom ? NULL : import_pack_finish(&r.pack, source);
    import_pack_free(&r.pack);
    return out->json != NULL;
}

void import_result_free(ImportResult *r)
{
    cJSON_free(r->json);
    export_warnings_free(&r->warnings);
    *r = (ImportResult){0};
}
