// esid: sec-asyncblockstart
// Count how many microtask ticks pass before each kind of async function settles.
let tick = 0;
const ticking = () => Promise.resolve().then(() => { tick++; if (tick < 10) ticking(); });
ticking();
const report = (name) => () => console.log(name, 'settled after tick', tick);
(async () => {})().then(report('empty'));
(async () => { await null; })().then(report('one await'));
(async () => { await null; await null; })().then(report('two awaits'));
(async () => Promise.resolve())().then(report('returns promise'));
(async () => { await (async () => {})(); })().then(report('awaits async call'));
