// The mini-js playground: an editor, the output with each line's explanation, the trace
// and the timeline, all answered by this server's /api endpoints. No framework, no
// network beyond this server. The state (program, tab, selected line, trace filters) lives
// in the address's fragment, so a link reproduces what you see.
'use strict';

const EXAMPLES = [
  {
    name: 'Timers, promises and plain code (5,1,3,6,4,2)',
    source: `// Plain code first, then every microtask, then the timers by due time.
setTimeout(() => console.log(2), 10);
setTimeout(() => console.log(4), 0);

Promise.resolve()
  .then(() => console.log(1))
  .then(() => console.log(6));

queueMicrotask(() => console.log(3));

console.log(5);
`,
  },
  {
    name: 'await hands control back',
    source: `// An await hands control back to whoever called the async function.
async function brew() {
  console.log('brew: fill the kettle');
  await boil();
  console.log('brew: the kettle has boiled');
}

async function boil() {
  console.log('boil: switch on');
}

console.log('morning');
setTimeout(() => console.log('toast pops up'), 0);
brew();
Promise.resolve('mug').then((x) => console.log('pour into the ' + x));
console.log('read the news');
`,
  },
  {
    name: 'Two chains take turns',
    source: `// Two promise chains take turns, one reaction per tick.
const a = Promise.resolve();
const b = Promise.resolve();
a.then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3'));
b.then(() => console.log('b1')).then(() => console.log('b2')).then(() => console.log('b3'));
`,
  },
  {
    name: 'Returning a promise costs two ticks',
    source: `// Returning a promise from a reaction costs two extra ticks.
Promise.resolve()
  .then(() => {
    console.log('x1');
    return Promise.resolve('x2');
  })
  .then((v) => console.log(v));

Promise.resolve()
  .then(() => console.log('y1'))
  .then(() => console.log('y2'))
  .then(() => console.log('y3'))
  .then(() => console.log('y4'));
`,
  },
  {
    name: "Node's queues inside a timer",
    source: `// Inside a timer callback: nextTick, promises, setImmediate and a new timer.
setTimeout(() => {
  setTimeout(() => console.log('new timer'), 0);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
  console.log('inside the timer');
}, 0);
`,
  },
];

const CATEGORIES = ['job', 'promise', 'await', 'generator', 'loop', 'timer', 'console', 'call'];

const $ = (id) => document.getElementById(id);
const source = $('source');
const gutter = $('gutter');

const state = {
  tab: 'output',
  line: null, // the selected stdout line (1-based)
  only: [],
  fn: '',
  queue: false,
};

// What the last run answered, and which source it was for.
let explained = null;
let ranSource = null;
let traced = null;
let drawn = null;

// ───────────────────────── the fragment ─────────────────────────

function encodeSource(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeSource(b64) {
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function saveFragment() {
  const p = new URLSearchParams();
  p.set('src', encodeSource(source.value));
  if (state.tab !== 'output') p.set('tab', state.tab);
  if (state.line) p.set('line', String(state.line));
  if (state.only.length) p.set('only', state.only.join(','));
  if (state.fn) p.set('function', state.fn);
  if (state.queue) p.set('queue', '1');
  history.replaceState(null, '', '#' + p.toString());
}

function loadFragment() {
  const p = new URLSearchParams(location.hash.slice(1));
  let text = null;
  try {
    if (p.get('src')) text = decodeSource(p.get('src'));
  } catch (e) {
    text = null;
  }
  state.tab = ['output', 'trace', 'timeline'].includes(p.get('tab')) ? p.get('tab') : 'output';
  state.line = Number(p.get('line')) || null;
  state.only = (p.get('only') || '').split(',').filter((k) => CATEGORIES.includes(k));
  state.fn = p.get('function') || '';
  state.queue = p.get('queue') === '1';
  return text;
}

// ───────────────────────── the editor ─────────────────────────

function renderGutter(highlight) {
  const n = source.value.split('\n').length;
  const parts = [];
  for (let i = 1; i <= n; i++) {
    parts.push(i === highlight ? `<span class="hl">${i}</span>` : String(i));
  }
  gutter.innerHTML = parts.join('\n') + '\n';
  gutter.scrollTop = source.scrollTop;
}

source.addEventListener('input', () => renderGutter());
source.addEventListener('scroll', () => {
  gutter.scrollTop = source.scrollTop;
});
source.addEventListener('keydown', (e) => {
  if (e.key === 'Tab' && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    const { selectionStart: s, selectionEnd: t } = source;
    source.setRangeText('  ', s, t, 'end');
    renderGutter();
  }
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  }
});

// ───────────────────────── the API ─────────────────────────

async function post(endpoint, body) {
  const r = await fetch('/api/' + endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!r.ok) {
    let message = r.status + ' ' + r.statusText;
    try {
      message = (await r.json()).error || message;
    } catch (e) {
      /* not JSON */
    }
    throw new Error(message);
  }
  return r;
}

function setStatus(text, failed) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('failed', !!failed);
}

