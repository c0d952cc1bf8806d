// esid: sec-%stringiteratorprototype%.next
// Strings iterate by code point: surrogate pairs stay together, lone surrogates stand alone.
const s = 'a\u{1F600}b\uD800c';
const parts = [];
for (const ch of s) parts.push(ch.length + ':' + ch.codePointAt(0).toString(16));
console.log(parts.join(' '));
console.log(s.length, [...s].length, Array.from('\u{1F44D}\u{1F3FD}').length);
const [first, second] = '\u{10000}z';
console.log(first.length, second);
