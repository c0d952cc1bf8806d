// esid: host-console-format-s
// %s: strings, numbers, objects at depth 0, symbols
console.log('%s!', 'hello');
console.log('%s %s', 1, 1.5);
console.log('%s', { a: { b: 1 } });
console.log('%s', [1, [2, [3]]]);
console.log('%s', Symbol('q'));
console.log('%s|%s|%s', null, undefined, true);
