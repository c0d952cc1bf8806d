// esid: host-console-log
// non-ASCII characters print as they are
console.log(['héllo', '日本語', 'emoji 🎉', 'Ω']);
console.log({ 'ключ': 'значение' });
