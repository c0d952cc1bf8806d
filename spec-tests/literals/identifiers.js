// esid: sec-names-and-keywords
// Identifier names: $, _, unicode letters, escapes, and reserved words as property names.
const $ = 1, _ = 2, café = 3, \u0061bc = 4;
console.log($, _, café, abc);
const o = { if: 1, class: 2, new: 3, typeof: 4 };
console.log(o.if + o.class + o.new + o.typeof);
let let_ = 'ok';
console.log(let_);
var yield_ = 5; console.log(yield_);
