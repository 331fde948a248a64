"""Writing a file in one step, with the user's permissions.

The new content goes to a hidden temporary file beside the target
(``.NAME.PID-RANDOM.tmp``), is flushed to disk, then replaces the target
with ``os.replace``: a reader sees the old file or the new one, never half
of one, whatever stops the writer. A new file gets the permissions the
user's umask gives any new file (the temporary file is created with mode
0666, which the system masks); a replaced file keeps its own.

A writer killed before the replace leaves its temporary file behind. The
next write to the same target removes those of processes that are gone (and
of its own process that no write is using), so killed saves do not pile up.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

#: a leftover temporary file whose writer cannot be told apart (older
#: versions named them without the process) is removed after this long
STALE_AFTER_SECONDS = 3600
_in_flight: set[str] = set()
_in_flight_lock = threading.Lock()


def temp_prefix(target: Path) -> str:
    return f".{target.name}."


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step, or leave it as it was."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temps(target)
    tmp, fd = _create_temp(folder, target)
    try:
        try:
            mode = os.stat(target).st_mode & 0o7777
        except OSError:
            mode = None
        with os.fdopen(fd, "wb") as handle:
            if mode is not None and hasattr(os, "fchmod"):
                try:
                    os.fchmod(handle.fileno(), mode)
                except OSError:
                    pass
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _sync_folder(folder)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    finally:
        with _in_flight_lock:
            _in_flight.discard(tmp.name)


def _create_temp(folder: Path, target: Path) -> tuple[Path, int]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = folder / f"{temp_prefix(target)}{os.getpid()}-{os.urandom(4).hex()}.tmp"
        with _in_flight_lock:
            _in_flight.add(tmp.name)
        try:
            return tmp, os.open(tmp, flags, 0o666)
        except FileExistsError:
            with _in_flight_lock:
                _in_flight.discard(tmp.name)
        except BaseException:
            with _in_flight_lock:
                _in_flight.discard(tmp.name)
            raise
    raise FileExistsError(f"no free temporary name beside {target}")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where unsupported."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill there would end the process: never guess
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, owned by someone else
        return True
    return True


def _is_stale(entry: os.DirEntry, prefix: str) -> bool:
    writer = entry.name[len(prefix):-len(".tmp")].split("-", 1)[0]
    if writer.isdigit():
        if int(writer) == os.getpid():  # ours: stale unless a write is using it
            with _in_flight_lock:
                return entry.name not in _in_flight
        if not _process_alive(int(writer)):
            return True
    try:
        return time.time() - entry.stat().st_mtime > STALE_AFTER_SECONDS
    except OSError:
        return False


def remove_stale_temps(target: str | os.PathLike) -> list[Path]:
    """Remove the temporary files that killed writes to ``target`` left;
    returns what was removed. Never raises."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    prefix = temp_prefix(target)
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and _is_stale(entry, prefix):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def remove_stale_temps_in(folder: str | os.PathLike) -> list[Path]:
    """Remove, from ``folder``, the temporary files of writers that are gone
    (any target): what a killed program left, cleaned at the next start."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(".tmp")):
            continue
        writer = name[:-len(".tmp")].rsplit(".", 1)[-1].split("-", 1)[0]
        if not writer.isdigit() or int(writer) == os.getpid() or _process_alive(int(writer)):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
