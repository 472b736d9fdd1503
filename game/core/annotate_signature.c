/* annotate_signature.c — signed quotations: a pull quote of web news whose last line, inside
 * the marks, is only its speaker's name and affiliation, or a paragraph of quotation only signed
 * by the next paragraph, a dash and a name. Tried before any cue (annotate_quotes.c). */
#include "annotate_internal.h"
#include <string.h>

/* A signed quotation, as web news sets a pull quote: its last line, inside the marks, is only the
 * speaker's name with a role or affiliation ("“I worry that … tax cuts.\nDean Baker, Center for
 * Economic and Policy Research.”", "… \nFormer NAACP president Ben Jealous.”"). The line starts
 * after a newline within the last segment, opens with the name (perhaps after a role written
 * before it), and holds no verb of speech. */
#define SIGNATURE_MAX_WORDS 12
/* The signature in tokens [a, end): a name, perhaps after a role ("Former NAACP president"), then
 * only a comma, a full stop or the end, at most SIGNATURE_MAX_WORDS words; inside the marks, no
 * speech verb (that would be a sentence of the quotation: "Trump said the wall …"). */
static int signature_at(const Doc *d, int a, int end, bool inside)
{
    if (end - a > 3 * SIGNATURE_MAX_WORDS) return -1;
    int k = a, words = 0;
    while (k < end && d->t[k].person < 0 && tk_is_word(d, k) &&
           (d->t[k].cap || (d->t[k].lex & (LX_ROLE | LX_TITLE | LX_ROLE_ADJ))))
        k++;
    if (k >= end || d->t[k].person < 0 || d->pp[d->t[k].person].pub.kind == ANN_KIND_ORGANISATION)
        return -1;
    int e = ann_mention_end(d, k);
    if (!(e + 1 == end || tk_is_punct(d, e + 1, ',') || tk_is_punct(d, e + 1, '.'))) return -1;
    for (int j = a; j < end; j++) {
        if (d->t[j].kind == TK_QUOTE || (inside && tk_is_word(d, j) && (d->t[j].lex & LX_CUE)))
            return -1;
        if (d->t[j].kind == TK_WORD && ++words > SIGNATURE_MAX_WORDS) return -1;
    }
    return d->t[k].person;
}

static bool is_dash(const Doc *d, int i)
{
    return tk_is_punct(d, i, '-') || tk_is_punct(d, i, 0x2014) || tk_is_punct(d, i, 0x2013);
}

int ann_signature(const Doc *d, int qi, int *first, int *last)
{
    const Seg *s = &d->seg[d->qq[qi].last_seg];
    int a = s->last - 1;
    while (a > s->first && !memchr(d->s + d->t[a - 1].end, '\n', d->t[a].start - d->t[a - 1].end))
        a--;
    *first = a;
    *last = s->last - 1;
    if (a > s->first && tk_ends_sentence(d, a - 1)) return signature_at(d, a, s->last, true);
    /* "“…”" / "-Michelle Marks, Philadelphia.": a paragraph of quotation only, signed by the
     * next paragraph, a dash and a name */
    int p = s->para;
    if (s->close < 0 || !ann_only_quote(d, p, qi) || p + 1 >= d->n_para) return -1;
    int f = d->para[p + 1].first;
    if (!is_dash(d, f)) return -1;
    *first = f + 1;
    *last = d->para[p + 1].last - 1;
    return signature_at(d, f + 1, d->para[p + 1].last, false);
}
