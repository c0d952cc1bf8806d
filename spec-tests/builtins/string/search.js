// esid: sec-string.prototype.indexof
// indexOf, lastIndexOf, includes, startsWith and endsWith.
const s = 'the cat sat on the mat';
console.log(s.indexOf('at'), s.indexOf('at', 6), s.indexOf('dog'), s.indexOf(''), s.indexOf('', 99));
console.log(s.lastIndexOf('at'), s.lastIndexOf('the'), s.lastIndexOf('the', 10), s.lastIndexOf('x'));
console.log(s.includes('sat'), s.includes('sat', 10), s.includes(''), 'abc'.includes('ABC'));
console.log(s.startsWith('the'), s.startsWith('cat', 4), s.endsWith('mat'), s.endsWith('cat', 7));
console.log('undefined'.includes(), 'null'.indexOf(null));
