// esid: sec-newpromisecapability
// NewPromiseCapability(C) calls C with an executor that accepts the functions once.
function Fake(executor) {
  console.log('Fake called with executor of length', executor.length);
  executor(() => console.log('custom resolve'), () => console.log('custom reject'));
  try { executor(() => {}, () => {}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
Promise.resolve.call(Fake, 1);
function Missing(executor) { executor(undefined, undefined); }
try { Promise.resolve.call(Missing, 1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
function Half(executor) { executor(() => {}); }
try { Promise.reject.call(Half, 1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
