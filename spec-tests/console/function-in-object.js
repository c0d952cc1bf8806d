// esid: host-console-log
// functions as values of properties
console.log({ onClick() {}, handler: function () {}, arrow: () => {} });
console.log({ f: function named() {} });
