/* result.js — the result after the reveal: right or not, points, the answer in words, and the
 * passages (by outlet when the pack has several articles). */
import { sentenceText } from './article.js';
import { renderCiteResult } from './cite.js';
import { $, el, fmt, pointsWord } from './dom.js';
import { S } from './state.js';

export function renderResult(r) {
  const t = $('result-title');
  const cls = r.correct ? 'ok' : (r.fraction > 0 ? 'part' : 'bad');
  // A typed answer that came close says how ("close — check the spelling").
  const hint = !r.correct && r.hint ? 'Not right: ' + r.hint : null;
  t.textContent = r.correct ? 'Right!' : (hint || (r.fraction > 0 ? 'Partly right' : (r.your_answer ? 'Not right' : 'No answer')));
  $('result').className = 'result ' + cls;
  let pts = '+' + fmt(r.points) + ' of ' + fmt(r.max_points) + ' ' + pointsWord(r.max_points);
  if (r.speed_points > 0) pts += ' (' + fmt(r.speed_points) + ' for speed)';
  $('result-points').textContent = pts;
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
  }
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
