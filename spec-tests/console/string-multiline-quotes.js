// esid: host-console-log
// each piece of a split string chooses its own quotes
console.log(["it's the first line, which is quite long\nand the second line is long too"]);
