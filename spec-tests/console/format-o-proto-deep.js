// esid: host-console-format-o
// %o of inherited nested data, shadowed keys and cycles
const proto = { data: { deep: { deeper: { deepest: 1 } } } };
console.log('%o', Object.create(proto));
console.dir(Object.create(Object.create({ x: 1, y: 2 }, { z: { value: 3 } })), { showHidden: true });
class B { constructor() { this.self = this; } get g() { return 1; } }
console.log('%o', new B());
console.log('%o', [new A2()]);
function A2() {}
