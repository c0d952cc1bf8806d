// esid: host-console-dir
// depth: null shows fifty levels of nesting
const a = [];
let c = a;
for (let i = 0; i < 50; i++) { const n = [i]; c.push(n); c = n; }
console.dir(a, { depth: null });
