// esid: host-console-log
// maps, sets, arrays and objects at and beyond the depth limit
console.log([[new Map([[1, { a: { b: 1 } }]])]]);
console.log([[[new Set([{ a: 1 }])]]]);
console.log([[[new Map()]]], [[[new Set()]]], [[[[]]]], [[[{}]]]);
console.log({ a: [[[1, 2, [3]]]] });
