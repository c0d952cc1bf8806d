// esid: host-console-format-percent
// %% prints one % when there are arguments
console.log('100%');
console.log('%%');
console.log('%% done', 1);
console.log('%s%%', 50);
console.log('%x %s', 'a');
console.log('%', 1);
console.log('%s');
