// Prints the enrollment hand-out. A file, not an inline handler: the Content-Security-Policy allows scripts from 'self' only.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print-handout');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});
