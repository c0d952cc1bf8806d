// esid: sec-literals-string-literals
// An unterminated string literal is a SyntaxError: nothing runs, so nothing is printed.
console.log('never printed');
const s = 'open;
