// esid: host-console-log
// one long entry prevents grouping
console.log([1, 2, 3, 4, 5, 6, 7, 'a much longer entry than all the others here']);
console.log(['x', 'y', 'z', 'w', 'v', 'u', 'a string of thirty characters!']);
