/* pack_read.c — turns the parsed JSON tree into the pack model, field by field.
 * Types, required fields, ranges and references are checked here; relations between fields that
 * need the whole pack (unique ids, speaker names, date order) are in pack_check.c. */
#include "limits.h"
#include "pack_internal.h"
#include <math.h>
#include <string.h>

static const char *const PACK_KEYS[] = {"format", "id", "title", "language", "audience", "author",
    "license", "description", "practice", "time_limit", "date_order", "cite", "cite_share",
    "articles", "people", "events", "questions", NULL};
static const char *const ARTICLE_KEYS[] = {"id", "title", "outlet", "byline", "date", "url",
    "attribution", "paragraphs", NULL};
static const char *const PERSON_KEYS[] = {"id", "name", "role", "aliases", NULL};
static const char *const EVENT_KEYS[] = {"id", "text", "date", "evidence", NULL};
static const char *const QUESTION_KEYS[] = {"id", "kind", "format", "prompt", "explanation",
    "evidence", "points", "difficulty", "tags", "time_limit", "person", "ask", "holder", "event",
    "choices", "answer", "answers", "events", "accept", "typos", "cite", "cite_share", "note",
    NULL};

static const char *const KIND_NAMES[] = {"speaker", "claim", "timeline", NULL};
static const char *const FORMAT_NAMES[] = {"choice", "multi", "true_false", "order", "text",
    "evidence", NULL};
static const char *const DIFFICULTY_NAMES[] = {"easy", "medium", "hard", NULL};
static const char *const ASK_NAMES[] = {"name", "role", NULL};
static const char *const DATE_ORDER_NAMES[] = {"mdy", "dmy", NULL};

/* Which format-specific fields belong to which format, to warn about misplaced ones. */
static const struct {
    const char *key;
    unsigned formats; /* bit per QuestionFormat */
} FORMAT_FIELDS[] = {
    {"choices", 1u << FORMAT_CHOICE | 1u << FORMAT_MULTI},
    {"answer", 1u << FORMAT_CHOICE | 1u << FORMAT_TRUE_FALSE},
    {"answers", 1u << FORMAT_MULTI},
    {"events", 1u << FORMAT_ORDER},
    {"accept", 1u << FORMAT_TEXT},
    {"typos", 1u << FORMAT_TEXT},
};

const char *pack_kind_name(QuestionKind k)
{
    return k >= 0 && k < KIND_COUNT ? KIND_NAMES[k] : "?";
}

const char *pack_format_name(QuestionFormat f)
{
    return f >= 0 && f < FORMAT_COUNT ? FORMAT_NAMES[f] : "?";
}

static int count_of(const cJSON *arr) { return arr ? cJSON_GetArraySize(arr) : 0; }

static void *alloc_items(Loader *L, const cJSON *arr, size_t size)
{
    size_t n = (size_t)count_of(arr);
    void *p = arena_array(L->arena, n ? n : 1, size);
    if (!p) L->oom = true;
    return p;
}

static bool read_date(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool full,
                      Date *out)
{
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!n) {
        ld_error(L, obj, path, "missing required field \"%s\"", key);
        return false;
    }
    JPath p = jpath_key(path, key);
    bool ok = cJSON_IsString(n) &&
              (full ? date_parse_full(n->valuestring, out) : date_parse(n->valuestring, out));
    if (!ok)
        ld_error(L, n, &p, "%s%.40s%s is not a date (%s)", cJSON_IsString(n) ? "\"" : "",
                 cJSON_IsString(n) ? n->valuestring : "value",
                 cJSON_IsString(n) ? "\"" : "", full ? "YYYY-MM-DD" : "YYYY, YYYY-MM or YYYY-MM-DD");
    return ok;
}

/* ---- references by id ------------------------------------------------------------------ */

static int find_person(const Pack *p, const char *id)
{
    for (size_t i = 0; i < p->n_people; i++)
        if (p->people[i].id && strcmp(p->people[i].id, id) == 0) return (int)i;
    return -1;
}

static int find_event(const Pack *p, const char *id)
{
    for (size_t i = 0; i < p->n_events; i++)
        if (p->events[i].id && strcmp(p->events[i].id, id) == 0) return (int)i;
    return -1;
}

/* Reads an optional reference `key` to a person or event; -1 when absent or unknown. */
static int read_ref(Loader *L, const cJSON *obj, const JPath *path, const char *key, bool person,
                    bool required)
{
    const char *id = ld_id(L, obj, path, key, required);
    if (!id) return -1;
    int i = person ? find_person(L->pack, id) : find_event(L->pack, id);
    if (i < 0) {
        JPath p = jpath_key(path, key);
        ld_error(L, cJSON_GetObjectItemCaseSensitive(obj, key), &p, "no %s has the id \"%s\"",
                 person ? "person in \"people\"" : "event in \"events\"", id);
    }
    return i;
}

