// esid: sec-iterator.from
// Iterator.concat (iterator sequencing): opens each iterable only when it is reached.
const log = [];
const lazy = {
  [Symbol.iterator]() {
    log.push('opened');
    return [3, 4].values();
  },
};
const c = Iterator.concat([1, 2], lazy, new Set([5]));
console.log(log, c.next(), c.next(), log);
console.log(c.toArray(), log, c);
console.log(Iterator.concat().toArray(), Iterator.concat('ab'.split('')).toArray());
try {
  Iterator.concat('not an object');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('g closed');
  }
}
const d = Iterator.concat(g());
console.log(d.next(), d.return(), d.next());
