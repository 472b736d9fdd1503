/* net_view.c — live-channel messages from the core's views; see net_view.h and
 * docs/live-protocol.md.
 *
 * What a browser may learn is decided in one place: question_json writes only what the question
 * shows (prompt, choices, event texts in the student's arrangement), and result_json — the only
 * writer of right answers, explanations and evidence — runs only when live_revealed_to is true. */
#include "net_view.h"
#include "text.h"
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const PHASE_NAMES[] = {
    [LIVE_LOBBY] = "lobby",         [LIVE_ASKING] = "asking",
    [LIVE_PAUSED] = "paused",       [LIVE_TIME_UP] = "time_up",
    [LIVE_REVEALED] = "revealed",   [LIVE_LEADERBOARD] = "leaderboard",
    [LIVE_RUNNING] = "running",     [LIVE_FINISHED] = "finished",
};

static char *finish(cJSON *root)
{
    char *s = root ? cJSON_PrintUnformatted(root) : NULL;
    cJSON_Delete(root);
    return s;
}

/* A string of bytes [start, end) of s (cJSON copies it). */
static cJSON *add_slice(cJSON *obj, const char *key, const char *s, size_t start, size_t end)
{
    char *copy = malloc(end - start + 1);
    if (!copy) return NULL;
    memcpy(copy, s + start, end - start);
    copy[end - start] = '\0';
    cJSON *item = cJSON_CreateString(copy);
    free(copy);
    if (!item) return NULL;
    if (obj) cJSON_AddItemToObject(obj, key, item);
    return item;
}

/* ---- welcome ------------------------------------------------------------------------------ */

static cJSON *article_json(const Article *ar)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    cJSON_AddStringToObject(o, "title", ar->title ? ar->title : "");
    if (ar->outlet) cJSON_AddStringToObject(o, "outlet", ar->outlet);
    if (ar->byline) cJSON_AddStringToObject(o, "byline", ar->byline);
    char date[16];
    snprintf(date, sizeof date, "%04d-%02d-%02d", ar->date.year, ar->date.month, ar->date.day);
    if (ar->date.year) cJSON_AddStringToObject(o, "date", date);
    cJSON *sentences = cJSON_AddArrayToObject(o, "sentences");
    cJSON *paragraphs = cJSON_AddArrayToObject(o, "paragraphs");
    if (!sentences || !paragraphs) {
        cJSON_Delete(o);
        return NULL;
    }
    size_t para = 0;
    cJSON *current = NULL;
    for (size_t i = 0; i < ar->n_sentences; i++) {
        const TextSpan *sp = &ar->sentences[i];
        while (para + 1 < ar->n_paragraphs && sp->start >= ar->paragraph_start[para + 1]) {
            para++;
            current = NULL;
        }
        if (!current) {
            current = cJSON_CreateArray();
            cJSON_AddItemToArray(paragraphs, current);
        }
        cJSON_AddItemToArray(current, cJSON_CreateNumber((double)i));
        cJSON_AddItemToArray(sentences, add_slice(NULL, NULL, ar->body, sp->start, sp->end));
    }
    return o;
}

char *net_msg_welcome(const Live *lv, int seat)
{
    const Pack *p = live_pack(lv);
    const LiveSeat *s = live_seat(lv, seat);
    cJSON *root = cJSON_CreateObject();
    if (!root || !s) {
        cJSON_Delete(root);
        return NULL;
    }
    cJSON_AddStringToObject(root, "type", "welcome");
    cJSON_AddNumberToObject(root, "seat", seat);
    cJSON_AddStringToObject(root, "name", s->name);
    cJSON_AddStringToObject(root, "room", live_room(lv));
    cJSON_AddStringToObject(root, "pacing", live_pacing(lv) == LIVE_TEACHER_PACED ? "teacher" : "student");
    cJSON *pack = cJSON_AddObjectToObject(root, "pack");
    cJSON_AddStringToObject(pack, "title", p->title ? p->title : "");
    cJSON_AddNumberToObject(pack, "question_count", (double)p->n_questions);
    cJSON *arts = cJSON_AddArrayToObject(root, "articles");
    for (size_t i = 0; i < p->n_articles; i++) cJSON_AddItemToArray(arts, article_json(&p->articles[i]));
    return finish(root);
}

