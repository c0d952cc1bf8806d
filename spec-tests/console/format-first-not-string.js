// esid: host-console-format-surplus
// when the first argument is not a string, nothing is a directive
console.log(1, '%s', 2);
console.log({ a: 1 }, '%d');
