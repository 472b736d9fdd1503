/* test_net_view.c — the live channel's messages (game/net/net_view.c): before a question is
 * revealed to a student, nothing they receive carries its answer key; after, the result, the
 * right answer in words and the evidence are there. Answers from browsers are parsed strictly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "helpers.h"
#include "live.h"
#include "net_view.h"
#include "text.h"
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const PACKS[] = {"quizzes/sessions-letter.json", "quizzes/practice-river-bridge.json",
                                    "quizzes/practice-phone-ban.json"};
static const char TOKEN_A[] = "0123456789abcdef0123456789abcdef";
static const char TOKEN_B[] = "fedcba9876543210fedcba9876543210";

static Pack *load(const char *rel)
{
    Pack *p = tu_load_pack(rel);
    assert_non_null(p);
    return p;
}

static Live *class_of(const Pack *p, LivePacing pacing, int *seat)
{
    char err[200];
    Live *lv = live_create(p, pacing, live_default_rules(pacing), "TEST", 42, 0, err, sizeof err);
    assert_non_null(lv);
    assert_int_equal(live_join(lv, "test", "Ana", TOKEN_A, 0, seat), LIVE_JOIN_OK);
    return lv;
}

/* The answer key of q, as text that must not appear in a message before the reveal. */
static void assert_no_key(const Pack *p, const Question *q, const char *msg)
{
    cJSON *j = cJSON_Parse(msg);
    assert_non_null(j);
    assert_null(cJSON_GetObjectItem(j, "result"));
    assert_null(cJSON_GetObjectItem(j, "final"));
    cJSON_Delete(j);
    assert_null(strstr(msg, "\"correct"));
    assert_null(strstr(msg, "\"explanation\""));
    assert_null(strstr(msg, "\"evidence\":"));
    if (q->explanation && strlen(q->explanation) > 12) assert_null(strstr(msg, q->explanation));
    for (size_t i = 0; i < q->n_accept; i++)
        if (!strstr(q->prompt, q->accept[i]) && strstr(msg, q->accept[i])) fail_msg("%s found in %s", q->accept[i], msg);
    for (size_t i = 0; i < p->n_events; i++) {
        char date[16];
        snprintf(date, sizeof date, "%04d-%02d-%02d", p->events[i].date.year, p->events[i].date.month,
                 p->events[i].date.day);
        assert_null(strstr(msg, date));
        /* Ids are words ("vote"); a quoted id would be a key the client has no use for. */
        char quoted[80];
        snprintf(quoted, sizeof quoted, "\"%s\"", p->events[i].id);
        assert_null(strstr(msg, quoted));
    }
}

/* The events of an order question as sent: never in the right order. */
static void assert_order_shuffled(const Pack *p, const Question *q, const char *msg)
{
    if (q->format != FORMAT_ORDER) return;
    cJSON *j = cJSON_Parse(msg);
    const cJSON *ev = cJSON_GetObjectItem(cJSON_GetObjectItem(j, "question"), "events");
    assert_int_equal(cJSON_GetArraySize(ev), (int)q->n_order);
    bool same = true;
    for (size_t i = 0; i < q->n_order; i++)
        same &= strcmp(cJSON_GetArrayItem(ev, (int)i)->valuestring, p->events[q->order[i]].text) == 0;
    assert_false(same);
    cJSON_Delete(j);
}

