// Language tabs: choosing a language shows it in every example of the page that has it.
document.addEventListener("click", function (event) {
  var tab = event.target.closest('[role="tab"]');
  if (!tab) return;
  var language = tab.dataset.language;
  document.querySelectorAll(".example.tabbed").forEach(function (example) {
    if (!example.querySelector('[role="tab"][data-language="' + language + '"]')) return;
    example.querySelectorAll('[role="tab"]').forEach(function (other) {
      other.setAttribute("aria-selected", String(other.dataset.language === language));
    });
    example.querySelectorAll('[role="tabpanel"]').forEach(function (panel) {
      panel.hidden = panel.dataset.language !== language;
    });
  });
});
