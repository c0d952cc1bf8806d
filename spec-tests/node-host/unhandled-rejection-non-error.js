// esid: host-node-unhandled-rejection-non-error
// A rejection with a value that is not an error ends the run with Node's
// UnhandledPromiseRejection (see the stderr snapshot) and status 1.
console.log('before');
Promise.reject({ reason: 42 });
