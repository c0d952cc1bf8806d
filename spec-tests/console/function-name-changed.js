// esid: host-console-log
// a function whose name property was redefined
function f() {}
Object.defineProperty(f, 'name', { value: 'renamed' });
console.log(f);
const g = function () {};
Object.defineProperty(g, 'name', { value: '' });
console.log(g);
