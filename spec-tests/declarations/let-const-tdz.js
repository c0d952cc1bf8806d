// esid: sec-let-and-const-declarations
// let/const bindings exist from the start of their scope but are uninitialised (TDZ).
function readBefore() {
  try { return before; } catch (e) { return `${e.name}: ${e.message}`; } finally {}
  let before = 1;
}
console.log(readBefore());
try { typeof tdz; let tdz = 1; } catch (e) { console.log(`${e.name}: ${e.message}`); }
const shadow = 'outer';
{
  try { console.log(shadow); } catch (e) { console.log(e.name); }
  const shadow = 'inner';
  console.log(shadow);
}
function useLater() { return later; }
let later = 'initialised';
console.log(useLater());
let undef;
console.log(undef);
try { let self = self + 1; } catch (e) { console.log(e.message); }
