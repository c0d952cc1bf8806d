// esid: host-console-log
// namespace objects inside containers
console.log([Math, JSON]);
console.log({ m: Math });
