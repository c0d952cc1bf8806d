// esid: sec-string.prototype.replaceall
// Function replacers get (match, offset, string); their result is not $-expanded.
const calls = [];
const out = 'a-b-a'.replaceAll('a', (m, off, str) => { calls.push(`${m}@${off}/${str.length}`); return '$&' + off; });
console.log(out, calls);
console.log('hello'.replace('l', (m) => m.toUpperCase()), 'x'.replace('x', () => 42), 'x'.replace('x', () => {}));
