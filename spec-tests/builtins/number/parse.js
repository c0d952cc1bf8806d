// esid: sec-parseint-string-radix
// parseInt and parseFloat parse a prefix and ignore trailing junk.
console.log(parseInt('42px'), parseInt('  -17  '), parseInt('0x1F'), parseInt('ff', 16), parseInt('101', 2));
console.log(parseInt('abc'), parseInt(''), parseInt('12', 37), parseInt('z', 36), parseInt('0.9'));
console.log(parseInt('077'), parseInt('1e3'), parseInt(0.0000005), parseInt(null, 36), parseInt('-0'));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e-2x'), parseFloat('Infinityx'), parseFloat('1e1000'));
console.log(parseFloat('abc'), parseFloat('  2.0  '), parseFloat('0x10'), parseFloat('1_000'), parseFloat('-0'));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
