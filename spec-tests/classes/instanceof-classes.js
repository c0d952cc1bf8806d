// esid: sec-ordinaryhasinstance
// instanceof with classes, built-in subclasses and static Symbol.hasInstance.
class MyArr extends Array {}
const m = new MyArr();
m.push(1, 2);
console.log(m.length, m instanceof MyArr, m instanceof Array, Array.isArray(m));
class MyErr extends Error { constructor(msg) { super(msg); this.name = 'MyErr'; } }
const e = new MyErr('custom');
console.log(e instanceof MyErr, e instanceof Error, String(e), e.message);
class Duck { static [Symbol.hasInstance](o) { return typeof o.quack === 'function'; } }
console.log({ quack() {} } instanceof Duck, {} instanceof Duck);
console.log(Object.getPrototypeOf(m) === MyArr.prototype);
