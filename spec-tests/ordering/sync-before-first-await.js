// esid: sec-async-functions-abstract-operations-async-function-start
// An async function without any await completes synchronously; its promise settles later.
const order = [];
async function noAwait(tag) {
  order.push('body ' + tag);
  return tag;
}
const p = noAwait('x');
order.push('after call');
p.then(v => order.push('then ' + v));
order.push('after then');
setTimeout(() => console.log(order.join(' | ')), 0);
