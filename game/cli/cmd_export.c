/* cmd_export.c — `byline export --format gift|moodle-xml|qti PACK.json`: a pack for Moodle,
 * Canvas or Blackboard. The work is in game/core/export*.c; this file parses options and writes
 * the files. */
#define _POSIX_C_SOURCE 200809L /* mkdir */
#include "cli_io.h"
#include "commands.h"
#include "export.h"
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static void help(FILE *out)
{
    fputs("Usage: byline export --format FORMAT [-o OUTPUT] PACK.json\n\n"
          "Writes a quiz pack in a format learning management systems import:\n"
          "  gift        Moodle GIFT text (Moodle: Question bank > Import > GIFT)\n"
          "  moodle-xml  Moodle XML (Moodle: Question bank > Import > Moodle XML)\n"
          "  qti         IMS QTI 2.1: one assessmentItem per question, an assessmentTest and\n"
          "              imsmanifest.xml (Canvas, Blackboard, and other QTI 2.1 importers)\n\n"
          "The article goes into the quiz (a description item, or each QTI item), the\n"
          "explanation and evidence into the feedback. Questions a format cannot express as\n"
          "they are (e.g. ordering in GIFT) are converted or skipped, and listed in a warning\n"
          "on standard error. docs/export.md says what each format keeps and loses.\n\n"
          "Options:\n"
          "  -f, --format FORMAT  gift, moodle-xml or qti (required)\n"
          "  -o, --output OUTPUT  gift, moodle-xml: the file to write (default: standard\n"
          "                       output); qti: a directory (created if needed) or a\n"
          "                       FILE.zip package (required for qti)\n"
          "  -h, --help           show this help\n\n"
          "Exit status: 0 written (warnings allowed), 1 the pack is invalid (its problems are\n"
          "printed as by 'byline check'), 2 usage or I/O error.\n", out);
}

typedef struct Options {
    const char *format, *output, *pack;
} Options;

static int parse_options(int argc, char **argv, Options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *v;
        if ((v = cli_option_value(argc, argv, &i, "-f", "--format"))) o->format = v;
        else if ((v = cli_option_value(argc, argv, &i, "-o", "--output"))) o->output = v;
        else if (argv[i][0] == '-' && argv[i][1] && strcmp(argv[i], "--") != 0) {
            fprintf(stderr, "byline export: unknown option '%s' (see 'byline help export')\n",
                    argv[i]);
            return 2;
        } else {
            if (strcmp(argv[i], "--") == 0 && i + 1 < argc) i++;
            if (o->pack) {
                fputs("byline export: give one pack\n", stderr);
                return 2;
            }
            o->pack = argv[i];
        }
    }
    if (o->format && !*o->format) o->format = NULL;
    if (o->output && !*o->output) {
        fputs("byline export: -o needs a file or directory\n", stderr);
        return 2;
    }
    return 0;
}

static bool write_file(const char *path, const ExBuf *b)
{
    FILE *f = strcmp(path, "-") == 0 ? stdout : fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "byline export: cannot write %s: %s\n", cli_shown(path), strerror(errno));
        return false;
    }
    bool ok = fwrite(b->data ? b->data : "", 1, b->len, f) == b->len;
    ok = (f == stdout ? fflush(f) == 0 : fclose(f) == 0) && ok;
    if (!ok) fprintf(stderr, "byline export: cannot write %s\n", cli_shown(path));
    return ok;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static bool write_dir(const char *dir, const ExportResult *r)
{
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "byline export: cannot create %s: %s\n", cli_shown(dir), strerror(errno));
        return false;
    }
    for (size_t i = 0; i < r->n_files; i++) {
        char path[4096];
        int n = snprintf(path, sizeof path, "%s/%s", dir, r->files[i].name);
        if (n < 0 || (size_t)n >= sizeof path) {
            fprintf(stderr, "byline export: path too long: %s\n", cli_shown(dir));
            return false;
        }
        if (!write_file(path, &r->files[i].content)) return false;
    }
    return true;
}

static bool write_zip(const char *path, const ExportResult *r)
{
    ExBuf zip = {0};
    bool ok = export_zip(r, &zip);
    if (!ok) fputs("byline export: out of memory or package too large for ZIP\n", stderr);
    ok = ok && write_file(path, &zip);
    exbuf_free(&zip);
    return ok;
}

static bool write_output(ExportFormat f, const char *output, const ExportResult *r)
{
    if (f != EXPORT_QTI) return write_file(output ? output : "-", &r->files[0].content);
    return ends_with(output, ".zip") ? write_zip(output, r) : write_dir(output, r);
}

static int check_usage(const Options *o, ExportFormat *f)
{
    if (!o->format) {
        fputs("byline export: --format gift|moodle-xml|qti is required\n", stderr);
        return 2;
    }
    if (!export_format_parse(o->format, f)) {
        fprintf(stderr, "byline export: unknown format '%s' (gift, moodle-xml or qti)\n", cli_shown(o->format));
        return 2;
    }
    if (!o->pack) {
        fputs("byline export: no pack given\nUsage: byline export --format FORMAT [-o OUTPUT] "
              "PACK.json\n", stderr);
        return 2;
    }
    if (*f == EXPORT_QTI && !o->output) {
        fputs("byline export: qti needs -o DIR or -o FILE.zip (QTI is a set of files, one per "
              "question, plus a manifest)\n", stderr);
        return 2;
    }
    return 0;
}

static int export_loaded(const Pack *p, ExportFormat f, const char *output)
{
    ExportResult r;
    bool ok = export_pack(p, f, &r);
    if (!ok)
        fprintf(stderr, "byline export: out of memory, or a file would pass %u MiB\n",
                EXPORT_MAX_FILE_BYTES / (1024u * 1024u));
    for (size_t i = 0; i < r.warnings.count; i++)
        fprintf(stderr, "byline export: warning: %s\n", r.warnings.items[i]);
    ok = ok && write_output(f, output, &r);
    export_result_free(&r);
    return ok ? 0 : 2;
}

static int run(int argc, char **argv)
{
    Options o = {0};
    ExportFormat f = EXPORT_GIFT;
    int status = parse_options(argc, argv, &o);
    if (!status) status = check_usage(&o, &f);
    if (status) return status;
    /* A file that cannot be read is an I/O error, not invalid. */
    if (!cli_probe_file("export", o.pack, "read")) return 2;
    Diagnostics d;
    diag_init(&d, o.pack);
    Pack *p = pack_load_file(o.pack, &d);
    diag_print(&d, stderr);
    status = p ? export_loaded(p, f, o.output) : 1;
    pack_free(p);
    diag_free(&d);
    return status;
}

const Command cmd_export = {"export", "write a pack as Moodle GIFT, Moodle XML or QTI 2.1", run,
                            help};