/* ---- state -------------------------------------------------------------------------------- */

static void add_strings(cJSON *obj, const char *key, const char *const *v, size_t n)
{
    cJSON *arr = cJSON_AddArrayToObject(obj, key);
    for (size_t i = 0; i < n; i++) cJSON_AddItemToArray(arr, cJSON_CreateString(v[i] ? v[i] : ""));
}

/* The student's own answer, as they sent it (positions for order questions). */
static cJSON *my_answer_json(const Live *lv, int seat, size_t q, const Answer *a)
{
    const Question *qq = &live_pack(lv)->questions[q];
    cJSON *o = cJSON_CreateObject();
    switch (qq->format) {
    case FORMAT_CHOICE: cJSON_AddNumberToObject(o, "choice", a->choice); break;
    case FORMAT_MULTI: {
        cJSON *arr = cJSON_AddArrayToObject(o, "picked");
        for (size_t i = 0; i < qq->n_choices; i++)
            if (a->picked & (1u << i)) cJSON_AddItemToArray(arr, cJSON_CreateNumber((double)i));
        break;
    }
    case FORMAT_TRUE_FALSE: cJSON_AddBoolToObject(o, "truth", a->truth == 1); break;
    case FORMAT_ORDER: {
        int arr0[PACK_MAX_ORDER_EVENTS];
        size_t n = live_arrangement(lv, seat, q, arr0);
        cJSON *arr = cJSON_AddArrayToObject(o, "order");
        for (size_t i = 0; i < a->n_order; i++)
            for (size_t k = 0; k < n; k++)
                if (arr0[k] == a->order[i]) cJSON_AddItemToArray(arr, cJSON_CreateNumber((double)k));
        break;
    }
    case FORMAT_TEXT: cJSON_AddStringToObject(o, "text", a->text); break;
    case FORMAT_EVIDENCE:
        cJSON_AddNumberToObject(o, "article", a->article);
        cJSON_AddNumberToObject(o, "sentence", a->sentence);
        break;
    default: break;
    }
    if (qq->cite && a->cite_sentence >= 0) { /* their own pick: says nothing of the right one */
        cJSON *c = cJSON_AddObjectToObject(o, "cite");
        cJSON_AddNumberToObject(c, "article", a->cite_article);
        cJSON_AddNumberToObject(c, "sentence", a->cite_sentence);
    }
    return o;
}

/* What the question shows: never its answer. */
static cJSON *question_json(const Live *lv, int seat, size_t q, int64_t now_ms)
{
    const Pack *p = live_pack(lv);
    const Question *qq = &p->questions[q];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "index", (double)q);
    cJSON_AddNumberToObject(o, "count", (double)p->n_questions);
    /* Not the pack's id: a teacher's id can name the answer ("delusional-word"). */
    char id[24];
    net_question_id(q, id, sizeof id);
    cJSON_AddStringToObject(o, "id", id);
    cJSON_AddStringToObject(o, "kind", pack_kind_name(qq->kind));
    cJSON_AddStringToObject(o, "format", pack_format_name(qq->format));
    cJSON_AddNumberToObject(o, "points", qq->points);
    cJSON_AddStringToObject(o, "prompt", qq->prompt);
    /* A second step asks for the sentence that shows the answer. Only that it is asked: which
     * article or sentence is right comes with the result, after the reveal. */
    if (qq->cite) cJSON_AddBoolToObject(o, "cite", true);
    if (qq->format == FORMAT_CHOICE || qq->format == FORMAT_MULTI)
        add_strings(o, "choices", qq->choices, qq->n_choices);
    if (qq->format == FORMAT_ORDER) {
        int arr[PACK_MAX_ORDER_EVENTS];
        size_t n = live_arrangement(lv, seat, q, arr);
        cJSON *ev = cJSON_AddArrayToObject(o, "events");
        for (size_t i = 0; i < n; i++)
            cJSON_AddItemToArray(ev, cJSON_CreateString(p->events[arr[i]].text));
    }
    int64_t left = live_student_time_left_ms(lv, seat, now_ms);
    if (left >= 0) {
        const LiveSeat *s = live_seat(lv, seat);
        int pct = s ? s->extra_percent : 100;
        cJSON_AddNumberToObject(o, "time_limit", (double)(live_time_limit(lv) * pct / 100));
        cJSON_AddNumberToObject(o, "time_left_ms", (double)left);
    }
    const LiveResult *r = live_result(lv, seat, q);
    bool answered = r && r->answered;
    cJSON_AddBoolToObject(o, "answered", answered);
    if (answered) cJSON_AddItemToObject(o, "my_answer", my_answer_json(lv, seat, q, &r->answer));
    return o;
}

