// esid: sec-iterator.prototype.filter
// Helpers are lazy: each next() pulls from the underlying iterator only as far as it needs.
const log = [];
function* source() {
  for (let i = 1; i <= 4; i++) {
    log.push(`yield ${i}`);
    yield i;
  }
}
const it = source()
  .map((x) => { log.push(`map ${x}`); return x * 10; })
  .filter((x) => { log.push(`filter ${x}`); return x !== 20; });
log.push('created');
console.log(it.next(), log.splice(0));
console.log(it.next(), log.splice(0));
console.log(it.next(), it.next(), log.splice(0));
console.log(it.next(), log.splice(0));
// The mapper's second argument counts the values it has seen.
console.log(source().map((x, i) => [x, i]).toArray().join(' '));
console.log(source().filter((x, i) => i % 2 === 0).toArray(), log.length > 0);
