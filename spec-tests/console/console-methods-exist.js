// esid: host-console-methods
// the console methods mini-js provides
const names = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'trace', 'assert', 'count', 'countReset', 'group', 'groupCollapsed', 'groupEnd'];
console.log(names.map((n) => typeof console[n]));
console.log(console.log.name, console.groupEnd.name);
