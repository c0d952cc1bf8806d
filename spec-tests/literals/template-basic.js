// esid: sec-template-literals
// Template literals with substitutions, nesting and line breaks.
const n = 3;
console.log(`n=${n}`);
console.log(`${n}${n}`, `${n + 1}`);
console.log(`a
b`.length);
console.log(`nested ${`inner ${n * 2}`}`);
console.log(`${[1, 2]}|${{}}|${null}|${undefined}`);
console.log(`\${n}`, `\``);
console.log(typeof `x`);
