// esid: sec-privatemethodoraccessoradd
// Private methods and accessors.
class Account {
  #balance = 0;
  #log = [];
  #record(kind, amt) { this.#log.push(kind + amt); }
  get #summary() { return this.#log.join(','); }
  deposit(n) { this.#balance += n; this.#record('+', n); return this; }
  withdraw(n) {
    if (n > this.#balance) throw new RangeError('insufficient');
    this.#balance -= n; this.#record('-', n); return this;
  }
  report() { return `${this.#balance} [${this.#summary}]`; }
  static isAccount(o) { return #balance in o; }
}
const a = new Account().deposit(50).withdraw(20);
console.log(a.report());
try { a.withdraw(100); } catch (e) { console.log(e.name, e.message); }
console.log(Account.isAccount(a), Account.isAccount({}), Object.keys(a).length);
