// esid: sec-iteratorclose
// On break, a return() whose result is not an object throws a TypeError.
const it = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { console.log('return()'); return 42; },
};
try {
  for (const v of it) break;
  console.log('no error');
} catch (e) {
  console.log('caught', e.constructor.name);
}
