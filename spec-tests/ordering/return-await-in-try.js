// esid: sec-try-statement-runtime-semantics-evaluation
// `return await` inside try lets the catch see a rejection; plain `return` does not.
const fail = () => Promise.reject(new Error('fail'));
async function withAwait() {
  try { return await fail(); } catch (e) { return 'caught inside'; }
}
async function without() {
  try { return fail(); } catch (e) { return 'caught inside'; }
}
withAwait().then(v => console.log('with await:', v));
without().then(v => console.log('without:', v), e => console.log('without rejected:', e.message));