/* ---- evidence ------------------------------------------------------------------------------ */

static Passage *read_passages(Loader *L, const cJSON *obj, const JPath *path, bool required,
                              size_t *count)
{
    *count = 0;
    const cJSON *arr = ld_array(L, obj, path, "evidence", required, 1, PACK_MAX_EVIDENCE);
    if (!arr) return NULL;
    Passage *v = alloc_items(L, arr, sizeof *v);
    if (!v) return NULL;
    JPath ap = jpath_key(path, "evidence");
    size_t i = 0, ok = 0;
    for (const cJSON *c = arr->child; c; c = c->next, i++) {
        JPath p = jpath_index(&ap, i);
        if (pack_locate_passage(L, c, &p, &v[ok])) ok++;
    }
    *count = ok;
    return v;
}

/* ---- articles, people, events ------------------------------------------------------------ */

static void read_article(Loader *L, const cJSON *n, const JPath *path, Article *a)
{
    if (!ld_expect_object(L, n, path, "an article")) return;
    ld_check_keys(L, n, path, ARTICLE_KEYS);
    a->id = ld_id(L, n, path, "id", true);
    a->title = ld_text(L, n, path, "title", true);
    a->outlet = ld_text(L, n, path, "outlet", true);
    a->byline = ld_text(L, n, path, "byline", false);
    a->url = ld_text(L, n, path, "url", false);
    a->attribution = ld_text(L, n, path, "attribution", false);
    read_date(L, n, path, "date", true, &a->date);
    a->paragraphs = ld_text_list(L, n, path, "paragraphs", true, 1, PACK_MAX_PARAGRAPHS,
                                 &a->n_paragraphs);
}

static void read_person(Loader *L, const cJSON *n, const JPath *path, Person *p)
{
    if (!ld_expect_object(L, n, path, "a person")) return;
    ld_check_keys(L, n, path, PERSON_KEYS);
    p->id = ld_id(L, n, path, "id", true);
    p->name = ld_text(L, n, path, "name", true);
    p->role = ld_text(L, n, path, "role", false);
    p->aliases = ld_text_list(L, n, path, "aliases", false, 0, PACK_MAX_ALIASES, &p->n_aliases);
}

static void read_event(Loader *L, const cJSON *n, const JPath *path, Event *e)
{
    if (!ld_expect_object(L, n, path, "an event")) return;
    ld_check_keys(L, n, path, EVENT_KEYS);
    e->id = ld_id(L, n, path, "id", true);
    e->text = ld_text(L, n, path, "text", true);
    read_date(L, n, path, "date", false, &e->date);
    e->evidence = read_passages(L, n, path, false, &e->n_evidence);
}

/* ---- questions ----------------------------------------------------------------------------- */

/* A choice index as written in the pack: an integer number. Ranges are checked as doubles before
 * any conversion to int, since a pack can hold 2147483648 or 1e20 and converting those is
 * undefined behaviour. */
static bool is_index(const cJSON *n)
{
    return cJSON_IsNumber(n) && isfinite(n->valuedouble) && n->valuedouble == floor(n->valuedouble);
}

/* True when the index names one of the question's choices (or, when the choices were invalid,
 * could name one of PACK_MAX_CHOICES); reports it otherwise. */
static bool choice_in_range(Loader *L, const cJSON *n, const JPath *p, const Question *q)
{
    double v = n->valuedouble;
    size_t limit = q->choices ? q->n_choices : PACK_MAX_CHOICES;
    if (v >= 0 && v < (double)limit) return true;
    ld_error(L, n, p, "%.15g is not a choice (0..%zu)", v, limit - 1);
    return false;
}

static void read_choice_answer(Loader *L, const cJSON *n, const JPath *path, Question *q)
{
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(n, "answer");
    JPath p = jpath_key(path, "answer");
    if (!a) {
        ld_error(L, n, path, "missing required field \"answer\" (the index of the right choice)");
    } else if (!is_index(a)) {
        ld_error(L, a, &p, "expected the index of the right choice (an integer)");
    } else if (choice_in_range(L, a, &p, q)) {
        q->answer = (int)a->valuedouble;
    }
}

static void read_multi_answers(Loader *L, const cJSON *n, const JPath *path, Question *q)
{
    const cJSON *arr = ld_array(L, n, path, "answers", true, 1, PACK_MAX_CHOICES);
    if (!arr) return;
    JPath ap = jpath_key(path, "answers");
    size_t i = 0;
    for (const cJSON *c = arr->child; c; c = c->next, i++) {
        JPath p = jpath_index(&ap, i);
        if (!is_index(c)) {
            ld_error(L, c, &p, "expected the index of a right choice (an integer)");
            continue;
        }
        if (!choice_in_range(L, c, &p, q)) continue;
        int k = (int)c->valuedouble;
        if (q->answers & (1u << k)) ld_error(L, c, &p, "choice %d is listed twice", k);
        else q->answers |= 1u << k;
    }
}

