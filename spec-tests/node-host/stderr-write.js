// esid: host-node-stderr-write
// process.stderr.write goes to stderr (the snapshot shows it); stdout keeps its own text.
process.stdout.write('out ');
process.stderr.write('err without newline');
process.stdout.write('done\n');
