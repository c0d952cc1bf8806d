// esid: sec-promise.try
Promise.try((a, b) => a + b, 2, 3).then((v) => console.log('sum', v));
Promise.try(() => { throw new Error('sync throw'); }).catch((e) => console.log('caught', e.message));
Promise.try(() => Promise.resolve('nested')).then((v) => console.log('nested', v));
Promise.try(5).catch((e) => console.log(e.constructor.name + ': ' + e.message));
console.log('sync: callback already ran?');
let ran = false; Promise.try(() => { ran = true; }); console.log(ran);
try { Promise.try.call(1, () => {}); } catch (e) { console.log(e.message); }
