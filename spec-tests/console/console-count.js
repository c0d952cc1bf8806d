// esid: host-console-count
// console.count counts per label
console.count();
console.count();
console.count('apples');
console.count('apples');
console.count('default');
console.countReset('apples');
console.count('apples');
console.countReset();
console.count();
console.count(1);
console.count({});
