// esid: host-console-format-d
// %d and %i with large and special values
console.log('%d %d %d', NaN, Infinity, 1e21);
console.log('%i', '1e3');
console.log('%i', 'Infinity');
console.log('%d', '');
console.log('%d', null);
console.log('%d', true);
