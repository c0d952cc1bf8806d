// esid: sec-regexpbuiltinexec
// The u and v flags: code points, surrogate pairs, property escapes.
console.log(/^.$/.test("💩"), /^.$/u.test("💩"), "💩".match(/./gu), "💩".match(/./g).length);
console.log(/\u{1F4A9}/u.test("💩"), /\p{Lu}+/u.exec("abcDEFghi")[0], /\p{Script=Greek}/u.test("α"));
console.log(/[\p{L}--[a-z]]/v.test("A"), /[\p{L}--[a-z]]/v.test("a"));
const g = /(?:)/gu;
g.lastIndex = 1;
console.log(g.exec("💩").index, g.lastIndex);
console.log("aé".replace(/é/iu, "E"), /ǅ/i.test("ǆ"));
