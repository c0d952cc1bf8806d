// esid: sec-performpromiseall
// Promise.all accepts any iterable, such as a Set or a generator.
function* gen() { yield 1; yield Promise.resolve(2); yield 3; }
Promise.all(new Set(['x', Promise.resolve('y')])).then(v => console.log('set:', v.join(',')));
Promise.all(gen()).then(v => console.log('gen:', v.join(',')));
Promise.all('ab').then(v => console.log('string:', v.join(',')));
