// esid: host-node-rejection-handled-warning
// With no 'rejectionHandled' listener a late handler makes Node print a
// PromiseRejectionHandledWarning on stderr (see the snapshot), with the rejection's id:
// ids are given when a promise is rejected without a handler, so the rejection handled in
// time still uses up id 1 and the late one is id 2.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
Promise.reject('in time').catch((r) => console.log('caught', r));
const late = Promise.reject('late');
setTimeout(() => {
  late.catch((r) => console.log('caught', r));
  setTimeout(() => console.log('the run goes on'), 10);
}, 10);
