// esid: host-console-log
// functions, classes, symbols and -0 in an array break it
console.log([function () {}, class {}, Symbol.iterator, -0]);
console.log([undefined, , null]);
