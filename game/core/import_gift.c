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

/* The answers of s (which starts with = or ~); NULL when out of memory. */
static Answer *parse_answers(Reader *r, Span s, size_t *count)
{
    size_t cap = 0, n = 0;
    for (size_t i = 0; i < s.n; i = find_marker(s, i + 1)) cap++;
    Answer *list = malloc((cap ? cap : 1) * sizeof *list);
    if (!list) return NULL;
    for (size_t i = 0; i < s.n && n < cap;) {
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

static bool is_right(const Answer *a)
{
    if (a->has_weight) return a->weight > 0;
    return a->marker == '=';
}

/* Multiple choice: one right answer → choice; several → multi. */
static bool fill_choice(Reader *r, cJSON *q, const Answer *a, size_t n, bool html)
{
    size_t right = 0, full = 0, first = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_right(&a[i])) continue;
        if (!right++) first = i;
        full += a[i].marker == '=' && !a[i].has_weight;
    }
    if (!right) {
        import_warn(&r->pack, r->item.line, "no right answer: question skipped");
        return false;
    }
    if (full > 1)
        import_warn(&r->pack, r->item.line,
                    "several answers are each fully right (Moodle takes any one); imported as "
                    "multi, where a student must pick all of them");
    set_string(r, q, "format", right == 1 ? "choice" : "multi");
    add_choices(r, q, a, n, html);
    if (right == 1) {
        if (!cJSON_AddNumberToObject(q, "answer", (double)first)) r->pack.oom = true;
        return true;
    }
    cJSON *arr = cJSON_AddArrayToObject(q, "answers");
    for (size_t i = 0; arr && i < n; i++)
        if (is_right(&a[i])) cJSON_AddItemToArray(arr, cJSON_CreateNumber((double)i));
    if (!arr) r->pack.oom = true;
    return true;
}

/* Short answers: Moodle's \* is a star; a bare * is a wildcard Byline does not have. */
static bool fill_text(Reader *r, cJSON *q, const Answer *a, size_t n, bool html)
{
    cJSON *arr = cJSON_AddArrayToObject(q, "accept");
    bool wildcard = false;
    for (size_t i = 0; arr && i < n; i++) {
        char *t = answer_text(r, a[i].text, html);
        if (!t) continue;
        char *o = t;
        for (const char *c = t; *c; c++) {
            if (*c == '\\' && c[1] == '*') c++;
            else if (*c == '*') wildcard = true;
            *o++ = *c;
        }
        *o = '\0';
        append_text(r, arr, t);
    }
    if (!arr) r->pack.oom = true;
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

/* One numerical answer "3.14:0.01" or "3.1..3.2": the number before the tolerance or range. */
static void add_number(Reader *r, cJSON *arr, Span one)
{
    size_t cut = find_unescaped(one, 0, ":"), range = find_unescaped(one, 0, "..");
    one = trim(sub(one, 0, range < cut ? range : cut));
    if (one.n) append_text(r, arr, span_text(r, one, false));
}

/* {#3.14:0.01} or {#=3.14:0.01 =%50%3.1}: the right numbers as accepted texts. */
static bool fill_numerical(Reader *r, cJSON *q, Span s)
{
    cJSON *arr = cJSON_AddArrayToObject(q, "accept");
    s = trim(sub(s, 1, s.n));
    if (arr && s.n && (s.s[0] == '=' || s.s[0] == '~')) {
        for (size_t i = 0; i < s.n;) {
            size_t next = find_marker(s, i + 1);
            Answer a;
            parse_answer(r, sub(s, i + 1, next), s.s[i], &a);
            if (is_right(&a)) add_number(r, arr, a.text);
            i = next;
        }
    } else if (arr) {
        add_number(r, arr, sub(s, 0, find_unescaped(s, 0, "#")));
    }
    if (!arr || !cJSON_GetArraySize(arr)) {
        import_warn(&r->pack, r->item.line, "numerical question without a number: skipped");
        return false;
    }
    import_warn(&r->pack, r->item.line,
                "numerical question imported as text: the number must be typed exactly (no "
                "tolerance or range)");
    set_string(r, q, "format", "text");
    return true;
}

static bool fill_true_false(Reader *r, Span s, cJSON *q)
{
    s = trim(sub(s, 0, find_unescaped(s, 0, "#")));
    char word[8] = {0};
    if (s.n >= sizeof word) return false;
    for (size_t i = 0; i < s.n; i++) word[i] = (char)(s.s[i] >= 'a' && s.s[i] <= 'z' ? s.s[i] - 32 : s.s[i]);
    bool t = !strcmp(word, "T") || !strcmp(word, "TRUE");
    if (!t && strcmp(word, "F") != 0 && strcmp(word, "FALSE") != 0) return false;
    set_string(r, q, "format", "true_false");
    if (!cJSON_AddBoolToObject(q, "answer", t)) r->pack.oom = true;
    return true;
}

/* Fills q from the answer block; false when the question cannot be held (warned). */
static bool fill_answers(Reader *r, cJSON *q, Span s, bool html)
{
    s = trim(s);
    if (!s.n) {
        import_warn(&r->pack, r->item.line, "essay question: Byline has no essays; skipped");
        return false;
    }
    if (s.s[0] == '#') return fill_numerical(r, q, s);
    if (fill_true_false(r, s, q)) return true;
    if (s.s[0] != '=' && s.s[0] != '~') { /* {answer}: one short answer */
        Answer one = {.marker = '='};
        parse_answer(r, s, '=', &one);
        return fill_text(r, q, &one, 1, html);
    }
    size_t n = 0;
    Answer *a = parse_answers(r, s, &n);
    if (!a) {
        r->pack.oom = true;
        return false;
    }
    bool any_match = false, all_plain_right = true;
    for (size_t i = 0; i < n; i++) {
        any_match |= a[i].match;
        all_plain_right &= a[i].marker == '=' && !a[i].has_weight;
    }
    bool ok = any_match ? fill_order(r, q, a, n, html)
              : all_plain_right ? fill_text(r, q, a, n, html)
                                : fill_choice(r, q, a, n, html);
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
    char id[PACK_MAX_ID_CHARS + 8], *wanted = NULL;
    if (r->item.id.n) wanted = span_text(r, r->item.id, false);
    else if (title.n) wanted = span_text(r, title, false);
    import_pack_question_id(&r->pack, wanted, id, sizeof id);
    free(wanted);
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
    size_t start = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) start = 3; /* byte-order mark */
    int number = 1;
    for (size_t i = start; i <= len && !r.pack.oom; i++) {
        if (i < len && text[i] != '\n') continue;
        read_line(&r, (Span){text + start, i - start}, number++);
        start = i + 1;
    }
    end_item(&r);
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
