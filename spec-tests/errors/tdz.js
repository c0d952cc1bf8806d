// esid: sec-declarative-environment-records-getbindingvalue-n-s
// Using a let binding before initialisation: "Cannot access 'x' before initialization".
try { value; } catch (e) { console.log(e.name, e.message); }
let value = 1;
function later() { return late; }
try { later(); } catch (e) { console.log(e.name, e.message); }
let late = 2;
console.log(later());
{
  console.log('uncaught next');
  inner;
  let inner = 3;
}
