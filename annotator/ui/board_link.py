"""Lines between cards: `LinkItem` (a labelled arrow) and `ParentConnector` (sub-theme).

A link is drawn as a gentle curve from one card's edge to the other's, with an
arrowhead and its label at the middle. `route` bends the curve just enough that
neither the line nor its label crosses another card or another link's label:
on a board laid out in a row, a link between the two outer cards arcs over the
middle one instead of running through it.

A sub-theme placed outside its parent is tied to it by a dashed connector in
the parent's colour: a bracket down the left side when the sub-theme sits below
its parent (the outline layout of the demo), otherwise a straight dashed line.
A sub-theme placed inside its parent's rectangle needs no connector: the scene
draws it nested in the parent card.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from annotator.model.entities import ThemeLink
from annotator.ui.board_style import ACCENT, LINK_INK, faces

SAMPLES = 24
BOWS = (0, 60, -60, 110, -110, 170, -170, 240, -240, 320, -320, 420, -420, 560, -560, 740, -740)
"""Bends tried in turn: how far the middle of the line sits off the straight one
(scene units; + is to the left of the direction of travel)."""
LABEL_WIDTH = 230.0
ARROW = 11.0


@dataclass(frozen=True)
class Route:
    """Where a link runs: its points, and the rectangle its label takes."""

    points: list[QPointF]
    label: QRectF


def _cubic(p0: QPointF, c1: QPointF, c2: QPointF, p3: QPointF, t: float) -> QPointF:
    u = 1 - t
    return p0 * (u * u * u) + c1 * (3 * u * u * t) + c2 * (3 * u * t * t) + p3 * (t * t * t)


def label_size(text: str) -> QRectF:
    """The label's box at the origin: wrapped to at most LABEL_WIDTH."""
    if not text:
        return QRectF()
    metrics = faces().link.metrics
    box = metrics.boundingRect(QRectF(0, 0, LABEL_WIDTH, 1000),
                               int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter), text)
    return QRectF(0, 0, box.width() + 12, box.height() + 6)


def route(a: QRectF, b: QRectF, obstacles: list[QRectF], label: QRectF,
          taken: list[QRectF], lines: list[list[QPointF]] | None = None,
          shifts: tuple[float, float] = (0.0, 0.0)) -> Route:
    """The least bent curve from card `a` to card `b` that keeps clear of `obstacles`
    (other cards) and of other links' labels (`taken`), with a label of size `label`
    clear of every card, of `taken` and of other links' `lines`. `shifts` slide the
    ends along the cards' edges, so that links meeting one card do not share a point."""
    start, end = a.center(), b.center()
    line = QLineF(start, end)
    length = max(line.length(), 1.0)
    along = QPointF(line.dx() / length, line.dy() / length)
    normal = QPointF(along.y(), -along.x())
    cards = [a, b, *obstacles]
    best: tuple[int, Route] | None = None
    if a.intersects(b):
        return Route([start, end], QRectF())  # overlapping cards: nothing between them
    for bow in BOWS:
        if bow == 0:
            first, last = _leave(a, end), _leave(b, start)
            c1, c2 = first + (last - first) / 3, first + (last - first) * (2 / 3)
        else:
            # Leave each card on the side the line bends to, a little toward the other
            # card: over a row of cards, links rise from the tops and land on them.
            side = normal * (1 if bow > 0 else -1)
            first = _leave(a, start + side * 1000 + along * 350)
            last = _leave(b, end + side * 1000 - along * 350)
            first, last = _slide(a, first, shifts[0]), _slide(b, last, shifts[1])
            c1, c2 = first + side * (abs(bow) * 4 / 3), last + side * (abs(bow) * 4 / 3)
        points = [_cubic(first, c1, c2, last, i / SAMPLES) for i in range(SAMPLES + 1)]
        box = QRectF(label)
        box.moveCenter(_cubic(first, c1, c2, last, 0.5))
        hits = _hits(points, box, obstacles, cards, taken, lines or [])
        candidate = Route(points, box)
        if hits == 0:
            return candidate
        if best is None or hits < best[0]:
            best = (hits, candidate)
    if best is None:
        return Route([start, end], QRectF())
    return best[1]


def _hits(points: list[QPointF], box: QRectF, obstacles: list[QRectF], cards: list[QRectF],
          taken: list[QRectF], lines: list[list[QPointF]]) -> int:
    """How badly a candidate collides: points of the line inside cards or other labels,
    and (weighing more) its label over a card, another label or another line."""
    xs = [p.x() for p in points]
    ys = [p.y() for p in points]
    span = QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys))).adjusted(-8, -8, 8, 8)
    inner = points[1:-1]
    hits = 0
    for rect in obstacles:
        if rect.intersects(span):
            grown = rect.adjusted(-8, -8, 8, 8)
            hits += sum(1 for p in inner if grown.contains(p))
    for rect in taken:
        if rect.intersects(span):
            hits += sum(1 for p in inner if rect.contains(p))
    if not box.isEmpty():
        roomy = box.adjusted(-4, -4, 4, 4)
        hits += 3 * sum(1 for rect in cards if rect.intersects(roomy))
        hits += 3 * sum(1 for rect in taken if rect.intersects(roomy))
        hits += 3 * sum(1 for other in lines if any(roomy.contains(p) for p in other))
    return hits


