// esid: sec-iteratorclose
// some/every/find stop early and close the iterator; a throwing callback closes it too; exhaustion does not.
function counted(name) {
  let i = 0;
  return {
    __proto__: Iterator.prototype,
    next() { return { value: i++, done: i > 5 }; },
    return() { console.log(name, 'closed after', i); return {}; },
  };
}
console.log(counted('some').some((x) => x === 2));
console.log(counted('every').every((x) => x < 1));
console.log(counted('find').find((x) => x > 2));
console.log(counted('exhausted').some((x) => x > 10));
try {
  counted('throwing').forEach((x) => { if (x === 1) throw new Error('stop'); });
} catch (e) {
  console.log('caught', e.message);
}
const m = counted('map').map((x) => x);
m.next();
console.log(m.return());
// return() before the first next() closes the underlying iterator and completes the helper.
const early = counted('suspended-start').filter(() => true);
console.log(early.return(), early.next());
// A non-callable argument closes the iterator too.
try {
  counted('not callable').map(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
