// esid: sec-literals-string-literals
// Escape sequences in single- and double-quoted string literals.
console.log('it\'s', "say \"hi\"");
console.log('tab[\t]'.length, 'nl[\n]'.length);
console.log('\x41\x42', '\u0043', '\u{44}', '\u{1F600}'.length);
console.log('a\
b');
console.log('\0'.charCodeAt(0), '\v'.charCodeAt(0), '\f'.charCodeAt(0), '\b'.charCodeAt(0));
console.log('\q\w' === 'qw');
console.log("back\\slash".length);
console.log('\r'.charCodeAt(0));
