"""The CLI conventions: JSON output, exit code 2 with one line on bad input, --data-dir anywhere."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sqlalchemy import text

from storage.db import session_scope
from tests.cli_helpers import fairmatch


def test_tenants_and_users(capsys, sqlite_db):
    run = fairmatch(capsys, "tenants", "add", "Acme BV", "--slack-team", "T42", "--json")
    assert run.code == 0, run.err
    tenant_id = run.json()["tenant_id"]
    assert fairmatch(capsys, "tenants", "link", tenant_id, "--teams-tenant", "aad-1").code == 0
    listing = fairmatch(capsys, "tenants", "list", "--json").json()
    assert listing[0]["id"] == tenant_id
    assert {link["kind"] for link in listing[0]["links"]} == {"slack_team", "teams_tenant"}

    run = fairmatch(
        capsys,
        "users",
        "add",
        "--tenant",
        "Acme BV",
        "--role",
        "hiring_manager",
        "--slack-user",
        "U9",
        "--name",
        "Hanna",
        "--json",
    )
    assert run.code == 0
    assert run.json()["role"] == "hiring_manager"
    users = fairmatch(capsys, "users", "list", "--tenant", tenant_id, "--json").json()
    assert [(u["name"], u["slack_user"]) for u in users] == [("Hanna", "U9")]


def test_bad_input_is_one_line_and_exit_2(capsys, sqlite_db):
    fairmatch(capsys, "tenants", "add", "Acme BV")
    for args in (
        ("tenants", "add", "Acme BV"),
        ("users", "add", "--tenant", "nope", "--role", "recruiter"),
        ("users", "add", "--tenant", "Acme BV", "--role", "boss"),
        ("no-such-command",),
        ("tenants", "link", "Acme BV"),
    ):
        run = fairmatch(capsys, *args)
        assert run.code == 2, args
        assert len(run.err.strip().splitlines()) == 1, run.err
        assert run.err.startswith("error: ")
        assert "Traceback" not in run.err


def test_data_dir_flag_works_after_the_subcommand(capsys, tmp_path):
    target = tmp_path / "elsewhere"
    assert fairmatch(capsys, "db", "upgrade", "--data-dir", str(target)).code == 0
    assert (target / "fairmatch.db").exists()
    assert fairmatch(capsys, "--data-dir", str(target), "tenants", "add", "X").code == 0


def test_uninitialised_database_says_what_to_do(capsys):
    run = fairmatch(capsys, "tenants", "list")
    assert run.code == 1
    assert "fairmatch db upgrade" in run.err


def test_audit_verify_names_the_first_bad_event(capsys, sqlite_db):
    fairmatch(capsys, "tenants", "add", "Acme BV")
    fairmatch(capsys, "users", "add", "--tenant", "Acme BV", "--role", "recruiter")
    assert fairmatch(capsys, "audit", "verify").code == 0
    with session_scope() as session:
        session.exec(text('UPDATE auditevent SET details = \'{"role": "admin"}\' WHERE id = 2'))
    run = fairmatch(capsys, "audit", "verify", "--json")
    assert run.code == 1
    assert run.json()["first_bad_id"] == 2


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_healthz(data_dir):
    exe = Path(sys.executable).with_name("fairmatch")
    env = {**os.environ, "FAIRMATCH_DATA_DIR": str(data_dir)}
    subprocess.run([exe, "db", "upgrade"], env=env, check=True, capture_output=True)
    port = _free_port()
    proc = subprocess.Popen(
        [exe, "serve", "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as resp:
                    body = resp.read().decode()
                    break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "serve did not answer /healthz within 60 s"
                time.sleep(0.3)
        assert resp.status == 200
        assert '"database": "ok"' in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)
