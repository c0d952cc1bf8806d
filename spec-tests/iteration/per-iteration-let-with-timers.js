// esid: sec-createperiterationenvironment
// Each timer callback sees its own iteration's let binding; the var version sees the final value.
for (let i = 0; i < 3; i++) setTimeout(() => console.log('let', i), 0);
for (var j = 0; j < 3; j++) setTimeout(() => console.log('var', j), 0);
