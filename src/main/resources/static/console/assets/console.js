// nq57-sync console: small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // A "select all" checkbox ticks or clears every checkbox of the named group in its form.
  document.querySelectorAll("input[data-select-all]").forEach(function (all) {
    all.addEventListener("change", function () {
      var name = all.getAttribute("data-select-all");
      all.form.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
        box.checked = all.checked;
      });
    });
  });
});
