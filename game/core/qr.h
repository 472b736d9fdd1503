/* qr.h — a QR code of a short text (the join address), as a square of modules, from libqrencode.
 * Pure data: the projector draws the modules as rectangles and the terminal as block characters. */
#ifndef BYLINE_QR_H
#define BYLINE_QR_H
#include <stdbool.h>
#include <stddef.h>

typedef struct QrCode {
    int size;                /* modules per side, without the quiet zone */
    unsigned char *modules;  /* size * size bytes, row by row: 1 dark, 0 light; owned, qr_free */
} QrCode;

/* Encodes text (UTF-8, at most a few hundred bytes) with error correction level M. False when
 * libqrencode refuses it (too long) or memory runs out; *out is then empty. */
bool qr_encode(const char *text, QrCode *out);
void qr_free(QrCode *qr);
/* Whether the module at (x, y) is dark; false outside the code (the quiet zone). */
bool qr_dark(const QrCode *qr, int x, int y);

#endif
