// esid: host-console-log
// -0 prints as -0 when inspected
console.log(-0);
console.log([-0, 0]);
console.log({ z: -0 });
console.log('%d', -0);
console.log('%s', -0);
console.log(String(-0));
