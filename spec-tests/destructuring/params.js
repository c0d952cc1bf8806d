// esid: sec-functiondeclarationinstantiation
// Destructuring in function parameters, arrows and for-of heads.
function area({ w, h = w }) { return w * h; }
console.log(area({ w: 3 }), area({ w: 2, h: 5 }));
const first = ([f]) => f;
console.log(first(['only']));
function opts({ verbose = false, level = 1 } = {}) { return `${verbose}/${level}`; }
console.log(opts(), opts({ level: 3 }));
const pairs = [['a', 1], ['b', 2]];
const out = [];
for (const [k, v] of pairs) out.push(k + v);
console.log(out);
const people = [{ name: 'Ann', age: 30 }, { name: 'Bo', age: 25 }];
console.log(people.map(({ name, age }) => `${name}:${age}`));
try { area(); } catch (e) { console.log(e.name, e.message); }
