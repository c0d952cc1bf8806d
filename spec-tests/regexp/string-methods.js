// esid: sec-isregexp
// String methods that check IsRegExp or dispatch through the Symbol methods.
for (const m of ["includes", "startsWith", "endsWith"]) {
  try {
    "abc"[m](/b/);
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
const notRe = /b/;
notRe[Symbol.match] = false;
console.log("a/b/c".includes(notRe));
const rep = { [Symbol.replace]: (s, r) => `${s}:${r}` };
console.log("str".replace(rep, "R"), "str".replaceAll(rep, "R"));
const spl = { [Symbol.split]: (s, lim) => [s, lim] };
console.log("str".split(spl, 3));
console.log("a-b_c".split(/[-_]/), "camelCaseString".replace(/([A-Z])/g, " $1").toLowerCase());
