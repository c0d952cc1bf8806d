// esid: sec-iteratorclose
// An exception in the body calls return(); an error thrown by return() itself is ignored.
function src(throwInReturn) {
  return {
    [Symbol.iterator]() { return this; },
    next() { return { value: 1, done: false }; },
    return() {
      console.log('return() called');
      if (throwInReturn) throw new Error('from return');
      return {};
    },
  };
}
for (const flag of [false, true]) {
  try {
    for (const v of src(flag)) throw new Error('from body');
  } catch (e) {
    console.log('caught', e.message);
  }
}
