// esid: host-console-streams
// warn, error and trace go to stderr; log, info, debug to stdout
console.log('log');
console.info('info');
console.debug('debug');
console.warn('warn');
console.error('error');
console.trace('trace');
console.log('end');
