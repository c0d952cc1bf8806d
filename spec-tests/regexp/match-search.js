// esid: sec-string.prototype.match
// String.prototype.match and search (§22.1.3.13, §22.1.3.22).
console.log("The Quick Brown".match(/[A-Z]/g), "abc".match(/x/g), "abc".match(/x/));
console.log("abc".match(/b/), "a.c".match("."), "abc".match());
console.log("hello".search(/l+/), "hello".search("z"));
try {
  "a+b".search("+");
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const re = /l/g;
re.lastIndex = 3;
console.log("hello".search(re), re.lastIndex);
const custom = { [Symbol.match]: (s) => `custom match of ${s}` };
console.log("xyz".match(custom));
