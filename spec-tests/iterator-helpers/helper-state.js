// esid: sec-%iteratorhelperprototype%-object
// An Iterator Helper is a generator-like object: re-entering it while it runs throws; after completion it stays done.
let helper;
helper = [1, 2].values().map((x) => {
  try {
    helper.next();
  } catch (e) {
    console.log('next:', e.constructor.name, e.message);
  }
  try {
    helper.return();
  } catch (e) {
    console.log('return:', e.constructor.name, e.message);
  }
  return x;
});
console.log(helper.next());
const proto = Object.getPrototypeOf(helper);
console.log(Object.getOwnPropertyNames(proto), proto[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(proto) === Iterator.prototype);
try {
  proto.next.call({});
} catch (e) {
  console.log(e.constructor.name);
}
const thrower = [1].values().map(() => { throw new Error('boom'); });
try {
  thrower.next();
} catch (e) {
  console.log('caught', e.message);
}
console.log(thrower.next(), thrower.return());
