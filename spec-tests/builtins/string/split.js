// esid: sec-string.prototype.split
// split with string separators, empty separator, limits and no separator.
console.log('a,b,,c'.split(','), 'abc'.split(''), 'abc'.split());
console.log('a, b, c'.split(', '), 'a,b,c'.split(',', 2), 'a,b'.split(',', 0));
console.log(''.split(','), ''.split(''), 'abc'.split('abc'), 'aXbXc'.split('X', -1));
console.log('one  two'.split(' '), 'a😀b'.split('').length);
console.log('1-2-3'.split('-').map(Number).reduce((a, b) => a + b));
