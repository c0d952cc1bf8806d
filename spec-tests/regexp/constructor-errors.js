// esid: sec-regexpinitialize
// new RegExp with a bad pattern or flags throws a SyntaxError at run time.
for (const [p, f] of [["(", ""], ["a", "gg"], ["a", "uv"], ["[b-a]", ""], ["*", ""], ["a)", ""], ["\\", ""], ["(?<n>a)(?<n>b)", ""], ["a", "x"]]) {
  try {
    new RegExp(p, f);
    console.log("ok", p, f);
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
try {
  RegExp.prototype.exec.call({}, "a");
} catch (e) {
  console.log(e.name);
}
