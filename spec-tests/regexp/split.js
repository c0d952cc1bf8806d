// esid: sec-regexp.prototype-%symbol.split%
// @@split (§22.2.6.14): captures are spliced in, limit applies, species is used.
console.log("a, b,c ,d".split(/\s*,\s*/));
console.log("a1b2c3".split(/(\d)/), "a1b2c3".split(/\d/, 2));
console.log("abc".split(/(?:)/), "".split(/x/), "".split(/(?:)/));
console.log("test".split(/(t)?/));
console.log("💩a💩".split(/(?:)/u).length, "💩a💩".split(/(?:)/).length);
class MyRegExp extends RegExp {
  static get [Symbol.species]() {
    console.log("species read");
    return RegExp;
  }
}
console.log("x-y".split(new MyRegExp("-")));
