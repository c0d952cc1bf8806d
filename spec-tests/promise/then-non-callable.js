// esid: sec-performpromisethen
// Non-callable handlers become empty: the value or reason passes through.
Promise.resolve(7).then(1, 2).then('x').then((v) => console.log('value', v));
Promise.reject(8).then(null, {}).catch((e) => console.log('reason', e));
