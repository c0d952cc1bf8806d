// esid: sec-performpromiseall
// Promise.all over plain values, promises and timers keeps input order in its result.
const delayed = (v, ms) => new Promise(r => setTimeout(() => { console.log('timer', v); r(v); }, ms));
Promise.all([1, Promise.resolve(2), delayed(3, 300), delayed(4, 100), 'five'])
  .then(vals => console.log('all:', vals.join(',')));
console.log('sync');
