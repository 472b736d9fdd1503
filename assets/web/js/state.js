/* state.js — what the page knows: the seat, the socket, the class as last told, the question on
 * screen and what the student has picked but not sent. One object, shared by every module. */

export const KEY_TOKEN = 'byline.token';
export const KEY_ROOM = 'byline.room';
export const KIND_LABEL = { speaker: 'Speakers', claim: 'Claims', timeline: 'Timeline' };
export const OPEN_PHASES = ['asking', 'paused', 'time_up', 'running'];
export const TIMED_PHASES = ['asking', 'paused', 'time_up'];

export const S = {
  token: null, room: null, ws: null, stopped: true, everWelcomed: false,
  retry: 0, retryTimer: 0, pingTimer: 0, pongTimer: 0, ackTimer: 0,
  welcome: null, state: null, lang: '',
  sent: [],                 // sentence elements: sent[article][sentence]
  interactive: false,       // article sentences are buttons (an evidence question is open)
  q: null,                  // the question on screen: {id, format, resultKey, announced}
  order: [],                // order question: positions of question.events, first shown first
  orderOn: false,           // order question: its rows can be moved
  pick: null,               // evidence question, or a cite question's second step: {article, sentence}
  pending: null,            // an answer sent and not yet acknowledged: {question, answer}
  finalKey: null,           // the final results last drawn (JSON of them and the place)
  cd: { timer: 0, deadline: 0, left: 0, limit: 0, paused: false, said10: false, saidUp: false, qid: null },
};
