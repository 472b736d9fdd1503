/* ui_png.h — writes 8-bit RGB images as PNG files, with our own small deflate (LZ77 + fixed
 * Huffman codes), so the app can save screenshots without extra libraries. SDL-free. */
#ifndef BYLINE_UI_PNG_H
#define BYLINE_UI_PNG_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* rgb: h rows of w pixels, 3 bytes each, rows `stride` bytes apart. False on I/O error or no
 * memory. */
bool png_write_rgb(const char *path, const uint8_t *rgb, int w, int h, size_t stride);

/* Exposed for tests: zlib-compresses src into a malloc'd buffer (*out, *out_len). */
bool png_zlib_compress(const uint8_t *src, size_t len, uint8_t **out, size_t *out_len);

#endif
