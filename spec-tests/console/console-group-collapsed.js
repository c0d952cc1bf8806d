// esid: host-console-group
// groupCollapsed indents like group
console.groupCollapsed('collapsed', 1, { x: 1 });
console.log('inside');
console.info('info inside');
console.debug('debug inside');
console.groupEnd();
console.log('out');
