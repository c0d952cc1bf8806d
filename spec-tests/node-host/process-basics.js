// esid: host-node-process-object
// process.argv starts with the runtime and the script; env is an object; on() chains.
console.log(Array.isArray(process.argv), process.argv.length, process.argv.slice(2));
console.log(typeof process.env, typeof process.env.NO_SUCH_VARIABLE_MINI_JS);
console.log(process.on('exit', () => {}) === process);
console.log(typeof process.nextTick, typeof process.stdout.write, typeof process.exit);
console.log(process.listenerCount('exit'));
