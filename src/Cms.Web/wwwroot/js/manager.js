// Live Markdown preview through the site's own pipeline, and inserting media into the body.
(function () {
    function token() {
        var input = document.querySelector('input[name="__RequestVerificationToken"]');
        return input ? input.value : '';
    }

    function preview(textarea) {
        var target = document.getElementById(textarea.dataset.preview);
        if (!target) { return; }
        var body = new FormData();
        body.append('markdown', textarea.value);
        fetch('/manager/preview', { method: 'POST', body: body, headers: { 'X-CSRF-TOKEN': token() }, credentials: 'same-origin' })
            .then(function (r) {
                if (r.ok) { return r.text().then(function (html) { target.innerHTML = html; }); }
                // A text the rules refuse (nested too deep, too many links…): say why, as plain text.
                return r.status === 400
                    ? r.json().then(function (problem) { target.textContent = problem.detail || problem.title || ''; })
                    : null;
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('textarea[data-preview]').forEach(function (textarea) {
            var timer = null;
            textarea.addEventListener('input', function () {
                clearTimeout(timer);
                timer = setTimeout(function () { preview(textarea); }, 300);
            });
        });
        // Leaving the editor with unsaved changes asks first; saving does not.
        document.querySelectorAll('form[data-unsaved-warning]').forEach(function (form) {
            var dirty = false;
            form.addEventListener('input', function () { dirty = true; });
            form.addEventListener('change', function () { dirty = true; });
            form.addEventListener('submit', function () { dirty = false; });
            window.addEventListener('beforeunload', function (event) {
                if (dirty) { event.preventDefault(); event.returnValue = ''; }
            });
        });
        // A text's language decides its spell-checking: changing the language of a part changes its fields' lang.
        document.querySelectorAll('select[data-text-language]').forEach(function (select) {
            select.addEventListener('change', function () {
                var scope = select.closest('section') || select.closest('form');
                scope.querySelectorAll('[data-text-field]').forEach(function (field) { field.lang = select.value; });
            });
        });
        // Destructive steps ask first, in the UI language (the text comes from the page).
        document.querySelectorAll('form[data-confirm]').forEach(function (form) {
            form.addEventListener('submit', function (event) {
                if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
            });
        });
        document.querySelectorAll('button[data-insert]').forEach(function (button) {
            button.addEventListener('click', function () {
                var textarea = document.getElementById(button.dataset.target);
                if (!textarea) { return; }
                var start = textarea.selectionStart || textarea.value.length;
                textarea.value = textarea.value.slice(0, start) + button.dataset.insert + textarea.value.slice(start);
                textarea.dispatchEvent(new Event('input'));
            });
        });
    });
})();

// Term fields: a name picked or typed in the box below a list is added as a new line of the list.
(function () {
    document.querySelectorAll('[data-term-add]').forEach(function (input) {
        function add() {
            var name = input.value.trim();
            var list = document.getElementById(input.getAttribute('data-term-add'));
            if (!name || !list) {
                return;
            }
            var lines = list.value.split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l; });
            if (lines.indexOf(name) < 0) {
                lines.push(name);
            }
            list.value = lines.join('\n');
            input.value = '';
        }
        input.addEventListener('change', add);
        input.addEventListener('keydown', function (e) {
            if (e.key === 'Enter') {
                e.preventDefault();
                add();
            }
        });
    });
})();
