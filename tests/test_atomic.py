"""Writing in one step: the user's umask, no half file, no temporary files
piling up after killed writes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from worksheet.atomic import remove_stale_temps, temp_prefix, write_atomic

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and signals")
ROOT = Path(__file__).resolve().parents[1]


@posix_only
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_new_file_honours_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "new.deal.json", b"{}")
        plain = tmp_path / "plain.txt"
        plain.write_bytes(b"{}")  # what any program makes of the same umask
    finally:
        os.umask(old)
    mode = (tmp_path / "new.deal.json").stat().st_mode & 0o777
    assert mode == plain.stat().st_mode & 0o777 == 0o666 & ~umask


@posix_only
def test_a_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "deal.deal.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def test_leftovers_of_dead_writers_are_removed_on_the_next_write(tmp_path):
    target = tmp_path / "deal.deal.json"
    dead = tmp_path / f"{temp_prefix(target)}{_dead_pid()}-0badc0de.tmp"
    mine = tmp_path / f"{temp_prefix(target)}{os.getpid()}-0badc0de.tmp"  # a write of ours that was interrupted
    alive = tmp_path / f"{temp_prefix(target)}{os.getppid()}-0badc0de.tmp"  # a live process may be writing
    other = tmp_path / f"{temp_prefix(tmp_path / 'other.deal.json')}{_dead_pid()}-0badc0de.tmp"
    for leftover in (dead, mine, alive, other):
        leftover.write_bytes(b"half")
    write_atomic(target, b"whole")
    assert not dead.exists() and not mine.exists()
    assert alive.exists() and other.exists()  # someone else's, or another file's
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, alive.name, other.name])


def test_an_old_leftover_of_unknown_origin_is_removed(tmp_path):
    target = tmp_path / "deal.deal.json"
    old = tmp_path / f"{temp_prefix(target)}k2j3h4.tmp"  # named as earlier versions named them
    old.write_bytes(b"half")
    assert remove_stale_temps(target) == []
    an_hour_and_more = time.time() - 3700
    os.utime(old, (an_hour_and_more, an_hour_and_more))
    assert remove_stale_temps(target) == [old]


KILLED_WRITER = """
import sys
from worksheet.atomic import write_atomic
target, n = sys.argv[1], 0
print("ready", flush=True)
while True:
    n += 1
    write_atomic(target, (str(n) + ":" + "x" * 200_000 + ":" + str(n)).encode())
"""


@posix_only
def test_a_writer_killed_at_any_moment_leaves_a_whole_file_and_the_next_write_cleans_up(tmp_path):
    target = tmp_path / "deal.deal.json"
    write_atomic(target, b"0:" + b"x" * 200_000 + b":0")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for kill in range(12):
        proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)], stdout=subprocess.PIPE, env=env)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(0.01 + 0.013 * kill)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        head, _, rest = target.read_bytes().partition(b":")
        assert rest.endswith(b":" + head), "a half-written file"
        write_atomic(target, target.read_bytes())  # the next save
        assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_new_start_removes_what_dead_writers_left_in_a_folder(tmp_path):
    from worksheet.atomic import remove_stale_temps_in

    dead, alive = _dead_pid(), os.getppid()
    gone = tmp_path / f".a.deal.json.{dead}-0badc0de.tmp"
    busy = tmp_path / f".b.deal.json.{alive}-0badc0de.tmp"
    mine = tmp_path / f".c.deal.json.{os.getpid()}-0badc0de.tmp"
    other = tmp_path / "notes.tmp"  # not one of ours
    for path in (gone, busy, mine, other):
        path.write_text("half")
    assert remove_stale_temps_in(tmp_path) == [gone]
