// esid: sec-getsubstitution
// GetSubstitution (§22.1.3.19.1): $$, $&, $`, $', $n, $nn, $<name>.
const s = "John Smith";
console.log(s.replace(/(\w+)\s(\w+)/, "$2, $1"));
console.log(s.replace(/o/, "[$&]"), s.replace(/o/, "[$`]"), s.replace(/o/, "[$']"));
console.log(s.replace(/o/, "$$"), s.replace(/o/, "$0"), s.replace(/(o)/, "$01"), s.replace(/(o)/, "$10"));
console.log(s.replace(/(o)/, "$2"), s.replace(/(?<v>o)/, "<$<v>>"), s.replace(/(o)/, "$<v>"));
console.log("abc".replace(/b/g, "$'$`"), "aaa".replaceAll(/a/g, "$&-"));
console.log("a.b.c".replaceAll(".", "!"), "x".replace(/(y)?x/, "[$1]"));
