/* Byline live — the student's page. Talks to `byline live` as docs/live-protocol.md says.
 * No framework and no outside request. Every text from the pack, the server or another person is
 * put in with textContent, never as HTML. */
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const KEY_TOKEN = 'byline.token';
  const KEY_ROOM = 'byline.room';
  const KIND_LABEL = { speaker: 'Speakers', claim: 'Claims', timeline: 'Timeline' };
  const OPEN_PHASES = ['asking', 'paused', 'time_up', 'running'];
  const TIMED_PHASES = ['asking', 'paused', 'time_up'];

  const store = {
    get(k) { try { return localStorage.getItem(k); } catch (e) { return null; } },
    set(k, v) { try { localStorage.setItem(k, v); } catch (e) { /* private mode: the seat lasts the tab */ } },
    del(k) { try { localStorage.removeItem(k); } catch (e) { /* nothing kept */ } },
  };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function fmt(n) {
    if (typeof n !== 'number' || !isFinite(n)) return '0';
    return String(Math.round(n * 100) / 100);
  }
  function pointsWord(n) { return Math.abs(n - 1) < 1e-9 ? 'point' : 'points'; }
  function ordinal(n) {
    const s = ['th', 'st', 'nd', 'rd'];
    const v = n % 100;
    return n + (s[(v - 20) % 10] || s[v] || s[0]);
  }
  function fmtDate(d) {
    if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return d || '';
    const t = new Date(d + 'T00:00:00Z');
    if (isNaN(t)) return d;
    try { return t.toLocaleDateString(undefined, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }); } catch (e) { return d; }
  }
  function announce(text) {
    const a = $('announce');
    a.textContent = '';
    // A fresh text node after a tick makes screen readers speak the same words twice in a row too.
    setTimeout(() => { a.textContent = text; }, 50);
  }

  // ---- state ------------------------------------------------------------------------------
  const S = {
    token: null, room: null, ws: null, stopped: true, everWelcomed: false,
    retry: 0, retryTimer: 0, pingTimer: 0, pongTimer: 0,
    welcome: null, state: null, lang: '',
    sent: [],                 // sentence elements: sent[article][sentence]
    interactive: false,       // article sentences are buttons (an evidence question is open)
    q: null,                  // the question on screen: {id, format, resultKey, announced}
    order: [],                // order question: positions of question.events, first shown first
    orderOn: false,           // order question: its rows can be moved
    pick: null,               // evidence question, or a cite question's second step: {article, sentence}
    pending: null,            // an answer sent and not yet acknowledged: {question, answer}
    cd: { timer: 0, deadline: 0, left: 0, limit: 0, paused: false, said10: false, saidUp: false, qid: null },
  };

  // ---- joining ----------------------------------------------------------------------------
  function showJoin(message) {
    S.stopped = true;
    closeSocket();
    stopCountdown();
    S.welcome = null; S.state = null; S.q = null; S.everWelcomed = false;
    document.body.className = 'view-join';
    $('join').hidden = false;
    $('play').hidden = true;
    $('who').hidden = true;
    $('banner').hidden = true;
    $('join-error').textContent = message || '';
    $('join-button').disabled = false;
    const room = $('room');
    (room.value ? $('name') : room).focus();
  }

  async function onJoin(ev) {
    ev.preventDefault();
    const room = $('room').value.trim().toUpperCase();
    const name = $('name').value.trim();
    const err = $('join-error');
    if (!room) { err.textContent = 'Type the room code your teacher shows.'; $('room').focus(); return; }
    if (!name) { err.textContent = 'Type your name.'; $('name').focus(); return; }
    err.textContent = '';
    $('join-button').disabled = true;
    let res, data = {};
    try {
      res = await fetch('api/join', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ room, name }), cache: 'no-store',
      });
      try { data = await res.json(); } catch (e) { data = {}; }
    } catch (e) {
      $('join-button').disabled = false;
      err.textContent = 'Could not reach the teacher’s computer. Check that you are on the school network and try again.';
      return;
    }
    $('join-button').disabled = false;
    if (res.ok && typeof data.token === 'string') {
      S.token = data.token; S.room = room;
      store.set(KEY_TOKEN, data.token); store.set(KEY_ROOM, room);
      startPlay();
      return;
    }
    err.textContent = data.error || ('Could not join (error ' + res.status + '). Try again.');
    (data.code === 'bad_room' ? $('room') : $('name')).focus();
  }

  function forgetSeat() {
    store.del(KEY_TOKEN); store.del(KEY_ROOM);
    S.token = null;
  }

  // ---- the live channel -------------------------------------------------------------------
  function startPlay() {
    S.stopped = false;
    S.retry = 0;
    document.body.className = 'view-play';
    $('join').hidden = true;
    $('play').hidden = false;
    setBanner('Connecting…');
    connect();
  }

  function setBanner(text) {
    const b = $('banner');
    b.textContent = text || '';
    b.hidden = !text;
  }

  function closeSocket() {
    clearTimeout(S.retryTimer); clearInterval(S.pingTimer); clearTimeout(S.pongTimer);
    const ws = S.ws;
    S.ws = null;
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
      try { ws.close(); } catch (e) { /* already closed */ }
    }
  }

  function connect() {
    closeSocket();
    if (S.stopped || !S.token) return;
    const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
    let ws;
    try { ws = new WebSocket(url); } catch (e) { scheduleReconnect(); return; }
    S.ws = ws;
    ws.onopen = () => {
      ws.send(JSON.stringify({ type: 'hello', token: S.token }));
      S.pingTimer = setInterval(() => ping(false), 20000);
    };
    ws.onmessage = (e) => {
      let m;
      try { m = JSON.parse(e.data); } catch (x) { return; }
      if (m && typeof m.type === 'string') onMessage(m);
    };
    ws.onclose = () => {
      if (S.ws !== ws) return;
      S.ws = null;
      clearInterval(S.pingTimer); clearTimeout(S.pongTimer);
      scheduleReconnect();
    };
    ws.onerror = () => { /* a close follows */ };
  }

  function scheduleReconnect() {
    if (S.stopped) return;
    clearTimeout(S.retryTimer);
    const base = Math.min(10000, 500 * Math.pow(2, S.retry));
    const delay = base * (0.75 + Math.random() * 0.5);
    S.retry++;
    setBanner(S.everWelcomed ? 'Connection lost. Reconnecting…' : 'Connecting to the teacher’s computer…');
    S.retryTimer = setTimeout(connect, delay);
  }

  // A phone that slept may hold a socket that is dead without knowing: ask, and reconnect when
  // no answer comes.
  function ping(check) {
    const ws = S.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      if (!S.stopped && (!ws || ws.readyState !== WebSocket.CONNECTING)) { S.retry = 0; connect(); }
      return;
    }
    send({ type: 'ping' });
    if (check) {
      clearTimeout(S.pongTimer);
      S.pongTimer = setTimeout(() => { if (S.ws === ws) { S.retry = 0; connect(); } }, 4000);
    }
  }

  function send(obj) {
    if (!S.ws || S.ws.readyState !== WebSocket.OPEN) return false;
    S.ws.send(JSON.stringify(obj));
    return true;
  }

  function onMessage(m) {
    switch (m.type) {
      case 'welcome': onWelcome(m); break;
      case 'state': S.state = m; render(); break;
      case 'ack': onAck(m); break;
      case 'pong': clearTimeout(S.pongTimer); break;
      case 'error':
        if (m.code === 'bad_token' || m.code === 'removed') {
          forgetSeat();
          showJoin(m.error || (m.code === 'removed' ? 'The teacher removed you from the class.'
            : 'Your seat is not in this class any more. Join again.'));
        } else if (m.code === 'rate_limited') {
          $('answer-error').textContent = m.error || 'Too many messages: wait a moment.';
        }
        break;
      default: break;
    }
  }

  function onWelcome(m) {
    S.welcome = m;
    S.everWelcomed = true;
    S.retry = 0;
    setBanner('');
    if (m.room) { S.room = m.room; store.set(KEY_ROOM, m.room); }
    $('lobby-room').textContent = m.room || S.room || '';
    $('lobby-name').textContent = m.name || '';
    document.title = (m.pack && m.pack.title ? m.pack.title + ' — ' : '') + 'Byline live';
    $('play-title').textContent = m.pack && m.pack.title ? m.pack.title : 'Byline live';
    // A reconnect keeps the question on screen (and what the student has picked but not sent);
    // the article is drawn again, so its highlights are put back with the next state.
    if (S.q && S.q.seat !== m.seat) S.q = null;
    if (S.q) S.q.resultKey = null;
    // the pack's language, when the server tells it, so a screen reader reads the article and the
    // questions in it (the page's own words stay English)
    const lang = m.pack && typeof m.pack.language === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(m.pack.language)
      ? m.pack.language : '';
    S.lang = lang;
    for (const id of ['articles', 'result-yours', 'result-correct', 'result-explanation']) {
      if (lang) $(id).setAttribute('lang', lang); else $(id).removeAttribute('lang');
    }
    renderArticles(false);
  }

  function onAck(m) {
    const p = S.pending;
    S.pending = null;
    if (m.ok) { setStatusForState(); return; }
    $('answer-error').textContent = m.error || 'Your answer was not taken.';
    if (m.code === 'invalid' && p) setFormEnabled(true);
  }

  // ---- the article ------------------------------------------------------------------------
  function renderArticles(interactive) {
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
  function sentenceText(a, s) {
    const art = S.welcome && S.welcome.articles && S.welcome.articles[a];
    return (art && art.sentences && art.sentences[s]) || '';
  }

  function clearHighlights() {
    for (const e of $('articles').querySelectorAll('.has-evidence')) {
      e.textContent = sentenceText(+e.dataset.a, +e.dataset.s);
      e.classList.remove('has-evidence');
    }
  }

  // evidence: [{article, sentence, from, to}], from/to in code points within the sentence
  function applyHighlights(evidence) {
    clearHighlights();
    let first = null;
    for (const ev of evidence || []) {
      const e = sentenceEl(ev.article, ev.sentence);
      if (!e) continue;
      const cps = Array.from(sentenceText(ev.article, ev.sentence));
      const from = Math.max(0, Math.min(cps.length, ev.from | 0));
      const to = Math.max(from, Math.min(cps.length, typeof ev.to === 'number' ? ev.to : cps.length));
      e.replaceChildren(cps.slice(0, from).join(''), el('mark', 'evidence-hl', cps.slice(from, to).join('')),
        cps.slice(to).join(''));
      e.classList.add('has-evidence');
      if (!first) first = e.querySelector('mark');
    }
    return first;
  }

  function markPick() {
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

  function onArticleClick(ev) {
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
  function onArticleKey(ev) {
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

  // ---- the question -----------------------------------------------------------------------
  function canAnswer(st) {
    const q = st.question;
    if (!q || q.answered || st.result || !OPEN_PHASES.includes(st.phase)) return false;
    if (typeof q.time_left_ms === 'number' && TIMED_PHASES.includes(st.phase)) {
      const left = S.cd.qid === q.id ? currentLeft() : q.time_left_ms;
      if (left <= 0) return false;
    }
    return true;
  }

  function buildQuestion(q) {
    S.q = { id: q.id, format: q.format, resultKey: null, resultSeen: false, seat: S.welcome.seat,
      cite: !!q.cite, step: 1 };
    S.pick = null;
    S.pending = null;
    $('answer-error').textContent = '';
    $('q-title').textContent = 'Question ' + (q.index + 1) + ' of ' + q.count;
    const body = $('answer-body');
    body.replaceChildren();
    const pts = typeof q.points === 'number' ? q.points : 1;
    body.append(el('p', 'q-kind', (KIND_LABEL[q.kind] || q.kind || '') + ' · ' + fmt(pts) + ' ' + pointsWord(pts)));
    const prompt = q.prompt || '';
    switch (q.format) {
      case 'choice':
      case 'multi': {
        const fs = el('fieldset', 'options');
        fs.append(el('legend', 'prompt', prompt));
        if (q.format === 'multi' && !/all that apply/i.test(prompt)) fs.append(el('p', 'hint', 'Choose all that apply.'));
        (q.choices || []).forEach((c, i) => {
          fs.append(option(q.format === 'multi' ? 'checkbox' : 'radio', String(i), String.fromCharCode(65 + i), c));
        });
        body.append(fs);
        break;
      }
      case 'true_false': {
        const fs = el('fieldset', 'options tf');
        fs.append(el('legend', 'prompt', prompt));
        fs.append(option('radio', 'true', 'T', 'True'), option('radio', 'false', 'F', 'False'));
        body.append(fs);
        break;
      }
      case 'order': {
        const fs = el('fieldset', 'order');
        fs.append(el('legend', 'prompt', prompt));
        const hint = el('p', 'hint', 'Drag the rows by their handle, or use the ▲ ▼ buttons. Keyboard: on a row, Alt+↑ / Alt+↓ moves it; or Space picks it up, ↑ ↓ move it, Space drops it.');
        hint.id = 'order-hint';
        fs.append(hint);
        const ol = el('ol', 'order-list');
        ol.id = 'order-list';
        fs.append(ol);
        body.append(fs);
        S.order = (q.events || []).map((_, i) => i);
        S.orderOn = canAnswer(S.state);
        renderOrder(-1);
        break;
      }
      case 'text': {
        const lab = el('label', 'prompt', prompt);
        lab.htmlFor = 'ans-text';
        const inp = el('input', 'text-answer');
        inp.id = 'ans-text'; inp.type = 'text'; inp.name = 'text'; inp.maxLength = 200;
        inp.autocomplete = 'off'; inp.spellcheck = false;
        inp.setAttribute('autocapitalize', 'off'); inp.setAttribute('enterkeyhint', 'send');
        body.append(lab, inp);
        break;
      }
      case 'evidence': {
        body.append(el('p', 'prompt', prompt));
        body.append(el('p', 'hint', 'Tap or click the sentence in the article. Keyboard: Tab into the article, the arrow keys move between sentences, Enter picks one.'));
        const sel = el('p', 'ev-pick');
        sel.append(el('span', 'ev-label', 'Your sentence: '));
        const out = el('span', 'ev-choice', 'No sentence picked yet.');
        out.id = 'ev-choice';
        out.setAttribute('aria-live', 'polite');
        sel.append(out);
        body.append(sel);
        break;
      }
      default:
        body.append(el('p', 'prompt', prompt));
        body.append(el('p', 'hint', 'This kind of question cannot be answered on this page.'));
    }
    if (q.cite && q.format !== 'evidence') buildCiteStep(body);
    $('submit').textContent = S.q.cite ? 'Next: the evidence' : 'Submit answer';
    // the pack's words get the pack's language (the page's own words stay English)
    if (S.lang) for (const e of body.querySelectorAll('.prompt, .opt-text')) e.setAttribute('lang', S.lang);
  }

  // ---- cite questions: the answer, then the sentence that shows it (both sent together) --------
  function buildCiteStep(body) {
    body.append(el('p', 'hint cite-note', 'Then show where the article says so: after your answer, you pick the sentence that proves it.'));
    const box = el('div', 'cite-step');
    box.id = 'cite-step';
    box.hidden = true;
    const h = el('h3', null, 'Now show where the article says so');
    h.id = 'cite-title'; h.tabIndex = -1;
    const hint = el('p', 'hint', 'Tap or click the sentence of the article that proves your answer. Keyboard: Tab into the article, the arrow keys move between sentences, Enter picks one.');
    hint.id = 'cite-hint';
    box.append(h, hint);
    const sel = el('p', 'ev-pick');
    sel.append(el('span', 'ev-label', 'Your sentence: '));
    const out = el('span', 'ev-choice', 'No sentence picked yet.');
    out.id = 'ev-choice';
    out.setAttribute('aria-live', 'polite');
    sel.append(out);
    const back = el('button', 'cite-back', '← Change my answer');
    back.type = 'button'; back.id = 'cite-back';
    back.addEventListener('click', () => {
      setCiteStep(1);
      const first = $('answer-body').querySelector('input:not(:disabled), .row');
      if (first) first.focus();
    });
    box.append(sel, back);
    body.append(box);
  }

  function citeStep2() { return !!(S.q && S.q.cite && S.q.step === 2); }

  function setCiteStep(step) {
    if (!S.q || !S.q.cite) return;
    S.q.step = step;
    $('cite-step').hidden = step !== 2;
    $('submit').textContent = step === 2 ? 'Submit answer' : 'Next: the evidence';
    $('answer-error').textContent = '';
    setFormEnabled(canAnswer(S.state));
    markPick();
  }

  function option(type, value, letter, text) {
    const lab = el('label', 'option');
    const inp = el('input');
    inp.type = type; inp.name = 'opt'; inp.value = value;
    const l = el('span', 'letter', letter);
    l.setAttribute('aria-hidden', 'true');
    lab.append(inp, l, el('span', 'opt-text', text));
    return lab;
  }

  // The order list: S.order holds positions of question.events, in the order shown.
  function renderOrder(focusPos, focusWhat) {
    const ol = $('order-list');
    const q = S.state && S.state.question;
    if (!ol || !q) return;
    const events = q.events || [];
    const enabled = !!S.orderOn;
    ol.replaceChildren();
    S.order.forEach((pos, i) => {
      const text = events[pos] || '';
      const li = el('li', 'row');
      li.dataset.pos = pos;
      li.tabIndex = enabled ? 0 : -1;
      li.setAttribute('aria-describedby', 'order-hint');
      const handle = el('span', 'handle', '⠿');
      handle.setAttribute('aria-hidden', 'true');
      const num = el('span', 'num', String(i + 1) + '.');
      num.setAttribute('aria-hidden', 'true');
      const t = el('span', 'row-text', text);
      if (S.lang) t.setAttribute('lang', S.lang);
      const up = el('button', 'move up', '▲');
      up.type = 'button'; up.dataset.move = '-1';
      up.setAttribute('aria-label', 'Move up: ' + text);
      up.disabled = !enabled || i === 0;
      const down = el('button', 'move down', '▼');
      down.type = 'button'; down.dataset.move = '1';
      down.setAttribute('aria-label', 'Move down: ' + text);
      down.disabled = !enabled || i === S.order.length - 1;
      const moves = el('span', 'moves');
      moves.append(up, down);
      li.append(handle, num, t, moves);
      ol.append(li);
    });
    if (focusPos >= 0) {
      const li = ol.querySelector('li[data-pos="' + focusPos + '"]');
      if (li) {
        const target = focusWhat === 'row' ? li : li.querySelector(focusWhat === 'up' ? '.up' : '.down');
        (target && !target.disabled ? target : li).focus();
      }
    }
  }

  function moveOrder(pos, delta, focusWhat) {
    const i = S.order.indexOf(pos);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= S.order.length) return;
    S.order.splice(i, 1);
    S.order.splice(j, 0, pos);
    renderOrder(pos, focusWhat);
    const q = S.state.question;
    announce('“' + ((q.events || [])[pos] || '') + '” is now ' + (j + 1) + ' of ' + S.order.length + '.');
  }

  let grabbed = -1; // keyboard: the position picked up with Space
  function onOrderClick(ev) {
    const b = ev.target.closest('button.move');
    if (!b || b.disabled) return;
    const li = b.closest('li');
    moveOrder(+li.dataset.pos, +b.dataset.move, b.dataset.move === '-1' ? 'up' : 'down');
  }
  function onOrderKey(ev) {
    const li = ev.target;
    if (!li.matches || !li.matches('li.row')) return;
    const pos = +li.dataset.pos;
    const up = ev.key === 'ArrowUp', down = ev.key === 'ArrowDown';
    if ((up || down) && (ev.altKey || grabbed === pos)) {
      ev.preventDefault();
      moveOrder(pos, up ? -1 : 1, 'row');
      const again = $('order-list').querySelector('li[data-pos="' + pos + '"]');
      if (again && grabbed === pos) again.classList.add('grabbed');
    } else if (up || down) {
      ev.preventDefault();
      const sib = up ? li.previousElementSibling : li.nextElementSibling;
      if (sib) sib.focus();
    } else if (ev.key === ' ' || (ev.key === 'Enter' && grabbed === pos) || (ev.key === 'Escape' && grabbed === pos)) {
      ev.preventDefault();
      const text = li.querySelector('.row-text').textContent;
      if (grabbed === pos) {
        grabbed = -1; li.classList.remove('grabbed');
        announce('Dropped “' + text + '” at ' + (S.order.indexOf(pos) + 1) + ' of ' + S.order.length + '.');
      } else {
        for (const x of $('order-list').querySelectorAll('.grabbed')) x.classList.remove('grabbed');
        grabbed = pos; li.classList.add('grabbed');
        announce('Picked up “' + text + '”. Use the up and down arrows, Space to drop.');
      }
    }
  }
  function onOrderBlur(ev) {
    if (grabbed >= 0 && ev.target.matches && ev.target.matches('li.row') && +ev.target.dataset.pos === grabbed) {
      // moving re-renders the list and focuses the row again; only a real leave drops it
      setTimeout(() => {
        const a = document.activeElement;
        if (!a || !a.matches || !a.matches('li.row') || +a.dataset.pos !== grabbed) {
          grabbed = -1;
          for (const x of document.querySelectorAll('.grabbed')) x.classList.remove('grabbed');
        }
      }, 0);
    }
  }

  // Dragging with a mouse, a pen or a finger (the handle: a finger elsewhere scrolls the page).
  let drag = null;
  function onOrderPointerDown(ev) {
    const li = ev.target.closest('li.row');
    if (!li || ev.target.closest('button') || !canAnswer(S.state)) return;
    if (ev.pointerType !== 'mouse' && !ev.target.closest('.handle')) return;
    if (ev.button !== undefined && ev.button !== 0) return;
    ev.preventDefault();
    drag = { pos: +li.dataset.pos, li, id: ev.pointerId, from: S.order.indexOf(+li.dataset.pos) };
    li.classList.add('dragging');
    try { li.setPointerCapture(ev.pointerId); } catch (e) { /* synthetic */ }
  }
  function onOrderPointerMove(ev) {
    if (!drag || ev.pointerId !== drag.id) return;
    ev.preventDefault();
    const li = drag.li;
    const mid = (e) => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; };
    let moved = false;
    for (;;) { // a fast finger may pass several rows between two events
      const prev = li.previousElementSibling, next = li.nextElementSibling;
      if (prev && ev.clientY < mid(prev)) li.parentNode.insertBefore(li, prev);
      else if (next && ev.clientY > mid(next)) li.parentNode.insertBefore(next, li);
      else break;
      moved = true;
    }
    if (moved) {
      S.order = Array.from(li.parentNode.children).map((x) => +x.dataset.pos);
      refreshOrderRows();
    }
  }
  // Numbers and ▲ ▼ of the rows as they stand, without drawing them again: the row a finger
  // lifts from must stay in the page, or the browser loses the touch (no touchend, and the next
  // tap makes no click).
  function refreshOrderRows() {
    const rows = Array.from($('order-list').children);
    rows.forEach((li, i) => {
      li.querySelector('.num').textContent = (i + 1) + '.';
      li.querySelector('.up').disabled = !S.orderOn || i === 0;
      li.querySelector('.down').disabled = !S.orderOn || i === rows.length - 1;
    });
  }
  function onOrderPointerUp(ev) {
    if (!drag || ev.pointerId !== drag.id) return;
    const pos = drag.pos, from = drag.from, li = drag.li;
    drag = null;
    li.classList.remove('dragging');
    refreshOrderRows();
    li.focus({ preventScroll: true });
    const to = S.order.indexOf(pos);
    if (to !== from) {
      const q = S.state.question;
      announce('“' + ((q.events || [])[pos] || '') + '” is now ' + (to + 1) + ' of ' + S.order.length + '.');
    }
  }

  function collectAnswer(q) {
    const form = $('answer-form');
    switch (q.format) {
      case 'choice': {
        const c = form.querySelector('input[name=opt]:checked');
        return c ? { choice: +c.value } : null;
      }
      case 'multi': {
        const picked = Array.from(form.querySelectorAll('input[name=opt]:checked')).map((x) => +x.value);
        return picked.length ? { picked } : null;
      }
      case 'true_false': {
        const c = form.querySelector('input[name=opt]:checked');
        return c ? { truth: c.value === 'true' } : null;
      }
      case 'order': return { order: S.order.slice() };
      case 'text': {
        const t = $('ans-text').value.trim();
        return t ? { text: t } : null;
      }
      case 'evidence':
        return S.pick ? { article: S.pick.article, sentence: S.pick.sentence } : null;
      default: return null;
    }
  }

  const MISSING = {
    choice: 'Pick an answer first.', multi: 'Pick at least one answer first.',
    true_false: 'Pick True or False first.', text: 'Type your answer first.',
    evidence: 'Pick a sentence in the article first.',
  };

  function onSubmit(ev) {
    ev.preventDefault();
    const st = S.state;
    if (!st || !st.question || !canAnswer(st)) return;
    const q = st.question;
    const answer = collectAnswer(q);
    if (!answer) { $('answer-error').textContent = MISSING[q.format] || 'Answer first.'; return; }
    if (S.q.cite && S.q.step === 1) { // no feedback between the steps: nothing is sent yet
      setCiteStep(2);
      $('cite-title').focus();
      announce('Now show where the article says so: pick the sentence in the article.');
      return;
    }
    if (S.q.cite) {
      if (!S.pick) { $('answer-error').textContent = 'Pick the sentence that shows your answer first.'; return; }
      answer.cite = { article: S.pick.article, sentence: S.pick.sentence };
    }
    sendAnswer(q, answer);
  }

  function sendAnswer(q, answer) {
    $('answer-error').textContent = '';
    S.pending = { question: q.id, answer };
    setFormEnabled(false);
    if (send({ type: 'answer', question: q.id, answer })) {
      $('status-line').textContent = 'Sending…';
    } else {
      $('status-line').textContent = 'Not connected: your answer is sent as soon as the connection is back.';
    }
  }

  function setFormEnabled(on) {
    const form = $('answer-form');
    // a cite question's second step: the answer stays as given (locked) while the sentence is picked
    const locked = citeStep2();
    for (const x of form.querySelectorAll('input, button')) {
      if (x.classList.contains('move')) continue; // renderOrder decides those
      x.disabled = !on || (locked && x.id !== 'submit' && x.id !== 'cite-back');
    }
    // the order list is drawn again only when it turns on or off: a state that changes nothing
    // else must not drop the keyboard focus or a drag in progress
    const orderOn = !!on && !locked;
    if (S.q && S.q.format === 'order' && S.orderOn !== orderOn) { S.orderOn = orderOn; renderOrder(-1); }
    const wantInteractive = on && S.q && (S.q.format === 'evidence' || locked);
    if (S.q && S.q.cite && $('cite-step')) { // once sent (or closed), only the sentence given stays
      $('answer-body').querySelector('.cite-note').hidden = locked || !on;
      $('cite-hint').hidden = $('cite-back').hidden = !on;
    }
    if (S.interactive !== !!wantInteractive) {
      renderArticles(!!wantInteractive);
      if (S.state && S.state.result) applyHighlights(S.state.result.evidence);
      markPick();
    }
  }

  // Show the student's own answer (after a reload too) in the controls.
  function showMyAnswer(q) {
    const a = q.my_answer;
    if (!a) return;
    const form = $('answer-form');
    switch (q.format) {
      case 'choice':
        for (const x of form.querySelectorAll('input[name=opt]')) x.checked = +x.value === a.choice;
        break;
      case 'multi':
        for (const x of form.querySelectorAll('input[name=opt]')) x.checked = (a.picked || []).includes(+x.value);
        break;
      case 'true_false':
        for (const x of form.querySelectorAll('input[name=opt]')) x.checked = (x.value === 'true') === a.truth;
        break;
      case 'order':
        if (Array.isArray(a.order) && a.order.length === S.order.length && a.order.join() !== S.order.join()) {
          S.order = a.order.slice();
          renderOrder(-1);
        }
        break;
      case 'text':
        if ($('ans-text')) $('ans-text').value = a.text || '';
        break;
      case 'evidence':
        if (typeof a.sentence === 'number') { S.pick = { article: a.article | 0, sentence: a.sentence }; markPick(); }
        break;
      default: break;
    }
    if (S.q && S.q.cite && a.cite && typeof a.cite.sentence === 'number') {
      S.pick = { article: a.cite.article | 0, sentence: a.cite.sentence };
      S.q.step = 2;
      $('cite-step').hidden = false;
      markPick();
    }
  }

  // ---- the view ---------------------------------------------------------------------------
  function render() {
    const st = S.state;
    if (!st || !S.welcome) return;
    const phase = st.phase;
    const q = st.question || null;
    document.body.className = 'view-play phase-' + phase + (q ? ' has-question' : '');
    const me = st.me || {};
    $('who').hidden = false;
    $('who-name').textContent = me.name || S.welcome.name || '';
    $('who-score').textContent = fmt(me.score) + ' ' + pointsWord(me.score || 0);

    const finished = phase === 'finished';
    const doneAll = phase === 'running' && !q;
    $('lobby').hidden = phase !== 'lobby';
    $('layout').hidden = finished || doneAll;
    $('jump').hidden = !q || finished;
    $('question').hidden = !q || finished;
    $('done').hidden = !doneAll;
    $('final').hidden = !finished;

    if (q && !finished) renderQuestionState(st, q);
    else {
      stopCountdown();
      if (S.interactive) renderArticles(false);
      clearHighlights();
      S.q = null;
    }
    if (finished) renderFinal(st);
  }

  function renderQuestionState(st, q) {
    const fresh = !S.q || S.q.id !== q.id;
    if (fresh) {
      if (S.interactive) renderArticles(false);
      buildQuestion(q);
      clearHighlights();
    }
    updateCountdown(st, q);
    const can = canAnswer(st);
    if (q.answered) showMyAnswer(q);
    // A pending answer (sent while offline, or unacknowledged over a reconnect) goes again.
    if (can && S.pending && S.pending.question === q.id && !q.answered) {
      if (send({ type: 'answer', question: q.id, answer: S.pending.answer })) $('status-line').textContent = 'Sending…';
      setFormEnabled(false);
    } else {
      if (!can) S.pending = null;
      setFormEnabled(can);
    }
    $('submit').hidden = !!q.answered || !!st.result;
    if (q.answered || st.result) $('answer-error').textContent = '';

    const r = st.result;
    const res = $('result');
    if (r) {
      const key = q.id + '|' + JSON.stringify(r);
      if (S.q.resultKey !== key) {
        const firstTime = !S.q.resultSeen;
        S.q.resultKey = key;
        S.q.resultSeen = true;
        renderResult(r);
        const mark = applyHighlights(r.evidence);
        if (mark) mark.scrollIntoView({ block: 'center', inline: 'nearest' });
        if (firstTime) {
          $('result-title').focus({ preventScroll: true });
          announce($('result-title').textContent + ' ' + $('result-points').textContent);
        }
      }
      res.hidden = false;
    } else {
      if (S.q.resultKey !== null) { S.q.resultKey = null; clearHighlights(); }
      res.hidden = true;
    }
    if ((q.format === 'evidence' || S.q.cite) && S.pick) markPick();

    const rank = $('rank');
    rank.hidden = !(phase(st) === 'leaderboard' && st.rank);
    if (!rank.hidden) rank.textContent = 'You are in ' + ordinal(st.rank) + ' place with ' + fmt(st.me && st.me.score) + ' ' + pointsWord((st.me && st.me.score) || 0) + '.';

    const next = $('next');
    const paced = S.welcome.pacing === 'student';
    next.hidden = !(paced && r);
    next.disabled = false;
    next.textContent = q.index + 1 < q.count ? 'Next question' : 'See my results';
    setStatusForState();

    if (fresh) {
      $('q-title').focus({ preventScroll: true });
      let say = 'Question ' + (q.index + 1) + ' of ' + q.count + '.';
      if (typeof q.time_left_ms === 'number' && can) say += ' ' + Math.ceil(q.time_left_ms / 1000) + ' seconds.';
      if (!r) announce(say);
    }
  }
  function phase(st) { return st.phase; }

  function setStatusForState() {
    const st = S.state;
    const line = $('status-line');
    if (!st || !st.question) { line.textContent = ''; return; }
    const q = st.question;
    const paced = S.welcome && S.welcome.pacing === 'student';
    let text = '';
    if (S.pending) text = 'Sending…';
    else if (st.result) text = paced ? '' : (st.phase === 'leaderboard' ? 'Waiting for the next question…' : '');
    else if (q.answered) text = 'Answer received. Waiting for the teacher to show the answer…';
    else if (st.phase === 'paused') text = 'Paused by the teacher. You can still answer.';
    else if (!canAnswer(st) && TIMED_PHASES.includes(st.phase)) text = 'Time is up. Waiting for the teacher…';
    else if (st.phase === 'revealed' || st.phase === 'leaderboard') text = 'You did not answer this question.';
    line.textContent = text;
  }

  function renderResult(r) {
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

  const CITE_OUTCOME = {
    'both right': 'Right answer, and your sentence shows it.',
    guess: 'Right answer, but your sentence does not show it.',
    misread: 'Your sentence shows it, but the answer is not right: read it again.',
    'both wrong': 'Not the answer, and your sentence does not show it.',
  };

  // A cite question's two parts, each with its points; the sentence is marked in the article.
  function renderCiteResult(r) {
    const c = r.cite;
    const line = c ? CITE_OUTCOME[c.outcome] || '' : '';
    $('result-cite-line').textContent = line;
    $('result-cite-line').hidden = !line;
    $('result-cite-dt').hidden = $('result-cite').hidden = !c;
    if (!c) return;
    const part = (ok, got, max) => ' — ' + (ok ? 'right' : 'not right') + ', ' + fmt(got) + ' of ' + fmt(max) + ' ' + pointsWord(max);
    if (r.your_answer) $('result-yours').textContent = r.your_answer + part(c.answer_correct, c.answer_points, c.answer_max);
    const said = typeof c.sentence === 'number' ? '“' + sentenceText(c.article | 0, c.sentence) + '”' : 'No sentence picked';
    $('result-cite').textContent = said + part(c.evidence_correct, c.evidence_points, c.evidence_max);
  }

  // ---- the countdown ----------------------------------------------------------------------
  function currentLeft() {
    return S.cd.paused ? S.cd.left : Math.max(0, S.cd.deadline - performance.now());
  }
  function stopCountdown() {
    clearInterval(S.cd.timer);
    S.cd.timer = 0;
    $('timer').hidden = true;
  }
  function updateCountdown(st, q) {
    const timed = typeof q.time_left_ms === 'number' && TIMED_PHASES.includes(st.phase) && !st.result;
    if (!timed) { stopCountdown(); S.cd.qid = null; return; }
    if (S.cd.qid !== q.id) { S.cd.said10 = false; S.cd.saidUp = false; S.cd.qid = q.id; }
    S.cd.paused = st.phase === 'paused';
    S.cd.left = Math.max(0, q.time_left_ms);
    S.cd.deadline = performance.now() + S.cd.left;
    S.cd.limit = Math.max(1, (q.time_limit || 30) * 1000, S.cd.left);
    $('timer').hidden = false;
    clearInterval(S.cd.timer);
    S.cd.timer = setInterval(tick, 250);
    tick();
  }
  function tick() {
    const left = currentLeft();
    const secs = Math.ceil(left / 1000);
    $('timer-text').textContent = S.cd.paused ? secs + ' s · paused' : secs + ' s';
    $('timer-fill').style.width = Math.max(0, Math.min(100, (left / S.cd.limit) * 100)) + '%';
    $('timer').classList.toggle('low', left <= 10000);
    const st = S.state;
    const waiting = st && st.question && !st.question.answered && !S.pending;
    // The sentence is still being looked for as time runs out: the answer goes now, with the
    // sentence if one is picked (the answer part earns its points either way).
    if (waiting && citeStep2() && !S.cd.paused && left > 0 && left <= 1500 && canAnswer(st)) {
      const answer = collectAnswer(st.question);
      if (answer) {
        if (S.pick) answer.cite = { article: S.pick.article, sentence: S.pick.sentence };
        sendAnswer(st.question, answer);
        announce('Time is nearly up: your answer was sent' + (S.pick ? '.' : ' without a sentence.'));
      }
    }
    if (waiting && left > 0 && left <= 10000 && !S.cd.said10 && S.cd.limit > 12000) {
      S.cd.said10 = true;
      announce('10 seconds left.');
    }
    if (left <= 0 && !S.cd.paused) {
      clearInterval(S.cd.timer);
      S.cd.timer = 0;
      if (waiting && !S.cd.saidUp) {
        S.cd.saidUp = true;
        announce('Time is up.');
        setFormEnabled(false);
        setStatusForState();
      }
    }
  }

  // ---- the end ----------------------------------------------------------------------------
  function renderFinal(st) {
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
      $('final-title').focus({ preventScroll: true });
      announce('The class is over. ' + $('final-score').textContent + '.');
    }
  }

  function evidenceQuote(ev, cite = true) {
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

  // ---- start ------------------------------------------------------------------------------
  function init() {
    $('join-form').addEventListener('submit', onJoin);
    $('answer-form').addEventListener('submit', onSubmit);
    $('next').addEventListener('click', () => {
      if (send({ type: 'next' })) $('next').disabled = true;
    });
    const arts = $('articles');
    arts.addEventListener('click', onArticleClick);
    arts.addEventListener('keydown', onArticleKey);
    const body = $('answer-body');
    body.addEventListener('click', onOrderClick);
    body.addEventListener('keydown', onOrderKey);
    body.addEventListener('focusout', onOrderBlur);
    body.addEventListener('pointerdown', onOrderPointerDown);
    body.addEventListener('pointermove', onOrderPointerMove);
    body.addEventListener('pointerup', onOrderPointerUp);
    body.addEventListener('pointercancel', onOrderPointerUp);
    // a finger held on the handle before it moves is a long press: no context menu there (the
    // menu would also swallow the next tap)
    body.addEventListener('contextmenu', (ev) => { if (drag || ev.target.closest('.handle')) ev.preventDefault(); });
    body.addEventListener('change', () => { $('answer-error').textContent = ''; });
    document.addEventListener('visibilitychange', () => { if (!document.hidden && !S.stopped) ping(true); });
    window.addEventListener('online', () => { if (!S.stopped) ping(true); });
    window.addEventListener('pageshow', (e) => { if (e.persisted && !S.stopped) ping(true); });

    const params = new URLSearchParams(location.search);
    const qRoom = (params.get('room') || '').trim().toUpperCase().slice(0, 8);
    const token = store.get(KEY_TOKEN);
    const savedRoom = store.get(KEY_ROOM);
    $('room').value = qRoom || savedRoom || '';
    if (token && /^[0-9a-f]{32}$/.test(token) && (!qRoom || qRoom === savedRoom)) {
      S.token = token; S.room = savedRoom;
      startPlay();
    } else {
      if (token && qRoom && qRoom !== savedRoom) forgetSeat(); // a new class: the old seat is of no use
      showJoin('');
    }
  }
  init();
})();
