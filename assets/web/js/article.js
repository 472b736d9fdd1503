/* article.js — the article(s): sentences as spans, the passage highlighted after the reveal, and
 * picking a sentence (evidence questions and a cite question's second step) by pointer or keys. */
import { $, el, fmtDate } from './dom.js';
import { S } from './state.js';

export function renderArticles(interactive) {
  const box = $('articles');
  box.replaceChildren();
  S.sent = [];
  S.interactive = interactive;
  if (!S.welcome || !Array.isArray(S.welcome.articles)) return;
  S.welcome.articles.forEach((art, a) => {
    const ae = el('article', 'article');
    const h = el('h2', 'art-title', art.title);
    h.id = 'art-title-' + a;
    ae.setAttribute('aria-labelledby', h.id);
    ae.append(h);
    const meta = [art.outlet, art.byline, fmtDate(art.date)].filter(Boolean).join(' · ');
    if (meta) ae.append(el('p', 'meta', meta));
    const sentences = Array.isArray(art.sentences) ? art.sentences : [];
    S.sent[a] = [];
    for (const para of art.paragraphs || []) {
      const p = el('p', 'para');
      (para || []).forEach((si, k) => {
        if (k) p.append(' ');
        // A span, not a <button>: buttons are inline blocks and would break the flow of the text.
        const s = el('span', 'sent', sentences[si] || '');
        if (interactive) {
          s.classList.add('pickable');
          s.setAttribute('role', 'button'); s.tabIndex = -1; s.setAttribute('aria-pressed', 'false');
        }
        s.dataset.a = a; s.dataset.s = si;
        S.sent[a][si] = s;
        p.append(s);
      });
      ae.append(p);
    }
    box.append(ae);
  });
  box.setAttribute('aria-label', interactive ? 'Article: pick a sentence' : 'Article');
  if (interactive) {
    const first = (S.pick && sentenceEl(S.pick.article, S.pick.sentence)) || box.querySelector('.sent.pickable');
    if (first) first.tabIndex = 0;
    markPick();
  }
}

function sentenceEl(a, s) { return (S.sent[a] && S.sent[a][s]) || null; }
export function sentenceText(a, s) {
  const art = S.welcome && S.welcome.articles && S.welcome.articles[a];
  return (art && art.sentences && art.sentences[s]) || '';
}

export function clearHighlights() {
  for (const e of $('articles').querySelectorAll('.has-evidence')) {
    e.textContent = sentenceText(+e.dataset.a, +e.dataset.s);
    e.classList.remove('has-evidence');
  }
}

// evidence: [{article, sentence, from, to}], from/to in code points within the sentence
export function applyHighlights(evidence) {
  clearHighlights();
  let first = null;
  for (const ev of evidence || []) {
    const e = sentenceEl(ev.article, ev.sentence);
    if (!e) continue;
    const cps = Array.from(sentenceText(ev.article, ev.sentence));
    const from = Math.max(0, Math.min(cps.length, ev.from | 0));
    const to = Math.max(from, Math.min(cps.length, typeof ev.to === 'number' ? ev.to : cps.length));
    const mark = el('mark', 'evidence-hl', cps.slice(from, to).join(''));
    mark.id = highlightId(ev.article, ev.sentence);
    e.replaceChildren(cps.slice(0, from).join(''), mark, cps.slice(to).join(''));
    e.classList.add('has-evidence');
    if (!first) first = e.querySelector('mark');
  }
  return first;
}

export function highlightId(a, s) { return 'hl-' + a + '-' + s; }

// Scrolls a highlighted passage into the middle of the article (and of the window) and puts the
// focus on it, so a screen reader reads it; false when that sentence has no highlight.
export function showHighlight(a, s) {
  const m = document.getElementById(highlightId(a, s));
  if (!m) return false;
  m.tabIndex = -1;
  m.scrollIntoView({ block: 'center', inline: 'nearest' });
  m.focus({ preventScroll: true });
  return true;
}

export function markPick() {
  for (const e of $('articles').querySelectorAll('.sent.picked')) {
    e.classList.remove('picked', 'pick-right', 'pick-wrong');
    if (e.classList.contains('pickable')) e.setAttribute('aria-pressed', 'false');
  }
  const p = S.pick;
  const e = p && sentenceEl(p.article, p.sentence);
  if (e) {
    e.classList.add('picked');
    if (e.classList.contains('pickable')) e.setAttribute('aria-pressed', 'true');
    // after the reveal, a cite pick says whether it shows the answer (not by colour alone: the
    // result box says it in words)
    const r = S.state && S.state.result;
    if (r && r.cite) e.classList.add(r.cite.evidence_correct ? 'pick-right' : 'pick-wrong');
  }
  const out = $('ev-choice');
  if (out) out.textContent = p ? '“' + sentenceText(p.article, p.sentence) + '”' : 'No sentence picked yet.';
}

/* The line under a question that says which sentence is picked (markPick keeps it current). */
export function pickedSentenceLine() {
  const line = el('p', 'ev-pick');
  line.append(el('span', 'ev-label', 'Your sentence: '));
  const out = el('span', 'ev-choice', 'No sentence picked yet.');
  out.id = 'ev-choice';
  out.setAttribute('aria-live', 'polite');
  line.append(out);
  return line;
}

export function onArticleClick(ev) {
  const b = ev.target.closest('.sent.pickable');
  if (!b || !S.interactive) return;
  pickSentence(b);
}
function pickSentence(b) {
  for (const x of $('articles').querySelectorAll('.sent.pickable')) x.tabIndex = -1;
  b.tabIndex = 0;
  S.pick = { article: +b.dataset.a, sentence: +b.dataset.s };
  $('answer-error').textContent = '';
  markPick();
}
export function onArticleKey(ev) {
  const b = ev.target.closest && ev.target.closest('.sent.pickable');
  if (!b || !S.interactive) return;
  if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pickSentence(b); return; }
  const all = Array.from($('articles').querySelectorAll('.sent.pickable'));
  let i = all.indexOf(b);
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowRight') i++;
  else if (ev.key === 'ArrowUp' || ev.key === 'ArrowLeft') i--;
  else if (ev.key === 'Home') i = 0;
  else if (ev.key === 'End') i = all.length - 1;
  else return;
  ev.preventDefault();
  i = Math.max(0, Math.min(all.length - 1, i));
  for (const x of all) x.tabIndex = -1;
  all[i].tabIndex = 0;
  all[i].focus();
}
