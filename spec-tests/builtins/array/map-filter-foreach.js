// esid: sec-array.prototype.map
// map, filter and forEach skip holes and pass (value, index, array).
const a = [1, 2, 3, 4];
console.log(a.map((x) => x * x), a.filter((x) => x % 2 === 0));
console.log(a.map((x, i, arr) => `${i}/${arr.length}`));
const seen = [];
[1, , 3].forEach((v, i) => seen.push(i));
console.log(seen, [1, , 3].map((x) => x * 2).length, 1 in [1, , 3].map((x) => x));
console.log(a.forEach(() => 1));
const grow = [1, 2];
grow.forEach((v) => { if (v < 3) grow.push(v + 10); });
console.log(grow);
const obj = { m: 3 };
console.log(a.map(function (x) { return x * this.m; }, obj));
console.log(['1', '2', '3'].map(Number), ['a', '', 'b'].filter(Boolean));
try { a.map(null); } catch (e) { console.log(e.name, e.message); }
