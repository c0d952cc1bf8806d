// esid: host-console-log
// boxed primitives of a subclass name the subclass
console.log(new Boolean(true), Object(1.5), Object('x'));
class N extends Number {}
console.log(new N(3));
