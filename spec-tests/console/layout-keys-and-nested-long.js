// esid: host-console-log
// short objects whose nested arrays push past 80 columns
console.log({ ids: [101, 102, 103, 104, 105], names: ['ann', 'bob', 'cy'], flags: [true, false] });
console.log({ ids: [101, 102, 103, 104, 105, 106], names: ['ann', 'bob', 'cy', 'dee'], flags: [true, false] });
