// esid: host-console-log
// an arrow function with properties and one with a null prototype
console.log(Object.assign(() => {}, { a: 1 }));
console.log(Object.setPrototypeOf(function f() {}, null));