static void teacher_paced_states_carry_no_key_before_reveal(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof PACKS / sizeof PACKS[0]; k++) {
        Pack *p = load(PACKS[k]);
        int seat;
        Live *lv = class_of(p, LIVE_TEACHER_PACED, &seat);
        char *w = net_msg_welcome(lv, seat);
        assert_null(strstr(w, "explanation"));
        free(w);
        assert_true(live_start(lv, 1000));
        for (size_t q = 0; q < p->n_questions; q++) {
            const Question *qq = &p->questions[q];
            int64_t t = 1000 + (int64_t)q * 100000;
            char *m = net_msg_state(lv, seat, t + 10);
            assert_no_key(p, qq, m);
            assert_order_shuffled(p, qq, m);
            free(m);
            /* Answered (a wrong or right answer alike) and time up: still nothing. */
            Answer a;
            answer_init(&a, qq, NULL);
            if (qq->format == FORMAT_CHOICE) {
                a.choice = 0;
                assert_int_equal(live_answer(lv, seat, qq->id, &a, t + 20), LIVE_ANSWER_OK);
            }
            m = net_msg_state(lv, seat, t + 30);
            assert_no_key(p, qq, m);
            free(m);
            live_tick(lv, t + 99000);
            m = net_msg_state(lv, seat, t + 99000);
            assert_no_key(p, qq, m);
            free(m);
            assert_true(live_reveal(lv, t + 99001));
            m = net_msg_state(lv, seat, t + 99002);
            assert_non_null(strstr(m, "\"correct_answer\""));
            assert_non_null(strstr(m, "\"evidence\""));
            free(m);
            assert_true(live_next(lv, t + 100000));
        }
        live_free(lv);
        pack_free(p);
    }
}

static void student_paced_result_comes_only_after_answering(void **state)
{
    (void)state;
    Pack *p = load(PACKS[1]);
    int seat;
    Live *lv = class_of(p, LIVE_STUDENT_PACED, &seat);
    assert_true(live_start(lv, 0));
    int q = live_student_question(lv, seat);
    assert_int_equal(q, 0);
    char *m = net_msg_state(lv, seat, 5);
    assert_no_key(p, &p->questions[0], m);
    assert_null(strstr(m, "time_left_ms"));
    free(m);
    assert_true(live_student_next(lv, seat, 10)); /* skipping reveals that one */
    m = net_msg_state(lv, seat, 11);
    assert_no_key(p, &p->questions[1], m);
    free(m);
    live_free(lv);
    pack_free(p);
}

/* The first question of a format in the pack, or -1. */
static int first_of(const Pack *p, QuestionFormat f)
{
    for (size_t i = 0; i < p->n_questions; i++)
        if (p->questions[i].format == f) return (int)i;
    return -1;
}

static bool parse(const Live *lv, int seat, size_t q, const char *json, Answer *a)
{
    cJSON *j = cJSON_Parse(json);
    bool ok = net_parse_answer(lv, seat, q, j, a);
    cJSON_Delete(j);
    return ok;
}