/* Highlights of q's evidence: per sentence overlapped, the code points [from, to) inside it. */
static cJSON *evidence_json(const Pack *p, const Question *q)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; i < q->n_evidence; i++) {
        const Passage *ps = &q->evidence[i];
        if (ps->article < 0 || (size_t)ps->article >= p->n_articles) continue;
        const Article *ar = &p->articles[ps->article];
        for (size_t s = 0; s < ar->n_sentences; s++) {
            const TextSpan *sp = &ar->sentences[s];
            if (sp->end <= ps->start || sp->start >= ps->end) continue;
            size_t from = ps->start > sp->start ? ps->start : sp->start;
            size_t to = ps->end < sp->end ? ps->end : sp->end;
            cJSON *h = cJSON_CreateObject();
            cJSON_AddNumberToObject(h, "article", ps->article);
            /* Comparing outlets (issue 13): which one said it, with the passage. */
            if (p->n_articles > 1 && ar->outlet) cJSON_AddStringToObject(h, "outlet", ar->outlet);
            cJSON_AddNumberToObject(h, "sentence", (double)s);
            cJSON_AddNumberToObject(h, "from", (double)text_utf8_count(ar->body + sp->start, from - sp->start));
            cJSON_AddNumberToObject(h, "to", (double)text_utf8_count(ar->body + sp->start, to - sp->start));
            cJSON_AddItemToArray(arr, h);
        }
    }
    return arr;
}

/* A cite question's two parts: how each came out and its points, and the sentence picked. */
static cJSON *cite_result_json(const Pack *p, const Question *q, const LiveResult *r)
{
    cJSON *o = cJSON_CreateObject();
    bool answered = r && r->answered;
    const Grade *g = answered ? &r->grade : NULL;
    cJSON_AddBoolToObject(o, "answer_correct", g && g->answer_correct);
    cJSON_AddBoolToObject(o, "evidence_correct", g && g->evidence_correct);
    cJSON_AddStringToObject(o, "outcome", g ? answer_cite_outcome_name(answer_cite_outcome(g)) : "");
    cJSON_AddNumberToObject(o, "answer_points", g ? g->answer_fraction * (1 - q->cite_share) * q->points : 0);
    cJSON_AddNumberToObject(o, "evidence_points", g && g->evidence_correct ? q->cite_share * q->points : 0);
    cJSON_AddNumberToObject(o, "answer_max", (1 - q->cite_share) * q->points);
    cJSON_AddNumberToObject(o, "evidence_max", q->cite_share * q->points);
    if (answered && r->answer.cite_sentence >= 0) {
        cJSON_AddNumberToObject(o, "article", r->answer.cite_article);
        cJSON_AddNumberToObject(o, "sentence", r->answer.cite_sentence);
        char buf[1024];
        answer_describe_cite(p, &r->answer, buf, sizeof buf);
        cJSON_AddStringToObject(o, "your_sentence", buf);
    }
    return o;
}

