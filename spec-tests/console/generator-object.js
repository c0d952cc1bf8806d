// esid: host-console-log
// generator objects print as Object [Generator] {}
function* g() { yield 1; }
console.log(g());
async function* ag() {}
console.log(ag());
