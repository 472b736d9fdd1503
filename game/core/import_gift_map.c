/* import_gift_map.c — GIFT questions mapped to Byline's formats: multiple choice and multiple
 * answers to choice and multi, true/false, short answers and exact numbers to text, matching to
 * 1 … n to order, Byline's own exported evidence questions back to evidence. What cannot be
 * carried (partial credit, tolerances, essays) is skipped or changed with a warning. */
#include "import_gift_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Unescapes a span and reads it into blocks. */
void gift_span_blocks(Reader *r, Span s, bool html, TextBlocks *out)
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
char *gift_span_text(Reader *r, Span s, bool html)
{
    TextBlocks b = {0};
    ExBuf out = {0};
    gift_span_blocks(r, s, html, &b);
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
    bool h = gift_take_format(&s, html);
    return gift_span_text(r, s, h);
}

static void add_text(Reader *r, cJSON *obj, const char *key, char *text)
{
    if (!text || !cJSON_AddStringToObject(obj, key, text)) r->pack.oom = true;
    free(text);
}

void gift_append_text(Reader *r, cJSON *arr, char *text)
{
    cJSON *s = text ? cJSON_CreateString(text) : NULL;
    if (s) cJSON_AddItemToArray(arr, s);
    else r->pack.oom = true;
    free(text);
}

/* --- questions ------------------------------------------------------------------------------------ */

cJSON *gift_new_question(Reader *r, const char *id, const char *kind, const char *format,
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
    for (size_t i = 0; i < n; i++) gift_append_text(r, arr, answer_text(r, a[i].text, html));
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
    gift_append_text(r, arr, form);
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
    s = gift_trim(s);
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
    size_t colon = gift_find_unescaped(one, 0, ":"), range = gift_find_unescaped(one, 0, "..");
    double lo, hi, tol;
    if (range < one.n) {
        *num = gift_trim(gift_sub(one, 0, range));
        return span_number(*num, &lo) && span_number(gift_sub(one, range + 2, one.n), &hi) && lo == hi;
    }
    *num = gift_trim(gift_sub(one, 0, colon));
    return colon >= one.n || (span_number(gift_sub(one, colon + 1, one.n), &tol) && tol == 0);
}

/* {#1822}, {#1822:0} or {#=1822:0 =%50%1822:2 ~#feedback}: the fully right numbers as the
 * accepted texts of a `text` question. A tolerance or range (Moodle accepts a span of numbers)
 * has no Byline equivalent: the question is skipped. */
static bool fill_numerical(Reader *r, cJSON *q, Span s)
{
    s = gift_trim(gift_sub(s, 1, s.n));
    s = gift_sub(s, 0, gift_find_unescaped(s, 0, "~")); /* from "~" on: feedback for wrong answers */
    size_t n = 0, inexact = 0;
    Answer *a = gift_parse_answers(r, s, '=', &n);
    cJSON *arr = a ? cJSON_AddArrayToObject(q, "accept") : NULL;
    for (size_t i = 0; arr && i < n; i++) {
        Span num;
        if (!full_credit(&a[i], false)) continue;
        if (!exact_number(a[i].text, &num)) inexact++;
        else if (num.n) gift_append_text(r, arr, gift_span_text(r, num, false));
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
    s = gift_trim(gift_sub(s, 0, gift_find_unescaped(s, 0, "#")));
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
bool gift_fill_answers(Reader *r, cJSON *q, Span s, bool html)
{
    s = gift_trim(s);
    if (!s.n) {
        import_warn(&r->pack, r->item.line, "essay question: Byline has no essays; skipped");
        return false;
    }
    if (s.s[0] == '#') return fill_numerical(r, q, s);
    bool tilde = gift_find_unescaped(s, 0, "~") < s.n, equals = gift_find_unescaped(s, 0, "=") < s.n;
    bool arrow = gift_find_unescaped(s, 0, "->") < s.n;
    if (!tilde && !(equals && arrow) && fill_true_false(r, s, q)) return true;
    size_t n = 0;
    Answer *a = gift_parse_answers(r, s, tilde ? '~' : '=', &n);
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
