"""The one error a reader raises for a file it cannot import.

Its message is shown in the UI and printed by the command line, so it is written for
a researcher, not a programmer: one sentence that names the file, says what is wrong
with it, and, where there is one, what to do about it. The sentence is a whole
message(...) (annotator.messages), so the interface can show it in its own language.
"""

from __future__ import annotations


class UnreadableFile(Exception):
    """A file that cannot be imported; `str()` is one sentence for the researcher."""

    def __init__(self, file_name: str, sentence: str) -> None:
        self.file_name = file_name
        super().__init__(sentence)

    @property
    def sentence(self) -> str:
        """The sentence, a Message when it was made with message()."""
        text: str = self.args[0]
        return text

    def __str__(self) -> str:
        return str(self.args[0])
