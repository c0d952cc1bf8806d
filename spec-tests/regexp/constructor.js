// esid: sec-regexp-pattern-flags
// RegExp ( pattern, flags ) (§22.2.4.1)
const re = /a/g;
console.log(RegExp(re) === re, new RegExp(re) === re, RegExp(re, "i") === re);
console.log(new RegExp(re, "y"), new RegExp("a/b"), new RegExp("\n").source, new RegExp().source);
console.log(RegExp("x", undefined).flags, String(new RegExp(undefined)), new RegExp(null));
const like = { [Symbol.match]: true, source: "src", flags: "m", constructor: RegExp };
console.log(RegExp(like), RegExp(like) === like);
class Sub extends RegExp {
  exec(s) {
    console.log("Sub exec", s);
    return super.exec(s);
  }
}
const sub = new Sub("b+", "g");
console.log(sub, sub instanceof RegExp, sub.test("abbc"), sub.lastIndex);
console.log(RegExp[Symbol.species] === RegExp, RegExp.length, RegExp.name);
console.log(/x/.compile("y+", "g"), RegExp.prototype.toString.call({ source: "S", flags: "F" }));
