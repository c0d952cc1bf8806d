// Invalid flags in a literal are an early SyntaxError.
console.log("never printed");
const re = /a/gg;
