// esid: sec-return-statement
// return without value yields undefined; return exits loops and switches.
function none() { return; }
function noReturn() {}
function fromLoop() { for (let i = 0; ; i++) if (i * i > 50) return i; }
function fromSwitch(k) { switch (k) { case 'a': return 1; default: return 2; } }
console.log(none(), noReturn(), fromLoop(), fromSwitch('a'), fromSwitch('z'));
function asi() {
  return
  42;
}
console.log(asi());
