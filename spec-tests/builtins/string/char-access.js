// esid: sec-string.prototype.charat
// charAt, charCodeAt, codePointAt, at and indexing.
const s = 'a😀z';
console.log(s.charAt(0), s.charAt(9) === '', s.charAt(-1) === '', s[1] === '\ud83d');
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2), s.charCodeAt(99));
console.log(s.codePointAt(1), s.codePointAt(2), s.codePointAt(10));
console.log(s.at(0), s.at(-1), s.at(5), 'xyz'.at(-2));
console.log('abc'[5], 'abc'.charAt(1.9), 'abc'.charAt());
