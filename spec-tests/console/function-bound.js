// esid: host-console-log
// bound functions are named "bound f"
function f() {}
console.log(f.bind(null));
console.log((() => {}).bind(null));
