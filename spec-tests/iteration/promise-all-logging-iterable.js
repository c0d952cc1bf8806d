// esid: sec-performpromiseall
// Promise.all drains a logging iterable synchronously, calling Promise.resolve for each value.
let i = 0;
const it = {
  [Symbol.iterator]() { console.log('@@iterator'); return this; },
  next() { i++; console.log('next', i); return { value: i * 10, done: i > 3 }; },
  return() { console.log('return'); return {}; },
};
const p = Promise.all(it);
console.log('Promise.all returned');
p.then(v => console.log('values', v.join(',')));
