// esid: host-console-count
// resetting an unknown label only warns on stderr
console.countReset('nope');
console.log('after');
