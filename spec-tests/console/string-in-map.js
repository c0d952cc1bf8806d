// esid: host-console-log
// strings as map keys and set values are quoted
console.log(new Map([["it's", 'ok']]));
console.log(new Set(['a\nb']));
