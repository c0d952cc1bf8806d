// esid: sec-automatic-semicolon-insertion
// Automatic semicolon insertion at line breaks, and where it does not apply.
let a = 1
let b = 2
console.log(a + b)
let c = a
++b
console.log(c, b)
const f = function () { return 'f' }
const g = 'g'
;[1, 2].forEach((n) => console.log(n))
let d = 5
-1
console.log(d)