class LinkItem(QGraphicsItem):
    """A link between two themes: an arrow along its route, its label at the middle."""

    def __init__(self, link: ThemeLink) -> None:
        super().__init__()
        self.link = link
        self._path = QPainterPath()
        self._points: list[QPointF] = []
        self._head = QPolygonF()
        self._label_rect = QRectF()
        self._label_size = label_size(link.label)
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-1)  # under the cards: a route never needs to cross one
        self.setToolTip(link.label)

    @property
    def link_id(self) -> int:
        return self.link.id

    def set_link(self, link: ThemeLink) -> None:
        if link.label != self.link.label:
            self._label_size = label_size(link.label)
            self.setToolTip(link.label)
            self.update()
        self.link = link

    def label_box(self) -> QRectF:
        """The label's size (at the origin), for routing."""
        return QRectF(self._label_size)

    def label_rect(self) -> QRectF:
        """Where the label is drawn, in scene coordinates."""
        return QRectF(self._label_rect)

    def points(self) -> list[QPointF]:
        """The route's points, in scene coordinates."""
        return list(self._points)

    def set_route(self, found: Route) -> None:
        self.prepareGeometryChange()
        points = self._points = found.points
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        self._path = path
        tip, before = points[-1], points[-2] if len(points) > 1 else points[0]
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        wing = math.radians(25)
        self._head = QPolygonF([
            tip,
            tip - QPointF(math.cos(angle - wing), math.sin(angle - wing)) * ARROW,
            tip - QPointF(math.cos(angle + wing), math.sin(angle + wing)) * ARROW,
        ])
        self._label_rect = QRectF(found.label) if self.link.label else QRectF()
        self._bounds = path.boundingRect().united(self._head.boundingRect()) \
            .united(self._label_rect).adjusted(-4, -4, 4, 4)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)  # easy to hit with the mouse for its menu
        shape = stroker.createStroke(self._path)
        shape.addPolygon(self._head)
        if not self._label_rect.isEmpty():
            shape.addRect(self._label_rect)
        return shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        ink = ACCENT if self.isSelected() else LINK_INK
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ink, 2.2 if self.isSelected() else 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setBrush(ink)
        painter.drawPolygon(self._head)
        if self._label_rect.isEmpty():
            return
        painter.setPen(QPen(QColor("#CFD8DC"), 1))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(self._label_rect, 6, 6)
        painter.setFont(faces().link.font)
        painter.setPen(ink)
        painter.drawText(self._label_rect.adjusted(6, 3, -6, -3),
                         int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter),
                         self.link.label)


class ParentConnector(QGraphicsPathItem):
    """The dashed tie from a theme to a sub-theme placed outside it."""

    def __init__(self, parent_id: int, child_id: int) -> None:
        super().__init__()
        self.parent_id = parent_id
        self.child_id = child_id
        self.setZValue(-2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_ends(self, parent: QRectF, child: QRectF, color: QColor) -> None:
        pen = QPen(color.darker(110), 2, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(pen)
        path = QPainterPath()
        below = child.top() >= parent.bottom() - 1
        overlapping = child.left() < parent.right() and child.right() > parent.left()
        if below and overlapping:
            # A bracket down the left, like an outline: parent, then its sub-themes.
            x = min(parent.left(), child.left()) - 14
            top = QPointF(parent.left(), parent.bottom() - 18)
            path.moveTo(top)
            path.lineTo(QPointF(x, top.y()))
            path.lineTo(QPointF(x, child.top() + 17))
            path.lineTo(QPointF(child.left(), child.top() + 17))
        else:
            line = QLineF(parent.center(), child.center())
            start = _edge_point(parent, line)
            end = _edge_point(child, QLineF(line.p2(), line.p1()))
            path.moveTo(start)
            path.lineTo(end)
        self.setPath(path)


def _slide(rect: QRectF, point: QPointF, shift: float) -> QPointF:
    """`point` on `rect`'s edge moved by `shift` along that edge (kept off the corners)."""
    if not shift:
        return point
    if abs(point.y() - rect.top()) < 0.5 or abs(point.y() - rect.bottom()) < 0.5:
        x = min(max(point.x() + shift, rect.left() + 12), rect.right() - 12)
        return QPointF(x, point.y())
    y = min(max(point.y() + shift, rect.top() + 12), rect.bottom() - 12)
    return QPointF(point.x(), y)


def _leave(rect: QRectF, toward: QPointF) -> QPointF:
    """Where a ray from `rect`'s centre toward `toward` crosses its edge."""
    centre = rect.center()
    ray = QLineF(centre, toward)
    if ray.length() < 1e-6:
        return centre
    ray.setLength(rect.width() + rect.height())  # long enough to leave any side
    return _edge_point(rect, ray)


def _edge_point(rect: QRectF, line: QLineF) -> QPointF:
    """Where `line`, starting at `rect`'s centre, leaves `rect`."""
    edges = [QLineF(rect.topLeft(), rect.topRight()), QLineF(rect.topRight(), rect.bottomRight()),
             QLineF(rect.bottomRight(), rect.bottomLeft()),
             QLineF(rect.bottomLeft(), rect.topLeft())]
    for edge in edges:
        kind, point = line.intersects(edge)
        if kind == QLineF.IntersectionType.BoundedIntersection:
            return point
    return line.p1()