static void answers_are_parsed_strictly(void **state)
{
    (void)state;
    Pack *p = load(PACKS[0]);
    int seat;
    Live *lv = class_of(p, LIVE_STUDENT_PACED, &seat);
    Answer a;
    int c = first_of(p, FORMAT_CHOICE), m = first_of(p, FORMAT_MULTI), t = first_of(p, FORMAT_TRUE_FALSE);
    int x = first_of(p, FORMAT_TEXT), e = first_of(p, FORMAT_EVIDENCE), o = first_of(p, FORMAT_ORDER);
    assert_true(c >= 0 && m >= 0 && t >= 0 && x >= 0 && e >= 0 && o >= 0);
    assert_true(parse(lv, seat, (size_t)c, "{\"choice\":1}", &a));
    assert_int_equal(a.choice, 1);
    assert_false(parse(lv, seat, (size_t)c, "{\"choice\":1.5}", &a));
    assert_false(parse(lv, seat, (size_t)c, "{\"choice\":-1}", &a));
    assert_false(parse(lv, seat, (size_t)c, "{\"choice\":99}", &a));
    assert_false(parse(lv, seat, (size_t)c, "{\"choice\":\"1\"}", &a));
    assert_false(parse(lv, seat, (size_t)c, "{\"choice\":1e300}", &a));
    assert_true(parse(lv, seat, (size_t)m, "{\"picked\":[0,2]}", &a));
    assert_int_equal(a.picked, 5);
    assert_false(parse(lv, seat, (size_t)m, "{\"picked\":[0,0]}", &a));
    assert_false(parse(lv, seat, (size_t)m, "{\"picked\":{}}", &a));
    assert_true(parse(lv, seat, (size_t)t, "{\"truth\":false}", &a));
    assert_int_equal(a.truth, 0);
    assert_false(parse(lv, seat, (size_t)t, "{\"truth\":0}", &a));
    assert_true(parse(lv, seat, (size_t)x, "{\"text\":\"March 31\"}", &a));
    assert_string_equal(a.text, "March 31");
    assert_false(parse(lv, seat, (size_t)x, "{\"text\":\"\\udc80\"}", &a));
    char big[600] = "{\"text\":\"";
    memset(big + 9, 'a', 400);
    strcpy(big + 409, "\"}");
    assert_false(parse(lv, seat, (size_t)x, big, &a));
    assert_true(parse(lv, seat, (size_t)e, "{\"article\":0,\"sentence\":0}", &a));
    assert_int_equal(a.sentence, 0);
    assert_false(parse(lv, seat, (size_t)e, "{\"article\":5,\"sentence\":0}", &a));
    assert_false(parse(lv, seat, (size_t)e, "{\"article\":0,\"sentence\":100000}", &a));
    /* Order: positions of the student's arrangement, mapped back to pack events. */
    int arr[PACK_MAX_ORDER_EVENTS];
    size_t n = live_arrangement(lv, seat, (size_t)o, arr);
    char json[64] = "{\"order\":[";
    for (size_t i = 0; i < n; i++) {
        char num[4] = {i ? ',' : ' ', (char)('0' + (n - 1 - i)), '\0'};
        strcat(json, num);
    }
    strcat(json, "]}");
    assert_true(parse(lv, seat, (size_t)o, json, &a));
    assert_int_equal(a.n_order, n);
    for (size_t i = 0; i < n; i++) assert_int_equal(a.order[i], arr[n - 1 - i]);
    assert_false(parse(lv, seat, (size_t)o, "{\"order\":[0,0]}", &a));
    assert_false(parse(lv, seat, (size_t)o, "{\"order\":[0]}", &a));
    assert_false(parse(lv, seat, (size_t)c, "[]", &a));
    live_free(lv);
    pack_free(p);
}

/* A typed answer one slip from an accepted form: the result says "close", and only the result. */
static void a_near_miss_is_told_with_the_result_only(void **state)
{
    (void)state;
    Pack *p = load(PACKS[0]);
    int seat;
    Live *lv = class_of(p, LIVE_STUDENT_PACED, &seat);
    assert_true(live_start(lv, 0));
    int q = pack_find_question(p, "delusional-word");
    assert_true(q > 0);
    for (int i = 0; i < q; i++) assert_true(live_student_next(lv, seat, 10 + i));
    assert_int_equal(live_student_question(lv, seat), q);
    char *m = net_msg_state(lv, seat, 100);
    assert_null(strstr(m, "\"hint\""));
    free(m);
    Answer a;
    answer_init(&a, &p->questions[q], NULL);
    snprintf(a.text, sizeof a.text, "delusionel");
    assert_int_equal(live_answer(lv, seat, p->questions[q].id, &a, 200), LIVE_ANSWER_OK);
    m = net_msg_state(lv, seat, 300);
    cJSON *j = cJSON_Parse(m);
    const cJSON *hint = cJSON_GetObjectItem(cJSON_GetObjectItem(j, "result"), "hint");
    assert_true(cJSON_IsString(hint));
    assert_string_equal(hint->valuestring, ANSWER_HINT_SPELLING);
    cJSON_Delete(j);
    free(m);
    live_free(lv);
    pack_free(p);
}

/* A student who joins during the reveal sees the result of a question that was never theirs:
 * it says that it does not count for them; for the others (and for them from the next question
 * on) nothing of the kind. */
