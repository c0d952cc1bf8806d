// esid: host-console-log
// fields of a caught error in a plain object
const out = [];
try { JSON.parse('{bad'); } catch (e) { out.push({ name: e.name, message: e.message }); }
try { null.f(); } catch (e) { out.push({ name: e.name, message: e.message }); }
console.log(out);
