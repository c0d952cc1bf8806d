// esid: host-console-log
// objects whose prototype was swapped
console.log(Object.setPrototypeOf({ a: 1 }, Array.prototype));
console.log(Object.setPrototypeOf(new Map([[1, 2]]), null));
console.log(Object.setPrototypeOf([1, 2], Object.prototype));
