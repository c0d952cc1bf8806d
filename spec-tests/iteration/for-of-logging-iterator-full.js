// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// for-of reads next once, then per step calls next and reads done (and value only when not done).
const log = (s) => console.log('  ' + s);
function source(items) {
  let i = 0;
  const iterator = {
    get next() {
      log('get next');
      return function () {
        log('next()');
        const done = i >= items.length;
        const value = items[i++];
        return {
          get done() { log('get done'); return done; },
          get value() { log('get value'); return value; },
        };
      };
    },
    return() { log('return()'); return {}; },
  };
  return { [Symbol.iterator]() { log('@@iterator'); return iterator; } };
}
for (const v of source(['a', 'b'])) console.log('body', v);
console.log('end');
