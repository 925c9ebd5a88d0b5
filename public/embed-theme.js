// Runs before first paint in an embed: applies ?theme=light|dark (anything else: the system's).
(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
})();
