// esid: host-node-process-exit-skips-finally
// process.exit(2) inside try: neither catch nor finally runs; 'exit' listeners do.
process.on('exit', (code) => console.log('exit event', code));
function f() {
  try {
    console.log('in try');
    process.exit(2);
  } catch (e) {
    console.log('catch (never)');
  } finally {
    console.log('finally (never)');
  }
}
f();
console.log('after f (never)');
