// esid: host-console-format-d
// %d is Number(), %i is parseInt()
console.log('%d', 42.9);
console.log('%i', 42.9);
console.log('%d %i', '0x10', '0x10');
console.log('%d %i', '12px', '12px');
console.log('%d', {});
console.log('%d', [7]);
console.log('%i', -0.5);
console.log('%d', Symbol('s'));
