// esid: sec-regexpbuiltinexec
// Named capture groups: groups objects have a null prototype.
const m = /(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/.exec("on 2024-06 ok");
console.log(m);
console.log(m.groups.year, m.groups.day, Object.getPrototypeOf(m.groups));
const { groups: { month } } = m;
console.log(month);
console.log(/(?<a>x)|(?<b>y)/.exec("y").groups);
console.log(/\k<w>(?<w>a)/.exec("aa")[0], /(?<w>a)\k<w>/.exec("aa")[0]);
