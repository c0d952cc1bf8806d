// esid: sec-object.fromentries
// Object.fromEntries reads key then value from each entry; later keys overwrite earlier ones.
function* entries() {
  yield ['one', 1];
  yield new Map([[0, 'k']]).entries().next().value;
  const e = { get 0() { console.log('read key'); return 'lazy'; }, get 1() { console.log('read value'); return 'v'; } };
  yield e;
  yield ['one', 'again'];
}
const o = Object.fromEntries(entries());
console.log(JSON.stringify(o));
console.log(Object.keys(Object.fromEntries(new Map([['b', 1], ['a', 2]]))).join(','));
