// esid: sec-array.prototype.join
// join with default and custom separators; null/undefined become empty strings.
const a = [1, null, 'x', undefined, [2, 3], true];
console.log(a.join(), a.join(''), a.join(' - '), a.join(undefined));
console.log([].join(), [1].join('!'), [, ,].join('.'));
console.log(String([1, [2, [3]]]), [1, 2].toString(), `${[]}`);
const cyc = [1];
cyc.push(cyc);
console.log(cyc.join(','));
