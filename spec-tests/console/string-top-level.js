// esid: host-console-log
// strings given to console.log directly print raw
console.log('plain');
console.log("it's", 'say "hi"');
console.log('line1\nline2');
console.log('');
