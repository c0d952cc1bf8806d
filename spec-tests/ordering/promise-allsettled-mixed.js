// esid: sec-performpromiseallsettled
// Promise.allSettled reports each outcome in input order.
const items = [
  Promise.resolve('a'),
  Promise.reject('b'),
  'c',
  new Promise(r => setTimeout(() => r('d'), 10)),
  { then(_, no) { no('e'); } },
];
Promise.allSettled(items).then(results => {
  for (const r of results) {
    console.log(r.status, 'value' in r ? r.value : r.reason);
  }
});
