// esid: sec-evaluatecall
// The callee is evaluated before arguments; arguments left to right.
const log = [];
function get(name, v) { log.push(name); return v; }
const o = { m(a, b) { log.push('call'); return a + b; } };
get('obj', o).m(get('a', 1), get('b', 2));
console.log(log.join(' '));
log.length = 0;
try { get('callee', undefined)(get('arg', 1)); } catch (e) { log.push(e.name); }
console.log(log.join(' '));