// ───────────────────────── run and explain ─────────────────────────

async function run() {
  const text = source.value;
  saveFragment();
  setStatus('Running…');
  $('run').disabled = true;
  try {
    const [ran, why] = await Promise.all([
      post('run', { source: text }).then((r) => r.json()),
      post('explain', { source: text }).then((r) => r.json()),
    ]);
    ranSource = text;
    explained = why;
    traced = null;
    drawn = null;
    showOutput(ran);
    if (state.tab !== 'output') showTab(state.tab);
  } catch (e) {
    setStatus('The server could not run it: ' + e.message, true);
  } finally {
    $('run').disabled = false;
  }
}

function showOutput(ran) {
  const out = $('output');
  out.textContent = '';
  const lines = ran.stdout === '' ? [] : ran.stdout.replace(/\n$/, '').split('\n');
  lines.forEach((line, i) => {
    const li = document.createElement('li');
    li.textContent = line;
    li.dataset.line = String(i + 1);
    li.title = 'Why was this printed here?';
    li.addEventListener('click', () => selectLine(i + 1));
    out.appendChild(li);
  });
  const err = $('stderr');
  err.hidden = ran.stderr === '';
  err.textContent = ran.stderr;
  let status = `exit status ${ran.status} · ${lines.length} line${lines.length === 1 ? '' : 's'}` +
    ` · ${ran.virtual_ms} ms of virtual time · ${ran.steps} steps`;
  if (ran.stopped) status += ` · stopped: ${ran.stopped}`;
  setStatus(status, ran.status !== 0);
  if (state.line && state.line <= lines.length) selectLine(state.line);
  else {
    state.line = null;
    $('explanation').hidden = true;
    renderGutter();
  }
}

