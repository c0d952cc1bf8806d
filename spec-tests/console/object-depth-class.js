// esid: host-console-log
// instances beyond the depth print as [ClassName]
class Node2 { constructor(next) { this.next = next; } }
console.log(new Node2(new Node2(new Node2(new Node2(null)))));
console.log({ a: { b: { m: new Map([[1, 2]]), s: new Set([1]) } } });
