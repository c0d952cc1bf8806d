// esid: host-console-log
// integer keys come first in ascending order
console.log({ b: 1, 2: 'two', a: 2, 1: 'one' });
