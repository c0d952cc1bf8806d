// esid: host-console-group
// group indentation applies to stderr too, and count lines
console.group('g');
console.error('err in group');
console.count('c');
console.dir({ a: [1, 2] });
console.groupEnd();
console.count('c');
