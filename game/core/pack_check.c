/* pack_check.c — checks that need the whole pack: unique ids, speaker answers that name the
 * speaker, orderings that agree with the events' dates, choices a student can tell apart, and
 * which text questions ask for a date (docs/scoring.md, "Dates"). */
#include "answer.h"
#include "answer_date.h"
#include "pack_internal.h"
#include <stdlib.h>
#include <string.h>

typedef struct IdRef {
    const char *id;
    size_t index;
} IdRef;

static int by_id(const void *a, const void *b)
{
    const IdRef *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x->index < y->index ? -1 : x->index > y->index);
}

static const cJSON *nth(const cJSON *arr, size_t i)
{
    return arr ? cJSON_GetArrayItem(arr, (int)i) : NULL;
}

/* Reports ids that appear twice in root[list][*].id; sorting keeps it O(n log n) for 10,000 ids. */
static void check_unique(Loader *L, const cJSON *root, const char *list, size_t n,
                         const char *(*id_of)(const Pack *, size_t))
{
    IdRef *v = malloc((n ? n : 1) * sizeof *v);
    if (!v) {
        L->oom = true;
        return;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (id_of(L->pack, i)) v[k++] = (IdRef){id_of(L->pack, i), i};
    qsort(v, k, sizeof *v, by_id);
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, list);
    JPath rp = jpath_root(), lp = jpath_key(&rp, list);
    for (size_t i = 1; i < k; i++) {
        if (strcmp(v[i].id, v[i - 1].id) != 0) continue;
        JPath ip = jpath_index(&lp, v[i].index), idp = jpath_key(&ip, "id");
        const cJSON *node = cJSON_GetObjectItemCaseSensitive(nth(arr, v[i].index), "id");
        ld_error(L, node, &idp, "duplicate id \"%s\" (also used by %s[%zu])", v[i].id, list,
                 v[i - 1].index);
    }
    free(v);
}

static const char *article_id(const Pack *p, size_t i) { return p->articles[i].id; }
static const char *person_id(const Pack *p, size_t i) { return p->people[i].id; }
static const char *event_id(const Pack *p, size_t i) { return p->events[i].id; }
static const char *question_id(const Pack *p, size_t i) { return p->questions[i].id; }

static bool names_person(const Person *p, const char *text)
{
    if (p->name && text_answers_match(text, p->name)) return true;
    for (size_t i = 0; i < p->n_aliases; i++)
        if (text_answers_match(text, p->aliases[i])) return true;
    return false;
}

static void check_speaker(Loader *L, const Question *q, const cJSON *node, const JPath *path)
{
    if (q->kind != KIND_SPEAKER || q->person < 0) return;
    const Person *who = &L->pack->people[q->person];
    if (q->ask == ASK_ROLE) {
        if (q->format == FORMAT_CHOICE && q->choices && q->answer >= 0 && who->role &&
            !text_answers_match(q->choices[q->answer], who->role)) {
            JPath p = jpath_key(path, "choices");
            ld_warning(L, cJSON_GetObjectItemCaseSensitive(node, "choices"), &p,
                       "the right choice \"%.60s\" differs from %s's role \"%.60s\"",
                       q->choices[q->answer], who->name, who->role);
        }
        return;
    }
    if (q->format == FORMAT_CHOICE && q->choices && q->answer >= 0 &&
        !names_person(who, q->choices[q->answer])) {
        JPath p = jpath_key(path, "answer");
        ld_error(L, cJSON_GetObjectItemCaseSensitive(node, "answer"), &p,
                 "the right choice \"%.60s\" is not the name or an alias of person \"%s\" (%s)",
                 q->choices[q->answer], who->id, who->name);
    }
    if (q->format == FORMAT_TEXT && q->accept) {
        bool any = false;
        for (size_t i = 0; i < q->n_accept && !any; i++) any = names_person(who, q->accept[i]);
        if (!any) {
            JPath p = jpath_key(path, "accept");
            ld_error(L, cJSON_GetObjectItemCaseSensitive(node, "accept"), &p,
                     "no accepted answer is the name or an alias of person \"%s\" (%s)", who->id,
                     who->name);
        }
    }
}

