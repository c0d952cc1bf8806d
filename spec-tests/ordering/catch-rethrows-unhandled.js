// esid: sec-host-promise-rejection-tracker
// A catch handler that throws creates a new rejection nobody handles: exit 1 after the drain.
Promise.reject('first')
  .catch(e => {
    console.log('caught', e);
    throw new Error('rethrown from catch');
  });
setTimeout(() => console.log('timer never runs'), 0);
