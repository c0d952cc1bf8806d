// esid: host-console-log
// boxed primitives print as [Type: value]
console.log(new Number(3), new String('ab'), new Boolean(false));
console.log(Object(Symbol('s')));
console.log(new Number(-0));
console.log([new String('x')]);
