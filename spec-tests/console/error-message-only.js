// esid: host-console-log
// error messages and names read directly are identical to Node
try { null.x; } catch (e) { console.log(e.name + ': ' + e.message); }
try { const x = 1; x(); } catch (e) { console.log(String(e)); }
console.log([String(new RangeError('r'))]);
