// esid: host-console-log
// array and string iterators print as Object [Array Iterator] {}
console.log([1, 2][Symbol.iterator]());
console.log([1, 2].entries());
console.log('ab'[Symbol.iterator]());
console.log([[1].keys()]);