static void read_order(Loader *L, const cJSON *n, const JPath *path, Question *q)
{
    const cJSON *arr = ld_array(L, n, path, "events", true, 2, PACK_MAX_ORDER_EVENTS);
    if (!arr) return;
    q->order = alloc_items(L, arr, sizeof *q->order);
    if (!q->order) return;
    JPath ap = jpath_key(path, "events");
    size_t i = 0;
    for (const cJSON *c = arr->child; c; c = c->next, i++) {
        JPath p = jpath_index(&ap, i);
        int ev = -1;
        if (!cJSON_IsString(c))
            ld_error(L, c, &p, "expected an event id (a string)");
        else if ((ev = find_event(L->pack, c->valuestring)) < 0)
            ld_error(L, c, &p, "no event in \"events\" has the id \"%.64s\"", c->valuestring);
        for (size_t k = 0; ev >= 0 && k < q->n_order; k++)
            if (q->order[k] == ev) {
                ld_error(L, c, &p, "event \"%s\" is listed twice", c->valuestring);
                ev = -1;
            }
        if (ev >= 0) q->order[q->n_order++] = ev;
    }
}

static void warn_misplaced_fields(Loader *L, const cJSON *n, const JPath *path, QuestionFormat f)
{
    for (size_t i = 0; i < sizeof FORMAT_FIELDS / sizeof FORMAT_FIELDS[0]; i++) {
        const cJSON *m = cJSON_GetObjectItemCaseSensitive(n, FORMAT_FIELDS[i].key);
        if (m && !(FORMAT_FIELDS[i].formats & (1u << f))) {
            JPath p = jpath_key(path, FORMAT_FIELDS[i].key);
            ld_warning(L, m, &p, "\"%s\" is ignored by format \"%s\"", FORMAT_FIELDS[i].key,
                       FORMAT_NAMES[f]);
        }
    }
}

static void read_format_fields(Loader *L, const cJSON *n, const JPath *path, Question *q)
{
    switch (q->format) {
    case FORMAT_CHOICE:
    case FORMAT_MULTI:
        q->choices = ld_text_list(L, n, path, "choices", true, PACK_MIN_CHOICES, PACK_MAX_CHOICES,
                                  &q->n_choices);
        if (q->format == FORMAT_CHOICE) read_choice_answer(L, n, path, q);
        else read_multi_answers(L, n, path, q);
        break;
    case FORMAT_TRUE_FALSE:
        ld_bool(L, n, path, "answer", true, &q->truth);
        break;
    case FORMAT_ORDER:
        read_order(L, n, path, q);
        break;
    case FORMAT_TEXT:
        q->accept = ld_text_list(L, n, path, "accept", true, 1, PACK_MAX_ACCEPT, &q->n_accept);
        ld_int(L, n, path, "typos", false, 0, PACK_MAX_TYPOS, &q->typos);
        q->date_order = L->pack->date_order;
        break;
    case FORMAT_EVIDENCE:
    case FORMAT_COUNT:
        break;
    }
    warn_misplaced_fields(L, n, path, q->format);
}

static void read_question(Loader *L, const cJSON *n, const JPath *path, Question *q)
{
    q->person = q->holder = q->event = q->answer = -1;
    q->points = 1;
    if (!ld_expect_object(L, n, path, "a question")) return;
    ld_check_keys(L, n, path, QUESTION_KEYS);
    q->id = ld_id(L, n, path, "id", true);
    int kind = ld_enum(L, n, path, "kind", true, KIND_NAMES);
    int format = ld_enum(L, n, path, "format", true, FORMAT_NAMES);
    q->prompt = ld_text(L, n, path, "prompt", true);
    q->explanation = ld_text(L, n, path, "explanation", true);
    ld_int(L, n, path, "points", false, 1, PACK_MAX_POINTS, &q->points);
    q->difficulty = (Difficulty)(ld_enum(L, n, path, "difficulty", false, DIFFICULTY_NAMES) + 1);
    q->tags = ld_text_list(L, n, path, "tags", false, 0, PACK_MAX_TAGS, &q->n_tags);
    ld_int(L, n, path, "time_limit", false, PACK_MIN_TIME_LIMIT, PACK_MAX_TIME_LIMIT,
           &q->time_limit);
    q->kind = kind < 0 ? KIND_CLAIM : (QuestionKind)kind;
    q->person = read_ref(L, n, path, "person", true, kind == KIND_SPEAKER);
    q->holder = read_ref(L, n, path, "holder", true, false);
    q->event = read_ref(L, n, path, "event", false, false);
    int ask = ld_enum(L, n, path, "ask", false, ASK_NAMES);
    q->ask = ask < 0 ? ASK_NAME : (SpeakerAsk)ask;
    /* An invalid "ask" is reported once; guessing one would add a second, misleading error. */
    if (ask < 0 && cJSON_GetObjectItemCaseSensitive(n, "ask")) q->person = -1;
    if (format >= 0) {
        q->format = (QuestionFormat)format;
        read_format_fields(L, n, path, q);
    }
    q->evidence = read_passages(L, n, path, true, &q->n_evidence);
    pack_read_question_cite(L, n, path, q);
}

