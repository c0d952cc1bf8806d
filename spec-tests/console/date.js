// esid: host-console-date
// Dates print as their ISO string, inside containers too; an invalid date as Invalid Date.
const d = new Date(0);
console.log(d);
console.log([d, new Date(86400000)]);
console.log({ when: d, nested: { at: new Date(1700000000000) } });
console.log(new Date(NaN));
class Stamp extends Date {}
console.log(new Stamp(0));
