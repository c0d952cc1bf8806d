// esid: sec-serializejsonproperty
// toJSON is called with the key; its result is then serialised.
const money = { amount: 5, toJSON(key) { return `${this.amount} EUR (${key})`; } };
console.log(JSON.stringify({ price: money }), JSON.stringify(money), JSON.stringify([money]));
console.log(JSON.stringify({ toJSON() { return undefined; } }), JSON.stringify({ a: { toJSON: () => ({ b: 1 }) } }));
class Pt { constructor(x) { this.x = x; } toJSON() { return [this.x]; } }
console.log(JSON.stringify({ p: new Pt(1) }));
