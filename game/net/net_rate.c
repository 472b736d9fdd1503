/* net_rate.c — the token bucket of net_rate.h. */
#include "net_rate.h"

void rate_init(RateBucket *b, double rate, double burst, int64_t now_ms)
{
    b->rate = rate;
    b->burst = burst;
    b->tokens = burst;
    b->last_ms = now_ms;
}

bool rate_take(RateBucket *b, int64_t now_ms)
{
    if (now_ms > b->last_ms) {
        b->tokens += (double)(now_ms - b->last_ms) * b->rate / 1000.0;
        if (b->tokens > b->burst) b->tokens = b->burst;
        b->last_ms = now_ms;
    }
    if (b->tokens < 1.0) return false;
    b->tokens -= 1.0;
    return true;
}

int64_t rate_wait_ms(const RateBucket *b, int64_t now_ms)
{
    double tokens = b->tokens;
    if (now_ms > b->last_ms) tokens += (double)(now_ms - b->last_ms) * b->rate / 1000.0;
    if (tokens >= 1.0 || b->rate <= 0) return 0;
    double ms = (1.0 - tokens) * 1000.0 / b->rate;
    return (int64_t)ms + (ms > (double)(int64_t)ms); /* rounded up: asking sooner is refused again */
}
