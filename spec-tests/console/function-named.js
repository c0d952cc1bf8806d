// esid: host-console-log
// functions print as [Function: name]
function add(a, b) { return a + b; }
console.log(add);
const arrow = () => 1;
console.log(arrow);
const obj = { method() {} };
console.log(obj.method);
