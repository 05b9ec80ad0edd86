/* The query page's editor: CodeMirror 5 over the plain text area (which works without this script). Highlights
 * SPARQL, completes the known prefixes and the ckg: terms of the ontology (Ctrl-Space, or on typing "prefix:"),
 * marks a parse error where the parser stopped, sorts result tables on a click of a column's heading and opens a
 * catalog query in the editor with one click. Everything it needs is served by the site itself. */
(function () {
  'use strict';
  var area = document.getElementById('query');
  if (!area || typeof CodeMirror === 'undefined') {
    return;
  }
  var known = JSON.parse(document.getElementById('ckg-terms').textContent);

  function hint(cm) {
    var cur = cm.getCursor();
    var line = cm.getLine(cur.line).slice(0, cur.ch);
    var word = /[\w:-]*$/.exec(line)[0];
    var from = CodeMirror.Pos(cur.line, cur.ch - word.length);
    var list = [];
    if (/^\s*prefix\s+[\w-]*$/i.test(line)) {
      Object.keys(known.prefixes).forEach(function (p) {
        if (p.indexOf(word) === 0) {
          list.push({text: p + ': <' + known.prefixes[p] + '>', displayText: p + ': <' + known.prefixes[p] + '>'});
        }
      });
    } else if (word.indexOf(':') >= 0) {
      known.terms.forEach(function (t) {
        if (t.indexOf(word) === 0) {
          list.push(t);
        }
      });
    } else {
      Object.keys(known.prefixes).forEach(function (p) {
        if (p.indexOf(word) === 0) {
          list.push(p + ':');
        }
      });
      known.terms.forEach(function (t) {
        if (word && t.slice(t.indexOf(':') + 1).toLowerCase().indexOf(word.toLowerCase()) === 0) {
          list.push(t);
        }
      });
    }
    return {list: list, from: from, to: cur};
  }

  var cm = CodeMirror.fromTextArea(area, {
    mode: 'application/sparql-query',
    lineNumbers: true,
    matchBrackets: true,
    viewportMargin: Infinity,
    extraKeys: {'Ctrl-Space': 'autocomplete'},
    hintOptions: {hint: hint, completeSingle: false}
  });
  window.ckgEditor = cm;
  cm.on('inputRead', function (editor, change) {
    var typed = change.text.join('');
    var before = editor.getLine(editor.getCursor().line).slice(0, editor.getCursor().ch);
    if (typed === ':' || /\b[\w-]+:[\w-]*$/.test(before) && /^[\w-]$/.test(typed)) {
      editor.showHint({completeSingle: false});
    }
  });

  // a parse error: the line and the place where the parser stopped
  var err = document.getElementById('parse-error');
  if (err) {
    var l = Math.max(0, parseInt(err.getAttribute('data-line'), 10) - 1);
    var c = Math.max(0, parseInt(err.getAttribute('data-column'), 10) - 1);
    cm.addLineClass(l, 'background', 'cm-error-line');
    cm.markText(CodeMirror.Pos(l, c), CodeMirror.Pos(l, c + 1), {className: 'cm-error-mark'});
    cm.setCursor(CodeMirror.Pos(l, c));
  }

  // a catalog query into the editor with one click
  Array.prototype.forEach.call(document.querySelectorAll('a.load'), function (a) {
    a.addEventListener('click', function (e) {
      var q = new URL(a.href).searchParams.get('query');
      if (q !== null) {
        e.preventDefault();
        cm.setValue(q);
        document.getElementById('editor').scrollIntoView();
        cm.focus();
      }
    });
  });

  // result tables sort on a click of a column's heading (numbers as numbers)
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      th.tabIndex = 0;
      th.title = 'sort';
      function sort() {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (x) { x.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (r) {
          var cell = r.cells[col];
          return !cell ? '' : cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
        };
        var numeric = rows.every(function (r) { return key(r) === '' || !isNaN(Number(key(r))); });
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var d = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return asc ? d : -d;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
    });
  });
}());
