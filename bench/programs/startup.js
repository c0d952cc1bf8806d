// Startup: creating the engine and its realm, then one line of output.
console.log('ready', typeof Promise, [1, 2, 3].length);
