// Progressive enhancement for the search form; the page works the same without it.
// A changed select submits the form at once, and a changed wider region clears the narrower ones
// (province → prefecture → county), so the next page offers the right choices.
(function () {
  var form = document.querySelector('form[data-autosubmit]');
  if (!form) return;
  var submitting = false;
  form.addEventListener('change', function (event) {
    var target = event.target;
    // One submission per change: a second one would cancel the first navigation and race whatever follows it.
    if (target.tagName !== 'SELECT' || submitting) return;
    submitting = true;
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
  // Coming back (history, back-forward cache) the form is usable again.
  window.addEventListener('pageshow', function () {
    submitting = false;
    Array.prototype.forEach.call(form.elements, function (field) { field.disabled = false; });
  });
})();
