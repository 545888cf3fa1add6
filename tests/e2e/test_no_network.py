"""Annotator never opens a network connection: a whole flow with sockets forbidden."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.project import Project


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise NetworkUsed("Annotator tried to open a network connection")

    monkeypatch.setattr(socket.socket, "__init__", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.gui  # the board picture is drawn by Qt
def test_import_code_report_and_export_offline(no_sockets, corpus_copy, tmp_path: Path,
                                               capsys) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))  # the guard itself works
    project = tmp_path / "offline.annotator"
    docx = corpus_copy("transcripts/sheffield-open-qual/Kelly.docx")
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(docx)]) == 0
    assert main(["code", str(project), "--source", "Kelly", "--code", "Open data/Sharing",
                 "--match", "data"]) == 0
    assert main(["codings", str(project), "--json"]) == 0
    assert main(["check", str(project)]) == 0
    assert main(["similar", str(project), "--code", "Open data/Sharing", "--json"]) == 0
    assert main(["export", "board", str(project), "--out", str(tmp_path / "board.svg")]) == 0
    with Project.open(project) as opened:
        opened.take_backup(tmp_path / "backups")
    assert "Open data/Sharing" in capsys.readouterr().out
