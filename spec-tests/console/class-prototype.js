// esid: host-console-log
// a class prototype object and Object.prototype
class A { m() {} }
console.log(A.prototype);
console.log(Object.prototype);
console.log(Object.getPrototypeOf(function () {}) === Function.prototype);
