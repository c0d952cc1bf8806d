// esid: sec-getfunctionrealm
// GetPrototypeFromConstructor reaches GetFunctionRealm, which throws for a revoked proxy.
var handle = Proxy.revocable(function() {}, { get() { handle.revoke(); } });
try { new handle.proxy(); } catch (e) { console.log(e.constructor.name, e.message); }
var h3 = Proxy.revocable(function () {}, { get() { h3.revoke(); } });
try { Reflect.construct(Array, [], h3.proxy); } catch (e) { console.log(e.constructor.name, e.message); }
try { Reflect.construct(Promise, [() => {}], h3.proxy); } catch (e) { console.log(e.constructor.name, e.message); }
var h4 = Proxy.revocable(function () {}, { get() { h4.revoke(); } });
class D extends Object {}
try { Reflect.construct(D, [], h4.proxy); } catch (e) { console.log(e.constructor.name, e.message); }
