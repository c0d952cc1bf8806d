// esid: sec-string.prototype.concat
// concat, localeCompare of ASCII strings, String() conversion and comparison.
console.log('a'.concat('b', 1, null), 'x'.concat());
console.log(String(123), String(-0), String([1, 2]), String({}), String(Symbol('d')));
console.log('b'.localeCompare('a'), 'a'.localeCompare('b'), 'a'.localeCompare('a'));
console.log('abc' < 'abd', 'a' + 'b' === 'ab', 'abc'.valueOf(), typeof String(1));
