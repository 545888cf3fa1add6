"""`annotator screenshot`: render the window offscreen in one view, theme and language,
at a fixed size, and save a PNG (the README's and the user guide's pictures).

Each view sets the window up as a researcher would have it for one step of the
work (see VIEWS). The language and theme are applied before the window is built
and put back as they were afterwards, so that many shots can be taken in one
process (tests, docs/make_screenshots.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeWidgetItem

from annotator.model.entities import Coding
from annotator.operations.errors import OperationError
from annotator.ui.app.application import make_app
from annotator.ui.panes.retrieval import EXCERPT
from annotator.ui.shared.i18n import LANGUAGES, current_language, install_language
from annotator.ui.window.main_window import MainWindow

SIZE = (1400, 900)
VIEWS: dict[str, str] = {
    "welcome": "the welcome page, with PROJECT as the one recent project",
    "workspace": "a coded transcript, the code tree, and the first used code's excerpts",
    "board": "the thematic map, with the first theme selected",
    "review": "the board with a theme's excerpts by participant below it",
    "journal": "a transcript beside the reflexive journal, newest entry open",
    "analysis": "the codes × participants table with the busiest cell's excerpts",
    "participants": "the participants table, the first (or --source's) participant selected",
    "search": "a transcript above the search results for --query",
}
THEMES = ("light", "dark")
DEFAULT_QUERY = "trust"
Stage = Callable[[MainWindow, QApplication, str], None]


def check_options(view: str, theme: str, language: str) -> None:
    """Raise ValueError with one sentence for an unknown view, theme or language."""
    for kind, value, known in (("view", view, tuple(VIEWS)), ("theme", theme, THEMES),
                               ("language", language, tuple(LANGUAGES))):
        if value not in known:
            raise ValueError(f"There is no {kind} called “{value}”; "
                             f"choose one of: {', '.join(known)}.")


def parse_size(text: str) -> tuple[int, int]:
    """'1400x900' → (1400, 900); ValueError with a sentence otherwise."""
    width, _, height = text.lower().partition("x")
    if not (width.strip().isdigit() and height.strip().isdigit()):
        raise ValueError(f"“{text}” is not a size; give WIDTHxHEIGHT in pixels, such as 1400x900.")
    size = (int(width), int(height))
    if not all(300 <= side <= 6000 for side in size):
        raise ValueError(f"“{text}” is not a size a window can have; "
                         "give each side from 300 to 6000 pixels.")
    return size


def save_screenshot(project: Path, out: Path, view: str = "workspace",
                    source: str | None = None, *, theme: str = "light", language: str = "en",
                    size: tuple[int, int] = SIZE, query: str | None = None) -> None:
    """Raises ValueError with a sentence for an unknown option or transcript."""
    check_options(view, theme, language)
    if out.suffix.lower() != ".png":  # before Qt opens, and so empties, the file
        raise ValueError(f"A screenshot is saved as PNG: give a file name ending in .png, "
                         f"not “{out.name}”.")
    from annotator.ui.shared.theme import apply_theme

    # No screen is needed and none is wanted: the shot must look the same anywhere.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app()
    previous_language, previous_theme = current_language(), app.property("annotatorTheme")
    install_language(language)
    apply_theme(theme)
    # A screenshot must not depend on, or disturb, the user's saved window layout.
    window = MainWindow(remember=False)
    try:
        if view == "welcome":
            _list_as_recent(window, project)
        else:
            _open(window, project, source)
        _hide_for(window, view)
        window.resize(*size)
        window.show()
        app.processEvents()
        # Docks are grouped into tabs when first shown, which can leave the window
        # taller than asked; once grouped, it takes the size.
        window.resize(*size)
        app.processEvents()
        STAGES.get(view, _workspace)(window, app, query or DEFAULT_QUERY)
        for _ in range(3):
            app.processEvents()
        if (window.width(), window.height()) != size:
            least = window.minimumSizeHint()
            raise ValueError(f"The {view} view needs a window of at least "
                             f"{least.width()}x{least.height()} pixels.")
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise ValueError(f"The screenshot could not be written to “{out}”.")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        install_language(previous_language)
        apply_theme(str(previous_theme) if previous_theme else "system")


# -- setting the window up ------------------------------------------------------------
def _list_as_recent(window: MainWindow, project: Path) -> None:
    """The welcome page as a returning user sees it: PROJECT under Recent projects
    (shown here only; the user's own list is neither read nor changed)."""
    window.empty.show_projects([project.resolve()])


def _open(window: MainWindow, project: Path, source: str | None) -> None:
    if not window.open_project(project):
        raise ValueError(window.statusBar().currentMessage())
    assert window.project is not None
    if source is not None:
        try:
            source_id = window.project.source_by_name(source).id
        except OperationError as exc:
            raise ValueError(str(exc)) from exc
        window.open_source(source_id)
    panel = window.current_panel()
    if panel is not None and panel.source_id is not None:
        # Start where the coding starts, so the shot shows the work, not a title page.
        codings = window.project.codings(panel.source_id)
        if codings:
            cursor = panel.view.textCursor()
            cursor.setPosition(panel.view.offsets.to_utf16(codings[0].start))
            panel.view.setTextCursor(cursor)


SHOWN_DOCKS: dict[str, set[str]] = {
    "board": {"inspector"},
    "review": {"inspector", "retrieval"},
    "journal": {"inspector", "journal"},
    "analysis": set(),
    "participants": set(),
}
"""The panes a view keeps (others as the window has them at first start)."""


def _hide_for(window: MainWindow, view: str) -> None:
    """Give the subject of the shot the room the panes it does not need would take."""
    if view in SHOWN_DOCKS:
        for key, dock in window.docks.items():
            if key not in SHOWN_DOCKS[view]:
                dock.hide()


def _centre_cursor(window: MainWindow, app: QApplication) -> None:
    panel = window.current_panel()
    if panel is not None:
        app.processEvents()
        panel.view.centerCursor()


def _coding_at_caret(window: MainWindow) -> Coding | None:
    panel = window.current_panel()
    position = panel.view.caret_position() if panel is not None else None
    if panel is None or position is None:
        return None
    here = panel.view.layer.codings_at(position)
    return here[0] if here else None


def _select_code(window: MainWindow) -> None:
    """Select the code of the excerpt under the caret (else the first code with
    excerpts): its excerpts fill the retrieval pane."""
    if window.codes_panel is None or window.project is None:
        return
    coding = _coding_at_caret(window)
    if coding is not None:
        window.codes_panel.select_code(coding.code_id)
        return
    usage = window.project.code_usage()
    used = [c for c in window.codes_panel.visible_code_ids(1000) if c in usage]
    if used:
        window.codes_panel.select_code(used[0])


def _select_first_theme(window: MainWindow, app: QApplication) -> None:
    window.show_board()
    if window.board is None or window.project is None:
        return
    app.processEvents()
    window.board.fit_all()
    themes = [t for t in window.project.themes() if t.parent_id is None]
    if themes:
        window.board.select_theme(themes[0].id)


def _read_an_excerpt(window: MainWindow, source_id: int | None) -> None:
    """Make a retrieved excerpt current (one from transcript `source_id` if there is
    one), so that its words in context show below the list."""
    if window.retrieval is None:
        return
    listing = window.retrieval.list
    leaves: list[QTreeWidgetItem] = []
    for row in range(listing.topLevelItemCount()):
        top = listing.topLevelItem(row)
        # A theme's excerpts come grouped under their participants.
        leaves += [top.child(i) for i in range(top.childCount())] or [top]
    ours = [i for i in leaves if getattr(i.data(0, EXCERPT), "source_id", None) == source_id]
    if ours or leaves:
        listing.setCurrentItem((ours or leaves)[0])
        listing.scrollToItem((ours or leaves)[0], QAbstractItemView.ScrollHint.PositionAtCenter)


def _source_shown(window: MainWindow) -> int | None:
    panel = window.current_panel()
    return panel.source_id if panel is not None else None


def _inspect_coding_at_caret(window: MainWindow) -> None:
    """The inspector on the excerpt under the caret: its codes, memo, report flag."""
    panel = window.current_panel()
    coding = _coding_at_caret(window)
    if panel is not None and coding is not None:
        panel.coding_selected.emit(coding.id)


def _workspace(window: MainWindow, app: QApplication, _query: str) -> None:
    _centre_cursor(window, app)
    _select_code(window)
    _read_an_excerpt(window, _source_shown(window))
    _inspect_coding_at_caret(window)


def _welcome(_window: MainWindow, _app: QApplication, _query: str) -> None:
    pass


def _board(window: MainWindow, app: QApplication, _query: str) -> None:
    _select_first_theme(window, app)


def _review(window: MainWindow, app: QApplication, _query: str) -> None:
    # Reviewing reads: the theme's excerpts by participant get half the height.
    window.show_dock("retrieval")
    window.resizeDocks([window.docks["retrieval"]], [window.height() * 45 // 100],
                       Qt.Orientation.Vertical)
    shown = _source_shown(window)
    _select_first_theme(window, app)
    app.processEvents()
    _zoom_to_selected_theme(window)
    _read_an_excerpt(window, shown)


def _zoom_to_selected_theme(window: MainWindow) -> None:
    """Fill the board's view with the theme under review and its sub-themes (at most 100 %)."""
    if window.board is None or window.project is None:
        return
    themes = window.project.themes()
    chosen = [t.id for t in themes if t.parent_id is None][:1]
    chosen += [t.id for t in themes if chosen and t.parent_id == chosen[0]]
    area = QRectF()
    for theme_id in chosen:
        card = window.board.card(theme_id)
        if card is not None:
            area = area.united(card.sceneBoundingRect())
    if area.isEmpty():
        return
    area.adjust(-40, -40, 40, 40)
    view = window.board.view
    port = view.viewport().size()
    target = min(port.width() / area.width(), port.height() / area.height(), 1.0)
    view.zoom_by(target / view.zoom())  # a zoom of the user's: the view stops fitting itself
    view.centerOn(area.center())


def _journal(window: MainWindow, app: QApplication, _query: str) -> None:
    _centre_cursor(window, app)
    _select_code(window)  # before the journal: a code's memo raises the inspector
    window.show_dock("journal")
    app.processEvents()
    window.resizeDocks([window.docks["journal"]], [window.width() * 42 // 100],
                       Qt.Orientation.Horizontal)


def _participant_shown(window: MainWindow) -> int | None:
    """The participant of the transcript on show (the one asked for with --source)."""
    panel = window.current_panel()
    if window.project is None or panel is None or panel.source_id is None:
        return None
    cases = window.project.cases_of_source(panel.source_id)
    return cases[0] if cases else None


def _analysis(window: MainWindow, app: QApplication, _query: str) -> None:
    case_id = _participant_shown(window)
    window.show_page("analysis")
    if window.tools is None:
        return
    app.processEvents()
    panel = window.tools.analysis
    matrix = panel.case_model.matrix
    if matrix is None or not matrix.counts:
        return
    # The busiest cell, in the column of the participant on show if there is one.
    cells = [c for c in matrix.counts if matrix.column_ids[c[1]] == case_id] or list(matrix.counts)
    row, column = max(cells, key=lambda cell: (matrix.counts[cell], -cell[0], -cell[1]))
    panel.case_view.setCurrentIndex(panel.case_model.index(row, column))
    panel.show_cell(panel.case_model, row, column)
    panel.case_view.scrollToTop()
    panel.case_view.horizontalScrollBar().setValue(0)


def _participants(window: MainWindow, app: QApplication, _query: str) -> None:
    case_id = _participant_shown(window)
    window.show_page("participants")
    if window.tools is None:
        return
    app.processEvents()
    cases = window.tools.participants.model.cases
    if cases:
        window.tools.participants.select_case(case_id if case_id is not None else cases[0].id)


def _search(window: MainWindow, app: QApplication, query: str) -> None:
    _centre_cursor(window, app)
    window.show_dock("search")
    window.resizeDocks([window.docks["search"]], [window.height() * 42 // 100],
                       Qt.Orientation.Vertical)
    if window.tools is not None:
        window.tools.search.set_query(query)


STAGES: dict[str, Stage] = {
    "welcome": _welcome, "workspace": _workspace, "board": _board, "review": _review,
    "journal": _journal, "analysis": _analysis, "participants": _participants,
    "search": _search,
}
