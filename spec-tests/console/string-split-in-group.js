// esid: host-console-group
// split strings inside a group and inside nested arrays
console.group('x');
console.log(['line one is here and it is long\nline two is also here and long']);
console.groupEnd();
console.log([['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb']]);
