/* export_zip.c — the files of an export as one ZIP archive, the package form LMS importers want
 * for QTI (Canvas, Blackboard). Entries are stored (method 0, no compression: quiz XML is small)
 * with a fixed 1980-01-01 timestamp so the same pack always gives the same bytes. Layout per
 * PKWARE APPNOTE 4.3: local header + data for each file, then the central directory and the
 * end-of-central-directory record. */
#include "export_internal.h"
#include <stdint.h>
#include <string.h>

#define ZIP_MAX_BYTES 0xFFFFFFFFu /* no ZIP64 */
#define ZIP_MAX_FILES 0xFFFFu
#define ZIP_DOS_DATE 0x0021u /* 1980-01-01 */
#define ZIP_VERSION 20u      /* 2.0: plain stored files */
#define ZIP_FLAG_UTF8 0x0800u

/* CRC-32 (the ZIP/PNG polynomial), a byte at a time from a table built per archive. */
static void crc32_table(uint32_t table[256])
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
        table[i] = c;
    }
}

static uint32_t crc32_of(const uint32_t table[256], const char *data, size_t n)
{
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) crc = table[(crc ^ (uint8_t)data[i]) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

static void put16(ExBuf *b, uint32_t v)
{
    char c[2] = {(char)(v & 0xFF), (char)((v >> 8) & 0xFF)};
    exbuf_putn(b, c, 2);
}

static void put32(ExBuf *b, uint32_t v)
{
    put16(b, v & 0xFFFF);
    put16(b, v >> 16);
}

/* The fields local and central headers share, from "version needed" to the name length. */
static void put_common(ExBuf *b, uint32_t crc, uint32_t size, size_t name_len)
{
    put16(b, ZIP_VERSION);
    put16(b, ZIP_FLAG_UTF8);
    put16(b, 0); /* stored */
    put16(b, 0); /* time */
    put16(b, ZIP_DOS_DATE);
    put32(b, crc);
    put32(b, size); /* compressed */
    put32(b, size); /* uncompressed */
    put16(b, (uint32_t)name_len);
}

static void put_central(ExBuf *cd, const ExportFile *f, uint32_t crc, uint32_t offset)
{
    size_t nl = strlen(f->name);
    put32(cd, 0x02014b50u);
    put16(cd, ZIP_VERSION); /* made by */
    put_common(cd, crc, (uint32_t)f->content.len, nl);
    put16(cd, 0); /* extra */
    put16(cd, 0); /* comment */
    put16(cd, 0); /* disk */
    put16(cd, 0); /* internal attributes */
    put32(cd, 0); /* external attributes */
    put32(cd, offset);
    exbuf_putn(cd, f->name, nl);
}

static bool fits(const ExportResult *r)
{
    size_t total = 0;
    if (r->n_files > ZIP_MAX_FILES) return false;
    for (size_t i = 0; i < r->n_files; i++) {
        size_t one = r->files[i].content.len + 2 * (strlen(r->files[i].name) + 46);
        if (one > ZIP_MAX_BYTES - total) return false;
        total += one;
    }
    return true;
}

bool export_zip(const ExportResult *r, ExBuf *zip)
{
    if (!fits(r)) return false;
    ExBuf cd = {0};
    uint32_t table[256];
    crc32_table(table);
    for (size_t i = 0; i < r->n_files; i++) {
        const ExportFile *f = &r->files[i];
        const char *data = f->content.data ? f->content.data : "";
        uint32_t crc = crc32_of(table, data, f->content.len), offset = (uint32_t)zip->len;
        size_t nl = strlen(f->name);
        put32(zip, 0x04034b50u);
        put_common(zip, crc, (uint32_t)f->content.len, nl);
        put16(zip, 0); /* extra */
        exbuf_putn(zip, f->name, nl);
        exbuf_putn(zip, data, f->content.len);
        put_central(&cd, f, crc, offset);
    }
    uint32_t cd_offset = (uint32_t)zip->len;
    exbuf_putn(zip, cd.data ? cd.data : "", cd.len);
    put32(zip, 0x06054b50u);
    put16(zip, 0); /* this disk */
    put16(zip, 0); /* disk with the directory */
    put16(zip, (uint32_t)r->n_files);
    put16(zip, (uint32_t)r->n_files);
    put32(zip, (uint32_t)cd.len);
    put32(zip, cd_offset);
    put16(zip, 0); /* comment */
    bool ok = !zip->oom && !cd.oom;
    exbuf_free(&cd);
    return ok;
}
