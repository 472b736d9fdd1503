/* qr.c — QR codes through libqrencode; see qr.h. */
#include "qr.h"
#include <qrencode.h>
#include <stdlib.h>
#include <string.h>

bool qr_encode(const char *text, QrCode *out)
{
    memset(out, 0, sizeof *out);
    if (!text || !*text) return false;
    QRcode *q = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M);
    if (!q) return false;
    size_t n = (size_t)q->width * (size_t)q->width;
    out->modules = malloc(n);
    if (!out->modules) {
        QRcode_free(q);
        return false;
    }
    /* libqrencode's bytes carry other flags in the upper bits; bit 0 is dark. */
    for (size_t i = 0; i < n; i++) out->modules[i] = q->data[i] & 1;
    out->size = q->width;
    QRcode_free(q);
    return true;
}

void qr_free(QrCode *qr)
{
    if (!qr) return;
    free(qr->modules);
    qr->modules = NULL;
    qr->size = 0;
}

bool qr_dark(const QrCode *qr, int x, int y)
{
    if (!qr->modules || x < 0 || y < 0 || x >= qr->size || y >= qr->size) return false;
    return qr->modules[(size_t)y * (size_t)qr->size + (size_t)x] != 0;
}
