/* ui_png.c — PNG writer.
 *
 * Each row gets the PNG filter (None, Sub, Up) with the smallest sum of absolute values (the
 * usual heuristic), then the whole image is deflated as one fixed-Huffman block: LZ77 matches
 * found through a hash of the next 3 bytes with short chains. Screens are mostly flat colour, so
 * this gets within a small factor of zlib -9 while staying about 200 lines. */
#include "ui_png.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- bit writer ------------------------------------------------------------------------- */

typedef struct Bits {
    uint8_t *buf;
    size_t len, cap;
    uint32_t acc;
    int n;
    bool oom;
} Bits;

static void put_byte(Bits *b, uint8_t v)
{
    if (b->len == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 65536;
        uint8_t *nb = realloc(b->buf, cap);
        if (!nb) {
            b->oom = true;
            return;
        }
        b->buf = nb;
        b->cap = cap;
    }
    b->buf[b->len++] = v;
}

/* LSB-first, as deflate packs everything but Huffman codes. */
static void put_bits(Bits *b, uint32_t v, int n)
{
    b->acc |= v << b->n;
    b->n += n;
    while (b->n >= 8) {
        put_byte(b, (uint8_t)b->acc);
        b->acc >>= 8;
        b->n -= 8;
    }
}

/* Huffman codes go MSB-first: reverse them into the LSB-first stream. */
static void put_code(Bits *b, uint32_t code, int n)
{
    uint32_t r = 0;
    for (int i = 0; i < n; i++) r |= ((code >> i) & 1u) << (n - 1 - i);
    put_bits(b, r, n);
}

static void flush_bits(Bits *b)
{
    if (b->n > 0) put_byte(b, (uint8_t)b->acc);
    b->acc = 0;
    b->n = 0;
}

/* --- fixed Huffman deflate -------------------------------------------------------------- */

static void put_litlen(Bits *b, int sym)
{
    if (sym < 144) put_code(b, 0x30u + (uint32_t)sym, 8);
    else if (sym < 256) put_code(b, 0x190u + (uint32_t)(sym - 144), 9);
    else if (sym < 280) put_code(b, (uint32_t)(sym - 256), 7);
    else put_code(b, 0xC0u + (uint32_t)(sym - 280), 8);
}

