// esid: host-console-assert
// console.assert writes to stderr only when the assertion fails
console.assert(true, 'never shown');
console.assert(1 === 1);
console.assert(false, 'shown on stderr');
console.assert(0, { x: 1 });
console.assert(false);
console.log('stdout continues');
