"""The scheduler's jobs persist in the project database, and replicas register them without duplicates."""

from __future__ import annotations

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import text

from scheduler.jobs import JOBS, configure
from storage.db import get_engine


def test_jobs_persist_once_across_two_schedulers(db_url):
    first = configure(BackgroundScheduler(timezone="UTC"))
    first.start(paused=True)
    second = configure(BackgroundScheduler(timezone="UTC"))
    second.start(paused=True)
    try:
        with get_engine().connect() as conn:
            ids = sorted(row[0] for row in conn.execute(text("SELECT id FROM apscheduler_jobs")))
        assert ids == sorted(job_id for job_id, _, _ in JOBS)
        hourly = first.get_job("retention-sweep")
        assert hourly.trigger.interval.total_seconds() == 3600
    finally:
        first.shutdown(wait=False)
        second.shutdown(wait=False)
