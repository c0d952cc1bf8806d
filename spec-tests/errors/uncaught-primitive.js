// esid: sec-throw-statement
// Throwing a primitive that nobody catches still exits with status 1.
console.log('start', 1 + 1);
throw 'a plain string';
