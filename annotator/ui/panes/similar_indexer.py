"""Indexing transcripts for "Similar passages" off the window's thread, one at a time.

The worker thread only tokenises (pure Python, `IndexJob.run`); reading each
transcript and storing its passages happen here on the window's thread, where the
project's connection lives. A transcript changed while its job ran is simply
indexed again on the next round.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from annotator.operations.similar import IndexJob
from annotator.ui.shared.bridge import ProjectBridge

# Every thread started, kept alive here until it has ended: a QThread destroyed while
# running aborts the process, and a pane can be deleted (the project closed, the
# language switched) while its thread finishes the transcript it is on.
_threads: set[QThread] = set()


class _Worker(QThread):
    indexed = Signal(object, object)  # IndexJob, its rows

    def __init__(self, jobs: list[IndexJob]) -> None:
        super().__init__()
        self._jobs = jobs

    def run(self) -> None:
        for job in self._jobs:
            if self.isInterruptionRequested():
                return
            self.indexed.emit(job, job.run())


class SimilarIndexer(QObject):
    """Brings the project's passage index up to date in the background.

    Emits `progress(done, total)` as transcripts are indexed and `finished(complete)`
    when the round ends (complete False when cancelled or stopped).
    """

    progress = Signal(int, int)
    finished = Signal(bool)

    def __init__(self, bridge: ProjectBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._worker: _Worker | None = None
        self._done = 0
        self._total = 0

    @property
    def running(self) -> bool:
        return self._worker is not None

    def start(self) -> bool:
        """Index what is waiting; False when nothing is (or a round is running)."""
        project = self._bridge.project
        if self._worker is not None or project.closed:
            return False
        jobs = [job for job in map(project.similar_index_job, project.similar_pending())
                if job is not None]
        if not jobs:
            return False
        self._done, self._total = 0, len(jobs)
        _threads.difference_update([t for t in _threads if t.isFinished()])
        worker = self._worker = _Worker(jobs)
        _threads.add(worker)
        worker.indexed.connect(self._indexed)
        worker.finished.connect(self._worker_finished)
        worker.start()
        self.progress.emit(0, self._total)
        return True

    def cancel(self) -> None:
        """Stop after the transcript being worked on; what is done stays done."""
        worker = self._worker
        if worker is None:
            return
        worker.requestInterruption()
        self._let_go(worker)
        self.finished.emit(False)

    def stop(self) -> None:
        """Cancel and wait for the thread (the project is closing)."""
        worker = self._worker
        self.cancel()
        if worker is not None:
            worker.wait()

    def _let_go(self, worker: _Worker) -> None:
        self._worker = None
        worker.indexed.disconnect(self._indexed)
        worker.finished.disconnect(self._worker_finished)

    def _indexed(self, job: IndexJob, rows: list) -> None:
        project = self._bridge.project
        if project.closed:
            return
        try:
            project.save_similar_index(job, rows)
        except Exception as exc:  # noqa: BLE001 - derived data: a failure costs a re-index
            self._bridge.error.emit(str(exc))
        self._done += 1
        self.progress.emit(self._done, self._total)

    def _worker_finished(self) -> None:
        worker = self._worker
        if worker is None:
            return
        self._let_go(worker)
        self.finished.emit(True)
