// esid: host-console-log
// broken entries are indented by two spaces per level
const long = 'a fairly long string value that takes up space';
console.log({ first: long, second: { inner: long, more: { deepest: long } } });