/* The right answer, the grade, the explanation and the evidence: only once revealed to the
 * student. */
static cJSON *result_json(const Live *lv, int seat, size_t q)
{
    if (!live_revealed_to(lv, seat, q)) return NULL;
    const Pack *p = live_pack(lv);
    const Question *qq = &p->questions[q];
    const LiveResult *r = live_result(lv, seat, q);
    cJSON *o = cJSON_CreateObject();
    char buf[1024];
    bool answered = r && r->answered;
    cJSON_AddBoolToObject(o, "answered", answered);
    /* teacher-paced, a question asked before the student joined is not theirs: it counts for
     * nothing, and the page says so rather than "No answer, +0" */
    if (live_pacing(lv) == LIVE_TEACHER_PACED && q < live_seat_first_question(lv, seat))
        cJSON_AddBoolToObject(o, "counted", false);
    cJSON_AddBoolToObject(o, "correct", answered && r->grade.correct);
    cJSON_AddNumberToObject(o, "fraction", answered ? r->grade.fraction : 0);
    cJSON_AddNumberToObject(o, "points", answered ? r->grade.points + r->bonus : 0);
    cJSON_AddNumberToObject(o, "max_points", qq->points);
    cJSON_AddNumberToObject(o, "speed_points", answered ? r->bonus : 0);
    if (answered) {
        answer_describe(p, qq, &r->answer, buf, sizeof buf);
        cJSON_AddStringToObject(o, "your_answer", buf);
        const char *hint = r->grade.correct ? NULL : answer_near_miss(qq, &r->answer);
        if (hint) cJSON_AddStringToObject(o, "hint", hint); /* "close — check the spelling" */
    }
    answer_describe_correct(p, qq, buf, sizeof buf);
    cJSON_AddStringToObject(o, "correct_answer", buf);
    cJSON_AddStringToObject(o, "explanation", qq->explanation ? qq->explanation : "");
    cJSON_AddItemToObject(o, "evidence", evidence_json(p, qq));
    if (qq->cite) cJSON_AddItemToObject(o, "cite", cite_result_json(p, qq, r));
    return o;
}

static cJSON *final_json(const Live *lv, int seat)
{
    const Pack *p = live_pack(lv);
    LiveTotals t = live_seat_totals(lv, seat);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "score", t.score);
    cJSON_AddNumberToObject(o, "max_score", t.max_score);
    cJSON_AddNumberToObject(o, "correct", t.correct);
    cJSON_AddNumberToObject(o, "total", t.total);
    cJSON *kinds = cJSON_AddArrayToObject(o, "kinds");
    for (int k = 0; k < KIND_COUNT; k++) {
        if (t.kind_total[k] == 0) continue;
        cJSON *kk = cJSON_CreateObject();
        cJSON_AddStringToObject(kk, "kind", pack_kind_name((QuestionKind)k));
        cJSON_AddNumberToObject(kk, "score", t.kind_score[k]);
        cJSON_AddNumberToObject(kk, "max", t.kind_max[k]);
        cJSON_AddNumberToObject(kk, "correct", t.kind_correct[k]);
        cJSON_AddNumberToObject(kk, "total", t.kind_total[k]);
        cJSON_AddItemToArray(kinds, kk);
    }
    cJSON *missed = cJSON_AddArrayToObject(o, "missed");
    for (size_t q = 0; q < p->n_questions; q++) {
        if (!live_revealed_to(lv, seat, q)) continue;
        const LiveResult *r = live_result(lv, seat, q);
        if (r && r->answered && r->grade.correct) continue;
        cJSON *m = result_json(lv, seat, q);
        cJSON_AddNumberToObject(m, "index", (double)q);
        cJSON_AddStringToObject(m, "prompt", p->questions[q].prompt);
        cJSON_AddItemToArray(missed, m);
    }
    return o;
}

