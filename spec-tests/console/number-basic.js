// esid: host-console-log
// numbers print as Number::toString
console.log(1, 1.5, -2, 1e21, 1e-7, 123456789012345680000);
console.log(0.1 + 0.2, 2 ** 53, -1e-7);
console.log(NaN, Infinity, -Infinity);
