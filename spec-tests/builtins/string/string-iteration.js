// esid: sec-string.prototype-%symbol.iterator%
// Spreading a string yields code points; surrogate pairs stay together.
console.log([...'ab😀c'], [...'ab😀c'].length);
console.log(Array.from('🎉🎉').length, '🎉🎉'.split('').length);
const lone = '\ud800x';
console.log([...lone].length);
