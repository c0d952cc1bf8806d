// esid: host-console-log
// keys are quoted when they are not identifiers ([a-zA-Z_][a-zA-Z_0-9]*)
console.log({ 'a-b': 1, 'with space': 2, '1x': 3, $dollar: 4, _under: 5, café: 6 });
console.log({ 0: 'zero', 10: 'ten', '': 'empty' });
console.log({ "it's": 1, 'say "hi"': 2 });
console.log({ __proto__x: 1, ['__proto__']: 2 });
