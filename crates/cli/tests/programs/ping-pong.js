// Two async functions awaiting in turn interleave one tick at a time.
async function ping() {
  for (let i = 0; i < 3; i++) {
    console.log('ping', i);
    await null;
  }
}
async function pong() {
  for (let i = 0; i < 3; i++) {
    console.log('pong', i);
    await null;
  }
}
ping();
pong();
