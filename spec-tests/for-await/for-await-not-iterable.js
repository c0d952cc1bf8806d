// esid: sec-getiterator
// for-await over a value with neither protocol rejects with a TypeError.
(async () => {
  try {
    for await (const v of 42) console.log('never');
  } catch (e) {
    console.log('caught', e.constructor.name);
  }
  try {
    for await (const v of { [Symbol.asyncIterator]: null, [Symbol.iterator]: null }) console.log('never');
  } catch (e) {
    console.log('caught', e.constructor.name);
  }
})();
