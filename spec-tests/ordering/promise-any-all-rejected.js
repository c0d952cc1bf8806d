// esid: sec-performpromiseany
// Promise.any with only rejections rejects with an AggregateError listing reasons in input order.
Promise.any([Promise.reject('r1'), new Promise((_, no) => setTimeout(() => no('r2'), 5)), Promise.reject('r3')])
  .catch(e => {
    console.log(e.constructor.name, e instanceof Error);
    console.log(e.errors.join(','));
  });
Promise.any([]).catch(e => console.log('empty:', e.constructor.name, e.errors.length));
