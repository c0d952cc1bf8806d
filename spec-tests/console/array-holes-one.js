// esid: host-console-log
// a single hole prints as <1 empty item>
console.log([1, , 3]);
console.log([, 1]);
console.log([1, ,]);
