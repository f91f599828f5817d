// Print buttons (the enrollment hand-out, a consent). A file, not an inline handler: the
// Content-Security-Policy allows scripts from 'self' only.
document.addEventListener('DOMContentLoaded', function () {
  var buttons = document.querySelectorAll('#print-handout, [data-print]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function () { window.print(); });
  }
});