static void check_order(Loader *L, const Question *q, const cJSON *node, const JPath *path)
{
    if (q->format != FORMAT_ORDER || !q->order) return;
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(node, "events");
    JPath ap = jpath_key(path, "events");
    for (size_t i = 1; i < q->n_order; i++) {
        const Event *a = &L->pack->events[q->order[i - 1]], *b = &L->pack->events[q->order[i]];
        if (!date_is_set(a->date) || !date_is_set(b->date)) continue;
        bool comparable;
        int c = date_compare(a->date, b->date, &comparable);
        char da[11], db[11];
        date_format(a->date, da);
        date_format(b->date, db);
        JPath ip = jpath_index(&ap, i);
        if (!comparable || c == 0)
            ld_error(L, nth(arr, i), &ip,
                     "events \"%s\" (%s) and \"%s\" (%s) cannot be put in order by their dates",
                     a->id, da, b->id, db);
        else if (c > 0)
            ld_error(L, nth(arr, i), &ip,
                     "events are not in date order: \"%s\" (%s) is listed after \"%s\" (%s)",
                     b->id, db, a->id, da);
    }
}

static void check_choices(Loader *L, const Question *q, const cJSON *node, const JPath *path)
{
    if (!q->choices) return;
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(node, "choices");
    JPath ap = jpath_key(path, "choices");
    for (size_t i = 0; i < q->n_choices; i++)
        for (size_t k = 0; k < i; k++)
            if (text_answers_match(q->choices[i], q->choices[k])) {
                JPath ip = jpath_index(&ap, i);
                ld_error(L, nth(arr, i), &ip, "choice %zu is the same as choice %zu (\"%.60s\")",
                         i, k, q->choices[i]);
                break;
            }
}

/* Fields whose text the app shows to students (ids, dates, URLs and licences are not read as
 * running text, and evidence quotes are parts of paragraphs). */
static bool shown_field(const char *key)
{
    static const char *const keys[] = {"title", "description", "audience", "author", "outlet",
                                       "byline", "attribution", "paragraphs", "name", "role",
                                       "aliases", "text", "prompt", "choices", "explanation",
                                       "accept"};
    for (size_t i = 0; key && i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(key, keys[i]) == 0) return true;
    return false;
}

/* The longest word of s in code points, and where it starts. One pass: linear in s. */
static size_t longest_word(const char *s, const char **at)
{
    size_t best = 0, cur = 0;
    const char *start = s;
    *at = s;
    for (const char *c = s;; c++) {
        bool space = *c == '\0' || *c == ' ' || *c == '\t' || *c == '\n' || *c == '\r';
        if (space) {
            if (cur > best) {
                best = cur;
                *at = start;
            }
            cur = 0;
            if (*c == '\0') return best;
            start = c + 1;
        } else if (((unsigned char)*c & 0xC0) != 0x80) {
            cur++;
        }
    }
}

static void check_word(Loader *L, const cJSON *n, const JPath *path)
{
    if (!cJSON_IsString(n) || !n->valuestring) return;
    const char *at;
    size_t chars = longest_word(n->valuestring, &at);
    if (chars <= PACK_MAX_WORD_CHARS) return;
    int shown = 0; /* the first 30 bytes, on a character boundary */
    while (at[shown] && shown < 30) shown++;
    while (shown > 0 && ((unsigned char)at[shown] & 0xC0) == 0x80) shown--;
    ld_warning(L, n, path,
               "a word of %zu characters (\"%.*s\u2026\") is longer than PACK_MAX_WORD_CHARS (%d): "
               "no screen can show it on one line, so it is cut between lines",
               chars, shown, at, PACK_MAX_WORD_CHARS);
}

/* Walks the whole document for words too long for any line (a pack of valid size may hold a
 * 64 KiB word: every screen would cut it into pieces). */
static void check_words(Loader *L, const cJSON *node, const JPath *path, bool shown)
{
    size_t i = 0;
    for (const cJSON *c = node->child; c; c = c->next, i++) {
        bool in_object = cJSON_IsObject(node);
        JPath cp = in_object ? jpath_key(path, c->string) : jpath_index(path, i);
        bool s = in_object ? shown_field(c->string) : shown;
        if (cJSON_IsString(c)) {
            if (s) check_word(L, c, &cp);
        } else if (cJSON_IsArray(c) || cJSON_IsObject(c)) {
            check_words(L, c, &cp, cJSON_IsArray(c) && s);
        }
    }
}

/* The article date a typed date without a year is read against: the article of the question's
 * first evidence passage. */
static Date reference_date(const Pack *p, const Question *q)
{
    int a = q->n_evidence && q->evidence ? q->evidence[0].article : 0;
    return a >= 0 && (size_t)a < p->n_articles ? p->articles[a].date : (Date){0, 0, 0};
}

static const char *const WEEKDAYS[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                       "Saturday", "Sunday"};

/* Reads accepted form i as a date; reports one whose weekday contradicts it, or (when `want` is
 * set) that reads as another date. */
