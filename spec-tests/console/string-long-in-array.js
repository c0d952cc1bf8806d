// esid: host-console-log
// long strings without line breaks are never split
console.log(['x'.repeat(100)]);
console.log({ k: 'y'.repeat(90) });
