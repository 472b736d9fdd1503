/* final.js — the end of the class: score, place, a bar per kind, the questions missed. */
import { sentenceText } from './article.js';
import { $, announce, el, fmt, ordinal, pointsWord } from './dom.js';
import { evidenceQuote } from './result.js';
import { KIND_LABEL, S } from './state.js';

export function renderFinal(st) {
  const f = st.final || {};
  const key = JSON.stringify(f) + '|' + st.rank;
  if (S.finalKey === key) return;
  const firstTime = !S.finalKey;
  S.finalKey = key;
  // speed points can take a score past the questions' points: then "of N" would read oddly
  const outOf = (got, max) => fmt(got) + (typeof max === 'number' && got <= max ? ' of ' + fmt(max) : '');
  $('final-score').textContent = outOf(f.score, f.max_score) + ' ' + pointsWord(f.score) + ' · ' +
    (f.correct | 0) + ' of ' + (f.total | 0) + ' right';
  $('final-rank').textContent = st.rank ? 'You finished in ' + ordinal(st.rank) + ' place.' : '';
  const kinds = $('final-kinds');
  kinds.replaceChildren();
  for (const k of f.kinds || []) {
    const li = el('li', 'kind');
    li.append(el('span', 'kind-name', KIND_LABEL[k.kind] || k.kind),
      el('span', 'kind-score', outOf(k.score, k.max) + ' ' + pointsWord(k.score)));
    const bar = el('span', 'bar');
    bar.setAttribute('aria-hidden', 'true');
    const fill = el('span', 'fill');
    fill.style.width = (k.max > 0 ? Math.max(0, Math.min(100, (k.score / k.max) * 100)) : 0) + '%';
    bar.append(fill);
    li.append(bar);
    kinds.append(li);
  }
  const missed = $('final-missed');
  missed.replaceChildren();
  const list = f.missed || [];
  $('missed-title').textContent = list.length ? 'Questions to look at again' : 'You missed no question. Well done!';
  for (const m of list) {
    const li = el('li', 'missed-item');
    li.append(el('h4', 'missed-prompt', 'Question ' + ((m.index | 0) + 1) + ': ' + (m.prompt || '')));
    const dl = el('dl');
    dl.append(el('dt', null, 'Your answer'), el('dd', null, m.your_answer || 'No answer'),
      el('dt', null, 'Correct answer'), el('dd', null, m.correct_answer || ''));
    if (m.cite) {
      const c = m.cite;
      const said = typeof c.sentence === 'number' ? '“' + sentenceText(c.article | 0, c.sentence) + '”' : 'No sentence picked';
      dl.append(el('dt', null, 'Your evidence'),
        el('dd', null, said + (c.evidence_correct ? ' — shows it' : ' — does not show it')));
    }
    li.append(dl);
    if (m.explanation) li.append(el('p', 'explanation', m.explanation));
    for (const ev of m.evidence || []) li.append(evidenceQuote(ev));
    missed.append(li);
  }
  if (firstTime) {
    // the page was scrolled for the last question: the results are read from their top (a
    // heading left under the header that stays on top would be half hidden)
    window.scrollTo(0, 0);
    $('final-title').focus({ preventScroll: true });
    announce('The class is over. ' + $('final-score').textContent + '.');
  }
}
