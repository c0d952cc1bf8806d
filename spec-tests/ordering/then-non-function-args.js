// esid: sec-performpromisethen
// then with non-function arguments passes values and reasons straight through.
Promise.resolve('passed').then(null).then(undefined, 5).then(v => console.log('value', v));
Promise.reject('reason').then(42).catch('nope').then(null, e => console.log('reason', e));
