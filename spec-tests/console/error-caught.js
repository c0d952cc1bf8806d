// esid: host-console-error-caught
// node-differs: Node prints the stack frames ("    at …" lines naming files); mini-js has none
// errors thrown by the engine and caught
try { null.x; } catch (e) { console.log(e); }
try { undefinedVariable; } catch (e) { console.log(e); }
