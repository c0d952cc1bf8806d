// esid: host-console-log
// a toStringTag getter on a class (Node calls it)
class Tagged { get [Symbol.toStringTag]() { return 'Special'; } }
console.log(new Tagged());
