// esid: sec-try-statement-runtime-semantics-evaluation
// A throw in try is discarded by a return in finally, also across awaits.
async function f() {
  try {
    await null;
    throw new Error('lost');
  } finally {
    await null;
    return 'finally wins';
  }
}
f().then(v => console.log('resolved', v), e => console.log('rejected', e.message));
