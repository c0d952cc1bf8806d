// esid: host-console-log
// private-use characters print as they are
console.log(['\uE000', { a: '\uE000x', b: '\uE001' }]);
