// esid: host-console-log
// generator functions print as [GeneratorFunction: name]
function* gen() {}
console.log(gen);
async function* agen() {}
console.log(agen);
console.log({ *g() {} }.g);
