// esid: host-console-log
// quoted keys use the same escaping
console.log({ 'new\nline': 1, 'tab\t': 2, "quote'": 3 });
console.log({ [Symbol('sym\nbol')]: 1 });
