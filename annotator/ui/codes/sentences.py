"""The sentences the code tree asks before a merge or a delete: what will move, what
will go. Whole sentences per case, so that a translation can order its words freely."""

from __future__ import annotations

from annotator.ui.shared.i18n import tr


def codings_text(count: int) -> str:
    return tr("1 coding") if count == 1 else tr("{n} codings").format(n=count)


def transcripts_text(count: int) -> str:
    return tr("1 transcript") if count == 1 else tr("{n} transcripts").format(n=count)


def subcodes_text(count: int) -> str:
    return tr("1 sub-code") if count == 1 else tr("{n} sub-codes").format(n=count)


def merge_question(one: bool, name: str, target: str, codings: int, transcripts: int,
                   subcodes: int) -> str:
    """"Merge “A” into “B”? ... You can undo this." for codes with these counts."""
    outcome = merge_outcome(one, name, target,
                            codings_text(codings) if codings else None,
                            transcripts_text(transcripts),
                            subcodes_text(subcodes) if subcodes else None)
    return tr("Merge {name} into “{target}”? {outcome} You can undo this.").format(
        name=name, target=target, outcome=outcome)


def merge_outcome(one: bool, name: str, target: str, codings: str | None,
                  transcripts: str, subcodes: str | None) -> str:
    """What a merge does to the merged codes' codings and sub-codes, as one sentence."""
    if codings and subcodes:
        text = (tr("Its {codings} in {transcripts} and its {subcodes} will move to "
                   "“{target}”, and {name} will be removed.") if one else
                tr("Their {codings} in {transcripts} and their {subcodes} will move to "
                   "“{target}”, and they will be removed."))
    elif codings:
        text = (tr("Its {codings} in {transcripts} will move to “{target}”, and {name} "
                   "will be removed.") if one else
                tr("Their {codings} in {transcripts} will move to “{target}”, and they "
                   "will be removed."))
    elif subcodes:
        text = (tr("Its {subcodes} will move to “{target}”, and {name} will be removed.")
                if one else
                tr("Their {subcodes} will move to “{target}”, and they will be removed."))
    else:
        text = tr("{name} will be removed.") if one else tr("They will be removed.")
    return text.format(codings=codings, transcripts=transcripts, subcodes=subcodes,
                       target=target, name=name)


def delete_question(one: bool, name: str, subcodes: int, codings: int,
                    transcripts: int) -> str:
    """"Delete “A”? ... You can undo this." for codes with these counts (`name` is the
    quoted name of one code, or "3 codes")."""
    what = name
    if subcodes:
        what = (tr("{name} and its {subcodes}") if one
                else tr("{codes} and their {subcodes}")).format(
            name=name, codes=name, subcodes=subcodes_text(subcodes))
    if codings:
        lost = tr("{codings} in {transcripts} will be removed.").format(
            codings=codings_text(codings), transcripts=transcripts_text(transcripts))
    elif one and not subcodes:
        lost = tr("No excerpts are coded with it.")
    else:
        lost = tr("No excerpts are coded with them.")
    return tr("Delete {what}? {consequence} You can undo this.").format(
        what=what, consequence=lost)
