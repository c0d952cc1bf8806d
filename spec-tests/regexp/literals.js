// esid: sec-primary-expression-regular-expression-literals-runtime-semantics-evaluation
// RegularExpressionLiteral (§13.2.7): each evaluation makes a new object.
const make = () => /ab+c/gi;
console.log(make(), make() === make(), make().lastIndex);
console.log(/[/]/.source, /\//.source, /a/.constructor === RegExp);
if (true) /'/.test("'") && console.log("a quote inside a regex after a statement head");
console.log([/x/, { re: /y/m }], typeof /z/);
// `/` after `)` of an if head starts a regex (InputElementRegExp).
if (true) /re/g.test("re") && console.log("regex after if");
// Division stays division.
const a = 10, b = 2, g = 5;
console.log(a / b / g, a /b/ g, (a) / 2);
console.log(`${/t/}`, String(/u/y), /x/ + "");
