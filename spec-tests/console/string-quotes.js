// esid: host-console-log
// quotes: single, else double, else backtick, else escaped single
console.log(['plain']);
console.log(["it's"]);
console.log(['it\'s "quoted"']);
console.log(['it\'s "quoted" `tick`']);
console.log(['it\'s "quoted" ${x}']);
console.log(['"only double"']);
