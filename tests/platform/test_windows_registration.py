"""The Windows file association, written into a stand-in for winreg: the keys Windows
documents for a per-user ProgID, and their removal."""

from __future__ import annotations

from annotator.platform.windows_registration import PROG_ID, command_line, register, unregister


class FakeRegistry:
    """The part of winreg the registration uses, over a dict of key paths."""

    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}

    def SetValue(self, root: str, path: str, kind: int, value: str) -> None:  # noqa: N802
        assert (root, kind) == ("HKCU", 1)
        parts = path.split("\\")
        for depth in range(1, len(parts)):  # SetValue creates the missing parents
            self.keys.setdefault("\\".join(parts[:depth]), "")
        self.keys[path] = value

    def DeleteKey(self, root: str, path: str) -> None:  # noqa: N802
        assert root == "HKCU"
        if path not in self.keys:
            raise FileNotFoundError(path)
        if any(other.startswith(path + "\\") for other in self.keys):
            raise PermissionError(f"{path} has sub keys")  # as winreg refuses
        del self.keys[path]


EXE = r"C:\Users\Mei Chen\Apps\Annotator\Annotator.exe"


def test_command_line_quotes_paths_with_spaces() -> None:
    assert command_line([EXE]) == rf'"{EXE}" "%1"'
    assert command_line([r"C:\Python\pythonw.exe", "-m", "annotator"]) == \
        r'C:\Python\pythonw.exe -m annotator "%1"'


def test_register_writes_a_per_user_progid_and_unregister_removes_it() -> None:
    registry = FakeRegistry()
    registry.SetValue("HKCU", r"Software\Classes\.docx", 1, "Word.Document.12")
    written = register([EXE], registry)
    keys = registry.keys
    assert keys[r"Software\Classes\.annotator"] == PROG_ID
    assert keys[rf"Software\Classes\{PROG_ID}"] == "Annotator project"
    assert keys[rf"Software\Classes\{PROG_ID}\DefaultIcon"] == rf'"{EXE}",0'
    assert keys[rf"Software\Classes\{PROG_ID}\shell\open\command"] == rf'"{EXE}" "%1"'
    assert all(path.startswith("Software\\Classes\\") for path in written)

    removed = unregister(registry)
    assert set(written) <= set(removed)
    assert set(keys) == {"Software", r"Software\Classes", r"Software\Classes\.docx"}
    assert unregister(registry) == []  # nothing left to remove: no error either
