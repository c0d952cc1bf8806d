// esid: host-console-log
// accessor elements show as [Getter] and friends
const a = [1];
Object.defineProperty(a, 1, { get() { return 2; }, enumerable: true });
Object.defineProperty(a, 2, { set(v) {}, enumerable: true });
Object.defineProperty(a, 3, { get() { return 2; }, set(v) {}, enumerable: true });
console.log(a);
