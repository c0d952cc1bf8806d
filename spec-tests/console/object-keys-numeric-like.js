// esid: host-console-log
// keys that look like numbers: only array indices are ordered first
console.log({ '01': 1, '-1': 2, '1.5': 3, 4294967295: 4, 4294967294: 5 });
const o = {}; o[Symbol('a\nb')] = 1; o["a'b"] = 2; console.log(o);
