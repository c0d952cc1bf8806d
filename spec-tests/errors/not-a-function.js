// esid: sec-evaluatecall
// Calling a non-callable throws TypeError "x is not a function".
const x = 42;
const o = { p: 'str' };
try { x(); } catch (e) { console.log(e.name, e.message); }
try { o.p(); } catch (e) { console.log(e.name, e.message); }
try { o.q(); } catch (e) { console.log(e.name, e.message); }
try { o['p'](); } catch (e) { console.log(e.name, e.message); }
console.log('then uncaught');
x();
