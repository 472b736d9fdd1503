/* pack_cite.c — reads two-part "cite" items (docs/pack-format.md, "Citing the evidence").
 *
 * A pack's "cite": true is a default for every question that can cite — one with evidence
 * passages that is not itself an `evidence` question — so a teacher can switch the whole pack on
 * without listing the exceptions; a question's own "cite" overrides it. Asking a question that
 * cannot cite for its evidence, on the other hand, is an error: the student would be asked for a
 * sentence nobody could grade. */
#include "pack_internal.h"
#include <math.h>

#define DEFAULT_CITE_SHARE 0.5

/* An optional "cite_share" member: a number strictly between 0 and 1. Leaves *out as it is when
 * absent or wrong (wrong is reported). Returns true when present and valid. */
static bool read_share(Loader *L, const cJSON *obj, const JPath *path, double *out)
{
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(obj, "cite_share");
    if (!n) return false;
    JPath p = jpath_key(path, "cite_share");
    if (!cJSON_IsNumber(n)) {
        ld_error(L, n, &p, "expected a number between 0 and 1 (the evidence part's share of the "
                           "points)");
        return false;
    }
    double v = n->valuedouble;
    if (!isfinite(v) || v <= 0.0 || v >= 1.0) {
        ld_error(L, n, &p,
                 "%.15g is out of range: the evidence part's share of the points must be more "
                 "than 0 and less than 1 (0.5 = half)",
                 v);
        return false;
    }
    *out = v;
    return true;
}

void pack_read_cite_defaults(Loader *L, const cJSON *root)
{
    JPath rp = jpath_root();
    Pack *p = L->pack;
    p->cite = false;
    p->cite_share = DEFAULT_CITE_SHARE;
    ld_bool(L, root, &rp, "cite", false, &p->cite);
    read_share(L, root, &rp, &p->cite_share);
}

/* Why q cannot ask for its evidence, or NULL when it can. */
static const char *cannot_cite(const Question *q)
{
    if (q->format == FORMAT_EVIDENCE)
        return "an \"evidence\" question already asks for the sentence; \"cite\" would ask "
               "twice";
    if (q->n_evidence == 0) return "the question has no evidence passage to grade the pick by";
    return NULL;
}

void pack_read_question_cite(Loader *L, const cJSON *n, const JPath *path, Question *q)
{
    const Pack *p = L->pack;
    q->cite_share = p->cite_share;
    bool share_given = read_share(L, n, path, &q->cite_share);
    const cJSON *own = cJSON_GetObjectItemCaseSensitive(n, "cite");
    bool cite = false;
    if (own) {
        if (!ld_bool(L, n, path, "cite", false, &cite)) return;
        const char *why = cite ? cannot_cite(q) : NULL;
        if (why) {
            JPath cp = jpath_key(path, "cite");
            ld_error(L, own, &cp, "\"cite\": true is not allowed here: %s", why);
            cite = false;
        }
    } else {
        cite = p->cite && !cannot_cite(q);
    }
    q->cite = cite;
    if (share_given && !cite) {
        JPath sp = jpath_key(path, "cite_share");
        ld_warning(L, cJSON_GetObjectItemCaseSensitive(n, "cite_share"), &sp,
                   "\"cite_share\" is ignored: the question does not ask for its evidence "
                   "(\"cite\")");
    }
}