static bool student_done(const Live *lv, int seat)
{
    return live_phase(lv) == LIVE_FINISHED ||
           (live_pacing(lv) == LIVE_STUDENT_PACED && live_phase(lv) == LIVE_RUNNING &&
            live_student_question(lv, seat) < 0);
}

char *net_msg_state(const Live *lv, int seat, int64_t now_ms)
{
    const LiveSeat *s = live_seat(lv, seat);
    if (!s) return NULL;
    cJSON *root = cJSON_CreateObject();
    if (!root) return NULL;
    LivePhase ph = live_phase(lv);
    cJSON_AddStringToObject(root, "type", "state");
    cJSON_AddStringToObject(root, "phase", PHASE_NAMES[ph]);
    cJSON *me = cJSON_AddObjectToObject(root, "me");
    cJSON_AddStringToObject(me, "name", s->name);
    cJSON_AddNumberToObject(me, "score", live_seat_score(lv, seat));
    LiveTotals t = live_seat_totals(lv, seat);
    cJSON_AddNumberToObject(me, "answered", t.answered);
    int q = live_student_question(lv, seat);
    if (q >= 0 && ph != LIVE_FINISHED) {
        cJSON_AddItemToObject(root, "question", question_json(lv, seat, (size_t)q, now_ms));
        cJSON *res = result_json(lv, seat, (size_t)q);
        if (res) cJSON_AddItemToObject(root, "result", res);
    }
    if (ph == LIVE_LEADERBOARD || ph == LIVE_FINISHED) cJSON_AddNumberToObject(root, "rank", live_rank(lv, seat));
    if (student_done(lv, seat)) cJSON_AddItemToObject(root, "final", final_json(lv, seat));
    return finish(root);
}

void net_question_id(size_t q, char *buf, size_t size)
{
    snprintf(buf, size, "q%zu", q + 1);
}

/* ---- acks and errors ---------------------------------------------------------------------- */

const char *net_answer_code(LiveAnswerResult r)
{
    switch (r) {
    case LIVE_ANSWER_OK: return "ok";
    case LIVE_ANSWER_NOT_NOW: return "not_now";
    case LIVE_ANSWER_STALE: return "stale";
    case LIVE_ANSWER_TIME_UP: return "time_up";
    case LIVE_ANSWER_ALREADY: return "already";
    case LIVE_ANSWER_INVALID: return "invalid";
    case LIVE_ANSWER_NO_SEAT: return "removed";
    }
    return "invalid";
}

char *net_msg_ack(const char *question_id, LiveAnswerResult r)
{
    cJSON *root = cJSON_CreateObject();
    if (!root) return NULL;
    cJSON_AddStringToObject(root, "type", "ack");
    cJSON_AddStringToObject(root, "question", question_id ? question_id : "");
    cJSON_AddBoolToObject(root, "ok", r == LIVE_ANSWER_OK);
    if (r != LIVE_ANSWER_OK) {
        cJSON_AddStringToObject(root, "code", net_answer_code(r));
        cJSON_AddStringToObject(root, "error", live_answer_message(r));
    }
    return finish(root);
}

char *net_msg_error(const char *code, const char *message)
{
    cJSON *root = cJSON_CreateObject();
    if (!root) return NULL;
    cJSON_AddStringToObject(root, "type", "error");
    cJSON_AddStringToObject(root, "code", code);
    cJSON_AddStringToObject(root, "error", message);
    return finish(root);
}

/* ---- answers from the browser ------------------------------------------------------------- */

/* A whole number in [0, limit), or -1. */
static int index_of(const cJSON *v, size_t limit)
{
    if (!cJSON_IsNumber(v)) return -1;
    double d = v->valuedouble;
    if (!(d >= 0 && d < (double)limit) || d != (double)(int)d) return -1;
    return (int)d;
}

static bool parse_multi(const Question *qq, const cJSON *arr, Answer *a)
{
    if (!cJSON_IsArray(arr) || cJSON_GetArraySize(arr) > (int)qq->n_choices) return false;
    const cJSON *it;
    cJSON_ArrayForEach(it, arr) {
        int i = index_of(it, qq->n_choices);
        if (i < 0 || (a->picked & (1u << i))) return false;
        a->picked |= 1u << i;
    }
    return true;
}

