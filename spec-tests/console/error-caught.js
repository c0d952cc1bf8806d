// esid: host-console-error-caught
// Node's stack frames are compared after dropping its own (node:internal) frames, with paths from the repository root
// errors thrown by the engine and caught
try { null.x; } catch (e) { console.log(e); }
try { undefinedVariable; } catch (e) { console.log(e); }
