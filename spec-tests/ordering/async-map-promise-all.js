// esid: sec-performpromiseall
// Promise.all over an async map: every call starts synchronously, results keep input order.
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function work(id) {
  console.log('start', id);
  await sleep(400 - id * 100);
  console.log('end', id);
  return id * id;
}
Promise.all([1, 2, 3].map(work)).then(v => console.log('results', v.join(',')));
console.log('all started');
