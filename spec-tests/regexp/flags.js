// esid: sec-get-regexp.prototype.flags
// The flag getters and flags (§22.2.6.4 and following).
const re = new RegExp("a", "dgimsuy");
console.log(re.flags, re.global, re.ignoreCase, re.multiline, re.dotAll);
console.log(re.unicode, re.sticky, re.hasIndices, re.unicodeSets);
console.log(new RegExp("a", "v").flags, new RegExp("a", "v").unicodeSets);
console.log(RegExp.prototype.flags, RegExp.prototype.source, RegExp.prototype.global);
console.log(Object.getOwnPropertyNames(RegExp.prototype).sort().join());
try {
  Object.getOwnPropertyDescriptor(RegExp.prototype, "global").get.call({});
} catch (e) {
  console.log(e.constructor.name);
}
const fake = { global: true, sticky: 1, unicode: "" };
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get.call(fake));