/* ---- the pack -------------------------------------------------------------------------------- */

/* Reads every item of the array member `key` with `read`, into a fresh array of `size`-byte items. */
typedef void (*ReadItem)(Loader *, const cJSON *, const JPath *, void *);

static void *read_list(Loader *L, const cJSON *root, const char *key, bool required, int min,
                       int max, size_t size, ReadItem read, size_t *count)
{
    JPath root_path = jpath_root();
    *count = 0;
    const cJSON *arr = ld_array(L, root, &root_path, key, required, min, max);
    if (!arr) return NULL;
    unsigned char *items = alloc_items(L, arr, size);
    if (!items) return NULL;
    JPath ap = jpath_key(&root_path, key);
    size_t i = 0;
    for (const cJSON *c = arr->child; c && !L->oom; c = c->next, i++) {
        JPath p = jpath_index(&ap, i);
        read(L, c, &p, items + i * size);
    }
    *count = i;
    return items;
}

static void read_article_item(Loader *L, const cJSON *n, const JPath *p, void *out)
{
    read_article(L, n, p, out);
}
static void read_person_item(Loader *L, const cJSON *n, const JPath *p, void *out)
{
    read_person(L, n, p, out);
}
static void read_event_item(Loader *L, const cJSON *n, const JPath *p, void *out)
{
    read_event(L, n, p, out);
}
static void read_question_item(Loader *L, const cJSON *n, const JPath *p, void *out)
{
    read_question(L, n, p, out);
}

static void read_metadata(Loader *L, const cJSON *root, Pack *p)
{
    JPath rp = jpath_root();
    if (ld_int(L, root, &rp, "format", true, 0, 1000000, &p->format_version) &&
        p->format_version != PACK_FORMAT_VERSION) {
        JPath fp = jpath_key(&rp, "format");
        ld_error(L, cJSON_GetObjectItemCaseSensitive(root, "format"), &fp,
                 "format version %d is not supported (this Byline reads version %d)",
                 p->format_version, PACK_FORMAT_VERSION);
    }
    p->id = ld_id(L, root, &rp, "id", true);
    p->title = ld_text(L, root, &rp, "title", true);
    p->language = ld_text(L, root, &rp, "language", true);
    p->audience = ld_text(L, root, &rp, "audience", false);
    p->author = ld_text(L, root, &rp, "author", false);
    p->license = ld_text(L, root, &rp, "license", false);
    p->description = ld_text(L, root, &rp, "description", false);
    ld_bool(L, root, &rp, "practice", false, &p->practice);
    ld_int(L, root, &rp, "time_limit", false, PACK_MIN_TIME_LIMIT, PACK_MAX_TIME_LIMIT,
           &p->time_limit);
    int order = ld_enum(L, root, &rp, "date_order", false, DATE_ORDER_NAMES);
    p->date_order = order < 0 ? DATE_ORDER_MDY : (DateOrder)order;
    pack_read_cite_defaults(L, root);
}

void pack_read(Loader *L, const cJSON *root)
{
    JPath rp = jpath_root();
    Pack *p = L->pack;
    if (!ld_expect_object(L, root, &rp, "a quiz pack")) return;
    ld_check_keys(L, root, &rp, PACK_KEYS);
    read_metadata(L, root, p);
    p->articles = read_list(L, root, "articles", true, 1, PACK_MAX_ARTICLES, sizeof(Article),
                            read_article_item, &p->n_articles);
    pack_build_bodies(L);
    p->people = read_list(L, root, "people", false, 0, PACK_MAX_PEOPLE, sizeof(Person),
                          read_person_item, &p->n_people);
    p->events = read_list(L, root, "events", false, 0, PACK_MAX_EVENTS, sizeof(Event),
                          read_event_item, &p->n_events);
    p->questions = read_list(L, root, "questions", true, 1, PACK_MAX_QUESTIONS, sizeof(Question),
                             read_question_item, &p->n_questions);
}
