// esid: host-console-log
// an own "constructor" that is not a function is an ordinary key
console.log({ constructor: { name: 'Fake' } });
console.log({ constructor: 'str', a: 1 });
