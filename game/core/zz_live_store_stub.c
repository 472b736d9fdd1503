#include "live_store.h"
LiveSaver *live_store_begin(Store*s, const Live*l, int64_t t, char *err, size_t n){(void)s;(void)l;(void)t;(void)err;(void)n;return 0;}
bool live_store_sync(LiveSaver*a, Live*l, int64_t x, int64_t y){(void)a;(void)l;(void)x;(void)y;return 1;}
bool live_store_finish(LiveSaver*a, Live*l, int64_t y){(void)a;(void)l;(void)y;return 1;}
void live_store_close(LiveSaver*a){(void)a;}
int64_t live_store_find_unfinished(Store*s, const char *p, int64_t t){(void)s;(void)p;(void)t;return -1;}
Live *live_store_resume(Store*s, int64_t id, const Pack*p, int64_t a, int64_t b, LiveSaver **sv, char *err, size_t n){(void)s;(void)id;(void)p;(void)a;(void)b;(void)sv;(void)err;(void)n;return 0;}
bool live_store_abandon(Store*s, int64_t id, int64_t t){(void)s;(void)id;(void)t;return 1;}
