// esid: sec-tagged-templates
// Tag functions receive cooked strings, raw strings and substitution values.
function tag(strings, ...values) {
  return JSON.stringify({ strings: [...strings], raw: strings.raw, values });
}
console.log(tag`a${1}b${2}c`);
console.log(tag`${'only'}`);
console.log(tag`line\nbreak \u0041`);
function first(s) { return s; }
const call = () => first`same`;
console.log(call() === call(), Object.isFrozen(call()), Array.isArray(call().raw));
const obj = { m(s, v) { return this.name + s[0] + v; }, name: 'obj' };
console.log(obj.m`:${5}`);
console.log(((s) => s.length)`x${1}y${2}z${3}`);
function bad(s) { return [s[0], s.raw[0]]; }
console.log(bad`\unicode`);
