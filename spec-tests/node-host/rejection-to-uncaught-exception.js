// esid: host-node-unhandled-rejection-as-uncaught-exception
// With no 'unhandledRejection' listener the rejection becomes an uncaught exception; an
// 'uncaughtException' listener gets it with origin 'unhandledRejection'.
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err instanceof Error, err.message.includes('"plain"') || err.message);
});
Promise.reject(new Error('an error'));
Promise.reject('plain');
setTimeout(() => console.log('still running'), 1);
