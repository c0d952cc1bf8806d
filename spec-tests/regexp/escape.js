// esid: sec-regexp.escape
// RegExp.escape (§22.2.5.1) and EscapeRegExpPattern (source).
console.log(RegExp.escape("Hello. World?"), RegExp.escape("1+1=2"), RegExp.escape("a\nb c"));
console.log(new RegExp(RegExp.escape("(x)[y]")).test("(x)[y]"));
try {
  RegExp.escape(1);
} catch (e) {
  console.log(e.name);
}
console.log(new RegExp("/", "g").source, new RegExp("[/]").source, String(new RegExp("\r\u2028")));