static void a_late_joiner_is_told_the_revealed_question_does_not_count(void **state)
{
    (void)state;
    Pack *p = load(PACKS[1]);
    int ana, late;
    Live *lv = class_of(p, LIVE_TEACHER_PACED, &ana);
    assert_true(live_start(lv, 0));
    assert_true(live_reveal(lv, 1000));
    assert_int_equal(live_join(lv, "test", "Late", TOKEN_B, 2000, &late), LIVE_JOIN_OK);
    char *m = net_msg_state(lv, late, 2000);
    cJSON *j = cJSON_Parse(m);
    const cJSON *counted = cJSON_GetObjectItem(cJSON_GetObjectItem(j, "result"), "counted");
    assert_true(cJSON_IsFalse(counted));
    cJSON_Delete(j);
    free(m);
    m = net_msg_state(lv, ana, 2000);
    assert_non_null(strstr(m, "\"result\""));
    assert_null(strstr(m, "\"counted\""));
    free(m);
    assert_true(live_next(lv, 3000));
    assert_true(live_reveal(lv, 4000));
    m = net_msg_state(lv, late, 4000);
    assert_non_null(strstr(m, "\"result\""));
    assert_null(strstr(m, "\"counted\""));
    free(m);
    live_free(lv);
    pack_free(p);
}

/* Issue 13: a question on two articles. Before the reveal nothing says which passages are the
 * evidence; after, each highlight names its own article and that article's outlet, for passages
 * in both articles. */
static void two_outlets_reveal_each_passage_in_its_own_article(void **state)
{
    (void)state;
    Pack *p = load("quizzes/practice-two-outlets.json");
    int seat;
    Live *lv = class_of(p, LIVE_TEACHER_PACED, &seat);
    int target = pack_find_question(p, "which-quote-standard");
    assert_true(target > 0);
    assert_true(live_start(lv, 1000));
    int64_t t = 1000;
    for (int q = 0; q < target; q++) {
        assert_true(live_reveal(lv, t += 10));
        assert_true(live_next(lv, t += 10));
    }
    const Question *qq = &p->questions[target];
    char *m = net_msg_state(lv, seat, t += 10);
    assert_no_key(p, qq, m);
    assert_null(strstr(m, "\"outlet\""));
    assert_null(strstr(m, "\"from\""));
    free(m);
    assert_true(live_reveal(lv, t += 10));
    m = net_msg_state(lv, seat, t += 10);
    cJSON *j = cJSON_Parse(m);
    const cJSON *ev = cJSON_GetObjectItem(cJSON_GetObjectItem(j, "result"), "evidence");
    assert_true(cJSON_GetArraySize(ev) >= 2);
    bool seen[2] = {false, false};
    const cJSON *h;
    cJSON_ArrayForEach(h, ev) {
        int a = cJSON_GetObjectItem(h, "article")->valueint;
        int s = cJSON_GetObjectItem(h, "sentence")->valueint;
        assert_true(a >= 0 && a < 2);
        seen[a] = true;
        const cJSON *outlet = cJSON_GetObjectItem(h, "outlet");
        assert_true(cJSON_IsString(outlet));
        assert_string_equal(outlet->valuestring, p->articles[a].outlet);
        /* the sentence is one of that article's passages, not a sentence of the other article */
        const TextSpan *sp = &p->articles[a].sentences[s];
        bool inside = false;
        for (size_t k = 0; k < qq->n_evidence; k++)
            inside = inside || (qq->evidence[k].article == a && sp->start < qq->evidence[k].end &&
                                qq->evidence[k].start < sp->end);
        assert_true(inside);
    }
    assert_true(seen[0] && seen[1]);
    cJSON_Delete(j);
    free(m);
    live_free(lv);
    pack_free(p);
}

static void names_travel_as_json_strings(void **state)
{
    (void)state;
    Pack *p = load(PACKS[1]);
    char err[100];
    Live *lv = live_create(p, LIVE_TEACHER_PACED, live_default_rules(LIVE_TEACHER_PACED), "TEST", 1, 0,
                           err, sizeof err);
    int seat;
    assert_int_equal(live_join(lv, "TEST", "<b>\"Bo\"</b>", TOKEN_B, 0, &seat), LIVE_JOIN_OK);
    char *m = net_msg_state(lv, seat, 0);
    cJSON *j = cJSON_Parse(m);
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(j, "me"), "name")->valuestring, "<b>\"Bo\"</b>");
    cJSON_Delete(j);
    free(m);
    m = net_msg_ack("q1", LIVE_ANSWER_TIME_UP);
    assert_non_null(strstr(m, "\"code\":\"time_up\""));
    assert_non_null(strstr(m, "\"ok\":false"));
    free(m);
    live_free(lv);
    pack_free(p);
}

