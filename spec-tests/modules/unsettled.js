// esid: sec-execute-async-module
// A top-level await that never settles: the loop runs out of work, Node warns on stderr and
// exits with status 13.
console.log('waiting');
setTimeout(() => console.log('the last timer'), 5);
await new Promise(() => {});
console.log('never reached');
