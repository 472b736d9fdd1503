/* net_rate.h — a token bucket: at most `rate` events a second on average, `burst` at once.
 * Pure (the caller passes the time). Used per WebSocket client for messages and per address for
 * joins, so one student's flood cannot starve the class. */
#ifndef BYLINE_NET_RATE_H
#define BYLINE_NET_RATE_H
#include <stdbool.h>
#include <stdint.h>

typedef struct RateBucket {
    double tokens;
    double rate;  /* tokens added per second */
    double burst; /* most tokens held */
    int64_t last_ms;
} RateBucket;

void rate_init(RateBucket *b, double rate, double burst, int64_t now_ms);
/* Takes one token when there is one: true = allowed. */
bool rate_take(RateBucket *b, int64_t now_ms);
/* How long until rate_take would allow one more, in ms (0 = now). Told to a refused client so it
 * can wait exactly that long instead of guessing. */
int64_t rate_wait_ms(const RateBucket *b, int64_t now_ms);

#endif