/* ---- cite questions (issue 9) ------------------------------------------------------------ */

#define CITE_PACK "tests/ui/fixtures/cite.json"

/* The cite fixture, with the first question's evidence moved to sentence `evidence` of the
 * article when it is >= 0: the same pack to a student, but another right sentence. */
static Pack *cite_pack(int evidence)
{
    size_t len;
    char *text = tu_read_file(tu_source_path(CITE_PACK), &len);
    assert_non_null(text);
    cJSON *root = cJSON_Parse(text);
    free(text);
    assert_non_null(root);
    if (evidence >= 0) {
        cJSON *art = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "articles"), 0);
        const char *sentence = cJSON_GetArrayItem(cJSON_GetObjectItem(art, "paragraphs"), evidence)->valuestring;
        cJSON *q = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "questions"), 0);
        cJSON *ev = cJSON_CreateArray();
        cJSON_AddItemToArray(ev, cJSON_CreateString(sentence));
        cJSON_ReplaceItemInObject(q, "evidence", ev);
    }
    char *out = cJSON_Print(root);
    cJSON_Delete(root);
    Diagnostics d;
    diag_init(&d, CITE_PACK);
    Pack *p = pack_load_buffer(out, strlen(out), &d);
    if (!p) fail_msg("%s", d.count ? d.items[0].message : "does not load");
    diag_free(&d);
    free(out);
    return p;
}

/* What one student receives in a teacher-paced class on the first (cite) question: welcome,
 * the state while asking, the ack and state after answering with sentence `cite`, all joined. */
static char *messages_before_reveal(const Pack *p, int cite, Live **out, int *seat)
{
    Live *lv = class_of(p, LIVE_TEACHER_PACED, seat);
    assert_true(live_start(lv, 0));
    char *w = net_msg_welcome(lv, *seat), *s1 = net_msg_state(lv, *seat, 1000);
    Answer a;
    assert_true(parse(lv, *seat, 0, "{\"choice\":1}", &a));
    assert_true(answer_cite_sentence(&a, p, 0, cite));
    LiveAnswerResult r = live_answer(lv, *seat, p->questions[0].id, &a, 2000);
    assert_int_equal(r, LIVE_ANSWER_OK);
    char *ack = net_msg_ack("q1", r), *s2 = net_msg_state(lv, *seat, 3000);
    size_t n = strlen(w) + strlen(s1) + strlen(ack) + strlen(s2) + 4;
    char *all = malloc(n);
    snprintf(all, n, "%s\n%s\n%s\n%s", w, s1, ack, s2);
    free(w);
    free(s1);
    free(ack);
    free(s2);
    *out = lv;
    return all;
}

/* Before the reveal nothing tells which sentence is right: two packs that differ only in the
 * right sentence send a student byte for byte the same messages, though the student's pick is
 * right in one and wrong in the other. The question says that it asks for the evidence. */