function explainedLine(n) {
  if (!explained) return null;
  for (const phase of explained.phases) {
    for (const l of phase.lines) {
      if (l.stdout_line === n) return { phase, line: l };
    }
  }
  return null;
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function selectLine(n) {
  state.line = n;
  saveFragment();
  for (const li of $('output').children) {
    li.classList.toggle('selected', li.dataset.line === String(n));
  }
  const box = $('explanation');
  box.textContent = '';
  box.hidden = false;
  const found = explainedLine(n);
  if (!found) {
    box.appendChild(el('p', '', 'No explanation was recorded for this line.'));
    renderGutter();
    return;
  }
  const { phase, line } = found;
  const h = el('h2');
  h.append('Why ');
  h.appendChild(el('code', '', line.text));
  h.append(` was printed there${line.line ? ` (line ${line.line})` : ''}`);
  box.appendChild(h);
  box.appendChild(el('p', '', `During: ${phase.title}. It was ${line.printed_by}.`));
  if (line.chain.length) {
    const ol = el('ol');
    for (const step of line.chain) {
      const li = el('li');
      li.appendChild(el('div', '', `job ${step.job}: ${step.what} `)).appendChild(el('span', 'cite', step.cite));
      if (step.cause) {
        const c = step.cause;
        const at = c.line ? ` at line ${c.line}` : '';
        const d = el('div', 'cause', `← ${c.how}${at} ${c.during}: ${c.why} `);
        d.appendChild(el('span', 'cite', c.cite));
        li.appendChild(d);
      } else {
        li.appendChild(el('div', 'cause', '← (its cause was not recorded)'));
      }
      ol.appendChild(li);
    }
    box.appendChild(ol);
  }
  renderGutter(line.line || undefined);
}

// ───────────────────────── tabs: trace and timeline ─────────────────────────

function showTab(tab) {
  state.tab = tab;
  saveFragment();
  for (const b of document.querySelectorAll('.tabs button')) {
    b.classList.toggle('active', b.dataset.tab === tab);
  }
  for (const name of ['output', 'trace', 'timeline']) {
    $('tab-' + name).hidden = name !== tab;
  }
  if (ranSource === null) return;
  if (tab === 'trace' && traced !== ranSource) trace();
  if (tab === 'timeline' && drawn !== ranSource) timeline();
}

function cite(e) {
  if (!e.clause) return e.operation ? `[${e.operation}]` : '';
  return `[§${e.clause}${e.step ? ' step ' + e.step : ''}${e.operation ? ' ' + e.operation : ''}]`;
}

async function trace() {
  const list = $('trace');
  list.textContent = '';
  traced = ranSource;
  try {
    const r = await post('trace', {
      source: ranSource,
      only: state.only,
      function: state.fn || undefined,
      queue: state.queue,
    });
    const lines = (await r.text()).split('\n').filter((l) => l !== '');
    for (const raw of lines) {
      const e = JSON.parse(raw);
      if (e.kind === 'header') continue;
      const li = el('li', e.kind === 'phase' ? 'phase' : '');
      if (e.kind === 'phase') {
        li.textContent = e.text;
      } else {
        li.appendChild(el('span', 'kind', e.kind));
        let text = `job ${e.job}: ${e.text}`;
        if (e.queue) text += `   queue: [${e.queue.join(', ')}]`;
        li.append(text + ' ');
        li.appendChild(el('span', 'cite', cite(e)));
      }
      list.appendChild(li);
    }
  } catch (err) {
    traced = null;
    list.appendChild(el('li', '', 'The trace failed: ' + err.message));
  }
}

async function timeline() {
  const box = $('timeline');
  box.textContent = '';
  drawn = ranSource;
  try {
    const r = await post('timeline', { source: ranSource });
    const url = URL.createObjectURL(await r.blob());
    const img = el('img');
    img.alt = 'What ran when, over virtual time';
    img.src = url;
    img.onload = () => URL.revokeObjectURL(url);
    box.appendChild(img);
  } catch (err) {
    drawn = null;
    box.textContent = 'The timeline failed: ' + err.message;
  }
}

function setupFilters() {
  const filters = $('filters');
  for (const k of CATEGORIES) {
    const label = el('label');
    const box = el('input');
    box.type = 'checkbox';
    box.value = k;
    box.checked = state.only.includes(k);
    label.append(box, ' ' + k);
    filters.appendChild(label);
  }
  $('function').value = state.fn;
  $('queue').checked = state.queue;
  $('retrace').addEventListener('click', () => {
    state.only = [...filters.querySelectorAll('input:checked')].map((b) => b.value);
    state.fn = $('function').value.trim();
    state.queue = $('queue').checked;
    saveFragment();
    if (ranSource !== null) trace();
  });
}

// ───────────────────────── start ─────────────────────────

function setupExamples() {
  const menu = $('examples');
  menu.appendChild(new Option('— choose a puzzle —', ''));
  EXAMPLES.forEach((ex, i) => menu.appendChild(new Option(ex.name, String(i))));
  menu.addEventListener('change', () => {
    if (menu.value === '') return;
    source.value = EXAMPLES[Number(menu.value)].source;
    state.line = null;
    renderGutter();
    run();
  });
}

for (const b of document.querySelectorAll('.tabs button')) {
  b.addEventListener('click', () => showTab(b.dataset.tab));
}
$('run').addEventListener('click', run);
$('share').addEventListener('click', async () => {
  saveFragment();
  try {
    await navigator.clipboard.writeText(location.href);
    setStatus('The link is copied: it holds the program and what you are looking at.');
  } catch (e) {
    setStatus('Copy the address bar: it holds the program and what you are looking at.');
  }
});

const fromFragment = loadFragment();
setupExamples();
setupFilters();
source.value = fromFragment !== null ? fromFragment : EXAMPLES[0].source;
renderGutter();
showTab(state.tab);
if (fromFragment !== null) run();
