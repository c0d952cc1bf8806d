// esid: host-node-stdout-write
// process.stdout.write prints its string as it is: no newline is added, none at the end either.
process.stdout.write('a');
process.stdout.write('b\n');
const r = process.stdout.write('c ');
console.log(r);
setTimeout(() => process.stdout.write('last, with no newline'), 1);
