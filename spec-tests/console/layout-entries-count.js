// esid: host-console-log
// the per-entry separator counts toward the line length
const o = {};
for (let i = 0; i < 16; i++) o[String.fromCharCode(97 + i)] = i;
console.log(o);
const p = {};
for (let i = 0; i < 17; i++) p[String.fromCharCode(97 + i)] = i;
console.log(p);
