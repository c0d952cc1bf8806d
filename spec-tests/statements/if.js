// esid: sec-if-statement
// if/else chains, truthiness of conditions, dangling else.
function classify(v) {
  if (v) return 'truthy';
  else return 'falsy';
}
console.log([0, 1, '', 'a', null, [], {}, NaN, -0, 0.1].map(classify).join(' '));
let out = [];
for (const n of [1, 2, 3, 4]) {
  if (n === 1) out.push('one');
  else if (n === 2) out.push('two');
  else if (n === 3) { out.push('three'); }
  else out.push('many');
}
console.log(out);
if (true) if (false) console.log('inner'); else console.log('dangling else binds inner');
if (false) ; else console.log('empty then');
