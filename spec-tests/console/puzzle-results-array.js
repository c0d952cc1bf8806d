// esid: host-console-log
// an array of results collected in order
const results = [];
for (const x of ['a', 'b', 'c']) results.push(x + ':done');
console.log(results);
console.log('order:', results.join(' -> '));
