// esid: host-console-log
// symbols print as Symbol(description)
console.log(Symbol(), Symbol('x'), Symbol.iterator, Symbol.for('f'));
console.log([Symbol('in array')]);
console.log(Symbol(''));
