// esid: host-console-log
// functions without a name print as [Function (anonymous)]
console.log(function () {});
console.log(() => {});
console.log([function () {}, () => {}]);
