/* fuzz_pack_load.c — libFuzzer target: any bytes through the whole pack loader and checker. */
#include "diag.h"
#include "pack.h"
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Diagnostics d;
    diag_init(&d, "fuzz.json");
    Pack *p = pack_load_buffer((const char *)data, size, &d);
    /* A pack that loads must have what the loader promises. */
    if (p && (p->n_articles == 0 || p->n_questions == 0)) __builtin_trap();
    for (size_t i = 0; p && i < p->n_questions; i++)
        for (size_t k = 0; k < p->questions[i].n_evidence; k++) {
            const Passage *e = &p->questions[i].evidence[k];
            if (e->end > p->articles[e->article].body_len || e->start >= e->end) __builtin_trap();
        }
    pack_free(p);
    diag_free(&d);
    return 0;
}
