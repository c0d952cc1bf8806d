// esid: host-console-log
// true, false, null, undefined
console.log(true, false);
console.log(null, undefined);
console.log({ t: true, f: false, n: null, u: undefined });
