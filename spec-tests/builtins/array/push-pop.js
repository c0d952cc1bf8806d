// esid: sec-array.prototype.push
// push returns the new length; pop removes and returns the last element.
const a = [1];
console.log(a.push(2, 3), a);
console.log(a.pop(), a.pop(), a, a.length);
console.log([].pop(), [].push());
const like = { length: 1, 0: 'x' };
Array.prototype.push.call(like, 'y');
console.log(like.length, like[1]);
