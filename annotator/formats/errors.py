"""The one error a reader raises for a file it cannot import.

Its message is shown as-is in the UI and printed by the command line, so it is
written for a researcher, not a programmer: one sentence that names the file,
says what is wrong with it, and, where there is one, what to do about it.
"""

from __future__ import annotations


class UnreadableFile(Exception):
    """A file that cannot be imported; `str()` is one sentence for the researcher."""

    def __init__(self, file_name: str, problem: str, advice: str = "") -> None:
        self.file_name = file_name
        self.problem = problem
        self.advice = advice
        super().__init__(self.sentence)

    @property
    def sentence(self) -> str:
        advice = f"; {self.advice}" if self.advice else ""
        return f"\u201c{self.file_name}\u201d {self.problem}{advice}."

    def __str__(self) -> str:
        return self.sentence
