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
from annotator.ui.board.style import ACCENT, faces, item_look
from annotator.ui.shared.plain import plain_tip

SAMPLES = 24
BOWS = (0, 60, -60, 110, -110, 170, -170, 240, -240, 320, -320, 420, -420, 560, -560, 740, -740)
"""Bends tried in turn: how far the middle of the line sits off the straight one
(scene units; + is to the left of the direction of travel)."""
LABEL_WIDTH = 230.0
ARROW = 11.0


Point = tuple[float, float]
Box = tuple[float, float, float, float]
"""left, top, right, bottom: routing runs thousands of tests, in plain floats."""


@dataclass(frozen=True)
class Route:
    """Where a link runs: its points, the rectangle its label takes, its bend."""

    points: list[Point]
    label: QRectF
    bow: int = 0


def _box(rect: QRectF, grow: float = 0.0) -> Box:
    return rect.left() - grow, rect.top() - grow, rect.right() + grow, rect.bottom() + grow


def _meet(p: Box, q: Box) -> bool:
    return p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]


def _bounds(points: list[Point]) -> Box:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _cubic(p0: Point, c1: Point, c2: Point, p3: Point, t: float) -> Point:
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (a * p0[0] + b * c1[0] + c * c2[0] + d * p3[0],
            a * p0[1] + b * c1[1] + c * c2[1] + d * p3[1])


def label_size(text: str) -> QRectF:
    """The label's box at the origin: wrapped to at most LABEL_WIDTH."""
    if not text:
        return QRectF()
    metrics = faces().link.metrics
    box = metrics.boundingRect(QRectF(0, 0, LABEL_WIDTH, 1000),
                               int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter), text)
    return QRectF(0, 0, box.width() + 12, box.height() + 6)


def route(a: QRectF, b: QRectF, obstacles: list[QRectF], label: QRectF,
          taken: list[QRectF], lines: list[list[Point]] | None = None,
          shifts: tuple[float, float] = (0.0, 0.0), bows: tuple[int, ...] = BOWS) -> Route:
    """The least bent curve from card `a` to card `b` that keeps clear of `obstacles`
    (other cards) and of other links' labels (`taken`), with a label of size `label`
    clear of every card, of `taken` and of other links' `lines`. `shifts` slide the
    ends along the cards' edges, so that links meeting one card do not share a point.
    With a single bend in `bows` (while a card is dragged) that one is simply drawn."""
    start, end = a.center(), b.center()
    if a.intersects(b):  # overlapping cards: nothing to draw between them
        return Route([(start.x(), start.y()), (end.x(), end.y())], QRectF())
    line = QLineF(start, end)
    length = max(line.length(), 1.0)
    along = QPointF(line.dx() / length, line.dy() / length)
    normal = QPointF(along.y(), -along.x())
    walls = [_box(rect, 8) for rect in obstacles]
    cards = [_box(rect) for rect in (a, b, *obstacles)]
    labels = [_box(rect) for rect in taken]
    others = [(_bounds(points), points) for points in lines or []]
    best: tuple[int, Route] | None = None
    for bow in bows:
        if bow == 0:
            first, last = _leave(a, end), _leave(b, start)
            p0, p3 = (first.x(), first.y()), (last.x(), last.y())
            c1 = (p0[0] + (p3[0] - p0[0]) / 3, p0[1] + (p3[1] - p0[1]) / 3)
            c2 = (p0[0] + (p3[0] - p0[0]) * 2 / 3, p0[1] + (p3[1] - p0[1]) * 2 / 3)
        else:
            # Leave each card on the side the line bends to, a little toward the other
            # card: over a row of cards, links rise from the tops and land on them.
            side = normal * (1 if bow > 0 else -1)
            first = _slide(a, _leave(a, start + side * 1000 + along * 350), shifts[0])
            last = _slide(b, _leave(b, end + side * 1000 - along * 350), shifts[1])
            p0, p3 = (first.x(), first.y()), (last.x(), last.y())
            reach = abs(bow) * 4 / 3
            c1 = (p0[0] + side.x() * reach, p0[1] + side.y() * reach)
            c2 = (p3[0] + side.x() * reach, p3[1] + side.y() * reach)
        points = [_cubic(p0, c1, c2, p3, i / SAMPLES) for i in range(SAMPLES + 1)]
        box = QRectF(label)
        box.moveCenter(QPointF(*_cubic(p0, c1, c2, p3, 0.5)))
        candidate = Route(points, box, bow)
        if len(bows) == 1:
            return candidate
        hits = _hits(points, _box(box, 4) if not box.isEmpty() else None, walls, cards,
                     labels, others, best[0] if best else 1 << 30)
        if hits == 0:
            return candidate
        if best is None or hits < best[0]:
            best = (hits, candidate)
    if best is None:
        return Route([(start.x(), start.y()), (end.x(), end.y())], QRectF())
    return best[1]


