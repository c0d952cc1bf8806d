// esid: host-console-group
// console.group indents later output by two spaces
console.log('top');
console.group('Group A');
console.log('inside A');
console.group();
console.log('nested');
console.groupEnd();
console.log('back in A');
console.groupEnd();
console.log('top again');
