/* net_view.h — the messages of the live channel (docs/live-protocol.md), built from the core's
 * views, and students' answers parsed from JSON. Pure: no sockets, no locks (the caller holds the
 * Live's lock while calling these). This is where the rule "no answer key before its reveal" is
 * kept: the state of a question carries its right answer, explanation and evidence only when
 * live_revealed_to says the student may see them.
 *
 * Every net_msg_* returns a malloc'd NUL-terminated JSON text (caller frees), or NULL when memory
 * runs out. */
#ifndef BYLINE_NET_VIEW_H
#define BYLINE_NET_VIEW_H
#include "live.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* "welcome": the seat, the pack's title, and the articles as sentences and paragraphs. */
char *net_msg_welcome(const Live *lv, int seat);
/* "state": everything the student sees now. */
char *net_msg_state(const Live *lv, int seat, int64_t now_ms);
/* "ack" for an answer to question_id ("" when unknown). */
char *net_msg_ack(const char *question_id, LiveAnswerResult r);
/* "error" with a code and a message for people. */
char *net_msg_error(const char *code, const char *message);

/* The question's id on the wire: "q" and its number ("q13"), never the pack's own id, which a
 * teacher may have named after the answer. */
void net_question_id(size_t q, char *buf, size_t size);
/* The short code of an answer result: "ok", "time_up", "stale", … */
const char *net_answer_code(LiveAnswerResult r);

/* Reads the "answer" object of an answer message for the question the student is on (index q of
 * the pack): fills *a for live_answer (order positions mapped back through the student's
 * arrangement, evidence sentence looked up in the pack; a cite question's optional "cite" pick
 * {"article", "sentence"} too). False when it is malformed for that
 * question's format (wrong types, out-of-range indices, duplicates, text too long or not UTF-8). */
struct cJSON;
bool net_parse_answer(const Live *lv, int seat, size_t q, const struct cJSON *json, Answer *a);

#endif
