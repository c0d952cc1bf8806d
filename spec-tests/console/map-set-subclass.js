// esid: host-console-log
// subclasses of Map and Set
class Registry extends Map {}
const r = new Registry([['a', 1]]);
console.log(r);
class Tags extends Set {}
console.log(new Tags(['x']));
