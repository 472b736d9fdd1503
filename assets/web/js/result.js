/* result.js — the result after the reveal: right or not, points, the answer in words, and the
 * passages (by outlet when the pack has several articles). */
import { highlightId, sentenceText, showHighlight } from './article.js';
import { renderCiteResult } from './cite.js';
import { $, el, fmt, pointsWord } from './dom.js';
import { S } from './state.js';

export function renderResult(r) {
  const t = $('result-title');
  const cls = r.correct ? 'ok' : (r.fraction > 0 ? 'part' : 'bad');
  // A typed answer that came close says how ("close — check the spelling").
  const hint = !r.correct && r.hint ? 'Not right: ' + r.hint : null;
  t.textContent = r.correct ? 'Right!' : (hint || (r.fraction > 0 ? 'Partly right' : (r.your_answer ? 'Not right' : 'No answer')));
  // a question asked before the student joined: not theirs, and it counts for nothing
  const notMine = r.counted === false;
  if (notMine) t.textContent = 'You joined after this question';
  $('result').className = 'result ' + (notMine ? 'late' : cls);
  let pts = '+' + fmt(r.points) + ' of ' + fmt(r.max_points) + ' ' + pointsWord(r.max_points);
  if (r.speed_points > 0) pts += ' (' + fmt(r.speed_points) + ' for speed)';
  // speed points can take the points past the question's ("+1.5 of 1 point" reads wrong)
  if (r.speed_points > 0 && r.points > r.max_points) {
    pts = '+' + fmt(r.points) + ' ' + pointsWord(r.points) + ': ' + fmt(r.points - r.speed_points) + ' of ' +
      fmt(r.max_points) + ', and ' + fmt(r.speed_points) + ' for speed';
  }
  $('result-points').textContent = notMine ? 'It does not count for you. Here is the answer.' : pts;
  $('result-yours').textContent = r.your_answer || 'No answer';
  $('result-correct').textContent = r.correct_answer || '';
  $('result-explanation').textContent = r.explanation || '';
  const ev = Array.isArray(r.evidence) ? r.evidence : [];
  const note = $('result-evidence-note');
  note.hidden = !ev.length;
  note.textContent = new Set(ev.map((x) => x.article)).size > 1
    ? 'The supporting passages are highlighted, each in its own article.'
    : 'The supporting passage is highlighted in the article.';
  renderPassages(ev);
  renderCiteResult(r);
}

// Several articles (the same event in two outlets): which outlet said what, passage by passage.
function severalArticles() {
  return !!(S.welcome && Array.isArray(S.welcome.articles) && S.welcome.articles.length > 1);
}
function outletOf(ev) {
  const art = S.welcome && S.welcome.articles && S.welcome.articles[ev.article];
  return ev.outlet || (art && (art.outlet || art.title)) || '';
}
function renderPassages(evidence) {
  const box = $('result-passages');
  box.replaceChildren();
  box.hidden = !severalArticles() || !evidence.length;
  if (box.hidden) return;
  const sorted = evidence.slice().sort((x, y) => (x.article - y.article) || (x.sentence - y.sentence));
  let last = null;
  for (const ev of sorted) {
    if (ev.article !== last) { box.append(el('p', 'outlet', outletOf(ev) + ':')); last = ev.article; }
    box.append(evidenceQuote(ev, false));
    const same = sorted.filter((x) => x.article === ev.article);
    box.append(passageLink(ev, same.length > 1 ? same.indexOf(ev) + 1 : 0));
  }
}

// Only the first passage is scrolled into view by itself: each one links to its highlight (a real
// link, so Tab and Enter reach it; without the script it is still a jump to the passage).
function passageLink(ev, nth) {
  const p = el('p', 'goto');
  const a = el('a', null, 'Show ' + (nth ? 'passage ' + nth : 'it') + ' in ' + (outletOf(ev) || 'the article'));
  a.href = '#' + highlightId(ev.article, ev.sentence);
  a.dataset.a = ev.article; a.dataset.s = ev.sentence;
  p.append(a);
  return p;
}
export function onPassageLink(ev) {
  const a = ev.target.closest && ev.target.closest('.goto a');
  if (a && showHighlight(+a.dataset.a, +a.dataset.s)) ev.preventDefault(); // no #hl-… in the address
}

export function evidenceQuote(ev, cite = true) {
  const bq = el('blockquote', 'evidence-quote');
  const cps = Array.from(sentenceText(ev.article, ev.sentence));
  const from = Math.max(0, Math.min(cps.length, ev.from | 0));
  const to = Math.max(from, Math.min(cps.length, typeof ev.to === 'number' ? ev.to : cps.length));
  const p = el('p');
  p.append(cps.slice(0, from).join(''), el('mark', 'evidence-hl', cps.slice(from, to).join('')), cps.slice(to).join(''));
  bq.append(p);
  const art = S.welcome && S.welcome.articles && S.welcome.articles[ev.article];
  if (!cite || !art) return bq;
  // with several articles the outlet first: the same event, told by whom
  const by = severalArticles() && art.outlet ? art.outlet + (art.title ? ', “' + art.title + '”' : '') : art.title;
  if (by) bq.append(el('p', 'cite', '— ' + by));
  return bq;
}
