// esid: host-console-log
// undefined and null values
console.log({ u: undefined, n: null });
console.log([undefined, null]);
