"""The database on a disk that fills up or turns read-only, and a second emulator on one file.

With root and ``mount`` available, the database lives on a small tmpfs: a real full disk, and a
real read-only remount between two runs. Otherwise a file-size limit on the emulator process
(``RLIMIT_FSIZE``) stands in for the full disk and a read-only directory for the read-only disk
(skipped, and said so, for root without mount). Every refused write must be a clean 5xx
envelope, reads must go on, and after a restart every acknowledged write must be there and the
file must pass ``integrity_check``.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from .crash import integrity
from .emulator import Emulator

TMPFS_SIZE = "2m"


@contextlib.contextmanager
def small_tmpfs(where: Path) -> Iterator[Path | None]:
    """A tmpfs of ``TMPFS_SIZE`` mounted at ``where`` (None if this process may not mount)."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        yield None
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        yield None
        return
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def _remount(where: Path, mode: str) -> bool:
    done = subprocess.run(
        ["mount", "-o", f"remount,{mode}", str(where)], capture_output=True, check=False
    )
    return done.returncode == 0


def _limit_file_size(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@dataclass
class DiskFaults:
    """Settings and results of the disk scenarios."""

    workdir: Path
    results: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def run(self) -> DiskFaults:
        """Full disk, then read-only disk (when possible), then a second emulator on one file."""
        with small_tmpfs(self.workdir / "tmpfs") as mount:
            if mount is not None:
                self.results["full_disk"] = self._fill(mount / "full.db", None, "tmpfs")
            else:
                limit = _limit_file_size(256 * 1024)
                self.results["full_disk"] = self._fill(self.workdir / "full.db", limit, "rlimit")
        with small_tmpfs(self.workdir / "rofs") as mount:
            if mount is None and os.geteuid() == 0:
                self.results["read_only"] = {"skipped": "root ignores permissions; mount failed"}
            else:
                self.results["read_only"] = self._read_only(mount)
        self.results["second_emulator"] = self._second_emulator()
        return self

    def _fill(self, db: Path, preexec: Callable[[], None] | None, how: str) -> dict[str, Any]:
        """Create meetings until the disk refuses; check the answers; restart elsewhere."""
        log = self.workdir / f"disk-{how}.log"
        acked: dict[str, str] = {}
        refused = 0
        emulator = Emulator(db=db, log=log, preexec=preexec)
        with emulator, httpx.Client(base_url=emulator.app_url, headers=emulator.headers) as client:
            for i in range(5000):
                res = client.post("/meetings", json={"title": f"{i}-" + "x" * 4000})
                if res.status_code == 201:
                    acked[res.json()["data"]["id"]] = res.json()["data"]["title"]
                    continue
                refused += 1
                self._check_refusal(res)
                if refused >= 20:
                    break
            listed = client.get("/meetings", params={"per_page": 1}).json()["paging"]
            if listed["total_count"] != len(acked):
                self.problems.append(f"{how}: {listed['total_count']} listed, {len(acked)} acked")
            emulator.kill()
        if not refused:
            self.problems.append(f"{how}: the disk never filled up")
        copy = self.workdir / f"after-{how}.db"
        for suffix in ("", "-wal"):
            if Path(f"{db}{suffix}").exists():
                shutil.copyfile(f"{db}{suffix}", f"{copy}{suffix}")
        verdict = integrity(copy)
        if verdict != "ok":
            self.problems.append(f"{how}: integrity_check says {verdict}")
        recovered = self._recovered(copy, acked, how)
        if "Traceback" in emulator.output():
            self.problems.append(f"{how}: a traceback in the emulator's log")
        return {
            "how": how,
            "acknowledged": len(acked),
            "refused": refused,
            "recovered": recovered,
            "integrity_check": verdict,
        }

    def _check_refusal(self, res: httpx.Response) -> None:
        try:
            error = res.json()["error"]
        except (ValueError, KeyError, TypeError):
            self.problems.append(f"refused write without an envelope: {res.status_code}")
            return
        if res.status_code < 500 or error.get("code") != res.status_code:
            self.problems.append(f"refused write answered {res.status_code}: {error}")
        elif not str(error.get("message", "")).startswith("Storage error:"):
            self.problems.append(f"refused write with an unclear message: {error}")

    def _recovered(self, db: Path, acked: dict[str, str], how: str) -> int:
        with Emulator(db=db, log=self.workdir / f"after-{how}.log") as emulator:
            found: dict[str, str] = {}
            with httpx.Client(base_url=emulator.app_url, headers=emulator.headers) as client:
                for page in range(1, 1000):
                    body = client.get("/meetings", params={"page_no": page, "per_page": 100}).json()
                    found.update({m["id"]: m["title"] for m in body["data"]})
                    if len(body["data"]) < 100:
                        break
        lost = [mid for mid, title in acked.items() if found.get(mid) != title]
        if lost:
            self.problems.append(f"{how}: {len(lost)} acknowledged meetings lost or changed")
        strangers = set(found) - set(acked)
        if strangers:
            self.problems.append(f"{how}: {len(strangers)} meetings that were refused are there")
        return len(acked) - len(lost)

    def _read_only(self, mount: Path | None) -> dict[str, Any]:
        """A database on a disk that became read-only since it was written: refused at start.

        A mounted file system cannot be remounted read-only while the emulator holds the file
        open for writing, so the disk turns read-only between two runs: the second start must
        fail with one clear line (exit 2), and the data must be intact once writable again.
        Without root, a read-only directory stands in for the read-only disk.
        """
        where = mount if mount is not None else self.workdir / "ro-dir"
        where.mkdir(exist_ok=True)
        db = where / "ro.db"
        with Emulator(db=db, log=self.workdir / "disk-ro-first.log") as emulator:
            for i in range(20):
                res = httpx.post(
                    f"{emulator.app_url}/meetings",
                    json={"title": f"kept {i}"},
                    headers=emulator.headers,
                )
                if res.status_code != 201:
                    self.problems.append(
                        f"read-only: a create before the switch got {res.status_code}"
                    )
        if mount is not None:
            if not _remount(mount, "ro"):
                return {"skipped": "remount read-only failed"}
        else:
            os.chmod(where, 0o555)
        start = Emulator(db=db, log=self.workdir / "disk-ro-start.log")
        start.spawn()
        try:
            code = start.wait_exit()
        finally:
            start.kill()
            if mount is not None:
                _remount(mount, "rw")
            else:
                os.chmod(where, 0o755)
        message = start.output().strip()
        if code != 2 or not message.startswith("realtimekit_mock: cannot ") or "\n" in message:
            self.problems.append(f"start on a read-only disk: exit {code}: {message[-300:]}")
        verdict = integrity(db)
        acked = {}
        with Emulator(db=db, log=self.workdir / "disk-ro-after.log") as emulator:
            listed = httpx.get(
                f"{emulator.app_url}/meetings", params={"per_page": 100}, headers=emulator.headers
            ).json()
            acked = {m["title"] for m in listed["data"]}
        if acked != {f"kept {i}" for i in range(20)} or verdict != "ok":
            self.problems.append(f"read-only: data after the failed start: {sorted(acked)[:5]}")
        return {
            "how": "read-only tmpfs" if mount is not None else "read-only directory",
            "start": f"exit {code}: {message[:120]}",
            "meetings_intact": len(acked),
            "integrity_check": verdict,
        }

    def _second_emulator(self) -> dict[str, Any]:
        """The same file under its own name and through a symlink: refused, exit 2."""
        db = self.workdir / "shared.db"
        alias = self.workdir / "alias.db"
        alias.symlink_to(db)
        refused = 0
        with Emulator(db=db, log=self.workdir / "first.log"):
            for name, path in (("same path", db), ("symlink", alias)):
                second = Emulator(db=path, log=self.workdir / f"second-{name}.log")
                second.spawn()
                try:
                    code = second.wait_exit()
                finally:
                    second.kill()
                if code == 2 and "in use by another emulator" in second.output():
                    refused += 1
                else:
                    self.problems.append(f"second emulator ({name}) exited {code}")
        return {"attempts": 2, "refused": refused}
