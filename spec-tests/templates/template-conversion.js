// esid: sec-template-literals-runtime-semantics-evaluation
// Substitutions are converted with ToString (not valueOf); symbols throw.
const o = { toString() { return 'S'; }, valueOf() { return 'V'; } };
console.log(`${o}`, '' + o, String(o));
console.log(`${-0}`, `${1e21}`, `${[1, [2, 3]]}`, `${() => 1}`);
try { `${Symbol('x')}`; } catch (e) { console.log(e.name, e.message); }
console.log(`a${1}${2}b${3}`);
console.log(`\u{1F600}`.length, `\x41`);
console.log(`line1
line2`.split('\n').length);
