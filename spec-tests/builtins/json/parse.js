// esid: sec-json.parse
// JSON.parse of valid texts and SyntaxError for invalid ones.
console.log(JSON.parse('1'), JSON.stringify(JSON.parse('"s\\u0041\\n"')), JSON.parse('null'), JSON.parse(' true '));
const o = JSON.parse('{"b":1,"a":[1,2,{"c":null}],"2":"two","__proto__":5}');
console.log(Object.keys(o), o.a[2].c, o.__proto__, Object.getPrototypeOf(o) === Object.prototype);
console.log(JSON.parse('[]').length, JSON.parse('{"a":1,"a":2}').a, JSON.parse('-0'), JSON.parse('1e2'), JSON.parse('-1.5E-1'));
for (const bad of ["{'a':1}", '[1,]', '01', 'NaN', '', '{"a" 1}', 'undefined', '"\t"', '.5', '1.']) {
  try { JSON.parse(bad); console.log('parsed', bad); } catch (e) { console.log(e.name); }
}
