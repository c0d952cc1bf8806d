// esid: sec-array.prototype.entries
// keys, values and entries produce iterators consumed here by spread.
const a = ['x', 'y'];
console.log([...a.keys()], [...a.values()]);
console.log(JSON.stringify([...a.entries()]));
console.log([...[, 'b'].keys()], [...[, 'b'].values()]);
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values);
