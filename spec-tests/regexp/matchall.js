// esid: sec-%regexpstringiteratorprototype%.next
// String.prototype.matchAll and %RegExpStringIteratorPrototype% (§22.2.9).
const it = "a1b22c333".matchAll(/[a-z](?<n>\d+)/g);
console.log(it, Object.prototype.toString.call(it), it[Symbol.iterator]() === it);
for (const m of it) console.log(m[0], m.index, m.groups.n);
console.log(it.next());
console.log([..."aaa".matchAll(/a*?/g)].map((m) => m.index));
console.log([..."abc".matchAll("b")]);
try {
  "abc".matchAll(/b/);
} catch (e) {
  console.log(e.name, e.message);
}
