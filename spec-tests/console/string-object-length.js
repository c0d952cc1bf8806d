// esid: host-console-log
// strings near the 16-character split threshold
console.log(['0123456789abcde\n']);
console.log(['0123456789abcdef\n']);
console.log(['a\n'.repeat(40)]);
