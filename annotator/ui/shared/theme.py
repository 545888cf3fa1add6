"""Light and dark appearance: the application palette, and the colours custom-painted
views (transcript, margin, board, charts) derive from it.

"system" follows the operating system (and its changes while the app runs). An
explicit choice asks Qt for that colour scheme first, which native styles on macOS
and Windows honour; where the platform ignores the request (X11 without a desktop
theme, offscreen) the Fusion style with our own palette gives the same result.
Custom-painted widgets never hard-code a background: they ask `is_dark` and `tint`.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

THEMES = ("system", "light", "dark")

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#dfe1e5",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#dfe1e5",
    QPalette.ColorRole.PlaceholderText: "#8c8f94",
    QPalette.ColorRole.Text: "#dfe1e5",
    QPalette.ColorRole.Button: "#393b40",
    QPalette.ColorRole.ButtonText: "#dfe1e5",
    QPalette.ColorRole.BrightText: "#ff6b68",
    QPalette.ColorRole.Light: "#4e5157",
    QPalette.ColorRole.Midlight: "#43454a",
    QPalette.ColorRole.Mid: "#35373b",
    QPalette.ColorRole.Dark: "#1b1c1e",
    QPalette.ColorRole.Shadow: "#101112",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6ea1ff",
    QPalette.ColorRole.LinkVisited: "#b48ef0",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7b7e84",
    QPalette.ColorRole.Text: "#7b7e84",
    QPalette.ColorRole.ButtonText: "#7b7e84",
    QPalette.ColorRole.Highlight: "#4a4d52",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def light_palette() -> QPalette:
    return QPalette(_fusion_palette())  # a copy: callers may change theirs


@cache
def _fusion_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")  # made once: Qt hands it over unowned
    return style.standardPalette() if style is not None else QPalette()


class OutlinedFusion(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined so they can be seen on a
    dark palette: Fusion outlines them a shade darker than the window, which is what
    the platform's dark mode would have lightened, and it is not dark here."""

    _INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                   QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
                   QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._INDICATORS or not is_dark(option.palette):
            return
        window = option.palette.color(QPalette.ColorRole.Window)
        text = option.palette.color(QPalette.ColorRole.WindowText)
        # Half way to the text: 3.8:1 against the window (WCAG asks 3:1 of controls).
        edge = QColor((window.red() + text.red()) // 2, (window.green() + text.green()) // 2,
                      (window.blue() + text.blue()) // 2)
        painter.save()
        painter.setPen(edge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawEllipse(option.rect.adjusted(1, 1, -2, -2))
        else:  # on whole pixels: a blended hairline would fade again
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether text is light on a dark background in `palette` (the app's by default)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def system_is_dark() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


_native_style: str | None = None


def apply_theme(preference: str) -> str:
    """Make the running application light or dark; returns "light" or "dark"."""
    global _native_style
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "light"
    if _native_style is None:
        _native_style = app.style().name()
        app.styleHints().colorSchemeChanged.connect(_system_scheme_changed)
    app.setProperty("annotatorTheme", preference)
    want = preference if preference in ("light", "dark") else (
        "dark" if system_is_dark() else "light")
    if preference == "system":
        app.styleHints().unsetColorScheme()
        if app.style().name() != _native_style:
            app.setStyle(_native_style)
        app.setPalette(app.style().standardPalette())
    else:
        app.styleHints().setColorScheme(
            Qt.ColorScheme.Dark if want == "dark" else Qt.ColorScheme.Light)
    if is_dark(app.palette()) != (want == "dark"):
        # The platform did not follow: draw it ourselves.
        app.setStyle(OutlinedFusion())
        app.setPalette(dark_palette() if want == "dark" else light_palette())
    return want


def _system_scheme_changed(_scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if app is not None and app.property("annotatorTheme") in (None, "system"):
        apply_theme("system")


def tint(color: QColor, palette: QPalette | None = None, strength: float = 1.0) -> QColor:
    """A code's colour as a background under text: as is on a light page; on a dark
    page mixed into the page colour so that light text on it stays readable.
    """
    if not is_dark(palette):
        return QColor(color)
    base = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Base)
    share = 0.42 * strength
    return QColor(
        round(base.red() + (color.red() - base.red()) * share),
        round(base.green() + (color.green() - base.green()) * share),
        round(base.blue() + (color.blue() - base.blue()) * share),
    )


MARK = QColor(Qt.GlobalColor.yellow)
"""The highlight under a search match on a light page (tinted into a dark one)."""


def mark_colour(palette: QPalette) -> QColor:
    """The highlight under a match: yellow on a light page; on a dark one a dim amber
    that the light text stays readable on (contrast above 4.5)."""
    return tint(MARK, palette, strength=0.7)


def ink(palette: QPalette | None = None, disabled: bool = False) -> QColor:
    """The colour of ordinary text and line drawings (icons) in `palette`."""
    palette = palette or QGuiApplication.palette()
    group = QPalette.ColorGroup.Disabled if disabled else QPalette.ColorGroup.Active
    return palette.color(group, QPalette.ColorRole.WindowText)


def black_or_white_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
                 + 0.0722 * channel(background.blueF()))
    # The crossing point where black and white have equal contrast is L = 0.179.
    return QColor("#1B1B1B") if luminance > 0.179 else QColor("#FFFFFF")
