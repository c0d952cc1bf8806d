// esid: host-console-log
// instances of anonymous classes and of old-style constructors
console.log(new (class {})());
const I = class {};
console.log(new I());
function F() {}
console.log(Object.create(F.prototype));