static void cite_questions_keep_the_right_sentence_secret_until_the_reveal(void **state)
{
    (void)state;
    Pack *a = cite_pack(-1), *b = cite_pack(3);
    assert_true(a->questions[0].cite);
    int sa, sb;
    Live *la, *lb;
    char *ma = messages_before_reveal(a, 1, &la, &sa), *mb = messages_before_reveal(b, 1, &lb, &sb);
    assert_string_equal(ma, mb);
    assert_non_null(strstr(ma, "\"cite\":true"));
    assert_non_null(strstr(ma, "\"cite\":{\"article\":0,\"sentence\":1}")); /* their own pick */
    assert_null(strstr(ma, "evidence_correct"));
    assert_null(strstr(ma, "outcome"));
    char *s = net_msg_state(la, sa, 4000);
    assert_no_key(a, &a->questions[0], s);
    free(s);
    /* After the reveal: both parts, and now the packs differ. */
    assert_true(live_reveal(la, 5000));
    assert_true(live_reveal(lb, 5000));
    char *ra = net_msg_state(la, sa, 6000), *rb = net_msg_state(lb, sb, 6000);
    cJSON *ja = cJSON_Parse(ra), *jb = cJSON_Parse(rb);
    const cJSON *ca = cJSON_GetObjectItem(cJSON_GetObjectItem(ja, "result"), "cite");
    const cJSON *cb = cJSON_GetObjectItem(cJSON_GetObjectItem(jb, "result"), "cite");
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(ca, "answer_correct")));
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(ca, "evidence_correct")));
    assert_string_equal(cJSON_GetObjectItem(ca, "outcome")->valuestring, "both right");
    assert_true(cJSON_IsFalse(cJSON_GetObjectItem(cb, "evidence_correct")));
    assert_string_equal(cJSON_GetObjectItem(cb, "outcome")->valuestring, "guess");
    assert_true(cJSON_GetObjectItem(cb, "answer_points")->valuedouble > 1.99);
    assert_true(cJSON_GetObjectItem(cb, "evidence_points")->valuedouble < 0.01);
    assert_int_equal(cJSON_GetObjectItem(cb, "sentence")->valueint, 1);
    assert_non_null(strstr(cJSON_GetObjectItem(cb, "your_sentence")->valuestring, "more time"));
    cJSON_Delete(ja);
    cJSON_Delete(jb);
    free(ra);
    free(rb);
    free(ma);
    free(mb);
    live_free(la);
    live_free(lb);
    pack_free(a);
    pack_free(b);
}

/* The cite pick is optional in an answer (time may run out on that step) but never malformed. */
static void cite_picks_are_parsed_strictly(void **state)
{
    (void)state;
    Pack *p = cite_pack(-1);
    int seat;
    Live *lv = class_of(p, LIVE_STUDENT_PACED, &seat);
    Answer a;
    assert_true(parse(lv, seat, 0, "{\"choice\":1,\"cite\":{\"article\":0,\"sentence\":1}}", &a));
    assert_int_equal(a.choice, 1);
    assert_int_equal(a.cite_article, 0);
    assert_int_equal(a.cite_sentence, 1);
    assert_true(a.cite_end > a.cite_start);
    assert_true(parse(lv, seat, 0, "{\"choice\":1}", &a));
    assert_int_equal(a.cite_sentence, -1);
    assert_true(parse(lv, seat, 0, "{\"choice\":1,\"cite\":null}", &a));
    assert_false(parse(lv, seat, 0, "{\"choice\":1,\"cite\":{\"article\":0,\"sentence\":99}}", &a));
    assert_false(parse(lv, seat, 0, "{\"choice\":1,\"cite\":{\"article\":1,\"sentence\":0}}", &a));
    assert_false(parse(lv, seat, 0, "{\"choice\":1,\"cite\":{\"sentence\":0}}", &a));
    assert_false(parse(lv, seat, 0, "{\"choice\":1,\"cite\":3}", &a));
    assert_false(parse(lv, seat, 0, "{\"cite\":{\"article\":0,\"sentence\":1}}", &a)); /* no answer part */
    int plain = pack_find_question(p, "when-vote");
    assert_false(p->questions[plain].cite);
    assert_false(parse(lv, seat, (size_t)plain, "{\"choice\":2,\"cite\":{\"article\":0,\"sentence\":0}}", &a));
    live_free(lv);
    pack_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(teacher_paced_states_carry_no_key_before_reveal),
        cmocka_unit_test(student_paced_result_comes_only_after_answering),
        cmocka_unit_test(answers_are_parsed_strictly),
        cmocka_unit_test(a_near_miss_is_told_with_the_result_only),
        cmocka_unit_test(a_late_joiner_is_told_the_revealed_question_does_not_count),
        cmocka_unit_test(names_travel_as_json_strings),
        cmocka_unit_test(two_outlets_reveal_each_passage_in_its_own_article),
        cmocka_unit_test(cite_questions_keep_the_right_sentence_secret_until_the_reveal),
        cmocka_unit_test(cite_picks_are_parsed_strictly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