static bool accepted_date(Loader *L, const Question *q, const cJSON *arr, const JPath *ap,
                          size_t i, Date want, Date *out)
{
    TypedDate t;
    if (!answer_date_read(q->accept[i], q->ref_date, q->date_order, &t) || !t.date.year)
        return false;
    JPath ip = jpath_index(ap, i);
    char got[11], exp[11];
    date_format(t.date, got);
    date_format(want, exp);
    if (t.weekday >= 0 && t.weekday != date_weekday(t.date))
        ld_error(L, nth(arr, i), &ip, "accepted answer \"%.60s\": %s is a %s, not a %s",
                 q->accept[i], got, WEEKDAYS[date_weekday(t.date)], WEEKDAYS[t.weekday]);
    else if (date_is_set(want) && date_compare(t.date, want, NULL) != 0)
        ld_error(L, nth(arr, i), &ip,
                 "accepted answer \"%.60s\" reads as the date %s, but the question's event is on %s",
                 q->accept[i], got, exp);
    *out = t.date;
    return true;
}

/* A timeline text question asks for a date when at least one accepted answer reads as a date and
 * all that do read as the same one — its event's, when the event has a full date (another is an
 * error). Typed answers are then compared as dates. A question about an event whose accepted
 * answers are words ("the runoff") does not ask for a date, so typing the event's date is no
 * answer to it. */
static void find_date_answer(Loader *L, Question *q, const cJSON *node, const JPath *path)
{
    if (q->format != FORMAT_TEXT || q->kind != KIND_TIMELINE || !q->accept) return;
    const Pack *p = L->pack;
    q->ref_date = reference_date(p, q);
    Date want = {0, 0, 0}, first = {0, 0, 0};
    if (q->event >= 0 && (size_t)q->event < p->n_events && p->events[q->event].date.day)
        want = p->events[q->event].date;
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(node, "accept");
    JPath ap = jpath_key(path, "accept");
    bool all_same = true;
    for (size_t i = 0; i < q->n_accept; i++) {
        Date d;
        if (!accepted_date(L, q, arr, &ap, i, want, &d)) continue;
        if (!date_is_set(first)) first = d;
        else if (date_compare(d, first, NULL) != 0) all_same = false;
    }
    if (!date_is_set(first)) return;
    q->answer_date = date_is_set(want) ? want : all_same ? first : (Date){0, 0, 0};
}

/* Letters (not digits or spaces) of an accepted answer as typed answers are compared. */
static size_t folded_letters(const char *s)
{
    char *f = text_fold_answer(s);
    size_t n = 0;
    for (const char *c = f; c && *c; c++)
        n += ((unsigned char)*c & 0xC0) != 0x80 && *c != ' ' && !(*c >= '0' && *c <= '9');
    free(f);
    return n;
}

/* "typos" forgives slips only in answers of ANSWER_TYPO_MIN_LETTERS letters: say so when no
 * accepted answer is that long, rather than let the teacher believe it works. */
static void check_typos(Loader *L, const Question *q, const cJSON *node, const JPath *path)
{
    if (q->format != FORMAT_TEXT || q->typos == 0 || !q->accept) return;
    for (size_t i = 0; i < q->n_accept; i++)
        if (folded_letters(q->accept[i]) >= ANSWER_TYPO_MIN_LETTERS) return;
    JPath tp = jpath_key(path, "typos");
    ld_warning(L, cJSON_GetObjectItemCaseSensitive(node, "typos"), &tp,
               "no accepted answer has %d or more letters, so no spelling slip is forgiven",
               ANSWER_TYPO_MIN_LETTERS);
}

void pack_cross_check(Loader *L, const cJSON *root)
{
    JPath wp = jpath_root();
    if (cJSON_IsObject(root)) check_words(L, root, &wp, false);
    Pack *p = L->pack;
    check_unique(L, root, "articles", p->n_articles, article_id);
    check_unique(L, root, "people", p->n_people, person_id);
    check_unique(L, root, "events", p->n_events, event_id);
    check_unique(L, root, "questions", p->n_questions, question_id);
    const cJSON *qs = cJSON_GetObjectItemCaseSensitive(root, "questions");
    JPath rp = jpath_root(), qp = jpath_key(&rp, "questions");
    size_t i = 0;
    for (const cJSON *n = qs ? qs->child : NULL; n && i < p->n_questions; n = n->next, i++) {
        if (!cJSON_IsObject(n)) continue;
        JPath path = jpath_index(&qp, i);
        check_choices(L, &p->questions[i], n, &path);
        check_speaker(L, &p->questions[i], n, &path);
        check_order(L, &p->questions[i], n, &path);
        find_date_answer(L, &p->questions[i], n, &path);
        check_typos(L, &p->questions[i], n, &path);
    }
}
