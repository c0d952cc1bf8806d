// esid: host-console-log
// lone surrogates are escaped as \uXXXX
console.log(['\ud800', 'a\udc00b', '\ud83d\ude00']);
