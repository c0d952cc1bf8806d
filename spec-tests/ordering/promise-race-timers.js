// esid: sec-promise.race
// Promise.race against a timeout: whichever timer fires first decides.
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
const timeout = (ms) => new Promise((_, no) => setTimeout(() => no(new Error('timeout after ' + ms)), ms));
async function attempt(work, limit) {
  try {
    const v = await Promise.race([sleep(work, 'done in ' + work), timeout(limit)]);
    console.log('ok', v);
  } catch (e) {
    console.log('fail', e.message);
  }
}
attempt(100, 500);
attempt(800, 400);
