// esid: sec-regexpbuiltinexec
// RegExpBuiltinExec with lastIndex (§22.2.7.2): the classic exec loop.
const re = /(\w)(\d)/g;
const s = "a1 b2 c3";
let m;
while ((m = re.exec(s)) !== null) {
  console.log(m[0], m[1], m[2], m.index, re.lastIndex);
}
console.log(re.lastIndex);
const once = /o/;
once.lastIndex = 5;
console.log(once.exec("foo").index, once.lastIndex);
console.log(/x/.exec("abc"), /b/.exec("abc"));
const r2 = /a/g;
console.log(r2.test("aa"), r2.lastIndex, r2.test("aa"), r2.lastIndex, r2.test("aa"), r2.lastIndex);
