/* export_qti_package.c — the assessmentTest (the quiz: items in pack order, with the time limits)
 * and the IMS Content Packaging manifest that tie the QTI items together. */
#include "export_internal.h"
#include <string.h>

#define CP_NS "http://www.imsglobal.org/xsd/imscp_v1p1"

static void test_file_name(ExBuf *b, const Pack *p)
{
    qti_identifier(b, "", p->id);
    exbuf_puts(b, "-test.xml");
}

static void put_item_ref(ExBuf *b, const Pack *p, size_t i)
{
    const Question *q = &p->questions[i];
    int limit = q->time_limit ? q->time_limit : p->time_limit;
    exbuf_puts(b, "      <assessmentItemRef identifier=\"");
    qti_identifier(b, "Q_", q->id);
    exbuf_puts(b, "\" href=\"");
    qti_item_file_name(b, i, q);
    if (!limit) {
        exbuf_puts(b, "\"/>\n");
        return;
    }
    exbuf_printf(b, "\">\n        <timeLimits maxTime=\"%d\"/>\n      </assessmentItemRef>\n", limit);
}

static void write_test(ExBuf *b, const Pack *p)
{
    exbuf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentTest xmlns=\"" QTI_NS
                  "\"\n    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                  "    xsi:schemaLocation=\"" QTI_SCHEMA_LOCATION "\"\n    identifier=\"");
    qti_identifier(b, "T_", p->id);
    exbuf_puts(b, "\" title=\"");
    exbuf_xml(b, p->title, strlen(p->title), true);
    exbuf_puts(b, "\">\n  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" "
                  "baseType=\"float\"/>\n"
                  "  <testPart identifier=\"P1\" navigationMode=\"nonlinear\" "
                  "submissionMode=\"individual\">\n"
                  "    <assessmentSection identifier=\"S1\" title=\"");
    exbuf_xml(b, p->title, strlen(p->title), true);
    exbuf_puts(b, "\" visible=\"true\">\n");
    for (size_t i = 0; i < p->n_questions; i++) put_item_ref(b, p, i);
    exbuf_puts(b, "    </assessmentSection>\n  </testPart>\n  <outcomeProcessing>\n"
                  "    <setOutcomeValue identifier=\"SCORE\">"
                  "<sum><testVariables variableIdentifier=\"SCORE\"/></sum></setOutcomeValue>\n"
                  "  </outcomeProcessing>\n</assessmentTest>\n");
}

static void put_resource(ExBuf *b, const char *type, const char *prefix, const char *id,
                         const char *href)
{
    exbuf_printf(b, "    <resource identifier=\"");
    qti_identifier(b, prefix, id);
    exbuf_printf(b, "\" type=\"%s\" href=\"%s\">\n      <file href=\"%s\"/>\n", type, href, href);
}

static void write_manifest(ExBuf *b, const Pack *p, const ExportResult *items, size_t n_items,
                           const char *test_name)
{
    exbuf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest xmlns=\"" CP_NS "\"\n"
                  "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                  "    xsi:schemaLocation=\"" CP_NS " http://www.imsglobal.org/xsd/imscp_v1p1.xsd\"\n"
                  "    identifier=\"");
    qti_identifier(b, "M_", p->id);
    exbuf_puts(b, "\">\n  <metadata>\n    <schema>QTIv2.1 Package</schema>\n"
                  "    <schemaversion>1.0.0</schemaversion>\n  </metadata>\n"
                  "  <organizations/>\n  <resources>\n");
    put_resource(b, "imsqti_test_xmlv2p1", "T_", p->id, test_name);
    for (size_t i = 0; i < n_items; i++) {
        exbuf_puts(b, "      <dependency identifierref=\"");
        qti_identifier(b, "R_", p->questions[i].id);
        exbuf_puts(b, "\"/>\n");
    }
    exbuf_puts(b, "    </resource>\n");
    for (size_t i = 0; i < n_items; i++) {
        put_resource(b, "imsqti_item_xmlv2p1", "R_", p->questions[i].id, items->files[i].name);
        exbuf_puts(b, "    </resource>\n");
    }
    exbuf_puts(b, "  </resources>\n</manifest>\n");
}

bool qti_write_package(const Pack *p, ExportResult *out)
{
    size_t n_items = out->n_files;
    ExBuf name = {0};
    test_file_name(&name, p);
    ExBuf *test = name.oom ? NULL : export_add_file(out, name.data);
    if (test) write_test(test, p);
    /* export_add_file may move the files: look the test up again by index afterwards. */
    ExBuf *manifest = test ? export_add_file(out, "imsmanifest.xml") : NULL;
    if (manifest) write_manifest(manifest, p, out, n_items, name.data);
    bool ok = manifest && !out->files[n_items].content.oom && !manifest->oom && !name.oom;
    exbuf_free(&name);
    return ok;
}