def _hits(points: list[Point], box: Box | None, walls: list[Box], cards: list[Box],
          labels: list[Box], lines: list[tuple[Box, list[Point]]], enough: int) -> int:
    """How badly a candidate collides: points of the line inside (grown) cards or other
    labels, and (weighing more) its label over a card, another label or another line.
    Counting stops at `enough`: a candidate no better than the best so far is out."""
    l0, t0, r0, b0 = _bounds(points)
    span = (l0 - 8, t0 - 8, r0 + 8, b0 + 8)
    inner = points[1:-1]
    hits = 0
    if box is not None:
        hits += 3 * sum(1 for card in cards if _meet(card, box))
        hits += 3 * sum(1 for other in labels if _meet(other, box))
        for bounds, other in lines:
            if _meet(bounds, box) and any(box[0] <= x <= box[2] and box[1] <= y <= box[3]
                                          for x, y in other):
                hits += 3
        if hits >= enough:
            return hits
    for left, top, right, bottom in (*walls, *labels):
        if left < span[2] and span[0] < right and top < span[3] and span[1] < bottom:
            hits += sum(1 for x, y in inner if left <= x <= right and top <= y <= bottom)
            if hits >= enough:
                return hits
    return hits


class LinkItem(QGraphicsItem):
    """A link between two themes: an arrow along its route, its label at the middle."""

    def __init__(self, link: ThemeLink) -> None:
        super().__init__()
        self.link = link
        self._path = QPainterPath()
        self._points: list[Point] = []
        self.bow = 0  # the bend the last full routing chose: kept while a card is dragged
        self._head = QPolygonF()
        self._label_rect = QRectF()
        self._label_size = label_size(link.label)
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-1)  # under the cards: a route never needs to cross one
        self.setToolTip(plain_tip(link.label))

    @property
    def link_id(self) -> int:
        return self.link.id

    def set_link(self, link: ThemeLink) -> None:
        if link.label != self.link.label:
            self._label_size = label_size(link.label)
            self.setToolTip(plain_tip(link.label))
            self.update()
        self.link = link

    def label_box(self) -> QRectF:
        """The label's size (at the origin), for routing."""
        return QRectF(self._label_size)

    def label_rect(self) -> QRectF:
        """Where the label is drawn, in scene coordinates."""
        return QRectF(self._label_rect)

    def points(self) -> list[Point]:
        """The route's points, in scene coordinates."""
        return list(self._points)

    def set_route(self, found: Route) -> None:
        self.prepareGeometryChange()
        points = self._points = found.points
        self.bow = found.bow
        path = QPainterPath(QPointF(*points[0]))
        for x, y in points[1:]:
            path.lineTo(x, y)
        self._path = path
        tip = QPointF(*points[-1])
        before = QPointF(*points[-2]) if len(points) > 1 else tip
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
        look = item_look(self, widget)
        ink = ACCENT if self.isSelected() else look.link_ink
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ink, 2.2 if self.isSelected() else 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setBrush(ink)
        painter.drawPolygon(self._head)
        if self._label_rect.isEmpty():
            return
        painter.setPen(QPen(look.label_border, 1))
        painter.setBrush(look.label_fill)
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
        self._color = QColor()

    def set_ends(self, parent: QRectF, child: QRectF, color: QColor) -> None:
        self._color = QColor(color)
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

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        # The colour is chosen here, not in set_ends: the page may turn dark (or light).
        pen = self.pen()
        pen.setColor(item_look(self, widget).line(self._color))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())


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
