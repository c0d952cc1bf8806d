// esid: sec-set-objects
// Set: uniqueness by SameValueZero, insertion order, add/has/delete/clear.
const s = new Set([3, 1, 3, NaN, NaN, 0, -0, '1']);
console.log(s.size, [...s].map(String).join(','));
console.log(s.has(NaN), s.has(-0), s.has(1), s.has('3'));
console.log(s.add(5) === s, s.delete(3), s.delete(3), s.size);
const seen = [];
s.forEach((v, v2, set) => seen.push(Object.is(v, v2) && set === s));
console.log(seen.every(Boolean));
console.log([...new Set('mississippi')].join(''));
s.clear();
console.log(s.size);
const uniq = [...new Set([1, 2, 2, 3, 1])];
console.log(uniq);
