// esid: host-console-log
// a cycle back to the top from deep inside
const top = { level: 0, child: { level: 1, child: { level: 2 } } };
top.child.child.back = top;
console.log(top);
const arr = [[[]]];
arr[0][0].push(arr);
console.log(arr);
