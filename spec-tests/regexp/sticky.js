// esid: sec-regexpbuiltinexec
// The sticky flag: a match must start exactly at lastIndex.
const re = /foo/y;
console.log(re.test("foofoo"), re.lastIndex, re.test("foofoo"), re.lastIndex, re.test("foofoo"), re.lastIndex);
const y = /b/y;
console.log(y.exec("abc"), y.lastIndex);
y.lastIndex = 1;
console.log(y.exec("abc")[0], y.lastIndex);
console.log("aaXa".replace(/a/gy, "-"), "x-y".split(/-/y));
const tokens = [];
const lexer = /\s*(\d+|[+*()-])/y;
let m;
while ((m = lexer.exec("12 + (3*4)")) !== null) tokens.push(m[1]);
console.log(tokens);
