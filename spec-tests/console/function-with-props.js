// esid: host-console-log
// functions with own enumerable properties
function f() {}
f.count = 3;
f.label = 'counter';
console.log(f);
console.log({ fn: f });