static bool parse_order(const Live *lv, int seat, size_t q, const cJSON *arr, Answer *a)
{
    int arrangement[PACK_MAX_ORDER_EVENTS];
    size_t n = live_arrangement(lv, seat, q, arrangement);
    if (!cJSON_IsArray(arr) || (size_t)cJSON_GetArraySize(arr) != n) return false;
    bool used[PACK_MAX_ORDER_EVENTS] = {false};
    size_t k = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, arr) {
        int pos = index_of(it, n);
        if (pos < 0 || used[pos]) return false;
        used[pos] = true;
        a->order[k++] = arrangement[pos];
    }
    a->n_order = n;
    return true;
}

static bool parse_text(const cJSON *v, Answer *a)
{
    if (!cJSON_IsString(v)) return false;
    size_t len = strlen(v->valuestring);
    if (len >= sizeof a->text || !text_utf8_valid(v->valuestring, len, NULL)) return false;
    memcpy(a->text, v->valuestring, len + 1);
    return true;
}

/* A cite question's "cite": {"article", "sentence"}: absent is allowed (the answer part alone,
 * see live_answer); present, it must name a sentence of the pack. */
static bool parse_cite(const Pack *p, const Question *qq, const cJSON *json, Answer *a)
{
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(json, "cite");
    if (!c || cJSON_IsNull(c)) return true;
    if (!qq->cite || !cJSON_IsObject(c)) return false;
    int art = index_of(cJSON_GetObjectItemCaseSensitive(c, "article"), p->n_articles);
    if (art < 0) return false;
    int sen = index_of(cJSON_GetObjectItemCaseSensitive(c, "sentence"), p->articles[art].n_sentences);
    return sen >= 0 && answer_cite_sentence(a, p, art, sen);
}

static bool parse_part(const Live *lv, int seat, size_t q, const cJSON *json, Answer *a);

bool net_parse_answer(const Live *lv, int seat, size_t q, const cJSON *json, Answer *a)
{
    const Pack *p = live_pack(lv);
    if (q >= p->n_questions || !cJSON_IsObject(json)) return false;
    const Question *qq = &p->questions[q];
    answer_init(a, qq, NULL);
    return parse_part(lv, seat, q, json, a) && parse_cite(p, qq, json, a);
}

/* The answer part, by the question's format. */
static bool parse_part(const Live *lv, int seat, size_t q, const cJSON *json, Answer *a)
{
    const Pack *p = live_pack(lv);
    const Question *qq = &p->questions[q];
    switch (qq->format) {
    case FORMAT_CHOICE:
        a->choice = index_of(cJSON_GetObjectItemCaseSensitive(json, "choice"), qq->n_choices);
        return a->choice >= 0;
    case FORMAT_MULTI: return parse_multi(qq, cJSON_GetObjectItemCaseSensitive(json, "picked"), a);
    case FORMAT_TRUE_FALSE: {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(json, "truth");
        if (!cJSON_IsBool(t)) return false;
        a->truth = cJSON_IsTrue(t) ? 1 : 0;
        return true;
    }
    case FORMAT_ORDER: return parse_order(lv, seat, q, cJSON_GetObjectItemCaseSensitive(json, "order"), a);
    case FORMAT_TEXT: return parse_text(cJSON_GetObjectItemCaseSensitive(json, "text"), a);
    case FORMAT_EVIDENCE: {
        int art = index_of(cJSON_GetObjectItemCaseSensitive(json, "article"), p->n_articles);
        if (art < 0) return false;
        int sen = index_of(cJSON_GetObjectItemCaseSensitive(json, "sentence"), p->articles[art].n_sentences);
        return sen >= 0 && answer_pick_sentence(a, p, art, sen);
    }
    default: return false;
    }
}
