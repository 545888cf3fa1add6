"""Every user-visible string in ui/ goes through `tr`, in a form lupdate can extract.

An AST walk over annotator/ui: a string literal (or f-string) with letters passed
straight to a Qt call that shows text is a string a Chinese user would see in English.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[3] / "annotator" / "ui"

# Methods whose string arguments are shown to the user.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setTitle", "addMenu", "addAction", "addTab", "insertTab",
    "setTabText", "setTabToolTip", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setLabelText", "setIconText", "showMessage",
    "setAccessibleName", "setAccessibleDescription", "addItem", "addItems", "insertItem",
    "setSuffix", "setPrefix", "setSpecialValueText", "setCancelButtonText", "setItemText",
    "information", "warning", "critical", "question", "about", "getText", "getItem",
    "getInt", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
    "getExistingDirectory", "addButton", "setInformativeText", "setDetailedText",
    "setButtonText", "addRow", "setDefaultSuffix", "setNameFilter", "setNameFilters",
}
# Widgets and items whose constructor takes the text they show.
TEXT_CONSTRUCTORS = {
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QDockWidget", "QMenu", "QToolBar", "QMessageBox", "QProgressDialog", "QListWidgetItem",
    "QTreeWidgetItem", "QStandardItem", "QToolButton", "QCommandLinkButton",
}
LETTERS = re.compile(r"[A-Za-z]{2,}")


def _callee(node: ast.Call) -> str:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return ""


def _bare_strings(node: ast.AST) -> list[ast.AST]:
    """Literal strings inside an argument that reach the screen untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if LETTERS.search(node.value) else []
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return [node] if LETTERS.search(literal) else []
    if isinstance(node, (ast.List, ast.Tuple)):
        return [found for item in node.elts for found in _bare_strings(item)]
    if isinstance(node, ast.BinOp):
        return _bare_strings(node.left) + _bare_strings(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_strings(node.body) + _bare_strings(node.orelse)
    return []


def violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        where = f"{path.name}:{node.lineno}"
        if isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
            found.append(f"{where}: use annotator.ui.shared.i18n.tr, not self.tr (one context)")
            continue
        if name == "tr":
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                found.append(f"{where}: tr() needs a literal string (lupdate reads it)")
            if any(k.arg == "n" for k in node.keywords):
                found.append(f"{where}: pass the plural count positionally: tr(text, None, n)")
            continue
        if name in TEXT_METHODS or name in TEXT_CONSTRUCTORS:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                for bare in _bare_strings(arg):
                    found.append(f"{where}: {name}() shows {ast.unparse(bare)[:60]} untranslated")
    return sorted(found, key=lambda line: int(line.split(":")[1]))


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(UI)))
def test_user_visible_strings_are_translatable(path: Path) -> None:
    assert violations(path) == []


def test_the_check_catches_bare_strings(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Codes')\n"
        "menu.addAction(f'Open {name}')\n"
        "button.setToolTip(tr('Fine'))\n"
        "box.setText(tr(f'Bad {x}'))\n"
        "self.setWindowTitle(self.tr('Wrong context'))\n"
        "count = tr('%n code(s)', n=3)\n"
        "layout.setObjectName('notShown')\n",
        encoding="utf-8")
    found = violations(sample)
    assert [line.split(":")[1] for line in found] == ["1", "2", "4", "5", "6"]
