// esid: host-console-group
// multi-line output inside a group is indented on every line
console.group('obj');
console.log({ a: 'aaaaaaaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbbbbbbb', c: 'ccccccccccccccccccc' });
console.log('line1\nline2');
console.groupEnd();
console.groupEnd();
console.log('not negative');