static const uint16_t len_base[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                      35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                      3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t dist_base[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
                                       193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
                                       6145, 8193, 12289, 16385, 24577};
static const uint8_t dist_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                       6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

static void put_match(Bits *b, int len, int dist)
{
    int li = 28;
    while (len_base[li] > len) li--;
    put_litlen(b, 257 + li);
    put_bits(b, (uint32_t)(len - len_base[li]), len_extra[li]);
    int di = 29;
    while (dist_base[di] > dist) di--;
    put_code(b, (uint32_t)di, 5);
    put_bits(b, (uint32_t)(dist - dist_base[di]), dist_extra[di]);
}

#define WSIZE 32768
#define HBITS 15
#define MAX_CHAIN 24

static uint32_t hash3(const uint8_t *p)
{
    return ((uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2]) * 2654435761u >> (32 - HBITS);
}

static void deflate_fixed(Bits *b, const uint8_t *src, size_t len)
{
    int32_t *head = malloc(sizeof(int32_t) << HBITS);
    int32_t *prev = malloc(sizeof(int32_t) * WSIZE);
    if (!head || !prev) {
        free(head);
        free(prev);
        b->oom = true;
        return;
    }
    memset(head, 0xFF, sizeof(int32_t) << HBITS);
    put_bits(b, 1, 1); /* final block */
    put_bits(b, 1, 2); /* fixed Huffman */
    size_t i = 0;
    while (i < len) {
        int best = 0, best_d = 0;
        if (i + 3 <= len) {
            uint32_t h = hash3(src + i);
            int32_t cand = head[h];
            size_t max = len - i < 258 ? len - i : 258;
            for (int chain = 0; cand >= 0 && i - (size_t)cand <= WSIZE && chain < MAX_CHAIN; chain++) {
                const uint8_t *a = src + cand, *c = src + i;
                size_t n = 0;
                while (n < max && a[n] == c[n]) n++;
                if ((int)n > best) {
                    best = (int)n;
                    best_d = (int)(i - (size_t)cand);
                    if (n == max) break;
                }
                int32_t p = prev[cand & (WSIZE - 1)];
                if (p >= cand) break;
                cand = p;
            }
        }
        size_t step = best >= 3 ? (size_t)best : 1;
        if (best >= 3) put_match(b, best, best_d);
        else put_litlen(b, src[i]);
        for (size_t stop = i + step; i < stop; i++) {
            if (i + 3 > len) continue;
            uint32_t h = hash3(src + i);
            prev[i & (WSIZE - 1)] = head[h];
            head[h] = (int32_t)i;
        }
    }
    put_litlen(b, 256);
    flush_bits(b);
    free(head);
    free(prev);
}

static uint32_t adler32(const uint8_t *p, size_t n)
{
    uint32_t a = 1, s = 0;
    for (size_t i = 0; i < n; i++) {
        a = (a + p[i]) % 65521u;
        s = (s + a) % 65521u;
    }
    return s << 16 | a;
}

bool png_zlib_compress(const uint8_t *src, size_t len, uint8_t **out, size_t *out_len)
{
    Bits b = {0};
    put_byte(&b, 0x78);
    put_byte(&b, 0x01);
    deflate_fixed(&b, src, len);
    uint32_t ad = adler32(src, len);
    for (int s = 24; s >= 0; s -= 8) put_byte(&b, (uint8_t)(ad >> s));
    if (b.oom) {
        free(b.buf);
        return false;
    }
    *out = b.buf;
    *out_len = b.len;
    return true;
}

/* --- PNG container ---------------------------------------------------------------------- */

static uint32_t crc_table[256];

static void crc_init(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc(uint32_t c, const uint8_t *p, size_t n)
{
    c = ~c;
    for (size_t i = 0; i < n; i++) c = crc_table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return ~c;
}

static void be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static bool chunk(FILE *f, const char *type, const uint8_t *data, size_t n)
{
    uint8_t hdr[8];
    be32(hdr, (uint32_t)n);
    memcpy(hdr + 4, type, 4);
    uint32_t c = crc(0, hdr + 4, 4);
    c = crc(c, data, n);
    uint8_t tail[4];
    be32(tail, c);
    return fwrite(hdr, 1, 8, f) == 8 && (n == 0 || fwrite(data, 1, n, f) == n) && fwrite(tail, 1, 4, f) == 4;
}

/* Filters row y into out (1 + 3w bytes): the filter byte, then the filtered pixels. */
static void filter_row(const uint8_t *rgb, size_t stride, int w, int y, uint8_t *out, uint8_t *tmp)
{
    const uint8_t *row = rgb + (size_t)y * stride, *up = y ? row - stride : NULL;
    size_t n = (size_t)w * 3;
    unsigned long best_sum = ~0ul;
    for (int ft = 0; ft < 3; ft++) {
        unsigned long sum = 0;
        for (size_t i = 0; i < n; i++) {
            uint8_t pred = ft == 1 ? (i >= 3 ? row[i - 3] : 0) : ft == 2 ? (up ? up[i] : 0) : 0;
            uint8_t v = (uint8_t)(row[i] - pred);
            tmp[i] = v;
            sum += v < 128 ? v : 256u - v;
        }
        if (sum < best_sum) {
            best_sum = sum;
            out[0] = (uint8_t)ft;
            memcpy(out + 1, tmp, n);
        }
    }
}

bool png_write_rgb(const char *path, const uint8_t *rgb, int w, int h, size_t stride)
{
    crc_init();
    size_t row = 1 + (size_t)w * 3;
    uint8_t *raw = malloc(row * (size_t)h), *tmp = malloc((size_t)w * 3 + 1);
    uint8_t *z = NULL;
    size_t zlen = 0;
    bool ok = false;
    FILE *f = NULL;
    if (!raw || !tmp) goto done;
    for (int y = 0; y < h; y++) filter_row(rgb, stride, w, y, raw + row * (size_t)y, tmp);
    if (!png_zlib_compress(raw, row * (size_t)h, &z, &zlen)) goto done;
    f = fopen(path, "wb");
    if (!f) goto done;
    static const uint8_t sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    uint8_t ihdr[13];
    be32(ihdr, (uint32_t)w);
    be32(ihdr + 4, (uint32_t)h);
    ihdr[8] = 8;  /* bit depth */
    ihdr[9] = 2;  /* RGB */
    ihdr[10] = ihdr[11] = ihdr[12] = 0;
    ok = fwrite(sig, 1, 8, f) == 8 && chunk(f, "IHDR", ihdr, 13) && chunk(f, "IDAT", z, zlen) &&
         chunk(f, "IEND", NULL, 0);
done:
    if (f && fclose(f) != 0) ok = false;
    free(raw);
    free(tmp);
    free(z);
    return ok;
}
