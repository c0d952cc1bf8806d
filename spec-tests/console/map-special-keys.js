// esid: host-console-log
// NaN, -0, undefined and null as map keys and values
console.log(new Map([[NaN, -0], [undefined, null]]));
console.log(new Set([NaN, -0, undefined]));
