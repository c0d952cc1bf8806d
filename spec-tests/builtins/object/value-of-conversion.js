// esid: sec-ordinarytoprimitive
// ToPrimitive: valueOf before toString for numbers, the reverse for strings, Symbol.toPrimitive first.
const log = [];
const o = {
  valueOf() { log.push('valueOf'); return 10; },
  toString() { log.push('toString'); return 'str'; },
};
console.log(o * 2, `${o}`, o + '', String(o), [o] + '');
console.log(log.join(','));
const bad = { valueOf() { return {}; }, toString() { return {}; } };
try { bad + 1; } catch (e) { console.log(e.name, e.message); }
const tp = { [Symbol.toPrimitive](hint) { return hint; } };
console.log(`${tp}`, tp + '', +{ [Symbol.toPrimitive]: () => '7' });
console.log(Object.create(null) === null ? 0 : typeof String([null, undefined, 1]));
