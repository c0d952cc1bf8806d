// esid: host-console-format-c
// %c consumes a CSS argument and prints nothing
console.log('%cred', 'color: red');
console.log('a%cb%cc', 'x', 'y');
