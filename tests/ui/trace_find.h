/* trace_find.h — looking up what a traced frame drew (UiTrace, ui_draw.h), for the UI tests. */
#ifndef BYLINE_TRACE_FIND_H
#define BYLINE_TRACE_FIND_H
#include "ui_draw.h"
#include <stdbool.h>
#include <string.h>

/* True when the frame drew a text starting with `prefix`, anywhere (within NULL) or overlapping
 * the rectangle `within`. */
static inline bool trace_has(const UiTrace *tr, const char *prefix, const SDL_Rect *within)
{
    for (size_t i = 0; i < tr->n; i++)
        if (strncmp(tr->items[i].text, prefix, strlen(prefix)) == 0 &&
            (!within || SDL_HasIntersection(&tr->items[i].r, within)))
            return true;
    return false;
}

#endif
