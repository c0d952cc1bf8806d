// esid: host-console-format-f
// %f is parseFloat()
console.log('%f', '3.5e2x');
console.log('%f', 1.25);
console.log('%f', 'abc');
console.log('%f', '  -0.5  ');
console.log('%f', 'Infinityx');
