// esid: sec-throw-statement
// An uncaught Error ends the program with exit status 1 after earlier output.
console.log('before');
function fail() { throw new Error('uncaught!'); }
fail();
console.log('never printed');
