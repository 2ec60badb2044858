// privrec: filters the register's rows by text, controller, legal basis and year of last update.
// Without JavaScript the form stays hidden and every row is shown.
(function () {
  var form = document.querySelector('form.filter');
  if (!form) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.register tbody tr'));
  var text = document.getElementById('filter-text');
  var controller = document.getElementById('filter-controller');
  var basis = document.getElementById('filter-basis');
  var updated = document.getElementById('filter-updated');
  var status = document.getElementById('filter-status');
  var empty = document.getElementById('filter-empty');
  var fold = function (value) { return value.normalize('NFC').toLowerCase(); };
  var listed = function (row, name, value) { return value === '' || row.getAttribute(name).split('|').indexOf(value) !== -1; };
  function apply() {
    var words = fold(text.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var search = row.getAttribute('data-search');
      var match = words.every(function (word) { return search.indexOf(word) !== -1; })
        && listed(row, 'data-controllers', controller.value)
        && listed(row, 'data-bases', basis.value)
        && (updated.value === '' || row.getAttribute('data-updated') >= updated.value);
      row.hidden = !match;
      if (match) shown += 1;
    });
    status.textContent = form.getAttribute('data-status').replace('{shown}', shown).replace('{total}', rows.length);
    if (empty) empty.hidden = shown !== 0;
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
