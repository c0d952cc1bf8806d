// esid: host-console-log
// mixed arrays are left-aligned
console.log([1, 'two', 3, 'four', 5, 'six', 7, 'eight', 9, 'ten']);
console.log([1, 2, 3, 4, 5, 6, 7, null]);
console.log([1.5, -2, 300, 4e21, NaN, -0, Infinity, 8]);
