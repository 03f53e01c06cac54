// Progressive enhancement for the search form; the page works the same without it.
// A changed select submits the form at once, and a changed wider region clears the narrower ones
// (province → prefecture → county), so the next page offers the right choices.
(function () {
  var form = document.querySelector('form[data-autosubmit]');
  if (!form) return;
  form.addEventListener('change', function (event) {
    var target = event.target;
    if (target.tagName !== 'SELECT') return;
    (target.getAttribute('data-resets') || '').split(' ').forEach(function (name) {
      var narrower = name && form.elements[name];
      if (narrower) narrower.value = '';
    });
    form.requestSubmit ? form.requestSubmit() : form.submit();
  });
  // Empty and default fields stay out of the address, so shared links stay short.
  form.addEventListener('submit', function () {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && (!field.value || field.value === field.getAttribute('data-default'))) field.disabled = true;
    });
  });
  window.addEventListener('pageshow', function () {
    Array.prototype.forEach.call(form.elements, function (field) { field.disabled = false; });
  });
})();
