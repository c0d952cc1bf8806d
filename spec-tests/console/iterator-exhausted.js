// esid: host-console-log
// exhausted, shrunk and long map and set iterators
const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const it = m.entries(); it.next(); it.next(); it.next(); it.next();
console.log(it);
const k = m.keys(); m.delete(1); console.log(k);
const s = new Set([1]); const si = s.values(); si.next(); si.next(); console.log(si);
const big = new Map(); for (let i = 0; i < 120; i++) big.set(i, i); console.log(big.values());
const ai = [1, 2].values(); ai.next(); console.log(ai, [].keys());
console.log({ it: new Set(['x']).entries() });
