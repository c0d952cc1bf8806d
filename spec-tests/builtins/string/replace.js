// esid: sec-string.prototype.replace
// replace with a string pattern changes only the first occurrence; replaceAll changes all.
const s = 'one two one two';
console.log(s.replace('one', '1'), s.replaceAll('one', '1'));
console.log(s.replace('missing', 'x') === s, s.replace('', '^'), 'abc'.replaceAll('', '.'));
console.log('a.b.c'.replaceAll('.', '/'), 'aaa'.replaceAll('aa', 'b'));
console.log('x'.replace('x', undefined), 'nullnull'.replace(null, 'N'));
