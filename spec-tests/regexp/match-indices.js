// esid: sec-makematchindicesindexpairarray
// The d flag: match indices (§22.2.7.8).
const m = /a(?<z>b)?(c)/d.exec("xxacabc");
console.log(m.indices, m.indices.groups);
console.log(/(x)?y/d.exec("y").indices);
