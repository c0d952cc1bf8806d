// esid: host-console-log
// an object of objects at the depth limit
const big = {};
for (let i = 0; i < 5; i++) big['key' + i] = { nested: { deeper: [i, i + 1] } };
console.log(big);
console.log([[1, 2, [3, 4, [5, [6]]]], { x: { y: { z: { w: 1 } } } }]);
