"""Laying out the board's links: short links first and close to their cards, longer ones
arcing around the cards and clear of other labels, and links that leave one card the
same way set apart along its edge (the curve itself is `link.route`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF

from annotator.ui.board.link import LinkItem, route


def route_links(rects: Mapping[int, QRectF], links: Mapping[int, LinkItem],
                links_of: Mapping[int, Sequence[LinkItem]],
                only: list[LinkItem] | None = None, *, quick: bool = False) -> None:
    """Lay out links (all of `links`, or `only` these) between the cards at `rects`
    (theme id -> scene rectangle); `links_of` lists each card's links.

    `quick` (while a card is being dragged) keeps each link's bend and only
    follows the cards; the full search runs again once the move is stored."""
    items = list(links.values()) if only is None else only

    def span(item: LinkItem) -> float:
        ends = [rects.get(item.link.from_theme), rects.get(item.link.to_theme)]
        if ends[0] is None or ends[1] is None:
            return 0.0
        return (ends[0].center() - ends[1].center()).manhattanLength()

    # Short links first, close to their cards; longer ones then arc around them.
    items.sort(key=span)
    moving = {id(item) for item in items}
    others = [] if only is None else [i for i in links.values() if id(i) not in moving]
    taken = [item.label_rect() for item in others if not item.label_rect().isEmpty()]
    lines = [item.points() for item in others]
    for item in items:
        link = item.link
        if link.from_theme not in rects or link.to_theme not in rects:
            item.hide()
            continue
        item.show()
        a, b = rects[link.from_theme], rects[link.to_theme]
        shifts = (_shift(link.from_theme, item, rects, links_of),
                  _shift(link.to_theme, item, rects, links_of))
        if quick:
            item.set_route(route(a, b, [], item.label_box(), [], None, shifts, (item.bow,)))
            continue
        # A card overlapping an end (its parent, a nested sub-theme) cannot be avoided.
        obstacles = [rect for theme_id, rect in rects.items()
                     if theme_id not in (link.from_theme, link.to_theme)
                     and not rect.intersects(a) and not rect.intersects(b)]
        found = route(a, b, obstacles, item.label_box(), taken, lines, shifts)
        item.set_route(found)
        lines.append(found.points)
        if not found.label.isEmpty() and link.label:
            taken.append(found.label)


def _shift(theme_id: int, item: LinkItem, rects: Mapping[int, QRectF],
           links_of: Mapping[int, Sequence[LinkItem]]) -> float:
    """Where along a card's edge this link meets it. Links heading the same way
    from one card are set 30 apart, the farther-reaching ones outside, so that
    their arcs nest instead of crossing."""
    centre = rects[theme_id].center()

    def heading(link: LinkItem) -> tuple[bool, int, float]:
        other = link.link.to_theme if link.link.from_theme == theme_id else \
            link.link.from_theme
        v = rects[other].center() - centre if other in rects else QPointF()
        across = abs(v.x()) >= abs(v.y())
        sign = 1 if (v.x() if across else v.y()) >= 0 else -1
        return across, sign, v.manhattanLength()

    mine = heading(item)
    same = sorted((heading(other)[2], other.link_id) for other in
                  links_of.get(theme_id, []) if heading(other)[:2] == mine[:2])
    rank = same.index((mine[2], item.link_id)) if (mine[2], item.link_id) in same else 0
    return -mine[1] * 30.0 * rank
