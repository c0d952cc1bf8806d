// esid: sec-async-functions-abstract-operations-async-function-start
// Returning a rejected promise rejects the async function's promise; try/catch does not see it without await.
async function noAwait() {
  try {
    return Promise.reject(new Error('escaped'));
  } catch (e) {
    console.log('inner catch (no await)', e.message);
  }
}
async function withAwait() {
  try {
    return await Promise.reject(new Error('caught here'));
  } catch (e) {
    console.log('inner catch (await)', e.message);
    return 'recovered';
  }
}
noAwait().then(v => console.log('ok', v), e => console.log('outer got', e.message));
withAwait().then(v => console.log('ok', v), e => console.log('outer got', e.message));
