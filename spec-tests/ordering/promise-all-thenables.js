// esid: sec-performpromiseall
// Promise.all calls then on thenables and on native promises through Promise.resolve.
const mk = (name, value) => ({
  then(ok) {
    console.log('then of', name);
    ok(value);
  },
});
Promise.all([mk('a', 10), 20, mk('b', 30)]).then(v => console.log('result', v.join(',')));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
