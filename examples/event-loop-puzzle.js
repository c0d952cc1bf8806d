// The event-loop puzzle: sync code, a timer, a resolved promise's then and two nested async
// functions. Everything before an await runs at once; the rest waits for the microtask queue,
// and the timer comes last. The recorded numbers read 5,1,3,6,4,2.

const seen = [];

setTimeout(() => {
  console.log('order:', seen.join(','));
}, 0);

async function lower() {
  seen.push(3);
  await Promise.resolve();
}

async function upper() {
  seen.push(1);
  await lower();
  seen.push(2);
}

seen.push(5);
upper();
Promise.resolve().then(() => seen.push(4));
seen.push(6);
console.log('sync part:', seen.join(','));
