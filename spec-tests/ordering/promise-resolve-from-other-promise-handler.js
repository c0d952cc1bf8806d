// esid: sec-newpromiseresolvethenablejob
// Resolving one promise with another that is still pending waits for it.
let openGate;
const gate = new Promise(r => { openGate = r; });
const follower = new Promise(r => r(gate));
follower.then(v => console.log('follower got', v));
setTimeout(() => { console.log('opening'); openGate('gate value'); }, 10);
