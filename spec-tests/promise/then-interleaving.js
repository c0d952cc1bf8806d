// esid: sec-triggerpromisereactions
// Reactions of different promises interleave one job at a time in FIFO order.
const a = Promise.resolve();
const b = Promise.resolve();
a.then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3'));
b.then(() => console.log('b1')).then(() => console.log('b2')).then(() => console.log('b3'));
