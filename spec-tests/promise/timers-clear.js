// esid: sec-jobs
const a = setTimeout(() => console.log('a must not run'), 5);
clearTimeout(a);
const b = setTimeout(() => console.log('b must not run'), 10);
setTimeout(() => { console.log('clearing b from a timer'); clearTimeout(b); }, 5);
const c = setTimeout(() => console.log('c cleared by number'), 15);
clearTimeout(+c);
clearTimeout(undefined); clearTimeout(null); clearTimeout('nope'); clearTimeout({});
setTimeout(() => console.log('d runs'), 20);
console.log(typeof a, typeof +a);
